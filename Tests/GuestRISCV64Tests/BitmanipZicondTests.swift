import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// Zba, Zbb, Zbs. Each instruction writes a2 from a0 and a1 and runs on its own for
/// every input pair; expected values follow the bit-manipulation spec 1.0's
/// pseudo-code, computed with exact integers.
final class BitmanipTests: XCTestCase {
    func testEveryInstructionOnEveryInput() throws {
        let inputs: [(UInt64, UInt64)] = [(0x800000f000123480, 0x44), (0x800000f000123480, 0x3f), (0x123456789abcdef0, 0x24), (0x80000001, 0xfffffffffffffff1), (0x0, 0x3f), (0xff00010000ff7f80, 0x20)]
        let cases: [(String, UInt32, [UInt64])] = [
            ("sh1add a2,a0,a1", 0x20b52633, [0x1e000246944, 0x1e00024693f, 0x2468acf13579be04, 0xfffffff3, 0x3f, 0xfe00020001feff20]),
            ("sh2add a2,a0,a1", 0x20b54633, [0x3c00048d244, 0x3c00048d23f, 0x48d159e26af37be4, 0x1fffffff5, 0x3f, 0xfc00040003fdfe20]),
            ("sh3add a2,a0,a1", 0x20b56633, [0x7800091a444, 0x7800091a43f, 0x91a2b3c4d5e6f7a4, 0x3fffffff9, 0x3f, 0xf800080007fbfc20]),
            ("add.uw a2,a0,a1", 0x08b5063b, [0x1234c4, 0x1234bf, 0x9abcdf14, 0x7ffffff2, 0x3f, 0xff7fa0]),
            ("sh1add.uw a2,a0,a1", 0x20b5263b, [0x246944, 0x24693f, 0x13579be04, 0xfffffff3, 0x3f, 0x1feff20]),
            ("sh2add.uw a2,a0,a1", 0x20b5463b, [0x48d244, 0x48d23f, 0x26af37be4, 0x1fffffff5, 0x3f, 0x3fdfe20]),
            ("sh3add.uw a2,a0,a1", 0x20b5663b, [0x91a444, 0x91a43f, 0x4d5e6f7a4, 0x3fffffff9, 0x3f, 0x7fbfc20]),
            ("slli.uw a2,a0,0x5", 0x0855161b, [0x2469000, 0x2469000, 0x13579bde00, 0x1000000020, 0x0, 0x1feff000]),
            ("andn a2,a0,a1", 0x40b57633, [0x800000f000123480, 0x800000f000123480, 0x123456789abcded0, 0x0, 0x0, 0xff00010000ff7f80]),
            ("orn a2,a0,a1", 0x40b56633, [0xffffffffffffffbb, 0xffffffffffffffc0, 0xfffffffffffffffb, 0x8000000f, 0xffffffffffffffc0, 0xffffffffffffffdf]),
            ("xnor a2,a0,a1", 0x40b54633, [0x7fffff0fffedcb3b, 0x7fffff0fffedcb40, 0xedcba9876543212b, 0x8000000f, 0xffffffffffffffc0, 0xfffeffff00805f]),
            ("clz a2,a0", 0x60051613, [0x0, 0x0, 0x3, 0x20, 0x40, 0x0]),
            ("ctz a2,a0", 0x60151613, [0x7, 0x7, 0x4, 0x0, 0x40, 0x7]),
            ("cpop a2,a0", 0x60251613, [0xb, 0xb, 0x20, 0x2, 0x0, 0x19]),
            ("clzw a2,a0", 0x6005161b, [0xb, 0xb, 0x0, 0x0, 0x20, 0x8]),
            ("ctzw a2,a0", 0x6015161b, [0x7, 0x7, 0x4, 0x0, 0x20, 0x7]),
            ("cpopw a2,a0", 0x6025161b, [0x6, 0x6, 0x13, 0x2, 0x0, 0x10]),
            ("max a2,a0,a1", 0x0ab56633, [0x44, 0x3f, 0x123456789abcdef0, 0x80000001, 0x3f, 0x20]),
            ("maxu a2,a0,a1", 0x0ab57633, [0x800000f000123480, 0x800000f000123480, 0x123456789abcdef0, 0xfffffffffffffff1, 0x3f, 0xff00010000ff7f80]),
            ("min a2,a0,a1", 0x0ab54633, [0x800000f000123480, 0x800000f000123480, 0x24, 0xfffffffffffffff1, 0x0, 0xff00010000ff7f80]),
            ("minu a2,a0,a1", 0x0ab55633, [0x44, 0x3f, 0x24, 0x80000001, 0x0, 0x20]),
            ("sext.b a2,a0", 0x60451613, [0xffffffffffffff80, 0xffffffffffffff80, 0xfffffffffffffff0, 0x1, 0x0, 0xffffffffffffff80]),
            ("sext.h a2,a0", 0x60551613, [0x3480, 0x3480, 0xffffffffffffdef0, 0x1, 0x0, 0x7f80]),
            ("zext.h a2,a0", 0x0805463b, [0x3480, 0x3480, 0xdef0, 0x1, 0x0, 0x7f80]),
            ("rol a2,a0,a1", 0x60b51633, [0xf0001234808, 0x4000007800091a40, 0xabcdef0123456789, 0x2000000010000, 0x0, 0xff7f80ff000100]),
            ("ror a2,a0,a1", 0x60b55633, [0x800000f00012348, 0x1e000246901, 0x89abcdef01234567, 0x400000008000, 0x0, 0xff7f80ff000100]),
            ("rori a2,a0,0xc", 0x60c55613, [0x480800000f000123, 0x480800000f000123, 0xef0123456789abcd, 0x10000000080000, 0x0, 0xf80ff00010000ff7]),
            ("rolw a2,a0,a1", 0x60b5163b, [0x1234800, 0x91a40, 0xffffffffabcdef09, 0x30000, 0x0, 0xff7f80]),
            ("rorw a2,a0,a1", 0x60b5563b, [0x12348, 0x246900, 0x9abcdef, 0xc000, 0x0, 0xff7f80]),
            ("roriw a2,a0,0xc", 0x60c5561b, [0x48000123, 0x48000123, 0xffffffffef09abcd, 0x180000, 0x0, 0xfffffffff8000ff7]),
            ("orc.b a2,a0", 0x28755613, [0xff0000ff00ffffff, 0xff0000ff00ffffff, 0xffffffffffffffff, 0xff0000ff, 0x0, 0xff00ff0000ffffff]),
            ("rev8 a2,a0", 0x6b855613, [0x80341200f0000080, 0x80341200f0000080, 0xf0debc9a78563412, 0x100008000000000, 0x0, 0x807fff00000100ff]),
            ("bclr a2,a0,a1", 0x48b51633, [0x800000f000123480, 0xf000123480, 0x123456689abcdef0, 0x80000001, 0x0, 0xff00010000ff7f80]),
            ("bclri a2,a0,0x3f", 0x4bf51613, [0xf000123480, 0xf000123480, 0x123456789abcdef0, 0x80000001, 0x0, 0x7f00010000ff7f80]),
            ("bext a2,a0,a1", 0x48b55633, [0x0, 0x1, 0x1, 0x0, 0x0, 0x0]),
            ("bexti a2,a0,0x4", 0x48455613, [0x0, 0x0, 0x1, 0x0, 0x0, 0x0]),
            ("binv a2,a0,a1", 0x68b51633, [0x800000f000123490, 0xf000123480, 0x123456689abcdef0, 0x2000080000001, 0x8000000000000000, 0xff00010100ff7f80]),
            ("binvi a2,a0,0x0", 0x68051613, [0x800000f000123481, 0x800000f000123481, 0x123456789abcdef1, 0x80000000, 0x1, 0xff00010000ff7f81]),
            ("bset a2,a0,a1", 0x28b51633, [0x800000f000123490, 0x800000f000123480, 0x123456789abcdef0, 0x2000080000001, 0x8000000000000000, 0xff00010100ff7f80]),
            ("bseti a2,a0,0x28", 0x2a851613, [0x800001f000123480, 0x800001f000123480, 0x123457789abcdef0, 0x10080000001, 0x10000000000, 0xff00010000ff7f80]),
            ("rori a2,a0,0x0", 0x60055613, [0x800000f000123480, 0x800000f000123480, 0x123456789abcdef0, 0x80000001, 0x0, 0xff00010000ff7f80]),
        ]
        for (name, word, expected) in cases {
            for ((a, b), e) in zip(inputs, expected) {
                let r = try runRV(w(word)) { r in r.setX(10, a); r.setX(11, b) }
                XCTAssertEqual(r.x(12), e, "\(name) with a0 = 0x\(String(a, radix: 16)), a1 = 0x\(String(b, radix: 16))")
            }
        }
    }

