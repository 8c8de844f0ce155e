import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Single general-register loads and stores: every addressing form, extension, XZR,
/// LDTR/STTR, PRFM, literals, and faults (C6.2 "LDR (immediate)" and friends).
final class LoadStoreRegisterTests: XCTestCase {
    func testUnsignedOffsetSizesAndExtension() throws {
        let r = try runLS([
            0x3944_0020, // ldrb w0, [x1, #0x100]
            0x39c4_0022, // ldrsb w2, [x1, #0x100]
            0x3984_0023, // ldrsb x3, [x1, #0x100]
            0x7942_0024, // ldrh w4, [x1, #0x100]
            0x79c2_0025, // ldrsh w5, [x1, #0x100]
            0x7982_0026, // ldrsh x6, [x1, #0x100]
            0xb941_0027, // ldr w7, [x1, #0x100]
            0xb981_0028, // ldrsw x8, [x1, #0x100]
            0xf940_8029, // ldr x9, [x1, #0x100]
            0x3984_202a, // ldrsb x10, [x1, #0x108]
            0x79c2_102b, // ldrsh w11, [x1, #0x108]
            0xb981_082c, // ldrsw x12, [x1, #0x108]
            0xf97f_fc2d, // ldr x13, [x1, #32760]
        ]) { r in
            for i in 0...13 where i != 1 { r.setX(i, 0xDEAD_BEEF_DEAD_BEEF) }
            r.setX(1, lsData)
            r.memory.write(lsData + 0x100, UInt64(0xF1E2_D3C4_B5A6_9788))
            r.memory.write(lsData + 0x108, UInt64(0x7F6F_5F4F_3F2F_1F0F))
            r.memory.write(lsData + 0x7FF8, UInt64(0x0123_4567_89AB_CDEF))
        }
        XCTAssertEqual(r.x(0), 0x88)
        XCTAssertEqual(r.x(2), 0xFFFF_FF88)              // W result: upper half zero
        XCTAssertEqual(r.x(3), 0xFFFF_FFFF_FFFF_FF88)
        XCTAssertEqual(r.x(4), 0x9788)
        XCTAssertEqual(r.x(5), 0xFFFF_9788)
        XCTAssertEqual(r.x(6), 0xFFFF_FFFF_FFFF_9788)
        XCTAssertEqual(r.x(7), 0xB5A6_9788)
        XCTAssertEqual(r.x(8), 0xFFFF_FFFF_B5A6_9788)
        XCTAssertEqual(r.x(9), 0xF1E2_D3C4_B5A6_9788)
        XCTAssertEqual(r.x(10), 0x0F)                    // positive values stay positive
        XCTAssertEqual(r.x(11), 0x1F0F)
        XCTAssertEqual(r.x(12), 0x3F2F_1F0F)
        XCTAssertEqual(r.x(13), 0x0123_4567_89AB_CDEF)   // largest scaled imm12
        XCTAssertEqual(r.x(1), lsData)                   // no writeback
    }

    func testStoresTruncateAndXZRStoresZero() throws {
        let r = try runLS([
            0x3900_8020, // strb w0, [x1, #0x20]
            0x7900_4420, // strh w0, [x1, #0x22]
            0xb900_2420, // str w0, [x1, #0x24]
            0xf900_1420, // str x0, [x1, #0x28]
            0xf900_183f, // str xzr, [x1, #0x30]
            0x3900_e03f, // strb wzr, [x1, #0x38]
            0x7900_743f, // strh wzr, [x1, #0x3a]
            0xb900_3c3f, // str wzr, [x1, #0x3c]
        ]) { r in
            r.setX(0, 0x1122_3344_5566_7788)
            r.setX(1, lsData)
            for off in stride(from: 0x20 as UInt64, to: 0x40, by: 8) { r.memory.write(lsData + off, UInt64.max) }
        }
        // 0x20: 88, (FF untouched), 88 77, 88 77 66 55
        XCTAssertEqual(r.lsMem64(lsData + 0x20), 0x5566_7788_7788_FF88)
        XCTAssertEqual(r.lsMem64(lsData + 0x28), 0x1122_3344_5566_7788)
        XCTAssertEqual(r.lsMem64(lsData + 0x30), 0)
        XCTAssertEqual(r.lsMem64(lsData + 0x38), 0x0000_0000_0000_FF00)
        XCTAssertEqual(r.sp, lsData + GuestRun.dataSize) // register 31 here is XZR, not SP
    }

