import Glibc
import XrunCore

/// Settings that shape the guest's view of the system, and that a re-exec of xrun
/// for another foreign program (execve) must carry along.
public struct KernelConfig: Sendable {
    /// -L: the guest's root for the interpreter and absolute paths (QEMU's -L).
    public var sysroot: String?
    public var strace = false
    /// -d: the translation-log items (QEMU's list), passed on to a re-executed xrun.
    public var logItems: String?
    /// -cpu: the CPU model, passed on to a re-executed xrun (which runs only programs
    /// of the same ISA, so the model is always one it has).
    public var cpuModel: String?
    /// -thunk: the host-library call groups, passed on to a re-executed xrun.
    public var thunks: String?
    /// -D: the file the strace log goes to (stderr when nil).
    public var logFile: String?
    /// The guest program as the user named it, and its absolute form (/proc/self/exe).
    public var programPath = ""
    public var absoluteProgramPath = ""
    /// The guest's argv, for /proc/self/cmdline.
    public var guestArgv: [String] = []
    /// The host path of this xrun executable, for re-exec on execve of a foreign ELF.
    public var selfExecutable = "/proc/self/exe"
    /// binfmt_misc started this xrun: an execve of a foreign program goes to the host
    /// kernel as it is, and the registration starts xrun again — also inside a chroot
    /// that holds no xrun (F flag), where re-executing selfExecutable by path would fail.
    public var foreignExecThroughKernel = false
    /// -r: the release uname(2) reports (the host's when nil).
    public var unameRelease: String?
    /// Options the command line gave that shape the guest's machine rather than its
    /// view of the system (-s, -R, -B, -seed, -one-insn-per-tb), passed on as given.
    public var machineOptions: [String] = []

    public init() {}

    /// Options to pass to a re-executed xrun so that it behaves like this one.
    public var reexecOptions: [String] {
        var o: [String] = []
        if let s = sysroot { o += ["-L", s] }
        if strace { o.append("-strace") }
        if let items = logItems { o += ["-d", items] }
        if let m = cpuModel { o += ["-cpu", m] }
        if let f = logFile { o += ["-D", f] }
        if let t = thunks { o += ["-thunk", t] }
        if let r = unameRelease { o += ["-r", r] }
        return o + machineOptions
    }
}

/// The Linux personality shared by every guest ISA: traps from the engine come here,
/// system calls go through one table indexed by the generic syscall number.
public final class Kernel: TrapHandler, @unchecked Sendable {
    public let engine: Engine
    public var memory: GuestMemory { engine.memory }
    /// The running ISA's Linux side (the same object as `engine.isa`).
    public let arch: LinuxArch
    public var config: KernelConfig
    public var auxv: [(UInt64, UInt64)] = []
    public let signals = SignalTable()
    let table = SyscallTable.linux()
    lazy var strace = Strace(kernel: self)
    var trampolineAddress: UInt64 = 0
    /// The signal mask this process started with (inherited across execve).
    var inheritedMask: UInt64 = 0
    /// Resource limits the guest set that the host does not get.
    let keptLimits = KeptLimits()
    /// Guest threads alive in this process (guarded by threadCount).
    var liveThreads = 1
    let threadCount = HostLock()

    /// A handler result that leaves the registers alone (rt_sigreturn).
    public static let keepRegisters = Int.min
    /// A handler result for a call that does not happen yet: a signal the thread caught
    /// came first. Its handler runs now and the call is made again when it returns, as
    /// if the signal had arrived just before the call (the kernel's ERESTARTNOINTR).
    public static let signalFirst = Int.min + 1

    public init(engine: Engine, arch: LinuxArch, config: KernelConfig) {
        self.engine = engine
        self.arch = arch
        self.config = config
        engine.trapHandler = self
        inheritSignalState()
        nameProcess()
    }

