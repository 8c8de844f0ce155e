import XrunCore

/// Native templates for the hot scalar floating-point ops, on host SSE.
///
/// Exact because they do what the ops' own functions do on their fast path
/// (`FPScalar`, `FPK`): the host computes the value in round-to-nearest-even and the
/// host's sticky flags in MXCSR are the guest's cumulative FPSR flags
/// (`A64FPStatus`: read lazily, when the guest reads FPSR, at a trap, ...). Everything
/// else goes to the op's function out of line, behind two cheap checks:
/// - FPCR with a directed rounding mode or FZ (`A64FPBits.slowMask`): one `test`;
/// - a NaN result (`ucomis r, r` unordered): Arm's NaN propagation (FPProcessNaNs:
///   signalling before quiet, first operand first, DN) differs from x86's (the first
///   source operand's NaN, quieted), so the function recomputes it. The host
///   operation it repeats raises the same sticky flags again, which changes nothing.
/// Results are written as `fpWrite` does: the scalar in the low bytes of Vd, the rest
/// of the 128-bit register zero (Arm ARM, V[] writes of a smaller width).
enum NativeScalarFP {
    typealias N = A64Native

    static func v(_ r: UInt8, _ offset: Int32 = 0) -> X86Mem {
        X86Mem(.rbx, Int32(A64Layout.v + 16 * Int(r)) + offset)
    }
    static let fpcr = X86Mem(.rbx, Int32(A64Layout.fpcr))

    /// To the op's function unless FPCR is round-to-nearest without FZ.
    static func checkControl(_ ctx: inout NativeContext, _ slow: NativeContext.SlowCall) {
        ctx.asm.testImm(.mem(fpcr), A64FPBits.slowMask)
        ctx.asm.jcc(.ne, slow.entry)
    }
    /// To the op's function if xmm0 holds a NaN.
    static func checkNaN(_ ctx: inout NativeContext, _ slow: NativeContext.SlowCall, double: Bool) {
        ctx.asm.ucomis(.xmm0, .xmm0, double: double)
        ctx.asm.jcc(.p, slow.entry)
    }
    /// Vd = xmm0's low scalar, the rest zero: one 16-byte store, so xmm0's bits 127
    /// down to the scalar's width must be zero (a `movss`/`movsd` load leaves them so,
    /// and the scalar ops, VEX FMA included, keep the destination's upper bits).
    static func writeResult(_ ctx: inout NativeContext, _ d: UInt8) {
        ctx.asm.store128(v(d), .xmm0)
    }

    /// FADD FSUB FMUL FDIV (FNMUL with `negate`): Vd = Vn op Vm.
    static func arithmetic(_ kind: SSEScalarOp, double: Bool, negate: Bool = false) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            checkControl(&ctx, slow)
            ctx.asm.loadScalar(.xmm0, v(o.b), double: double)
            ctx.asm.scalar(kind, .xmm0, v(o.c), double: double)
            checkNaN(&ctx, slow, double: double)
            if negate { flipSign(&ctx, double: double) }
            writeResult(&ctx, o.a)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// xmm0's sign bit flipped (FPNeg), through xmm1.
    static func flipSign(_ ctx: inout NativeContext, double: Bool) {
        ctx.asm.movImm(.rax, double ? 0x8000_0000_0000_0000 : 0x8000_0000)
        ctx.asm.movToXMM(.xmm1, .reg(.rax))
        ctx.asm.xorBits(.xmm0, .xmm1, double: double)
    }

