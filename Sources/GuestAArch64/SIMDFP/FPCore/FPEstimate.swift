/// Reciprocal and reciprocal square root estimates and Newton-Raphson steps
/// (Arm ARM shared pseudocode FPRecipEstimate, RecipEstimate, FPRSqrtEstimate,
/// RecipSqrtEstimate, UnsignedRecipEstimate, UnsignedRSqrtEstimate, FPRecipStepFused,
/// FPRSqrtStepFused, FPRecpX). The estimates are bit-exact table computations in
/// integer arithmetic (without FEAT_RPRES's increased precision).
enum FPEstimate {
    /// RecipEstimate: a is 9 bits (256...511, 0.5 <= x < 1 in 1/512 steps); result 256...511.
    @inline(__always) static func recip(_ a0: Int) -> Int {
        let a = a0 * 2 + 1
        let b = (1 << 19) / a
        return (b + 1) / 2
    }
    /// RecipSqrtEstimate: a is 9 bits (128...511, 0.25 <= x < 1); result 256...511.
    static func rsqrt(_ a0: Int) -> Int {
        var a = a0
        if a < 256 { a = a * 2 + 1 } else { a = (a >> 1) << 1; a = (a + 1) * 2 }
        var b = 512
        while a * (b + 1) * (b + 1) < 1 << 28 { b += 1 }
        return (b + 1) / 2
    }

    /// Width parameters: exponent bias and fraction bits.
    @inline(__always) static func fracBits<F: A64Float>(_: F.Type) -> Int { F.byteWidth == 8 ? 52 : 23 }
    @inline(__always) static func expMask<F: A64Float>(_: F.Type) -> Int { F.byteWidth == 8 ? 0x7FF : 0xFF }

    /// The fraction widened to 52 bits (as the pseudocode's double-width working value).
    @inline(__always) static func parts<F: A64Float>(_ x: F) -> (exp: Int, frac: UInt64) {
        let fb = fracBits(F.self)
        let raw = UInt64(truncatingIfNeeded: x.bits)
        return (Int(raw >> UInt64(fb)) & expMask(F.self), (raw & ((1 << UInt64(fb)) - 1)) << UInt64(52 - fb))
    }
    @inline(__always) static func make<F: A64Float>(sign: Bool, exp: Int, frac52: UInt64) -> F {
        let fb = fracBits(F.self)
        let raw = (sign ? UInt64(1) << UInt64(F.byteWidth * 8 - 1) : 0) | UInt64(exp) << UInt64(fb) | frac52 >> UInt64(52 - fb)
        return F(bits: F.Bits(truncatingIfNeeded: raw))
    }

