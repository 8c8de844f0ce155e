import CXrunHost
import Glibc

/// Host system call through the raw funnel: the result, or -errno.
@inline(__always)
public func hostSyscall(_ nr: Int32, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0,
                        _ d: Int = 0, _ e: Int = 0, _ f: Int = 0) -> Int {
    xrun_syscall6(Int(nr), a, b, c, d, e, f)
}

/// A host system call made for a guest call that may block (a read of a pipe, a
/// futex wait, a wait4): -EINTR without entering the kernel when a signal the guest
/// does not block is pending or arrives just before, so the guest's handler runs
/// (and the call restarts where SA_RESTART says so) instead of the call blocking with
/// the signal noticed only after it (CXrunHost's xrun_safe_syscall6; QEMU's
/// safe_syscall). Not for calls that must not fail with EINTR.
func hostBlockingSyscall(_ nr: Int32, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0,
                         _ d: Int = 0, _ e: Int = 0, _ f: Int = 0) -> Int {
    let r = xrun_safe_syscall6(Int(nr), a, b, c, d, e, f)
    return r == hostCallNotStarted ? -Int(EINTR) : r
}

/// What xrun_safe_syscall6 returns for a call it did not start.
let hostCallNotStarted = -513

extension UInt64 {
    /// As a host syscall argument.
    public var arg: Int { Int(bitPattern: UInt(self)) }
}
