import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Scalar floating point (C4.1 "Floating-point data-processing", compare, select,
/// immediate, conversions). Expected values were produced by running the same
/// instruction under qemu-aarch64 (a static test program executing the word) and
/// checked against the Arm ARM pseudocode named in the comments.
final class FPTestsScalar: XCTestCase {
    func testFaddSingle() throws {
        // 1 + 2 = 3; upper bits of Vd cleared
        let r = try runFP([0x1e222820], setup: { r in r.setV(0, 0x1111, 0x2222); r.setV(1, 0x3f800000, 0xdead); r.setV(2, 0x40000000) }) // fadd s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x40400000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFaddInfMinusInfDefaultNaN() throws {
        // invalid: Arm default NaN is positive 0x7FC00000, IOC
        let r = try runFP([0x1e222820], setup: { r in r.setV(1, 0x7f800000); r.setV(2, 0xff800000) }) // fadd s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x7fc00000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFaddQuietThenSignalling() throws {
        // a signalling NaN wins over an earlier quiet one, and is quieted
        let r = try runFP([0x1e222820], setup: { r in r.setV(1, 0x7fc00001); r.setV(2, 0x7f800123) }) // fadd s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x7fc00123); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFsubTwoQuietNaNs() throws {
        // first quiet NaN propagates with its sign
        let r = try runFP([0x1e623820], setup: { r in r.setV(1, 0xfff8000000000001); r.setV(2, 0x7ff8000000000007) }) // fsub d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0xfff8000000000001); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFmulDefaultNaNMode() throws {
        // FPCR.DN: any NaN result is the default NaN
        let r = try runFP([0x1e620820], setup: { r in r.setV(1, 0x7ff8000000000007); r.setV(2, 0x3ff0000000000000); r.cpu.fpcr = 0x2000000 }) // fmul d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x7ff8000000000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFdivByZero() throws {
        // 1 / -0 = -inf, DZC
        let r = try runFP([0x1e621820], setup: { r in r.setV(1, 0x3ff0000000000000); r.setV(2, 0x8000000000000000) }) // fdiv d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0xfff0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x2)
    }

    func testFdivRoundTowardZero() throws {
        // 2/3 rounded toward zero (FPCR.RMode = RZ) ends ...555, not ...556
        let r = try runFP([0x1e621820], setup: { r in r.setV(1, 0x4000000000000000); r.setV(2, 0x4008000000000000); r.cpu.fpcr = 0xc00000 }) // fdiv d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x3fe5555555555555); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFdivRoundNearest() throws {
        let r = try runFP([0x1e621820], setup: { r in r.setV(1, 0x4000000000000000); r.setV(2, 0x4008000000000000) }) // fdiv d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x3fe5555555555555); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFaddRoundUp() throws {
        // RP: 1 + tiny rounds up to the next float
        let r = try runFP([0x1e222820], setup: { r in r.setV(1, 0x3f800000); r.setV(2, 0x33800001); r.cpu.fpcr = 0x400000 }) // fadd s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x3f800001); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFmulFlushToZero() throws {
        // FZ: denormal input flushed, IDC
        let r = try runFP([0x1e220820], setup: { r in r.setV(1, 0x400000); r.setV(2, 0x40000000); r.cpu.fpcr = 0x1000000 }) // fmul s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x80)
    }

    func testFnmulNegatesNaN() throws {
        // FNMUL negates even the default NaN
        let r = try runFP([0x1e228820], setup: { r in r.setV(1, 0x0); r.setV(2, 0x7f800000) }) // fnmul s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0xffc00000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFmaddFused() throws {
        // 0.1 * 10 - 1 with one rounding leaves 2^-54
        let r = try runFP([0x1f420c20], setup: { r in r.setV(1, 0x3fb999999999999a); r.setV(2, 0x4024000000000000); r.setV(3, 0xbff0000000000000) }) // fmadd d0, d1, d2, d3
        XCTAssertEqual(r.vLo(0), 0x3c90000000000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFmsubSingle() throws {
        // 1 - 2*2 = -3
        let r = try runFP([0x1f028c20], setup: { r in r.setV(1, 0x40000000); r.setV(2, 0x40000000); r.setV(3, 0x3f800000) }) // fmsub s0, s1, s2, s3
        XCTAssertEqual(r.vLo(0), 0xc0400000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFnmaddSingle() throws {
        // -1 - 2*2 = -5
        let r = try runFP([0x1f220c20], setup: { r in r.setV(1, 0x40000000); r.setV(2, 0x40000000); r.setV(3, 0x3f800000) }) // fnmadd s0, s1, s2, s3
        XCTAssertEqual(r.vLo(0), 0xc0a00000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFnmsubDouble() throws {
        // -1 + 2*2 = 3
        let r = try runFP([0x1f628c20], setup: { r in r.setV(1, 0x4000000000000000); r.setV(2, 0x4000000000000000); r.setV(3, 0x3ff0000000000000) }) // fnmsub d0, d1, d2, d3
        XCTAssertEqual(r.vLo(0), 0x4008000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmaddQuietAddendInfTimesZero() throws {
        // quiet NaN addend with inf*0: default NaN and IOC
        let r = try runFP([0x1f020c20], setup: { r in r.setV(1, 0x7f800000); r.setV(2, 0x0); r.setV(3, 0x7fc00001) }) // fmadd s0, s1, s2, s3
        XCTAssertEqual(r.vLo(0), 0x7fc00000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFmaddNaNOrder() throws {
        // signalling factor beats quiet addend
        let r = try runFP([0x1f420c20], setup: { r in r.setV(1, 0x7ff0000000000009); r.setV(2, 0x3ff0000000000000); r.setV(3, 0x7ff8000000000007) }) // fmadd d0, d1, d2, d3
        XCTAssertEqual(r.vLo(0), 0x7ff8000000000009); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFmaxZeros() throws {
        // max(-0, +0) = +0
        let r = try runFP([0x1e224820], setup: { r in r.setV(1, 0x80000000); r.setV(2, 0x0) }) // fmax s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFminZeros() throws {
        // min(+0, -0) = -0
        let r = try runFP([0x1e625820], setup: { r in r.setV(1, 0x0); r.setV(2, 0x8000000000000000) }) // fmin d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x8000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmaxQuietNaN() throws {
        let r = try runFP([0x1e224820], setup: { r in r.setV(1, 0x3f800000); r.setV(2, 0x7fc00001) }) // fmax s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x7fc00001); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFmaxnmQuietNaN() throws {
        // a quiet NaN against a number gives the number
        let r = try runFP([0x1e226820], setup: { r in r.setV(1, 0x7fc00001); r.setV(2, 0x40000000) }) // fmaxnm s0, s1, s2
        XCTAssertEqual(r.vLo(0), 0x40000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFminnmSignallingNaN() throws {
        // a signalling NaN still propagates (quieted), IOC
        let r = try runFP([0x1e627820], setup: { r in r.setV(1, 0x3ff0000000000000); r.setV(2, 0x7ff0000000000009) }) // fminnm d0, d1, d2
        XCTAssertEqual(r.vLo(0), 0x7ff8000000000009); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFsqrtNegative() throws {
        let r = try runFP([0x1e61c020], setup: { r in r.setV(1, 0xbff0000000000000) }) // fsqrt d0, d1
        XCTAssertEqual(r.vLo(0), 0x7ff8000000000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFsqrtSingle() throws {
        let r = try runFP([0x1e21c020], setup: { r in r.setV(1, 0x40800000) }) // fsqrt s0, s1
        XCTAssertEqual(r.vLo(0), 0x40000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFabsNaNKeepsPayload() throws {
        // FABS does not process NaNs: sign cleared, still signalling, no IOC
        let r = try runFP([0x1e20c020], setup: { r in r.setV(1, 0xff800001, 0x7) }) // fabs s0, s1
        XCTAssertEqual(r.vLo(0), 0x7f800001); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFnegDouble() throws {
        let r = try runFP([0x1e614020], setup: { r in r.setV(1, 0x3ff0000000000000, 0x5) }) // fneg d0, d1
        XCTAssertEqual(r.vLo(0), 0xbff0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmovRegister() throws {
        let r = try runFP([0x1e604020], setup: { r in r.setV(1, 0x3ff0000000000000, 0x5) }) // fmov d0, d1
        XCTAssertEqual(r.vLo(0), 0x3ff0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcmpLess() throws {
        let r = try runFP([0x1e222020], setup: { r in r.setV(1, 0x3f800000); r.setV(2, 0x40000000); r.cpu.nzcv = 0xf << 28 }) // fcmp s1, s2
        XCTAssertEqual(r.nzcv, 0b1000)
    }

    func testFcmpEqualZeros() throws {
        let r = try runFP([0x1e622020], setup: { r in r.setV(1, 0x0); r.setV(2, 0x8000000000000000) }) // fcmp d1, d2
        XCTAssertEqual(r.nzcv, 0b0110)
    }

    func testFcmpGreater() throws {
        let r = try runFP([0x1e202028], setup: { r in r.setV(1, 0x3f800000) }) // fcmp s1, #0.0
        XCTAssertEqual(r.nzcv, 0b0010)
    }

    func testFcmpUnorderedQuiet() throws {
        // unordered = 0011; quiet NaN, quiet compare: no IOC
        let r = try runFP([0x1e222020], setup: { r in r.setV(1, 0x7fc00001); r.setV(2, 0x3f800000) }) // fcmp s1, s2
        XCTAssertEqual(r.nzcv, 0b0011)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFcmpeUnorderedSignals() throws {
        // FCMPE raises IOC for quiet NaNs too
        let r = try runFP([0x1e602038], setup: { r in r.setV(1, 0x7ff8000000000007) }) // fcmpe d1, #0.0
        XCTAssertEqual(r.nzcv, 0b0011)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcmpSignallingNaN() throws {
        let r = try runFP([0x1e622020], setup: { r in r.setV(1, 0x3ff0000000000000); r.setV(2, 0x7ff0000000000009) }) // fcmp d1, d2
        XCTAssertEqual(r.nzcv, 0b0011)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFccmpConditionFalse() throws {
        let r = try runFP([0x1e220425], setup: { r in r.setV(1, 0x3f800000); r.setV(2, 0x3f800000); r.cpu.nzcv = 0x0 << 28 }) // fccmp s1, s2, #0x5, eq // eq = none
        XCTAssertEqual(r.nzcv, 0b0101)
    }

    func testFccmpConditionTrue() throws {
        let r = try runFP([0x1e220425], setup: { r in r.setV(1, 0x3f800000); r.setV(2, 0x40000000); r.cpu.nzcv = 0x4 << 28 }) // fccmp s1, s2, #0x5, eq // eq = none
        XCTAssertEqual(r.nzcv, 0b1000)
    }

    func testFccmpeNaN() throws {
        let r = try runFP([0x1e62e430], setup: { r in r.setV(1, 0x7ff8000000000007); r.setV(2, 0x3ff0000000000000) }) // fccmpe d1, d2, #0x0, al
        XCTAssertEqual(r.nzcv, 0b0011)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcselTaken() throws {
        let r = try runFP([0x1e22bc20], setup: { r in r.setV(1, 0x3f800000, 0x9); r.setV(2, 0x40000000); r.cpu.nzcv = 0x8 << 28 }) // fcsel s0, s1, s2, lt // lt = tstop
        XCTAssertEqual(r.vLo(0), 0x3f800000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcselNotTaken() throws {
        let r = try runFP([0x1e62bc20], setup: { r in r.setV(1, 0x3ff0000000000000); r.setV(2, 0x4000000000000000, 0x9); r.cpu.nzcv = 0x0 << 28 }) // fcsel d0, d1, d2, lt // lt = tstop
        XCTAssertEqual(r.vLo(0), 0x4000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmovImmSingle() throws {
        let r = try runFP([0x1e3e9000], setup: { r in r.setV(0, 0x1, 0x2) }) // fmov s0, #-1.250000000000000000e+00
        XCTAssertEqual(r.vLo(0), 0xbfa00000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmovImmDouble() throws {
        let r = try runFP([0x1e681000], setup: { r in _ = r }) // fmov d0, #1.250000000000000000e-01
        XCTAssertEqual(r.vLo(0), 0x3fc0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmovImmDoubleLarge() throws {
        let r = try runFP([0x1e67f000], setup: { r in _ = r }) // fmov d0, #3.100000000000000000e+01
        XCTAssertEqual(r.vLo(0), 0x403f000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmovWFromS() throws {
        let r = try runFP([0x1e260020], setup: { r in r.setV(1, 0x89abcdef, 0x3); r.setX(0, 0xffffffffffffffff) }) // fmov w0, s1
        XCTAssertEqual(r.x(0), 0x89abcdef)
    }

    func testFmovSFromW() throws {
        let r = try runFP([0x1e270020], setup: { r in r.setV(0, 0x5, 0x6); r.setX(1, 0x1234567889abcdef) }) // fmov s0, w1
        XCTAssertEqual(r.vLo(0), 0x89abcdef); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFmovXFromTop() throws {
        let r = try runFP([0x9eae0020], setup: { r in r.setV(1, 0x1, 0x1122334455667788) }) // fmov x0, v1.d[1]
        XCTAssertEqual(r.x(0), 0x1122334455667788)
    }

    func testFmovTopFromX() throws {
        // writes only the top half
        let r = try runFP([0x9eaf0020], setup: { r in r.setV(0, 0xaaaa, 0xbbbb); r.setX(1, 0x1122334455667788) }) // fmov v0.d[1], x1
        XCTAssertEqual(r.vLo(0), 0xaaaa); XCTAssertEqual(r.vHi(0), 0x1122334455667788)
    }

    func testFmovDFromXzr() throws {
        let r = try runFP([0x9e6703e0], setup: { r in r.setV(0, 0xaaaa, 0xbbbb) }) // fmov d0, xzr
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcvtSingleToDouble() throws {
        let r = try runFP([0x1e22c020], setup: { r in r.setV(1, 0x3eaaaaab) }) // fcvt d0, s1
        XCTAssertEqual(r.vLo(0), 0x3fd5555560000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcvtDoubleToSingleRounds() throws {
        let r = try runFP([0x1e624020], setup: { r in r.setV(1, 0x3fd5555555555555) }) // fcvt s0, d1
        XCTAssertEqual(r.vLo(0), 0x3eaaaaab); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFcvtDoubleToSingleOverflow() throws {
        let r = try runFP([0x1e624020], setup: { r in r.setV(1, 0x47f0000000000000) }) // fcvt s0, d1
        XCTAssertEqual(r.vLo(0), 0x7f800000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x14)
    }

    func testFcvtSignallingNaNNarrow() throws {
        // NaN payload top bits kept, quieted, sign kept, IOC
        let r = try runFP([0x1e624020], setup: { r in r.setV(1, 0xfff02468a0000001) }) // fcvt s0, d1
        XCTAssertEqual(r.vLo(0), 0xffc12345); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtSingleToHalf() throws {
        // 1 + 2^-11 is a tie: rounds to even (1.0)
        let r = try runFP([0x1e23c020], setup: { r in r.setV(1, 0x3f801000) }) // fcvt h0, s1
        XCTAssertEqual(r.vLo(0), 0x3c00); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFcvtSingleToHalfOverflow() throws {
        let r = try runFP([0x1e23c020], setup: { r in r.setV(1, 0x477ff000) }) // fcvt h0, s1
        XCTAssertEqual(r.vLo(0), 0x7c00); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x14)
    }

    func testFcvtDoubleToHalfSubnormal() throws {
        let r = try runFP([0x1e63c020], setup: { r in r.setV(1, 0x3e80000000000000) }) // fcvt h0, d1
        XCTAssertEqual(r.vLo(0), 0x2); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFcvtHalfToSingle() throws {
        let r = try runFP([0x1ee24020], setup: { r in r.setV(1, 0xc001) }) // fcvt s0, h1
        XCTAssertEqual(r.vLo(0), 0xc0002000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcvtHalfToDoubleSubnormal() throws {
        let r = try runFP([0x1ee2c020], setup: { r in r.setV(1, 0x8001) }) // fcvt d0, h1
        XCTAssertEqual(r.vLo(0), 0xbe70000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFcvtHalfNaNToSingle() throws {
        let r = try runFP([0x1ee24020], setup: { r in r.setV(1, 0x7d01) }) // fcvt s0, h1
        XCTAssertEqual(r.vLo(0), 0x7fe02000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtzsSaturatesHigh() throws {
        // 2^32 does not fit: INT32_MAX, IOC
        let r = try runFP([0x1e780020], setup: { r in r.setV(1, 0x41f0000000000000) }) // fcvtzs w0, d1
        XCTAssertEqual(r.x(0), 0x7fffffff)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtzsSaturatesLow() throws {
        let r = try runFP([0x9e380020], setup: { r in r.setV(1, 0xdf800000) }) // fcvtzs x0, s1
        XCTAssertEqual(r.x(0), 0x8000000000000000)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtzsNaNIsZero() throws {
        let r = try runFP([0x9e780020], setup: { r in r.setV(1, 0x7ff8000000000007); r.setX(0, 0x5) }) // fcvtzs x0, d1
        XCTAssertEqual(r.x(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtzsTruncatesNegative() throws {
        // -3.75 -> -3 zero-extended into X0, IXC
        let r = try runFP([0x1e380020], setup: { r in r.setV(1, 0xc0700000) }) // fcvtzs w0, s1
        XCTAssertEqual(r.x(0), 0xfffffffd)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFcvtzuNegativeIsZero() throws {
        let r = try runFP([0x9e790020], setup: { r in r.setV(1, 0xbff8000000000000); r.setX(0, 0x5) }) // fcvtzu x0, d1
        XCTAssertEqual(r.x(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testFcvtzuLargeDouble() throws {
        let r = try runFP([0x9e790020], setup: { r in r.setV(1, 0x43efffffffffffff) }) // fcvtzu x0, d1
        XCTAssertEqual(r.x(0), 0xfffffffffffff800)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFcvtnsTiesToEven() throws {
        // 2.5 -> 2
        let r = try runFP([0x1e600020], setup: { r in r.setV(1, 0x4004000000000000) }) // fcvtns w0, d1
        XCTAssertEqual(r.x(0), 0x2)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFcvtasTiesAway() throws {
        // -2.5 -> -3
        let r = try runFP([0x9e640020], setup: { r in r.setV(1, 0xc004000000000000) }) // fcvtas x0, d1
        XCTAssertEqual(r.x(0), 0xfffffffffffffffd)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFcvtpsRoundsUp() throws {
        let r = try runFP([0x1e280020], setup: { r in r.setV(1, 0x3fc00000) }) // fcvtps w0, s1
        XCTAssertEqual(r.x(0), 0x2)
    }

    func testFcvtmuRoundsDown() throws {
        let r = try runFP([0x1e310020], setup: { r in r.setV(1, 0x3fc00000) }) // fcvtmu w0, s1
        XCTAssertEqual(r.x(0), 0x1)
    }

    func testFcvtzsFixedPoint() throws {
        // 1.5 in Q4 = 24
        let r = try runFP([0x1e58f020], setup: { r in r.setV(1, 0x3ff8000000000000) }) // fcvtzs w0, d1, #4
        XCTAssertEqual(r.x(0), 0x18)
    }

    func testFcvtzuFixedPointSaturates() throws {
        let r = try runFP([0x9e191020], setup: { r in r.setV(1, 0x42000000) }) // fcvtzu x0, s1, #60
        XCTAssertEqual(r.x(0), 0xffffffffffffffff)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }

    func testScvtfWord() throws {
        let r = try runFP([0x1e620020], setup: { r in r.setX(1, 0xffffffff) }) // scvtf d0, w1
        XCTAssertEqual(r.vLo(0), 0xbff0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testScvtfX64Rounds() throws {
        let r = try runFP([0x9e220020], setup: { r in r.setX(1, 0x7fffffffffffffff) }) // scvtf s0, x1
        XCTAssertEqual(r.vLo(0), 0x5f000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testUcvtfX64Top() throws {
        let r = try runFP([0x9e630020], setup: { r in r.setX(1, 0xffffffffffffffff) }) // ucvtf d0, x1
        XCTAssertEqual(r.vLo(0), 0x43f0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testUcvtfZeroRoundDown() throws {
        // +0 even when rounding toward -inf
        let r = try runFP([0x9e630020], setup: { r in r.setX(1, 0x0); r.cpu.fpcr = 0x800000 }) // ucvtf d0, x1
        XCTAssertEqual(r.vLo(0), 0x0); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testScvtfFixedPoint() throws {
        // -128 / 256 = -0.5
        let r = try runFP([0x1e02e020], setup: { r in r.setX(1, 0xffffff80) }) // scvtf s0, w1, #8
        XCTAssertEqual(r.vLo(0), 0xbf000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testUcvtfFixedPoint64() throws {
        let r = try runFP([0x9e430020], setup: { r in r.setX(1, 0x8000000000000000) }) // ucvtf d0, x1, #64
        XCTAssertEqual(r.vLo(0), 0x3fe0000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrintnTies() throws {
        let r = try runFP([0x1e644020], setup: { r in r.setV(1, 0x4004000000000000) }) // frintn d0, d1
        XCTAssertEqual(r.vLo(0), 0x4000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFrintaNegativeHalf() throws {
        // -0.5 -> -1
        let r = try runFP([0x1e264020], setup: { r in r.setV(1, 0xbf000000) }) // frinta s0, s1
        XCTAssertEqual(r.vLo(0), 0xbf800000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrintpKeepsNegativeZero() throws {
        // -0.25 -> -0.0
        let r = try runFP([0x1e24c020], setup: { r in r.setV(1, 0xbe800000) }) // frintp s0, s1
        XCTAssertEqual(r.vLo(0), 0x80000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrintmDouble() throws {
        let r = try runFP([0x1e654020], setup: { r in r.setV(1, 0xbff8000000000000) }) // frintm d0, d1
        XCTAssertEqual(r.vLo(0), 0xc000000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrintzDouble() throws {
        let r = try runFP([0x1e65c020], setup: { r in r.setV(1, 0xc00c000000000000) }) // frintz d0, d1
        XCTAssertEqual(r.vLo(0), 0xc008000000000000); XCTAssertEqual(r.vHi(0), 0x0)
    }

    func testFrintxInexact() throws {
        // FRINTX raises IXC
        let r = try runFP([0x1e274020], setup: { r in r.setV(1, 0x3fc00000) }) // frintx s0, s1
        XCTAssertEqual(r.vLo(0), 0x40000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x10)
    }

    func testFrintiNoInexact() throws {
        // FRINTI uses FPCR.RMode (RP: 2.0), no IXC
        let r = try runFP([0x1e27c020], setup: { r in r.setV(1, 0x3fc00000); r.cpu.fpcr = 0x400000 }) // frinti s0, s1
        XCTAssertEqual(r.vLo(0), 0x40000000); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x0)
    }

    func testFrintnSignallingNaN() throws {
        let r = try runFP([0x1e644020], setup: { r in r.setV(1, 0x7ff0000000000009) }) // frintn d0, d1
        XCTAssertEqual(r.vLo(0), 0x7ff8000000000009); XCTAssertEqual(r.vHi(0), 0x0)
        XCTAssertEqual(r.fpsrValue, 0x1)
    }
}
