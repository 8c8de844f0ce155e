import XrunCore

/// Native templates for LDAR/LDAPR/LDAPUR (C6.2 LDAR; op fields as `LSOrdered`:
/// a = Rt, b = Rn, imm = offset). On x86-64 an aligned load already has acquire
/// semantics (the memory model orders loads with later loads and stores), so the
/// access is a plain load; a misaligned address (an alignment fault without
/// FEAT_LSE2) goes to the op's function, which raises it.
enum NativeOrdered {
    typealias N = A64Native

    static func loadAcquire(size: Int) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            // Alignment before the address range: a misaligned tagged or wild address is
            // SIGBUS, as in the interpreter (and qemu), not SIGSEGV. The tag (top byte)
            // leaves the low bits alone.
            NativeLoadStore.address(&ctx, o, .offset, checked: false)
            let slow = ctx.beginSlowCall(op)
            if size > 1 {
                ctx.asm.testImm(.reg(.rdx), UInt32(size - 1))
                ctx.asm.jcc(.ne, slow.entry)
            }
            ctx.beginAccess(pc: o.pc, addr: .rdx, scratch: .rcx, untagTopByte: true)
            ctx.asm.loadZeroExtended(.rcx, ctx.guestMemory(.rdx), size: size)
            N.store(&ctx, o.a, .rcx)
            ctx.finishSlowCall(slow)
            return true
        }
    }
}
