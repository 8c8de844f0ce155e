import XrunCore

/// Templates of the system-register moves that programs run in hot paths.
enum NativeSystemRegisters {
    /// MRS Xt, TPIDR_EL0: the thread pointer, which glibc and CPython read for every
    /// thread-local access (3% of a CPython loop's time as a called op). TPIDR_EL0
    /// lives only in CPU state (MSR is a called op that stores it there), so the load
    /// is always current.
    static let readThreadPointer: NativeTemplate = { op, ctx in
        ctx.asm.load(.rax, X86Mem(.rbx, Int32(A64Layout.tpidr)))
        A64Native.store(&ctx, op.pointee.a, .rax)
        return true
    }
}
