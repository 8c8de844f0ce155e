import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// C extension: every RV64C form, HINTs, reserved encodings, streams mixing 16- and
/// 32-bit instructions, and a 32-bit instruction that straddles a page boundary.
final class CTests: XCTestCase {
    func testLoadsAndStores() throws {
        let base = GuestRun.dataAddress + 0x100, stack = GuestRun.dataAddress + 0x800
        let r = try runRV(
            h(0x0808) + // c.addi4spn a0,sp,16
            h(0x2588) + // c.fld fa0,8(a1)
            h(0x41d0) + // c.lw a2,4(a1)
            h(0x6594) + // c.ld a3,8(a1)
            h(0xa988) + // c.fsd fa0,16(a1)
            h(0xcd90) + // c.sw a2,24(a1)
            h(0xf194) + // c.sd a3,32(a1)
            h(0x25a2) + // c.fldsp fa1,8(sp)
            h(0x4812) + // c.lwsp a6,4(sp)
            h(0x68a2) + // c.ldsp a7,8(sp)
            h(0xac2e) + // c.fsdsp fa1,24(sp)
            h(0xce42) + // c.swsp a6,28(sp)
            h(0xf046)   // c.sdsp a7,32(sp)
        ) { r in
            r.setX(11, base)
            r.setX(2, stack)
            _ = r.memory.write(base, UInt64(0x8000_0001_0000_0000))
            _ = r.memory.write(base + 8, UInt64(0x4009_21fb_5444_2d18)) // pi
            _ = r.memory.write(stack, UInt64(0xf000_000f_0000_0000))
            _ = r.memory.write(stack + 8, UInt64(0x1122_3344_5566_7788))
        }
        XCTAssertEqual(r.x(10), stack + 16)
        XCTAssertEqual(r.f(10), 0x4009_21fb_5444_2d18)
        XCTAssertEqual(r.x(12), 0xffff_ffff_8000_0001)
        XCTAssertEqual(r.x(13), 0x4009_21fb_5444_2d18)
        XCTAssertEqual(r.memory.read(base + 16, as: UInt64.self), 0x4009_21fb_5444_2d18)
        XCTAssertEqual(r.memory.read(base + 24, as: UInt32.self), 0x8000_0001)
        XCTAssertEqual(r.memory.read(base + 32, as: UInt64.self), 0x4009_21fb_5444_2d18)
        XCTAssertEqual(r.f(11), 0x1122_3344_5566_7788)
        XCTAssertEqual(r.x(16), 0xffff_ffff_f000_000f)
        XCTAssertEqual(r.x(17), 0x1122_3344_5566_7788)
        XCTAssertEqual(r.memory.read(stack + 24, as: UInt32.self), 0x5566_7788, "c.fsdsp (upper half then overwritten by c.swsp)")
        XCTAssertEqual(r.memory.read(stack + 28, as: UInt32.self), 0xf000_000f)
        XCTAssertEqual(r.memory.read(stack + 32, as: UInt64.self), 0x1122_3344_5566_7788)
    }

    func testImmediateForms() throws {
        let stack = GuestRun.dataAddress + 0x800
        let r = try runRV(
            h(0x0001) + // c.addi zero,0 (c.nop)
            h(0x1775) + // c.addi a4,-3
            h(0x2705) + // c.addiw a4,1
            h(0x5781) + // c.li a5,-32
            h(0x7139) + // c.addi16sp sp,-64
            h(0x7405) + // c.lui s0,0xfffe1
            h(0x0712) + // c.slli a4,0x4
            h(0x0501)   // c.addi a0,0 (HINT)
        ) { r in
            r.setX(2, stack); r.setX(14, 0x8000_0002); r.setX(10, 77)
        }
        XCTAssertEqual(r.x(14), 0xffff_fff8_0000_0000, "0x7fffffff + 1 wraps to INT32_MIN in addiw, then << 4")
        XCTAssertEqual(r.x(15), UInt64(bitPattern: -32))
        XCTAssertEqual(r.x(2), stack - 64)
        XCTAssertEqual(r.x(8), 0xffff_ffff_fffe_1000)
        XCTAssertEqual(r.x(10), 77)
    }