    func testUnscaledOffsets() throws {
        let r = try runLS([
            0xf81f_d020, // stur x0, [x1, #-3]
            0xb85f_d022, // ldur w2, [x1, #-3]
            0x389f_f023, // ldursb x3, [x1, #-1]
            0x784f_f024, // ldurh w4, [x1, #255]
            0x780f_f020, // sturh w0, [x1, #255]
            0xb890_0025, // ldursw x5, [x1, #-256]
            0x3810_0020, // sturb w0, [x1, #-256]
            0x78df_e026, // ldursh w6, [x1, #-2]
        ]) { r in
            r.lsFillCounting()
            r.setX(0, 0x8877_6655_4433_2211)
            r.setX(1, lsData + 0x200)
        }
        XCTAssertEqual(r.lsBytes(lsData + 0x1FD, 8), [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88])
        XCTAssertEqual(r.x(2), 0x4433_2211)
        XCTAssertEqual(r.x(3), 0x33)
        XCTAssertEqual(r.x(4), 0x00FF)                   // bytes 0x2FF, 0x300 before the store
        XCTAssertEqual(r.lsBytes(lsData + 0x2FF, 2), [0x11, 0x22])
        XCTAssertEqual(r.x(5), 0x0302_0100)
        XCTAssertEqual(r.lsMem8(lsData + 0x100), 0x11)
        XCTAssertEqual(r.x(6), 0x3322)
        XCTAssertEqual(r.x(1), lsData + 0x200)
    }

    func testPreAndPostIndexWriteback() throws {
        let r = try runLS([
            0xf841_0c20, // ldr x0, [x1, #16]!
            0xf85f_8422, // ldr x2, [x1], #-8
            0xb81f_cc83, // str w3, [x4, #-4]!
            0x380f_f483, // strb w3, [x4], #255
            0x7890_0cc5, // ldrsh x5, [x6, #-256]!
            0xf81f_0fe7, // str x7, [sp, #-16]!
            0xf841_07e8, // ldr x8, [sp], #16
            0x385f_ffe9, // ldrb w9, [sp, #-1]!
        ]) { r in
            r.lsFillCounting()
            r.setX(1, lsData + 0x100)
            r.setX(3, 0xAABB_CCDD)
            r.setX(4, lsData + 0x200)
            r.setX(6, lsData + 0x380)
            r.setX(7, 0x1234_5678_9ABC_DEF0)
            r.memory.write(lsData + 0xFFFF, UInt8(0xC3))
        }
        XCTAssertEqual(r.x(0), 0x1716_1514_1312_1110)
        XCTAssertEqual(r.x(2), 0x1716_1514_1312_1110)    // post-index: loaded before moving
        XCTAssertEqual(r.x(1), lsData + 0x108)
        XCTAssertEqual(r.lsMem32(lsData + 0x1FC), 0xAABB_CCDD)
        XCTAssertEqual(r.x(4), lsData + 0x1FC + 255)
        XCTAssertEqual(r.x(5), 0xFFFF_FFFF_FFFF_8180)    // bytes 0x80 0x81 at 0x280
        XCTAssertEqual(r.x(6), lsData + 0x280)
        XCTAssertEqual(r.lsMem64(lsData + 0xFFF0), 0x1234_5678_9ABC_DEF0)
        XCTAssertEqual(r.x(8), 0x1234_5678_9ABC_DEF0)
        XCTAssertEqual(r.x(9), 0xC3)
        XCTAssertEqual(r.sp, lsData + 0xFFFF)            // SP written back
    }

    func testRegisterOffsetExtendsAndShifts() throws {
        let r = try runLS([
            0xf862_7820, // ldr x0, [x1, x2, lsl #3]
            0xf862_6823, // ldr x3, [x1, x2]
            0xb865_5824, // ldr w4, [x1, w5, uxtw #2]
            0xb867_d826, // ldr w6, [x1, w7, sxtw #2]
            0x3869_e828, // ldrb w8, [x1, x9, sxtx]
            0x786b_582a, // ldrh w10, [x1, w11, uxtw #1]
            0xb8a7_c82c, // ldrsw x12, [x1, w7, sxtw]
            0xf87f_682d, // ldr x13, [x1, xzr]
            0xf869_fbee, // ldr x14, [sp, x9, sxtx #3]
            0x7822_782f, // strh w15, [x1, x2, lsl #1]
            0x3862_7830, // ldrb w16, [x1, x2, lsl #0]
            0xf865_4831, // ldr x17, [x1, w5, uxtw]
            0xf869_7832, // ldr x18, [x1, x9, lsl #3]
        ]) { r in
            r.lsFillCounting()
            r.setX(1, lsData + 0x100)
            r.setX(2, 3)
            r.setX(5, 0xFFFF_FFFF_0000_0002)             // UXTW ignores the upper half
            r.setX(7, 0x0000_0000_FFFF_FFFE)             // SXTW: -2
            r.setX(9, UInt64(bitPattern: -5))
            r.setX(11, 0x10)
            r.setX(15, 0xBEEF)
            r.setX(31, lsData + 0x8000)
            r.memory.write(lsData + 0x8000 - 40, UInt64(0x5555_AAAA_5555_AAAA))
        }
        XCTAssertEqual(r.x(0), 0x1F1E_1D1C_1B1A_1918)    // +3 << 3
        XCTAssertEqual(r.x(3), 0x0A09_0807_0605_0403)    // +3, unaligned
        XCTAssertEqual(r.x(4), 0x0B0A_0908)              // +2 << 2
        XCTAssertEqual(r.x(6), 0xFBFA_F9F8)              // -2 << 2
        XCTAssertEqual(r.x(8), 0xFB)                     // -5
        XCTAssertEqual(r.x(10), 0x2120)                  // +0x10 << 1
        XCTAssertEqual(r.x(12), 0x0100_FFFE)             // -2: bytes FE FF 00 01
        XCTAssertEqual(r.x(13), 0x0706_0504_0302_0100)   // XZR index
        XCTAssertEqual(r.x(14), 0x5555_AAAA_5555_AAAA)   // SP base, -5 << 3
        XCTAssertEqual(r.lsMem16(lsData + 0x106), 0xBEEF)  // +3 << 1
        XCTAssertEqual(r.x(16), 0x03)
        XCTAssertEqual(r.x(17), 0x0908_BEEF_0504_0302)   // after the STRH
        XCTAssertEqual(r.x(18), 0xDFDE_DDDC_DBDA_D9D8)   // -5 << 3
        XCTAssertEqual(r.x(1), lsData + 0x100)
    }

