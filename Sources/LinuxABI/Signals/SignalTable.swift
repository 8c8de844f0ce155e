import CXrunHost
import Glibc
import XrunCore

/// The guest's signal dispositions and mask. SIG_IGN and SIG_DFL are applied to the
/// host as they are (so they behave natively and survive execve); signals with a
/// guest handler are caught by the host and delivered by SignalDelivery.swift.
/// Dispositions are shared by all threads of the process (CLONE_SIGHAND); masks are
/// per thread (LinuxThread.blocked).
public final class SignalTable: @unchecked Sendable {
    public struct Action: Sendable, Equatable {
        public var handler: UInt64 = 0 // SIG_DFL
        public var flags: UInt64 = 0
        public var restorer: UInt64 = 0
        public var mask: UInt64 = 0
    }
    private var actions = [Action](repeating: Action(), count: 65)
    private let lock = HostLock()
    public init() {}

    public func action(_ sig: Int32) -> Action { lock.withLock { actions[Int(sig)] } }
    public func setAction(_ sig: Int32, _ a: Action) { lock.withLock { actions[Int(sig)] = a } }

    /// A copy, for a child that shares memory but not dispositions (vfork).
    func copy() -> SignalTable {
        let c = SignalTable()
        c.actions = lock.withLock { actions }
        return c
    }
}

enum SignalSyscalls {
    static let SIG_DFL: UInt64 = 0, SIG_IGN: UInt64 = 1

    static func register(_ t: inout SyscallTable) {
        t.register(.rt_sigaction, strace: [.int, .pointer, .pointer, .unsigned]) { k, th, a in sigaction(k, th, a.int(0), a[1], a[2], a[3]) }
        t.register(.rt_sigprocmask, strace: [.int, .pointer, .pointer, .unsigned]) { k, th, a in sigprocmask(k, th, a.int(0), a[1], a[2], a[3]) }
        // restart_syscall runs the thread's restart block (kernel/signal.c); xrun restarts
        // interrupted calls itself and never hands the guest one, so it is the kernel's
        // default block, do_no_restart_syscall: -EINTR.
        t.register(.restart_syscall, strace: []) { _, _, _ in -Int(EINTR) }
        t.register(.kill, strace: [.int, .int]) { _, _, a in hostSyscall(SYS_kill, Int(a.int(0)), Int(a.int(1))) }
        t.register(.tkill, strace: [.int, .int]) { _, _, a in hostSyscall(SYS_tkill, Int(a.int(0)), Int(a.int(1))) }
        t.register(.tgkill, strace: [.int, .int, .int]) { _, _, a in hostSyscall(SYS_tgkill, Int(a.int(0)), Int(a.int(1)), Int(a.int(2))) }
        t.register(.sigaltstack, strace: [.pointer, .pointer]) { k, th, a in sigaltstack(k, th, a[0], a[1]) }
        t.register(.rt_sigreturn, strace: []) { k, th, _ in
            guard let mask = k.arch.popSignalFrame(cpu: th.cpu, memory: k.memory) else { k.die(of: SIGSEGV) }
            k.setBlocked(mask, th)
            return Kernel.keepRegisters
        }
        // The handler runs with the temporary mask; its frame saves the old one
        // (sigsuspend's saved_sigmask), restored by rt_sigreturn (Kernel.syscall).
        t.register(.rt_sigsuspend, restart: .never) { k, th, a in
            guard a[1] == 8 else { return -Int(EINVAL) }
            guard let mask = k.memory.read(a[0], as: UInt64.self) else { return -Int(EFAULT) }
            return k.waitWithTemporaryMask(th, mask) { hostSyscall(SYS_rt_sigsuspend, $0, 8) }
        }
        t.register(.rt_sigtimedwait, restart: .never) { k, th, a in sigtimedwait(k, th, a[0], a[1], a[2], a[3]) }
        // signalfd4(fd, mask, sizemask, flags): the mask is a guest sigset_t (8 bytes);
        // SFD_CLOEXEC/SFD_NONBLOCK are O_CLOEXEC/O_NONBLOCK, the same values on all three.
        // What read() returns, struct signalfd_siginfo, is 128 bytes of fixed-width
        // fields on every architecture: passed through.
        t.register(.signalfd4) { k, _, a in
            guard a[2] == 8 else { return -Int(EINVAL) }
            guard var mask = k.memory.read(a[1], as: UInt64.self) else { return -Int(EFAULT) }
            return withUnsafePointer(to: &mask) {
                hostSyscall(SYS_signalfd4, a.fd(0), Int(bitPattern: $0), 8, Int(a.int(3)))
            }
        }
        t.register(.rt_sigqueueinfo) { k, _, a in
            guard let p = k.hostBuffer(a[2], 128) else { return -Int(EFAULT) }
            return hostSyscall(SYS_rt_sigqueueinfo, Int(a.int(0)), Int(a.int(1)), Int(bitPattern: p))
        }
        t.register(.rt_tgsigqueueinfo) { k, _, a in
            guard let p = k.hostBuffer(a[3], 128) else { return -Int(EFAULT) }
            return hostSyscall(SYS_rt_tgsigqueueinfo, Int(a.int(0)), Int(a.int(1)), Int(a.int(2)), Int(bitPattern: p))
        }
        t.register(.rt_sigpending) { k, th, a in
            guard a[1] <= 8 else { return -Int(EINVAL) }
            if a[1] == 0 { return 0 } // copy_to_user of nothing: no pointer is looked at
            let pending = k.pendingBlocked(th)
            return k.memory.writeBytes(a[0], withUnsafeBytes(of: pending) { Array($0.prefix(Int(a[1]))) }) ? 0 : -Int(EFAULT)
        }
    }

