import XrunCore

/// Per guest thread Linux state kept by the Linux layer.
final class LinuxThread {
    /// The thread's blocked signals (bit n-1 = signal n), mirrored on its host thread.
    var blocked: UInt64 = 0
    /// CLONE_CHILD_CLEARTID / set_tid_address: zeroed and futex-woken at thread exit.
    var clearChildTid: UInt64 = 0
    var altStackBase: UInt64 = 0
    var altStackSize: UInt64 = 0
    var altStackDisabled = true
    /// The mask to put back once the signals that ended a wait with a temporary mask
    /// (sigsuspend, ppoll, pselect6, epoll_pwait) have their frames: the kernel's
    /// saved_sigmask with TIF_RESTORE_SIGMASK.
    var restoreMask: UInt64?
    /// The signal dispositions of the thread's process (the threads of one process
    /// share them; a vfork child has its own copy).
    var signals: SignalTable
    /// A vfork child: it shares the parent's memory and emulator state, but it is a
    /// process of its own — its exit(2) ends it, and it counts no threads.
    var isVforkChild = false
    /// The -strace line of the system call this thread is in.
    var stracePending = ""

    init(signals: SignalTable) { self.signals = signals }
}

extension Kernel {
    /// The Linux state of guest thread `t`, made on first use (kept in its `userData`).
    func linuxThread(_ t: GuestThread) -> LinuxThread {
        if let s = t.userData as? LinuxThread { return s }
        let s = LinuxThread(signals: signals)
        s.blocked = inheritedMask
        t.userData = s
        return s
    }
}
