import XrunCore

/// Integer kinds of FCVT: W, WU, L, LU (the rs2 field values 0–3).
enum FPIntKind { case w, wu, l, lu }

/// FCVT between floating point and integers (spec 13.7, table 13.4 for the
/// out-of-range and NaN results), written once for S and D.
/// Op fields: a = rd, b = rs1, d = rm (7 = dynamic).
enum FPConvert {
    @inline(__always)
    static func rule(_ rm: UInt32) -> FloatingPointRoundingRule {
        switch rm {
        case RoundingMode.rne: return .toNearestOrEven
        case RoundingMode.rtz: return .towardZero
        case RoundingMode.rdn: return .down
        case RoundingMode.rup: return .up
        default: return .toNearestOrAwayFromZero
        }
    }

    /// Float → integer: round in the mode (exact on the host), then saturate. Invalid
    /// (NaN, out of range after rounding) sets only NV; a rounded in-range result
    /// sets NX when it differs from the input. 32-bit results are sign-extended,
    /// FCVT.WU's too.
    @inline(__always)
    static func toInteger<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ kind: FPIntKind) {
        let rm = FPRounding.resolve(cpu, op)
        // The host code below may raise flags this conversion must not (UInt64(r)
        // converts r − 2^63 too; rounding to nearest-away may add and truncate): the
        // guest's host flags are moved to cpu.fflags first, the rest dropped after.
        RV64FPStatus.absorb(cpu)
        defer { RV64FPStatus.dropHostFlags() }
        let v = T.read(cpu, op.pointee.b)
        let r = rm == RoundingMode.rtz ? v.rounded(.towardZero) : v.rounded(rule(rm))
        let two31 = T(sign: .plus, exponent: 31, significand: 1)
        let two32 = T(sign: .plus, exponent: 32, significand: 1)
        let two63 = T(sign: .plus, exponent: 63, significand: 1)
        let two64 = T(sign: .plus, exponent: 64, significand: 1)
        // A NaN compares false everywhere: it is invalid and converts like +∞.
        let valid: Bool, result: UInt64
        switch kind {
        case .w:
            valid = r >= -two31 && r < two31
            result = valid ? sext32(UInt32(bitPattern: Int32(r))) : (v < 0 ? sext32(UInt32(0x8000_0000)) : 0x7fff_ffff)
        case .wu:
            valid = r > -1 && r < two32
            result = valid ? sext32(UInt32(r)) : (v < 0 ? 0 : UInt64.max)
        case .l:
            valid = r >= -two63 && r < two63
            result = valid ? UInt64(bitPattern: Int64(r)) : (v < 0 ? 1 << 63 : UInt64(Int64.max))
        case .lu:
            valid = r > -1 && r < two64
            result = valid ? UInt64(r) : (v < 0 ? 0 : UInt64.max)
        }
        if _slowPath(!valid) {
            cpu.fflags |= RVFlags.NV
        } else if r != v {
            cpu.fflags |= RVFlags.NX
        }
        cpu.xreg[Int(op.pointee.a)] = result
    }

    /// Integer → float. Exact when the magnitude fits the significand (the common
    /// case, done on the host); otherwise SoftFloat rounds in the mode.
    @inline(__always)
    static func fromInteger<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ kind: FPIntKind) {
        let rm = FPRounding.resolve(cpu, op)
        let x = cpu.xreg[Int(op.pointee.b)]
        let negative: Bool, magnitude: UInt64
        switch kind {
        case .w:
            let i = Int32(truncatingIfNeeded: x)
            negative = i < 0; magnitude = UInt64(i.magnitude)
        case .wu:
            negative = false; magnitude = x & 0xffff_ffff
        case .l:
            let i = Int64(bitPattern: x)
            negative = i < 0; magnitude = i.magnitude
        case .lu:
            negative = false; magnitude = x
        }
        if magnitude >> UInt64(T.significandBitCount + 1) == 0 {
            let m = T(magnitude)
            T.write(cpu, op.pointee.a, negative ? -m : m)
            return
        }
        slowFromInteger(cpu, op.pointee.a, negative, magnitude, T.format, rm)
    }

    @inline(never)
    static func slowFromInteger(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ negative: Bool, _ magnitude: UInt64,
                                _ f: SoftFormat, _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.fromInteger(negative: negative, magnitude: magnitude, f, rm: rm, flags: &flags)
        cpu.fflags |= flags
        FPArith.writeResult(cpu, rd, r, f)
    }

    /// FCVT.S.D: rounds. The host conversion is RNE; when its result is a safely
    /// normal number the inexact flag is simply whether it converts back unchanged.
    static let singleFromDouble: OpDef = OpDef("fcvt.s.d", native: NativeFPConvertTemplates.convertPrecision(toDouble: false)) { cpu, op in
        let rm = FPRounding.resolve(cpu, op)
        let d = Double.read(cpu, op.pointee.b)
        if rm == RoundingMode.rne && d.isZeroOrNormal {
            let s = Float(d)
            if s.isSafelyNormal || d == 0 {
                if Double(s) != d { cpu.fflags |= RVFlags.NX }
                Float.write(cpu, op.pointee.a, s)
                return
            }
        }
        slowConvert(cpu, op.pointee.a, d.bitPattern, from: .double, to: .single, rm)
    }

    /// FCVT.D.S: exact; a NaN becomes the canonical NaN (NV if signaling).
    static let doubleFromSingle: OpDef = OpDef("fcvt.d.s", native: NativeFPConvertTemplates.convertPrecision(toDouble: true)) { cpu, op in
        _ = FPRounding.resolve(cpu, op) // never rounds, but a reserved dynamic mode is still illegal
        let s = Float.read(cpu, op.pointee.b)
        if _slowPath(s.isNaN) {
            slowConvert(cpu, op.pointee.a, UInt64(s.bitPattern), from: .single, to: .double, RoundingMode.rne)
            return
        }
        Double.write(cpu, op.pointee.a, Double(s))
    }

    @inline(never)
    static func slowConvert(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ bits: UInt64, from: SoftFormat, to: SoftFormat,
                            _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.convert(bits, from: from, to: to, rm: rm, flags: &flags)
        cpu.fflags |= flags
        FPArith.writeResult(cpu, rd, r, to)
    }
}
