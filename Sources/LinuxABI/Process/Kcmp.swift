import Glibc
import XrunCore

/// kcmp (kernel/kcmp.c): whether two processes share a kernel object. Guest pids and
/// descriptors are host ones, and each guest thread or process is a host one with the same
/// sharing (CLONE_VM, CLONE_FILES, CLONE_FS, CLONE_SIGHAND, CLONE_IO, CLONE_SYSVSEM are
/// passed to the host), so the host answers, ESRCH/EPERM/EINVAL in its own order.
/// CRIU-style tools and systemd use it to ask whether two descriptors are the same file.
enum Kcmp {
    /// include/uapi/linux/kcmp.h
    static let KCMP_FILE: Int32 = 0
    static let KCMP_EPOLL_TFD: Int32 = 7

    static func register(_ t: inout SyscallTable) {
        t.register(.kcmp, strace: [.int, .int, .int, .unsigned, .unsigned]) { k, _, a in
            var idx1 = Int(bitPattern: UInt(a[3])), idx2 = Int(bitPattern: UInt(a[4]))
            let type = a.int(2)
            // One of xrun's own descriptors is, to the guest, a number not open: the host
            // gives EBADF for a number past any table.
            if type == KCMP_FILE || type == KCMP_EPOLL_TFD {
                if isThisProcess(a.int(0)) && hidden(a[3]) { idx1 = -1 }
                if type == KCMP_FILE && isThisProcess(a.int(1)) && hidden(a[4]) { idx2 = -1 }
            }
            // KCMP_EPOLL_TFD: idx2 points to struct kcmp_epoll_slot { __u32 efd, tfd, toff },
            // read from the caller's memory after the processes are found.
            if type == KCMP_EPOLL_TFD {
                idx2 = hostArg(k.hostPointerOrFault(a[4], 12, writes: false))
            }
            return hostSyscall(SYS_kcmp, Int(a.int(0)), Int(a.int(1)), Int(type), idx1, idx2)
        }
    }

    static func hidden(_ fd: UInt64) -> Bool { fd <= UInt64(Int32.max) && EmulatorDescriptors.contains(Int32(fd)) }

    /// A pid of this process's thread group (its threads share xrun's descriptors).
    static func isThisProcess(_ pid: Int32) -> Bool {
        pid == getpid() || (pid > 0 && access("/proc/self/task/\(pid)", F_OK) == 0)
    }
}
