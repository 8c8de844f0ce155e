import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// The native tier's F/D templates (NativeFPArithmeticTemplates) against the ops'
/// functions: every op over boundary operands (±0, ±1, 1/3, the largest finite, the
/// smallest normal and subnormal, ±inf, quiet NaNs with payloads of either sign, a
/// signalling NaN, values whose products overflow or underflow, a pair whose exact
/// product lies just below the smallest normal and rounds up to it — tiny before
/// rounding, not after, so no UF on RISC-V or x86 — and for binary32 an improperly
/// NaN-boxed value) in every operand, under every rounding mode (static
/// RNE/RTZ and dynamic with each frm) and with fflags clear or NX already set.
/// `GuestRun` runs each case in both tiers and fails on any difference in f/x
/// registers or fflags. A few cases also check the RISC-V result itself.
final class FPNativeExactnessTests: XCTestCase {
    static let singles: [UInt64] = [0, 0x8000_0000, 0x3F80_0000, 0xBF80_0000, 0x3EAA_AAAB, 0x4040_0000,
                                    0x7F7F_FFFF, 0x0080_0000, 0x0000_0001, 0x0040_0000, 0x7F80_0000,
                                    0xFF80_0000, 0x7FC0_0123, 0xFFC0_0456, 0x7F80_0789, 0x0C00_0000, 0x7000_0000,
                                    0x3F80_0001, 0x007F_FFFF]
        .map { 0xFFFF_FFFF_0000_0000 | $0 } + [0x0000_0001_3F80_0000]   // the last one is not boxed
    static let doubles: [UInt64] = [0, 0x8000_0000_0000_0000, 0x3FF0_0000_0000_0000, 0xBFF0_0000_0000_0000,
                                    0x3FD5_5555_5555_5555, 0x4008_0000_0000_0000, 0x7FEF_FFFF_FFFF_FFFF,
                                    0x0010_0000_0000_0000, 0x0000_0000_0000_0001, 0x0008_0000_0000_0000,
                                    0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0123,
                                    0xFFF8_0000_0000_0456, 0x7FF0_0000_0000_0789, 0x2000_0000_0000_0000,
                                    0x6000_0000_0000_0000, 0x3FF0_0000_0000_0001, 0x000F_FFFF_FFFF_FFFF]