    static func recipEstimate<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ x0: F) -> F {
        let fpcr = cpu.fpcr
        let x = FPEnv.flushIn(cpu, fpcr, x0)
        let sign = x.sign == .minus
        if x.isNaN { return FPNaN.process1(cpu, x) }
        if x.isInfinite { return sign ? -0.0 : 0.0 }
        if x.isZero { cpu.fpsr |= A64FPBits.dzc; return sign ? -F.infinity : F.infinity }
        let wide = F.byteWidth == 8
        if x.magnitude < (wide ? F(sign: .plus, exponent: -1024, significand: 1) : F(sign: .plus, exponent: -128, significand: 1)) {
            let toInf: Bool
            switch FPEnv.rmode(fpcr) {
            case 0: toInf = true
            case 1: toInf = !sign
            case 2: toInf = sign
            default: toInf = false
            }
            cpu.fpsr |= A64FPBits.ofc | A64FPBits.ixc
            let r: F = toInf ? F.infinity : F.greatestFiniteMagnitude
            return sign ? -r : r
        }
        if fpcr & A64FPBits.fz != 0 && x.magnitude >= (wide ? F(sign: .plus, exponent: 1022, significand: 1) : F(sign: .plus, exponent: 126, significand: 1)) {
            cpu.fpsr |= A64FPBits.ufc
            return sign ? -0.0 : 0.0
        }
        var (exp, frac) = parts(x)
        if exp == 0 {
            if frac >> 51 & 1 == 0 { exp = -1; frac = (frac & ((1 << 50) - 1)) << 2 } else { frac = (frac & ((1 << 51) - 1)) << 1 }
        }
        let scaled = Int(1 << 8 | (frac >> 44) & 0xFF)
        var resultExp = (wide ? 2045 : 253) - exp
        let estimate = recip(scaled)
        var f = UInt64(estimate & 0xFF) << 44
        if resultExp == 0 {
            f = 1 << 51 | f >> 1
        } else if resultExp == -1 {
            f = 1 << 50 | f >> 2
            resultExp = 0
        }
        return make(sign: sign, exp: resultExp, frac52: f)
    }

    static func rsqrtEstimate<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ x0: F) -> F {
        let x = FPEnv.flushIn(cpu, cpu.fpcr, x0)
        if x.isNaN { return FPNaN.process1(cpu, x) }
        if x.isZero { cpu.fpsr |= A64FPBits.dzc; return x.sign == .minus ? -F.infinity : F.infinity }
        if x.sign == .minus { return FPNaN.invalid(cpu) }
        if x.isInfinite { return 0 }
        var (exp, frac) = parts(x)
        if exp == 0 {
            while frac >> 51 & 1 == 0 { frac = (frac << 1) & ((1 << 52) - 1); exp -= 1 }
            frac = (frac << 1) & ((1 << 52) - 1)
        }
        let scaled = exp & 1 == 0 ? Int(1 << 8 | (frac >> 44) & 0xFF) : Int(1 << 7 | (frac >> 45) & 0x7F)
        let resultExp = ((F.byteWidth == 8 ? 3068 : 380) - exp) >> 1
        let estimate = rsqrt(scaled)
        return make(sign: false, exp: resultExp, frac52: UInt64(estimate & 0xFF) << 44)
    }

    /// URECPE / URSQRTE on 32-bit lanes.
    @inline(__always) static func unsignedRecip(_ a: UInt32) -> UInt32 {
        a >> 31 == 0 ? 0xFFFF_FFFF : UInt32(recip(Int(a >> 23)) & 0x1FF) << 23
    }
    @inline(__always) static func unsignedRsqrt(_ a: UInt32) -> UInt32 {
        a >> 30 == 0 ? 0xFFFF_FFFF : UInt32(rsqrt(Int(a >> 23)) & 0x1FF) << 23
    }

    /// FRECPS: 2 - a * b (fused); infinity times zero gives 2.0.
    @inline(__always) static func recipStep<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a0: F, _ b: F) -> F {
        let a = a0.negated
        if a.isNaN || b.isNaN { return FPNaN.process2(cpu, a, b) }
        if (a.isInfinite && b.isZero) || (a.isZero && b.isInfinite) { return 2 }
        if a.isInfinite || b.isInfinite { return F(bits: F.infinity.bits | ((a.bits ^ b.bits) & F.signBit)) }
        return (2 as F).addingProduct(a, b)
    }
    /// FRSQRTS: (3 - a * b) / 2 (fused); infinity times zero gives 1.5.
    @inline(__always) static func rsqrtStep<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a0: F, _ b: F) -> F {
        let a = a0.negated
        if a.isNaN || b.isNaN { return FPNaN.process2(cpu, a, b) }
        if (a.isInfinite && b.isZero) || (a.isZero && b.isInfinite) { return 1.5 }
        if a.isInfinite || b.isInfinite { return F(bits: F.infinity.bits | ((a.bits ^ b.bits) & F.signBit)) }
        // Halve a factor (exactly) instead of the sum, so the one rounding happens after
        // the halving, as in the pseudocode's exact (3 + a * b) / 2.
        let normal2 = F.leastNormalMagnitude * 2
        if a.magnitude >= normal2 { return (1.5 as F).addingProduct(a * 0.5, b) }
        if b.magnitude >= normal2 { return (1.5 as F).addingProduct(a, b * 0.5) }
        return (3 as F).addingProduct(a, b) * 0.5
    }
    /// FRECPX: exponent inverted, fraction cleared; zero/denormal exponent gives the
    /// largest finite exponent.
    @inline(__always) static func recpX<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ x0: F) -> F {
        let x = FPEnv.flushIn(cpu, cpu.fpcr, x0)
        if x.isNaN { return FPNaN.process1(cpu, x) }
        let (exp, _) = parts(x)
        let m = expMask(F.self)
        return make(sign: x.sign == .minus, exp: exp == 0 ? m - 1 : ~exp & m, frac52: 0)
    }
}
