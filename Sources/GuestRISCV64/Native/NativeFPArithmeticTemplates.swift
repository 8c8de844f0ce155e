import XrunCore

/// Native templates for the hot F/D ops, on host SSE (op fields as the functions':
/// a = rd, b = rs1, c = rs2, e = rs3, d = rm with 7 = dynamic).
///
/// The host computes in round-to-nearest-even (MXCSR stays at its default), and its
/// sticky flags in MXCSR are part of the guest's fflags (`RV64FPStatus`, read
/// lazily): x86 raises the same IEEE flags as RISC-V for the same operation (both
/// detect tininess after rounding), so a template needs no flag work at all. What
/// it hands to the op's function out of line, behind cheap checks:
/// - a rounding mode other than RNE: a static one gets no template, a dynamic one is
///   one compare of frm (which also catches the reserved values 5–7, SIGILL);
/// - a NaN result (`ucomis r, r` unordered): RISC-V's is the canonical NaN, x86's the
///   propagated operand; the function recomputes it and its flags. The flags the
///   host already raised for it (invalid) are ones RISC-V raises too;
/// - a binary32 operand that is not NaN-boxed (upper 32 bits not all ones), which
///   reads as the canonical NaN (spec 13.2): one unsigned compare.
enum NativeFPArithmeticTemplates {
    typealias N = RV64Native

    static let frm = X86Mem(.rbx, Int32(RV64Layout.frm))

    /// Whether a template may be emitted for rm field `rm`, and the run-time check of
    /// a dynamic one: frm = RNE.
    static func checkEnvironment(_ ctx: inout NativeContext, _ rm: UInt8, _ slow: NativeContext.SlowCall) {
        if rm == FPRounding.dynamic {
            ctx.asm.aluImm(.cmp, .mem(frm), 0, w: false)
            ctx.asm.jcc(.ne, slow.entry)
        }
    }
    static func roundsToNearest(_ rm: UInt8) -> Bool { UInt32(rm) == RoundingMode.rne || rm == FPRounding.dynamic }

    /// rdx = the smallest NaN-boxed value (upper half all ones), for `loadOperands`.
    static func prepareBoxCheck(_ ctx: inout NativeContext, double: Bool) {
        if !double { ctx.asm.movImm(.rdx, 0xFFFF_FFFF_0000_0000) }
    }
    /// Each (xmm, r): xmm = f[r]. binary64 values as they are; binary32 ones after
    /// one NaN-box check of those not known boxed (`RV64Native.knownBoxed`; rdx from
    /// `prepareBoxCheck`): the AND of the register values has its upper half all ones
    /// exactly when each has. Clobbers rax.
    static func loadOperands(_ ctx: inout NativeContext, _ operands: [(XMM, UInt8)], double: Bool, _ slow: NativeContext.SlowCall) {
        if !double {
            var unknown: [UInt8] = []
            for (_, r) in operands where !N.knownBoxed(ctx, r) && !unknown.contains(r) { unknown.append(r) }
            if let first = unknown.first {
                ctx.loadGuest(.rax, N.fdisp(first), w: true)
                for r in unknown.dropFirst() { ctx.asm.alu(.and, .rax, ctx.guestOperand(N.fdisp(r))) }
                ctx.asm.alu(.cmp, .rax, .rdx)
                ctx.asm.jcc(.b, slow.entry)
            }
        }
        for (x, r) in operands {
            // movd from a register or memory reads the low 32 bits: the binary32 value.
            ctx.asm.movToXMM(x, ctx.guestOperand(N.fdisp(r)), w: double)
        }
    }

    /// To the function if xmm0 holds a NaN; else rax = its bit pattern.
    static func checkNaN(_ ctx: inout NativeContext, double: Bool, _ slow: NativeContext.SlowCall) {
        ctx.asm.ucomis(.xmm0, .xmm0, double: double)
        ctx.asm.jcc(.p, slow.entry)
        ctx.asm.movFromXMM(.rax, .xmm0, w: double)
    }

    /// f[rd] = the result in rax (binary32 NaN-boxed).
    static func writeResult(_ ctx: inout NativeContext, _ rd: UInt8, double: Bool) {
        if !double { ctx.asm.alu(.or, .rax, .rdx) }
        N.storeF(&ctx, rd, .rax, boxed: !double)
    }

