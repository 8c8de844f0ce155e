import CXrunHost
import Glibc
import XrunCore

/// Process lifetime: exit, fork-style clone, wait, identity (kernel/fork.c, kernel/exit.c).
enum ProcessSyscalls {
    // clone flags (include/uapi/linux/sched.h)
    static let CLONE_VM: UInt64 = 0x100, CLONE_FS: UInt64 = 0x200, CLONE_FILES: UInt64 = 0x400
    static let CLONE_SIGHAND: UInt64 = 0x800, CLONE_VFORK: UInt64 = 0x4000, CLONE_PARENT: UInt64 = 0x8000
    static let CLONE_THREAD: UInt64 = 0x10000, CLONE_SETTLS: UInt64 = 0x80000
    static let CLONE_PARENT_SETTID: UInt64 = 0x100000, CLONE_CHILD_CLEARTID: UInt64 = 0x200000
    static let CLONE_CHILD_SETTID: UInt64 = 0x1000000

    static func register(_ t: inout SyscallTable) {
        t.register(.exit, strace: StraceFormat([.int], result: .none)) { k, th, a in k.exitThread(th, status: a.int(0) & 0xff) }
        t.register(.exit_group, strace: StraceFormat([.int], result: .none)) { k, _, a in k.exitProcess(a.int(0) & 0xff) }
        t.register(.clone, strace: [.hex, .pointer, .pointer, .hex, .pointer]) { k, th, a in
            let make = { (flags: UInt64) in clone(k, th, flags: flags, stack: a[1], parentTid: a[2], tls: a[3], childTid: a[4]) }
            return a[0] & Pidfds.CLONE_PIDFD != 0 ? Pidfds.cloneWithPidfd(k, flags: a[0], parentTid: a[2], make) : make(a[0])
        }
        // glibc's __clone_internal (sysdeps/unix/sysv/linux/clone-internal.c) tries clone3
        // first and uses clone on ENOSYS, which covers every shape it asks for (fork,
        // vfork, threads). Go uses clone3 only for SysProcAttr.UseCgroupFD.
        t.refuse(.clone3, "glibc falls back to clone, which has every flag it uses")
        t.register(.wait4, strace: [.int, .pointer, .int, .pointer]) { k, _, a in
            let st = k.hostOptional(a[1], 4), ru = k.hostOptional(a[3], 144)
            guard st.ok, ru.ok else { return -Int(EFAULT) }
            return hostBlockingSyscall(SYS_wait4, a.long(0), Int(bitPattern: st.ptr), Int(a.int(2)), Int(bitPattern: ru.ptr))
        }
        t.register(.waitid) { k, _, a in
            let si = k.hostOptional(a[2], 128), ru = k.hostOptional(a[4], 144)
            guard si.ok, ru.ok else { return -Int(EFAULT) }
            return hostBlockingSyscall(SYS_waitid, Int(a.int(0)), Int(a.int(1)), Int(bitPattern: si.ptr), Int(a.int(3)),
                               Int(bitPattern: ru.ptr))
        }
        t.register(.set_tid_address, strace: [.pointer]) { k, th, a in
            k.linuxThread(th).clearChildTid = a[0]
            return Int(th.tid)
        }
        t.register(.set_robust_list, strace: [.pointer, .unsigned]) { _, _, a in a[1] == 24 ? 0 : -Int(EINVAL) }
        t.refuse(.get_robust_list, "set_robust_list accepts the list but xrun does not keep it")
        // glibc's rseq_register_current_thread (sysdeps/unix/sysv/linux/rseq-internal.h)
        // treats any failure as "no rseq": the thread's area keeps cpu_id
        // RSEQ_CPU_ID_REGISTRATION_FAILED and sched_getcpu asks getcpu instead.
        // Real rseq would need the translated code to honour abort IPs (kernel/rseq.c).
        t.refuse(.rseq, "glibc runs without restartable sequences", strace: [.pointer, .unsigned, .hex, .hex])
        t.register(.execve, strace: StraceFormat([.string, .pointer, .pointer], result: .none)) { k, th, a in Execve.execve(k, th, path: a[0], argv: a[1], envp: a[2]) }
        t.register(.execveat) { k, th, a in
            Execve.execveat(k, th, dirfd: a.int(0), path: a[1], argv: a[2], envp: a[3], flags: a.int(4))
        }
        for (call, host) in [(Syscall.getpid, SYS_getpid), (Syscall.getppid, SYS_getppid), (Syscall.getuid, SYS_getuid),
                           (Syscall.geteuid, SYS_geteuid), (Syscall.getgid, SYS_getgid), (Syscall.getegid, SYS_getegid),
                           (Syscall.sched_yield, SYS_sched_yield)] {
            t.register(call, strace: []) { _, _, _ in hostSyscall(host) }
        }
        t.register(.setsid) { _, _, _ in hostSyscall(SYS_setsid) }
        t.register(.gettid, strace: []) { _, _, _ in hostSyscall(SYS_gettid) }
        for (call, host) in [(Syscall.setuid, SYS_setuid), (Syscall.setgid, SYS_setgid), (Syscall.getpgid, SYS_getpgid),
                           (Syscall.getsid, SYS_getsid), (Syscall.setfsuid, SYS_setfsuid), (Syscall.setfsgid, SYS_setfsgid),
                           (Syscall.personality, SYS_personality)] {
            t.register(call) { _, _, a in hostSyscall(host, a.long(0)) }
        }
        for (call, host) in [(Syscall.setpgid, SYS_setpgid), (Syscall.setreuid, SYS_setreuid), (Syscall.setregid, SYS_setregid)] {
            t.register(call) { _, _, a in hostSyscall(host, a.long(0), a.long(1)) }
        }
        for (call, host) in [(Syscall.setresuid, SYS_setresuid), (Syscall.setresgid, SYS_setresgid)] {
            t.register(call) { _, _, a in hostSyscall(host, a.long(0), a.long(1), a.long(2)) }
        }
        for (call, host) in [(Syscall.getresuid, SYS_getresuid), (Syscall.getresgid, SYS_getresgid)] {
            t.register(call) { k, _, a in
                guard let p0 = k.hostBuffer(a[0], 4), let p1 = k.hostBuffer(a[1], 4), let p2 = k.hostBuffer(a[2], 4)
                else { return -Int(EFAULT) }
                return hostSyscall(host, Int(bitPattern: p0), Int(bitPattern: p1), Int(bitPattern: p2))
            }
        }
        t.register(.getgroups) { k, _, a in
            guard let p = k.hostBuffer(a[1], Int(max(0, a.int(0))) * 4) else { return -Int(EFAULT) }
            return hostSyscall(SYS_getgroups, Int(a.int(0)), Int(bitPattern: p))
        }
        t.register(.setgroups) { k, _, a in
            guard let p = k.hostBuffer(a[1], Int(max(0, a.int(0))) * 4) else { return -Int(EFAULT) }
            return hostSyscall(SYS_setgroups, Int(a.int(0)), Int(bitPattern: p))
        }
    }

