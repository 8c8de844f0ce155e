import XrunCore

/// Native templates for the M extension (MulDiv: a = rd slot, b = rs1, c = rs2).
/// RISC-V division never traps (spec 13.2, table 13.1): x / 0 = all ones (unsigned
/// 2^XLEN − 1, signed −1) with remainder x, and the signed overflow MIN / −1 = MIN
/// with remainder 0. x86 `div`/`idiv` fault on both, so both divisors 0 and −1 are
/// taken aside before the division (x / −1 is −x, wrapping for MIN: the spec's value).
enum NativeMultiplyDivideTemplates {
    typealias N = RV64Native

    /// mul, and with `word` mulw (the low half is the same signed or unsigned).
    static func mul(word: Bool) -> NativeTemplate {
        N.unary(w: !word) { ctx, o in
            ctx.asm.imul(.rax, N.operand(&ctx, o.c), w: !word)
            if word { N.signExtendWord(&ctx.asm, .rax) }
        }
    }

    enum High { case signed, unsigned, signedUnsigned }

    /// mulh/mulhu/mulhsu: the high 64 bits of the 128-bit product. For mulhsu, the
    /// unsigned high half minus rs2 when rs1 is negative (rs1 read as unsigned is
    /// rs1 + 2^64), as the op computes it.
    static func mulHigh(_ kind: High) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b)
            ctx.asm.multiplyWide(N.operand(&ctx, o.c), signed: kind == .signed)
            if kind == .signedUnsigned {
                N.load(&ctx, .rcx, o.b)
                ctx.asm.shift(.sar, .rcx, 63)
                ctx.asm.alu(.and, .rcx, N.operand(&ctx, o.c))
                ctx.asm.alu(.sub, .rdx, .rcx)
            }
            N.store(&ctx, o.a, .rdx)
            return true
        }
    }

    /// div/divu/rem/remu, and with `word` their W forms (32-bit operands, the 32-bit
    /// result sign-extended, also for divuw/remuw).
    static func divide(signed: Bool, remainder: Bool, word: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let w = !word
            let byZero = ctx.asm.newLabel(), done = ctx.asm.newLabel()
            N.load(&ctx, .rcx, o.c, w: w)       // divisor
            N.load(&ctx, .rax, o.b, w: w)       // dividend
            ctx.asm.test(.rcx, .rcx, w: w)
            ctx.asm.jcc(.e, byZero)
            var byMinusOne: Int? = nil
            if signed {
                let label = ctx.asm.newLabel()
                byMinusOne = label
                ctx.asm.aluImm(.cmp, .reg(.rcx), -1, w: w)
                ctx.asm.jcc(.e, label)
                ctx.asm.signExtendRaxIntoRdx(w: w)
            } else {
                ctx.asm.alu(.xor, .rdx, .rdx, w: false)
            }
            ctx.asm.divide(.rcx, signed: signed, w: w)
            if remainder { ctx.asm.mov(.rax, .rdx) }
            ctx.asm.jmp(done)

            // x / 0: all ones; x % 0: x (already in rax).
            ctx.asm.bind(byZero)
            if !remainder { ctx.asm.movImm(.rax, UInt64.max) }
            if let label = byMinusOne {
                ctx.asm.jmp(done)
                // x / −1 = −x (MIN stays MIN); x % −1 = 0.
                ctx.asm.bind(label)
                if remainder {
                    ctx.asm.alu(.xor, .rax, .rax, w: false)
                } else {
                    ctx.asm.neg(.rax, w: w)
                }
            }
            ctx.asm.bind(done)
            if word { N.signExtendWord(&ctx.asm, .rax) }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