    /// rt_sigtimedwait(set, info, timeout, sigsetsize). A signal of the set this thread
    /// already caught (it arrived while not blocked) is taken first; then the host
    /// waits with the set blocked on the host too, so that a signal of the set that
    /// arrives meanwhile goes to the wait, not to a handler (the kernel's real_blocked).
    static func sigtimedwait(_ k: Kernel, _ th: GuestThread, _ setAddr: UInt64, _ infoAddr: UInt64,
                             _ timeout: UInt64, _ size: UInt64) -> Int {
        guard size == 8 else { return -Int(EINVAL) }
        guard let set = k.memory.read(setAddr, as: UInt64.self) else { return -Int(EFAULT) }
        let info = k.hostOptionalWritable(infoAddr, 128), ts = k.hostOptional(timeout, 16)
        guard info.ok, ts.ok else { return -Int(EFAULT) }
        let want = set & ~Kernel.unblockable
        let blocked = k.linuxThread(th).blocked
        k.setHostMask(blocked | want)
        defer { k.setHostMask(blocked) }
        var caught = [UInt8](repeating: 0, count: 128)
        let sig = caught.withUnsafeMutableBytes { xrun_take_pending_signal(~want, $0.baseAddress!) }
        if sig != 0 {
            if let p = info.ptr { caught.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: 128) } }
            return Int(sig)
        }
        var s = want
        return hostSyscall(SYS_rt_sigtimedwait, withUnsafePointer(to: &s) { Int(bitPattern: $0) },
                           Int(bitPattern: info.ptr), Int(bitPattern: ts.ptr), 8)
    }

    /// stack_t: ss_sp (8), ss_flags (int, padded), ss_size (8).
    static func sigaltstack(_ k: Kernel, _ th: GuestThread, _ new: UInt64, _ old: UInt64) -> Int {
        let lt = k.linuxThread(th)
        let sp = k.arch.stackPointer(th.cpu)
        let onStack = !lt.altStackDisabled && sp &- lt.altStackBase < lt.altStackSize
        if old != 0 {
            let flags: Int32 = lt.altStackDisabled ? Kernel.SS_DISABLE : (onStack ? Kernel.SS_ONSTACK : 0)
            guard k.memory.write(old, lt.altStackBase), k.memory.write(old + 8, flags),
                  k.memory.write(old + 16, lt.altStackSize) else { return -Int(EFAULT) }
        }
        guard new != 0 else { return 0 }
        guard let base = k.memory.read(new, as: UInt64.self), let flags = k.memory.read(new + 8, as: Int32.self),
              let size = k.memory.read(new + 16, as: UInt64.self) else { return -Int(EFAULT) }
        if onStack { return -Int(EPERM) }
        // do_sigaltstack(): apart from SS_AUTODISARM the flags are one mode: 0,
        // SS_ONSTACK (taken as 0) or SS_DISABLE.
        let mode = flags & ~Int32(bitPattern: 0x8000_0000)
        if mode != 0 && mode != Kernel.SS_ONSTACK && mode != Kernel.SS_DISABLE { return -Int(EINVAL) }
        if mode == Kernel.SS_DISABLE {
            lt.altStackDisabled = true; lt.altStackBase = 0; lt.altStackSize = 0
            return 0
        }
        if size < k.arch.minimumSignalStackSize { return -Int(ENOMEM) }
        lt.altStackDisabled = false; lt.altStackBase = base; lt.altStackSize = size
        return 0
    }

    /// Guest struct sigaction (the generic layout, 8 bytes a field): handler, flags,
    /// restorer (only where the architecture defines SA_RESTORER: arm64, not riscv),
    /// mask.
    /// rt_sigaction in kernel/signal.c's order: the size, then the new action is copied
    /// in (EFAULT), then the signal number is checked (EINVAL, do_sigaction), the
    /// action changes, and only then is the old one copied out (EFAULT, with the new
    /// action already in place).
    static func sigaction(_ k: Kernel, _ th: GuestThread, _ sig: Int32, _ act: UInt64, _ old: UInt64,
                          _ size: UInt64) -> Int {
        let table = k.linuxThread(th).signals
        guard size == 8 else { return -Int(EINVAL) }
        let maskOffset: UInt64 = k.arch.sigactionHasRestorer ? 24 : 16
        var new: SignalTable.Action?
        if act != 0 {
            guard k.memory.isAccessible(act, maskOffset + 8, .read),
                  let h = k.memory.read(act, as: UInt64.self), let f = k.memory.read(act + 8, as: UInt64.self),
                  let m = k.memory.read(act + maskOffset, as: UInt64.self) else { return -Int(EFAULT) }
            let r = k.arch.sigactionHasRestorer ? (k.memory.read(act + 16, as: UInt64.self) ?? 0) : 0
            new = .init(handler: h, flags: f, restorer: r, mask: m)
        }
        guard sig >= 1 && sig <= 64, new == nil || (sig != SIGKILL && sig != SIGSTOP) else { return -Int(EINVAL) }
        let previous = table.action(sig)
        if let new {
            table.setAction(sig, new)
            k.applyHostDisposition(sig, table)
        }
        if old != 0 {
            guard k.memory.write(old, previous.handler), k.memory.write(old + 8, previous.flags),
                  !k.arch.sigactionHasRestorer || k.memory.write(old + 16, previous.restorer),
                  k.memory.write(old + maskOffset, previous.mask) else { return -Int(EFAULT) }
        }
        return 0
    }

    /// rt_sigprocmask in kernel/signal.c's order: the new set is copied in (EFAULT),
    /// `how` is checked (EINVAL), the mask changes, then the old mask is copied out.
    static func sigprocmask(_ k: Kernel, _ th: GuestThread, _ how: Int32, _ set: UInt64, _ old: UInt64,
                            _ size: UInt64) -> Int {
        guard size == 8 else { return -Int(EINVAL) }
        let blocked = k.linuxThread(th).blocked
        if set != 0 {
            guard let s = k.memory.read(set, as: UInt64.self) else { return -Int(EFAULT) }
            let mask: UInt64
            switch how {
            case 0: mask = blocked | s   // SIG_BLOCK
            case 1: mask = blocked & ~s  // SIG_UNBLOCK
            case 2: mask = s             // SIG_SETMASK
            default: return -Int(EINVAL)
            }
            if k.signalComesFirst(blocking: mask, th) { return Kernel.signalFirst }
            k.setBlocked(mask, th)
        }
        if old != 0 && !k.memory.write(old, blocked) { return -Int(EFAULT) }
        return 0
    }
}

/// The signal's name as strace prints it (real-time signals count from the kernel's
/// SIGRTMIN, 32).
func signalName(_ sig: Int32) -> String {
    let names = ["SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL",
                 "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT",
                 "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF",
                 "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"]
    if sig >= 1 && Int(sig) <= names.count { return names[Int(sig) - 1] }
    if sig >= 32 && sig <= 64 { return "SIGRT_\(sig - 32)" }
    return "SIG\(sig)"
}
