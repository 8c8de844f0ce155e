import Glibc
import XrunCore

/// Directory calls: getdents64, chdir, fchdir, getcwd, chroot.
enum Directories {
    static func register(_ t: inout SyscallTable) {
        // struct linux_dirent64 (include/linux/dirent.h: u64 d_ino, s64 d_off, u16 d_reclen,
        // u8 d_type, char d_name[]) is the same on every architecture: passed through.
        t.register(.getdents64, strace: [.int, .pointer, .unsigned]) { k, _, a in
            let count = UInt32(truncatingIfNeeded: a[2])
            guard var b = k.ioBuffer(a[1], UInt64(count), hostWrites: true) else {
                return -Int(EFAULT)
            }
            // fs/readdir.c keeps the count in an int: one over INT_MAX is negative there, and
            // the first entry that does not fit is EINVAL (an empty directory still gives 0).
            // The host does the same with the count as it is; ioBuffer would have cut it.
            if count > UInt32(Int32.max) { b.len = Int(count) }
            // Without xrun's own descriptors in /proc/self/fd; a buffer that held only
            // those is no end of the directory: read on.
            while true {
                let n = hostSyscall(SYS_getdents64, a.fd(0), hostArg(b.ptr), b.len)
                if n <= 0 { return n }
                let kept = HiddenDescriptors.filter(dirfd: a.fd(0), b.ptr, n)
                if kept > 0 { return kept }
            }
        }
        t.register(.chdir, strace: [.string]) { k, _, a in k.withPath(a[0]) { p in hostSyscall(SYS_chdir, hostArg(p)) } }
        t.register(.fchdir, strace: [.int]) { _, _, a in hostSyscall(SYS_fchdir, a.fd(0)) }
        // The host's working directory is the guest's (like QEMU, not shortened by -L).
        t.register(.getcwd, strace: [.pointer, .unsigned]) { k, _, a in
            let size = a[1]
            if size == 0 { return -Int(ERANGE) }
            guard let b = k.ioBuffer(a[0], size, hostWrites: true) else { return -Int(EFAULT) }
            return hostSyscall(SYS_getcwd, hostArg(b.ptr), b.len)
        }
        t.register(.chroot) { k, _, a in k.withPath(a[0]) { p in hostSyscall(SYS_chroot, hostArg(p)) } }
    }
}
