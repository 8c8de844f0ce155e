import Glibc
import XrunCore

/// Calls on names: mkdirat, mknodat, unlinkat, renameat(2), linkat, symlinkat,
/// readlinkat, faccessat(2). Paths go through -L and /proc/self/exe (`withPath`);
/// AT_* flags and RENAME_* flags are not per-architecture (include/uapi/linux/fcntl.h,
/// include/uapi/linux/fs.h).
enum PathCalls {
    static func register(_ t: inout SyscallTable) {
        t.register(.mkdirat, strace: [.dirfd, .string, .octal]) { k, _, a in
            k.withPath(a[1]) { p in hostSyscall(SYS_mkdirat, a.fd(0), hostArg(p), Int(UInt32(truncatingIfNeeded: a[2]))) }
        }
        // mknodat(dfd, name, umode_t mode, unsigned dev): dev is the new_encode_dev form
        // on every 64-bit ABI.
        t.register(.mknodat) { k, _, a in
            k.withPath(a[1]) { p in
                hostSyscall(SYS_mknodat, a.fd(0), hostArg(p), Int(UInt32(truncatingIfNeeded: a[2])),
                            Int(UInt32(truncatingIfNeeded: a[3])))
            }
        }
        t.register(.unlinkat, strace: [.dirfd, .string, .hex]) { k, _, a in
            k.withPath(a[1]) { p in hostSyscall(SYS_unlinkat, a.fd(0), hostArg(p), Int(a.int(2))) }
        }
        t.register(.renameat, strace: [.dirfd, .string, .dirfd, .string]) { k, _, a in
            k.withPath(a[1]) { from in
                k.withPath(a[3]) { to in hostSyscall(SYS_renameat, a.fd(0), hostArg(from), a.fd(2), hostArg(to)) }
            }
        }
        t.register(.renameat2, strace: [.dirfd, .string, .dirfd, .string, .hex]) { k, _, a in
            k.withPath(a[1]) { from in
                k.withPath(a[3]) { to in
                    hostSyscall(SYS_renameat2, a.fd(0), hostArg(from), a.fd(2), hostArg(to), Int(UInt32(truncatingIfNeeded: a[4])))
                }
            }
        }
        t.register(.linkat, strace: [.dirfd, .string, .dirfd, .string, .hex]) { k, _, a in
            k.withPath(a[1]) { from in
                k.withPath(a[3]) { to in
                    hostSyscall(SYS_linkat, a.fd(0), hostArg(from), a.fd(2), hostArg(to), Int(a.int(4)))
                }
            }
        }
        // symlinkat(target, newdfd, linkpath): the target is stored as it is (it is
        // resolved later, by whoever follows the link), so only the link path is translated.
        t.register(.symlinkat, strace: [.string, .dirfd, .string]) { k, _, a in
            guard let target = k.memory.readCString(a[0], max: Int(PATH_MAX)) else {
                return k.memory.isAccessible(a[0], 1, .read) ? -Int(ENAMETOOLONG) : -Int(EFAULT)
            }
            return (target + [0]).withUnsafeBufferPointer { tp in
                k.withPath(a[2]) { p in hostSyscall(SYS_symlinkat, hostArg(UnsafeRawPointer(tp.baseAddress)), a.fd(1), hostArg(p)) }
            }
        }
        t.register(.readlinkat, strace: [.dirfd, .string, .pointer, .unsigned]) { k, _, a in readlinkat(k, a.fd(0), a[1], a[2], a.int(3)) }
        // faccessat has no flags argument in the kernel (the glibc wrapper emulates them).
        t.register(.faccessat, strace: [.dirfd, .string, .octal]) { k, _, a in
            k.withPath(a[1]) { p in hostSyscall(SYS_faccessat, a.fd(0), hostArg(p), Int(a.int(2))) }
        }
        t.register(.faccessat2, strace: [.dirfd, .string, .octal, .hex]) { k, _, a in
            k.withPath(a[1]) { p in hostSyscall(SYS_faccessat2, a.fd(0), hostArg(p), Int(a.int(2)), Int(a.int(3))) }
        }
    }

    /// readlink of /proc/self/exe (or /proc/<our pid>/exe, /proc/thread-self/exe) names
    /// the guest program, not xrun; everything else is the host's answer.
    static func readlinkat(_ k: Kernel, _ dirfd: Int, _ path: UInt64, _ buf: UInt64, _ size: Int32) -> Int {
        if size <= 0 { return -Int(EINVAL) }
        guard let name = k.guestString(path, max: Int(PATH_MAX)) else {
            return k.memory.isAccessible(path, 1, .read) ? -Int(ENAMETOOLONG) : -Int(EFAULT)
        }
        if isOwnExe(name) {
            let target = Array(k.config.absoluteProgramPath.utf8.prefix(Int(size)))
            return k.memory.writeBytes(buf, target) ? target.count : -Int(EFAULT)
        }
        guard let out = k.hostWritableBuffer(buf, Int(size)) else { return -Int(EFAULT) }
        return k.withPath(path) { p in hostSyscall(SYS_readlinkat, dirfd, hostArg(p), hostArg(out), Int(size)) }
    }

    static func isOwnExe(_ name: String) -> Bool {
        name == "/proc/self/exe" || name == "/proc/thread-self/exe" || name == "/proc/\(getpid())/exe"
    }
}
