import XrunCore

/// Native templates for the integer data-processing ops (same op fields as the ops
/// they replace; see each op's file).
enum NativeDataProcessing {
    typealias N = A64Native

    /// ADD/SUB (immediate) and their MOV (to/from SP) form: a = Rd, b = Rn, imm.
    static func addImm(w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.aluConstant(.add, .rax, o.imm, w: w, scratch: .rcx)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// ADDS/SUBS (immediate), CMP/CMN: the flags stay lazy (`A64LazyFlags`).
    static func addsImm(sub: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard let imm = Int32(exactly: Int64(bitPattern: o.imm)) else { return false }
            N.load(&ctx, .rax, o.b, w: w)
            N.setLazyFlags(&ctx, lazyKind(sub: sub, w: w), a: .rax, b: nil, constant: o.imm)
            if o.a != A64Reg.discard {
                ctx.asm.aluImm(sub ? .sub : .add, .reg(.rax), imm, w: w)
                N.store(&ctx, o.a, .rax)
            }
            return true
        }
    }

    static func lazyKind(sub: Bool, w: Bool) -> A64LazyFlags.Kind {
        sub ? (w ? .sub64 : .sub32) : (w ? .add64 : .add32)
    }

    /// Operand 2 of the shifted-register forms into rcx: Rm (c) shifted by d.
    static func shiftedOperand(_ ctx: inout NativeContext, _ o: Op, _ shift: N.Shift, w: Bool) {
        N.load(&ctx, .rcx, o.c, w: w)
        N.shift(&ctx.asm, .rcx, shift, o.d, w: w)
    }

