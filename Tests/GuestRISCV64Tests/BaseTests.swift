import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// RV64I: encodings from riscv64-linux-gnu-as (objdump -M no-aliases in the
/// comments); expected values from the unprivileged spec chapters 2 and 4.
final class BaseTests: XCTestCase {
    func testRegisterImmediate() throws {
        let r = try runRV(
            w(0x00a0_0513) + // addi a0,zero,10
            w(0xff55_0593) + // addi a1,a0,-11
            w(0x0005_a613) + // slti a2,a1,0
            w(0x0055_b693) + // sltiu a3,a1,5
            w(0xfff5_4713) + // xori a4,a0,-1
            w(0x7f05_6793) + // ori a5,a0,2032
            w(0x0ff5_f813) + // andi a6,a1,255
            w(0x03f5_1893) + // slli a7,a0,0x3f
            w(0x03c5_d913) + // srli s2,a1,0x3c
            w(0x4045_d993) + // srai s3,a1,0x4
            w(0x7ff5_0a1b) + // addiw s4,a0,2047
            w(0x01c5_1a9b) + // slliw s5,a0,0x1c
            w(0x01c5_db1b) + // srliw s6,a1,0x1c
            w(0x41f5_db9b) + // sraiw s7,a1,0x1f
            w(0x8000_02b7) + // lui t0,0x80000
            w(0xffff_f317) + // auipc t1,0xfffff
            w(0x0015_0013)   // addi zero,a0,1
        )
        XCTAssertEqual(r.x(10), 10)
        XCTAssertEqual(r.x(11), UInt64.max)
        XCTAssertEqual(r.x(12), 1)
        XCTAssertEqual(r.x(13), 0, "sltiu compares unsigned: 2^64-1 < 5 is false")
        XCTAssertEqual(r.x(14), 0xffff_ffff_ffff_fff5)
        XCTAssertEqual(r.x(15), 0x7fa)
        XCTAssertEqual(r.x(16), 0xff)
        XCTAssertEqual(r.x(17), 0, "10 << 63 keeps bit 0 of 10, which is 0")
        XCTAssertEqual(r.x(18), 0xf)
        XCTAssertEqual(r.x(19), UInt64.max)
        XCTAssertEqual(r.x(20), 2057)
        XCTAssertEqual(r.x(21), 0xffff_ffff_a000_0000, "slliw sign-extends its 32-bit result")
        XCTAssertEqual(r.x(22), 0xf)
        XCTAssertEqual(r.x(23), UInt64.max)
        XCTAssertEqual(r.x(5), 0xffff_ffff_8000_0000, "lui sign-extends")
        XCTAssertEqual(r.x(6), GuestRun.codeAddress + 60 - 4096)
        XCTAssertEqual(r.x(0), 0, "x0 ignores writes")
    }

    func testRegisterRegister() throws {
        let r = try runRV(
            w(0x00b5_0633) + // add a2,a0,a1
            w(0x40b5_06b3) + // sub a3,a0,a1
            w(0x00b5_1733) + // sll a4,a0,a1
            w(0x00a5_a7b3) + // slt a5,a1,a0
            w(0x00a5_b833) + // sltu a6,a1,a0
            w(0x00b5_48b3) + // xor a7,a0,a1
            w(0x00b5_5933) + // srl s2,a0,a1
            w(0x40b5_59b3) + // sra s3,a0,a1
            w(0x00b5_6a33) + // or s4,a0,a1
            w(0x00b5_7ab3) + // and s5,a0,a1
            w(0x00b5_0b3b) + // addw s6,a0,a1
            w(0x40b5_0bbb) + // subw s7,a0,a1
            w(0x00b5_1c3b) + // sllw s8,a0,a1
            w(0x00b5_5cbb) + // srlw s9,a0,a1
            w(0x40b5_5d3b)   // sraw s10,a0,a1
        ) { r in
            r.setX(10, 0x8000_0001_8000_00f0)
            r.setX(11, 0x24) // 36: shifts by 36, W forms by 36 & 31 = 4
        }
        XCTAssertEqual(r.x(12), 0x8000_0001_8000_0114)
        XCTAssertEqual(r.x(13), 0x8000_0001_8000_00cc)
        XCTAssertEqual(r.x(14), 0xf00_0000_0000)
        XCTAssertEqual(r.x(15), 0)
        XCTAssertEqual(r.x(16), 1)
        XCTAssertEqual(r.x(17), 0x8000_0001_8000_00d4)
        XCTAssertEqual(r.x(18), 0x800_0000)
        XCTAssertEqual(r.x(19), 0xffff_ffff_f800_0000)
        XCTAssertEqual(r.x(20), 0x8000_0001_8000_00f4)
        XCTAssertEqual(r.x(21), 0x20)
        XCTAssertEqual(r.x(22), 0xffff_ffff_8000_0114)
        XCTAssertEqual(r.x(23), 0xffff_ffff_8000_00cc)
        XCTAssertEqual(r.x(24), 0xf00)
        XCTAssertEqual(r.x(25), 0x800_000f)
        XCTAssertEqual(r.x(26), 0xffff_ffff_f800_000f)
    }

