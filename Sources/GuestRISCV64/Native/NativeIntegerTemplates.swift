import XrunCore

/// Native templates for the RV64I register-immediate and register-register ops
/// (IntImm, IntReg: a = rd slot, b = rs1, c = rs2, imm = immediate or shamt).
/// Each computes exactly what its op does; *W results are sign-extended from
/// 32 bits (RV64I 4.2). x86 shifts by CL mask the count to 6 bits (5 for 32-bit
/// operands), which is the RISC-V rule for SLL/SRL/SRA and their W forms.
enum NativeIntegerTemplates {
    typealias N = RV64Native

    /// li, lui, auipc (a constant known at decode time).
    static let li: NativeTemplate = { op, ctx in
        N.storeConstant(&ctx, op.pointee.a, op.pointee.imm)
        return true
    }

    static let mv: NativeTemplate = { op, ctx in
        N.load(&ctx, .rax, op.pointee.b)
        N.store(&ctx, op.pointee.a, .rax)
        return true
    }

    static let addi: NativeTemplate = { op, ctx in
        let o = op.pointee
        guard let imm = N.imm32(o.imm) else { return false }
        N.loadPlus(&ctx, .rax, o.b, imm)
        N.store(&ctx, o.a, .rax)
        return true
    }

    /// andi/ori/xori (Zbs bclri/binvi/bseti use them with a 64-bit mask).
    static func logicImm(_ alu: X86ALU) -> NativeTemplate {
        N.unary { ctx, o in
            if alu == .xor && o.imm == UInt64.max {
                ctx.asm.not(.rax)   // not rd, rs (xori rd, rs, -1)
            } else {
                ctx.asm.aluConstant(alu, .rax, o.imm, scratch: .rcx)
            }
        }
    }

    /// slti (signed) / sltiu (unsigned compare with the sign-extended immediate).
    static func setLessThanImm(signed: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard let imm = N.imm32(o.imm) else { return false }
            N.load(&ctx, .rax, o.b)
            ctx.asm.alu(.xor, .rdx, .rdx, w: false)
            ctx.asm.aluImm(.cmp, .reg(.rax), imm)
            ctx.asm.setcc(signed ? .l : .b, .rdx)
            N.store(&ctx, o.a, .rdx)
            return true
        }
    }

    /// slli/srli/srai (shamt 0–63) and the Zbb rotate-left form of rori.
    static func shiftImm(_ kind: X86Shift) -> NativeTemplate {
        N.unary { ctx, o in
            ctx.asm.shift(kind, .rax, UInt8(truncatingIfNeeded: o.imm & 63))
        }
    }

    static let addiw = N.unary(w: false) { ctx, o in
        ctx.asm.aluImm(.add, .reg(.rax), Int32(truncatingIfNeeded: o.imm), w: false)
        N.signExtendWord(&ctx.asm, .rax)
    }

    static let sextw = N.unary(w: false) { ctx, o in
        N.signExtendWord(&ctx.asm, .rax)
    }

    /// slliw/srliw/sraiw (shamt 0–31) and roriw's rotate-left form: a 32-bit shift,
    /// then the sign extension of the 32-bit result.
    static func shiftImmWord(_ kind: X86Shift) -> NativeTemplate {
        N.unary(w: false) { ctx, o in
            ctx.asm.shift(kind, .rax, UInt8(truncatingIfNeeded: o.imm & 31), w: false)
            N.signExtendWord(&ctx.asm, .rax)
        }
    }

    /// add/sub/and/or/xor, and with `word` addw/subw.
    static func alu(_ alu: X86ALU, word: Bool = false) -> NativeTemplate {
        N.unary(w: !word) { ctx, o in
            ctx.asm.alu(alu, .rax, N.operand(&ctx, o.c), w: !word)
            if word { N.signExtendWord(&ctx.asm, .rax) }
        }
    }

    /// sll/srl/sra and sllw/srlw/sraw; Zbb rol/ror and rolw/rorw.
    static func shiftReg(_ kind: X86Shift, word: Bool = false) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rcx, o.c)
            N.load(&ctx, .rax, o.b, w: !word)
            ctx.asm.shiftByCL(kind, .rax, w: !word)
            if word { N.signExtendWord(&ctx.asm, .rax) }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// slt/sltu.
    static func setLessThan(signed: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b)
            ctx.asm.alu(.xor, .rdx, .rdx, w: false)
            ctx.asm.alu(.cmp, .rax, N.operand(&ctx, o.c))
            ctx.asm.setcc(signed ? .l : .b, .rdx)
            N.store(&ctx, o.a, .rdx)
            return true
        }
    }
}
