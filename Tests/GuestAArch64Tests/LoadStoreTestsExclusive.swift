import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Exclusives (LDXR/STXR and pairs), load-acquire/store-release, RCpc, and the
/// alignment faults they require (C6.2 "LDXR", "STXR", "LDXP", "STXP", "LDAR", "STLR",
/// "LDAPR", "LDAPUR", "STLUR", "LDLAR", "STLLR"; B2.5.2 alignment).
final class LoadStoreExclusiveTests: XCTestCase {
    func testSystemCallReturnClearsTheMonitor() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xc85f_7c81, // ldxr x1, [x4]
            0xd400_0001, // svc #0
            0xc802_7c83, // stxr w2, x3, [x4]
            0xd420_ffe0, // brk #0x7ff
        ])
        r.setX(4, lsData + 0x10)
        r.memory.write(lsData + 0x10, UInt64(0x1111))
        r.setX(3, 0x3333)
        XCTAssertEqual(r.run(), .syscall)
        A64ISA().setSyscallResult(r.cpu, 0)               // what the Linux layer does
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 12, info: 0x7ff))
        XCTAssertEqual(r.x(2), 1, "the exception return cleared the monitor: STXR fails")
        XCTAssertEqual(r.lsMem64(lsData + 0x10), 0x1111)
    }

    func testExclusivePairsSucceedOnceThenMonitorIsClear() throws {
        let r = try runLS([
            0xc85f_7c20, // ldxr x0, [x1]
            0xc802_7c23, // stxr w2, x3, [x1]
            0xc804_7c25, // stxr w4, x5, [x1]
            0x885f_fce6, // ldaxr w6, [x7]
            0x8808_fce9, // stlxr w8, w9, [x7]
            0x085f_7d6a, // ldxrb w10, [x11]
            0x080c_7d6d, // stxrb w12, w13, [x11]
            0x485f_fdee, // ldaxrh w14, [x15]
            0x4810_fdf1, // stlxrh w16, w17, [x15]
        ]) { r in
            for s in [2, 4, 8, 12, 16] { r.setX(s, UInt64.max) }
            r.setX(1, lsData + 0x10)
            r.memory.write(lsData + 0x10, UInt64(0x1111))
            r.setX(3, 0x3333)
            r.setX(5, 0x5555)
            r.setX(7, lsData + 0x20)
            r.memory.write(lsData + 0x20, UInt32(0x7777_7777))
            r.memory.write(lsData + 0x24, UInt32(0xABCD_EF01))
            r.setX(9, 0xFFFF_FFFF_9999_9999)
            r.setX(11, lsData + 0x31)                    // bytes need no alignment
            r.memory.write(lsData + 0x31, UInt8(0xAB))
            r.setX(13, 0x1CD)
            r.setX(15, lsData + 0x42)
            r.memory.write(lsData + 0x42, UInt16(0xBEEF))
            r.setX(17, 0x1234_5678)
        }
        XCTAssertEqual(r.x(0), 0x1111)
        XCTAssertEqual(r.x(2), 0)                        // stored
        XCTAssertEqual(r.x(4), 1)                        // the monitor was cleared by the first STXR
        XCTAssertEqual(r.lsMem64(lsData + 0x10), 0x3333)
        XCTAssertEqual(r.x(6), 0x7777_7777)
        XCTAssertEqual(r.x(8), 0)
        XCTAssertEqual(r.lsMem32(lsData + 0x20), 0x9999_9999)
        XCTAssertEqual(r.lsMem32(lsData + 0x24), 0xABCD_EF01)
        XCTAssertEqual(r.x(10), 0xAB)
        XCTAssertEqual(r.x(12), 0)
        XCTAssertEqual(r.lsMem8(lsData + 0x31), 0xCD)
        XCTAssertEqual(r.lsMem8(lsData + 0x32), 0)
        XCTAssertEqual(r.x(14), 0xBEEF)
        XCTAssertEqual(r.x(16), 0)
        XCTAssertEqual(r.lsMem16(lsData + 0x42), 0x5678)
    }

    func testStoreExclusiveFailures() throws {
        let r = try runLS([
            0xc802_7c23, // stxr w2, x3, [x1]
            0xc85f_7c20, // ldxr x0, [x1]
            0xc804_7ca3, // stxr w4, x3, [x5]
            0xc806_7c23, // stxr w6, x3, [x1]
            0xc85f_7c27, // ldxr x7, [x1]
            0xf900_0028, // str x8, [x1]
            0xc809_7c23, // stxr w9, x3, [x1]
        ]) { r in
            r.setX(1, lsData + 0x10)
            r.memory.write(lsData + 0x10, UInt64(0x1111))
            r.setX(3, 0x3333)
            r.setX(5, lsData + 0x18)
            r.memory.write(lsData + 0x18, UInt64(0x5555))
            r.setX(8, 0x8888)
        }
        XCTAssertEqual(r.x(2), 1)                        // no LDXR before it
        XCTAssertEqual(r.x(0), 0x1111)
        XCTAssertEqual(r.x(4), 1)                        // another address
        XCTAssertEqual(r.lsMem64(lsData + 0x18), 0x5555)
        XCTAssertEqual(r.x(6), 1)                        // monitor cleared by the failed STXR
        XCTAssertEqual(r.x(7), 0x1111)
        // The location changed between LDXR and STXR (standing in for another thread's
        // store): the compare-and-swap behind STXR notices and the store fails.
        XCTAssertEqual(r.x(9), 1)
        XCTAssertEqual(r.lsMem64(lsData + 0x10), 0x8888)
    }

    func testExclusivePairsAndSPBase() throws {
        let r = try runLS([
            0xc87f_0440, // ldxp x0, x1, [x2]
            0xc823_1444, // stxp w3, x4, x5, [x2]
            0x887f_9d06, // ldaxp w6, w7, [x8]
            0x8829_ad0a, // stlxp w9, w10, w11, [x8]
            0xc82c_1444, // stxp w12, x4, x5, [x2]
            0xc85f_7fed, // ldxr x13, [sp]
            0xc80e_7fe4, // stxr w14, x4, [sp]
        ]) { r in
            r.setX(2, lsData + 0x100)
            r.memory.write(lsData + 0x100, UInt64(0xA0A0))
            r.memory.write(lsData + 0x108, UInt64(0xB0B0))
            r.setX(4, 0x4444)
            r.setX(5, 0x5555)
            r.setX(8, lsData + 0x208)
            r.memory.write(lsData + 0x208, UInt32(0x6666_6666))
            r.memory.write(lsData + 0x20C, UInt32(0x7777_7777))
            r.setX(10, 0xFFFF_FFFF_0000_AAAA)
            r.setX(11, 0xFFFF_FFFF_0000_BBBB)
            r.setX(31, lsData + 0x8000)
            r.memory.write(lsData + 0x8000, UInt64(0x1357))
        }
        XCTAssertEqual(r.x(0), 0xA0A0)
        XCTAssertEqual(r.x(1), 0xB0B0)
        XCTAssertEqual(r.x(3), 0)
        XCTAssertEqual(r.lsMem64(lsData + 0x100), 0x4444)
        XCTAssertEqual(r.lsMem64(lsData + 0x108), 0x5555)
        XCTAssertEqual(r.x(6), 0x6666_6666)
        XCTAssertEqual(r.x(7), 0x7777_7777)
        XCTAssertEqual(r.x(9), 0)
        XCTAssertEqual(r.lsMem32(lsData + 0x208), 0xAAAA)
        XCTAssertEqual(r.lsMem32(lsData + 0x20C), 0xBBBB)
        XCTAssertEqual(r.x(12), 1)
        XCTAssertEqual(r.x(13), 0x1357)
        XCTAssertEqual(r.x(14), 0)
        XCTAssertEqual(r.lsMem64(lsData + 0x8000), 0x4444)
    }

    func testAcquireReleaseAndRCpc() throws {
        let r = try runLS([
            0xc89f_fc20, // stlr x0, [x1]
            0x88df_fc22, // ldar w2, [x1]
            0x089f_fc83, // stlrb w3, [x4]
            0x08df_fc85, // ldarb w5, [x4]
            0x489f_fcc3, // stlrh w3, [x6]
            0x48df_fcc7, // ldarh w7, [x6]
            0xf8bf_c028, // ldapr x8, [x1]
            0x38bf_c089, // ldaprb w9, [x4]
            0x78bf_c0ca, // ldaprh w10, [x6]
            0xb8bf_c02b, // ldapr w11, [x1]
            0x889f_7d83, // stllr w3, [x12]
            0xc8df_7d8d, // ldlar x13, [x12]
            0x089f_7d80, // stllrb w0, [x12]
            0x48df_7d8e, // ldlarh w14, [x12]
            0xc8df_ffef, // ldar x15, [sp]
        ]) { r in
            for i in [2, 5, 7, 8, 9, 10, 11, 13, 14, 15] { r.setX(i, 0xDEAD_BEEF_DEAD_BEEF) }
            r.setX(0, 0x8899_AABB_CCDD_EEFF)
            r.setX(1, lsData + 0x10)
            r.setX(3, 0x1234_5687)
            r.setX(4, lsData + 0x21)
            r.setX(6, lsData + 0x32)
            r.setX(12, lsData + 0x40)
            r.setX(31, lsData + 0x8000)
            r.memory.write(lsData + 0x8000, UInt64(0x7777))
        }
        XCTAssertEqual(r.lsMem64(lsData + 0x10), 0x8899_AABB_CCDD_EEFF)
        XCTAssertEqual(r.x(2), 0xCCDD_EEFF)
        XCTAssertEqual(r.lsMem8(lsData + 0x21), 0x87)
        XCTAssertEqual(r.x(5), 0x87)
        XCTAssertEqual(r.lsMem16(lsData + 0x32), 0x5687)
        XCTAssertEqual(r.x(7), 0x5687)
        XCTAssertEqual(r.x(8), 0x8899_AABB_CCDD_EEFF)
        XCTAssertEqual(r.x(9), 0x87)
        XCTAssertEqual(r.x(10), 0x5687)
        XCTAssertEqual(r.x(11), 0xCCDD_EEFF)
        XCTAssertEqual(r.x(13), 0x1234_5687)
        XCTAssertEqual(r.x(14), 0x56FF)
        XCTAssertEqual(r.x(15), 0x7777)
    }

    func testRCpcUnscaledOffsets() throws {
        let r = try runLS([
            0xd91f_8020, // stlur x0, [x1, #-8]
            0x995f_8022, // ldapur w2, [x1, #-8]
            0x199f_f083, // ldapursb x3, [x4, #-1]
            0x59c0_20c5, // ldapursh w5, [x6, #2]
            0x9980_4027, // ldapursw x7, [x1, #4]
            0x591f_e0c0, // stlurh w0, [x6, #-2]
            0x595f_e0c8, // ldapurh w8, [x6, #-2]
            0x19df_f089, // ldapursb w9, [x4, #-1]
            0x190f_f080, // stlurb w0, [x4, #255]
            0x194f_f08a, // ldapurb w10, [x4, #255]
            0x9910_03e0, // stlur w0, [sp, #-256]
            0x5980_20cb, // ldapursh x11, [x6, #2]
        ]) { r in
            r.lsFillCounting()
            r.setX(0, 0x8899_AABB_CCDD_EEFF)
            r.setX(1, lsData + 0x108)
            r.setX(4, lsData + 0x281)
            r.setX(6, lsData + 0x3F2)
            r.setX(31, lsData + 0x8000)
        }
        XCTAssertEqual(r.lsMem64(lsData + 0x100), 0x8899_AABB_CCDD_EEFF)
        XCTAssertEqual(r.x(2), 0xCCDD_EEFF)
        XCTAssertEqual(r.x(3), 0xFFFF_FFFF_FFFF_FF80)
        XCTAssertEqual(r.x(5), 0xFFFF_F5F4)
        XCTAssertEqual(r.x(7), 0x0F0E_0D0C)
        XCTAssertEqual(r.lsMem16(lsData + 0x3F0), 0xEEFF)
        XCTAssertEqual(r.x(8), 0xEEFF)
        XCTAssertEqual(r.x(9), 0xFFFF_FF80)
        XCTAssertEqual(r.lsMem8(lsData + 0x380), 0xFF)
        XCTAssertEqual(r.x(10), 0xFF)
        XCTAssertEqual(r.lsMem32(lsData + 0x7F00), 0xCCDD_EEFF)
        XCTAssertEqual(r.x(11), 0xFFFF_FFFF_FFFF_F5F4)
    }

    /// Without FEAT_LSE2 these accesses must be aligned to their size (pairs: to the
    /// pair); Linux reports the alignment fault as SIGBUS / BUS_ADRALN.
    func testMisalignedOrderedAndExclusiveAccessesAreAlignmentFaults() throws {
        let cases: [(UInt32, String, Int, UInt64, UInt64)] = [
            (0xc85f_7c20, "ldxr x0, [x1]", 1, 4, 4),
            (0xc87f_0440, "ldxp x0, x1, [x2]", 2, 8, 8),
            (0xc802_7c23, "stxr w2, x3, [x1]", 1, 2, 2),
            (0x485f_fc20, "ldaxrh w0, [x1]", 1, 1, 1),
            (0x8829_ad0a, "stlxp w9, w10, w11, [x8]", 8, 4, 4),
            (0xc8df_fc20, "ldar x0, [x1]", 1, 4, 4),
            (0x889f_fc20, "stlr w0, [x1]", 1, 2, 2),
            (0xd940_1020, "ldapur x0, [x1, #1]", 1, 0, 1),
            (0x489f_fc20, "stlrh w0, [x1]", 1, 1, 1),
        ]
        for (word, text, reg, base, fault) in cases {
            let (r, trap) = try runLSTrap([word]) { r in
                if reg != 2 { r.setX(2, 0x77) }                 // STXR's status register
                r.setX(reg, lsData + base)
            }
            XCTAssertEqual(trap, .fault(pc: GuestRun.codeAddress, addr: lsData + fault, signal: 7, code: 1, write: false), text)
            if word == 0xc802_7c23 { XCTAssertEqual(r.x(2), 0x77, "status register untouched") }
        }
    }
}
