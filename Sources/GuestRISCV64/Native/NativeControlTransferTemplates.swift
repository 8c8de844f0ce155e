import XrunCore

/// Native templates for JAL, JALR and the conditional branches (Control: a = rd
/// slot, b = rs1, c = rs2, imm = target (JAL, branches) or offset (JALR), d = the
/// instruction length, 4 or 2). They end the block the way the ops do: PC and exit
/// slot 0 (taken) / 1 (fall-through) as `cpu.branch(to:slot:)`, or slot 2 for JALR
/// as `cpu.branchIndirect(to:)`, then on to the linked or cached successor.
enum NativeControlTransferTemplates {
    typealias N = RV64Native

    static let jal: NativeTemplate = { op, ctx in
        let o = op.pointee
        N.storeConstant(&ctx, o.a, o.pc &+ UInt64(o.d))
        ctx.exit(to: o.imm, slot: 0)
        return true
    }

    /// The target (rs1 + offset, bit 0 cleared) is computed before rd is written:
    /// rd may be rs1.
    static let jalr: NativeTemplate = { op, ctx in
        let o = op.pointee
        guard let offset = N.imm32(o.imm) else { return false }
        N.loadPlus(&ctx, .rax, o.b, offset)
        ctx.asm.aluImm(.and, .reg(.rax), -2)
        N.storeConstant(&ctx, o.a, o.pc &+ UInt64(o.d))
        ctx.exitIndirect(pc: .rax)
        return true
    }

    /// beq/bne/blt/bge/bltu/bgeu: `taken` is the x86 condition after `cmp rs1, rs2`.
    /// Against x0 (beqz, bnez, bltz, bgez, ...) a `test` sets the same flags.
    static func branch(taken: X86Cond) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b)
            if o.c == RVReg.zero {
                ctx.asm.test(.rax, .rax)
            } else {
                ctx.asm.alu(.cmp, .rax, N.operand(&ctx, o.c))
            }
            ctx.branch(if: taken, target: o.imm, fallThrough: o.pc &+ UInt64(o.d))
            return true
        }
    }
}