    /// FADD FSUB FMUL FDIV.
    static func arithmetic(_ kind: SSEScalarOp, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard roundsToNearest(o.d) else { return false }
            let slow = ctx.beginSlowCall(op)
            checkEnvironment(&ctx, o.d, slow)
            prepareBoxCheck(&ctx, double: double)
            loadOperands(&ctx, [(.xmm0, o.b), (.xmm1, o.c)], double: double, slow)
            ctx.asm.scalar(kind, .xmm0, .xmm1, double: double)
            checkNaN(&ctx, double: double, slow)
            writeResult(&ctx, o.a, double: double)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FSQRT.
    static func squareRoot(double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard roundsToNearest(o.d) else { return false }
            let slow = ctx.beginSlowCall(op)
            checkEnvironment(&ctx, o.d, slow)
            prepareBoxCheck(&ctx, double: double)
            loadOperands(&ctx, [(.xmm0, o.b)], double: double, slow)
            ctx.asm.scalar(.sqrt, .xmm0, .xmm0, double: double)
            checkNaN(&ctx, double: double, slow)
            writeResult(&ctx, o.a, double: double)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FMADD FMSUB FNMSUB FNMADD: rd = ±(rs1 × rs2) ± rs3 with one rounding, one FMA3
    /// instruction with rs3 as its destination operand (FMADD = VFMADD231, FMSUB =
    /// VFMSUB231, FNMSUB = VFNMADD231, FNMADD = VFNMSUB231: the same negations). No
    /// template without FMA3 on the host.
    static func fusedMultiplyAdd(_ kind: FMA231Op, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard HostCPU.hasFMA3, roundsToNearest(o.d) else { return false }
            let slow = ctx.beginSlowCall(op)
            checkEnvironment(&ctx, o.d, slow)
            prepareBoxCheck(&ctx, double: double)
            loadOperands(&ctx, [(.xmm0, o.e), (.xmm1, o.b), (.xmm2, o.c)], double: double, slow)
            ctx.asm.fma231(kind, .xmm0, .xmm1, .xmm2, double: double)
            checkNaN(&ctx, double: double, slow)
            writeResult(&ctx, o.a, double: double)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FEQ FLT FLE (kind: 0 FLE, 1 FLT, 2 FEQ, as `FPMisc.compare`): x[rd] = 0 or 1
    /// from UCOMIS on ordered operands; a NaN operand (NV rules differ between FEQ
    /// and FLT/FLE) goes to the function. No rounding, so no environment check.
    static func compare(kind: Int, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            prepareBoxCheck(&ctx, double: double)
            loadOperands(&ctx, [(.xmm0, o.b), (.xmm1, o.c)], double: double, slow)
            ctx.asm.ucomis(.xmm0, .xmm1, double: double)
            ctx.asm.jcc(.p, slow.entry)
            ctx.asm.setcc(kind == 0 ? .be : kind == 1 ? .b : .e, .rax)
            ctx.asm.movzx8(.rax, .rax)
            N.store(&ctx, o.a, .rax)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// FSGNJ FSGNJN FSGNJX (kind 0, 1, 2): bit operations, no flags. On NaN-boxed
    /// binary32 values the upper halves (all ones) pass through unchanged, so the
    /// result is boxed; an unboxed operand goes to the function.
    static func signInject(kind: Int, double: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            let sign: UInt64 = double ? 1 << 63 : 1 << 31
            if double {
                ctx.loadGuest(.rax, N.fdisp(o.b), w: true)
                ctx.loadGuest(.rcx, N.fdisp(o.c), w: true)
            } else {
                prepareBoxCheck(&ctx, double: false)
                ctx.loadGuest(.rcx, N.fdisp(o.c), w: true)
                if !N.knownBoxed(ctx, o.c) {
                    ctx.asm.alu(.cmp, .rcx, .rdx)
                    ctx.asm.jcc(.b, slow.entry)
                }
                ctx.loadGuest(.rax, N.fdisp(o.b), w: true)
                if !N.knownBoxed(ctx, o.b) {
                    ctx.asm.alu(.cmp, .rax, .rdx)
                    ctx.asm.jcc(.b, slow.entry)
                }
            }
            ctx.asm.movImm(.rsi, sign)
            if kind == 1 { ctx.asm.not(.rcx) }
            ctx.asm.alu(.and, .rcx, .rsi)
            if kind == 2 {
                ctx.asm.alu(.xor, .rax, .rcx)
            } else {
                ctx.asm.not(.rsi)
                ctx.asm.alu(.and, .rax, .rsi)
                ctx.asm.alu(.or, .rax, .rcx)
            }
            N.storeF(&ctx, o.a, .rax, boxed: !double)
            ctx.finishSlowCall(slow)
            return true
        }
    }
}
