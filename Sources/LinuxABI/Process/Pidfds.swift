import Glibc
import XrunCore

/// Process file descriptors: pidfd_open, pidfd_send_signal, pidfd_getfd (kernel/pid.c,
/// kernel/signal.c) and clone's CLONE_PIDFD. Guest pids and descriptors are host pids and
/// descriptors, so the host's calls answer for the guest; waitid(P_PIDFD) passes through
/// with the rest of waitid. Go ≥ 1.23's os/exec uses all of them once pidfd_open works
/// (os/pidfd_linux.go checks pidfd_open, waitid(P_PIDFD), pidfd_send_signal and
/// CLONE_PIDFD before trusting them).
enum Pidfds {
    /// include/uapi/linux/sched.h
    static let CLONE_PIDFD: UInt64 = 0x1000

    /// The process a pidfd names: the "Pid:" line of its fdinfo (fs/pidfs.c), or nil.
    static func pidOf(pidfd: Int) -> Int32? {
        guard pidfd >= 0 else { return nil }
        let f = open("/proc/self/fdinfo/\(pidfd)", O_RDONLY | O_CLOEXEC)
        guard f >= 0 else { return nil }
        defer { close(f) }
        var buf = [UInt8](repeating: 0, count: 512)
        let n = read(f, &buf, buf.count)
        guard n > 0 else { return nil }
        for line in String(decoding: buf[..<n], as: UTF8.self).split(separator: "\n") where line.hasPrefix("Pid:") {
            return Int32(line.dropFirst(4).drop(while: { $0 == " " || $0 == "\t" }))
        }
        return nil
    }

    static func register(_ t: inout SyscallTable) {
        // flags: PIDFD_NONBLOCK (O_NONBLOCK) and PIDFD_THREAD (O_EXCL), include/uapi/linux/pidfd.h;
        // both O_* values are asm-generic on arm64, riscv64 and x86-64. The host rejects others.
        t.register(.pidfd_open, strace: [.int, .hex]) { _, _, a in
            hostSyscall(SYS_pidfd_open, Int(a.int(0)), Int(UInt32(bitPattern: a.int(1))))
        }
        // siginfo_t is the generic 128-byte layout on all three; NULL means "as kill()".
        // Signal numbers are asm-generic everywhere, as for kill.
        t.register(.pidfd_send_signal, strace: [.int, .int, .pointer, .hex]) { k, _, a in
            let info = k.hostOptional(a[2], 128)
            guard info.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_pidfd_send_signal, a.fd(0), Int(a.int(1)), hostArg(info.ptr),
                               Int(UInt32(bitPattern: a.int(3))))
        }
        // The descriptor is copied into this process's table (O_CLOEXEC set), where the guest
        // descriptors live. The pidfd itself may not be one of xrun's (a.fd); taking one of
        // xrun's descriptors from this very process is EBADF, as for a number not open.
        t.register(.pidfd_getfd, strace: [.int, .int, .hex]) { _, _, a in
            if EmulatorDescriptors.contains(a.int(1)) && pidOf(pidfd: a.fd(0)) == getpid() { return -Int(EBADF) }
            return hostSyscall(SYS_pidfd_getfd, a.fd(0), Int(a.int(1)), Int(UInt32(bitPattern: a.int(2))))
        }
        // process_mrelease (mm/oom_kill.c): reaps a dying process's memory early (systemd-oomd,
        // lmkd); a pidfd and flags, nothing to translate.
        t.register(.process_mrelease, strace: [.int, .hex]) { _, _, a in
            hostSyscall(SYS_process_mrelease, a.fd(0), Int(UInt32(bitPattern: a.int(1))))
        }
    }

    /// clone(CLONE_PIDFD): the kernel (kernel/fork.c, kernel_clone and copy_process) stores
    /// a pidfd for the child at `parent_tid`. Checked as it does: CLONE_PIDFD excludes
    /// CLONE_PARENT_SETTID (same pointer in clone()), CLONE_DETACHED and — as before Linux
    /// 6.9's PIDFD_THREAD, which no C library uses — CLONE_THREAD; an unwritable pointer
    /// fails the call before a child exists. xrun makes the child as without the flag and
    /// opens the pidfd in the parent right after: the child cannot be reaped in between
    /// (only its parent can wait for it), and it never inherits the descriptor, as in the
    /// kernel.
    static func cloneWithPidfd(_ k: Kernel, flags: UInt64, parentTid: UInt64, _ makeChild: (UInt64) -> Int) -> Int {
        if flags & (ProcessSyscalls.CLONE_PARENT_SETTID | ProcessSyscalls.CLONE_THREAD | CLONE_DETACHED) != 0 {
            return -Int(EINVAL)
        }
        guard k.memory.isAccessible(parentTid, 4, .write) else { return -Int(EFAULT) }
        let pid = makeChild(flags & ~CLONE_PIDFD)
        if pid > 0 {
            // The child exists; a failure here (EMFILE) can no longer undo it: -1 is stored.
            let fd = hostSyscall(SYS_pidfd_open, pid, 0)
            k.memory.write(parentTid, Int32(fd >= 0 ? fd : -1))
        }
        return pid
    }

    static let CLONE_DETACHED: UInt64 = 0x400000
}
