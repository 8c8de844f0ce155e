import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Loops of one block, which the native tier compiles so that the back edge jumps
/// straight into the body with guest registers kept in host registers
/// (`NativeContext.beginLoopBody`). Each loop runs many iterations in both tiers
/// (`GuestRun` fails on any difference in registers or memory), over FP data with
/// NaNs, infinities and subnormals, and the results are also checked against values
/// computed here.
final class NativeSelfLoopTests: XCTestCase {
    typealias Data = SelfLoopData

    func setUpData(_ r: GuestRun) {
        Data.write(into: r)
        r.setX(1, Data.floats); r.setX(2, Data.doubles); r.setX(3, Data.out); r.setX(4, Data.n)
    }

    /// FP loads, FCVT, FMADD, FMUL, FADD, FSQRT, FP stores and a Q load/store in the
    /// loop; x0 counts to x4.
    func testFloatingPointLoop() throws {
        let loop: [UInt32] = [
            0xBC60_7821,   // ldr s1, [x1, x0, lsl #2]
            0xFC60_7842,   // ldr d2, [x2, x0, lsl #3]
            0x1E22_C021,   // fcvt d1, s1
            0x1F42_0C23,   // fmadd d3, d1, d2, d3
            0x1E61_0844,   // fmul d4, d2, d1
            0x1E21_28A5,   // fadd s5, s5, s1
            0x1E61_C046,   // fsqrt d6, d2
            0xFC20_7864,   // str d4, [x3, x0, lsl #3]
            0x3DC0_0067,   // ldr q7, [x3]
            0x3D80_0467,   // str q7, [x3, #16]
            0x9100_0400,   // add x0, x0, #1
            0xEB04_001F,   // cmp x0, x4
            0x54FF_FE81,   // b.ne loop
        ]
        let r = try runA64(loop, setup: setUpData)
        XCTAssertEqual(r.x(0), Data.n)
        var s5: Float = 0
        for i in 0..<Data.n {
            let (f, d) = Data.inputs(i)
            s5 += f
            let product = d * Double(f)
            if !product.isNaN, i != 2, i != 3 {   // [x3 + 16] gets the copies of [x3]
                XCTAssertEqual(r.memory.read(Data.out + 8 * i, as: UInt64.self), product.bitPattern, "product \(i)")
            }
        }
        XCTAssert(s5.isNaN)
        XCTAssertEqual(r.memory.read(Data.out + 16, as: UInt64.self), r.memory.read(Data.out, as: UInt64.self))
        XCTAssertEqual(r.memory.read(Data.out + 24, as: UInt64.self), r.memory.read(Data.out + 8, as: UInt64.self))
    }

    /// More live guest registers than the native tier keeps in host registers, and an
    /// op without a template (MRS NZCV) in the loop: the back edge finds the cache
    /// changed or dropped and must take the general way back.
    func testLoopWithMoreRegistersThanTheCache() throws {
        let loop: [UInt32] = [
            0xF860_7825,   // ldr x5, [x1, x0, lsl #3]
            0x8B05_00C6,   // add x6, x6, x5
            0xCA06_00E7,   // eor x7, x7, x6
            0x8B07_0108,   // add x8, x8, x7
            0xCA08_0129,   // eor x9, x9, x8
            0x8B09_014A,   // add x10, x10, x9
            0xCA0A_016B,   // eor x11, x11, x10
            0x8B0B_018C,   // add x12, x12, x11
            0x9100_0400,   // add x0, x0, #1
            0xEB04_001F,   // cmp x0, x4
            0x54FF_FEC3,   // b.lo loop
        ]
        let withMRS = Array(loop[0..<8]) + [0xD53B_420D] + Array(loop[8...]).dropLast() + [0x54FF_FEA3]   // mrs x13, nzcv
        for words in [loop, withMRS] {
            let r = try runA64(words, setup: setUpData)
            var x = [UInt64](repeating: 0, count: 13)
            for i in 0..<Data.n {
                x[5] = try XCTUnwrap(r.memory.read(Data.floats + 8 * i, as: UInt64.self))
                x[6] &+= x[5]; x[7] ^= x[6]; x[8] &+= x[7]; x[9] ^= x[8]; x[10] &+= x[9]; x[11] ^= x[10]; x[12] &+= x[11]
            }
            XCTAssertEqual(r.x(0), Data.n)
            for i in 5...12 { XCTAssertEqual(r.x(i), x[i], "x\(i)") }
        }
    }
}