    /// Fork-style clone: the whole emulator process forks; the child continues the
    /// guest with 0 in the result register. CLONE_VM|CLONE_VFORK without CLONE_THREAD
    /// (vfork, posix_spawn) shares memory with the parent (Vfork.swift).
    static func clone(_ k: Kernel, _ th: GuestThread, flags: UInt64, stack: UInt64, parentTid: UInt64,
                      tls: UInt64, childTid: UInt64) -> Int {
        if flags & CLONE_THREAD != 0 {
            // Linux requires CLONE_SIGHAND (and so CLONE_VM) with CLONE_THREAD.
            guard flags & CLONE_SIGHAND != 0, flags & CLONE_VM != 0 else { return -Int(EINVAL) }
            return k.spawnThread(th, flags: flags, stack: stack, parentTid: parentTid, tls: tls, childTid: childTid)
        }
        if flags & CLONE_VM != 0 {
            // A second process sharing memory that is not a vfork child (whose parent
            // waits): not emulated.
            guard flags & CLONE_VFORK != 0 else { return -Int(EINVAL) }
            return k.vforkSharingMemory(th, flags: flags, stack: stack, parentTid: parentTid, tls: tls,
                                        childTid: childTid)
        }
        let exitSignal = flags & 0xff
        var hostFlags = exitSignal
        if flags & CLONE_VFORK != 0 { hostFlags |= CLONE_VFORK }
        hostFlags |= flags & (CLONE_PARENT | Namespaces.forkFlags)
        let r: Int
        if hostFlags == UInt64(SIGCHLD) {
            // A plain fork goes through the host C library's fork(), which keeps its own
            // state usable in the child: malloc's arena locks (another host thread may
            // hold one at this moment — with a raw clone the child could deadlock in its
            // first malloc), stdio locks, and the host thread's own tid.
            k.engine.debugger?.forkWillHappen(thread: th)
            let pid = Glibc.fork()
            r = pid < 0 ? -Int(errno) : Int(pid)
            if pid > 0 { k.engine.debugger?.forked(child: pid, thread: th) }
        } else {
            r = hostSyscall(SYS_clone, Int(hostFlags), 0, 0, 0, 0)
        }
        if r < 0 { return r }
        if r == 0 {
            // Child: the only thread of the new process, with no signals pending.
            k.threadCount.withLock { k.liveThreads = 1 }
            k.engine.debugger?.forkedChild()
            xrun_clear_pending_signals()
            k.strace.discard(th)
            let pid = UInt32(truncatingIfNeeded: hostSyscall(SYS_gettid))
            th.tid = Int32(bitPattern: pid)
            if stack != 0 { k.arch.setStackPointer(th.cpu, stack) }
            if flags & CLONE_SETTLS != 0 { k.arch.setThreadPointer(th.cpu, tls) }
            if flags & CLONE_CHILD_SETTID != 0 { k.memory.write(childTid, pid) }
            if flags & CLONE_PARENT_SETTID != 0 && flags & CLONE_VM == 0 { k.memory.write(parentTid, pid) }
            return 0
        }
        if flags & CLONE_PARENT_SETTID != 0 { k.memory.write(parentTid, UInt32(truncatingIfNeeded: r)) }
        return r
    }
}
