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
        t.register(.ppoll, strace: [.pointer, .unsigned, .pointer, .pointer], restart: .never) { k, th, a in
            let nfds = UInt64(UInt32(truncatingIfNeeded: a[1]))
            // The kernel rewrites the timeout with the time left.
            let ts = k.hostOptionalWritable(a[2], 16)
            guard let fds = k.hostWritableBuffer(a[0], Int(min(nfds, maxFds) * 8)), ts.ok else {
                return -Int(EFAULT)
            }
            // xrun's own descriptors are closed ones to the guest: POLLNVAL, no waiting.
            // Only an array the guest can really write is looked at: the host kernel
            // answers EFAULT for the rest, and xrun must not touch it itself.
            let n = Int(min(nfds, maxFds))
            let own = k.memory.isAccessible(a[0], UInt64(n * 8), [.read, .write])
                ? ownDescriptors(fds.assumingMemoryBound(to: pollfd.self), n) : []
            var zero = timespec()
            let r = k.withGuestSignalMask(th, a[3], a[4]) { mask in
                own.isEmpty ? hostSyscall(SYS_ppoll, hostArg(fds), Int(nfds), hostArg(ts.ptr), mask, 8)
                            : withUnsafeMutablePointer(to: &zero) { hostSyscall(SYS_ppoll, hostArg(fds), Int(nfds), Int(bitPattern: $0), mask, 8) }
            }
            return own.isEmpty ? r : invalid(own, fds.assumingMemoryBound(to: pollfd.self), r)
        }
        t.register(.pselect6, strace: [.int, .pointer, .pointer, .pointer, .pointer, .pointer], restart: .never) { k, th, a in pselect6(k, th, a) }
    }

    /// Entries naming one of xrun's descriptors: their index and number, each entry's fd
    /// made -1 (the host then skips it) until `invalid` puts it back.
    static func ownDescriptors(_ fds: UnsafeMutablePointer<pollfd>, _ n: Int) -> [(Int, Int32)] {
        guard EmulatorDescriptors.lowest != .max else { return [] }
        var own: [(Int, Int32)] = []
        for i in 0..<n where EmulatorDescriptors.contains(fds[i].fd) {
            own.append((i, fds[i].fd))
            fds[i].fd = -1
        }
        return own
    }

    /// After the host's ppoll: the entries of xrun's descriptors get their numbers back and
    /// POLLNVAL, and count as ready (fs/select.c, do_pollfd: a closed fd is POLLNVAL).
    static func invalid(_ own: [(Int, Int32)], _ fds: UnsafeMutablePointer<pollfd>, _ r: Int) -> Int {
        for (i, fd) in own {
            fds[i].fd = fd
            fds[i].revents = Int16(POLLNVAL)
        }
        return r < 0 ? r : r + own.count
    }

    /// pselect6(n, in, out, ex, timeout, sig): the sixth argument points to
    /// `struct { const sigset_t *ss; size_t ss_len; }` (fs/select.c), which holds a guest
    /// pointer, so it is rebuilt in host memory with the host mask.
    static func pselect6(_ k: Kernel, _ th: GuestThread, _ a: SyscallArgs) -> Int {
        let n = a.int(0)
        if n < 0 { return -Int(EINVAL) }
        let setBytes = Int((min(UInt64(n), maxFds) + 63) / 64 * 8)
        // FDS_BYTES(0) is 0: with no descriptors the sets are never read (fs/select.c).
        let sets = (1...3).map { setBytes == 0 ? (ok: true, ptr: nil) : k.hostOptionalWritable(a[$0], setBytes) }
        let ts = k.hostOptionalWritable(a[4], 16)
        guard sets.allSatisfy({ $0.ok }), ts.ok else { return -Int(EFAULT) }
        // xrun's descriptors lie beyond the table a native process of this size would have,
        // and core_sys_select (fs/select.c) cuts n to the table: their bits are neither
        // looked at nor written back. They are cleared for the host and put back after.
        var hidden: [(UnsafeMutablePointer<UInt64>, UInt64)] = []
        if n > EmulatorDescriptors.lowest {
            for fd in EmulatorDescriptors.all where fd < n {
                for (i, set) in sets.enumerated() {
                    guard let p = set.ptr, k.memory.isAccessible(a[i + 1], UInt64(setBytes), [.read, .write]) else { continue }
                    let word = p.advanced(by: Int(fd / 64) * 8).assumingMemoryBound(to: UInt64.self)
                    let bit: UInt64 = 1 << UInt64(fd % 64)
                    if word.pointee & bit != 0 { hidden.append((word, bit)); word.pointee &= ~bit }
                }
            }
        }
        defer { for (word, bit) in hidden { word.pointee |= bit } }
        var ss: UInt64 = 0, len: UInt64 = 0
        if a[5] != 0 {
            guard let p = k.memory.read(a[5], as: UInt64.self),
                  let l = k.memory.read(a[5] &+ 8, as: UInt64.self) else { return -Int(EFAULT) }
            ss = p; len = l
        }
        return k.withGuestSignalMask(th, ss, len) { mask in
            var sig: (UInt64, UInt64) = (UInt64(UInt(bitPattern: mask)), 8)
            return withUnsafeMutableBytes(of: &sig) { s in
                hostSyscall(SYS_pselect6, Int(n), hostArg(sets[0].ptr), hostArg(sets[1].ptr), hostArg(sets[2].ptr),
                            hostArg(ts.ptr), mask == 0 ? 0 : hostArg(s.baseAddress))
            }
        }
    }
}

extension Kernel {
    /// The optional sigset argument (`mask`, `size` bytes) of ppoll, pselect6 and
    /// epoll_pwait: without one the call runs as it is (`call` gets 0); with one, only an
    /// 8-byte set is valid (sizeof(sigset_t) on the 64-bit ABIs) and the call waits with
    /// it as the temporary mask (`call` gets the host address of its host form).
    func withGuestSignalMask(_ thread: GuestThread, _ mask: UInt64, _ size: UInt64, _ call: (Int) -> Int) -> Int {
        if mask == 0 { return call(0) }
        guard size == 8 else { return -Int(EINVAL) }
        guard let m = memory.read(mask, as: UInt64.self) else { return -Int(EFAULT) }
        return waitWithTemporaryMask(thread, m, call)
    }
}