    func testUnimplementedBitmanipEncodingsAreUndefined() throws {
        for word: UInt32 in [0x0ab5_1633,   // clmul a2,a0,a1 (Zbc)
                             0x08b5_4633,   // pack a2,a0,a1 (Zbkb)
                             0x6875_5613,   // brev8 a2,a0 (Zbkb)
                             0x6035_1613] { // unallocated count encoding (rs2 = 3)
            let r = try makeRun(w(word))
            XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: UInt64(word)), "0x\(String(word, radix: 16))")
        }
    }
}

/// Zicond (binutils 2.40 does not know it: encodings from `.insn r 0x33, funct3, 7, ...`).
final class ZicondTests: XCTestCase {
    func testConditionalZero() throws {
        let code =
            w(0x0eb5_5633) + // czero.eqz a2,a0,a1
            w(0x0eb5_76b3)   // czero.nez a3,a0,a1
        var r = try runRV(code) { r in r.setX(10, 0x1234); r.setX(11, 0) }
        XCTAssertEqual(r.x(12), 0)
        XCTAssertEqual(r.x(13), 0x1234)
        r = try runRV(code) { r in r.setX(10, 0x1234); r.setX(11, 1 << 63) }
        XCTAssertEqual(r.x(12), 0x1234)
        XCTAssertEqual(r.x(13), 0)
    }
}
