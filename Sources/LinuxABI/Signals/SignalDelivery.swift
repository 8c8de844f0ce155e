import Glibc
import XrunCore

/// Signal delivery (kernel/signal.c get_signal/handle_signal): a pending, unblocked
/// signal with a guest handler gets a frame built by the ISA; SIG_IGN drops it; the
/// default action of a synchronous signal kills the process with that signal.
extension Kernel {
    static let SS_ONSTACK: Int32 = 1, SS_DISABLE: Int32 = 2
    static let SA_SIGINFO: UInt64 = 4, SA_ONSTACK: UInt64 = 0x0800_0000, SA_RESTART: UInt64 = 0x1000_0000
    static let SA_NODEFER: UInt64 = 0x4000_0000, SA_RESETHAND: UInt64 = 0x8000_0000
    static let SA_RESTORER: UInt64 = 0x0400_0000

    /// Signals whose default action is to be ignored (signal(7)).
    static func ignoredByDefault(_ sig: Int32) -> Bool { [SIGCHLD, SIGCONT, SIGURG, SIGWINCH].contains(sig) }

    /// Whether asynchronous signals wait for the guest.
    func hasDeliverableSignal(_ thread: GuestThread) -> Bool {
        xrun_pending_signals() & ~linuxThread(thread).blocked != 0
    }

    /// Delivers every pending unblocked signal. `interruptedSyscall` is set when the
    /// guest is just after a system call that returned -EINTR, with its first argument.
    /// `savedMask` replaces the mask the first frame saves (sigsuspend). Returns
    /// whether a handler was set up.
    @discardableResult
    func deliverPendingSignals(_ thread: GuestThread, interruptedSyscall: UInt64? = nil, restartable: Bool = false,
                               savedMask: UInt64? = nil) -> Bool {
        var info = [UInt8](repeating: 0, count: 128)
        var restart = interruptedSyscall
        var saved = savedMask
        var delivered = false
        while true {
            var sig = info.withUnsafeMutableBytes { xrun_take_pending_signal(linuxThread(thread).blocked, $0.baseAddress!) }
            if sig == 0 { return delivered }
            if let d = engine.debugger {
                // gdb sees the signal first and decides whether the guest gets it.
                let chosen = d.signalWillBeDelivered(sig, info: info, thread: thread)
                if chosen == 0 { continue }
                if chosen != sig {
                    sig = chosen
                    info = [UInt8](repeating: 0, count: 128)
                    info.withUnsafeMutableBytes { $0.storeBytes(of: sig, toByteOffset: 0, as: Int32.self) }
                }
            }
            let action = linuxThread(thread).signals.action(sig)
            if action.handler == SignalSyscalls.SIG_IGN { continue }
            if action.handler == SignalSyscalls.SIG_DFL {
                if Self.ignoredByDefault(sig) { continue }
                die(of: sig)
            }
            if let arg0 = restart {
                // An interrupted system call is re-executed after the handler when the
                // handler has SA_RESTART (arch/arm64/kernel/signal.c, do_signal()).
                if restartable && action.flags & Self.SA_RESTART != 0 {
                    thread.pc &-= arch.syscallInstructionLength
                    arch.setSyscallResult(thread.cpu, arg0)
                }
                restart = nil
            }
            runHandler(sig, info: info, action: action, thread: thread, faultAddress: 0, savedMask: saved)
            saved = nil
            delivered = true
        }
    }

    /// Builds the frame for `sig` and points the thread at its handler.
    func runHandler(_ sig: Int32, info: [UInt8], action: SignalTable.Action, thread: GuestThread, faultAddress: UInt64,
                    savedMask: UInt64? = nil) {
        let lt = linuxThread(thread)
        var sp = arch.stackPointer(thread.cpu)
        let onAltStack = !lt.altStackDisabled && sp &- lt.altStackBase < lt.altStackSize
        if action.flags & Self.SA_ONSTACK != 0 && !lt.altStackDisabled && !onAltStack {
            sp = lt.altStackBase &+ lt.altStackSize
        }
        let ret = action.flags & Self.SA_RESTORER != 0 && action.restorer != 0 ? action.restorer : sigreturnTrampoline
        let request = SignalFrameRequest(
            signal: sig, info: info, handler: action.handler, returnAddress: ret, savedMask: savedMask ?? lt.blocked,
            stackPointer: sp, altStackBase: lt.altStackBase,
            altStackFlags: lt.altStackDisabled ? Self.SS_DISABLE : (onAltStack ? Self.SS_ONSTACK : 0),
            altStackSize: lt.altStackSize, faultAddress: faultAddress)
        if config.strace { strace.signal(sig, info: info, thread: thread) }
        guard arch.pushSignalFrame(request, cpu: thread.cpu, memory: memory) else {
            // force_sigsegv(): the frame could not be written.
            die(of: SIGSEGV)
        }
        var mask = lt.blocked | action.mask
        if action.flags & Self.SA_NODEFER == 0 { mask |= 1 << UInt64(sig - 1) }
        setBlocked(mask, thread)
        if action.flags & Self.SA_RESETHAND != 0 {
            lt.signals.setAction(sig, .init())
            applyHostDisposition(sig, lt.signals)
        }
    }