    /// Quadrant-1 register-register forms, each on fresh a2/a3.
    func testArithmeticForms() throws {
        let a2: UInt64 = 0x0000_0000_f000_000f, a3: UInt64 = 0xffff_ffff_0000_0011
        let cases: [(String, UInt16, Int, UInt64)] = [
            ("c.srli a2,0x1", 0x8205, 12, 0x7800_0007),
            ("c.srai a3,0x3f", 0x96fd, 13, UInt64.max),
            ("c.andi a5,15", 0x8bbd, 15, 0x4),
            ("c.sub a2,a3", 0x8e15, 12, 0x1_efff_fffe),
            ("c.xor a2,a3", 0x8e35, 12, 0xffff_ffff_f000_001e),
            ("c.or a2,a3", 0x8e55, 12, 0xffff_ffff_f000_001f),
            ("c.and a2,a3", 0x8e75, 12, 0x1),
            ("c.subw a2,a3", 0x9e15, 12, 0xffff_ffff_efff_fffe),
            ("c.addw a2,a3", 0x9e35, 12, 0xffff_ffff_f000_0020),
            ("c.mv s1,a7", 0x84c6, 9, 0x1234),
            ("c.add s1,a4", 0x94ba, 9, 0x1005),
        ]
        for (name, half, reg, expected) in cases {
            let r = try runRV(h(half)) { r in
                r.setX(12, a2); r.setX(13, a3); r.setX(15, 0x1234)
                r.setX(17, 0x1234); r.setX(9, 0x1000); r.setX(14, 5)
            }
            XCTAssertEqual(r.x(reg), expected, name)
        }
    }

    func testHintsDoNothing() throws {
        let r = try runRV(
            h(0x802e) + // c.mv zero,a1 (HINT)
            h(0x902e) + // c.add zero,a1 (HINT)
            h(0x4015) + // c.li zero,5 (HINT)
            h(0x0602) + // c.slli64 a2 (shamt 0: HINT on RV64C)
            h(0x8201)   // c.srli64 a2 (HINT)
        ) { r in r.setX(11, 9); r.setX(12, 0x55) }
        XCTAssertEqual(r.x(0), 0)
        XCTAssertEqual(r.x(12), 0x55)
    }

    func testReservedEncodingsAreUndefined() throws {
        for half: UInt16 in [0x0000,   // all zeros: defined illegal
                             0x0004,   // c.addi4spn with nzuimm = 0
                             0x6401,   // c.lui s0 with nzimm = 0
                             0x6101,   // c.addi16sp with nzimm = 0
                             0x4002,   // c.lwsp with rd = 0
                             0x6002,   // c.ldsp with rd = 0
                             0x8002,   // c.jr with rs1 = 0
                             0x2001,   // c.addiw with rd = 0
                             0x8108,   // quadrant 0, funct3 100 (Zcb c.lbu)
                             0x9d4d] { // c.mul (Zcb), reserved in RV64C
            let r = try makeRun(h(half) + h(0x0001))
            guard case .undefined(let pc, _) = r.run() else {
                XCTFail("0x\(String(half, radix: 16)) is not undefined")
                continue
            }
            XCTAssertEqual(pc, GuestRun.codeAddress, "0x\(String(half, radix: 16))")
        }
    }

