/// Per-element floating-point arithmetic with Arm results (Arm ARM shared pseudocode
/// FPAdd, FPSub, FPMul, FPDiv, FPSqrt, FPMulAdd, FPMax, FPMin, FPMaxNum, FPMinNum,
/// FPMulX). The host computes the value (x86 SSE is IEEE-exact in round-to-nearest,
/// and in other modes while FPEnv has switched the host mode); only a NaN result goes
/// to the cold path, where Arm's NaN propagation replaces x86's.
enum FPK {
    @inline(__always) static func add<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        let r = a + b
        return r.isNaN ? FPNaN.process2(cpu, a, b) : r
    }
    @inline(__always) static func sub<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        let r = a - b
        return r.isNaN ? FPNaN.process2(cpu, a, b) : r
    }
    @inline(__always) static func mul<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        let r = a * b
        return r.isNaN ? FPNaN.process2(cpu, a, b) : r
    }
    @inline(__always) static func div<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        let r = a / b
        return r.isNaN ? FPNaN.process2(cpu, a, b) : r
    }
    /// FNMUL: FPNeg(FPMul(a, b)); the negation applies to a NaN result too.
    @inline(__always) static func nmul<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        mul(cpu, a, b).negated
    }
    /// FABD: FPAbs(FPSub(a, b)).
    @inline(__always) static func abd<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        sub(cpu, a, b).absolute
    }
    /// FMULX: as FPMul, but infinity times zero is 2.0 with the product's sign.
    @inline(__always) static func mulx<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        // Checked before multiplying: the host would raise invalid for inf * 0.
        if (a.isInfinite && b.isZero) || (a.isZero && b.isInfinite) {
            return F(bits: (2 as F).bits | ((a.bits ^ b.bits) & F.signBit))
        }
        let r = a * b
        return r.isNaN ? FPNaN.process2(cpu, a, b) : r
    }
    @inline(__always) static func sqrt<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F) -> F {
        let r = a.squareRoot()
        return r.isNaN ? FPNaN.process1(cpu, a) : r
    }
    /// FPMulAdd(addend, a, b) = addend + a * b with one rounding. Swift's
    /// `addingProduct` is llvm.fma, which without the FMA target feature is a call to
    /// libm fma()/fmaf() (correctly rounded, never split into mul + add).
    @inline(__always) static func mulAdd<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ addend: F, _ a: F, _ b: F) -> F {
        let r = addend.addingProduct(a, b)
        return r.isNaN ? FPNaN.process3(cpu, addend, a, b) : r
    }

    /// FPMax: NaNs propagate; max(+0, -0) = +0.
    @inline(__always) static func max<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        if a.isNaN || b.isNaN { return FPNaN.process2(cpu, a, b) }
        if a == b { return F(bits: a.bits & b.bits) }   // only zeros differ: +0 wins
        return a > b ? a : b
    }
    /// FPMin: NaNs propagate; min(+0, -0) = -0.
    @inline(__always) static func min<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        if a.isNaN || b.isNaN { return FPNaN.process2(cpu, a, b) }
        if a == b { return F(bits: a.bits | b.bits) }   // -0 wins
        return a < b ? a : b
    }
    /// FPMaxNum: one quiet NaN against a number gives the number (the NaN acts as -inf);
    /// signalling NaNs still propagate.
    @inline(__always) static func maxnm<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        if a.isNaN || b.isNaN { return nanNum(cpu, a, b) }
        if a == b { return F(bits: a.bits & b.bits) }
        return a > b ? a : b
    }
    @inline(__always) static func minnm<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        if a.isNaN || b.isNaN { return nanNum(cpu, a, b) }
        if a == b { return F(bits: a.bits | b.bits) }
        return a < b ? a : b
    }
    @inline(never) static func nanNum<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        let qa = a.isNaN && !a.isSNaN, qb = b.isNaN && !b.isSNaN
        if qa && !b.isNaN { return b }
        if qb && !a.isNaN { return a }
        return FPNaN.process2(cpu, a, b)
    }
}
