import XrunCore

/// Native templates for the block-ending branches: they end the block through the
/// same exit slots as the ops (`NativeContext.exit`, `exitIndirect`).
enum NativeBranches {
    typealias N = A64Native

    static let b: NativeTemplate = { op, ctx in
        ctx.exit(to: op.pointee.imm, slot: 0)
        return true
    }

    static let bl: NativeTemplate = { op, ctx in
        ctx.storeGuestConstant(N.disp(30), op.pointee.pc &+ 4)
        ctx.exit(to: op.pointee.imm, slot: 0)
        return true
    }

    /// B.cond: a | b << 8 = the truth table.
    static let bcond: NativeTemplate = { op, ctx in
        let o = op.pointee
        let cond = N.evaluateCondition(&ctx, mask: UInt16(o.a) | UInt16(o.b) << 8)
        ctx.branch(if: cond, target: o.imm, fallThrough: o.pc &+ 4)
        return true
    }

    /// CBZ/CBNZ: a = Rt. CF = the branch is taken.
    static func compareAndBranch(zero: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.a, w: w)
            // neg sets CF exactly when its operand is non-zero.
            ctx.asm.neg(.rax, w: w)
            if zero { ctx.asm.cmc() }
            ctx.branch(if: .b, target: o.imm, fallThrough: o.pc &+ 4)
            return true
        }
    }

    /// TBZ/TBNZ: a = Rt, b = bit number. BT puts the bit in CF.
    static func testAndBranch(zero: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.a, w: true)
            ctx.asm.bt(.rax, bit: o.b)
            if zero { ctx.asm.cmc() }
            ctx.branch(if: .b, target: o.imm, fallThrough: o.pc &+ 4)
            return true
        }
    }

    /// BR/RET (a = Rn) and BLR (the target is read before X30 is written).
    static func indirect(link: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.a, w: true)
            if link { ctx.storeGuestConstant(N.disp(30), o.pc &+ 4) }
            ctx.exitIndirect(pc: .rax)
            return true
        }
    }
}
