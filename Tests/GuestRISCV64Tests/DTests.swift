import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// D extension behaviours named one by one: FMIN/FMAX of version 2.2, quiet and
/// signalling comparisons, invalid and divide-by-zero, FCVT saturation, directed
/// rounding, conversions between formats.
final class DTests: XCTestCase {
    let canonicalNaN: UInt64 = 0x7ff8_0000_0000_0000
    let sNaN: UInt64 = 0x7ff0_0000_0000_0001
    let qNaN: UInt64 = 0x7ff8_0000_0000_1234

    func minMax(_ a: UInt64, _ b: UInt64) throws -> (min: UInt64, max: UInt64, flags: UInt32) {
        let r = try runRV(
            w(0x2ac5_8553) + // fmin.d fa0,fa1,fa2
            w(0x2ac5_96d3)   // fmax.d fa3,fa1,fa2
        ) { r in r.setF(11, a); r.setF(12, b) }
        return (r.f(10), r.f(13), r.fflags)
    }

    func testMinMax() throws {
        let one = (1.0).bitPattern, negZero = (-0.0).bitPattern, zero = (0.0).bitPattern
        var m = try minMax(negZero, zero)
        XCTAssertEqual(m.min, negZero, "-0 < +0")
        XCTAssertEqual(m.max, zero)
        m = try minMax(zero, negZero)
        XCTAssertEqual(m.min, negZero)
        XCTAssertEqual(m.max, zero)
        m = try minMax(qNaN, one)
        XCTAssertEqual(m.min, one, "a quiet NaN operand yields the other one")
        XCTAssertEqual(m.max, one)
        XCTAssertEqual(m.flags, 0)
        m = try minMax(one, sNaN)
        XCTAssertEqual(m.min, one)
        XCTAssertEqual(m.flags, 0x10, "a signalling NaN raises NV")
        m = try minMax(qNaN, sNaN)
        XCTAssertEqual(m.min, canonicalNaN, "two NaNs give the canonical NaN")
        XCTAssertEqual(m.max, canonicalNaN)
        XCTAssertEqual(m.flags, 0x10)
        m = try minMax((-2.0).bitPattern, one)
        XCTAssertEqual(m.min, (-2.0).bitPattern)
        XCTAssertEqual(m.max, one)
    }

    func testComparisons() throws {
        let code = w(0xa2c5_a553) + // feq.d a0,fa1,fa2
                   w(0xa2c5_95d3)   // flt.d a1,fa1,fa2
        var r = try runRV(code) { r in r.setF(11, self.qNaN); r.setF(12, (1.0).bitPattern) }
        XCTAssertEqual(r.x(10), 0)
        XCTAssertEqual(r.x(11), 0)
        XCTAssertEqual(r.fflags, 0x10, "FLT signals on a quiet NaN, FEQ does not")
        r = try runRV(w(0xa2c5_a553)) { r in r.setF(11, self.qNaN); r.setF(12, self.qNaN) }
        XCTAssertEqual(r.fflags, 0, "FEQ is quiet")
        r = try runRV(w(0xa2c5_a553)) { r in r.setF(11, self.sNaN); r.setF(12, self.qNaN) }
        XCTAssertEqual(r.fflags, 0x10, "FEQ signals on a signalling NaN")
        r = try runRV(code) { r in r.setF(11, (-0.0).bitPattern); r.setF(12, (0.0).bitPattern) }
        XCTAssertEqual(r.x(10), 1, "-0 == +0")
        XCTAssertEqual(r.x(11), 0)
    }