    static let binary: [(UInt32, String)] = [
        (0x00C5_F553, "fadd.s fa0,fa1,fa2"), (0x08C5_F553, "fsub.s fa0,fa1,fa2"), (0x10C5_F553, "fmul.s fa0,fa1,fa2"),
        (0x18C5_F553, "fdiv.s fa0,fa1,fa2"), (0x5805_F553, "fsqrt.s fa0,fa1"), (0x20C5_8553, "fsgnj.s fa0,fa1,fa2"),
        (0x20C5_9553, "fsgnjn.s fa0,fa1,fa2"), (0x20C5_A553, "fsgnjx.s fa0,fa1,fa2"), (0xA0C5_A553, "feq.s a0,fa1,fa2"),
        (0xA0C5_9553, "flt.s a0,fa1,fa2"), (0xA0C5_8553, "fle.s a0,fa1,fa2"), (0x00C5_8553, "fadd.s fa0,fa1,fa2,rne"),
        (0x02C5_F553, "fadd.d fa0,fa1,fa2"), (0x0AC5_F553, "fsub.d fa0,fa1,fa2"), (0x12C5_F553, "fmul.d fa0,fa1,fa2"),
        (0x1AC5_F553, "fdiv.d fa0,fa1,fa2"), (0x5A05_F553, "fsqrt.d fa0,fa1"), (0x22C5_8553, "fsgnj.d fa0,fa1,fa2"),
        (0x22C5_9553, "fsgnjn.d fa0,fa1,fa2"), (0x22C5_A553, "fsgnjx.d fa0,fa1,fa2"), (0xA2C5_A553, "feq.d a0,fa1,fa2"),
        (0xA2C5_9553, "flt.d a0,fa1,fa2"), (0xA2C5_8553, "fle.d a0,fa1,fa2"), (0x12C5_8553, "fmul.d fa0,fa1,fa2,rne"),
    ]
    static let ternary: [(UInt32, String)] = [
        (0x68C5_F543, "fmadd.s fa0,fa1,fa2,fa3"), (0x68C5_F547, "fmsub.s fa0,fa1,fa2,fa3"),
        (0x68C5_F54B, "fnmsub.s fa0,fa1,fa2,fa3"), (0x68C5_F54F, "fnmadd.s fa0,fa1,fa2,fa3"),
        (0x6AC5_F543, "fmadd.d fa0,fa1,fa2,fa3"), (0x6AC5_F547, "fmsub.d fa0,fa1,fa2,fa3"),
        (0x6AC5_F54B, "fnmsub.d fa0,fa1,fa2,fa3"), (0x6AC5_F54F, "fnmadd.d fa0,fa1,fa2,fa3"),
    ]
    /// FMIN/FMAX and the FCVT forms with templates (NativeFPConvertTemplates), and a
    /// few without (static RUP to an integer, RTZ from a 64-bit integer to binary32).
    static let minMax: [(UInt32, String)] = [
        (0x28C5_8553, "fmin.s fa0,fa1,fa2"), (0x28C5_9553, "fmax.s fa0,fa1,fa2"),
        (0x2AC5_8553, "fmin.d fa0,fa1,fa2"), (0x2AC5_9553, "fmax.d fa0,fa1,fa2"),
    ]
    static let fpSource: [(UInt32, String)] = [
        (0xC005_9553, "fcvt.w.s a0,fa1,rtz"), (0xC005_F553, "fcvt.w.s a0,fa1"), (0xC025_9553, "fcvt.l.s a0,fa1,rtz"),
        (0xC025_F553, "fcvt.l.s a0,fa1"), (0xC205_9553, "fcvt.w.d a0,fa1,rtz"), (0xC205_F553, "fcvt.w.d a0,fa1"),
        (0xC225_9553, "fcvt.l.d a0,fa1,rtz"), (0xC225_8553, "fcvt.l.d a0,fa1,rne"),
        (0x4015_F553, "fcvt.s.d fa0,fa1"), (0x4205_8553, "fcvt.d.s fa0,fa1"), (0x4205_9553, "fcvt.d.s fa0,fa1,rtz"),
    ]
    static let fpSourceNoTemplate: [(UInt32, String)] = [(0xC205_B553, "fcvt.w.d a0,fa1,rup"), (0x4015_9553, "fcvt.s.d fa0,fa1,rtz")]
    static let intSource: [(UInt32, String)] = [
        (0xD005_F553, "fcvt.s.w fa0,a1"), (0xD015_F553, "fcvt.s.wu fa0,a1"), (0xD025_F553, "fcvt.s.l fa0,a1"),
        (0xD205_8553, "fcvt.d.w fa0,a1"), (0xD215_8553, "fcvt.d.wu fa0,a1"), (0xD225_F553, "fcvt.d.l fa0,a1"),
        (0xD205_9553, "fcvt.d.w fa0,a1,rtz"), (0xD205_F553, "fcvt.d.w fa0,a1"),
    ]
    /// Operands of the conversions besides the boundary values: halves (ties), the
    /// 32- and 64-bit limits and just past them, what saturates.
    static let singleConversions: [UInt64] = [0x4020_0000, 0xC060_0000, 0x3F00_0000, 0x4F00_0000, 0xCF00_0000,
                                              0xCF00_0001, 0x501502F9, 0x5F00_0000, 0xDF00_0000, 0xDF00_0001, 0x4B80_0001]
        .map { 0xFFFF_FFFF_0000_0000 | $0 }
    static let doubleConversions: [UInt64] = [0x4004_0000_0000_0000, 0xC00C_0000_0000_0000, 0x3FE0_0000_0000_0000,
                                              0x41DF_FFFF_FFC0_0000, 0x41DF_FFFF_FFE0_0000, 0x41E0_0000_0000_0000,
                                              0xC1E0_0000_0000_0000, 0xC1E0_0000_0010_0000, 0xC1E0_0000_0020_0000,
                                              0x43E0_0000_0000_0000, 0xC3E0_0000_0000_0000, 0xC3E0_0000_0000_0001,
                                              0x4340_0000_0000_0001, 0x47EF_FFFF_E000_0000, 0x36A0_0000_0000_0000]
    static let integers: [UInt64] = [0, 1, UInt64.max, 12345, 1 << 24 + 1, 0x7FFF_FFFF, 0xFFFF_FFFF_8000_0000,
                                     0xFFFF_FFFF, 0x1_0000_0001, (1 << 53) + 1, UInt64(Int64.max), 1 << 63,
                                     0x8000_0000, 0xFFFF_FFFF_FFFF_FFFD]