    /// ADD/SUB (extended register) with a byte/half/word extension: operand 2 is
    /// (Rm << d) >> e, logical for UXT*, arithmetic for SXT* (`ExtendedOperand`); the
    /// 32-bit forms (w false) add in 32 bits, whose x86 result is already zero-extended.
    /// ADDS/SUBS/CMP/CMN (extended register) with `flags`: lazy, as the shifted forms.
    static func addSubExtended(sub: Bool, signed: Bool, w: Bool, flags: Bool = false) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rcx, o.c, w: true)
            ctx.asm.shift(.shl, .rcx, o.d, w: true)
            ctx.asm.shift(signed ? .sar : .shr, .rcx, o.e, w: true)
            N.load(&ctx, .rax, o.b, w: w)
            if flags {
                N.setLazyFlags(&ctx, lazyKind(sub: sub, w: w), a: .rax, b: .rcx)
                if o.a == A64Reg.discard { return true }
            }
            ctx.asm.alu(sub ? .sub : .add, .rax, .rcx, w: w)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// ADD/SUB/ADDS/SUBS (shifted register): a = Rd, b = Rn, c = Rm, d = amount.
    static func addSubReg(sub: Bool, flags: Bool, shift: N.Shift, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            shiftedOperand(&ctx, o, shift, w: w)
            if flags { N.setLazyFlags(&ctx, lazyKind(sub: sub, w: w), a: .rax, b: .rcx) }
            // CMP/CMN: nothing reads the result (and a B.cond right after redoes the
            // compare on rax and rcx, `A64Native.evaluateCondition`).
            if o.a == A64Reg.discard { return true }
            ctx.asm.alu(sub ? .sub : .add, .rax, .rcx, w: w)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    enum Logic { case and, bic, orr, orn, eor, eon }

    /// AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS (shifted register). x86 AND/OR/XOR clear CF
    /// and OF, which is C = V = 0 of C6.2 ANDS/BICS.
    static func logicReg(_ kind: Logic, flags: Bool, shift: N.Shift, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            shiftedOperand(&ctx, o, shift, w: w)
            switch kind {
            case .bic, .orn, .eon: ctx.asm.not(.rcx, w: w)
            case .and, .orr, .eor: break
            }
            combineLogic(&ctx, kind, flags: flags, w: w, into: o.a)
            return true
        }
    }

    /// Rd = rax <op> rcx (rcx already inverted for BIC/ORN/EON), and the flags of ANDS/BICS.
    static func combineLogic(_ ctx: inout NativeContext, _ kind: Logic, flags: Bool, w: Bool, into rd: UInt8) {
        switch kind {
        case .and, .bic: ctx.asm.alu(.and, .rax, .rcx, w: w)
        case .orr, .orn: ctx.asm.alu(.or, .rax, .rcx, w: w)
        case .eor, .eon: ctx.asm.alu(.xor, .rax, .rcx, w: w)
        }
        if flags { N.setLazyFlags(&ctx, w ? .logic64 : .logic32, a: .rax, b: nil) }
        N.store(&ctx, rd, .rax)
    }

    /// AND/ORR/EOR/ANDS (immediate): a = Rd, b = Rn, imm = the bit mask.
    static func logicImm(_ kind: Logic, flags: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.movImm(.rcx, w ? o.imm : o.imm & 0xFFFF_FFFF)
            combineLogic(&ctx, kind, flags: flags, w: w, into: o.a)
            return true
        }
    }

    /// The shape of the one-register ops: rax = Rn (b, read at `w`), `body` on rax,
    /// Rd (a) = rax.
    static func unary(w: Bool, _ body: @escaping @Sendable (inout X86Assembler, Op) -> Void) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            body(&ctx.asm, o)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// UBFM/SBFM as (x << c) >> d (right = .shr/.sar), and the LSL/LSR/ASR aliases
    /// (one shift by c: left alone, or right alone).
    static func bitfield(left: Bool, right: X86Shift?, w: Bool) -> NativeTemplate {
        unary(w: w) { a, o in
            if left { a.shift(.shl, .rax, o.c, w: w) }
            if let r = right { a.shift(r, .rax, left ? o.d : o.c, w: w) }
        }
    }

    /// SXTB/SXTH/SXTW (the source read whole; the 32-bit forms zero-extend the result).
    static func signExtend(bits: Int, w: Bool) -> NativeTemplate {
        unary(w: true) { a, _ in a.signExtend(.rax, .rax, fromBits: bits, w: w) }
    }

    /// ROR (immediate) = EXTR Rn, Rn: d = amount.
    static func rotate(w: Bool) -> NativeTemplate {
        unary(w: w) { a, o in a.shift(.ror, .rax, o.d, w: w) }
    }

    /// MOVZ/MOVN/ADR/ADRP/MOV (bitmask immediate): Xa = imm.
    static let setConst: NativeTemplate = { op, ctx in
        ctx.storeGuestConstant(N.disp(op.pointee.a), op.pointee.imm)
        return true
    }

    /// MADD/MSUB/MUL: a = Rd, b = Rn, c = Rm, d = Ra (the low half of the product is
    /// the same signed or unsigned).
    static func multiplyAdd(sub: Bool, accumulate: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.imul(.rax, N.operand(&ctx, o.c), w: w)
            if accumulate {
                N.load(&ctx, .rcx, o.d, w: w)
                if sub {
                    ctx.asm.alu(.sub, .rcx, .rax, w: w)
                    ctx.asm.mov(.rax, .rcx, w: w)
                } else {
                    ctx.asm.alu(.add, .rax, .rcx, w: w)
                }
            }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// CSEL/CSINC/CSINV/CSNEG: a = Rd, b = Rn, c = Rm, imm = condition mask.
    enum Select { case sel, inc, inv, neg }
    static func conditionalSelect(_ kind: Select, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            // The condition first (it may call out), kept in dl across f(Rm).
            let cond = N.evaluateCondition(&ctx, mask: UInt16(truncatingIfNeeded: o.imm))
            ctx.asm.setcc(cond, .rdx)
            ctx.asm.movzx8(.rdx, .rdx)
            N.load(&ctx, .rax, o.c, w: w)
            switch kind {
            case .sel: break
            case .inc: ctx.asm.aluImm(.add, .reg(.rax), 1, w: w)
            case .inv: ctx.asm.not(.rax, w: w)
            case .neg: ctx.asm.neg(.rax, w: w)
            }
            ctx.asm.test(.rdx, .rdx, w: false)
            ctx.asm.cmov(.ne, .rax, N.operand(&ctx, o.b), w: w)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// LSLV/LSRV/ASRV/RORV: a = Rd, b = Rn, c = Rm. x86 masks the count in cl to the
    /// operand size, which is Arm's "Rm modulo datasize" (C6.2 LSLV).
    static func variableShift(_ kind: X86Shift, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rcx, o.c, w: w)
            N.load(&ctx, .rax, o.b, w: w)
            ctx.asm.shiftByCL(kind, .rax, w: w)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }

    /// REV (64-bit) and REV Wd.
    static func byteReverse(w: Bool) -> NativeTemplate {
        unary(w: w) { a, _ in a.bswap(.rax, w: w) }
    }

    /// CSET/CSETM (CSINC/CSINV Rd, ZR, ZR): 0 when the encoded condition (imm = its
    /// mask) holds, else 1 (CSET) or all ones (CSETM, of the register width).
    static func conditionalSet(mask allOnes: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let cond = N.evaluateCondition(&ctx, mask: UInt16(truncatingIfNeeded: o.imm))
            ctx.asm.setcc(X86Cond(rawValue: cond.rawValue ^ 1)!, .rax)
            ctx.asm.movzx8(.rax, .rax)
            if allOnes { ctx.asm.neg(.rax, w: w) }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
