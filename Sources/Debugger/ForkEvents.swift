import Glibc
import XrunCore

/// Fork events ("fork-events" in qSupported; the `fork` stop reason). A guest fork is
/// a host fork of the whole emulator, so the child is a process with its own stub
/// state but the parent's connection to gdb (an inherited fd). gdb, told
/// `T05fork:p<child>.<child>;thread:p<parent>.<tid>;`, detaches one of the two:
/// - `D;<child>` (follow-fork-mode parent, detach-on-fork on): the parent tells the
///   child over a pipe made before the fork; the child drops gdb's breakpoints and
///   watchpoints and runs as without a debugger.
/// - `D;<parent>` (follow-fork-mode child): the parent answers OK and stops reading
///   the connection; the child, told over the pipe, serves the same connection from
///   then on (a server thread of its own) with its one thread stopped.
/// gdb's `Hg p<child>.0` before removing breakpoints from the child selects the
/// child: breakpoint packets then touch nothing here (the child removes its own).
/// vfork events ("vfork-events"; `vfork` and `vforkdone` stop reasons): xrun's vfork
/// child shares the parent's memory and runs undebugged while the parent waits (as
/// the kernel's vfork parent does), so gdb hears `T05vfork:p<child>.<child>;` once
/// the child has exec'd or exited, detaches it (`D;<child>`: nothing left to do),
/// resumes the parent and gets `T05vforkdone:;` right away. gdb's breakpoints are
/// translation-level, so the child (sharing the translated blocks) runs over them
/// (Engine.run steps over a breakpoint for a thread gdb does not see).
/// detach-on-fork off (gdb resumes without detaching either): the child is kept
/// stopped and reached through a socket pair (ForkRelay).
extension GdbStub {
    static let handoffDetach: UInt8 = 0x44   // 'D'
    static let handoffFollow: UInt8 = 0x46   // 'F'

    var forkEventsWanted: Bool { multiprocess && gdbFeatures.contains("fork-events") }

    public func forkWillHappen(thread: GuestThread) {
        guard active, monitor.withLock({ connected && forkEventsWanted }) else { return }
        var ends: [Int32] = [0, 0]
        guard makePipe(&ends, nonBlocking: false) else { return }
        own(ends[0], \.handoffRead)
        own(ends[1], \.handoffWrite)
        forkingThread = thread
        var pair: [Int32] = [0, 0]
        if socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 {
            own(pair[0], \.relayParentFD)
            own(pair[1], \.relayChildFD)
        }
    }

    /// gdb goes away: a fork child it kept (ForkRelay) detaches and runs on.
    func releaseForkChild() {
        guard let r = currentRelay else { return }
        _ = relayExchange(r, Array("D".utf8))
        relayGone(r)
    }

    public func forked(child: Int32, thread: GuestThread) {
        guard handoffRead >= 0 else { return }
        EmulatorDescriptors.close(handoffRead)
        handoffRead = -1
        if relayChildFD >= 0 { EmulatorDescriptors.close(relayChildFD); relayChildFD = -1 }
        guard let rec = thread.debugData as? ThreadRecord else {
            monitor.withLock { tellForkChild(Self.handoffDetach) }
            if relayParentFD >= 0 { EmulatorDescriptors.close(relayParentFD); relayParentFD = -1 }
            return
        }
        monitor.withLock { forkChild = child }
        _ = reportStop(rec, .fork(child))
        monitor.withLock {
            if connected && forkChild == child && relayParentFD >= 0 && relay == nil {
                // Resumed without gdb naming either process: detach-on-fork off.
                relay = ForkRelay(pid: child, fd: relayParentFD)
                relayParentFD = -1
                tellForkChild(Self.handoffKeep)
            } else {
                // Detached by gdb, followed, or gdb gone: it runs on its own.
                tellForkChild(Self.handoffDetach)
            }
            if relayParentFD >= 0 { EmulatorDescriptors.close(relayParentFD); relayParentFD = -1 }
        }
        wakeServer()   // the server polls the relay from now on
    }

    /// Under the lock: the child learns its fate (once).
    func tellForkChild(_ what: UInt8) {
        guard handoffWrite >= 0 else { return }
        var b = what
        _ = write(handoffWrite, &b, 1)
        EmulatorDescriptors.close(handoffWrite)
        handoffWrite = -1
        forkChild = nil
        generalIsForkChild = false
    }

