import XrunCore

/// Native templates for the widening multiplies (C6.2 SMADDL, SMSUBL, UMADDL, UMSUBL,
/// SMULH, UMULH; op fields as `ThreeSourceOps`: a = Rd, b = Rn, c = Rm, d = Ra).
enum NativeWideMultiply {
    typealias N = A64Native

    /// [SU]MADDL/[SU]MSUBL: Xd = Xa ± Wn × Wm, the W operands sign- or zero-extended to
    /// 64 bits. Their product fits 64 bits, so a 64-bit IMUL gives it exactly either
    /// way. Ra = XZR (the [SU]MULL aliases) reads the zero slot: no accumulate then.
    static func multiplyLong(signed: Bool, sub: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            extendWord(&ctx, .rax, o.b, signed: signed)
            extendWord(&ctx, .rcx, o.c, signed: signed)
            ctx.asm.imul(.rax, .reg(.rcx))
            if o.d != A64Reg.zr {
                N.load(&ctx, .rcx, o.d, w: true)
                if sub {
                    ctx.asm.alu(.sub, .rcx, .rax)
                    N.store(&ctx, o.a, .rcx)
                    return true
                }
                ctx.asm.alu(.add, .rax, .rcx)
            } else if sub {
                ctx.asm.neg(.rax)
            }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// `dst = Wr` sign- or zero-extended to 64 bits (a 32-bit move zero-extends).
    private static func extendWord(_ ctx: inout NativeContext, _ dst: X86Reg, _ r: UInt8, signed: Bool) {
        N.load(&ctx, dst, r, w: false)
        if signed { ctx.asm.signExtend(dst, dst, fromBits: 32) }
    }

    /// SMULH/UMULH: the high 64 bits of the 128-bit product, from the one-operand
    /// MUL/IMUL (rdx:rax = rax × Xm).
    static func multiplyHigh(signed: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: true)
            ctx.asm.multiplyWide(N.operand(&ctx, o.c), signed: signed)
            N.store(&ctx, o.a, .rdx)
            return true
        }
    }
}
