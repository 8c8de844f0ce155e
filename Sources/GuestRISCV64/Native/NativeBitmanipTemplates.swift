import XrunCore

/// Native templates for the Zba/Zbb/Zbs/Zicond ops that are plain x86 sequences
/// (a = rd slot, b = rs1, c = rs2, imm = shift or bit index). clz/ctz/cpop are left
/// to their ops: the x86 instructions for them (LZCNT, TZCNT, POPCNT) are optional
/// host features.
enum NativeBitmanipTemplates {
    typealias N = RV64Native

    /// shNadd (rs1 << imm) + rs2, and with `unsignedWord` add.uw / shNadd.uw (rs1
    /// zero-extended from 32 bits first).
    static func shiftAdd(unsignedWord: Bool) -> NativeTemplate {
        N.unary(w: !unsignedWord) { ctx, o in
            ctx.asm.shift(.shl, .rax, UInt8(truncatingIfNeeded: o.imm & 63))
            ctx.asm.alu(.add, .rax, N.operand(&ctx, o.c))
        }
    }

    /// slli.uw: zero-extended rs1 << shamt (64-bit shift).
    static let slliUW = N.unary(w: false) { ctx, o in
        ctx.asm.shift(.shl, .rax, UInt8(truncatingIfNeeded: o.imm & 63))
    }

    enum Negated { case andn, orn, xnor }

    static func negatedLogic(_ kind: Negated) -> NativeTemplate {
        N.unary { ctx, o in
            N.load(&ctx, .rcx, o.c)
            switch kind {
            case .andn:
                ctx.asm.not(.rcx)
                ctx.asm.alu(.and, .rax, .rcx)
            case .orn:
                ctx.asm.not(.rcx)
                ctx.asm.alu(.or, .rax, .rcx)
            case .xnor:
                ctx.asm.alu(.xor, .rax, .rcx)
                ctx.asm.not(.rax)
            }
        }
    }

    /// min/max/minu/maxu: rax = rs1, replaced by rs2 when `takeRs2` holds after
    /// `cmp rs1, rs2` (max: rs1 < rs2; min: rs1 > rs2).
    static func minMax(takeRs2: X86Cond) -> NativeTemplate {
        N.unary { ctx, o in
            N.load(&ctx, .rcx, o.c)
            ctx.asm.alu(.cmp, .rax, .rcx)
            ctx.asm.cmov(takeRs2, .rax, .rcx)
        }
    }

    /// sext.b, sext.h (fromBits 8, 16).
    static func signExtend(fromBits: Int) -> NativeTemplate {
        N.unary { ctx, o in
            ctx.asm.signExtend(.rax, .rax, fromBits: fromBits)
        }
    }

    static let zexth = N.unary { ctx, o in
        ctx.asm.movzx16(.rax, .rax)
    }

    static let rev8 = N.unary { ctx, o in
        ctx.asm.bswap(.rax)
    }

    /// bext (register index, masked to 6 bits by the x86 shift) and bexti.
    static func bitExtract(immediate: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            if !immediate { N.load(&ctx, .rcx, o.c) }
            N.load(&ctx, .rax, o.b)
            if immediate {
                ctx.asm.shift(.shr, .rax, UInt8(truncatingIfNeeded: o.imm & 63))
            } else {
                ctx.asm.shiftByCL(.shr, .rax)
            }
            ctx.asm.aluImm(.and, .reg(.rax), 1, w: false)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// czero.eqz (zero when rs2 == 0) / czero.nez (zero when rs2 != 0).
    static func conditionalZero(whenZero: Bool) -> NativeTemplate {
        N.unary { ctx, o in
            N.load(&ctx, .rcx, o.c)
            ctx.asm.alu(.xor, .rdx, .rdx, w: false)
            ctx.asm.test(.rcx, .rcx)
            ctx.asm.cmov(whenZero ? .e : .ne, .rax, .rdx)
        }
    }
}