    public func forkedChild() {
        monitor.reinitializeAfterFork()
        writeLock.reinitializeAfterFork()
        var decision = Self.handoffDetach
        if handoffRead >= 0 {
            EmulatorDescriptors.close(handoffWrite)
            handoffWrite = -1
            var b: UInt8 = 0
            var n = 0
            repeat { n = read(handoffRead, &b, 1) } while n < 0 && errno == EINTR
            if n == 1 { decision = b }
            EmulatorDescriptors.close(handoffRead)
            handoffRead = -1
        }
        if listenFD >= 0 { EmulatorDescriptors.close(listenFD); listenFD = -1 }
        EmulatorDescriptors.close(wakeFD)
        EmulatorDescriptors.close(wakeWriteFD)
        relay = nil
        if relayParentFD >= 0 { EmulatorDescriptors.close(relayParentFD); relayParentFD = -1 }
        if decision == Self.handoffKeep, relayChildFD >= 0 {
            // Kept by gdb: the socket pair is this process's connection (ForkRelay).
            if clientFD >= 0 { EmulatorDescriptors.close(clientFD) }
            EmulatorDescriptors.forget(relayChildFD)
            own(relayChildFD, \.clientFD)
            noAck = true
        } else if relayChildFD >= 0 {
            EmulatorDescriptors.close(relayChildFD)
        }
        relayChildFD = -1
        guard decision == Self.handoffFollow || decision == Self.handoffKeep, let thread = forkingThread, let rec = thread.debugData as? ThreadRecord,
              startServingForkChild(rec) else {
            // Not followed: gdb's breakpoints and watchpoints (inherited) go; no gdb here.
            for pc in softwareBreakpoints.union(hardwareBreakpoints) { engine.cache.setBreakpoint(pc, false) }
            softwareBreakpoints = []
            hardwareBreakpoints = []
            for w in watchpoints { removeWatchpoint(w) }
            disabled = true
            if clientFD >= 0 { EmulatorDescriptors.close(clientFD); clientFD = -1 }
            return
        }
    }

    /// A close-on-exec pipe (Glibc does not export pipe2 to Swift).
    private func makePipe(_ ends: inout [Int32], nonBlocking: Bool) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            if nonBlocking { _ = fcntl(fd, F_SETFL, O_NONBLOCK) }
        }
        return true
    }

    /// In the followed child: its one thread stopped, a server thread on the
    /// inherited connection.
    private func startServingForkChild(_ rec: ThreadRecord) -> Bool {
        var ends: [Int32] = [0, 0]
        guard clientFD >= 0, makePipe(&ends, nonBlocking: true) else { return false }
        own(ends[0], \.wakeFD)
        own(ends[1], \.wakeWriteFD)
        ownerPid = getpid()
        records = [rec]
        rec.action = .stay
        rec.stoppedSinceResume = false
        rec.skipBreakpointAt = nil
        pending = []
        lastStop = nil
        gdbWaiting = false
        interruptRequested = false
        stopped = true
        connected = true
        generalThread = 0
        continueThread = 0
        forkChild = nil
        generalIsForkChild = false
        forkingThread = nil
        hostIOFiles = []
        _ = xrun_fetch_or_32(rec.thread.cpu + CPUHeader.interruptOffset, 4)
        var handle = pthread_t()
        let ctx = Unmanaged.passRetained(self).toOpaque()
        let r = pthread_create(&handle, nil, { ctx in
            var all = sigset_t()
            sigfillset(&all)
            sigdelset(&all, SIGSEGV)
            sigdelset(&all, SIGBUS)
            pthread_sigmask(SIG_SETMASK, &all, nil)
            Unmanaged<GdbStub>.fromOpaque(ctx!).takeRetainedValue().serveInherited()
            return nil
        }, ctx)
        if r != 0 { Unmanaged<GdbStub>.fromOpaque(ctx).release(); return false }
        pthread_detach(handle)
        return true
    }
}

extension GdbStub {
    public func vforked(child: Int32, thread: GuestThread) {
        guard active, let rec = thread.debugData as? ThreadRecord,
              monitor.withLock({ connected && multiprocess && gdbFeatures.contains("vfork-events") }) else { return }
        monitor.withLock {
            forkChild = child
            forkChildIsVfork = true
        }
        _ = reportStop(rec, .vfork(child))
        monitor.withLock {
            forkChild = nil
            forkChildIsVfork = false
            generalIsForkChild = false
        }
        _ = reportStop(rec, .vforkDone)
    }
}
