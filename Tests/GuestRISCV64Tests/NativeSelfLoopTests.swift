import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// A loop of one block, which the native tier compiles so that the back edge jumps
/// straight into the body with guest registers (FP ones included) kept in host
/// registers (`NativeContext.beginLoopBody`). It runs many iterations in both tiers
/// (`GuestRun` fails on any difference in registers, fcsr or memory) over data with
/// NaNs, infinities and subnormals, under RNE with fflags clear at the start (the
/// first inexact operation takes the templates' slow path, later ones the fast path)
/// and under RTZ (every rounding op on the slow path).
final class NativeSelfLoopTests: XCTestCase {
    typealias Data = SelfLoopData

    static let loop = w(
        0x0025_1293,   // slli t0, a0, 2
        0x0055_8333,   // add t1, a1, t0
        0x0003_2587,   // flw fa1, 0(t1)
        0x0035_1393,   // slli t2, a0, 3
        0x0076_0E33,   // add t3, a2, t2
        0x000E_3607,   // fld fa2, 0(t3)
        0x4205_86D3,   // fcvt.d.s fa3, fa1
        0x72C6_F743,   // fmadd.d fa4, fa3, fa2, fa4
        0x12D6_77D3,   // fmul.d fa5, fa2, fa3
        0x00B8_7853,   // fadd.s fa6, fa6, fa1
        0x88B5_F8C3,   // fmadd.s fa7, fa1, fa1, fa7
        0xA105_9ED3,   // flt.s t4, fa1, fa6
        0x01D9_0933,   // add s2, s2, t4
        0x5A06_7053,   // fsqrt.d ft0, fa2
        0x0076_8F33,   // add t5, a3, t2
        0x00FF_3027,   // fsd fa5, 0(t5)
        0x0113_2027,   // fsw fa7, 0(t1)
        0x0015_0513,   // addi a0, a0, 1
        0xFAE5_4CE3)   // blt a0, a4, loop

    func run(frm: UInt32) throws -> GuestRun {
        try runRV(Self.loop) { r in
            Data.write(into: r)
            r.setX(11, Data.floats); r.setX(12, Data.doubles); r.setX(13, Data.out); r.setX(14, Data.n); r.setX(18, 0)
            r.setD(14, 0); r.setS(16, 0); r.setS(17, 0)
            r.cpu.frm = frm
            r.fflags = 0
        }
    }

    func testFloatingPointLoopRoundToNearest() throws {
        let r = try run(frm: 0)
        XCTAssertEqual(r.x(10), Data.n)
        var sum: Float = 0, less: UInt64 = 0
        for i in 0..<Data.n {
            let (f, d) = Data.inputs(i)
            sum += f
            if f < sum { less += 1 }
            let product = d * Double(f)
            if !product.isNaN {
                XCTAssertEqual(r.memory.read(Data.out + 8 * i, as: UInt64.self), product.bitPattern, "product \(i)")
            }
        }
        XCTAssertEqual(r.x(18), less)
        // NV (signalling NaN), NX; the subnormal square products underflow (UF).
        XCTAssertEqual(r.fflags & 0x10, 0x10); XCTAssertEqual(r.fflags & 1, 1)
    }

    func testFloatingPointLoopRoundTowardZero() throws {
        let r = try run(frm: 1)
        XCTAssertEqual(r.x(10), Data.n)
    }
}