    func testLoadsAndStores() throws {
        let base = GuestRun.dataAddress + 0x100
        let r = try runRV(
            w(0x0005_0603) + // lb a2,0(a0)
            w(0x0025_1683) + // lh a3,2(a0)
            w(0x0045_2703) + // lw a4,4(a0)
            w(0x0085_3783) + // ld a5,8(a0)
            w(0x0005_4803) + // lbu a6,0(a0)
            w(0x0025_5883) + // lhu a7,2(a0)
            w(0x0045_6903) + // lwu s2,4(a0)
            w(0xff85_b983) + // ld s3,-8(a1)
            w(0x00a5_0823) + // sb a0,16(a0)
            w(0x00a5_1923) + // sh a0,18(a0)
            w(0x00a5_2a23) + // sw a0,20(a0)
            w(0x00b5_3c23) + // sd a1,24(a0)
            w(0x0015_3a03) + // ld s4,1(a0)
            w(0x0005_2003)   // lw zero,0(a0)
        ) { r in
            r.setX(10, base)
            r.setX(11, base + 16)
            _ = r.memory.write(base, UInt64(0x8765_4321_fedc_ba98))
            _ = r.memory.write(base + 8, UInt64(0x0123_4567_89ab_cdef))
        }
        XCTAssertEqual(r.x(12), 0xffff_ffff_ffff_ff98)
        XCTAssertEqual(r.x(13), 0xffff_ffff_ffff_fedc)
        XCTAssertEqual(r.x(14), 0xffff_ffff_8765_4321)
        XCTAssertEqual(r.x(15), 0x0123_4567_89ab_cdef)
        XCTAssertEqual(r.x(16), 0x98)
        XCTAssertEqual(r.x(17), 0xfedc)
        XCTAssertEqual(r.x(18), 0x8765_4321)
        XCTAssertEqual(r.x(19), 0x0123_4567_89ab_cdef)
        let low = UInt8(truncatingIfNeeded: base)
        XCTAssertEqual(r.memory.read(base + 16, as: UInt8.self), low)
        XCTAssertEqual(r.memory.read(base + 18, as: UInt16.self), UInt16(truncatingIfNeeded: base))
        XCTAssertEqual(r.memory.read(base + 20, as: UInt32.self), UInt32(truncatingIfNeeded: base))
        XCTAssertEqual(r.memory.read(base + 24, as: UInt64.self), base + 16)
        XCTAssertEqual(r.x(20), 0xef87_6543_21fe_dcba, "a misaligned load works")
        XCTAssertEqual(r.x(0), 0)
    }

    func testLoadFromUnmappedMemoryFaultsAtTheInstruction() throws {
        let r = try makeRun(
            w(0x00a0_0513) + // addi a0,zero,10
            w(0x0005_0603)   // lb a2,0(a0)
        )
        let trap = r.run()
        XCTAssertEqual(trap, .fault(pc: GuestRun.codeAddress + 4, addr: 10, signal: 11, code: 1, write: false))
    }

    func testLoop() throws {
        let r = try runRV(
            w(0x0000_0513) + // addi a0,zero,0
            w(0x0050_0593) + // addi a1,zero,5
            w(0x0035_0513) + // addi a0,a0,3        (loop)
            w(0xfff5_8593) + // addi a1,a1,-1
            w(0xfe05_9ce3)   // bne a1,zero,loop
        )
        XCTAssertEqual(r.x(10), 15)
        XCTAssertEqual(r.x(11), 0)
    }

