/// IEEE 754 binary32/binary64 arithmetic in software, on bit patterns, for every
/// case the host fast path does not cover: rounding modes other than RNE, results
/// that may be tiny, overflow, NaN operands, and the first inexact result (before
/// fflags.NX is set its exact value must be known). All five RISC-V rounding modes;
/// fflags as the F extension defines them (tininess detected after rounding; every
/// NaN result is the canonical NaN).
///
/// Cold code: this is the slow path, called through `@inline(never)` wrappers.
struct SoftFormat {
    let expBits: Int
    let fracBits: Int
    let canonicalNaN: UInt64

    static let single = SoftFormat(expBits: 8, fracBits: 23, canonicalNaN: 0x7fc0_0000)
    static let double = SoftFormat(expBits: 11, fracBits: 52, canonicalNaN: 0x7ff8_0000_0000_0000)

    /// Precision in bits (with the hidden bit).
    var p: Int { fracBits + 1 }
    var bias: Int { (1 << (expBits - 1)) - 1 }
    var emin: Int { 1 - bias }
    var emax: Int { bias }
    var fracMask: UInt64 { (1 << UInt64(fracBits)) - 1 }
    var signBit: UInt64 { 1 << UInt64(expBits + fracBits) }
    var infinity: UInt64 { ((1 << UInt64(expBits)) - 1) << UInt64(fracBits) }
    var maxFinite: UInt64 { infinity - 1 }
    var quietBit: UInt64 { 1 << UInt64(fracBits - 1) }

    func isNaN(_ x: UInt64) -> Bool { x & ~signBit > infinity }
    func isSignalingNaN(_ x: UInt64) -> Bool { isNaN(x) && x & quietBit == 0 }
    func isInfinite(_ x: UInt64) -> Bool { x & ~signBit == infinity }
    func isZero(_ x: UInt64) -> Bool { x & ~signBit == 0 }
    func isNegative(_ x: UInt64) -> Bool { x & signBit != 0 }
    func zero(negative: Bool) -> UInt64 { negative ? signBit : 0 }
    func infinity(negative: Bool) -> UInt64 { infinity | (negative ? signBit : 0) }
}

/// RISC-V rounding modes (frm encoding).
enum RoundingMode {
    static let rne: UInt32 = 0, rtz: UInt32 = 1, rdn: UInt32 = 2, rup: UInt32 = 3, rmm: UInt32 = 4
}

