import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// The native tier's scalar FP templates (NativeScalarFP) against the ops'
/// functions: every op over boundary operands (±0, ±1, 1/3, the largest finite, the
/// smallest normal and subnormal, ±inf, quiet NaNs with payloads of either sign, a
/// signalling NaN, values whose products overflow or underflow) in either operand,
/// under every rounding mode, FZ and DN. `GuestRun` runs each case in both tiers and
/// fails on any difference in Vd, NZCV or FPSR (flags after every op, read with
/// the host's accumulated flags). A few cases also check the Arm result itself.
final class FPNativeExactnessTests: XCTestCase {
    static let singles: [UInt64] = [0, 0x8000_0000, 0x3F80_0000, 0xBF80_0000, 0x3EAA_AAAB, 0x4040_0000,
                                    0x7F7F_FFFF, 0x0080_0000, 0x0000_0001, 0x0040_0000, 0x7F80_0000,
                                    0xFF80_0000, 0x7FC0_0123, 0xFFC0_0456, 0x7F80_0789, 0x0C00_0000, 0x7000_0000]
    static let doubles: [UInt64] = [0, 0x8000_0000_0000_0000, 0x3FF0_0000_0000_0000, 0xBFF0_0000_0000_0000,
                                    0x3FD5_5555_5555_5555, 0x4008_0000_0000_0000, 0x7FEF_FFFF_FFFF_FFFF,
                                    0x0010_0000_0000_0000, 0x0000_0000_0000_0001, 0x0008_0000_0000_0000,
                                    0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0123,
                                    0xFFF8_0000_0000_0456, 0x7FF0_0000_0000_0789, 0x2000_0000_0000_0000,
                                    0x6000_0000_0000_0000]
    /// RN, RP, RM, RZ, FZ, DN, and all three together with RZ.
    static let controls: [UInt32] = [0, 1 << 22, 2 << 22, 3 << 22, 1 << 24, 1 << 25, 3 << 22 | 3 << 24]

    static let binary: [(UInt32, String)] = [
        (0x1E22_2820, "fadd s0, s1, s2"), (0x1E22_3820, "fsub s0, s1, s2"), (0x1E22_0820, "fmul s0, s1, s2"),
        (0x1E22_1820, "fdiv s0, s1, s2"), (0x1E22_8820, "fnmul s0, s1, s2"), (0x1E22_4820, "fmax s0, s1, s2"),
        (0x1E22_5820, "fmin s0, s1, s2"), (0x1E22_6820, "fmaxnm s0, s1, s2"), (0x1E22_7820, "fminnm s0, s1, s2"),
        (0x1E22_2020, "fcmp s1, s2"), (0x1E22_2030, "fcmpe s1, s2"), (0x1E22_CC20, "fcsel s0, s1, s2, gt"),
        (0x1E21_C020, "fsqrt s0, s1"), (0x1E22_C020, "fcvt d0, s1"), (0x1E20_C020, "fabs s0, s1"),
        (0x1E21_4020, "fneg s0, s1"), (0x1E20_4020, "fmov s0, s1"), (0x1E20_2028, "fcmp s1, #0.0"),
        (0x1E20_2038, "fcmpe s1, #0.0"),
        (0x1E62_2820, "fadd d0, d1, d2"), (0x1E62_3820, "fsub d0, d1, d2"), (0x1E62_0820, "fmul d0, d1, d2"),
        (0x1E62_1820, "fdiv d0, d1, d2"), (0x1E62_8820, "fnmul d0, d1, d2"), (0x1E62_4820, "fmax d0, d1, d2"),
        (0x1E62_5820, "fmin d0, d1, d2"), (0x1E62_6820, "fmaxnm d0, d1, d2"), (0x1E62_7820, "fminnm d0, d1, d2"),
        (0x1E62_2020, "fcmp d1, d2"), (0x1E62_2030, "fcmpe d1, d2"), (0x1E62_BC20, "fcsel d0, d1, d2, lt"),
        (0x1E61_C020, "fsqrt d0, d1"), (0x1E62_4020, "fcvt s0, d1"), (0x1E60_C020, "fabs d0, d1"),
        (0x1E61_4020, "fneg d0, d1"), (0x1E60_4020, "fmov d0, d1"), (0x1E60_2028, "fcmp d1, #0.0"),
        (0x1E60_2038, "fcmpe d1, #0.0"), (0x1E7F_1000, "fmov d0, #-1.5"),
    ]
    static let ternary: [(UInt32, String)] = [
        (0x1F02_0C20, "fmadd s0, s1, s2, s3"), (0x1F02_8C20, "fmsub s0, s1, s2, s3"),
        (0x1F22_0C20, "fnmadd s0, s1, s2, s3"), (0x1F22_8C20, "fnmsub s0, s1, s2, s3"),
        (0x1F42_0C20, "fmadd d0, d1, d2, d3"), (0x1F42_8C20, "fmsub d0, d1, d2, d3"),
        (0x1F62_0C20, "fnmadd d0, d1, d2, d3"), (0x1F62_8C20, "fnmsub d0, d1, d2, d3"),
    ]

