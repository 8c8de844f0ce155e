/// SoftFloat: rounding and packing (see SoftFormat.swift for the representation).
enum SoftFloat {
    // MARK: - Rounding

    /// Rounds `sig` after dropping its `shift` low bits (shift ≥ 1), with `sticky`
    /// meaning more non-zero bits below those. Returns the kept bits, incremented as
    /// the rounding mode asks, and whether anything was dropped.
    static func roundBits(_ sig: UInt128, shift: Int, sticky: Bool, negative: Bool, rm: UInt32)
        -> (kept: UInt128, inexact: Bool) {
        let kept: UInt128, half: Bool, rest: Bool
        if shift > 128 {
            kept = 0; half = false; rest = sig != 0 || sticky
        } else if shift == 128 {
            kept = 0; half = sig >> 127 != 0; rest = sig << 1 != 0 || sticky
        } else {
            kept = sig >> UInt128(shift)
            half = (sig >> UInt128(shift - 1)) & 1 != 0
            rest = (shift > 1 && sig & ((1 << UInt128(shift - 1)) - 1) != 0) || sticky
        }
        let inexact = half || rest
        let up: Bool
        switch rm {
        case RoundingMode.rne: up = half && (rest || kept & 1 != 0)
        case RoundingMode.rtz: up = false
        case RoundingMode.rdn: up = inexact && negative
        case RoundingMode.rup: up = inexact && !negative
        default: up = half // RMM
        }
        return (up ? kept + 1 : kept, inexact)
    }

    /// Rounds (-1)^negative × (sig + ε) × 2^exp to the format, where ε ∈ (0, 1) when
    /// `sticky`, else 0. With `sticky` the caller supplies at least p + 2 significant
    /// bits, so the rounding position lies above the inexact tail.
    static func roundPack(negative: Bool, exp: Int, sig: UInt128, sticky: Bool = false,
                          _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        let sign = negative ? f.signBit : 0
        if sig == 0 {
            if !sticky { return sign }
            flags |= RVFlags.UF | RVFlags.NX
            let awayFromZero = (rm == RoundingMode.rdn && negative) || (rm == RoundingMode.rup && !negative)
            return sign | (awayFromZero ? 1 : 0)
        }
        let n = 128 - sig.leadingZeroBitCount
        let leadExp = exp + n - 1                       // value ∈ [2^leadExp, 2^(leadExp+1))
        let lsbExp = f.emin - f.fracBits                // exponent of the smallest subnormal
        let shift = max(n - f.p, lsbExp - exp)
        var kept: UInt128, keptExp: Int, inexact: Bool
        if shift <= 0 {
            kept = sig << UInt128(-shift); keptExp = exp + shift; inexact = sticky
        } else {
            (kept, inexact) = roundBits(sig, shift: shift, sticky: sticky, negative: negative, rm: rm)
            keptExp = exp + shift
            if kept >> UInt128(f.p) != 0 { kept >>= 1; keptExp += 1 } // carried to 2^p
        }
        if inexact {
            flags |= RVFlags.NX
            // Tininess after rounding: the result rounded to p bits with an unbounded
            // exponent range lies below 2^emin.
            var tiny = leadExp < f.emin - 1
            if leadExp == f.emin - 1 {
                if n <= f.p {
                    tiny = true // the unbounded result is exact and below 2^emin
                } else {
                    let r = roundBits(sig, shift: n - f.p, sticky: sticky, negative: negative, rm: rm).kept
                    tiny = r >> UInt128(f.p) == 0
                }
            }
            if tiny { flags |= RVFlags.UF }
        }
        if kept == 0 { return sign }
        let hidden = UInt128(1) << UInt128(f.fracBits)
        if kept < hidden { return sign | UInt64(kept) } // subnormal (keptExp == lsbExp)
        let biased = keptExp + f.fracBits + f.bias
        if biased >= (1 << f.expBits) - 1 {
            flags |= RVFlags.OF | RVFlags.NX
            let toInfinity: Bool
            switch rm {
            case RoundingMode.rtz: toInfinity = false
            case RoundingMode.rdn: toInfinity = negative
            case RoundingMode.rup: toInfinity = !negative
            default: toInfinity = true
            }
            return sign | (toInfinity ? f.infinity : f.maxFinite)
        }
        return sign | UInt64(biased) << UInt64(f.fracBits) | (UInt64(truncatingIfNeeded: kept) & f.fracMask)
    }

    /// A finite non-zero value's sign, exponent and integer significand.
    static func unpack(_ x: UInt64, _ f: SoftFormat) -> Unpacked {
        let e = Int((x >> UInt64(f.fracBits)) & ((1 << UInt64(f.expBits)) - 1))
        let frac = x & f.fracMask
        if e == 0 { return Unpacked(negative: f.isNegative(x), exp: f.emin - f.fracBits, sig: UInt128(frac)) }
        return Unpacked(negative: f.isNegative(x), exp: e - f.bias - f.fracBits,
                        sig: UInt128(frac | (1 << UInt64(f.fracBits))))
    }

    /// The canonical NaN, raising NV when an operand is a signaling NaN.
    static func nanResult(_ f: SoftFormat, _ ops: UInt64..., flags: inout UInt32) -> UInt64 {
        if ops.contains(where: { f.isSignalingNaN($0) }) { flags |= RVFlags.NV }
        return f.canonicalNaN
    }
}
