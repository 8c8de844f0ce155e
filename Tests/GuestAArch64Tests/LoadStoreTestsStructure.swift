import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Advanced SIMD structure loads and stores (C7.2 "LD1".."LD4", "ST1".."ST4" multiple and
/// single structures, "LD1R".."LD4R"): interleaving, lanes, replication, post-index by
/// immediate and by register, register numbers wrapping from V31 to V0.
final class LoadStoreStructureTests: XCTestCase {
    private let zero8 = [UInt8](repeating: 0, count: 8)
    private func rep(_ b: UInt8, _ n: Int = 16) -> [UInt8] { [UInt8](repeating: b, count: n) }
    /// Bytes at the given offsets of the counting pattern (each byte is its offset & 0xFF).
    private func at(_ offsets: [Int]) -> [UInt8] { offsets.map { UInt8(truncatingIfNeeded: $0) } }

    func testMultipleOneRegisterStructures() throws {
        let r = try runLS([
            0x4c40_7020, // ld1 {v0.16b}, [x1]
            0x0c40_a021, // ld1 {v1.8b, v2.8b}, [x1]
            0x4cdf_2823, // ld1 {v3.4s, v4.4s, v5.4s, v6.4s}, [x1], #64
            0x0cc2_6c27, // ld1 {v7.1d, v8.1d, v9.1d}, [x1], x2
            0x4c82_ac63, // st1 {v3.2d, v4.2d}, [x3], x2
            0x0c9f_7461, // st1 {v1.4h}, [x3], #8
            0x4c40_a3ff, // ld1 {v31.16b, v0.16b}, [sp]
            0x0c00_2087, // st1 {v7.8b, v8.8b, v9.8b, v10.8b}, [x4]
        ]) { r in
            r.lsFillCounting()
            for v in 0..<32 { r.lsSetV(v, self.rep(0xFF)) }
            r.setX(1, lsData + 0x100)
            r.setX(2, 0x30)
            r.setX(3, lsData + 0x300)
            r.setX(4, lsData + 0x380)
            r.setX(31, lsData + 0x200)
        }
        XCTAssertEqual(r.lsV(1), lsCounting(0x00, 8) + zero8)  // 8B: upper half cleared
        XCTAssertEqual(r.lsV(2), lsCounting(0x08, 8) + zero8)
        XCTAssertEqual(r.lsV(3), lsCounting(0x00))
        XCTAssertEqual(r.lsV(4), lsCounting(0x10))
        XCTAssertEqual(r.lsV(5), lsCounting(0x20))
        XCTAssertEqual(r.lsV(6), lsCounting(0x30))
        XCTAssertEqual(r.lsV(7), lsCounting(0x40, 8) + zero8)
        XCTAssertEqual(r.lsV(8), lsCounting(0x48, 8) + zero8)
        XCTAssertEqual(r.lsV(9), lsCounting(0x50, 8) + zero8)
        XCTAssertEqual(r.x(1), lsData + 0x170)                 // +64, then +x2
        XCTAssertEqual(r.lsBytes(lsData + 0x300, 0x38), lsCounting(0x00, 48) + lsCounting(0x00, 8)) // 0x320...: untouched
        XCTAssertEqual(r.x(3), lsData + 0x338)
        XCTAssertEqual(r.lsV(31), lsCounting(0x00))           // {v31, v0} wraps
        XCTAssertEqual(r.lsV(0), lsCounting(0x10))
        XCTAssertEqual(r.lsBytes(lsData + 0x380, 32), lsCounting(0x40, 24) + rep(0xFF, 8))
        XCTAssertEqual(r.sp, lsData + 0x200)
    }

    func testMultipleInterleavedStructures() throws {
        let r = try runLS([
            0x4c40_8420, // ld2 {v0.8h, v1.8h}, [x1]
            0x0cdf_405e, // ld3 {v30.8b, v31.8b, v0.8b}, [x2], #24
            0x4cc3_0822, // ld4 {v2.4s, v3.4s, v4.4s, v5.4s}, [x1], x3
            0x4c00_0882, // st4 {v2.4s, v3.4s, v4.4s, v5.4s}, [x4]
            0x4c9f_8ca0, // st2 {v0.2d, v1.2d}, [x5], #32
            0x0c00_44c6, // st3 {v6.4h, v7.4h, v8.4h}, [x6]
            0x0c40_8829, // ld2 {v9.2s, v10.2s}, [x1]
            0x4c40_002b, // ld4 {v11.16b, v12.16b, v13.16b, v14.16b}, [x1]
        ]) { r in
            r.lsFillCounting()
            for v in 0..<32 { r.lsSetV(v, self.rep(0xFF)) }
            r.lsSetV(6, lsCounting(0xA0)); r.lsSetV(7, lsCounting(0xB0)); r.lsSetV(8, lsCounting(0xC0))
            r.setX(1, lsData + 0x100)
            r.setX(2, lsData + 0x200)
            r.setX(3, 0x10)
            r.setX(4, lsData + 0x300)
            r.setX(5, lsData + 0x340)
            r.setX(6, lsData + 0x380)
        }
        // LD2 .8H: even halfwords to v0 (overwritten below), odd ones to v1.
        XCTAssertEqual(r.lsV(1), at([2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31]))
        // LD3 .8B: every third byte, upper halves cleared.
        XCTAssertEqual(r.lsV(30), at(Array(stride(from: 0, to: 24, by: 3))) + zero8)
        XCTAssertEqual(r.lsV(31), at(Array(stride(from: 1, to: 24, by: 3))) + zero8)
        XCTAssertEqual(r.lsV(0), at(Array(stride(from: 2, to: 24, by: 3))) + zero8)
        XCTAssertEqual(r.x(2), lsData + 0x218)
        // LD4 .4S: word k of memory goes to register k % 4, lane k / 4.
        XCTAssertEqual(r.lsV(2), at([0, 1, 2, 3, 16, 17, 18, 19, 32, 33, 34, 35, 48, 49, 50, 51]))
        XCTAssertEqual(r.lsV(3), at([4, 5, 6, 7, 20, 21, 22, 23, 36, 37, 38, 39, 52, 53, 54, 55]))
        XCTAssertEqual(r.lsV(4), at([8, 9, 10, 11, 24, 25, 26, 27, 40, 41, 42, 43, 56, 57, 58, 59]))
        XCTAssertEqual(r.lsV(5), at([12, 13, 14, 15, 28, 29, 30, 31, 44, 45, 46, 47, 60, 61, 62, 63]))
        // ST4 undoes LD4.
        XCTAssertEqual(r.lsBytes(lsData + 0x300, 64), lsCounting(0x00, 64))
        // ST2 .2D: v0.d[0], v1.d[0], v0.d[1], v1.d[1].
        XCTAssertEqual(r.lsBytes(lsData + 0x340, 32),
                       at([2, 5, 8, 11, 14, 17, 20, 23]) + at([2, 3, 6, 7, 10, 11, 14, 15])
                       + zero8 + at([18, 19, 22, 23, 26, 27, 30, 31]))
        XCTAssertEqual(r.x(5), lsData + 0x360)
        // ST3 .4H: halfword lanes 0...3 of v6, v7, v8 interleaved.
        XCTAssertEqual(r.lsBytes(lsData + 0x380, 24),
                       at([0xA0, 0xA1, 0xB0, 0xB1, 0xC0, 0xC1, 0xA2, 0xA3, 0xB2, 0xB3, 0xC2, 0xC3,
                           0xA4, 0xA5, 0xB4, 0xB5, 0xC4, 0xC5, 0xA6, 0xA7, 0xB6, 0xB7, 0xC6, 0xC7]))
        XCTAssertEqual(r.x(1), lsData + 0x110)
        XCTAssertEqual(r.lsV(9), at([0x10, 0x11, 0x12, 0x13, 0x18, 0x19, 0x1A, 0x1B]) + zero8)
        XCTAssertEqual(r.lsV(10), at([0x14, 0x15, 0x16, 0x17, 0x1C, 0x1D, 0x1E, 0x1F]) + zero8)
        XCTAssertEqual(r.lsV(11), at(Array(stride(from: 0x10, to: 0x50, by: 4))))
        XCTAssertEqual(r.lsV(12), at(Array(stride(from: 0x11, to: 0x50, by: 4))))
        XCTAssertEqual(r.lsV(13), at(Array(stride(from: 0x12, to: 0x50, by: 4))))
        XCTAssertEqual(r.lsV(14), at(Array(stride(from: 0x13, to: 0x50, by: 4))))
    }

    func testLoadAndReplicate() throws {
        let r = try runLS([
            0x4d40_c820, // ld1r {v0.4s}, [x1]
            0x0dff_c021, // ld2r {v1.8b, v2.8b}, [x1], #2
            0x0dc2_e423, // ld3r {v3.4h, v4.4h, v5.4h}, [x1], x2
            0x4d60_ec66, // ld4r {v6.2d, v7.2d, v8.2d, v9.2d}, [x3]
            0x0d40_cc6a, // ld1r {v10.1d}, [x3]
            0x4ddf_c06b, // ld1r {v11.16b}, [x3], #1
        ]) { r in
            r.lsFillCounting()
            for v in 0..<32 { r.lsSetV(v, self.rep(0xFF)) }
            r.setX(1, lsData + 0x180)
            r.setX(2, 0x20)
            r.setX(3, lsData + 0x2F0)
        }
        XCTAssertEqual(r.lsV(0), [0x80, 0x81, 0x82, 0x83] + [0x80, 0x81, 0x82, 0x83]
                       + [0x80, 0x81, 0x82, 0x83] + [0x80, 0x81, 0x82, 0x83])
        XCTAssertEqual(r.lsV(1), rep(0x80, 8) + zero8)
        XCTAssertEqual(r.lsV(2), rep(0x81, 8) + zero8)
        XCTAssertEqual(r.lsV(3), [0x82, 0x83, 0x82, 0x83, 0x82, 0x83, 0x82, 0x83] + zero8)
        XCTAssertEqual(r.lsV(4), [0x84, 0x85, 0x84, 0x85, 0x84, 0x85, 0x84, 0x85] + zero8)
        XCTAssertEqual(r.lsV(5), [0x86, 0x87, 0x86, 0x87, 0x86, 0x87, 0x86, 0x87] + zero8)
        XCTAssertEqual(r.x(1), lsData + 0x182 + 0x20)
        XCTAssertEqual(r.lsV(6), lsCounting(0xF0, 8) + lsCounting(0xF0, 8))
        XCTAssertEqual(r.lsV(7), lsCounting(0xF8, 8) + lsCounting(0xF8, 8))
        XCTAssertEqual(r.lsV(8), lsCounting(0x00, 8) + lsCounting(0x00, 8))
        XCTAssertEqual(r.lsV(9), lsCounting(0x08, 8) + lsCounting(0x08, 8))
        XCTAssertEqual(r.lsV(10), lsCounting(0xF0, 8) + zero8)
        XCTAssertEqual(r.lsV(11), rep(0xF0))
        XCTAssertEqual(r.x(3), lsData + 0x2F1)
    }

    func testSingleLanes() throws {
        let r = try runLS([
            0x0d40_9020, // ld1 {v0.s}[1], [x1]
            0x4ddf_6821, // ld3 {v1.h, v2.h, v3.h}[5], [x1], #6
            0x4d20_8444, // st2 {v4.d, v5.d}[1], [x2]
            0x4d84_1c66, // st1 {v6.b}[15], [x3], x4
            0x4d60_243e, // ld4 {v30.b, v31.b, v0.b, v1.b}[9], [x1]
            0x4de4_9027, // ld2 {v7.s, v8.s}[3], [x1], x4
            0x4dbf_78a9, // st4 {v9.h, v10.h, v11.h, v12.h}[7], [x5], #8
            0x0d40_87ed, // ld1 {v13.d}[0], [sp]
            0x4d00_a0ce, // st3 {v14.s, v15.s, v16.s}[2], [x6]
        ]) { r in
            r.lsFillCounting()
            for v in 0..<32 { r.lsSetV(v, self.rep(UInt8(0xC0 + v))) }
            r.setX(1, lsData + 0x100)
            r.setX(2, lsData + 0x300)
            r.setX(3, lsData + 0x340)
            r.setX(4, 8)
            r.setX(5, lsData + 0x360)
            r.setX(6, lsData + 0x380)
            r.setX(31, lsData + 0x200)
        }
        // Only the named lane changes; nothing is cleared.
        var v0 = rep(0xC0); v0.replaceSubrange(4..<8, with: lsCounting(0x00, 4)); v0[9] = 0x08
        XCTAssertEqual(r.lsV(0), v0)
        var v1 = rep(0xC1); v1[10] = 0x00; v1[11] = 0x01; v1[9] = 0x09
        XCTAssertEqual(r.lsV(1), v1)
        var v2 = rep(0xC2); v2[10] = 0x02; v2[11] = 0x03
        XCTAssertEqual(r.lsV(2), v2)
        var v3 = rep(0xC3); v3[10] = 0x04; v3[11] = 0x05
        XCTAssertEqual(r.lsV(3), v3)
        XCTAssertEqual(r.lsBytes(lsData + 0x300, 16), rep(0xC4, 8) + rep(0xC5, 8))
        XCTAssertEqual(r.lsMem8(lsData + 0x340), 0xC6)
        XCTAssertEqual(r.lsMem8(lsData + 0x341), 0x41)
        XCTAssertEqual(r.x(3), lsData + 0x348)
        var v30 = rep(0xDE); v30[9] = 0x06
        XCTAssertEqual(r.lsV(30), v30)
        var v31 = rep(0xDF); v31[9] = 0x07
        XCTAssertEqual(r.lsV(31), v31)
        var v7 = rep(0xC7); v7.replaceSubrange(12..<16, with: lsCounting(0x06, 4))
        XCTAssertEqual(r.lsV(7), v7)
        var v8 = rep(0xC8); v8.replaceSubrange(12..<16, with: lsCounting(0x0A, 4))
        XCTAssertEqual(r.lsV(8), v8)
        XCTAssertEqual(r.x(1), lsData + 0x10E)
        XCTAssertEqual(r.lsBytes(lsData + 0x360, 8), [0xC9, 0xC9, 0xCA, 0xCA, 0xCB, 0xCB, 0xCC, 0xCC])
        XCTAssertEqual(r.x(5), lsData + 0x368)
        XCTAssertEqual(r.lsV(13), lsCounting(0x00, 8) + rep(0xCD, 8))
        XCTAssertEqual(r.lsBytes(lsData + 0x380, 12), rep(0xCE, 4) + rep(0xCF, 4) + rep(0xD0, 4))
    }
}