    func testControlFlowInAMixedStream() throws {
        let c = GuestRun.codeAddress
        let r = try runRV(
            h(0x4501) +      // c.li a0,0            (+0x00)
            h(0x458d) +      // c.li a1,3            (+0x02)
            h(0x0515) +      // c.addi a0,5          (+0x04, loop)
            h(0x15fd) +      // c.addi a1,-1         (+0x06)
            h(0xfdf5) +      // c.bnez a1,loop       (+0x08)
            h(0xc191) +      // c.beqz a1,skip       (+0x0a)
            h(0x4605) +      // c.li a2,1            (+0x0c)
            h(0xa011) +      // c.j over             (+0x0e, skip)
            h(0x4685) +      // c.li a3,1            (+0x10)
            w(0x0000_0297) + // auipc t0,0x0         (+0x12, over)
            w(0x00e2_8293) + // addi t0,t0,14        (+0x16): t0 = func
            h(0x9282) +      // c.jalr t0            (+0x1a)
            h(0x4725) +      // c.li a4,9            (+0x1c)
            h(0xa019) +      // c.j end              (+0x1e)
            h(0x479d) +      // c.li a5,7            (+0x20, func)
            h(0x8082) +      // c.jr ra              (+0x22)
            h(0x0001)        // c.addi zero,0        (+0x24, end)
        )
        XCTAssertEqual(r.x(10), 15)
        XCTAssertEqual(r.x(11), 0)
        XCTAssertEqual(r.x(12), 0, "c.beqz taken")
        XCTAssertEqual(r.x(13), 0, "c.j skipped it")
        XCTAssertEqual(r.x(14), 9)
        XCTAssertEqual(r.x(15), 7)
        XCTAssertEqual(r.x(1), c + 0x1c, "c.jalr links pc + 2")
    }

    func testEbreakCompressed() throws {
        let r = try makeRun(h(0x0001) + h(0x9002)) // c.nop; c.ebreak
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 2, info: 0))
    }

    // MARK: - A 32-bit instruction across a page boundary

    static let straddleBase: UInt64 = 0x40000
    /// c.li a0,1 at the last-but-one halfword of the first page, then a 32-bit
    /// instruction whose second half is on the next page, then ebreak.
    static let straddleCode: [UInt8] =
        h(0x4505) +      // c.li a0,1              (0x40ffc)
        w(0x1235_0593) + // addi a1,a0,0x123       (0x40ffe, straddles)
        w(0x0010_0073)   // ebreak                 (0x41002)

    func mapStraddle(_ r: GuestRun, secondPage: GuestProt?) {
        let base = Self.straddleBase, page = GuestMemory.pageSize
        _ = r.memory.map(base, 2 * page, prot: [.read, .write], shared: false, fd: -1, offset: 0)
        _ = r.memory.writeBytes(base + page - 4, Self.straddleCode)
        _ = r.memory.protect(base, page, [.read, .exec])
        if let p = secondPage { _ = r.memory.protect(base + page, page, p) } else { r.memory.unmap(base + page, page) }
        r.cpu.guestPC = base + page - 4
    }

    func testInstructionStraddlingTwoExecutablePages() throws {
        let r = try makeRun(h(0x0001))
        mapStraddle(r, secondPage: [.read, .exec])
        XCTAssertEqual(r.run(), .breakpoint(pc: 0x41002, info: 0))
        XCTAssertEqual(r.x(10), 1)
        XCTAssertEqual(r.x(11), 0x124)
    }

    func testStraddleIntoNonExecutablePageFaultsAtTheInstruction() throws {
        let r = try makeRun(h(0x0001))
        mapStraddle(r, secondPage: [.read])
        XCTAssertEqual(r.run(), .fault(pc: 0x40ffe, addr: 0x41000, signal: 11, code: 2, write: false))
        XCTAssertEqual(r.x(10), 1, "the instruction before it ran")
        // Once the page becomes executable the instruction is translated afresh.
        _ = r.memory.protect(0x41000, GuestMemory.pageSize, [.read, .exec])
        XCTAssertEqual(r.run(), .breakpoint(pc: 0x41002, info: 0))
        XCTAssertEqual(r.x(11), 0x124)
    }

    func testStraddleIntoUnmappedPageIsMapError() throws {
        let r = try makeRun(h(0x0001))
        mapStraddle(r, secondPage: nil)
        XCTAssertEqual(r.run(), .fault(pc: 0x40ffe, addr: 0x41000, signal: 11, code: 1, write: false))
    }
}