    func testMinMaxAndConversionsBothTiers() throws {
        try check(Self.minMax, template: true) { v in v.flatMap { a in v.map { b in [a, b] } } }
        try check(Self.fpSource, template: true) { v in
            (v + (v == Self.singles ? Self.singleConversions : Self.doubleConversions)).map { [$0] }
        }
        try check(Self.fpSourceNoTemplate, template: false) { v in v.map { [$0] } }
    }

    func testConversionsFromIntegersBothTiers() throws {
        for (word, text) in Self.intSource {
            let r = try GuestRun(isa: RV64ISA(), code: w(word, 0x0010_0073))
            var b = BlockBuilder(startPC: GuestRun.codeAddress)
            _ = r.isa.decode(at: GuestRun.codeAddress, code: CodeReader(memory: r.memory), into: &b)
            XCTAssertNotNil(b.definitions.first?.takeUnretainedValue().native, "no native template for \(text)")
            for (frm, fflags) in Self.environments {
                for x in Self.integers {
                    r.cpu.guestPC = GuestRun.codeAddress
                    r.setF(10, 0x1234); r.setX(11, x)
                    r.cpu.frm = frm
                    r.fflags = fflags
                    r.run(until: .breakpoint(pc: GuestRun.codeAddress + 4, info: 0))
                }
            }
        }
    }

    /// Each flag alone, raised by a template's host instruction (MXCSR) or by the
    /// function behind it, with fflags clear before: the lazily read value is exact.
    func testEachFlagAfterTemplates() throws {
        // NX: 1/3.
        var r = try runRV(w(0x1AC5_F553)) { r in r.setD(11, 1); r.setD(12, 3) }
        XCTAssertEqual(r.fflags, 0x01)
        // DZ: 1/0 = +inf, nothing else.
        r = try runRV(w(0x1AC5_F553)) { r in r.setD(11, 1); r.setD(12, 0) }
        XCTAssertEqual(r.f(10), 0x7FF0_0000_0000_0000); XCTAssertEqual(r.fflags, 0x08)
        // OF (with NX): 1e300².
        r = try runRV(w(0x12C5_F553)) { r in r.setD(11, 1e300); r.setD(12, 1e300) }
        XCTAssertEqual(r.f(10), 0x7FF0_0000_0000_0000); XCTAssertEqual(r.fflags, 0x05)
        // UF (with NX): an inexact subnormal product; an exact one raises nothing.
        r = try runRV(w(0x12C5_F553)) { r in r.setD(11, 0x1p-1000); r.setD(12, 0x1.0000000000001p-30) }
        XCTAssertEqual(r.f(10), 0x0000_1000_0000_0000); XCTAssertEqual(r.fflags, 0x03)
        r = try runRV(w(0x12C5_F553)) { r in r.setD(11, 0x1p-1000); r.setD(12, 0x1.8p-30) }
        XCTAssertEqual(r.fflags, 0)
        // Tiny before rounding, not after (RISC-V and x86 both look after): NX only.
        r = try runRV(w(0x12C5_F553)) { r in r.setF(11, 0x3FF0_0000_0000_0001); r.setF(12, 0x000F_FFFF_FFFF_FFFF) }
        XCTAssertEqual(r.f(10), 0x0010_0000_0000_0000); XCTAssertEqual(r.fflags, 0x01)
        // NV: ∞ × 0 gives the canonical NaN.
        r = try runRV(w(0x12C5_F553)) { r in r.setD(11, .infinity); r.setD(12, 0) }
        XCTAssertEqual(r.f(10), 0x7FF8_0000_0000_0000); XCTAssertEqual(r.fflags, 0x10)
    }

