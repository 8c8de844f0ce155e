import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// FEAT_LSE: CAS, CASP, SWP, LDADD/LDCLR/LDEOR/LDSET/LD{S,U}{MAX,MIN} and ST* aliases
/// (C6.2). Each returns the old value, zero-extended for B/H/W.
final class LoadStoreAtomicTests: XCTestCase {
    func testCompareAndSwap() throws {
        let r = try runLS([
            0xc8a0_7c22, // cas x0, x2, [x1]
            0xc8e3_7c24, // casa x3, x4, [x1]
            0x08a5_7ce6, // casb w5, w6, [x7]
            0x48a8_fd49, // caslh w8, w9, [x10]
            0x88eb_fdac, // casal w11, w12, [x13]
            0x482e_7e50, // casp x14, x15, x16, x17, [x18]
            0x0874_fe76, // caspal w20, w21, w22, w23, [x19]
            0x4838_7e5a, // casp x24, x25, x26, x27, [x18]
            0xc8bf_7fe2, // cas xzr, x2, [sp]
        ]) { r in
            r.setX(1, lsData + 0x10); r.memory.write(lsData + 0x10, UInt64(0x1000))
            r.setX(0, 0x1000); r.setX(2, 0x2000)
            r.setX(3, 0x1000); r.setX(4, 0x4000)
            r.setX(7, lsData + 0x21); r.memory.write(lsData + 0x21, UInt8(0xAB))
            r.setX(5, 0xFFFF_FF00_0000_00AB)            // only the low byte is compared
            r.setX(6, 0x1CD)
            r.setX(10, lsData + 0x32); r.memory.write(lsData + 0x32, UInt16(0xBEEF))
            r.setX(8, 0xBEEE); r.setX(9, 0x1111)
            r.setX(13, lsData + 0x44); r.memory.write(lsData + 0x44, UInt32(0x89AB_CDEF))
            r.setX(11, 0xFFFF_FFFF_89AB_CDEF); r.setX(12, 0x1357_2468)
            r.setX(18, lsData + 0x60)
            r.memory.write(lsData + 0x60, UInt64(0x6000)); r.memory.write(lsData + 0x68, UInt64(0x6008))
            r.setX(14, 0x6000); r.setX(15, 0x6008); r.setX(16, 0x1616); r.setX(17, 0x1717)
            r.setX(19, lsData + 0x78)
            r.memory.write(lsData + 0x78, UInt32(0x2020_2020)); r.memory.write(lsData + 0x7C, UInt32(0x2121_2121))
            r.setX(20, 0x2020_2020); r.setX(21, 0x2121_2120); r.setX(22, 0x2222); r.setX(23, 0x2323)
            r.setX(24, 0x6000); r.setX(25, 0x6008); r.setX(26, 0x2626); r.setX(27, 0x2727)
            r.setX(31, lsData + 0x8000)
        }
        XCTAssertEqual(r.x(0), 0x1000)                   // matched: old value
        XCTAssertEqual(r.x(3), 0x2000)                   // failed: current value
        XCTAssertEqual(r.lsMem64(lsData + 0x10), 0x2000)
        XCTAssertEqual(r.x(5), 0xAB)
        XCTAssertEqual(r.lsMem8(lsData + 0x21), 0xCD)
        XCTAssertEqual(r.x(8), 0xBEEF)
        XCTAssertEqual(r.lsMem16(lsData + 0x32), 0xBEEF)
        XCTAssertEqual(r.x(11), 0x89AB_CDEF)
        XCTAssertEqual(r.lsMem32(lsData + 0x44), 0x1357_2468)
        XCTAssertEqual(r.x(14), 0x6000)
        XCTAssertEqual(r.x(15), 0x6008)
        XCTAssertEqual(r.x(20), 0x2020_2020)             // CASP W failed on the second word
        XCTAssertEqual(r.x(21), 0x2121_2121)
        XCTAssertEqual(r.lsMem32(lsData + 0x78), 0x2020_2020)
        XCTAssertEqual(r.lsMem32(lsData + 0x7C), 0x2121_2121)
        XCTAssertEqual(r.x(24), 0x1616)                  // CASP X failed after the first one
        XCTAssertEqual(r.x(25), 0x1717)
        XCTAssertEqual(r.lsMem64(lsData + 0x60), 0x1616)
        XCTAssertEqual(r.lsMem64(lsData + 0x68), 0x1717)
        XCTAssertEqual(r.lsMem64(lsData + 0x8000), 0x2000) // XZR compared as 0 and matched
        XCTAssertEqual(r.sp, lsData + 0x8000)
    }

