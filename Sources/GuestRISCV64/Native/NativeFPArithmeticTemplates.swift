import XrunCore

/// Native templates for the hot F/D ops, on host SSE (op fields as the functions':
/// a = rd, b = rs1, c = rs2, e = rs3, d = rm with 7 = dynamic).
///
/// The guest's fflags live in its CPU state, never in the host's MXCSR (which stays
/// at its default: round to nearest-even, no flush). So a template takes only the
/// case whose result and flags it knows without looking at the host's: rounding
/// mode RNE (static, or dynamic with frm = RNE), fflags.NX already set, and a result
/// that is finite and above 2^emin in magnitude ("safely normal", as in `FPArith`):
/// then the host result is the IEEE one, and no flag but NX can have been raised —
/// invalid and divide-by-zero give NaN and infinity, overflow infinity, underflow a
/// tiny result. Anything else (another rounding mode, the first inexact operation
/// after fflags were cleared, zero, subnormal, infinite or NaN results, where RISC-V's
/// canonical NaN differs from x86's propagated one) goes to the op's function out of
/// line. A binary32 operand that is not NaN-boxed (upper 32 bits not all ones) reads as
/// the canonical NaN (spec 13.2): one unsigned compare sends it to the function too.
/// A static rounding mode other than RNE gets no template at all.
enum NativeFPArithmeticTemplates {
    typealias N = RV64Native

    static let fflags = X86Mem(.rbx, Int32(RV64Layout.fflags))
    static let frm = X86Mem(.rbx, Int32(RV64Layout.frm))

    /// Whether a template may be emitted for rm field `rm`, and the run-time checks
    /// of the environment: frm = RNE if dynamic, NX set.
    static func checkEnvironment(_ ctx: inout NativeContext, _ rm: UInt8, _ slow: NativeContext.SlowCall) {
        if rm == FPRounding.dynamic {
            ctx.asm.aluImm(.cmp, .mem(frm), 0, w: false)
            ctx.asm.jcc(.ne, slow.entry)
        }
        ctx.asm.testImm(.mem(fflags), RVFlags.NX)
        ctx.asm.jcc(.e, slow.entry)
    }
    static func roundsToNearest(_ rm: UInt8) -> Bool { UInt32(rm) == RoundingMode.rne || rm == FPRounding.dynamic }

    /// rdx = the smallest NaN-boxed value (upper half all ones), for `loadOperands`.
    static func prepareBoxCheck(_ ctx: inout NativeContext, double: Bool) {
        if !double { ctx.asm.movImm(.rdx, 0xFFFF_FFFF_0000_0000) }
    }
    /// Each (xmm, r): xmm = f[r]. binary64 values as they are; binary32 ones after
    /// one NaN-box check of them all (rdx from `prepareBoxCheck`): the AND of the
    /// register values has its upper half all ones exactly when each has. Clobbers rax.
    static func loadOperands(_ ctx: inout NativeContext, _ operands: [(XMM, UInt8)], double: Bool, _ slow: NativeContext.SlowCall) {
        if !double {
            ctx.loadGuest(.rax, N.fdisp(operands[0].1), w: true)
            for (_, r) in operands.dropFirst() where r != operands[0].1 {
                ctx.asm.alu(.and, .rax, ctx.guestOperand(N.fdisp(r)))
            }
            ctx.asm.alu(.cmp, .rax, .rdx)
            ctx.asm.jcc(.b, slow.entry)
        }
        for (x, r) in operands {
            // movd from a register or memory reads the low 32 bits: the binary32 value.
            ctx.asm.movToXMM(x, ctx.guestOperand(N.fdisp(r)), w: double)
        }
    }

    /// To the function unless xmm0 is finite with a magnitude above the smallest
    /// normal: on the bit pattern shifted left by one (sign dropped), one unsigned
    /// range compare, (m − (minNormal·2 + 1)) < (inf·2 − (minNormal·2 + 1)).
    /// Leaves the pattern in rax.
    static func checkSafelyNormal(_ ctx: inout NativeContext, double: Bool, _ slow: NativeContext.SlowCall) {
        ctx.asm.movFromXMM(.rax, .xmm0, w: double)
        ctx.asm.lea(.rcx, X86Mem(.rax, 0, index: .rax), w: double)   // rcx = rax << 1
        if double {
            ctx.asm.movImm(.rsi, 0x0020_0000_0000_0001)
            ctx.asm.alu(.sub, .rcx, .rsi)
            ctx.asm.movImm(.rsi, 0xFFE0_0000_0000_0000 &- 0x0020_0000_0000_0001)
            ctx.asm.alu(.cmp, .rcx, .rsi)
        } else {
            ctx.asm.aluImm(.sub, .reg(.rcx), 0x0100_0001, w: false)
            ctx.asm.aluImm(.cmp, .reg(.rcx), Int32(bitPattern: 0xFF00_0000 &- 0x0100_0001), w: false)
        }
        ctx.asm.jcc(.ae, slow.entry)
    }

    /// f[rd] = the result in rax (binary32 NaN-boxed).
    static func writeResult(_ ctx: inout NativeContext, _ rd: UInt8, double: Bool) {
        if !double { ctx.asm.alu(.or, .rax, .rdx) }
        ctx.storeGuest(N.fdisp(rd), .rax)
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
            checkSafelyNormal(&ctx, double: double, slow)
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
            checkSafelyNormal(&ctx, double: double, slow)
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
            checkSafelyNormal(&ctx, double: double, slow)
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
                ctx.asm.alu(.cmp, .rcx, .rdx)
                ctx.asm.jcc(.b, slow.entry)
                ctx.loadGuest(.rax, N.fdisp(o.b), w: true)
                ctx.asm.alu(.cmp, .rax, .rdx)
                ctx.asm.jcc(.b, slow.entry)
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
            ctx.storeGuest(N.fdisp(o.a), .rax)
            ctx.finishSlowCall(slow)
            return true
        }
    }
}
