import XrunCore

/// Native templates for the ops that write a field of Rd and keep the rest of it:
/// MOVK (C6.2 MOVK; `MoveWideOps`) and BFM with its BFI/BFXIL aliases (C6.2 BFM;
/// `BitfieldOps`). The 32-bit forms work in 32-bit x86 operations, whose results are
/// zero-extended: the W-register write rule.
enum NativeFieldInsert {
    typealias N = A64Native

    /// MOVK: a = Rd, imm = the half-word already shifted, b = its shift.
    static func moveKeep(w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let field = UInt64(0xFFFF) << UInt64(o.b)
            N.load(&ctx, .rax, o.a, w: w)
            ctx.asm.aluConstant(.and, .rax, ~field, w: w, scratch: .rcx)
            if o.imm != 0 { ctx.asm.aluConstant(.or, .rax, o.imm, w: w, scratch: .rcx) }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// BFM: Rd = (Rd & ~imm) | (((Rn >> c) << d) & imm), imm = the field's mask in Rd.
    /// (In the 32-bit form the bits of Rn above 31 never reach the mask: the field is
    /// Rn<imms:immr> with imms ≤ 31, so a 32-bit read of Rn is the same.)
    static func bitfieldMove(w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.shift(.shr, .rax, o.c, w: w)
            ctx.asm.shift(.shl, .rax, o.d, w: w)
            ctx.asm.aluConstant(.and, .rax, o.imm, w: w, scratch: .rcx)
            N.load(&ctx, .rcx, o.a, w: w)
            ctx.asm.aluConstant(.and, .rcx, ~o.imm, w: w, scratch: .rdx)
            ctx.asm.alu(.or, .rax, .rcx, w: w)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
