import Glibc
import XrunCore

/// The guest's signal dispositions and mask. Until guest signal frames exist (the
/// Linux personality issue), handlers are recorded but not run; SIG_IGN and SIG_DFL
/// are applied to the host so that they behave natively and survive execve.
public struct SignalTable: Sendable {
    public struct Action: Sendable, Equatable {
        public var handler: UInt64 = 0 // SIG_DFL
        public var flags: UInt64 = 0
        public var restorer: UInt64 = 0
        public var mask: UInt64 = 0
    }
    public var actions = [Action](repeating: Action(), count: 65)
    public var blocked: UInt64 = 0
    public init() {}
}

enum SignalSyscalls {
    static let SIG_DFL: UInt64 = 0, SIG_IGN: UInt64 = 1

    static func register(_ t: inout SyscallTable) {
        typealias N = GuestSyscallNumber
        t[N.rt_sigaction] = { k, _, a in sigaction(k, a.int(0), a[1], a[2], a[3]) }
        t[N.rt_sigprocmask] = { k, _, a in sigprocmask(k, a.int(0), a[1], a[2], a[3]) }
        t[N.kill] = { _, _, a in hostSyscall(SYS_kill, Int(a.int(0)), Int(a.int(1))) }
        t[N.tkill] = { _, _, a in hostSyscall(SYS_tkill, Int(a.int(0)), Int(a.int(1))) }
        t[N.tgkill] = { _, _, a in hostSyscall(SYS_tgkill, Int(a.int(0)), Int(a.int(1)), Int(a.int(2))) }
        t[N.sigaltstack] = { _, _, _ in 0 }
        t[N.rt_sigpending] = { k, _, a in
            guard let p = k.hostBuffer(a[0], 8) else { return -Int(EFAULT) }
            return hostSyscall(SYS_rt_sigpending, Int(bitPattern: p), 8)
        }
    }

    /// Guest struct sigaction (arm64, riscv64: the generic layout): handler, flags,
    /// restorer, mask — 8 bytes each.
    static func sigaction(_ k: Kernel, _ sig: Int32, _ act: UInt64, _ old: UInt64, _ size: UInt64) -> Int {
        guard size == 8 else { return -Int(EINVAL) }
        guard sig >= 1 && sig <= 64 else { return -Int(EINVAL) }
        if old != 0 {
            let a = k.signals.actions[Int(sig)]
            guard k.memory.write(old, a.handler), k.memory.write(old + 8, a.flags),
                  k.memory.write(old + 16, a.restorer), k.memory.write(old + 24, a.mask) else { return -Int(EFAULT) }
        }
        guard act != 0 else { return 0 }
        if sig == SIGKILL || sig == SIGSTOP { return -Int(EINVAL) }
        guard let h = k.memory.read(act, as: UInt64.self), let f = k.memory.read(act + 8, as: UInt64.self),
              let r = k.memory.read(act + 16, as: UInt64.self), let m = k.memory.read(act + 24, as: UInt64.self)
        else { return -Int(EFAULT) }
        k.signals.actions[Int(sig)] = .init(handler: h, flags: f, restorer: r, mask: m)
        // The emulator's own fault handlers stay; other signals follow the guest's
        // SIG_IGN / SIG_DFL on the host (inherited across exec, as natively).
        if sig != SIGSEGV && sig != SIGBUS {
            if h == Self.SIG_IGN { Glibc.signal(sig, Glibc.SIG_IGN) } else { Glibc.signal(sig, Glibc.SIG_DFL) }
        }
        return 0
    }

    static func sigprocmask(_ k: Kernel, _ how: Int32, _ set: UInt64, _ old: UInt64, _ size: UInt64) -> Int {
        guard size == 8 else { return -Int(EINVAL) }
        if old != 0 && !k.memory.write(old, k.signals.blocked) { return -Int(EFAULT) }
        guard set != 0 else { return 0 }
        guard let s = k.memory.read(set, as: UInt64.self) else { return -Int(EFAULT) }
        let unblockable: UInt64 = (1 << (UInt64(SIGKILL) - 1)) | (1 << (UInt64(SIGSTOP) - 1))
        switch how {
        case 0: k.signals.blocked |= s        // SIG_BLOCK
        case 1: k.signals.blocked &= ~s       // SIG_UNBLOCK
        case 2: k.signals.blocked = s         // SIG_SETMASK
        default: return -Int(EINVAL)
        }
        k.signals.blocked &= ~unblockable
        return 0
    }
}

extension Kernel {
    /// A synchronous signal (fault, SIGILL, SIGTRAP). Without guest signal frames the
    /// guest cannot handle it yet, so the process dies of it as it would by default.
    func deliverSynchronous(signal sig: Int32, code: Int32, addr: UInt64, thread: GuestThread) {
        if config.strace {
            strace.line("--- \(signalName(sig)) {si_signo=\(signalName(sig)), si_code=\(code), si_addr=0x\(String(addr, radix: 16))} ---")
            strace.line("+++ killed by \(signalName(sig)) +++")
        }
        strace.flush()
        xrun_die_of_signal(sig)
    }
}

func signalName(_ sig: Int32) -> String {
    let names = [1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS",
                 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE",
                 14: "SIGALRM", 15: "SIGTERM", 17: "SIGCHLD"]
    return names[Int(sig)] ?? "SIG\(sig)"
}