    func testAtomicMemoryOperationsReturnOldValues() throws {
        let r = try runLS([
            0xf822_8020, // swp x2, x0, [x1]
            0x38a4_80a3, // swpab w4, w3, [x5]
            0xf822_00e6, // ldadd x2, x6, [x7]
            0x7868_0149, // ldaddlh w8, w9, [x10]
            0xf822_118b, // ldclr x2, x11, [x12]
            0xb8ed_21ee, // ldeoral w13, w14, [x15]
            0xf822_3230, // ldset x2, x16, [x17]
            0x3832_4293, // ldsmaxb w18, w19, [x20]
            0x3832_62d5, // ldumaxb w18, w21, [x22]
            0x7837_5338, // ldsminh w23, w24, [x25]
            0xb87a_739b, // lduminl w26, w27, [x28]
            0xf83d_43fe, // ldsmax x29, x30, [sp]
            0xf822_003f, // stadd x2, [x1]
            0x3872_10bf, // stclrlb w18, [x5]
            0xb822_01ff, // ldadd w2, wzr, [x15]
        ]) { r in
            r.setX(2, 0x0F0F)
            r.setX(1, lsData + 0x10); r.memory.write(lsData + 0x10, UInt64(0x1111))
            r.setX(5, lsData + 0x21); r.memory.write(lsData + 0x21, UInt8(0x5A)); r.setX(4, 0x1A5)
            r.setX(7, lsData + 0x28); r.memory.write(lsData + 0x28, UInt64.max)
            r.setX(10, lsData + 0x32); r.memory.write(lsData + 0x32, UInt16(0xFFF0)); r.setX(8, 0x20)
            r.memory.write(lsData + 0x34, UInt16(0x7777))
            r.setX(12, lsData + 0x38); r.memory.write(lsData + 0x38, UInt64(0xFFFF))
            r.setX(15, lsData + 0x40); r.memory.write(lsData + 0x40, UInt32(0x1234_5678))
            r.setX(13, 0xFFFF_FFFF_0000_FFFF)
            r.setX(17, lsData + 0x48); r.memory.write(lsData + 0x48, UInt64(0xF000_0000_0000_0000))
            r.setX(18, 0x01)
            r.setX(20, lsData + 0x50); r.memory.write(lsData + 0x50, UInt8(0x80))
            r.setX(22, lsData + 0x51); r.memory.write(lsData + 0x51, UInt8(0x80))
            r.setX(25, lsData + 0x52); r.memory.write(lsData + 0x52, UInt16(0x7FFF)); r.setX(23, 0x8000)
            r.setX(28, lsData + 0x54); r.memory.write(lsData + 0x54, UInt32(0x8000_0000)); r.setX(26, 0x7FFF_FFFF)
            r.setX(31, lsData + 0x8000); r.memory.write(lsData + 0x8000, UInt64(bitPattern: -2))
            r.setX(29, UInt64(bitPattern: -1))
        }
        XCTAssertEqual(r.x(0), 0x1111)
        XCTAssertEqual(r.x(3), 0x5A)
        XCTAssertEqual(r.x(6), UInt64.max)
        XCTAssertEqual(r.lsMem64(lsData + 0x28), 0x0F0E)   // wrapped
        XCTAssertEqual(r.x(9), 0xFFF0)
        XCTAssertEqual(r.lsMem16(lsData + 0x32), 0x0010)   // 16-bit wrap, neighbour untouched
        XCTAssertEqual(r.lsMem16(lsData + 0x34), 0x7777)
        XCTAssertEqual(r.x(11), 0xFFFF)
        XCTAssertEqual(r.lsMem64(lsData + 0x38), 0xF0F0)
        XCTAssertEqual(r.x(14), 0x1234_5678)
        XCTAssertEqual(r.x(16), 0xF000_0000_0000_0000)
        XCTAssertEqual(r.lsMem64(lsData + 0x48), 0xF000_0000_0000_0F0F)
        XCTAssertEqual(r.x(19), 0x80)                    // zero-extended, though compared signed
        XCTAssertEqual(r.lsMem8(lsData + 0x50), 0x01)      // max(-128, 1)
        XCTAssertEqual(r.x(21), 0x80)
        XCTAssertEqual(r.lsMem8(lsData + 0x51), 0x80)      // unsigned max(128, 1)
        XCTAssertEqual(r.x(24), 0x7FFF)
        XCTAssertEqual(r.lsMem16(lsData + 0x52), 0x8000)   // signed min
        XCTAssertEqual(r.x(27), 0x8000_0000)
        XCTAssertEqual(r.lsMem32(lsData + 0x54), 0x7FFF_FFFF) // unsigned min
        XCTAssertEqual(r.x(30), UInt64(bitPattern: -2))
        XCTAssertEqual(r.lsMem64(lsData + 0x8000), UInt64(bitPattern: -1))
        XCTAssertEqual(r.lsMem64(lsData + 0x10), 0x1E1E)   // SWP's 0x0F0F, then STADD
        XCTAssertEqual(r.lsMem8(lsData + 0x21), 0xA4)      // SWPAB's 0xA5, then STCLRLB #1
        XCTAssertEqual(r.lsMem32(lsData + 0x40), 0x1234_B896) // LDEORAL, then LDADD into WZR
        XCTAssertEqual(r.sp, lsData + 0x8000)
    }

    func testMisalignedAtomicsAreAlignmentFaults() throws {
        let cases: [(UInt32, String, UInt64)] = [
            (0xb822_0020, "ldadd w2, w0, [x1]", 2),
            (0x7822_8020, "swph w2, w0, [x1]", 1),
            (0x482e_7c30, "casp x14, x15, x16, x17, [x1]", 8),
            (0xc8a0_7c22, "cas x0, x2, [x1]", 4),
            (0xf8e2_3020, "ldsetal x2, x0, [x1]", 12),
        ]
        for (word, text, off) in cases {
            let (r, trap) = try runLSTrap([word]) { r in
                r.setX(0, 5)
                r.setX(1, lsData + off)
            }
            XCTAssertEqual(trap, .fault(pc: GuestRun.codeAddress, addr: lsData + off, signal: 7, code: 1, write: false), text)
            XCTAssertEqual(r.x(0), 5, text)
        }
    }
}