    /// A synchronous signal (fault, SIGILL, SIGTRAP) at the current PC.
    func deliverSynchronous(signal: Int32, code: Int32, addr: UInt64, thread: GuestThread) {
        var sig = signal
        if let d = engine.debugger {
            // The faulting instruction stops in gdb first: `signal 0` lets the guest
            // run it again, another signal replaces this one.
            var info = [UInt8](repeating: 0, count: 128)
            info.withUnsafeMutableBytes { p in
                p.storeBytes(of: sig, toByteOffset: 0, as: Int32.self)
                p.storeBytes(of: code, toByteOffset: 8, as: Int32.self)
                p.storeBytes(of: addr, toByteOffset: 16, as: UInt64.self)
            }
            sig = d.signalWillBeDelivered(sig, info: info, thread: thread)
            if sig == 0 { return }
        }
        let action = linuxThread(thread).signals.action(sig)
        let blocked = linuxThread(thread).blocked & (1 << UInt64(sig - 1)) != 0
        // A blocked or ignored synchronous signal still kills (force_sig_fault).
        if action.handler <= SignalSyscalls.SIG_IGN || blocked {
            if config.strace {
                strace.line("\(thread.tid) --- \(signalName(sig)) {si_signo=\(signalName(sig)), si_code=\(siCodeName(code, sig)), "
                            + "si_addr=0x\(String(addr, radix: 16))} ---")
            }
            die(of: sig)
        }
        var info = [UInt8](repeating: 0, count: 128)
        info.withUnsafeMutableBytes { p in
            p.storeBytes(of: sig, toByteOffset: 0, as: Int32.self)    // si_signo
            p.storeBytes(of: code, toByteOffset: 8, as: Int32.self)   // si_code
            p.storeBytes(of: addr, toByteOffset: 16, as: UInt64.self) // si_addr
        }
        runHandler(sig, info: info, action: action, thread: thread,
                   faultAddress: sig == SIGSEGV || sig == SIGBUS ? addr : 0)
    }

    func die(of sig: Int32) -> Never {
        engine.debugger?.processWillEnd(status: 0, signal: sig)
        if config.strace { strace.line("+++ killed by \(signalName(sig)) +++") }
        strace.flush()
        xrun_die_of_signal(sig)
    }

    /// Whether a call that would block `mask` must wait for a signal first
    /// (Kernel.signalFirst): one this thread caught while the guest had it open and has
    /// not delivered yet. Linux keeps a process-directed signal in the process's queue
    /// until a thread takes it, and one that a thread blocks (or leaves behind by
    /// exiting: glibc blocks every signal before a thread's exit) goes to another thread
    /// (kernel/signal.c retarget_shared_pending); xrun has already taken it from the
    /// host's queue for this thread, so this thread must run its handler before the
    /// mask closes, or it would wait here unseen. When the answer is no, every host
    /// signal stays blocked until the caller sets the new mask (what arrives meanwhile
    /// the host kernel keeps, and gives to another thread if this one blocks it).
    func signalComesFirst(blocking mask: UInt64, _ thread: GuestThread) -> Bool {
        let lt = linuxThread(thread)
        let closing = mask & ~lt.blocked & ~Self.unblockable
        // A debugger catching system calls sees every entry paired with its exit.
        if closing == 0 || engine.debugger?.catchesSyscalls == true { return false }
        setHostMask(~0)
        if xrun_pending_signals() & closing != 0 {
            setHostMask(lt.blocked)
            return true
        }
        return false
    }

    static let unblockable: UInt64 = (1 << UInt64(SIGKILL - 1)) | (1 << UInt64(SIGSTOP - 1))

    /// The guest's mask, mirrored on the host so the host kernel keeps blocked
    /// signals pending for us (the fault signals stay deliverable to the emulator).
    func setBlocked(_ mask: UInt64, _ thread: GuestThread) {
        let lt = linuxThread(thread)
        lt.blocked = mask & ~Self.unblockable
        setHostMask(lt.blocked)
    }

    /// The host thread's mask for a guest mask: the fault signals are never blocked on
    /// the host (guest faults arrive through them).
    static func hostMask(_ guestMask: UInt64) -> UInt64 {
        guestMask & ~((1 << UInt64(SIGSEGV - 1)) | (1 << UInt64(SIGBUS - 1)))
    }

    /// Sets only the host thread's mask (the guest's stays as it is).
    func setHostMask(_ guestMask: UInt64) {
        xrun_set_guest_blocked(guestMask)
        var host = Self.hostMask(guestMask)
        _ = hostSyscall(SYS_rt_sigprocmask, 2 /* SIG_SETMASK */, withUnsafePointer(to: &host) { Int(bitPattern: $0) }, 0, 8)
    }

