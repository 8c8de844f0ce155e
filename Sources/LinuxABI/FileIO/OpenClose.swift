import Glibc
import XrunCore

/// Opening and closing descriptors: openat, openat2, close, close_range, dup, dup3, pipe2.
/// Guest descriptors are host descriptors.
enum OpenClose {
    static func register(_ t: inout SyscallTable) {
        t.register(.openat, strace: [.dirfd, .string, .hex, .octal]) { k, _, a in
            let flags = k.openFlags.toHost(a.int(2))
            // /proc files that describe the guest are generated (ProcFS.swift).
            if let g = k.guestString(a[1], max: 64), let name = k.emulatedProcFile(g), name != "exe" {
                return k.openProcFile(name, flags: Int32(truncatingIfNeeded: flags))
            }
            return k.withPath(a[1]) { p in
                let fd = hostSyscall(SYS_openat, a.fd(0), hostArg(p), flags, Int(UInt32(truncatingIfNeeded: a[3])))
                OwnMemoryFile.noteIfOpened(path: p, fd: fd)
                return fd
            }
        }
        t.register(.openat2) { k, _, a in openat2(k, dirfd: a.fd(0), path: a[1], how: a[2], size: a[3]) }
        // xrun's own descriptors are -1 to a.fd: EBADF, as for a number never opened.
        t.register(.close, strace: [.int]) { _, _, a in hostSyscall(SYS_close, a.fd(0)) }
        t.register(.close_range, strace: [.unsigned, .unsigned, .hex]) { _, _, a in
            closeRange(first: UInt32(truncatingIfNeeded: a[0]), last: UInt32(truncatingIfNeeded: a[1]),
                       flags: UInt32(truncatingIfNeeded: a[2]))
        }
        t.register(.dup, strace: [.int]) { _, _, a in hostSyscall(SYS_dup, a.fd(0)) }
        // dup3 accepts only O_CLOEXEC, which has the same value everywhere.
        t.register(.dup3, strace: [.int, .int, .hex]) { _, _, a in dup3(a.fd(0), a.int(1), Int(a.int(2))) }
        t.register(.pipe2, strace: [.pointer, .hex]) { k, _, a in
            // int[2] written by the host; flags may hold O_DIRECT (packet pipes): translated.
            // The flags are checked before the array is written (fs/pipe.c do_pipe2).
            let fds = k.hostPointerOrFault(a[0], 8, writes: true)
            return hostSyscall(SYS_pipe2, hostArg(fds), k.openFlags.toHost(a.int(1)))
        }
    }

    /// dup3 onto one of xrun's own numbers: natively that number is free, so the guest
    /// gets it — xrun's descriptor moves away first (EmulatorDescriptors.vacate). When the
    /// host then refuses (a bad old descriptor, bad flags) the number is closed again, as
    /// it was for the guest.
    static func dup3(_ old: Int, _ new: Int32, _ flags: Int) -> Int {
        guard EmulatorDescriptors.contains(new) else { return hostSyscall(SYS_dup3, old, Int(new), flags) }
        if old == Int(new) || old < 0 { return hostSyscall(SYS_dup3, old, Int(new), flags) }
        guard EmulatorDescriptors.vacate(new) else { return -Int(EMFILE) }
        let r = hostSyscall(SYS_dup3, old, Int(new), flags)
        if r < 0 { _ = close(new) }
        return r
    }

    // include/uapi/linux/close_range.h: the same values everywhere.
    static let CLOSE_RANGE_UNSHARE: UInt32 = 1 << 1, CLOSE_RANGE_CLOEXEC: UInt32 = 1 << 2

