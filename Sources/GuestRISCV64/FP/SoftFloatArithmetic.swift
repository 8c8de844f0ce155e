/// SoftFloat arithmetic: add, multiply, divide, square root, fused multiply-add —
/// exact intermediate results (UInt128 with a sticky bit) rounded once by roundPack.
extension SoftFloat {
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
}