    /// Whether the op's sources are doubles.
    static func isDouble(_ text: String) -> Bool { text.contains("d1") || text.contains("#-1.5") }

    /// Fails unless the native tier has a template for `word` (else the comparison
    /// would only compare the function with itself).
    func assertTemplate(_ r: GuestRun, _ pc: UInt64, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        var b = BlockBuilder(startPC: pc)
        _ = r.isa.decode(at: pc, code: CodeReader(memory: r.memory), into: &b)
        XCTAssertNotNil(b.definitions.first?.takeUnretainedValue().native, "no native template for \(text)", file: file, line: line)
    }

    func testBinaryAndUnaryOpsBothTiers() throws {
        let r = try SharedGuest.run()
        for (word, text) in Self.binary {
            let pc = SharedGuest.place([word, a64End])
            assertTemplate(r, pc, text)
            let values = Self.isDouble(text) ? Self.doubles : Self.singles
            for fpcr in Self.controls {
                for a in values {
                    for b in values {
                        r.runTwice(at: pc) { r in
                            r.setV(0, 0x1111, 0x2222); r.setV(1, a, 0xDEAD); r.setV(2, b, 0xBEEF)
                            r.cpu.nzcv = 0x2000_0000  // C set: GT fails, LT fails -> Vm for both FCSELs
                            r.cpu.fpcr = fpcr
                        }
                    }
                }
            }
        }
    }

    func testFusedMultiplyAddBothTiers() throws {
        let r = try SharedGuest.run()
        for (word, text) in Self.ternary {
            let pc = SharedGuest.place([word, a64End])
            if HostCPU.hasFMA3 { assertTemplate(r, pc, text) }
            let all = Self.isDouble(text) ? Self.doubles : Self.singles
            let values = [all[0], all[1], all[2], all[4], all[6], all[7], all[8], all[10], all[12], all[14], all[15]]
            for fpcr in Self.controls {
                for a in values { for b in values { for c in values {
                    r.runTwice(at: pc) { r in
                        r.setV(1, a); r.setV(2, b); r.setV(3, c)
                        r.cpu.fpcr = fpcr
                    }
                } } }
            }
        }
    }

    // MARK: the Arm results themselves (in both tiers)

