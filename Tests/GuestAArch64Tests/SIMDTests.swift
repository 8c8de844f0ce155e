import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Advanced SIMD (C4.1 "Advanced SIMD" classes): the operations glibc's string routines
/// and GCC's auto-vectorised loops use. Expected values were produced by running the
/// same instruction under qemu-aarch64 (a static test program executing the word);
/// comments note the Arm ARM rule a case pins down.
final class SIMDTests: XCTestCase {
    func testCmeqBytes() throws {
        // strchr: lanes equal to the byte become 0xff
        let r = try runFP([0x6e228c20], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x6363636363636363, 0x6363636363636363) }) // cmeq v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0xff0000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testCmeqZero8B() throws {
        // 64-bit form zeroes the upper half
        let r = try runFP([0x0e209820], setup: { r in r.setV(1, 0x41004200430044, 0x1111) }) // cmeq v0.8b, v1.8b, #0
        XCTAssertEqual(r.vLo(0), 0xff00ff00ff00ff00); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testCmhsBytes() throws {
        let r = try runFP([0x6e223c20], setup: { r in r.setV(1, 0x80ff007f01020304); r.setV(2, 0x7f00ff7f02020202, 0x1) }) // cmhs v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0xffff00ff00ffffff); XCTAssertEqual(r.vHi(0), 0xffffffffffffff00)
    }

    func testUmaxpBytes() throws {
        let r = try runFP([0x6e22a420], setup: { r in r.setV(1, 0x102030405060708, 0xf0e0d0c0b0a09080); r.setV(2, 0xff00ff00000000, 0x1) }) // umaxp v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0xf0d0b09002040608); XCTAssertEqual(r.vHi(0), 0x1ffff0000)
    }

    func testAddpD() throws {
        let r = try runFP([0x4ee2bc20], setup: { r in r.setV(1, 0x5, 0xffffffffffffffff); r.setV(2, 0x7, 0x8) }) // addp v0.2d, v1.2d, v2.2d
        XCTAssertEqual(r.vLo(0), 0x4); XCTAssertEqual(r.vHi(0), 0xf)
    }

    func testShrnHalves() throws {
        // strlen: 4-bit-per-byte syndrome mask
        let r = try runFP([0x0f0c8420], setup: { r in r.setV(0, 0x1111, 0x2222); r.setV(1, 0xff00f00f0ff01234, 0xabcd00ff8001fff0) }) // shrn v0.8b, v1.8h, #4
        XCTAssertEqual(r.vLo(0), 0xbc0f00fff000ff23); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testShrn2KeepsLow() throws {
        let r = try runFP([0x4f088420], setup: { r in r.setV(0, 0x1111, 0x2222); r.setV(1, 0xff00f00f0ff01234, 0xabcd00ff8001fff0) }) // shrn2 v0.16b, v1.8h, #8
        XCTAssertEqual(r.vLo(0), 0x1111); XCTAssertEqual(r.vHi(0), 0xab0080fffff00f12)
    }

    func testBicVector() throws {
        let r = try runFP([0x4e621c20], setup: { r in r.setV(1, 0xffff0000ffff0000, 0x1234); r.setV(2, 0xff00ff00ff00ff00, 0x1200) }) // bic v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0xff000000ff0000); XCTAssertEqual(r.vHi(0), 0x34)
    }

    func testOrrVector8B() throws {
        let r = try runFP([0x0ea21c20], setup: { r in r.setV(1, 0xf0, 0x1234); r.setV(2, 0xf00, 0x1200) }) // orr v0.8b, v1.8b, v2.8b
        XCTAssertEqual(r.vLo(0), 0xff0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testEorVector() throws {
        let r = try runFP([0x6e221c20], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x706f6e6d6c6b6a69, 0x6867666564636261) }) // eor v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0x1808080808080808); XCTAssertEqual(r.vHi(0), 0x1808080808080808)
    }

    func testAndVector() throws {
        let r = try runFP([0x4e221c20], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0xf0f0f0f0f0f0f0f, 0xf0f0f0f0f0f0f0f0) }) // and v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0x807060504030201); XCTAssertEqual(r.vHi(0), 0x7060606060606060)
    }

    func testBslSelects() throws {
        let r = try runFP([0x6e621c20], setup: { r in r.setV(0, 0xff00ff00ff00ff00, 0xffffffff00000000); r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x706f6e6d6c6b6a69, 0x6867666564636261) }) // bsl v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0x686f666d646b6269); XCTAssertEqual(r.vHi(0), 0x706f6e6d64636261)
    }

    func testBitInserts() throws {
        let r = try runFP([0x6ea21c20], setup: { r in r.setV(0, 0x0, 0xffffffffffffffff); r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0xffffffff, 0xff) }) // bit v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0x64636261); XCTAssertEqual(r.vHi(0), 0xffffffffffffff69)
    }

    func testBifInserts() throws {
        let r = try runFP([0x2ee21c20], setup: { r in r.setV(0, 0x0, 0xffffffffffffffff); r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0xffffffff, 0xff) }) // bif v0.8b, v1.8b, v2.8b
        XCTAssertEqual(r.vLo(0), 0x6867666500000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUminvBytes() throws {
        let r = try runFP([0x6e31a820], setup: { r in r.setV(1, 0x102030405060708, 0xf0e0d0c0b0a09080) }) // uminv b0, v1.16b
        XCTAssertEqual(r.vLo(0), 0x1); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUmaxvHalves() throws {
        let r = try runFP([0x6e70a820], setup: { r in r.setV(1, 0x102030405060708, 0xf0e0d0c0b0a09080) }) // umaxv h0, v1.8h
        XCTAssertEqual(r.vLo(0), 0xf0e0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSminvWords() throws {
        let r = try runFP([0x4eb1a820], setup: { r in r.setV(1, 0x7fffffff80000001, 0xffffffff00000005) }) // sminv s0, v1.4s
        XCTAssertEqual(r.vLo(0), 0x80000001); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testAddvBytes() throws {
        // wraps modulo 256
        let r = try runFP([0x4e31b820], setup: { r in r.setV(1, 0xffffffffffffffff, 0x101010101010101) }) // addv b0, v1.16b
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUaddlvBytes() throws {
        let r = try runFP([0x6e303820], setup: { r in r.setV(1, 0xffffffffffffffff, 0x101010101010101) }) // uaddlv h0, v1.16b
        XCTAssertEqual(r.vLo(0), 0x800); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSaddlvWords() throws {
        let r = try runFP([0x4eb03820], setup: { r in r.setV(1, 0x8000000080000000, 0x7fffffff00000001) }) // saddlv d0, v1.4s
        XCTAssertEqual(r.vLo(0), 0xffffffff80000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testMoviBytes() throws {
        let r = try runFP([0x4f01e5c0], setup: { r in r.setV(0, 0x1, 0x2) }) // movi v0.16b, #0x2e
        XCTAssertEqual(r.vLo(0), 0x2e2e2e2e2e2e2e2e); XCTAssertEqual(r.vHi(0), 0x2e2e2e2e2e2e2e2e)
    }

    func testMoviShifted() throws {
        let r = try runFP([0x4f054560], setup: { r in _ = r }) // movi v0.4s, #0xab, lsl #16
        XCTAssertEqual(r.vLo(0), 0xab000000ab0000); XCTAssertEqual(r.vHi(0), 0xab000000ab0000)
    }

    func testMoviD() throws {
        let r = try runFP([0x2f05e4c0], setup: { r in r.setV(0, 0x1, 0x2) }) // movi d0, #0xff00ff0000ffff00
        XCTAssertEqual(r.vLo(0), 0xff00ff0000ffff00); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testMvniMsl() throws {
        let r = try runFP([0x2f00c640], setup: { r in r.setV(0, 0x1, 0x2) }) // mvni v0.2s, #0x12, msl #8
        XCTAssertEqual(r.vLo(0), 0xffffed00ffffed00); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testOrrImmediate() throws {
        let r = try runFP([0x4f04b400], setup: { r in r.setV(0, 0x1234, 0x5678) }) // orr v0.8h, #0x80, lsl #8
        XCTAssertEqual(r.vLo(0), 0x8000800080009234); XCTAssertEqual(r.vHi(0), 0x800080008000d678)
    }

    func testFmovVectorImm() throws {
        let r = try runFP([0x6f04f500], setup: { r in _ = r }) // fmov v0.2d, #-3.000000000000000000e+00
        XCTAssertEqual(r.vLo(0), 0xc008000000000000); XCTAssertEqual(r.vHi(0), 0xc008000000000000)
    }

    func testDupGeneralBytes() throws {
        let r = try runFP([0x4e010c20], setup: { r in r.setX(1, 0x1234567a) }) // dup v0.16b, w1
        XCTAssertEqual(r.vLo(0), 0x7a7a7a7a7a7a7a7a); XCTAssertEqual(r.vHi(0), 0x7a7a7a7a7a7a7a7a)
    }

    func testDupGeneralD() throws {
        let r = try runFP([0x4e080c20], setup: { r in r.setX(1, 0x1122334455667788) }) // dup v0.2d, x1
        XCTAssertEqual(r.vLo(0), 0x1122334455667788); XCTAssertEqual(r.vHi(0), 0x1122334455667788)
    }

    func testDupElementHalf() throws {
        let r = try runFP([0x0e1a0420], setup: { r in r.setV(0, 0x5, 0x5); r.setV(1, 0x0, 0x1111abcd22223333) }) // dup v0.4h, v1.h[6]
        XCTAssertEqual(r.vLo(0), 0xabcdabcdabcdabcd); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testInsGeneralKeepsRest() throws {
        let r = try runFP([0x4e141c20], setup: { r in r.setV(0, 0x1111111111111111, 0x2222222222222222); r.setX(1, 0xffffffff89abcdef) }) // mov v0.s[2], w1
        XCTAssertEqual(r.vLo(0), 0x1111111111111111); XCTAssertEqual(r.vHi(0), 0x2222222289abcdef)
    }

    func testInsElement() throws {
        let r = try runFP([0x6e1f0420], setup: { r in r.setV(0, 0x1111111111111111, 0x2222222222222222); r.setV(1, 0xab) }) // mov v0.b[15], v1.b[0]
        XCTAssertEqual(r.vLo(0), 0x1111111111111111); XCTAssertEqual(r.vHi(0), 0xab22222222222222)
    }

    func testUmovWord() throws {
        let r = try runFP([0x0e1c3c20], setup: { r in r.setV(1, 0x0, 0x89abcdef00000000); r.setX(0, 0xffffffffffffffff) }) // mov w0, v1.s[3]
        XCTAssertEqual(r.x(0), 0x89abcdef)
    }

    func testUmovX() throws {
        let r = try runFP([0x4e183c20], setup: { r in r.setV(1, 0x0, 0x89abcdef01234567) }) // mov x0, v1.d[1]
        XCTAssertEqual(r.x(0), 0x89abcdef01234567)
    }

    func testSmovByteToX() throws {
        let r = try runFP([0x4e052c20], setup: { r in r.setV(1, 0x800000) }) // smov x0, v1.b[2]
        XCTAssertEqual(r.x(0), 0xffffffffffffff80)
    }

    func testSmovHalfToW() throws {
        // W result is zero-extended into X
        let r = try runFP([0x0e062c20], setup: { r in r.setV(1, 0x80010000) }) // smov w0, v1.h[1]
        XCTAssertEqual(r.x(0), 0xffff8001)
    }

    func testExtBytes() throws {
        let r = try runFP([0x6e022820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // ext v0.16b, v1.16b, v2.16b, #5
        XCTAssertEqual(r.vLo(0), 0x6d6c6b6a69686766); XCTAssertEqual(r.vHi(0), 0x4455667788706f6e)
    }

    func testExt8B() throws {
        let r = try runFP([0x2e021820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // ext v0.8b, v1.8b, v2.8b, #3
        XCTAssertEqual(r.vLo(0), 0x6677886867666564); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testTblOneRegister() throws {
        // indices >= 16 give 0
        let r = try runFP([0x4e020020], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0xf0e0d0c10ff0100, 0x706050403020140) }) // tbl v0.16b, {v1.16b}, v2.16b
        XCTAssertEqual(r.vLo(0), 0x706f6e6d00006261); XCTAssertEqual(r.vHi(0), 0x6867666564636200)
    }

    func testTblTwoRegisters() throws {
        let r = try runFP([0x0e032020], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00); r.setV(3, 0x1f10200f01000000) }) // tbl v0.8b, {v1.16b, v2.16b}, v3.8b
        XCTAssertEqual(r.vLo(0), 0x9988007062616161); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testTbxKeepsOutOfRange() throws {
        let r = try runFP([0x4e021020], setup: { r in r.setV(0, 0x5555555555555555, 0x6666666666666666); r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0xf0e0d0c10ff0100, 0x706050403020140) }) // tbx v0.16b, {v1.16b}, v2.16b
        XCTAssertEqual(r.vLo(0), 0x706f6e6d55556261); XCTAssertEqual(r.vHi(0), 0x6867666564636266)
    }

    func testCntBytes() throws {
        let r = try runFP([0x4e205820], setup: { r in r.setV(1, 0xff7f0f0301000080, 0x55aa) }) // cnt v0.16b, v1.16b
        XCTAssertEqual(r.vLo(0), 0x807040201000001); XCTAssertEqual(r.vHi(0), 0x404)
    }

    func testRev64Bytes() throws {
        let r = try runFP([0x4e200820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69) }) // rev64 v0.16b, v1.16b
        XCTAssertEqual(r.vLo(0), 0x6162636465666768); XCTAssertEqual(r.vHi(0), 0x696a6b6c6d6e6f70)
    }

    func testRev32Halves() throws {
        let r = try runFP([0x6e600820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69) }) // rev32 v0.8h, v1.8h
        XCTAssertEqual(r.vLo(0), 0x6665686762616463); XCTAssertEqual(r.vHi(0), 0x6e6d706f6a696c6b)
    }

    func testCmtstBytes() throws {
        let r = try runFP([0x0e228c20], setup: { r in r.setV(1, 0x102040810204080); r.setV(2, 0x300000000000080) }) // cmtst v0.8b, v1.8b, v2.8b
        XCTAssertEqual(r.vLo(0), 0xff000000000000ff); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUshrD() throws {
        // a shift by the element size gives 0
        let r = try runFP([0x6f400420], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69) }) // ushr v0.2d, v1.2d, #64
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSshrWords() throws {
        let r = try runFP([0x4f210420], setup: { r in r.setV(1, 0x800000007fffffff, 0xffffffff00000001) }) // sshr v0.4s, v1.4s, #31
        XCTAssertEqual(r.vLo(0), 0xffffffff00000000); XCTAssertEqual(r.vHi(0), 0xffffffff00000000)
    }

    func testShlHalves() throws {
        let r = try runFP([0x4f1f5420], setup: { r in r.setV(1, 0x1000300020000, 0xffff) }) // shl v0.8h, v1.8h, #15
        XCTAssertEqual(r.vLo(0), 0x8000800000000000); XCTAssertEqual(r.vHi(0), 0x8000)
    }

    func testUshllBytes() throws {
        // UXTL
        let r = try runFP([0x2f08a420], setup: { r in r.setV(1, 0x80ff7f0001020304, 0x1234) }) // uxtl v0.8h, v1.8b
        XCTAssertEqual(r.vLo(0), 0x1000200030004); XCTAssertEqual(r.vHi(0), 0x8000ff007f0000)
    }

    func testSshll2Halves() throws {
        let r = try runFP([0x4f14a420], setup: { r in r.setV(1, 0x0, 0x8000ffff00017fff) }) // sshll2 v0.4s, v1.8h, #4
        XCTAssertEqual(r.vLo(0), 0x100007fff0); XCTAssertEqual(r.vHi(0), 0xfff80000fffffff0)
    }

    func testXtnHalves() throws {
        let r = try runFP([0x0e212820], setup: { r in r.setV(0, 0x1, 0x2); r.setV(1, 0x1234567890abcdef, 0x1122334455667788) }) // xtn v0.8b, v1.8h
        XCTAssertEqual(r.vLo(0), 0x224466883478abef); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testZip1Bytes() throws {
        let r = try runFP([0x4e023820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // zip1 v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0x5564666377628861); XCTAssertEqual(r.vHi(0), 0x1168226733664465)
    }

    func testZip2Words() throws {
        let r = try runFP([0x4e827820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // zip2 v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0xddeeff006c6b6a69); XCTAssertEqual(r.vHi(0), 0x99aabbcc706f6e6d)
    }

    func testUzp1Halves() throws {
        let r = try runFP([0x4e421820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // uzp1 v0.8h, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x6e6d6a6966656261); XCTAssertEqual(r.vHi(0), 0xbbccff0033447788)
    }

    func testUzp2Bytes8B() throws {
        let r = try runFP([0x0e025820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // uzp2 v0.8b, v1.8b, v2.8b
        XCTAssertEqual(r.vLo(0), 0x1133557768666462); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testTrn1Bytes() throws {
        let r = try runFP([0x4e022820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // trn1 v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0x2267446566638861); XCTAssertEqual(r.vHi(0), 0xaa6fcc6dee6b0069)
    }

    func testTrn2D() throws {
        let r = try runFP([0x4ec26820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69); r.setV(2, 0x1122334455667788, 0x99aabbccddeeff00) }) // trn2 v0.2d, v1.2d, v2.2d
        XCTAssertEqual(r.vLo(0), 0x706f6e6d6c6b6a69); XCTAssertEqual(r.vHi(0), 0x99aabbccddeeff00)
    }

    func testNotBytes() throws {
        let r = try runFP([0x2e205820], setup: { r in r.setV(1, 0x6867666564636261, 0x706f6e6d6c6b6a69) }) // mvn v0.8b, v1.8b
        XCTAssertEqual(r.vLo(0), 0x9798999a9b9c9d9e); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testAddWords() throws {
        let r = try runFP([0x4ea28420], setup: { r in r.setV(1, 0xffffffff00000001, 0x7fffffff80000000); r.setV(2, 0x100000002, 0x180000000) }) // add v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x3); XCTAssertEqual(r.vHi(0), 0x8000000000000000)
    }

    func testSubHalves4H() throws {
        let r = try runFP([0x2e628420], setup: { r in r.setV(1, 0x1000200030004, 0x9); r.setV(2, 0x2000200020002, 0x9) }) // sub v0.4h, v1.4h, v2.4h
        XCTAssertEqual(r.vLo(0), 0xffff000000010002); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testMulWords() throws {
        let r = try runFP([0x4ea29c20], setup: { r in r.setV(1, 0x1000000000003, 0xffffffff00000007); r.setV(2, 0x1000000000005, 0xffffffff00000009) }) // mul v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0xf); XCTAssertEqual(r.vHi(0), 0x10000003f)
    }

    func testMlaHalves() throws {
        let r = try runFP([0x4e629420], setup: { r in r.setV(0, 0x1000100010001, 0x1000100010001); r.setV(1, 0x2000300040005, 0xffff000100020003); r.setV(2, 0x2000300040005, 0xffff000100020003) }) // mla v0.8h, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x5000a0011001a); XCTAssertEqual(r.vHi(0), 0x200020005000a)
    }

    func testMlsByElement() throws {
        let r = try runFP([0x6fa24820], setup: { r in r.setV(0, 0xa0000000a, 0xa0000000a); r.setV(1, 0x100000002, 0x3ffffffff); r.setV(2, 0x0, 0x200000000) }) // mls v0.4s, v1.4s, v2.s[3]
        XCTAssertEqual(r.vLo(0), 0x800000006); XCTAssertEqual(r.vHi(0), 0x40000000c)
    }

    func testNegD() throws {
        let r = try runFP([0x6ee0b820], setup: { r in r.setV(1, 0x1, 0x8000000000000000) }) // neg v0.2d, v1.2d
        XCTAssertEqual(r.vLo(0), 0xffffffffffffffff); XCTAssertEqual(r.vHi(0), 0x8000000000000000)
    }

    func testAbsBytes() throws {
        // abs(-128) wraps to -128
        let r = try runFP([0x4e20b820], setup: { r in r.setV(1, 0x80ff7f0001fe8081) }) // abs v0.16b, v1.16b
        XCTAssertEqual(r.vLo(0), 0x80017f000102807f); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSmaxWords() throws {
        let r = try runFP([0x4ea26420], setup: { r in r.setV(1, 0xffffffff00000001, 0x80000000); r.setV(2, 0x2, 0x7fffffff) }) // smax v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x2); XCTAssertEqual(r.vHi(0), 0x7fffffff)
    }

    func testUminHalves() throws {
        let r = try runFP([0x6e626c20], setup: { r in r.setV(1, 0xffff000100020003, 0x8000); r.setV(2, 0x1ffff00030002, 0x7fff) }) // umin v0.8h, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x1000100020002); XCTAssertEqual(r.vHi(0), 0x7fff)
    }

    func testCmgtZeroD() throws {
        let r = try runFP([0x5ee08820], setup: { r in r.setV(1, 0x5, 0x7) }) // cmgt d0, d1, #0
        XCTAssertEqual(r.vLo(0), 0xffffffffffffffff); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testCmgeSignedBytes() throws {
        let r = try runFP([0x4e223c20], setup: { r in r.setV(1, 0x807f00ff); r.setV(2, 0x7f80ff00) }) // cmge v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0xffffffff00ffff00); XCTAssertEqual(r.vHi(0), 0xffffffffffffffff)
    }

    func testCmhiHalves() throws {
        let r = try runFP([0x2e623420], setup: { r in r.setV(1, 0x8000000100000005); r.setV(2, 0x7fff000200000005) }) // cmhi v0.4h, v1.4h, v2.4h
        XCTAssertEqual(r.vLo(0), 0xffff000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUqaddBytesSaturates() throws {
        // saturation sets FPSR.QC (bit 27)
        let r = try runFP([0x6e220c20], setup: { r in r.setV(1, 0xf0f0f0f0f0f0f0f0); r.setV(2, 0xf10203040506070) }) // uqadd v0.16b, v1.16b, v2.16b
        XCTAssertEqual(r.vLo(0), 0xffffffffffffffff); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }

    func testSqsubHalves() throws {
        let r = try runFP([0x4e622c20], setup: { r in r.setV(1, 0x8000000100007fff); r.setV(2, 0x10002ffffffff) }) // sqsub v0.8h, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x8000ffff00017fff); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }

    func testSqaddNoSaturation() throws {
        let r = try runFP([0x4ea20c20], setup: { r in r.setV(1, 0x1, 0x2); r.setV(2, 0x3, 0x4) }) // sqadd v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x4); XCTAssertEqual(r.vHi(0), 0x6)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testUqsubD() throws {
        let r = try runFP([0x7ee22c20], setup: { r in r.setV(1, 0x5, 0x1); r.setV(2, 0x7, 0x1) }) // uqsub d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }

    func testSaddlBytes() throws {
        let r = try runFP([0x0e220020], setup: { r in r.setV(1, 0x807f0001ff00ff80); r.setV(2, 0x80010001ff0001ff) }) // saddl v0.8h, v1.8b, v2.8b
        XCTAssertEqual(r.vLo(0), 0xfffe00000000ff7f); XCTAssertEqual(r.vHi(0), 0xff00008000000002)
    }

    func testUaddl2Halves() throws {
        let r = try runFP([0x6e620020], setup: { r in r.setV(1, 0x0, 0xffff0001ffff8000); r.setV(2, 0x0, 0xffff0001ffff8000) }) // uaddl2 v0.4s, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x1fffe00010000); XCTAssertEqual(r.vHi(0), 0x1fffe00000002)
    }

    func testSmullWords() throws {
        let r = try runFP([0x0ea2c020], setup: { r in r.setV(1, 0x80000000ffffffff); r.setV(2, 0x80000000ffffffff) }) // smull v0.2d, v1.2s, v2.2s
        XCTAssertEqual(r.vLo(0), 0x1); XCTAssertEqual(r.vHi(0), 0x4000000000000000)
    }

    func testUmull2ByElement() throws {
        let r = try runFP([0x6f52a820], setup: { r in r.setV(1, 0x0, 0xffff000200030004); r.setV(2, 0x0, 0xffff00000000) }) // umull2 v0.4s, v1.8h, v2.h[5]
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUaddwBytes() throws {
        let r = try runFP([0x2e221020], setup: { r in r.setV(1, 0xffff000100020003, 0x1); r.setV(2, 0xff01ff01ff01ff01) }) // uaddw v0.8h, v1.8h, v2.8b
        XCTAssertEqual(r.vLo(0), 0xfe000201010004); XCTAssertEqual(r.vHi(0), 0xff000100ff0002)
    }

    func testAddhn() throws {
        let r = try runFP([0x0e624020], setup: { r in r.setV(1, 0xffff800000018000, 0x7fffffff00000000); r.setV(2, 0x800000000000, 0x1) }) // addhn v0.4h, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x7fff000000000001); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSqxtnWords() throws {
        let r = try runFP([0x0e614820], setup: { r in r.setV(1, 0x1000000007fff, 0xffff7fff80000000) }) // sqxtn v0.4h, v1.4s
        XCTAssertEqual(r.vLo(0), 0x800080007fff7fff); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }

    func testUaddlp() throws {
        let r = try runFP([0x2e202820], setup: { r in r.setV(1, 0xffff01020304ff00) }) // uaddlp v0.4h, v1.8b
        XCTAssertEqual(r.vLo(0), 0x1fe0003000700ff); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testClzWords() throws {
        let r = try runFP([0x6ea04820], setup: { r in r.setV(1, 0x180000000, 0xffffffff) }) // clz v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0x1f00000000); XCTAssertEqual(r.vHi(0), 0x2000000000)
    }

    func testUsra() throws {
        let r = try runFP([0x6f7f1420], setup: { r in r.setV(0, 0x1, 0x2); r.setV(1, 0xffffffffffffffff, 0x4) }) // usra v0.2d, v1.2d, #1
        XCTAssertEqual(r.vLo(0), 0x8000000000000000); XCTAssertEqual(r.vHi(0), 0x4)
    }

    func testSriBytes() throws {
        let r = try runFP([0x6f0d4420], setup: { r in r.setV(0, 0xffffffffffffffff); r.setV(1, 0xff80407f010203) }) // sri v0.16b, v1.16b, #3
        XCTAssertEqual(r.vLo(0), 0xe0fff0e8efe0e0e0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSqrshrnRounds() throws {
        let r = try runFP([0x0f0c9c20], setup: { r in r.setV(1, 0x8fff87ff08000, 0x170018) }) // sqrshrn v0.8b, v1.8h, #4
        XCTAssertEqual(r.vLo(0), 0x10201007f80); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }

    func testSshlNegativeShifts() throws {
        let r = try runFP([0x4ea24420], setup: { r in r.setV(1, 0x80000000ffffff00, 0x140000000); r.setV(2, 0xe0000000fc, 0x1f00000001) }) // sshl v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0xfffffffffffffff0); XCTAssertEqual(r.vHi(0), 0x8000000080000000)
    }

    func testUrshlRounds() throws {
        let r = try runFP([0x6e625420], setup: { r in r.setV(1, 0xffff00070008000f); r.setV(2, 0xff00fe00fd00f0) }) // urshl v0.8h, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x8000000200010000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFaddVector() throws {
        // inf + -inf is the default NaN, NaN operands propagate
        let r = try runFP([0x4e22d420], setup: { r in r.setV(1, 0x3f80000040000000, 0x7f800000ff800000); r.setV(2, 0x4000000040400000, 0xff8000007fc00001) }) // fadd v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x4040000040a00000); XCTAssertEqual(r.vHi(0), 0x7fc000007fc00001)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFmulVectorD() throws {
        let r = try runFP([0x6e62dc20], setup: { r in r.setV(1, 0x3ff8000000000000, 0x7ff0000000000000); r.setV(2, 0x4000000000000000) }) // fmul v0.2d, v1.2d, v2.2d
        XCTAssertEqual(r.vLo(0), 0x4008000000000000); XCTAssertEqual(r.vHi(0), 0x7ff8000000000000)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFmlaVectorFused() throws {
        let r = try runFP([0x4e62cc20], setup: { r in r.setV(0, 0xbff0000000000000); r.setV(1, 0x3fb999999999999a); r.setV(2, 0x4024000000000000) }) // fmla v0.2d, v1.2d, v2.2d
        XCTAssertEqual(r.vLo(0), 0x3c90000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmlsByElement() throws {
        let r = try runFP([0x4fa25020], setup: { r in r.setV(0, 0x3f8000003f800000, 0x3f8000003f800000); r.setV(1, 0x4000000040400000, 0x40800000c0000000); r.setV(2, 0x4000000000000000) }) // fmls v0.4s, v1.4s, v2.s[1]
        XCTAssertEqual(r.vLo(0), 0xc0400000c0a00000); XCTAssertEqual(r.vHi(0), 0xc0e0000040a00000)
    }

    func testFdivVector() throws {
        let r = try runFP([0x6e22fc20], setup: { r in r.setV(1, 0x3f80000000000000, 0x3f8000003f800000); r.setV(2, 0x0, 0x4040000080000000) }) // fdiv v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x7f8000007fc00000); XCTAssertEqual(r.vHi(0), 0x3eaaaaabff800000)
        XCTAssertEqual(r.fpsrValue, 0x13)
    }

    func testFmaxVector() throws {
        let r = try runFP([0x4e22f420], setup: { r in r.setV(1, 0x800000003f800000, 0x7fc00000); r.setV(2, 0x40000000, 0x3f800000) }) // fmax v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x40000000); XCTAssertEqual(r.vHi(0), 0x7fc00000)
    }

    func testFminnmVectorD() throws {
        let r = try runFP([0x4ee2c420], setup: { r in r.setV(1, 0x7ff8000000000000, 0x3ff0000000000000); r.setV(2, 0xbff0000000000000, 0x7ff8000000000000) }) // fminnm v0.2d, v1.2d, v2.2d
        XCTAssertEqual(r.vLo(0), 0xbff0000000000000); XCTAssertEqual(r.vHi(0), 0x3ff0000000000000)
    }

    func testFaddpVector() throws {
        let r = try runFP([0x6e22d420], setup: { r in r.setV(1, 0x4000000040400000, 0x3f8000003f800000); r.setV(2, 0x4100000040800000) }) // faddp v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x4000000040a00000); XCTAssertEqual(r.vHi(0), 0x41400000)
    }

    func testFaddpScalar() throws {
        let r = try runFP([0x7e70d820], setup: { r in r.setV(1, 0x3ff0000000000000, 0x4000000000000000) }) // faddp d0, v1.2d
        XCTAssertEqual(r.vLo(0), 0x4008000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmaxvWords() throws {
        let r = try runFP([0x6e30f820], setup: { r in r.setV(1, 0x3f800000c0000000, 0x4040000040000000) }) // fmaxv s0, v1.4s
        XCTAssertEqual(r.vLo(0), 0x40400000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcmgtVector() throws {
        // GT signals on a quiet NaN
        let r = try runFP([0x6ea2e420], setup: { r in r.setV(1, 0x3f80000040000000, 0x7fc00000); r.setV(2, 0x4000000040000000) }) // fcmgt v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcmeqZeroD() throws {
        let r = try runFP([0x4ee0d820], setup: { r in r.setV(1, 0x8000000000000000, 0x7ff8000000000000) }) // fcmeq v0.2d, v1.2d, #0.0
        XCTAssertEqual(r.vLo(0), 0xffffffffffffffff); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFcmltZero() throws {
        let r = try runFP([0x4ea0e820], setup: { r in r.setV(1, 0x80000000bf800000, 0x3f8000007f800000) }) // fcmlt v0.4s, v1.4s, #0.0
        XCTAssertEqual(r.vLo(0), 0xffffffff); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFabsNegVector() throws {
        let r = try runFP([0x6ee0f820], setup: { r in r.setV(1, 0x3ff0000000000000, 0x7ff8000000000000) }) // fneg v0.2d, v1.2d
        XCTAssertEqual(r.vLo(0), 0xbff0000000000000); XCTAssertEqual(r.vHi(0), 0xfff8000000000000)
    }

    func testFsqrtVector() throws {
        let r = try runFP([0x6ea1f820], setup: { r in r.setV(1, 0x4080000040100000, 0xbf80000000000000) }) // fsqrt v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0x400000003fc00000); XCTAssertEqual(r.vHi(0), 0x7fc0000000000000)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testScvtfVector() throws {
        let r = try runFP([0x4e21d820], setup: { r in r.setV(1, 0xffffffff00000003, 0x7fffffff80000000) }) // scvtf v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0xbf80000040400000); XCTAssertEqual(r.vHi(0), 0x4f000000cf000000)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testUcvtfVectorD() throws {
        let r = try runFP([0x6e61d820], setup: { r in r.setV(1, 0xffffffffffffffff, 0x3) }) // ucvtf v0.2d, v1.2d
        XCTAssertEqual(r.vLo(0), 0x43f0000000000000); XCTAssertEqual(r.vHi(0), 0x4008000000000000)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFcvtzsVector() throws {
        // truncation, NaN -> 0 and saturation with IOC
        let r = try runFP([0x4ea1b820], setup: { r in r.setV(1, 0xc0700000407fffff, 0x7fc000004f000000) }) // fcvtzs v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0xfffffffd00000003); XCTAssertEqual(r.vHi(0), 0x7fffffff)
        XCTAssertEqual(r.fpsrValue, 0x11)
    }

    func testFcvtzuVectorD() throws {
        let r = try runFP([0x6ee1b820], setup: { r in r.setV(1, 0xbff8000000000000, 0x43f0000000000000) }) // fcvtzu v0.2d, v1.2d
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0xffffffffffffffff)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtnsVector() throws {
        let r = try runFP([0x4e21a820], setup: { r in r.setV(1, 0x3fc0000040200000, 0xbfc00000c0200000) }) // fcvtns v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0x200000002); XCTAssertEqual(r.vHi(0), 0xfffffffefffffffe)
    }

    func testFcvtzsFixedVector() throws {
        let r = try runFP([0x4f78fc20], setup: { r in r.setV(1, 0x3ff8000000000000, 0xc000000000000000) }) // fcvtzs v0.2d, v1.2d, #8
        XCTAssertEqual(r.vLo(0), 0x180); XCTAssertEqual(r.vHi(0), 0xfffffffffffffe00)
    }

    func testFcvtzsFixedSaturatesWithoutOverflowFlag() throws {
        // -max double: saturates with IOC only (FPToFixed scales exactly); found by the
        // differential tests, where the scaling multiply leaked the host's OFC/IXC.
        let r = try runFP([0x4f77fc20], setup: { r in r.setV(1, 0, 0xffefffffffffffff) }) // fcvtzs v0.2d, v1.2d, #9
        XCTAssertEqual(r.vLo(0), 0); XCTAssertEqual(r.vHi(0), 0x8000000000000000)
        XCTAssertEqual(r.fpsrValue, 0x1)
        let s = try runFP([0x9e58dc20], setup: { r in r.setV(1, 0xffefffffffffffff) }) // fcvtzs x0, d1, #9
        XCTAssertEqual(s.x(0), 0x8000000000000000)
        XCTAssertEqual(s.fpsrValue, 0x1)
    }

    func testFcvtn2FlushKeepsOtherLanesFlags() throws {
        // FZ: lane 0 overflows (OFC, IXC), lane 1 is tiny and flushes (UFC only); the
        // flush must not drop lane 0's flags. Found by the differential tests.
        let r = try runFP([0x4e616820], setup: { r in // fcvtn2 v0.4s, v1.2d
            r.setV(0, 0x1122334455667788)
            r.setV(1, 0x7f800000ca23984d, 0x0080002d00038f9d)
            r.cpu.fpcr = 0x0100_0000
        })
        XCTAssertEqual(r.vLo(0), 0x1122334455667788); XCTAssertEqual(r.vHi(0), 0x7f800000)
        XCTAssertEqual(r.fpsrValue, 0x1c)
    }

    func testFcvtlHalves() throws {
        let r = try runFP([0x0e217820], setup: { r in r.setV(1, 0x7c00fc003c00c001) }) // fcvtl v0.4s, v1.4h
        XCTAssertEqual(r.vLo(0), 0x3f800000c0002000); XCTAssertEqual(r.vHi(0), 0x7f800000ff800000)
    }

    func testFcvtl2Singles() throws {
        let r = try runFP([0x4e617820], setup: { r in r.setV(1, 0x0, 0x7f800001bf800000) }) // fcvtl2 v0.2d, v1.4s
        XCTAssertEqual(r.vLo(0), 0xbff0000000000000); XCTAssertEqual(r.vHi(0), 0x7ff8000020000000)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtnDoubles() throws {
        let r = try runFP([0x0e616820], setup: { r in r.setV(0, 0x1, 0x2); r.setV(1, 0x3fd5555555555555, 0x47f0000000000000) }) // fcvtn v0.2s, v1.2d
        XCTAssertEqual(r.vLo(0), 0x7f8000003eaaaaab); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x14)
    }

    func testFcvtn2ToHalf() throws {
        let r = try runFP([0x4e216820], setup: { r in r.setV(0, 0x1111, 0x2222); r.setV(1, 0x3f8000003f801000, 0x477ff00033800000) }) // fcvtn2 v0.8h, v1.4s
        XCTAssertEqual(r.vLo(0), 0x1111); XCTAssertEqual(r.vHi(0), 0x7c0000013c003c00)
        XCTAssertEqual(r.fpsrValue, 0x14)
    }

    func testFcvtxnRoundsToOdd() throws {
        let r = try runFP([0x2e616820], setup: { r in r.setV(1, 0x3ff0000010000000, 0x3ff0000000000000) }) // fcvtxn v0.2s, v1.2d
        XCTAssertEqual(r.vLo(0), 0x3f8000003f800001); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFrintmVector() throws {
        let r = try runFP([0x4e219820], setup: { r in r.setV(1, 0xbf0000003fc00000, 0x7fc0000000000000) }) // frintm v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0xbf8000003f800000); XCTAssertEqual(r.vHi(0), 0x7fc0000000000000)
    }

    func testAddD() throws {
        let r = try runFP([0x5ee28420], setup: { r in r.setV(1, 0xffffffffffffffff, 0x5); r.setV(2, 0x2, 0x7) }) // add d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x1); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testCmeqZeroScalar() throws {
        let r = try runFP([0x5ee09820], setup: { r in r.setV(1, 0x0, 0x5) }) // cmeq d0, d1, #0
        XCTAssertEqual(r.vLo(0), 0xffffffffffffffff); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testSqaddByteScalar() throws {
        let r = try runFP([0x5e220c20], setup: { r in r.setV(1, 0x7f); r.setV(2, 0x1) }) // sqadd b0, b1, b2
        XCTAssertEqual(r.vLo(0), 0x7f); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }

    func testDupScalar() throws {
        let r = try runFP([0x5e1c0420], setup: { r in r.setV(1, 0x1, 0xabcdef0012345678) }) // mov s0, v1.s[3]
        XCTAssertEqual(r.vLo(0), 0xabcdef00); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUshrScalarD() throws {
        let r = try runFP([0x7f7f0420], setup: { r in r.setV(1, 0x8000000000000001, 0x9) }) // ushr d0, d1, #1
        XCTAssertEqual(r.vLo(0), 0x4000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmulScalarByElement() throws {
        let r = try runFP([0x5f829820], setup: { r in r.setV(1, 0x40000000, 0x7); r.setV(2, 0x0, 0x40400000) }) // fmul s0, s1, v2.s[2]
        XCTAssertEqual(r.vLo(0), 0x40c00000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFabdScalar() throws {
        let r = try runFP([0x7ee2d420], setup: { r in r.setV(1, 0x3ff0000000000000); r.setV(2, 0x4008000000000000) }) // fabd d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x4000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcvtzsScalarSIMD() throws {
        let r = try runFP([0x5ea1b820], setup: { r in r.setV(1, 0xc0700000) }) // fcvtzs s0, s1
        XCTAssertEqual(r.vLo(0), 0xfffffffd); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testScvtfScalarSIMD() throws {
        let r = try runFP([0x5e61d820], setup: { r in r.setV(1, 0xfffffffffffffffe) }) // scvtf d0, d1
        XCTAssertEqual(r.vLo(0), 0xc000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrecpeSingle() throws {
        // estimate of 1/3; 1/+0 = inf with DZC; a tiny denormal overflows
        let r = try runFP([0x4ea1d820], setup: { r in r.setV(1, 0x4040000000000000, 0x1bf800000) }) // frecpe v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0x3eaa80007f800000); XCTAssertEqual(r.vHi(0), 0x7f800000bf7f8000)
        XCTAssertEqual(r.fpsrValue, 0x16)
    }

    func testFrsqrteDouble() throws {
        // 1/sqrt(4) estimate; negative gives the default NaN, IOC
        let r = try runFP([0x6ee1d820], setup: { r in r.setV(1, 0x4010000000000000, 0xbff0000000000000) }) // frsqrte v0.2d, v1.2d
        XCTAssertEqual(r.vLo(0), 0x3fdff00000000000); XCTAssertEqual(r.vHi(0), 0x7ff8000000000000)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFrecpsStep() throws {
        let r = try runFP([0x4e22fc20], setup: { r in r.setV(1, 0x3f8000007f800000, 0x40000000); r.setV(2, 0x3f00000000000000, 0x3f000000) }) // frecps v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x3fc0000040000000); XCTAssertEqual(r.vHi(0), 0x400000003f800000)
    }

    func testFrsqrtsStep() throws {
        let r = try runFP([0x5ee2fc20], setup: { r in r.setV(1, 0x4000000000000000); r.setV(2, 0x3ff0000000000000) }) // frsqrts d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x3fe0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrecpxDouble() throws {
        let r = try runFP([0x5ee1f820], setup: { r in r.setV(1, 0x4010000000000000) }) // frecpx d0, d1
        XCTAssertEqual(r.vLo(0), 0x3fe0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUrecpeWords() throws {
        let r = try runFP([0x4ea1c820], setup: { r in r.setV(1, 0x80000000ffffffff, 0x7fffffffc0000000) }) // urecpe v0.4s, v1.4s
        XCTAssertEqual(r.vLo(0), 0xff80000080000000); XCTAssertEqual(r.vHi(0), 0xffffffffaa800000)
    }

    func testFaddVectorRoundUp() throws {
        // FPCR.RMode = RP applies to vector lanes too
        let r = try runFP([0x4e22d420], setup: { r in r.setV(1, 0x3f8000003f800000); r.setV(2, 0x3380000133800001); r.cpu.fpcr = 0x400000 }) // fadd v0.4s, v1.4s, v2.4s
        XCTAssertEqual(r.vLo(0), 0x3f8000013f800001); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFmulVectorFlushToZero() throws {
        // FZ: denormal input flushed (IDC), tiny result flushed (UFC)
        let r = try runFP([0x6e62dc20], setup: { r in r.setV(1, 0x8000000000000, 0x10000000000000); r.setV(2, 0x4000000000000000, 0x3fe0000000000000); r.cpu.fpcr = 0x1000000 }) // fmul v0.2d, v1.2d, v2.2d
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x88)
    }

    func testSqshlRegisterSaturates() throws {
        let r = try runFP([0x4e624c20], setup: { r in r.setV(1, 0x1c00040000001); r.setV(2, 0xf000100010010) }) // sqshl v0.8h, v1.8h, v2.8h
        XCTAssertEqual(r.vLo(0), 0x7fff80007fff7fff); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x8000000)
    }


    // Multi-instruction sequences (expectations derived by hand from the Arm ARM).

    func testStrlenSyndromeSequence() throws {
        // glibc strlen (asimd): bytes equal to 0 become 0xff, SHRN #4 packs 4 bits per
        // byte, so the NUL at index 3 gives syndrome 0xf000 (ctz 12 = 3 * 4).
        let r = try runFP([
            0x4e209800, // cmeq v0.16b, v0.16b, #0
            0x0f0c8400, // shrn v0.8b, v0.8h, #4
            0x9e660001, // fmov x1, d0
        ], setup: { r in r.setV(0, 0x6766656400636261, 0x706f6e6d6c6b6a69) })
        XCTAssertEqual(r.x(1), 0xf000)
        XCTAssertEqual(r.vHi(0), 0)
    }

    func testMemchrSyndromeSequence() throws {
        // 'k' is byte 10 of "abcdefghijklmnop": UMAXP folds byte pairs, so byte 5 of D3.
        let r = try runFP([
            0x4e010c41, // dup v1.16b, w2
            0x6e218c83, // cmeq v3.16b, v4.16b, v1.16b
            0x6e23a463, // umaxp v3.16b, v3.16b, v3.16b
            0x9e660063, // fmov x3, d3
        ], setup: { r in
            r.setX(2, 0x16b)
            r.setV(4, 0x6867666564636261, 0x706f6e6d6c6b6a69)
        })
        XCTAssertEqual(r.x(3), 0x0000_ff00_0000_0000)
    }

    func testFloatIntRoundTripSequence() throws {
        // 7 / 2 = 3.5; (int)3.5 = 3 (inexact: IXC); 3.0 * 3.0 = 9.0.
        let r = try runFP([
            0x1e2718c5, // fdiv s5, s6, s7
            0x1e3800a4, // fcvtzs w4, s5
            0x1e620086, // scvtf d6, w4
            0x1e6608c6, // fmul d6, d6, d6
        ], setup: { r in r.setS(6, 7); r.setS(7, 2) })
        XCTAssertEqual(r.x(4), 3)
        XCTAssertEqual(r.vLo(6), 0x4022_0000_0000_0000)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFPSRWriteClearsFlags() throws {
        let r = try runFP([0x1e2718c5], setup: { r in r.setS(6, 1); r.setS(7, 3) }) // fdiv s5, s6, s7
        XCTAssertEqual(r.fpsrValue, 0x10)            // 1/3 is inexact
        A64FPStatus.write(r.cpu, 0x0800_0001)        // as MSR FPSR would
        XCTAssertEqual(A64FPStatus.read(r.cpu), 0x0800_0001)
    }
}
