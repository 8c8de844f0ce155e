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

/// read, write, readv, writev on `fd` through the safe call, except that one the safe
/// call did not start goes ahead on a regular file or a block device: those never
/// sleep interruptibly, so the kernel completes them with a signal pending (the signal
/// is delivered after). Only the rare not-started case pays for the fstat.
func hostIOSyscall(_ nr: Int32, _ fd: Int, _ buffer: Int, _ count: Int) -> Int {
    let r = xrun_safe_syscall6(Int(nr), fd, buffer, count, 0, 0, 0)
    guard r == hostCallNotStarted else { return r }
    var st = stat()
    let type = fstat(Int32(truncatingIfNeeded: fd), &st) == 0 ? st.st_mode & S_IFMT : 0
    return type == S_IFREG || type == S_IFBLK ? hostSyscall(nr, fd, buffer, count) : -Int(EINTR)
}

extension UInt64 {
    /// As a host syscall argument.
    public var arg: Int { Int(bitPattern: UInt(self)) }
}
