import Glibc
import XrunCore

/// Flushing, locking and advice: sync, syncfs, fsync, fdatasync, sync_file_range,
/// flock, fadvise64, readahead.
enum SyncAdvice {
    static func register(_ t: inout SyscallTable) {
        t.register(.sync) { _, _, _ in hostSyscall(SYS_sync) }
        t.register(.syncfs) { _, _, a in hostSyscall(SYS_syncfs, a.fd(0)) }
        t.register(.fsync, strace: [.int]) { _, _, a in hostSyscall(SYS_fsync, a.fd(0)) }
        t.register(.fdatasync) { _, _, a in hostSyscall(SYS_fdatasync, a.fd(0)) }
        // Number 84. arm64 and riscv64 do not define __ARCH_WANT_SYNC_FILE_RANGE2, so
        // asm-generic/unistd.h gives them plain sync_file_range(fd, offset, nbytes, flags)
        // there — the argument order of x86-64's. (The generated name says
        // sync_file_range2, which is the 32-bit ARM/PowerPC variant.)
        t.register(.sync_file_range) { _, _, a in
            hostSyscall(SYS_sync_file_range, a.fd(0), a.long(1), a.long(2), Int(UInt32(truncatingIfNeeded: a[3])))
        }
        // LOCK_SH/EX/NB/UN: include/uapi/asm-generic/fcntl.h, shared by all three.
        t.register(.flock) { _, _, a in hostBlockingSyscall(SYS_flock, a.fd(0), Int(UInt32(truncatingIfNeeded: a[1]))) }
        // 223 is fadvise64_64(fd, offset, len, advice) on 64-bit generic ABIs, the argument
        // order of x86-64's fadvise64; POSIX_FADV_* values are generic (not s390).
        t.register(.fadvise64) { _, _, a in hostSyscall(SYS_fadvise64, a.fd(0), a.long(1), a.long(2), Int(a.int(3))) }
        // readahead(fd, offset, count): the same arguments on all three (fs/readahead.c).
        t.register(.readahead) { _, _, a in hostSyscall(SYS_readahead, a.fd(0), a.long(1), a.long(2)) }
    }
}
