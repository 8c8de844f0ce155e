import XrunCore

/// Native templates for the integer and FP loads and stores (LoadStore, FPLoadStore:
/// a = rd / frd, b = rs1, c = rs2 / frs2, imm = offset). As in the ops: the address
/// is rs1 + offset (64-bit wrap-around), the instruction's PC is recorded before the
/// access so a fault is reported there, misaligned accesses simply happen, and a
/// load into x0 still accesses memory (it can fault) but its value goes nowhere.
enum NativeLoadStoreTemplates {
    typealias N = RV64Native

    /// rax = the guest address, checked, with the PC recorded.
    static func address(_ ctx: inout NativeContext, _ o: Op) -> Bool {
        guard let offset = N.imm32(o.imm) else { return false }
        N.loadPlus(&ctx, .rax, o.b, offset)
        ctx.beginAccess(pc: o.pc, addr: .rax, scratch: .rcx)
        return true
    }

    /// lb/lh/lw/ld/lbu/lhu/lwu.
    static func load(size: Int, signed: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard address(&ctx, o) else { return false }
            let m = ctx.guestMemory(.rax)
            if signed && size < 8 {
                ctx.asm.loadSignExtended(.rcx, m, size: size, w: true)
            } else {
                ctx.asm.loadZeroExtended(.rcx, m, size: size)
            }
            N.store(&ctx, o.a, .rcx)
            return true
        }
    }

    /// sb/sh/sw/sd: the low `size` bytes of rs2.
    static func store(size: Int) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard address(&ctx, o) else { return false }
            if o.c != RVReg.zero, case .reg(let h) = N.operand(&ctx, o.c) {
                ctx.asm.store(ctx.guestMemory(.rax), h, size: size)
            } else {
                N.load(&ctx, .rcx, o.c)
                ctx.asm.store(ctx.guestMemory(.rax), .rcx, size: size)
            }
            return true
        }
    }

    /// flw (NaN-boxed: the upper 32 bits set, spec 13.2) and fld.
    static func loadFP(size: Int) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard address(&ctx, o) else { return false }
            ctx.asm.loadZeroExtended(.rcx, ctx.guestMemory(.rax), size: size)
            if size == 4 {
                ctx.asm.movImm(.rdx, 0xffff_ffff_0000_0000)
                ctx.asm.alu(.or, .rcx, .rdx)
            }
            N.storeF(&ctx, o.a, .rcx, boxed: size == 4)
            return true
        }
    }

    /// fsw (the low 32 bits as they are) and fsd.
    static func storeFP(size: Int) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            guard address(&ctx, o) else { return false }
            ctx.loadGuest(.rcx, N.fdisp(o.c), w: true)
            ctx.asm.store(ctx.guestMemory(.rax), .rcx, size: size)
            return true
        }
    }
}
