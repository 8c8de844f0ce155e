import Glibc
import XrunCore

extension Kernel {
    /// Runs system call `nr` through its table entry (or the architecture's own
    /// calls), with -strace around it when on. Returns the result (≥ 0 or -errno), or
    /// `keepRegisters` when the handler set the registers itself.
    func run(_ nr: Int, _ args: SyscallArgs, thread: GuestThread) -> Int {
        let entry = table.entry(nr)
        if _slowPath(config.strace) { strace.enter(nr, args, format: entry.strace, thread: thread) }
        let result = entry.handler.map { $0(self, thread, args) }
            ?? arch.archSyscall(nr, args, memory: memory) ?? -Int(ENOSYS)
        if _slowPath(config.strace) && !thread.exited {
            // rt_sigreturn: what the restored context holds in the result register.
            let shown = result == Self.keepRegisters
                ? Int(Int64(bitPattern: arch.syscallArguments(thread.cpu)[0]))
                : result == Self.signalFirst ? -513 /* ERESTARTNOINTR */ : result
            strace.exit(shown, format: entry.strace, known: entry.handler != nil, thread: thread)
        }
        return result
    }

    /// Runs guest system call `nr` with up to six raw arguments through the same table
    /// (and -strace) path as a trapped `svc`/`ecall`, and returns the result (≥ 0 or
    /// -errno) instead of writing it to a register. For unit tests and host-side callers.
    public func callSyscall(_ nr: Int, _ args: [UInt64], thread: GuestThread) -> Int {
        run(nr, SyscallArgs(args), thread: thread)
    }
}
