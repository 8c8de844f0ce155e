import CXrunHost
import Glibc
import XrunCore

/// /proc/self/mem (and /proc/<our pid>/mem, /proc/thread-self/mem, task/<tid>/mem): the
/// host's file of this process, whose offsets are host addresses, seen by the guest with
/// guest addresses. fs/proc/base.c, mem_rw/mem_lseek are the model: the file position is
/// an address; reading or writing goes page by page through access_remote_vm with
/// FOLL_FORCE (protections do not stop it), and stops at the first page that is not
/// mapped — fewer bytes, or EIO when not even the first one is. Only guest-mapped pages
/// count (the rest of xrun's reservation and xrun's own memory are not the guest's), and a
/// write first drops the code translated from the pages it changes (a debugger planting a
/// breakpoint, a JIT patching itself through the file).
///
/// The guest's descriptor is the host's own file; which descriptors are such files is
/// asked of fstat (device and inode), so dup, fork and close need no bookkeeping. Nothing
/// is asked until the process has opened one.
enum OwnMemoryFile {
    /// Set once a mem file was opened: from then on read, write, pread64, pwrite64 and
    /// lseek ask fstat whether their descriptor is one.
    nonisolated(unsafe) private(set) static var opened = false
    nonisolated(unsafe) private static var device: UInt64 = 0
    nonisolated(unsafe) private static var inodes: [UInt64] = []
    private static let lock = HostLock()

    /// After the host opened `fd` for `path` (any spelling: relative to a /proc/self
    /// descriptor, through openat2): when the file is this process's /proc/<pid>/mem or
    /// task/<tid>/mem, remember it. Only names ending in "mem" are looked at.
    static func noteIfOpened(path: UnsafePointer<CChar>, fd: Int) {
        let n = strlen(path)
        guard fd >= 0, n >= 3, strcmp(path + n - 3, "mem") == 0,
              let target = hostFDPath(Int32(fd)) else { return }
        let own = "/proc/\(getpid())/"
        guard target.hasPrefix(own) else { return }
        let entry = target.dropFirst(own.count)
        if entry == "mem" || (entry.hasPrefix("task/") && entry.hasSuffix("/mem")
                              && entry.dropFirst(5).dropLast(4).allSatisfy(\.isNumber)) {
            noteOpened(fd)
        }
    }

    /// Remembers which file `fd` is.
    private static func noteOpened(_ fd: Int) {
        var st = stat()
        guard fstat(Int32(fd), &st) == 0 else { return }
        lock.withLock {
            device = UInt64(st.st_dev)
            if !inodes.contains(UInt64(st.st_ino)) { inodes.append(UInt64(st.st_ino)) }
            opened = true
        }
    }

    /// True when `fd` is one of the mem files opened (only asked when `opened`).
    static func isMemFile(_ fd: Int) -> Bool {
        var st = stat()
        guard fd >= 0, fstat(Int32(fd), &st) == 0 else { return false }
        return lock.withLock { UInt64(st.st_dev) == device && inodes.contains(UInt64(st.st_ino)) }
    }

    /// How many of the `count` bytes from guest address `addr` lie in guest-mapped pages
    /// before the first one that is not (0 when `addr` itself is not mapped).
    static func mappedPrefix(_ k: Kernel, _ addr: UInt64, _ count: Int) -> Int {
        guard addr < GuestMemory.reservedVA else { return 0 }
        let end = min(addr &+ UInt64(count), GuestMemory.reservedVA)
        var a = addr
        while a < end {
            if k.memory.flags(ofPage: a >> GuestMemory.pageShift) & UInt8(XRUN_PAGE_MAPPED) == 0 { break }
            a = GuestMemory.pageDown(a) + GuestMemory.pageSize
        }
        return Int(min(a, end) - addr)
    }

    /// pread64/pwrite64 at guest address `addr`: the mapped prefix through the host's file.
    static func transfer(_ k: Kernel, fd: Int, write: Bool, buf: UnsafeMutableRawPointer, count: Int, at addr: UInt64) -> Int {
        if count == 0 { return 0 }
        let n = mappedPrefix(k, addr, count)
        if n == 0 { return -Int(EIO) }
        let hostAddress = Int(bitPattern: k.memory.host(addr))
        if write {
            k.memory.hostWillWrite(addr, UInt64(n))
            return hostSyscall(SYS_pwrite64, fd, hostArg(buf), n, hostAddress)
        }
        return hostSyscall(SYS_pread64, fd, hostArg(buf), n, hostAddress)
    }

    /// read/write at the file position, which is a host address (see `seek`).
    static func transferAtPosition(_ k: Kernel, fd: Int, write: Bool, buf: UnsafeMutableRawPointer, count: Int) -> Int {
        let pos = hostSyscall(SYS_lseek, fd, 0, Int(SEEK_CUR))
        if pos < 0 && pos > -4096 { return pos }
        let addr = UInt64(bitPattern: Int64(pos)) &- UInt64(UInt(bitPattern: k.memory.base))
        let r = transfer(k, fd: fd, write: write, buf: buf, count: count, at: addr)
        if r > 0 { _ = hostSyscall(SYS_lseek, fd, pos &+ r, Int(SEEK_SET)) }
        return r
    }

    /// readv/writev/preadv(2)/pwritev(2) (`iov`, `count`: the host iovecs): segment by
    /// segment as `transfer`, stopping at the first short one (do_loop_readv_writev, as
    /// the file has no read_iter). `offset` nil: at the file position.
    static func vector(_ k: Kernel, fd: Int, iov: Int, count: Int, write: Bool, at offset: Int?) -> Int {
        guard let v = UnsafePointer<iovec>(bitPattern: iov) else { return 0 }
        var total = 0
        for i in 0..<count {
            guard v[i].iov_len > 0, let buf = v[i].iov_base else { continue }
            let r = offset.map { transfer(k, fd: fd, write: write, buf: buf, count: v[i].iov_len,
                                          at: UInt64(bitPattern: Int64($0 &+ total))) }
                ?? transferAtPosition(k, fd: fd, write: write, buf: buf, count: v[i].iov_len)
            if r < 0 { return total > 0 ? total : r }
            total += r
            if r < v[i].iov_len { break }
        }
        return total
    }

    /// lseek: SEEK_SET and SEEK_CUR move the host position by guest addresses; the answer
    /// is a guest address. Anything else is EINVAL (mem_lseek).
    static func seek(_ k: Kernel, fd: Int, offset: Int, whence: Int32) -> Int {
        let base = Int(bitPattern: k.memory.base)
        let r: Int
        switch whence {
        case SEEK_SET: r = hostSyscall(SYS_lseek, fd, offset &+ base, Int(SEEK_SET))
        case SEEK_CUR: r = hostSyscall(SYS_lseek, fd, offset, Int(SEEK_CUR))
        default: return -Int(EINVAL)
        }
        // mem_lseek answers any position (force_successful_syscall_return): only the
        // host's own errors, which lie in the last page, are errors.
        if r < 0 && r > -4096 { return r }
        return r &- base
    }
}
