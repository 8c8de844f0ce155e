import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// LDP/STP/LDPSW/LDNP/STNP, general and SIMD&FP registers (C6.2 "LDP", C7.2 "LDP (SIMD&FP)").
final class LoadStorePairTests: XCTestCase {
    func testGeneralPairs() throws {
        let r = try runLS([
            0xa9bf_07e0, // stp x0, x1, [sp, #-16]!
            0xa8c1_0fe2, // ldp x2, x3, [sp], #16
            0x2941_14c4, // ldp w4, w5, [x6, #8]
            0x6941_20c7, // ldpsw x7, x8, [x6, #8]
            0x293f_28c9, // stp w9, w10, [x6, #-8]
            0xa87f_b0cb, // ldnp x11, x12, [x6, #-8]
            0x281f_80c1, // stnp w1, w0, [x6, #252]
            0xa960_34df, // ldp xzr, x13, [x6, #-512]
            0xa981_7cc0, // stp x0, xzr, [x6, #16]!
            0x68e0_3cce, // ldpsw x14, x15, [x6], #-256
        ]) { r in
            r.lsFillCounting(0, 0x800)
            r.setX(0, 0x0102_0304_0506_0708)
            r.setX(1, 0x1112_1314_1516_1718)
            r.setX(6, lsData + 0x400)
            r.setX(9, 0xAAAA_AAAA_1111_1111)
            r.setX(10, 0xBBBB_BBBB_2222_2222)
            r.memory.write(lsData + 0x408, UInt64(0x8000_0001_7FFF_FFFF))
        }
        XCTAssertEqual(r.lsMem64(lsData + 0xFFF0), 0x0102_0304_0506_0708)
        XCTAssertEqual(r.lsMem64(lsData + 0xFFF8), 0x1112_1314_1516_1718)
        XCTAssertEqual(r.x(2), 0x0102_0304_0506_0708)
        XCTAssertEqual(r.x(3), 0x1112_1314_1516_1718)
        XCTAssertEqual(r.sp, lsData + 0x10000)
        XCTAssertEqual(r.x(4), 0x7FFF_FFFF)
        XCTAssertEqual(r.x(5), 0x8000_0001)              // W: zero-extended
        XCTAssertEqual(r.x(7), 0x7FFF_FFFF)
        XCTAssertEqual(r.x(8), 0xFFFF_FFFF_8000_0001)    // LDPSW: sign-extended
        XCTAssertEqual(r.lsMem32(lsData + 0x3F8), 0x1111_1111)
        XCTAssertEqual(r.lsMem32(lsData + 0x3FC), 0x2222_2222)
        XCTAssertEqual(r.x(11), 0x2222_2222_1111_1111)
        XCTAssertEqual(r.x(12), 0x0706_0504_0302_0100)
        XCTAssertEqual(r.lsMem32(lsData + 0x4FC), 0x1516_1718)
        XCTAssertEqual(r.lsMem32(lsData + 0x500), 0x0506_0708)
        XCTAssertEqual(r.x(13), 0x0F0E_0D0C_0B0A_0908)
        XCTAssertEqual(r.lsMem64(lsData + 0x410), 0x0102_0304_0506_0708)
        XCTAssertEqual(r.lsMem64(lsData + 0x418), 0)       // XZR stores zero
        XCTAssertEqual(r.x(14), 0x0506_0708)
        XCTAssertEqual(r.x(15), 0x0102_0304)
        XCTAssertEqual(r.x(6), lsData + 0x310)           // pre +16, then post -256
    }

    func testSIMDPairs() throws {
        let r = try runLS([
            0xad41_0420, // ldp q0, q1, [x1, #32]
            0xada0_0021, // stp q1, q0, [x1, #-1024]!
            0x6cc1_0c22, // ldp d2, d3, [x1], #16
            0x6d3f_0843, // stp d3, d2, [x2, #-16]
            0x2d7e_1444, // ldp s4, s5, [x2, #-16]
            0x2d9f_9045, // stp s5, s4, [x2, #252]!
            0xac40_1c26, // ldnp q6, q7, [x1]
            0x6c00_9c46, // stnp d6, d7, [x2, #8]
            0x2c41_2448, // ldnp s8, s9, [x2, #8]
        ]) { r in
            r.lsFillCounting(0, 0x800)
            r.setX(1, lsData + 0x400)
            r.setX(2, lsData + 0x600)
            for v in 0...9 { r.lsSetV(v, [UInt8](repeating: 0xFF, count: 16)) }
        }
        let zero8 = [UInt8](repeating: 0, count: 8)
        let zero12 = [UInt8](repeating: 0, count: 12)
        XCTAssertEqual(r.lsV(0), lsCounting(0x20))
        XCTAssertEqual(r.lsV(1), lsCounting(0x30))
        XCTAssertEqual(r.lsBytes(lsData, 32), lsCounting(0x30) + lsCounting(0x20))
        XCTAssertEqual(r.lsV(2), lsCounting(0x30, 8) + zero8)
        XCTAssertEqual(r.lsV(3), lsCounting(0x38, 8) + zero8)
        XCTAssertEqual(r.x(1), lsData + 0x10)
        XCTAssertEqual(r.lsBytes(lsData + 0x5F0, 16), lsCounting(0x38, 8) + lsCounting(0x30, 8))
        XCTAssertEqual(r.lsV(4), lsCounting(0x38, 4) + zero12)
        XCTAssertEqual(r.lsV(5), lsCounting(0x3C, 4) + zero12)
        XCTAssertEqual(r.x(2), lsData + 0x6FC)
        XCTAssertEqual(r.lsBytes(lsData + 0x6FC, 8), lsCounting(0x3C, 4) + lsCounting(0x38, 4))
        XCTAssertEqual(r.lsV(6), lsCounting(0x20))
        XCTAssertEqual(r.lsV(7), lsCounting(0x20))
        XCTAssertEqual(r.lsBytes(lsData + 0x704, 16), lsCounting(0x20, 8) + lsCounting(0x20, 8))
        XCTAssertEqual(r.lsV(8), lsCounting(0x20, 4) + zero12)
        XCTAssertEqual(r.lsV(9), lsCounting(0x24, 4) + zero12)
    }
}
