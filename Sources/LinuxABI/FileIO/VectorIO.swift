import Glibc
import XrunCore

/// Guest `struct iovec` arrays (include/uapi/linux/uio.h: void *iov_base; size_t iov_len,
/// 16 bytes on every 64-bit ABI). The layout is the host's, but each iov_base is a guest
/// address, so the array is rebuilt with host addresses.
extension Kernel {
    static let uioMaxIOV = 1024 // UIO_MAXIOV

    /// Converts `count` guest iovecs at `addr` the way import_iovec checks them:
    /// count > UIO_MAXIOV → -EINVAL, a negative segment length → -EINVAL, a segment past
    /// the user address space → -EFAULT (one merely outside the guest region faults when
    /// the host reaches it: a short count); the total is capped at MAX_RW_COUNT.
    /// `tooMany` is the error for a count over UIO_MAXIOV (msghdr paths say -EMSGSIZE).
    func hostIOVecs(_ addr: UInt64, _ count: UInt64, hostWrites: Bool,
                    tooMany: Int32 = EINVAL) -> Result<[iovec], Errno> {
        if count > UInt64(Self.uioMaxIOV) { return .failure(Errno(tooMany)) }
        var out: [iovec] = []
        out.reserveCapacity(Int(count))
        var total: UInt64 = 0
        for i in 0..<count {
            let entry = addr &+ i &* 16
            guard let base = memory.read(entry, as: UInt64.self),
                  let len = memory.read(entry &+ 8, as: UInt64.self) else { return .failure(Errno(EFAULT)) }
            if Int64(bitPattern: len) < 0 { return .failure(Errno(EINVAL)) }
            // access_ok on the whole segment comes before the MAX_RW_COUNT cut.
            if len > 0 && (base >= Self.nativeTaskSize || len > Self.nativeTaskSize - base) {
                return .failure(Errno(EFAULT))
            }
            let want = min(len, Self.maxRWCount - total)
            guard let b = ioBuffer(base, want, hostWrites: hostWrites) else { return .failure(Errno(EFAULT)) }
            total += UInt64(b.len)
            out.append(iovec(iov_base: b.len == 0 ? nil : b.ptr, iov_len: b.len))
        }
        return .success(out)
    }

    /// Runs `body(host iovec pointer, count)` for a guest iovec array, or returns -errno.
    func withHostIOVecs(_ addr: UInt64, _ count: UInt64, hostWrites: Bool,
                        _ body: (Int, Int) -> Int) -> Int {
        switch hostIOVecs(addr, count, hostWrites: hostWrites) {
        case .failure(let e): return -Int(e.code)
        case .success(let v): return v.withUnsafeBufferPointer { body(hostArg(UnsafeRawPointer($0.baseAddress)), v.count) }
        }
    }
}

/// readv, writev, preadv, pwritev, preadv2, pwritev2, vmsplice.
enum VectorIO {
    /// /proc/self/mem takes guest addresses (OwnMemoryFile): never the host's offsets,
    /// which would reach xrun's own memory.
    @inline(__always) static func memFile(_ fd: Int) -> Bool { OwnMemoryFile.opened && OwnMemoryFile.isMemFile(fd) }

    static func register(_ t: inout SyscallTable) {
        t.register(.readv, strace: [.int, .pointer, .unsigned]) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: true) {
                memFile(a.fd(0)) ? OwnMemoryFile.vector(k, fd: a.fd(0), iov: $0, count: $1, write: false, at: nil)
                                 : hostIOSyscall(SYS_readv, a.fd(0), $0, $1)
            }
        }
        t.register(.writev, strace: [.int, .pointer, .unsigned]) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: false) {
                memFile(a.fd(0)) ? OwnMemoryFile.vector(k, fd: a.fd(0), iov: $0, count: $1, write: true, at: nil)
                                 : hostIOSyscall(SYS_writev, a.fd(0), $0, $1)
            }
        }
        // The count is an unsigned long (fs/read_write.c), taken whole.
        // preadv(fd, iov, cnt, pos_l, pos_h): on 64-bit kernels pos_l is the whole offset
        // and pos_h is shifted out (fs/read_write.c pos_from_hilo); x86-64 takes the same
        // arguments, so both pass through. preadv2/pwritev2 add RWF_* flags (same values).
        t.register(.preadv) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: true) {
                memFile(a.fd(0)) ? OwnMemoryFile.vector(k, fd: a.fd(0), iov: $0, count: $1, write: false, at: a.long(3))
                                 : hostSyscall(SYS_preadv, a.fd(0), $0, $1, a.long(3), a.long(4))
            }
        }
        t.register(.pwritev) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: false) {
                memFile(a.fd(0)) ? OwnMemoryFile.vector(k, fd: a.fd(0), iov: $0, count: $1, write: true, at: a.long(3))
                                 : hostSyscall(SYS_pwritev, a.fd(0), $0, $1, a.long(3), a.long(4))
            }
        }
        t.register(.preadv2) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: true) {
                memFile(a.fd(0)) ? OwnMemoryFile.vector(k, fd: a.fd(0), iov: $0, count: $1, write: false, at: a.long(3) == -1 ? nil : a.long(3))
                                 : hostSyscall(SYS_preadv2, a.fd(0), $0, $1, a.long(3), a.long(4), Int(a.int(5)))
            }
        }
        t.register(.pwritev2) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: false) {
                memFile(a.fd(0)) ? OwnMemoryFile.vector(k, fd: a.fd(0), iov: $0, count: $1, write: true, at: a.long(3) == -1 ? nil : a.long(3))
                                 : hostSyscall(SYS_pwritev2, a.fd(0), $0, $1, a.long(3), a.long(4), Int(a.int(5)))
            }
        }
        // vmsplice: the guest pages are read (into a pipe) or written (from it); which
        // one depends on the pipe end, so treat the buffers as written.
        t.register(.vmsplice) { k, _, a in
            k.withHostIOVecs(a[1], a[2], hostWrites: true) {
                hostSyscall(SYS_vmsplice, a.fd(0), $0, $1, Int(a.int(3)))
            }
        }
    }
}
