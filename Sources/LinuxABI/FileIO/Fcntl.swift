import Glibc
import XrunCore

/// fcntl. Command numbers are asm-generic/fcntl.h and include/uapi/linux/fcntl.h on all
/// three ABIs. The 64-bit ABIs have no F_GETLK64 & co. (12–14): they stay -EINVAL.
enum Fcntl {
    static let F_DUPFD: Int32 = 0, F_GETFD: Int32 = 1, F_SETFD: Int32 = 2, F_GETFL: Int32 = 3, F_SETFL: Int32 = 4
    static let F_GETLK: Int32 = 5, F_SETLK: Int32 = 6, F_SETLKW: Int32 = 7
    static let F_SETOWN: Int32 = 8, F_GETOWN: Int32 = 9, F_SETSIG: Int32 = 10, F_GETSIG: Int32 = 11
    static let F_SETOWN_EX: Int32 = 15, F_GETOWN_EX: Int32 = 16, F_GETOWNER_UIDS: Int32 = 17
    static let F_OFD_GETLK: Int32 = 36, F_OFD_SETLK: Int32 = 37, F_OFD_SETLKW: Int32 = 38
    static let F_SETLEASE: Int32 = 1024, F_GETLEASE: Int32 = 1025, F_NOTIFY: Int32 = 1026
    static let F_DUPFD_QUERY: Int32 = 1027, F_DUPFD_CLOEXEC: Int32 = 1030
    static let F_SETPIPE_SZ: Int32 = 1031, F_GETPIPE_SZ: Int32 = 1032
    static let F_ADD_SEALS: Int32 = 1033, F_GET_SEALS: Int32 = 1034
    static let F_GET_RW_HINT: Int32 = 1035, F_SET_RW_HINT: Int32 = 1036
    static let F_GET_FILE_RW_HINT: Int32 = 1037, F_SET_FILE_RW_HINT: Int32 = 1038

    /// struct flock (asm-generic/fcntl.h): short l_type, short l_whence, off_t l_start,
    /// off_t l_len, pid_t l_pid; neither arm64, riscv64 nor x86-64 defines
    /// __ARCH_FLOCK_PAD, so it is 32 bytes with the same offsets (0, 2, 8, 16, 24) on all.
    static let flockSize = 32

    static func register(_ t: inout SyscallTable) {
        t.register(.fcntl, strace: [.int, .int, .hex]) { k, _, a in fcntl(k, a.fd(0), a.int(1), a[2]) }
    }

    static func fcntl(_ k: Kernel, _ fd: Int, _ cmd: Int32, _ arg: UInt64) -> Int {
        func call(_ x: Int) -> Int { hostSyscall(SYS_fcntl, fd, Int(cmd), x) }
        switch cmd {
        case F_DUPFD, F_DUPFD_CLOEXEC:
            return dupFD(fd, minimum: Int32(truncatingIfNeeded: arg), cloexec: cmd == F_DUPFD_CLOEXEC)
        case F_GETFD, F_SETFD, F_SETOWN, F_GETOWN, F_SETSIG, F_GETSIG,
             F_SETLEASE, F_GETLEASE, F_NOTIFY, F_DUPFD_QUERY, F_SETPIPE_SZ, F_GETPIPE_SZ,
             F_ADD_SEALS, F_GET_SEALS:
            return call(Int(Int32(truncatingIfNeeded: arg)))
        case F_GETFL:
            let r = call(0)
            return r < 0 ? r : Int(k.openFlags.toGuest(UInt64(r)))
        case F_SETFL:
            // O_APPEND, O_ASYNC, O_DIRECT, O_NOATIME, O_NONBLOCK matter; O_DIRECT moves.
            return call(k.openFlags.toHost(Int32(truncatingIfNeeded: arg)))
        case F_GETLK, F_OFD_GETLK:
            guard let p = k.hostWritableBuffer(arg, flockSize) else { return -Int(EFAULT) }
            return call(hostArg(p))
        case F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW:
            guard let p = k.hostBuffer(arg, flockSize) else { return -Int(EFAULT) }
            return call(hostArg(p))
        case F_GETOWN_EX, F_GETOWNER_UIDS:
            // struct f_owner_ex {int type; pid_t pid} / uid_t[2]: 8 bytes written.
            guard let p = k.hostWritableBuffer(arg, 8) else { return -Int(EFAULT) }
            return call(hostArg(p))
        case F_SETOWN_EX:
            guard let p = k.hostBuffer(arg, 8) else { return -Int(EFAULT) }
            return call(hostArg(p))
        case F_GET_RW_HINT, F_GET_FILE_RW_HINT:
            guard let p = k.hostWritableBuffer(arg, 8) else { return -Int(EFAULT) }
            return call(hostArg(p))
        case F_SET_RW_HINT, F_SET_FILE_RW_HINT:
            guard let p = k.hostBuffer(arg, 8) else { return -Int(EFAULT) }
            return call(hostArg(p))
        default:
            return -Int(EINVAL)
        }
    }

    /// F_DUPFD(_CLOEXEC): the lowest free number >= `minimum` (fs/file.c, f_dupfd). The
    /// host skips xrun's own descriptors, which are free for the guest: when the host's
    /// answer lies above one of them, that one is the native answer — xrun's moves away
    /// and the duplicate takes its number.
    static func dupFD(_ fd: Int, minimum: Int32, cloexec: Bool) -> Int {
        let cmd = cloexec ? F_DUPFD_CLOEXEC : F_DUPFD
        let r = hostSyscall(SYS_fcntl, fd, Int(cmd), Int(minimum))
        guard r > Int(minimum), r > Int(EmulatorDescriptors.lowest),
              let own = EmulatorDescriptors.all.first(where: { $0 >= minimum && Int($0) < r }) else { return r }
        guard EmulatorDescriptors.vacate(own) else { return r }
        let d = hostSyscall(SYS_dup3, r, Int(own), cloexec ? Int(O_CLOEXEC) : 0)
        _ = close(Int32(r))
        return d < 0 ? d : Int(own)
    }
}