    func testInvalidAndDivideByZero() throws {
        var r = try runRV(w(0x5a07_f753)) { r in r.setD(15, -1) } // fsqrt.d fa4,fa5
        XCTAssertEqual(r.f(14), canonicalNaN)
        XCTAssertEqual(r.fflags, 0x10)
        r = try runRV(w(0x5a07_f753)) { r in r.setD(15, -0.0) }
        XCTAssertEqual(r.f(14), (-0.0).bitPattern, "sqrt(-0) = -0")
        XCTAssertEqual(r.fflags, 0)
        r = try runRV(w(0x1ac5_f553)) { r in r.setD(11, -3); r.setD(12, 0) } // fdiv.d fa0,fa1,fa2
        XCTAssertEqual(r.d(10), -.infinity)
        XCTAssertEqual(r.fflags, 0x08, "DZ")
        r = try runRV(w(0x1ac5_f553)) { r in r.setD(11, 0); r.setD(12, 0) }
        XCTAssertEqual(r.f(10), canonicalNaN)
        XCTAssertEqual(r.fflags, 0x10, "0/0 is invalid, not a division by zero")
        // ∞ × 0 + qNaN raises NV even though the addend is a NaN (spec 13.6).
        r = try runRV(w(0x6ac5_f543)) { r in // fmadd.d fa0,fa1,fa2,fa3
            r.setD(11, .infinity); r.setD(12, 0); r.setF(13, self.qNaN)
        }
        XCTAssertEqual(r.f(10), canonicalNaN)
        XCTAssertEqual(r.fflags, 0x10)
    }

    func testConversionToIntegerSaturates() throws {
        let r = try runRV(
            w(0xc215_9553) + // fcvt.wu.d a0,fa1,rtz
            w(0xc216_15d3) + // fcvt.wu.d a1,fa2,rtz
            w(0xc216_9653) + // fcvt.wu.d a2,fa3,rtz
            w(0xc007_16d3)   // fcvt.w.s a3,fa4,rtz
        ) { r in
            r.setD(11, -1); r.setD(12, -0.5); r.setF(13, self.qNaN); r.setS(14, 3e9)
        }
        XCTAssertEqual(r.x(10), 0, "negative → 0 (invalid)")
        XCTAssertEqual(r.x(11), 0, "-0.5 truncates to 0: inexact, not invalid")
        XCTAssertEqual(r.x(12), UInt64.max, "NaN → 2^32 - 1, sign-extended")
        XCTAssertEqual(r.x(13), 0x7fff_ffff, "too large → INT32_MAX")
        XCTAssertEqual(r.fflags, 0x10 | 0x01)
    }

    func testDirectedRoundingAndIntegerRounding() throws {
        let r = try runRV(
            w(0x02c5_a553) + // fadd.d fa0,fa1,fa2,rdn
            w(0xc205_9553)   // fcvt.w.d a0,fa1,rtz
        ) { r in
            r.setD(11, -2.5); r.setD(12, -0x1p-60)
        }
        XCTAssertEqual(r.f(10), (-2.5).nextDown.bitPattern, "RDN rounds the tiny negative addend away")
        XCTAssertEqual(r.x(10), UInt64(bitPattern: -2))
        let rmm = try runRV(w(0xc225_c5d3)) { r in r.setD(11, -2.5) } // fcvt.l.d a1,fa1,rmm
        XCTAssertEqual(rmm.x(11), UInt64(bitPattern: -3), "ties away from zero")
        XCTAssertEqual(rmm.fflags, 1)
    }

    func testConversionsBetweenFormats() throws {
        var r = try runRV(w(0x4015_f553)) { r in r.setD(11, 1e300) } // fcvt.s.d fa0,fa1
        XCTAssertEqual(r.s(10), .infinity)
        XCTAssertEqual(r.fflags, 0x04 | 0x01, "OF | NX")
        r = try runRV(w(0x4015_f553)) { r in r.setF(11, self.sNaN) }
        XCTAssertEqual(r.f(10), 0xffff_ffff_7fc0_0000)
        XCTAssertEqual(r.fflags, 0x10)
        r = try runRV(w(0x4206_8653)) { r in r.setS(13, Float(bitPattern: 1)) } // fcvt.d.s fa2,fa3
        XCTAssertEqual(r.d(12), Double(Float(bitPattern: 1)), "a subnormal single widens exactly")
        XCTAssertEqual(r.fflags, 0)
    }
}
