import Glibc
import XrunCore

/// File attributes and size: fchmod, fchmodat, fchown, fchownat, utimensat, truncate,
/// ftruncate, fallocate, umask.
enum Attributes {
    static func register(_ t: inout SyscallTable) {
        t.register(.fchmod) { _, _, a in hostSyscall(SYS_fchmod, a.fd(0), Int(UInt32(truncatingIfNeeded: a[1]))) }
        t.register(.fchmodat, strace: [.dirfd, .string, .octal]) { k, _, a in
            k.withPath(a[1]) { p in hostSyscall(SYS_fchmodat, a.fd(0), hostArg(p), Int(UInt32(truncatingIfNeeded: a[2]))) }
        }
        // uid_t/gid_t are 32-bit everywhere; -1 (no change) passes as 0xffffffff.
        t.register(.fchown) { _, _, a in
            hostSyscall(SYS_fchown, a.fd(0), Int(UInt32(truncatingIfNeeded: a[1])), Int(UInt32(truncatingIfNeeded: a[2])))
        }
        t.register(.fchownat, strace: [.dirfd, .string, .int, .int, .hex]) { k, _, a in
            k.withPath(a[1]) { p in
                hostSyscall(SYS_fchownat, a.fd(0), hostArg(p), Int(UInt32(truncatingIfNeeded: a[2])),
                            Int(UInt32(truncatingIfNeeded: a[3])), Int(a.int(4)))
            }
        }
        // utimensat(dfd, path or NULL, struct timespec[2] or NULL, flags): two 16-byte
        // timespecs (s64 tv_sec, long tv_nsec) on both 64-bit ABIs. UTIME_NOW/UTIME_OMIT
        // are generic.
        t.register(.utimensat, strace: [.dirfd, .string, .pointer, .hex]) { k, _, a in
            let times = k.hostOptional(a[2], 32)
            guard times.ok else { return -Int(EFAULT) }
            return k.withOptionalPath(a[1]) { p in
                hostSyscall(SYS_utimensat, a.fd(0), hostArg(p), hostArg(times.ptr), Int(a.int(3)))
            }
        }
        t.register(.truncate, strace: [.string, .int]) { k, _, a in k.withPath(a[0]) { p in hostSyscall(SYS_truncate, hostArg(p), a.long(1)) } }
        t.register(.ftruncate, strace: [.int, .int]) { _, _, a in hostSyscall(SYS_ftruncate, a.fd(0), a.long(1)) }
        // FALLOC_FL_* (include/uapi/linux/falloc.h) are generic.
        t.register(.fallocate) { _, _, a in hostSyscall(SYS_fallocate, a.fd(0), Int(a.int(1)), a.long(2), a.long(3)) }
        t.register(.umask, strace: [.octal]) { _, _, a in hostSyscall(SYS_umask, Int(UInt32(truncatingIfNeeded: a[0]))) }
    }
}
