import Glibc
import XrunCore

/// Opening and closing descriptors: openat, openat2, close, close_range, dup, dup3, pipe2.
/// Guest descriptors are host descriptors.
enum OpenClose {
    static func register(_ t: inout SyscallTable) {
        t.register(.openat, strace: [.dirfd, .string, .hex, .octal]) { k, _, a in
            let flags = k.openFlags.toHost(a.int(2))
            // /proc files that describe the guest are generated (ProcFS.swift).
            if let g = k.guestString(a[1], max: 64), let name = k.emulatedProcFile(g) {
                if name != "exe" { return k.openProcFile(name, flags: Int32(truncatingIfNeeded: flags)) }
            }
            return k.withPath(a[1]) { p in
                hostSyscall(SYS_openat, a.fd(0), hostArg(p), flags, Int(UInt32(truncatingIfNeeded: a[3])))
            }
        }
        t.register(.openat2) { k, _, a in openat2(k, dirfd: a.fd(0), path: a[1], how: a[2], size: a[3]) }
        t.register(.close, strace: [.int]) { _, _, a in hostSyscall(SYS_close, a.fd(0)) }
        // CLOSE_RANGE_UNSHARE / CLOSE_RANGE_CLOEXEC: include/uapi/linux/close_range.h, same values.
        t.register(.close_range) { _, _, a in hostSyscall(SYS_close_range, a.long(0), a.long(1), a.long(2)) }
        t.register(.dup, strace: [.int]) { _, _, a in hostSyscall(SYS_dup, a.fd(0)) }
        // dup3 accepts only O_CLOEXEC, which has the same value everywhere.
        t.register(.dup3, strace: [.int, .int, .hex]) { _, _, a in hostSyscall(SYS_dup3, a.fd(0), a.fd(1), Int(a.int(2))) }
        t.register(.pipe2, strace: [.pointer, .hex]) { k, _, a in
            // int[2] written by the host; flags may hold O_DIRECT (packet pipes): translated.
            guard let fds = k.hostWritableBuffer(a[0], 8) else { return -Int(EFAULT) }
            return hostSyscall(SYS_pipe2, hostArg(fds), k.openFlags.toHost(a.int(1)))
        }
    }

    /// struct open_how (include/uapi/linux/openat2.h): u64 flags, mode, resolve — the
    /// same 24 bytes everywhere, but `flags` holds O_* bits that differ on arm64.
    /// Larger guest structs are accepted when the extra bytes are zero, as
    /// copy_struct_from_user does; the host gets the 24-byte version.
    static func openat2(_ k: Kernel, dirfd: Int, path: UInt64, how: UInt64, size: UInt64) -> Int {
        let ver0 = 24
        if size < UInt64(ver0) { return -Int(EINVAL) }
        if size > GuestMemory.pageSize { return -Int(E2BIG) }
        guard let flags = k.memory.read(how, as: UInt64.self),
              let mode = k.memory.read(how + 8, as: UInt64.self),
              let resolve = k.memory.read(how + 16, as: UInt64.self),
              let rest = k.memory.readBytes(how + UInt64(ver0), Int(size) - ver0) else { return -Int(EFAULT) }
        if rest.contains(where: { $0 != 0 }) { return -Int(E2BIG) }
        var host: (UInt64, UInt64, UInt64) = (k.openFlags.toHost(flags), mode, resolve)
        return k.withPath(path) { p in
            withUnsafeMutableBytes(of: &host) { h in
                hostSyscall(SYS_openat2, dirfd, hostArg(p), hostArg(h.baseAddress), ver0)
            }
        }
    }
}
