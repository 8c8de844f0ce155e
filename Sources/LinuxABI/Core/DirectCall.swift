import Glibc
import XrunCore

extension Kernel {
    /// Runs guest system call `nr` with up to six raw arguments through the same table
    /// (and -strace) path as a trapped `svc`/`ecall`, and returns the result (≥ 0 or
    /// -errno) instead of writing it to a register. For unit tests and host-side callers.
    public func callSyscall(_ nr: Int, _ args: [UInt64], thread: GuestThread) -> Int {
        var raw = Array(args.prefix(6))
        while raw.count < 6 { raw.append(0) }
        let a = SyscallArgs(raw)
        let entry = table.entry(nr)
        if config.strace { strace.enter(nr, a, thread: thread) }
        let result = entry.map { $0(self, thread, a) } ?? -Int(ENOSYS)
        if config.strace { strace.exit(nr, result, known: entry != nil, thread: thread) }
        return result
    }
}