    /// frflags reads the flags a template left in MXCSR; fsflags zero clears them.
    func testFlagsCSRSeesTemplateFlags() throws {
        // fdiv.d fa0,fa1,fa2; frflags a0; fsflags zero; frflags a1; fdiv.d; frflags a2
        let r = try runRV(w(0x1AC5_F553, 0x0010_2573, 0x0010_1073, 0x0010_25F3, 0x1AC5_F553, 0x0010_2673)) { r in
            r.setD(11, 1); r.setD(12, 0)
        }
        XCTAssertEqual(r.x(10), 0x08); XCTAssertEqual(r.x(11), 0); XCTAssertEqual(r.x(12), 0x08)
    }

    /// Every kind of FP CSR access after a template raised DZ (1/0) into MXCSR.
    func testCSRKindsFoldTemplateFlags() throws {
        let r = try runRV(
            w(0x1AC5_F553) + // fdiv.d fa0,fa1,fa2
            w(0x0030_2573) + // csrrs a0,fcsr,zero
            w(0x0010_E5F3) + // csrrsi a1,fflags,1
            w(0x1AC5_F553) + // fdiv.d fa0,fa1,fa2
            w(0x0014_7673) + // csrrci a2,fflags,8
            w(0x1AC5_F553) + // fdiv.d fa0,fa1,fa2
            w(0x0030_36F3) + // csrrc a3,fcsr,zero
            w(0x0010_1773) + // csrrw a4,fflags,zero
            w(0x1AC5_F553) + // fdiv.d fa0,fa1,fa2
            w(0x0039_D7F3)   // csrrwi a5,fcsr,19
        ) { r in r.setD(11, 1); r.setD(12, 0) }
        XCTAssertEqual([r.x(10), r.x(11), r.x(12), r.x(13), r.x(14), r.x(15)], [8, 8, 9, 9, 9, 8])
        XCTAssertEqual(r.fflags, 0x13); XCTAssertEqual(r.frm, 0)
    }

    /// The templates skip the NaN-box check of a register a boxing template wrote
    /// earlier in the block (`RV64Native.knownBoxed`): a later unboxed write to it
    /// (FMV.D.X, FLD) must bring the check back.
    func testNaNBoxKnowledgeFollowsWrites() throws {
        let r = try runRV(
            w(0xF005_85D3) + // fmv.w.x fa1,a1
            w(0xF206_05D3) + // fmv.d.x fa1,a2
            w(0x00D5_F553) + // fadd.s fa0,fa1,fa3
            w(0x20D5_8753) + // fsgnj.s fa4,fa1,fa3
            w(0x0007_2787) + // flw fa5,0(a4)
            w(0x0087_3787) + // fld fa5,8(a4)
            w(0x10D7_F853)   // fmul.s fa6,fa5,fa3
        ) { r in
            r.setX(11, UInt64(Float(2).bitPattern)); r.setX(12, 0x0000_0000_4000_0000); r.setS(13, -1)
            r.setX(14, GuestRun.data)
            _ = r.memory.write(GuestRun.data, UInt64(0x4040_0000))
            _ = r.memory.write(GuestRun.data + 8, UInt64(0x0000_0001_4040_0000))
        }
        XCTAssertEqual(r.f(10), 0xFFFF_FFFF_7FC0_0000)
        XCTAssertEqual(r.f(14), 0xFFFF_FFFF_FFC0_0000)
        XCTAssertEqual(r.f(16), 0xFFFF_FFFF_7FC0_0000)
        XCTAssertEqual(r.fflags, 0)
    }