    /// A wait with a temporary signal mask (sigsuspend, ppoll, pselect6, epoll_pwait):
    /// as in the kernel, the mask is switched atomically with the wait — `wait` gets the
    /// host form of `mask` to pass to its host call — and a signal the mask opens that
    /// was already caught ends the wait at once (-EINTR). The thread keeps the temporary
    /// mask and `restoreMask` the old one: Kernel.syscall lets the handlers of the
    /// signals that ended the wait run with the temporary mask and restore the old one
    /// on their sigreturn, or restores it at once when no handler runs. A wait that did
    /// not end with -EINTR restores the old mask at once (restore_saved_sigmask_unless).
    func waitWithTemporaryMask(_ thread: GuestThread, _ mask: UInt64, _ wait: (Int) -> Int) -> Int {
        let lt = linuxThread(thread)
        let old = lt.blocked
        setHostMask(~0)   // nothing new is caught while we look
        lt.blocked = mask & ~Self.unblockable
        var r = -Int(EINTR)
        if !hasDeliverableSignal(thread) {
            var host = Self.hostMask(lt.blocked)
            r = withUnsafePointer(to: &host) { wait(Int(bitPattern: $0)) }
        }
        if r == -Int(EINTR) {
            lt.restoreMask = old
            setHostMask(lt.blocked)
        } else {
            setBlocked(old, thread)
        }
        return r
    }

    /// Signals pending for the guest thread that it blocks: the host's (signals the
    /// host kept pending because the host mask blocks them) and ours (caught, but then
    /// blocked before delivery).
    func pendingBlocked(_ thread: GuestThread) -> UInt64 {
        var host: UInt64 = 0
        _ = withUnsafeMutablePointer(to: &host) { hostSyscall(SYS_rt_sigpending, Int(bitPattern: $0), 8) }
        return (host | xrun_pending_signals()) & linuxThread(thread).blocked
    }

    /// What a new program inherits across execve from whoever started it: the signal
    /// mask and ignored dispositions (execve(2)). A re-executed xrun finds them on its
    /// own host thread and dispositions; the guest's view starts from there. Every
    /// other signal gets the host's default action, as the guest believes it has: the
    /// Swift runtime's crash handlers (SIGABRT, SIGILL, SIGFPE, SIGTRAP, SIGQUIT) would
    /// otherwise print a backtrace of xrun when the guest dies of such a signal. Runs
    /// on the host thread that will run the guest's first thread.
    func inheritSignalState() {
        var mask: UInt64 = 0
        _ = withUnsafeMutablePointer(to: &mask) { hostSyscall(SYS_rt_sigprocmask, 0, 0, Int(bitPattern: $0), 8) }
        for sig in Int32(1)...64 where sig != SIGKILL && sig != SIGSTOP && sig != SIGSEGV && sig != SIGBUS {
            // struct sigaction of the x86-64 kernel: handler first.
            var ka = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
            let r = withUnsafeMutablePointer(to: &ka) { hostSyscall(SYS_rt_sigaction, Int(sig), 0, Int(bitPattern: $0), 8) }
            if r == 0 && ka.0 == SignalSyscalls.SIG_IGN {
                signals.setAction(sig, .init(handler: SignalSyscalls.SIG_IGN))
            } else if r == 0 && ka.0 != SignalSyscalls.SIG_DFL {
                _ = xrun_host_disposition(sig, Int32(XRUN_SIGNAL_DEFAULT))
            }
        }
        inheritedMask = mask & ~Self.unblockable
        setHostMask(inheritedMask)
    }

    /// Host disposition follows the guest's: ignore, default, or caught for delivery.
    func applyHostDisposition(_ sig: Int32, _ table: SignalTable) {
        if sig == SIGSEGV || sig == SIGBUS || sig == SIGKILL || sig == SIGSTOP { return }
        let h = table.action(sig).handler
        let how = h == SignalSyscalls.SIG_IGN ? XRUN_SIGNAL_IGNORE
            : h == SignalSyscalls.SIG_DFL ? XRUN_SIGNAL_DEFAULT : XRUN_SIGNAL_CATCH
        _ = xrun_host_disposition(sig, Int32(how))
    }

    /// Address of the sigreturn trampoline page (the guest's vdso sigreturn).
    var sigreturnTrampoline: UInt64 {
        memory.lock.withLock { mapTrampoline() }
    }

    /// Maps the trampoline page at exec, as the kernel maps the vdso then
    /// (arch_setup_additional_pages). Mapped on the first signal instead, it took
    /// whatever hole the guest had made by then, inside a region the guest manages
    /// itself, and the guest's next munmap/mmap there took away its signal return
    /// (random_syscalls found it: a handler returning to unmapped memory).
    public func mapSignalTrampoline() {
        _ = sigreturnTrampoline
    }

    private func mapTrampoline() -> UInt64 {
        if trampolineAddress == 0, let at = memory.findFree(GuestMemory.pageSize) {
            _ = memory.map(at, GuestMemory.pageSize, prot: [.read, .write], shared: false, fd: -1, offset: 0,
                           name: "[sigpage]")
            memory.writeBytes(at, arch.sigreturnTrampoline)
            _ = memory.protect(at, GuestMemory.pageSize, [.read, .exec])
            trampolineAddress = at
        }
        return trampolineAddress
    }
}
