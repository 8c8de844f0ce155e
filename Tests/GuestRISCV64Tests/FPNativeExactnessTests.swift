import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// The native tier's F/D templates (NativeFPArithmeticTemplates) against the ops'
/// functions: every op over boundary operands (±0, ±1, 1/3, the largest finite, the
/// smallest normal and subnormal, ±inf, quiet NaNs with payloads of either sign, a
/// signalling NaN, values whose products overflow or underflow, and for binary32 an
/// improperly NaN-boxed value) in every operand, under every rounding mode (static
/// RNE/RTZ and dynamic with each frm) and with fflags clear or NX already set.
/// `GuestRun` runs each case in both tiers and fails on any difference in f/x
/// registers or fflags. A few cases also check the RISC-V result itself.
final class FPNativeExactnessTests: XCTestCase {
    static let singles: [UInt64] = [0, 0x8000_0000, 0x3F80_0000, 0xBF80_0000, 0x3EAA_AAAB, 0x4040_0000,
                                    0x7F7F_FFFF, 0x0080_0000, 0x0000_0001, 0x0040_0000, 0x7F80_0000,
                                    0xFF80_0000, 0x7FC0_0123, 0xFFC0_0456, 0x7F80_0789, 0x0C00_0000, 0x7000_0000]
        .map { 0xFFFF_FFFF_0000_0000 | $0 } + [0x0000_0001_3F80_0000]   // the last one is not boxed
    static let doubles: [UInt64] = [0, 0x8000_0000_0000_0000, 0x3FF0_0000_0000_0000, 0xBFF0_0000_0000_0000,
                                    0x3FD5_5555_5555_5555, 0x4008_0000_0000_0000, 0x7FEF_FFFF_FFFF_FFFF,
                                    0x0010_0000_0000_0000, 0x0000_0000_0000_0001, 0x0008_0000_0000_0000,
                                    0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0123,
                                    0xFFF8_0000_0000_0456, 0x7FF0_0000_0000_0789, 0x2000_0000_0000_0000,
                                    0x6000_0000_0000_0000]

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
            let values = text.contains(".d") ? Self.doubles : Self.singles
            for (frm, fflags) in Self.environments {
                for regs in operands(values) {
                    r.cpu.guestPC = GuestRun.codeAddress
                    r.setF(10, 0x1234); r.setX(10, 77)
                    for (i, v) in regs.enumerated() { r.setF(11 + i, v) }
                    r.cpu.frm = frm
                    r.cpu.fflags = fflags
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