    public func handle(_ trap: Trap, thread: GuestThread) {
        switch trap {
        case .syscall:
            syscall(thread)
        case .fault(_, let addr, let sig, let code, _):
            deliverSynchronous(signal: sig, code: code, addr: addr, thread: thread)
        case .undefined(let pc, _):
            deliverSynchronous(signal: SIGILL, code: 1 /* ILL_ILLOPC */, addr: pc, thread: thread)
        case .breakpoint(let pc, _):
            deliverSynchronous(signal: SIGTRAP, code: 1 /* TRAP_BRKPT */, addr: pc, thread: thread)
        case .interrupt:
            thread.cpu.interruptWord &= ~2
            deliverPendingSignals(thread)
        case .debugBreakpoint:
            break   // the debugger's own; it never passes one on
        }
    }

    /// The system-call funnel: no allocation unless -strace is on.
    func syscall(_ thread: GuestThread) {
        let cpu = thread.cpu
        let nr = Int(truncatingIfNeeded: arch.syscallNumber(cpu))
        let args = arch.syscallArguments(cpu)
        if let d = engine.debugger, d.catchesSyscalls { d.syscallStop(nr, entry: true, thread: thread) }
        var result = run(nr, args, thread: thread)
        if result == Self.signalFirst {
            thread.pc &-= arch.syscallInstructionLength
            deliverPendingSignals(thread)
            return
        }
        if result == -Int(EFAULT), let d = engine.debugger, let again = d.rerunFaultedSyscall(thread, { run(nr, args, thread: thread) }) {
            result = again
        }
        if let d = engine.debugger, d.catchesSyscalls, !thread.exited {
            if result != Self.keepRegisters { arch.setSyscallResult(cpu, UInt64(bitPattern: Int64(result))) }
            d.syscallStop(nr, entry: false, thread: thread)
        }
        if result == Self.keepRegisters {
            // rt_sigreturn (or exit): the registers are set. A signal the restored mask
            // opens is due before the guest goes on, as on the kernel's way back to user.
            if thread.exited { return }
            if hasDeliverableSignal(thread) { deliverPendingSignals(thread) }
            return
        }
        arch.setSyscallResult(cpu, UInt64(bitPattern: Int64(result)))
        let lt = linuxThread(thread)
        var delivered = false
        if hasDeliverableSignal(thread) {
            delivered = deliverPendingSignals(thread, interruptedSyscall: result == -Int(EINTR) ? args[0] : nil,
                                              restartable: table.entry(nr).restart.restarts(args),
                                              savedMask: lt.restoreMask)
        }
        if let old = lt.restoreMask {
            // A wait with a temporary mask: its handlers' frames hold the old mask;
            // without a handler it comes back now.
            lt.restoreMask = nil
            if !delivered { setBlocked(old, thread) }
        }
    }

    /// The process name (comm: prctl PR_GET_NAME, /proc/self/comm, ps) is the program's
    /// file name, as execve sets it (at most 15 bytes), not "xrun". Threads made later
    /// inherit it from the thread that makes them.
    func nameProcess() {
        // The program's last path component, cut to TASK_COMM_LEN - 1 bytes as exec does
        // (fs/exec.c, __set_task_comm); on bytes, not String slices (see tools/startup-order).
        var name = (UInt64(0), UInt64(0))
        var path = config.programPath
        let found = path.withUTF8 { p in
            var end = p.count
            while end > 0 && p[end - 1] == 0x2F { end -= 1 }
            var start = end
            while start > 0 && p[start - 1] != 0x2F { start -= 1 }
            withUnsafeMutableBytes(of: &name) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(p)[start..<min(end, start + 15)])) }
            return start < end
        }
        guard found else { return }
        _ = withUnsafeMutableBytes(of: &name) { hostSyscall(SYS_prctl, 15 /* PR_SET_NAME */, hostArg($0.baseAddress)) }
    }

    /// Ends the whole process with `status` (exit_group).
    public func exitProcess(_ status: Int32) -> Never {
        engine.debugger?.processWillEnd(status: status, signal: 0)
        strace.flush()
        if TranslationStats.enabled {
            let line = engine.cache.statsSnapshot.summary + "\n"
            line.withCString { _ = write(2, $0, strlen($0)) }
        }
        _exit(status)
    }
}