    func testConversionSaturationAndMinMaxCorners() throws {
        // fcvt.w.d rtz: truncation (NX), saturation and NaN (NV only), the exact minimum.
        let cases: [(Double, UInt64, UInt32)] = [(3.7, 3, 1), (-3.7, UInt64(bitPattern: -3), 1), (1e10, 0x7FFF_FFFF, 0x10),
                                                 (-1e10, 0xFFFF_FFFF_8000_0000, 0x10), (.nan, 0x7FFF_FFFF, 0x10),
                                                 (-2147483648, 0xFFFF_FFFF_8000_0000, 0),
                                                 (-2147483648.5, 0xFFFF_FFFF_8000_0000, 1), (-0.0, 0, 0)]
        for (v, expected, flags) in cases {
            let r = try runRV(w(0xC205_9553)) { r in r.setD(11, v) }
            XCTAssertEqual(r.x(10), expected, "fcvt.w.d \(v)"); XCTAssertEqual(r.fflags, flags, "fcvt.w.d \(v)")
        }
        // fcvt.l.d rtz of −2^63: exact, no flag; of 2^63: saturates, NV.
        var r = try runRV(w(0xC225_9553)) { r in r.setD(11, -0x1p63) }
        XCTAssertEqual(r.x(10), 1 << 63); XCTAssertEqual(r.fflags, 0)
        r = try runRV(w(0xC225_9553)) { r in r.setD(11, 0x1p63) }
        XCTAssertEqual(r.x(10), UInt64(Int64.max)); XCTAssertEqual(r.fflags, 0x10)
        // fmin/fmax of ±0: −0 and +0 whatever the order.
        r = try runRV(w(0x2AC5_8553)) { r in r.setD(11, 0); r.setD(12, -0.0) }
        XCTAssertEqual(r.f(10), 0x8000_0000_0000_0000)
        r = try runRV(w(0x2AC5_9553)) { r in r.setD(11, -0.0); r.setD(12, 0) }
        XCTAssertEqual(r.f(10), 0)
        // A signalling NaN operand: the other operand and NV; two quiet NaNs: the canonical NaN, no flag.
        r = try runRV(w(0x28C5_8553)) { r in r.setF(11, 0xFFFF_FFFF_7F80_0001); r.setS(12, 2) }
        XCTAssertEqual(r.s(10), 2); XCTAssertEqual(r.fflags, 0x10)
        r = try runRV(w(0x2AC5_9553)) { r in r.setF(11, 0x7FF8_0000_0000_0001); r.setF(12, 0xFFF8_0000_0000_0002) }
        XCTAssertEqual(r.f(10), 0x7FF8_0000_0000_0000); XCTAssertEqual(r.fflags, 0)
        // An improperly boxed single converts as the canonical NaN: fcvt.d.s gives the double one.
        r = try runRV(w(0x4205_8553)) { r in r.setF(11, 0x0000_0000_3F80_0000) }
        XCTAssertEqual(r.f(10), 0x7FF8_0000_0000_0000); XCTAssertEqual(r.fflags, 0)
    }

    /// Static RTZ and RUP: no template, still both tiers.
    static let staticModes: [(UInt32, String)] = [(0x00C5_9553, "fadd.s fa0,fa1,fa2,rtz"), (0x12C5_B553, "fmul.d fa0,fa1,fa2,rup")]

    /// (frm, fflags): every dynamic mode with NX set, RNE also with fflags clear
    /// and with other flags but not NX.
    static let environments: [(UInt32, UInt32)] = [(0, 1), (0, 0), (0, 0x10), (1, 1), (2, 1), (3, 1), (4, 1), (4, 0)]

    func check(_ ops: [(UInt32, String)], template: Bool, _ operands: ([UInt64]) -> [[UInt64]]) throws {
        for (word, text) in ops {
            let r = try GuestRun(isa: RV64ISA(), code: w(word, 0x0010_0073))   // op; ebreak
            if template {
                var b = BlockBuilder(startPC: GuestRun.codeAddress)
                _ = r.isa.decode(at: GuestRun.codeAddress, code: CodeReader(memory: r.memory), into: &b)
                XCTAssertNotNil(b.definitions.first?.takeUnretainedValue().native, "no native template for \(text)")
            }
            // The source format: the mnemonic's last suffix (fcvt.d.s reads a single).
            let values = text.split(separator: " ")[0].hasSuffix(".d") ? Self.doubles : Self.singles
            for (frm, fflags) in Self.environments {
                for regs in operands(values) {
                    r.cpu.guestPC = GuestRun.codeAddress
                    r.setF(10, 0x1234); r.setX(10, 77)
                    for (i, v) in regs.enumerated() { r.setF(11 + i, v) }
                    r.cpu.frm = frm
                    r.fflags = fflags   // and the host's flags (the native tier's) cleared
                    r.run(until: .breakpoint(pc: GuestRun.codeAddress + 4, info: 0))
                }
            }
        }
    }