/// A finite non-zero value: (-1)^negative × sig × 2^exp.
struct Unpacked {
    var negative: Bool
    var exp: Int
    var sig: UInt128
}

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

    // MARK: - Arithmetic

    /// x + y for finite non-zero operands (sig up to 106 bits): exact in a 128-bit
    /// window (the larger operand's leading bit at bit 125), the smaller one shifted
    /// with its lost bits jammed into bit 0. Jamming only happens when the smaller
    /// operand is at least 2^20 times smaller, so cancellation removes at most one
    /// bit and the jammed bit stays far below the rounding position.
    static func addUnpacked(_ x: Unpacked, _ y: Unpacked, _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        func lead(_ u: Unpacked) -> Int { u.exp + (127 - u.sig.leadingZeroBitCount) }
        let (big, small) = lead(x) >= lead(y) ? (x, y) : (y, x)
        let bigShift = 125 - (127 - big.sig.leadingZeroBitCount)
        let bigSig = big.sig << UInt128(bigShift)
        let baseExp = big.exp - bigShift
        let d = small.exp - baseExp
        var smallSig: UInt128
        if d >= 0 {
            smallSig = small.sig << UInt128(d)
        } else if -d >= 128 {
            smallSig = 1
        } else {
            let lost = small.sig & ((1 << UInt128(-d)) - 1)
            smallSig = (small.sig >> UInt128(-d)) | (lost != 0 ? 1 : 0)
        }
        if big.negative == small.negative {
            return roundPack(negative: big.negative, exp: baseExp, sig: bigSig + smallSig, f, rm: rm, flags: &flags)
        }
        if bigSig == smallSig { return f.zero(negative: rm == RoundingMode.rdn) }
        if bigSig > smallSig {
            return roundPack(negative: big.negative, exp: baseExp, sig: bigSig - smallSig, f, rm: rm, flags: &flags)
        }
        return roundPack(negative: small.negative, exp: baseExp, sig: smallSig - bigSig, f, rm: rm, flags: &flags)
    }

    static func add(_ a: UInt64, _ b: UInt64, _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        if f.isNaN(a) || f.isNaN(b) { return nanResult(f, a, b, flags: &flags) }
        if f.isInfinite(a) {
            if f.isInfinite(b) && f.isNegative(a) != f.isNegative(b) {
                flags |= RVFlags.NV
                return f.canonicalNaN
            }
            return a
        }
        if f.isInfinite(b) { return b }
        if f.isZero(a) && f.isZero(b) {
            if f.isNegative(a) == f.isNegative(b) { return a }
            return f.zero(negative: rm == RoundingMode.rdn)
        }
        if f.isZero(a) { return b }
        if f.isZero(b) { return a }
        return addUnpacked(unpack(a, f), unpack(b, f), f, rm: rm, flags: &flags)
    }

    static func mul(_ a: UInt64, _ b: UInt64, _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        if f.isNaN(a) || f.isNaN(b) { return nanResult(f, a, b, flags: &flags) }
        let negative = f.isNegative(a) != f.isNegative(b)
        if f.isInfinite(a) || f.isInfinite(b) {
            if f.isZero(a) || f.isZero(b) {
                flags |= RVFlags.NV
                return f.canonicalNaN
            }
            return f.infinity(negative: negative)
        }
        if f.isZero(a) || f.isZero(b) { return f.zero(negative: negative) }
        let x = unpack(a, f), y = unpack(b, f)
        return roundPack(negative: negative, exp: x.exp + y.exp, sig: x.sig * y.sig, f, rm: rm, flags: &flags)
    }

    /// Shifts a non-zero significand left so its leading bit is bit `top`.
    static func normalize(_ u: Unpacked, top: Int) -> Unpacked {
        let s = top - (127 - u.sig.leadingZeroBitCount)
        return Unpacked(negative: u.negative, exp: u.exp - s, sig: u.sig << UInt128(max(s, 0)))
    }

    static func div(_ a: UInt64, _ b: UInt64, _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        if f.isNaN(a) || f.isNaN(b) { return nanResult(f, a, b, flags: &flags) }
        let negative = f.isNegative(a) != f.isNegative(b)
        if f.isInfinite(a) {
            if f.isInfinite(b) {
                flags |= RVFlags.NV
                return f.canonicalNaN
            }
            return f.infinity(negative: negative)
        }
        if f.isInfinite(b) { return f.zero(negative: negative) }
        if f.isZero(b) {
            if f.isZero(a) {
                flags |= RVFlags.NV
                return f.canonicalNaN
            }
            flags |= RVFlags.DZ
            return f.infinity(negative: negative)
        }
        if f.isZero(a) { return f.zero(negative: negative) }
        // Both significands get their leading bit at 63; the quotient of
        // (x << 64) / y then has 64 or 65 bits, the remainder gives the sticky bit.
        let x = normalize(unpack(a, f), top: 63), y = normalize(unpack(b, f), top: 63)
        let num = x.sig << 64
        let q = num / y.sig, r = num % y.sig
        return roundPack(negative: negative, exp: x.exp - 64 - y.exp, sig: q, sticky: r != 0, f, rm: rm, flags: &flags)
    }

    /// floor(sqrt(m)) for m < 2^127.
    static func integerSquareRoot(_ m: UInt128) -> UInt128 {
        if m == 0 { return 0 }
        var s = UInt128(Double(m).squareRoot())
        if s == 0 { s = 1 }
        for _ in 0..<3 { s = (s + m / s) >> 1 }
        while s * s > m { s -= 1 }
        while (s + 1) * (s + 1) <= m { s += 1 }
        return s
    }

    static func sqrt(_ a: UInt64, _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        if f.isNaN(a) { return nanResult(f, a, flags: &flags) }
        if f.isZero(a) { return a }
        if f.isNegative(a) {
            flags |= RVFlags.NV
            return f.canonicalNaN
        }
        if f.isInfinite(a) { return a }
        // Leading bit at 125 or 126, whichever makes the exponent even: the root
        // then has 63 bits and the remainder tells whether it is exact.
        let u = unpack(a, f)
        var x = normalize(u, top: 126)
        if x.exp & 1 != 0 { x = normalize(u, top: 125) }
        let s = integerSquareRoot(x.sig)
        return roundPack(negative: false, exp: x.exp / 2, sig: s, sticky: s * s != x.sig, f, rm: rm, flags: &flags)
    }

    /// a × b + c with one rounding. The FMSUB/FNMSUB/FNMADD variants flip the sign
    /// bits of their operands before calling this.
    static func fma(_ a: UInt64, _ b: UInt64, _ c: UInt64, _ f: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        let infTimesZero = (f.isInfinite(a) && f.isZero(b)) || (f.isZero(a) && f.isInfinite(b))
        if f.isNaN(a) || f.isNaN(b) || f.isNaN(c) {
            // ∞ × 0 is invalid even when the addend is a quiet NaN (spec 13.6).
            if infTimesZero { flags |= RVFlags.NV }
            return nanResult(f, a, b, c, flags: &flags)
        }
        if infTimesZero {
            flags |= RVFlags.NV
            return f.canonicalNaN
        }
        let productNegative = f.isNegative(a) != f.isNegative(b)
        if f.isInfinite(a) || f.isInfinite(b) {
            if f.isInfinite(c) && f.isNegative(c) != productNegative {
                flags |= RVFlags.NV
                return f.canonicalNaN
            }
            return f.infinity(negative: productNegative)
        }
        if f.isInfinite(c) { return c }
        if f.isZero(a) || f.isZero(b) {
            if f.isZero(c) {
                if f.isNegative(c) == productNegative { return c }
                return f.zero(negative: rm == RoundingMode.rdn)
            }
            return c
        }
        let x = unpack(a, f), y = unpack(b, f)
        let product = Unpacked(negative: productNegative, exp: x.exp + y.exp, sig: x.sig * y.sig)
        if f.isZero(c) {
            return roundPack(negative: productNegative, exp: product.exp, sig: product.sig, f, rm: rm, flags: &flags)
        }
        return addUnpacked(product, unpack(c, f), f, rm: rm, flags: &flags)
    }

    // MARK: - Conversions

    /// An integer (sign and magnitude) to the format.
    static func fromInteger(negative: Bool, magnitude: UInt64, _ f: SoftFormat, rm: UInt32,
                            flags: inout UInt32) -> UInt64 {
        if magnitude == 0 { return 0 }
        return roundPack(negative: negative, exp: 0, sig: UInt128(magnitude), f, rm: rm, flags: &flags)
    }

    /// Between formats (binary64 → binary32 rounds; binary32 → binary64 is exact).
    static func convert(_ a: UInt64, from: SoftFormat, to: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        if from.isNaN(a) {
            _ = nanResult(from, a, flags: &flags)
            return to.canonicalNaN
        }
        let negative = from.isNegative(a)
        if from.isInfinite(a) { return to.infinity(negative: negative) }
        if from.isZero(a) { return to.zero(negative: negative) }
        let x = unpack(a, from)
        return roundPack(negative: negative, exp: x.exp, sig: x.sig, to, rm: rm, flags: &flags)
    }
}