    /// FSQRT.
    static func squareRoot(double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            checkControl(&ctx, slow)
            ctx.asm.loadScalar(.xmm0, v(o.b), double: double)
            ctx.asm.scalar(.sqrt, .xmm0, .xmm0, double: double)
            checkNaN(&ctx, slow, double: double)
            writeResult(&ctx, o.a)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FMAX FMIN FMAXNM FMINNM: with no NaN operand all four are the same: equal
    /// operands (only ±0 differ bit-wise) give +0 for max (AND of the patterns) and -0
    /// for min (OR), as `FPK.max/min` do; otherwise x86 MAXSD/MINSD, which pick the
    /// larger/smaller operand. A NaN operand goes to the function.
    static func minMax(max: Bool, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            let differ = ctx.asm.newLabel(), done = ctx.asm.newLabel()
            checkControl(&ctx, slow)   // FZ flushes the operands first
            ctx.asm.loadScalar(.xmm0, v(o.b), double: double)
            ctx.asm.loadScalar(.xmm1, v(o.c), double: double)
            ctx.asm.ucomis(.xmm0, .xmm1, double: double)
            ctx.asm.jcc(.p, slow.entry)
            ctx.asm.jcc(.ne, differ)
            if max { ctx.asm.andBits(.xmm0, .xmm1, double: double) } else { ctx.asm.orBits(.xmm0, .xmm1, double: double) }
            ctx.asm.jmp(done)
            ctx.asm.bind(differ)
            ctx.asm.scalar(max ? .max : .min, .xmm0, .xmm1, double: double)
            ctx.asm.bind(done)
            writeResult(&ctx, o.a)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FMADD FMSUB FNMADD FNMSUB (a = d, b = n, c = m, d = a): one FMA3 instruction,
    /// Vd = ±(Vn × Vm) ± Va with one rounding; the negations are exact, so the four
    /// Arm forms are the four x86 ones (FMSUB = Va − Vn×Vm is VFNMADD, FNMADD =
    /// −Va − Vn×Vm is VFNMSUB, FNMSUB = Vn×Vm − Va is VFMSUB). Without FMA3 on the
    /// host: no template (the function calls libm's fma).
    static func fusedMultiplyAdd(_ kind: FMA231Op, double: Bool) -> NativeTemplate {
        { op, ctx in
            guard HostCPU.hasFMA3 else { return false }
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            checkControl(&ctx, slow)
            ctx.asm.loadScalar(.xmm0, v(o.d), double: double)
            ctx.asm.loadScalar(.xmm1, v(o.b), double: double)
            ctx.asm.fma231(kind, .xmm0, .xmm1, v(o.c), double: double)
            checkNaN(&ctx, slow, double: double)
            writeResult(&ctx, o.a)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FCVT Sd, Dn / Dd, Sn: CVTSD2SS / CVTSS2SD (FZ and directed rounding are in
    /// `checkControl`; a NaN is rebuilt Arm's way by the function).
    static func convertPrecision(toDouble: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            checkControl(&ctx, slow)
            ctx.asm.loadScalar(.xmm1, v(o.b), double: !toDouble)
            ctx.asm.xorBits(.xmm0, .xmm0, double: false)   // CVTSD2SS keeps bits 127:32
            ctx.asm.convertPrecision(.xmm0, .xmm1, toDouble: toDouble)
            checkNaN(&ctx, slow, double: toDouble)
            writeResult(&ctx, o.a)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FCMP/FCMPE Vn, Vm (or #0.0): NZCV from UCOMIS on ordered operands — less 1000,
    /// equal 0110, greater 0010 (FPCompare, Arm ARM) — stored packed, lazy kind 0 (as
    /// `cpu.nzcv = ` does). UCOMIS raises invalid only for signalling NaNs; any NaN
    /// (unordered: 0011, FCMPE's IOC) and FZ go to the function.
    static func compare(withZero: Bool, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            checkControl(&ctx, slow)
            ctx.asm.loadScalar(.xmm0, v(o.b), double: double)
            if withZero {
                ctx.asm.xorBits(.xmm1, .xmm1, double: false)
            } else {
                ctx.asm.loadScalar(.xmm1, v(o.c), double: double)
            }
            ctx.asm.ucomis(.xmm0, .xmm1, double: double)
            ctx.asm.jcc(.p, slow.entry)
            // mov r32, imm32 leaves the flags alone.
            ctx.asm.movImm(.rax, 0x2000_0000)
            ctx.asm.movImm(.rcx, 0x8000_0000)
            ctx.asm.cmov(.b, .rax, .rcx, w: false)
            ctx.asm.movImm(.rcx, 0x6000_0000)
            ctx.asm.cmov(.e, .rax, .rcx, w: false)
            ctx.asm.store(N.nzcv, .rax)
            ctx.asm.storeImm(X86Mem(.rbx, Int32(A64Layout.lazyKind)), 0, scratch: .rax)
            ctx.finishSlowCall(slow)
            ctx.isaFacts = N.flagsPacked
            return true
        }
    }

    /// FCSEL: Vd = cond ? Vn : Vm (the low 32 or 64 bits, the rest zero). No FP
    /// arithmetic, no flags.
    static func conditionalSelect(double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let size = double ? 8 : 4
            let cond = N.evaluateCondition(&ctx, mask: UInt16(truncatingIfNeeded: o.imm))
            // Loads (mov) keep the flags the condition left.
            ctx.asm.loadZeroExtended(.rax, v(o.b), size: size)
            ctx.asm.loadZeroExtended(.rcx, v(o.c), size: size)
            ctx.asm.cmov(X86Cond(rawValue: cond.rawValue ^ 1)!, .rax, .rcx)
            ctx.asm.store(v(o.a), .rax)
            ctx.asm.storeImm(v(o.a, 8), 0, scratch: .rax)
            return true
        }
    }

    /// FMOV, FABS, FNEG (register): bit operations that never process NaNs (FPAbs,
    /// FPNeg), so no flags and no FPCR dependence.
    enum BitOp { case move, abs, neg }
    static func bitOperation(_ kind: BitOp, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            ctx.asm.loadZeroExtended(.rax, v(o.b), size: double ? 8 : 4)
            switch (kind, double) {
            case (.move, _): break
            case (.abs, true):
                ctx.asm.shift(.shl, .rax, 1)
                ctx.asm.shift(.shr, .rax, 1)
            case (.abs, false): ctx.asm.aluImm(.and, .reg(.rax), 0x7FFF_FFFF, w: false)
            case (.neg, true):
                ctx.asm.movImm(.rcx, 0x8000_0000_0000_0000)
                ctx.asm.alu(.xor, .rax, .rcx)
            case (.neg, false): ctx.asm.aluImm(.xor, .reg(.rax), Int32(bitPattern: 0x8000_0000), w: false)
            }
            ctx.asm.store(v(o.a), .rax)
            ctx.asm.storeImm(v(o.a, 8), 0, scratch: .rax)
            return true
        }
    }

    /// FMOV (immediate) and MOVI Dd: Vd = imm, upper half zero.
    static let setLow64: NativeTemplate = { op, ctx in
        let o = op.pointee
        ctx.asm.storeImm(v(o.a), o.imm, scratch: .rax)
        ctx.asm.storeImm(v(o.a, 8), 0, scratch: .rax)
        return true
    }
}