    func testBinaryAndUnaryOpsBothTiers() throws {
        try check(Self.binary, template: true) { v in v.flatMap { a in v.map { b in [a, b] } } }
        try check(Self.staticModes, template: false) { v in v.flatMap { a in v.map { b in [a, b] } } }
    }

    func testFusedMultiplyAddBothTiers() throws {
        try check(Self.ternary, template: HostCPU.hasFMA3) { all in
            let v = [all[0], all[1], all[2], all[4], all[6], all[7], all[8], all[10], all[12], all[14], all[15], all[all.count - 1]]
            return v.flatMap { a in v.flatMap { b in v.map { c in [a, b, c] } } }
        }
    }

    // MARK: the RISC-V results themselves (in both tiers)

    func testFlagsAndRounding() throws {
        // 1/3 in double: the first inexact result raises NX; later ones keep it.
        var r = try runRV(w(0x1AC5_F553)) { r in r.setD(11, 1); r.setD(12, 3) }   // fdiv.d fa0,fa1,fa2
        XCTAssertEqual(r.f(10), 0x3FD5_5555_5555_5555); XCTAssertEqual(r.fflags, 1)
        r = try runRV(w(0x1AC5_F553)) { r in r.setD(11, 1); r.setD(12, 3); r.cpu.frm = 3 }   // RUP
        XCTAssertEqual(r.f(10), 0x3FD5_5555_5555_5556)
        // Overflow with NX already set: +inf, OF and NX.
        r = try runRV(w(0x12C5_F553)) { r in r.setD(11, 1e300); r.setD(12, 1e300); r.cpu.fflags = 1 }   // fmul.d
        XCTAssertEqual(r.f(10), 0x7FF0_0000_0000_0000); XCTAssertEqual(r.fflags, 0x5)
        // Underflow to a subnormal: UF and NX.
        r = try runRV(w(0x12C5_F553)) { r in r.setD(11, 0x1p-1000); r.setD(12, 0x1.8p-30); r.cpu.fflags = 1 }
        XCTAssertEqual(r.f(10), (0x1.8p-1030 as Double).bitPattern); XCTAssertEqual(r.fflags, 0x1)  // exact: no UF
    }

    func testNaNs() throws {
        // RISC-V returns the canonical NaN, whatever the operands' payloads.
        var r = try runRV(w(0x02C5_F553)) { r in r.setF(11, 0xFFF8_0000_0000_0456); r.setD(12, 1); r.cpu.fflags = 1 }
        XCTAssertEqual(r.f(10), 0x7FF8_0000_0000_0000); XCTAssertEqual(r.fflags, 1)
        r = try runRV(w(0x02C5_F553)) { r in r.setD(11, 1); r.setF(12, 0x7FF0_0000_0000_0789); r.cpu.fflags = 1 }
        XCTAssertEqual(r.f(10), 0x7FF8_0000_0000_0000); XCTAssertEqual(r.fflags, 0x11)
        // An unboxed single reads as the canonical NaN: fadd.s gives it, boxed.
        r = try runRV(w(0x00C5_F553)) { r in r.setF(11, 0x0000_0000_3F80_0000); r.setS(12, 1); r.cpu.fflags = 1 }
        XCTAssertEqual(r.f(10), 0xFFFF_FFFF_7FC0_0000); XCTAssertEqual(r.fflags, 1)
        // fsgnj.s of an unboxed value: canonical NaN with rs2's sign.
        r = try runRV(w(0x20C5_8553)) { r in r.setF(11, 0x0000_0000_3F80_0000); r.setS(12, -1) }
        XCTAssertEqual(r.f(10), 0xFFFF_FFFF_FFC0_0000)
        // feq with a quiet NaN: 0, no flag; flt: NV.
        r = try runRV(w(0xA2C5_A553)) { r in r.setD(11, 1); r.setF(12, 0x7FF8_0000_0000_0123) }
        XCTAssertEqual(r.x(10), 0); XCTAssertEqual(r.fflags, 0)
        r = try runRV(w(0xA2C5_9553)) { r in r.setD(11, 1); r.setF(12, 0x7FF8_0000_0000_0123) }
        XCTAssertEqual(r.x(10), 0); XCTAssertEqual(r.fflags, 0x10)
    }
}
