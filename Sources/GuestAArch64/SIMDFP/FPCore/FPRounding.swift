/// Rounding to integral values and between formats, with FPCR rounding modes
/// (Arm ARM FPRoundInt, FPConvert, FPRoundCV).
enum FPRound {
    /// Arm rounding modes as used by FRINT*, FCVT*: RMode encoding 0 RN, 1 RP, 2 RM,
    /// 3 RZ, plus 4 = ties away from zero (FRINTA, FCVTA*).
    static let nearestEven: UInt32 = 0, plusInf: UInt32 = 1, minusInf: UInt32 = 2
    static let zero: UInt32 = 3, nearestAway: UInt32 = 4

    @inline(__always) static func rule(_ mode: UInt32) -> FloatingPointRoundingRule {
        switch mode {
        case plusInf: return .up
        case minusInf: return .down
        case zero: return .towardZero
        case nearestAway: return .toNearestOrAwayFromZero
        default: return .toNearestOrEven
        }
    }

    /// FPRoundInt for a non-NaN value (infinities and zeros come back unchanged; a zero
    /// result keeps the operand's sign, as the host's rounding functions do).
    @inline(__always) static func integral<F: A64Float>(_ x: F, _ mode: UInt32) -> F {
        mode == nearestEven ? nearestEvenQuiet(x) : x.rounded(rule(mode))
    }

    /// Round half to even without raising the host's inexact flag (Swift's
    /// `.toNearestOrEven` is rint(), which does; Arm's FRINTN/FCVTN* do not).
    /// trunc() is flag-free and x - trunc(x) is exact.
    @inline(__always) static func nearestEvenQuiet<F: A64Float>(_ x: F) -> F {
        if x.isInfinite { return x }
        let t = x.rounded(.towardZero)
        let f = (x - t).magnitude
        if f > 0.5 || (f == 0.5 && (t * 0.5).rounded(.towardZero) != t * 0.5) {
            return x.sign == .minus ? t - 1 : t + 1
        }
        return t
    }
}

/// Half precision conversions, done in integer arithmetic so the rounding mode and NaN
/// rules are Arm's: IEEE binary16, or with FPCR.AHP = 1 Arm's alternative half
/// precision (FPUnpackCV, FPConvert, FPRoundCV in DDI 0487 "Shared pseudocode"): the
/// all-ones exponent encodes normal numbers up to 131008, with no infinities or NaNs.
enum FPHalf {
    /// FPCR.AHP.
    @inline(__always) static func alternative(_ cpu: UnsafeMutableRawPointer) -> Bool { cpu.fpcr & (1 << 26) != 0 }

    /// Exact widening of a half to double (every half is a double). NaNs keep their
    /// payload in the top fraction bits and are quieted (FPConvert of a NaN operand).
    static func toDouble(_ cpu: UnsafeMutableRawPointer, _ h: UInt16) -> Double {
        let sign: UInt64 = UInt64(h >> 15) << 63
        let exp = Int(h >> 10 & 0x1F), frac = UInt64(h & 0x3FF)
        if exp == 0x1F && !alternative(cpu) {
            if frac == 0 { return Double(bits: sign | 0x7FF0_0000_0000_0000) }
            if frac & 0x200 == 0 { cpu.fpsr |= A64FPBits.ioc }
            if cpu.fpcr & A64FPBits.dn != 0 { return Double.defaultNaN }
            return Double(bits: sign | 0x7FF8_0000_0000_0000 | frac << 42)
        }
        let mag: Double = exp == 0 ? Double(frac) * 0x1p-24 : Double(frac | 0x400) * Double(sign: .plus, exponent: exp - 25, significand: 1)
        return Double(bits: mag.bits | sign)
    }

    /// Rounds a double to half with Arm rounding mode `mode` (FPRound semantics:
    /// overflow to infinity or the largest finite value by mode, subnormals kept,
    /// IXC/OFC/UFC set). NaN payloads keep their top bits (FPConvert). With FPCR.AHP a
    /// NaN becomes a zero of its sign, and an infinity or a rounded value above 131008
    /// becomes sign:ones; each raises IOC alone (FPConvert, FPRoundBase with isAlt).
    static func fromDouble(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ mode: UInt32) -> UInt16 {
        let sign: UInt16 = x.sign == .minus ? 0x8000 : 0
        let alt = alternative(cpu)
        if x.isNaN {
            if x.isSNaN || alt { cpu.fpsr |= A64FPBits.ioc }
            if alt { return sign }
            if cpu.fpcr & A64FPBits.dn != 0 { return 0x7E00 }
            return sign | 0x7E00 | UInt16(truncatingIfNeeded: (x.bits >> 42) & 0x3FF)
        }
        if x.isInfinite {
            if alt { cpu.fpsr |= A64FPBits.ioc; return sign | 0x7FFF }
            return sign | 0x7C00
        }
        if x.isZero { return sign }
        let mag = x.magnitude
        if alt && mag > 131008 && altOverflows(mag, negative: sign != 0, mode) {
            cpu.fpsr |= A64FPBits.ioc
            return sign | 0x7FFF
        }
        // Quantum (weight of the last significand bit) of the half result at this size.
        let e = Swift.max(Int(mag.exponent), -14)
        let quantum = Double(sign: .plus, exponent: e - 10, significand: 1)
        let scaled = mag / quantum        // exact: power-of-two scaling
        let rule: FloatingPointRoundingRule
        switch mode {
        case FPRound.plusInf: rule = sign == 0 ? .up : .down
        case FPRound.minusInf: rule = sign == 0 ? .down : .up
        case FPRound.zero: rule = .towardZero
        case FPRound.nearestAway: rule = .toNearestOrAwayFromZero
        default: rule = .toNearestOrEven
        }
        let r = scaled.rounded(rule)
        let inexact = r != scaled
        let value = r * quantum
        if value > 65504 && !alt {
            cpu.fpsr |= A64FPBits.ofc | A64FPBits.ixc
            let toInf: Bool
            switch mode {
            case FPRound.plusInf: toInf = sign == 0
            case FPRound.minusInf: toInf = sign != 0
            case FPRound.zero: toInf = false
            default: toInf = true
            }
            return sign | (toInf ? 0x7C00 : 0x7BFF)
        }
        if inexact {
            cpu.fpsr |= A64FPBits.ixc
            if mag < 0x1p-14 { cpu.fpsr |= A64FPBits.ufc }
        }
        if value < 0x1p-14 { return sign | UInt16(value * 0x1p24) }
        let ve = Int(value.exponent)
        let frac = UInt16(value / Double(sign: .plus, exponent: ve - 10, significand: 1)) & 0x3FF
        return sign | UInt16(ve + 15) << 10 | frac
    }

    /// Whether a magnitude above 131008 (= 2047 * 2^6, the largest alternative half)
    /// rounds past it, decided by comparisons: the rounding below raises the host's
    /// inexact flag, and a saturating AHP conversion must leave IXC clear.
    @inline(__always) static func altOverflows(_ mag: Double, negative: Bool, _ mode: UInt32) -> Bool {
        switch mode {
        case FPRound.plusInf: return negative ? mag >= 131072 : true
        case FPRound.minusInf: return negative ? true : mag >= 131072
        case FPRound.zero: return mag >= 131072
        default: return mag >= 131040             // halfway to 2048 * 2^6 rounds up (even)
        }
    }
}
