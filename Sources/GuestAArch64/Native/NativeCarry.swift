import XrunCore

/// Native templates for ADC/SBC (C6.2 ADC, SBC; op fields as `CarryOps`: a = Rd,
/// b = Rn, c = Rm). The carry comes from the flags as a CS condition
/// (`A64Native.evaluateCondition`), so lazy flags stay lazy; the flag-setting
/// ADCS/SBCS stay calls.
enum NativeCarry {
    typealias N = A64Native

    /// Truth table of CS (C1.2.4: C == 1).
    static let carrySet = A64Cond.mask(2)

    /// ADC: Rn + Rm + C. SBC: Rn + NOT(Rm) + C = Rn − Rm − 1 + C.
    static func addWithCarry(sub: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let cond = N.evaluateCondition(&ctx, mask: carrySet)
            ctx.asm.setcc(cond, .rdx)
            ctx.asm.movzx8(.rdx, .rdx)
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.alu(sub ? .sub : .add, .rax, N.operand(&ctx, o.c), w: w)
            if sub { ctx.asm.aluImm(.sub, .reg(.rax), 1, w: w) }
            ctx.asm.alu(.add, .rax, .rdx, w: w)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