    func testBranchConditions() throws {
        // Each branch skips an ori when taken: a2 collects the branches not taken.
        let r = try runRV(
            w(0x00b5_0463) + // beq a0,a1,+8
            w(0x0016_6613) + // ori a2,a2,1
            w(0x00b5_1463) + // bne a0,a1,+8
            w(0x0026_6613) + // ori a2,a2,2
            w(0x00b5_4463) + // blt a0,a1,+8
            w(0x0046_6613) + // ori a2,a2,4
            w(0x00b5_5463) + // bge a0,a1,+8
            w(0x0086_6613) + // ori a2,a2,8
            w(0x00b5_6463) + // bltu a0,a1,+8
            w(0x0106_6613) + // ori a2,a2,16
            w(0x00b5_7463) + // bgeu a0,a1,+8
            w(0x0206_6613) + // ori a2,a2,32
            w(0x00b5_d463) + // bge a1,a1,+8
            w(0x0406_6613) + // ori a2,a2,64
            w(0x00b5_c463) + // blt a1,a1,+8
            w(0x0806_6613) + // ori a2,a2,128
            w(0x0000_0013)   // addi zero,zero,0
        ) { r in
            r.setX(10, UInt64.max) // -1
            r.setX(11, 1)
        }
        XCTAssertEqual(r.x(12), 1 | 8 | 16 | 128)
    }

    func testJumpAndLink() throws {
        let c = GuestRun.codeAddress
        let r = try runRV(
            w(0x0080_00ef) + // jal ra,func            (+0)
            w(0x00c0_006f) + // jal zero,end           (+4)
            w(0x02a0_0513) + // addi a0,zero,42        (+8, func)
            w(0x0000_8067) + // jalr zero,0(ra)        (+12)
            w(0x0000_0597) + // auipc a1,0x0           (+16, end)
            w(0x00d5_85e7) + // jalr a1,13(a1)         (+20): (a1 + 13) & ~1 = +28
            w(0x0010_0613) + // addi a2,zero,1         (+24, skipped)
            w(0x0070_0693)   // addi a3,zero,7         (+28)
        )
        XCTAssertEqual(r.x(10), 42)
        XCTAssertEqual(r.x(1), c + 4)
        XCTAssertEqual(r.x(11), c + 24, "jalr links after reading rs1 = rd")
        XCTAssertEqual(r.x(12), 0)
        XCTAssertEqual(r.x(13), 7)
    }

    func testEcallTrapsAfterItself() throws {
        let r = try makeRun(
            w(0x08b0_0893) + // addi a7,zero,139
            w(0x0000_0073)   // ecall
        )
        XCTAssertEqual(r.run(), .syscall)
        XCTAssertEqual(r.cpu.guestPC, GuestRun.codeAddress + 8)
        XCTAssertEqual(RV64ISA().syscallNumber(r.cpu), 139)
    }

    func testEbreak() throws {
        let r = try makeRun(w(0x0000_0013) + w(0x0010_0073)) // nop; ebreak
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 4, info: 0))
    }

    func testFences() throws {
        let r = try runRV(
            w(0x0330_000f) + // fence rw,rw
            w(0x0120_000f) + // fence w,r
            w(0x8330_000f) + // fence.tso
            w(0x0100_000f) + // pause (fence w,0)
            w(0x0010_0513)   // addi a0,zero,1
        )
        XCTAssertEqual(r.x(10), 1)
    }

    func testPrivilegedAndUnknownEncodingsAreUndefined() throws {
        for word: UInt32 in [0x1050_0073,  // wfi
                             0x3020_0073,  // mret
                             0x1200_0073,  // sfence.vma zero,zero
                             0xffff_ffff,  // >= 48-bit encoding space
                             0x0000_707b]  // custom-3 opcode
        {
            let r = try makeRun(w(word))
            XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: UInt64(word)),
                           "0x\(String(word, radix: 16))")
        }
    }

    func testShiftWithReservedShamtBitIsUndefined() throws {
        // slliw with shamt[5] set (0x0205151b) is reserved on RV64.
        let r = try makeRun(w(0x0205_151b))
        XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: 0x0205_151b))
    }
}