    /// close_range (fs/file.c): the kernel's argument checks (unknown flags, first > last:
    /// -EINVAL), then the host call over the range with xrun's own descriptors cut out —
    /// a guest's close_range(3, ~0U, 0) (Python's subprocess, glibc's closefrom) must not
    /// close the log. Each piece repeats CLOSE_RANGE_UNSHARE: the first unshares the table,
    /// the others find it already private.
    static func closeRange(first: UInt32, last: UInt32, flags: UInt32) -> Int {
        guard flags & ~(CLOSE_RANGE_UNSHARE | CLOSE_RANGE_CLOEXEC) == 0, first <= last else { return -Int(EINVAL) }
        var from = UInt64(first)
        let own = UInt64(last) >= UInt64(max(EmulatorDescriptors.lowest, 0)) ? EmulatorDescriptors.all : []
        for fd in own where UInt64(fd) >= from && UInt64(fd) <= UInt64(last) {
            if UInt64(fd) > from {
                let r = hostSyscall(SYS_close_range, Int(from), Int(fd) - 1, Int(flags))
                if r < 0 { return r }
            }
            from = UInt64(fd) + 1
        }
        if from > UInt64(last) { return 0 }
        return hostSyscall(SYS_close_range, Int(from), Int(last), Int(flags))
    }

    /// struct open_how (include/uapi/linux/openat2.h): u64 flags, mode, resolve — the
    /// same 24 bytes everywhere, but `flags` holds O_* bits that differ on arm64.
    /// Larger guest structs are accepted when the extra bytes are zero, as
    /// copy_struct_from_user does; the host gets the 24-byte version and checks flags,
    /// mode and resolve itself (fs/open.c, build_open_flags).
    static func openat2(_ k: Kernel, dirfd: Int, path: UInt64, how: UInt64, size: UInt64) -> Int {
        let ver0 = 24
        if size < UInt64(ver0) { return -Int(EINVAL) }
        if size > GuestMemory.pageSize { return -Int(E2BIG) }
        // copy_struct_from_user: the tail is checked first (check_zeroed_user), and that
        // stops at the first non-zero byte — E2BIG even when later bytes are unreadable.
        for offset in UInt64(ver0)..<size {
            guard let byte = k.memory.read(how &+ offset, as: UInt8.self) else { return -Int(EFAULT) }
            if byte != 0 { return -Int(E2BIG) }
        }
        guard let flags = k.memory.read(how, as: UInt64.self),
              let mode = k.memory.read(how + 8, as: UInt64.self),
              let resolve = k.memory.read(how + 16, as: UInt64.self) else { return -Int(EFAULT) }
        var host: (UInt64, UInt64, UInt64) = (k.openFlags.toHost(flags), mode, resolve)
        // The generated /proc files, as for openat — but only without RESOLVE_* rules, which
        // would have the kernel refuse /proc/self's magic link or the absolute path.
        if resolve == 0, flags >> 32 == 0, let g = k.guestString(path, max: 64), let name = k.emulatedProcFile(g), name != "exe" {
            return k.openProcFile(name, flags: Int32(truncatingIfNeeded: host.0))
        }
        let call = { (p: UnsafePointer<CChar>?) -> Int in
            let fd = withUnsafeMutableBytes(of: &host) { h in
                hostSyscall(SYS_openat2, dirfd, hostArg(p), hostArg(h.baseAddress), ver0)
            }
            if let p { OwnMemoryFile.noteIfOpened(path: p, fd: fd) }
            return fd
        }
        // -L (QEMU's openat2 skips it): an absolute path is looked up in the sysroot — except
        // under RESOLVE_IN_ROOT, where "/" already means dirfd (fs/namei.c, path_init), and
        // the sysroot prefix would land inside it.
        switch k.pathArgument(path, applyingSysroot: resolve & RESOLVE_IN_ROOT == 0) {
        case .success(let p): return p.withCString { call($0) }
        // The kernel reads the name only after checking open_how: a NULL name lets the host
        // answer a bad how with -EINVAL before its own -EFAULT.
        case .failure(let e) where e.code == EFAULT: return call(nil)
        // Likewise a name too long: the host gets one too long too, after the how checks.
        case .failure(let e) where e.code == ENAMETOOLONG:
            return String(repeating: "x", count: Int(PATH_MAX) + 1).withCString { call($0) }
        case .failure(let e): return -Int(e.code)
        }
    }

    /// include/uapi/linux/openat2.h
    static let RESOLVE_IN_ROOT: UInt64 = 0x10
}
