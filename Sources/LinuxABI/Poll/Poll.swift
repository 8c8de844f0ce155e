import Glibc
import XrunCore

/// ppoll and pselect6.
///
/// struct pollfd (asm-generic/poll.h: int fd; short events, revents) and the POLL*
/// bits are the same on all three ABIs; so are fd_set (an array of unsigned longs) and
/// struct timespec. The signal mask is a guest sigset_t of `sigsetsize` (8) bytes,
/// passed to the host as it is.
enum Poll {
    /// The host never reads more than fs.nr_open descriptors' worth of fd_set (1 << 20
    /// at most), so that bounds the buffers we check.
    static let maxFds: UInt64 = 1 << 20

    static func register(_ t: inout SyscallTable) {
        typealias N = GuestSyscallNumber
        t[N.ppoll] = { k, _, a in
            let nfds = UInt64(UInt32(truncatingIfNeeded: a[1]))
            // The kernel rewrites the timeout with the time left; the mask is read.
            let ts = k.hostOptionalWritable(a[2], 16), mask = k.hostOptional(a[3], 8)
            guard let fds = k.hostWritableBuffer(a[0], Int(min(nfds, maxFds) * 8)), ts.ok, mask.ok else {
                return -Int(EFAULT)
            }
            return hostSyscall(SYS_ppoll, hostArg(fds), Int(nfds), hostArg(ts.ptr), hostArg(mask.ptr), a.long(4))
        }
        t[N.pselect6] = { k, _, a in pselect6(k, a) }
    }

    /// pselect6(n, in, out, ex, timeout, sig): the sixth argument points to
    /// `struct { const sigset_t *ss; size_t ss_len; }` (fs/select.c), which holds a guest
    /// pointer, so it is rebuilt in host memory with the host address of the mask.
    static func pselect6(_ k: Kernel, _ a: SyscallArgs) -> Int {
        let n = a.int(0)
        if n < 0 { return -Int(EINVAL) }
        let setBytes = Int((min(UInt64(n), maxFds) + 63) / 64 * 8)
        let sets = (1...3).map { k.hostOptionalWritable(a[$0], setBytes) }
        let ts = k.hostOptionalWritable(a[4], 16)
        guard sets.allSatisfy({ $0.ok }), ts.ok else { return -Int(EFAULT) }
        var sig: (UInt64, UInt64) = (0, 0)
        var hasSig = false
        if a[5] != 0 {
            guard let ss = k.memory.read(a[5], as: UInt64.self),
                  let len = k.memory.read(a[5] &+ 8, as: UInt64.self) else { return -Int(EFAULT) }
            // Only an 8-byte mask is valid (sizeof(sigset_t) on both 64-bit ABIs); the host
            // says -EINVAL for other sizes, so the pointer is checked for 8 bytes only.
            let mask = k.hostOptional(ss, 8)
            guard mask.ok else { return -Int(EFAULT) }
            sig = (UInt64(UInt(bitPattern: mask.ptr)), len)
            hasSig = true
        }
        return withUnsafeMutableBytes(of: &sig) { s in
            hostSyscall(SYS_pselect6, Int(n), hostArg(sets[0].ptr), hostArg(sets[1].ptr), hostArg(sets[2].ptr),
                        hostArg(ts.ptr), hasSig ? hostArg(s.baseAddress) : 0)
        }
    }
}
