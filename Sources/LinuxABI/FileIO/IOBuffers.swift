import Glibc
import XrunCore

/// Buffer arguments shared by the file, poll, time and socket calls.
extension Kernel {
    /// The kernel never moves more than MAX_RW_COUNT (INT_MAX & PAGE_MASK) bytes in one
    /// read/write-style call (fs/read_write.c, include/linux/fs.h).
    static let maxRWCount: UInt64 = 0x7fff_f000

    /// The user address-space size a real arm64 kernel checks ranges against
    /// (TASK_SIZE_64 with 48-bit VAs): a range past it is -EFAULT there (access_ok)
    /// before any data moves, e.g. read(fd, buf, (size_t)-1).
    static let nativeTaskSize: UInt64 = 1 << 48

    /// A data buffer of `count` bytes for a read/write-style call (read, write, getrandom,
    /// send, recv, iovec segments). A range that a real kernel's access_ok would refuse
    /// is -EFAULT; otherwise the length is clamped to what the kernel would transfer at
    /// most: MAX_RW_COUNT, and the end of our smaller guest region (a guest asking for
    /// more than it has mapped gets what fits, or -EFAULT at the first unmapped page, from
    /// the host itself). `hostWrites`: the host kernel stores into it (code-locked pages
    /// are released first).
    /// Returns nil (→ -EFAULT) when a real kernel's access_ok would refuse the range.
    func ioBuffer(_ addr: UInt64, _ count: UInt64, hostWrites: Bool) -> (ptr: UnsafeMutableRawPointer, len: Int)? {
        if count == 0 {
            // Nothing is touched; any user address will do (access_ok of 0 bytes).
            guard addr <= Self.nativeTaskSize else { return nil }
            return (memory.base, 0)
        }
        guard addr < Self.nativeTaskSize, count <= Self.nativeTaskSize - addr else { return nil }
        if addr >= GuestMemory.addressLimit {
            // A user address the guest's kernel accepts, never mapped here: the host faults
            // on it where the guest's kernel would (a read at end of file moves nothing).
            guard let p = UnsafeMutableRawPointer(bitPattern: Self.unmappedHost) else { return nil }
            return (p, Int(min(count, Self.maxRWCount)))
        }
        let len = Int(min(count, Self.maxRWCount, GuestMemory.addressLimit - addr))
        let p = hostWrites ? hostWritableBuffer(addr, len) : hostBuffer(addr, len)
        guard let p else { return nil }
        return (p, len)
    }

    /// Optional pointer to a buffer the host kernel writes (and may read): NULL stays NULL.
    func hostOptionalWritable(_ addr: UInt64, _ len: Int) -> (ok: Bool, ptr: UnsafeMutableRawPointer?) {
        if addr == 0 { return (true, nil) }
        guard let p = hostWritableBuffer(addr, len) else { return (false, nil) }
        return (true, p)
    }

    /// Runs `body` with a host C string for a guest path argument that may be NULL
    /// (statx/newfstatat/utimensat with AT_EMPTY_PATH or a NULL path name the fd itself).
    func withOptionalPath(_ addr: UInt64, _ body: (UnsafePointer<CChar>?) -> Int) -> Int {
        if addr == 0 { return body(nil) }
        return withPath(addr) { body($0) }
    }
}

/// Host address of an optional host pointer, as a syscall argument.
@inline(__always) func hostArg(_ p: UnsafeMutableRawPointer?) -> Int { Int(bitPattern: p) }
@inline(__always) func hostArg(_ p: UnsafeRawPointer?) -> Int { Int(bitPattern: p) }
