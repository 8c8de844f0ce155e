import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// LDR/STR of B/H/S/D/Q registers in every addressing form (C7.2 "LDR (immediate,
/// SIMD&FP)" etc.). A scalar load writes the whole V register, zeroing the rest.
final class LoadStoreSIMDTests: XCTestCase {
    func testUnsignedOffsetAllSizesZeroUpperBytes() throws {
        let r = try runLS([
            0x3d40_0020, // ldr b0, [x1]
            0x7d40_0421, // ldr h1, [x1, #2]
            0xbd40_0422, // ldr s2, [x1, #4]
            0xfd40_0423, // ldr d3, [x1, #8]
            0x3dc0_0424, // ldr q4, [x1, #16]
            0x3d00_0040, // str b0, [x2]
            0x7d00_0441, // str h1, [x2, #2]
            0xbd00_0442, // str s2, [x2, #4]
            0xfd00_0443, // str d3, [x2, #8]
            0x3d80_0444, // str q4, [x2, #16]
            0x3dff_fc2d, // ldr q13, [x1, #65520]
            0x3d3f_fc24, // str b4, [x1, #4095]
        ]) { r in
            r.lsFillCounting()
            r.memory.writeBytes(lsData + 0x800, [UInt8](repeating: 0xEE, count: 0x30))
            r.memory.writeBytes(lsData + 0xFFF0, lsCounting(0xA0))
            r.setX(1, lsData)
            r.setX(2, lsData + 0x800)
            for v in [0, 1, 2, 3, 4, 13] { r.lsSetV(v, [UInt8](repeating: 0xFF, count: 16)) }
        }
        func scalar(_ b: [UInt8]) -> [UInt8] { b + [UInt8](repeating: 0, count: 16 - b.count) }
        XCTAssertEqual(r.lsV(0), scalar([0x00]))
        XCTAssertEqual(r.lsV(1), scalar([0x02, 0x03]))
        XCTAssertEqual(r.lsV(2), scalar(lsCounting(0x04, 4)))
        XCTAssertEqual(r.lsV(3), scalar(lsCounting(0x08, 8)))
        XCTAssertEqual(r.lsV(4), lsCounting(0x10))
        XCTAssertEqual(r.lsBytes(lsData + 0x800, 0x21), [0x00, 0xEE] + lsCounting(0x02, 30) + [0xEE])
        XCTAssertEqual(r.lsV(13), lsCounting(0xA0))     // largest Q offset: 4095 * 16
        XCTAssertEqual(r.lsMem8(lsData + 0xFFF), 0x10)
    }

    func testUnscaledIndexedAndRegisterOffsetForms() throws {
        let r = try runLS([
            0x3cdf_f025, // ldur q5, [x1, #-1]
            0x3cc2_0c26, // ldr q6, [x1, #32]!
            0x3c9f_0446, // str q6, [x2], #-16
            0xfc63_7827, // ldr d7, [x1, x3, lsl #3]
            0x3ce4_d828, // ldr q8, [x1, w4, sxtw #4]
            0x7c63_7829, // ldr h9, [x1, x3, lsl #1]
            0xbc65_482a, // ldr s10, [x1, w5, uxtw]
            0x7c00_1049, // stur h9, [x2, #1]
            0x3c5f_f42b, // ldr b11, [x1], #-1
            0x3ca3_7828, // str q8, [x1, x3, lsl #4]
            0xfc1f_0fe7, // str d7, [sp, #-16]!
            0x3c63_682c, // ldr b12, [x1, x3]
            0x3c63_782e, // ldr b14, [x1, x3, lsl #0]
            0xbc1f_d04a, // stur s10, [x2, #-3]
        ]) { r in
            r.lsFillCounting()
            r.setX(1, lsData + 0x100)
            r.setX(2, lsData + 0x300)
            r.setX(3, 2)
            r.setX(4, 0xFFFF_FFFF)                       // SXTW: -1
            r.setX(5, 0xFFFF_FFFF_0000_0006)             // UXTW: 6
            for v in 5...14 { r.lsSetV(v, [UInt8](repeating: 0xFF, count: 16)) }
        }
        func scalar(_ b: [UInt8]) -> [UInt8] { b + [UInt8](repeating: 0, count: 16 - b.count) }
        XCTAssertEqual(r.lsV(5), [0xFF] + lsCounting(0x00, 15))
        XCTAssertEqual(r.lsV(6), lsCounting(0x20))
        XCTAssertEqual(r.lsBytes(lsData + 0x300, 16), lsCounting(0x20))
        XCTAssertEqual(r.lsV(7), scalar(lsCounting(0x30, 8)))
        XCTAssertEqual(r.lsV(8), lsCounting(0x10))
        XCTAssertEqual(r.lsV(9), scalar([0x24, 0x25]))
        XCTAssertEqual(r.lsV(10), scalar(lsCounting(0x26, 4)))
        XCTAssertEqual(r.lsBytes(lsData + 0x2F1, 2), [0x24, 0x25])
        XCTAssertEqual(r.lsV(11), scalar([0x20]))
        XCTAssertEqual(r.x(1), lsData + 0x11F)
        XCTAssertEqual(r.lsBytes(lsData + 0x13F, 16), lsCounting(0x10))
        XCTAssertEqual(r.sp, lsData + 0xFFF0)
        XCTAssertEqual(r.lsBytes(lsData + 0xFFF0, 8), lsCounting(0x30, 8))
        XCTAssertEqual(r.lsV(12), scalar([0x21]))
        XCTAssertEqual(r.lsV(14), scalar([0x21]))
        XCTAssertEqual(r.lsBytes(lsData + 0x2ED, 4), lsCounting(0x26, 4))
        XCTAssertEqual(r.x(2), lsData + 0x2F0)
    }

    func testLiteralSDQ() throws {
        let (r, trap) = try runLSTrap([
            0x1c00_0060, // ldr s0, .+12
            0x5c00_0061, // ldr d1, .+12
            0x9c00_0062, // ldr q2, .+12
            0xd420_ffe0, // brk #0x7ff
            0x1111_1111, 0x2222_2222, 0x3333_3333, 0x4444_4444, 0x5555_5555, // data
        ]) { r in for v in 0...2 { r.lsSetV(v, [UInt8](repeating: 0xFF, count: 16)) } }
        XCTAssertTrue(lsStoppedAtEnd(trap, GuestRun.codeAddress + 12), "\(trap)")
        XCTAssertEqual(r.lsVLo(0), 0xD420_FFE0)            // the BRK word itself
        XCTAssertEqual(r.lsVHi(0), 0)
        XCTAssertEqual(r.lsVLo(1), 0x2222_2222_1111_1111)
        XCTAssertEqual(r.lsVHi(1), 0)
        XCTAssertEqual(r.lsVLo(2), 0x3333_3333_2222_2222)
        XCTAssertEqual(r.lsVHi(2), 0x5555_5555_4444_4444)
    }
}