    func testUnprivilegedIsNormalAtEL0() throws {
        let r = try runLS([
            0xf85f_8820, // ldtr x0, [x1, #-8]
            0xb800_4822, // sttr w2, [x1, #4]
            0x3880_4823, // ldtrsb x3, [x1, #4]
            0x78c0_4824, // ldtrsh w4, [x1, #4]
            0xb880_4825, // ldtrsw x5, [x1, #4]
            0x381f_f822, // sttrb w2, [x1, #-1]
            0x781f_c822, // sttrh w2, [x1, #-4]
            0x385f_f826, // ldtrb w6, [x1, #-1]
            0x785f_c827, // ldtrh w7, [x1, #-4]
            0xb840_4828, // ldtr w8, [x1, #4]
        ]) { r in
            r.lsFillCounting()
            r.setX(1, lsData + 0x100)
            r.setX(2, 0x1122_3344_8899_AABB)
        }
        XCTAssertEqual(r.x(0), 0xFFFE_FDFC_FBFA_F9F8)
        XCTAssertEqual(r.x(3), 0xFFFF_FFFF_FFFF_FFBB)
        XCTAssertEqual(r.x(4), 0xFFFF_AABB)
        XCTAssertEqual(r.x(5), 0xFFFF_FFFF_8899_AABB)
        XCTAssertEqual(r.x(6), 0xBB)
        XCTAssertEqual(r.x(7), 0xAABB)
        XCTAssertEqual(r.x(8), 0x8899_AABB)
    }

    func testPrefetchNeverFaults() throws {
        let r = try runLS([
            0xf980_0020, // prfm pldl1keep, [x1]
            0xf9bf_fc35, // prfm pstl3strm, [x1, #32760]
            0xf890_002a, // prfum plil2keep, [x1, #-256]
            0xf8a2_783f, // prfm #0x1f, [x1, x2, lsl #3]
            0xf8a2_c821, // prfm pldl1strm, [x1, w2, sxtw]
            0xd880_0000, // prfm pldl1keep, .-0x100000
        ]) { r in
            r.setX(1, 0x5000)                            // unmapped
            r.setX(2, 0x1_0000_0000)
        }
        XCTAssertEqual(r.x(1), 0x5000)
    }

    func testLiteral() throws {
        // The literals are instruction words of the test itself (and the final BRK).
        let r = try runLS([
            0x1800_0000, // ldr w0, .
            0x5800_0021, // ldr x1, .+4
            0x9800_0002, // ldrsw x2, .
            0xd880_0000, // prfm pldl1keep, .-0x100000
            0x1800_0023, // ldr w3, .+4
        ])
        XCTAssertEqual(r.x(0), 0x1800_0000)
        XCTAssertEqual(r.x(1), 0xD880_0000_9800_0002)
        XCTAssertEqual(r.x(2), 0xFFFF_FFFF_9800_0002)
        XCTAssertEqual(r.x(3), 0xD420_FFE0)             // the final brk #0x7ff
    }

    func testLoadIntoXZRAccessesMemoryAndKeepsSP() throws {
        let r = try runLS([
            0xf940_003f, // ldr xzr, [x1]
            0xb840_843f, // ldr wzr, [x1], #8
            0x3980_003f, // ldrsb xzr, [x1]
        ]) { r in r.setX(1, lsData + 0x10) }
        XCTAssertEqual(r.sp, lsData + GuestRun.dataSize)
        XCTAssertEqual(r.x(1), lsData + 0x18)

        let (f, trap) = try runLSTrap([
            0xf940_003f, // ldr xzr, [x1]
        ]) { r in r.setX(1, 0x7000) }
        XCTAssertEqual(trap, .fault(pc: GuestRun.codeAddress, addr: 0x7000, signal: 11, code: 1, write: false))
        XCTAssertEqual(f.sp, lsData + GuestRun.dataSize)
    }
}
