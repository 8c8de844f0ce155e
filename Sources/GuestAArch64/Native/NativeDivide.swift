import XrunCore

/// Native templates for UDIV/SDIV (C6.2 UDIV, SDIV; op fields as `TwoSourceOps`:
/// a = Rd, b = Rn, c = Rm). A64 division never traps: a zero divisor gives 0, and
/// SDIV of the most negative value by −1 gives it back (the quotient wraps). x86 DIV/
/// IDIV fault on both, so both divisors are taken off the DIV first.
enum NativeDivide {
    typealias N = A64Native

    static func divide(signed: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            // Guest registers are read and written outside the branches below: the
            // register cache is the same on every path.
            N.load(&ctx, .rcx, o.c, w: w)
            N.load(&ctx, .rax, o.b, w: w)
            let zero = ctx.asm.newLabel(), done = ctx.asm.newLabel()
            ctx.asm.test(.rcx, .rcx, w: w)
            ctx.asm.jcc(.e, zero)
            if signed {
                // x / −1 = −x, wrapping (also the only overflowing case).
                let divide = ctx.asm.newLabel()
                ctx.asm.aluImm(.cmp, .reg(.rcx), -1, w: w)
                ctx.asm.jcc(.ne, divide)
                ctx.asm.neg(.rax, w: w)
                ctx.asm.jmp(done)
                ctx.asm.bind(divide)
                ctx.asm.signExtendRaxIntoRdx(w: w)
            } else {
                ctx.asm.movImm(.rdx, 0)
            }
            ctx.asm.divide(.rcx, signed: signed, w: w)
            ctx.asm.jmp(done)
            ctx.asm.bind(zero)
            ctx.asm.movImm(.rax, 0)
            ctx.asm.bind(done)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
