import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// Zicsr (fflags/frm/fcsr and the counters) and Zifencei.
final class ZicsrTests: XCTestCase {
    func testFloatingPointCSRs() throws {
        let r = try runRV(
            w(0x0035_9573) + // csrrw a0,fcsr,a1
            w(0x0030_2673) + // csrrs a2,fcsr,zero
            w(0x0021_d6f3) + // csrrwi a3,frm,3
            w(0x0012_e773) + // csrrsi a4,fflags,5
            w(0x0010_f7f3) + // csrrci a5,fflags,1
            w(0x0038_b873) + // csrrc a6,fcsr,a7
            w(0x0020_2973) + // csrrs s2,frm,zero
            w(0x0010_29f3) + // csrrs s3,fflags,zero
            w(0x0025_9073)   // csrrw zero,frm,a1
        ) { r in
            r.fflags = 0b00110; r.frm = 2
            r.setX(11, 0xff); r.setX(17, 0x61)
        }
        XCTAssertEqual(r.x(10), 0x46, "old fcsr = frm << 5 | fflags")
        XCTAssertEqual(r.x(12), 0xff)
        XCTAssertEqual(r.x(13), 7)
        XCTAssertEqual(r.x(14), 0x1f)
        XCTAssertEqual(r.x(15), 0x1f)
        XCTAssertEqual(r.x(16), 0x7e)
        XCTAssertEqual(r.x(18), 0)
        XCTAssertEqual(r.x(19), 0x1e)
        XCTAssertEqual(r.frm, 7, "frm keeps the low 3 bits written")
        XCTAssertEqual(r.fflags, 0x1e)
    }

    func testCountersAreMonotonic() throws {
        let r = try runRV(
            w(0xc000_2573) + // csrrs a0,cycle,zero
            w(0xc010_25f3) + // csrrs a1,time,zero
            w(0xc020_2673) + // csrrs a2,instret,zero
            w(0xc000_26f3)   // csrrs a3,cycle,zero
        ) { r in r.clockRegisters = ["x10", "x11", "x12", "x13"] }
        XCTAssertNotEqual(r.x(10), 0)
        XCTAssertGreaterThanOrEqual(r.x(11), r.x(10))
        XCTAssertGreaterThanOrEqual(r.x(12), r.x(11))
        XCTAssertGreaterThanOrEqual(r.x(13), r.x(12))
    }

    func testOtherCSRsAndCounterWritesAreUndefined() throws {
        for word: UInt32 in [0x3000_2573,   // csrrs a0,mstatus,zero
                             0xc030_2573,   // csrrs a0,hpmcounter3,zero
                             0xf110_2573,   // csrrs a0,mvendorid,zero
                             0xc000_e573,   // csrrsi a0,cycle,1 (a write to a read-only CSR)
                             0xc005_9573] { // csrrw a0,cycle,a1
            let r = try makeRun(w(word))
            XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: UInt64(word)),
                           "0x\(String(word, radix: 16))")
        }
    }
}

final class ZifenceiTests: XCTestCase {
    /// The guest rewrites an instruction further down its own block; after FENCE.I it
    /// must run the new one.
    func testFenceIAfterStoreToOwnCodeRunsTheNewInstruction() throws {
        let r = try makeRun(h(0x0001))
        let base: UInt64 = 0x50000
        _ = r.memory.map(base, GuestMemory.pageSize, prot: [.read, .write, .exec], shared: false, fd: -1, offset: 0)
        _ = r.memory.writeBytes(base,
            w(0x00b5_2023) + // sw a1,0(a0)
            w(0x0000_100f) + // fence.i
            w(0x0010_0613) + // addi a2,zero,1   (overwritten)
            w(0x0010_0073)   // ebreak
        )
        r.cpu.guestPC = base
        r.setX(10, base + 8)
        r.setX(11, 0x0020_0613) // addi a2,zero,2
        XCTAssertEqual(r.run(), .breakpoint(pc: base + 12, info: 0))
        XCTAssertEqual(r.x(12), 2)
    }
}
