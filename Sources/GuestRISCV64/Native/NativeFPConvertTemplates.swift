import XrunCore

/// Native templates for FMIN/FMAX and the FCVT forms compilers emit in loops (C
/// casts, mixed precision), on host SSE with the conventions of
/// `NativeFPArithmeticTemplates` (MXCSR flags are the guest's, RNE host rounding,
/// NaNs and unboxed binary32 operands to the op's function). Op fields: a = rd,
/// b = rs1 (x or f), c = rs2, d = rm (7 = dynamic).
enum NativeFPConvertTemplates {
    typealias N = RV64Native
    typealias A = NativeFPArithmeticTemplates

    /// FMIN/FMAX (spec 13.9, IEEE 754-2019 minimumNumber/maximumNumber) without a
    /// branch: MINSS/MAXSS return their second operand when the two compare equal,
    /// which for −0 and +0 depends on the order, so both orders are taken and
    /// combined — AND of the patterns for max (+0 if either is), OR for min (−0);
    /// for any other pair both orders give the same value. A NaN operand goes to the
    /// function (the other operand, or the canonical NaN; NV for a signalling one —
    /// UCOMIS raises invalid exactly then too). No rounding, no other flag.
    static func minMax(max: Bool, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            A.prepareBoxCheck(&ctx, double: double)
            A.loadOperands(&ctx, [(.xmm0, o.b), (.xmm1, o.c), (.xmm2, o.c)], double: double, slow)
            ctx.asm.ucomis(.xmm0, .xmm1, double: double)
            ctx.asm.jcc(.p, slow.entry)
            let kind: SSEScalarOp = max ? .max : .min
            ctx.asm.scalar(kind, .xmm2, .xmm0, double: double)   // (c, b)
            ctx.asm.scalar(kind, .xmm0, .xmm1, double: double)   // (b, c)
            if max { ctx.asm.andBits(.xmm0, .xmm2, double: double) } else { ctx.asm.orBits(.xmm0, .xmm2, double: double) }
            ctx.asm.movFromXMM(.rax, .xmm0, w: double)
            A.writeResult(&ctx, o.a, double: double)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FCVT.W.S/D and FCVT.L.S/D (signed results; spec 13.7): CVTTSx2SI for RTZ (a C
    /// cast), CVTSx2SI for RNE (static, or dynamic with frm = RNE). The host result
    /// is the RISC-V one whenever it is not x86's "integer indefinite" (the minimum
    /// signed integer, also given for NaN and out-of-range inputs, which RISC-V
    /// saturates): that value goes to the function, which sorts out the three. Inexact
    /// raises NX on both. W results are sign-extended to 64 bits.
    static func toSignedInteger(word: Bool, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let truncate = UInt32(o.d) == RoundingMode.rtz
            guard truncate || A.roundsToNearest(o.d) else { return false }
            let slow = ctx.beginSlowCall(op)
            A.checkEnvironment(&ctx, o.d, slow)
            A.prepareBoxCheck(&ctx, double: double)
            A.loadOperands(&ctx, [(.xmm0, o.b)], double: double, slow)
            ctx.asm.convertToInteger(.rax, .xmm0, w: !word, double: double, truncate: truncate)
            // Negating the minimum signed integer is the one negation that overflows.
            ctx.asm.mov(.rcx, .rax, w: !word)
            ctx.asm.neg(.rcx, w: !word)
            ctx.asm.jcc(.o, slow.entry)
            if word { N.signExtendWord(&ctx.asm, .rax) }
            N.store(&ctx, o.a, .rax)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FCVT.S/D.W, .WU, .L (spec 13.7): CVTSI2Sx from the sign-extended (W) or
    /// zero-extended (WU) 32-bit value or the 64-bit one. A 32-bit integer converts
    /// to binary64 exactly, so any rounding mode may take the template there; the
    /// others round in RNE (static or dynamic with frm = RNE), with NX as RISC-V sets
    /// it. A dynamic mode is always checked: a reserved frm is SIGILL.
    static func fromInteger(_ kind: FPIntKind, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let exact = double && kind != .l
            guard exact || A.roundsToNearest(o.d) else { return false }
            let slow = ctx.beginSlowCall(op)
            A.checkEnvironment(&ctx, o.d, slow)
            N.load(&ctx, .rax, o.b, w: kind == .l)   // W, WU: the low 32 bits, zero-extended
            ctx.asm.xorBits(.xmm0, .xmm0, double: false)   // CVTSI2Sx writes only the low element
            ctx.asm.convertFromInteger(.xmm0, .rax, w: kind != .w, double: double)
            ctx.asm.movFromXMM(.rax, .xmm0, w: double)
            if !double { A.prepareBoxCheck(&ctx, double: false) }
            A.writeResult(&ctx, o.a, double: double)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FCVT.S.D (rounds: RNE only) and FCVT.D.S (exact: any static mode), CVTSD2SS /
    /// CVTSS2SD; a NaN result is rebuilt as the canonical NaN by the function.
    static func convertPrecision(toDouble: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard toDouble || A.roundsToNearest(o.d) else { return false }
            let slow = ctx.beginSlowCall(op)
            A.checkEnvironment(&ctx, o.d, slow)
            if toDouble { A.prepareBoxCheck(&ctx, double: false) }
            A.loadOperands(&ctx, [(.xmm1, o.b)], double: !toDouble, slow)
            ctx.asm.xorBits(.xmm0, .xmm0, double: false)   // CVTSx2Sx writes only the low element
            ctx.asm.convertPrecision(.xmm0, .xmm1, toDouble: toDouble)
            A.checkNaN(&ctx, double: toDouble, slow)
            if !toDouble { A.prepareBoxCheck(&ctx, double: false) }
            A.writeResult(&ctx, o.a, double: toDouble)
            ctx.finishSlowCall(slow)
            return true
        }
    }
}