    func testRoundingModesAndInexact() throws {
        // 1 + 2^-24: RN gives 1.0, RP the next single up; IXC either way.
        var r = try runFP([0x1E22_2820], setup: { r in r.setS(1, 1); r.setV(2, 0x3380_0000) })
        XCTAssertEqual(r.vLo(0), 0x3F80_0000); XCTAssertEqual(r.fpsrValue, A64FPBits.ixc)
        r = try runFP([0x1E22_2820], setup: { r in r.setS(1, 1); r.setV(2, 0x3380_0000); r.cpu.fpcr = 1 << 22 })
        XCTAssertEqual(r.vLo(0), 0x3F80_0001); XCTAssertEqual(r.fpsrValue, A64FPBits.ixc)
        // 1/3 in double: RZ and RM round down, RP up.
        r = try runFP([0x1E62_1820], setup: { r in r.setD(1, 1); r.setD(2, 3); r.cpu.fpcr = 3 << 22 })
        XCTAssertEqual(r.vLo(0), 0x3FD5_5555_5555_5555)
        r = try runFP([0x1E62_1820], setup: { r in r.setD(1, 1); r.setD(2, 3); r.cpu.fpcr = 1 << 22 })
        XCTAssertEqual(r.vLo(0), 0x3FD5_5555_5555_5556)
    }

    func testFlushToZeroAndDefaultNaN() throws {
        // smallest normal * 0.5: a subnormal, exact (no flag); with FZ +0 and UFC only.
        var r = try runFP([0x1E62_0820], setup: { r in r.setV(1, 0x0010_0000_0000_0000); r.setD(2, 0.5) })
        XCTAssertEqual(r.vLo(0), 0x0008_0000_0000_0000); XCTAssertEqual(r.fpsrValue, 0)
        r = try runFP([0x1E62_0820], setup: { r in r.setV(1, 0x0010_0000_0000_0000); r.setD(2, 0.5); r.cpu.fpcr = 1 << 24 })
        XCTAssertEqual(r.vLo(0), 0); XCTAssertEqual(r.fpsrValue, A64FPBits.ufc)
        // A quiet NaN operand: its payload propagates; with DN the default NaN.
        r = try runFP([0x1E22_2820], setup: { r in r.setS(1, 1); r.setV(2, 0xFFC0_0456) })
        XCTAssertEqual(r.vLo(0), 0xFFC0_0456); XCTAssertEqual(r.fpsrValue, 0)
        r = try runFP([0x1E22_2820], setup: { r in r.setS(1, 1); r.setV(2, 0xFFC0_0456); r.cpu.fpcr = 1 << 25 })
        XCTAssertEqual(r.vLo(0), 0x7FC0_0000); XCTAssertEqual(r.fpsrValue, 0)
        // Signalling second operand beats a quiet first one (x86 would pick the first).
        r = try runFP([0x1E62_2820], setup: { r in r.setV(1, 0x7FF8_0000_0000_0123); r.setV(2, 0x7FF0_0000_0000_0789) })
        XCTAssertEqual(r.vLo(0), 0x7FF8_0000_0000_0789); XCTAssertEqual(r.fpsrValue, A64FPBits.ioc)
    }

    func testCompareFlags() throws {
        // FCMP with a quiet NaN: unordered (0011), no IOC; FCMPE: IOC.
        var r = try runFP([0x1E62_2020], setup: { r in r.setD(1, 1); r.setV(2, 0x7FF8_0000_0000_0123) })
        XCTAssertEqual(r.cpu.nzcv, 0x3000_0000); XCTAssertEqual(r.fpsrValue, 0)
        r = try runFP([0x1E62_2030], setup: { r in r.setD(1, 1); r.setV(2, 0x7FF8_0000_0000_0123) })
        XCTAssertEqual(r.cpu.nzcv, 0x3000_0000); XCTAssertEqual(r.fpsrValue, A64FPBits.ioc)
        r = try runFP([0x1E62_2020], setup: { r in r.setD(1, -0.0); r.setD(2, 0) })
        XCTAssertEqual(r.cpu.nzcv, 0x6000_0000)
        r = try runFP([0x1E22_2020], setup: { r in r.setS(1, -2); r.setS(2, 1) })
        XCTAssertEqual(r.cpu.nzcv, 0x8000_0000)
    }
}
