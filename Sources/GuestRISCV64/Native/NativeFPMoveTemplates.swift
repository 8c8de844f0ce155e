import XrunCore

/// Native templates for the FP bit-pattern moves (FPMisc.fmv*: a = rd, b = rs1;
/// spec 13.8 / 14.6): no NaN-box check on the way out, FMV.X.W sign-extends bits
/// 31:0, FMV.W.X NaN-boxes. FP registers go through the same register cache as
/// the integer ones (it is keyed by the CPU-state offset).
enum NativeFPMoveTemplates {
    typealias N = RV64Native

    static let fmvXD: NativeTemplate = { op, ctx in
        ctx.loadGuest(.rax, N.fdisp(op.pointee.b), w: true)
        N.store(&ctx, op.pointee.a, .rax)
        return true
    }

    static let fmvDX: NativeTemplate = { op, ctx in
        N.load(&ctx, .rax, op.pointee.b)
        N.storeF(&ctx, op.pointee.a, .rax, boxed: false)
        return true
    }

    static let fmvXW: NativeTemplate = { op, ctx in
        ctx.loadGuest(.rax, N.fdisp(op.pointee.b), w: false)
        N.signExtendWord(&ctx.asm, .rax)
        N.store(&ctx, op.pointee.a, .rax)
        return true
    }

    static let fmvWX: NativeTemplate = { op, ctx in
        N.load(&ctx, .rax, op.pointee.b, w: false)
        ctx.asm.movImm(.rcx, 0xffff_ffff_0000_0000)
        ctx.asm.alu(.or, .rax, .rcx)
        N.storeF(&ctx, op.pointee.a, .rax, boxed: true)
        return true
    }
}
