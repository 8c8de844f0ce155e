import CXrunHost
import Glibc
import XrunCore

/// The gdb remote-protocol stub (`-g`). One server thread talks to gdb; the guest
/// threads run through `run(_:)`, which parks them whenever the program is stopped.
///
/// All-stop: when one thread stops (breakpoint, step, signal, watchpoint, caught
/// system call, gdb's interrupt) every thread stops — those running guest code at
/// their next block boundary (bit 2 of the interrupt word, which the block loop
/// already checks), those in a system call when it returns — and the stop is
/// reported only once no thread runs guest code. Stops of other threads that
/// happened meanwhile stay queued (signals, system calls) and are reported on the
/// next resume; breakpoint and step stops of others are dropped (a breakpoint hits
/// again, as the thread is still in front of it).
public final class GdbStub: GuestDebugger, @unchecked Sendable {
    let engine: Engine
    let registers: [DebugRegister]
    let registerSet: DebugRegisterSet
    let endpoint: GdbEndpoint
    /// The process the connection belongs to: a fork child must not talk to gdb.
    var ownerPid = getpid()
    let monitor = Monitor()
    /// Wakes the server thread (a pipe: read end, write end): a guest thread stopped.
    var wakeFD: Int32
    var wakeWriteFD: Int32
    var listenFD: Int32 = -1
    var clientFD: Int32 = -1
    let writeLock = Monitor()
    var noAck = false
    /// Set in a fork child: this process has no gdb.
    var disabled = false

    /// The process's auxiliary vector (qXfer:auxv:read) and its executable.
    public var auxv: [(UInt64, UInt64)] = []
    public var execFile = ""
    /// How vFile sees paths (the guest's -L root and /proc files).
    public var fileView = FileView.host

    // MARK: state under `monitor`

    final class ThreadRecord {
        let thread: GuestThread
        var tid: Int32 { thread.tid }
        enum Place { case guest, outside, parked }
        var place = Place.outside
        enum Action: Equatable { case stay, run(signal: Int32), step(signal: Int32) }
        var action = Action.run(signal: 0)
        /// Resuming here runs the instruction under the breakpoint it stopped at.
        var skipBreakpointAt: UInt64?
        /// A stop was reported for this thread since it was last resumed.
        var stoppedSinceResume = false
        /// The watched bytes when its current system call began (Watchpoints).
        var watchSnapshot: [(Watchpoint, [UInt8])] = []
        init(_ t: GuestThread) { thread = t }
    }

    enum StopKind {
        case signal(Int32, info: [UInt8])
        case breakpoint(UInt64)
        case step
        case watch(UInt64, kind: WatchKind)
        case syscall(Int, entry: Bool)
        case interrupt
        case fork(Int32)
        /// The new program after execve (ExecEvents).
        case exec
        /// A vfork child, and its exec or exit (ForkEvents).
        case vfork(Int32)
        case vforkDone
    }
    final class StopEvent {
        let record: ThreadRecord
        let kind: StopKind
        var reported = false
        var done = false
        /// The signal gdb chose to deliver (C sig), for a signal stop.
        var resumeSignal: Int32 = 0
        init(_ r: ThreadRecord, _ k: StopKind) { record = r; kind = k }
    }

    var records: [ThreadRecord] = []
    var pending: [StopEvent] = []
    /// gdb waits for a stop reply (after c/s/vCont).
    var gdbWaiting = false
    var interruptRequested = false
    /// The program is stopped (or being stopped): new threads start parked.
    var stopped = false
    var connected = false
    /// The last stop reported: its thread is gdb's current one; `?` repeats it.
    var lastStop: StopEvent?
    var generalThread: Int32 = 0
    /// Hc: the thread c/s act on (0: the last stop's).
    var continueThread: Int32 = 0
    /// QPassSignals: Linux numbers delivered without stopping.
    var passSignals: Set<Int32> = []
    /// QCatchSyscalls: nil off, empty = all.
    var syscallCatch: Set<Int>?
    public var catchesSyscalls: Bool { syscallCatch != nil || watching }
    var watchpoints: [Watchpoint] = []
    /// Watchpoints exist (read without the lock on every system call).
    var watching = false
    /// System calls running again with every watched page unprotected (Watchpoints).
    var syscallLifts = 0
    var softwareBreakpoints: Set<UInt64> = []
    var hardwareBreakpoints: Set<UInt64> = []
    /// gdb said it understands swbreak/hwbreak stop reasons (qSupported).
    var gdbFeatures: Set<String> = []
    /// Host fds gdb opened with vFile:open.
    var hostIOFiles: Set<Int32> = []
    /// A fork reported to gdb whose child waits for gdb's choice (ForkEvents).
    var forkChild: Int32?
    var handoffRead: Int32 = -1
    var handoffWrite: Int32 = -1
    var forkingThread: GuestThread?
    /// gdb selected the fork child (Hg p<child>.0): breakpoint packets are the child's.
    var generalIsForkChild = false
    /// detach-on-fork off: the fork child gdb keeps, reached through a socket pair
    /// (ForkRelay); the pair's ends between the fork and gdb's choice.
    var relay: ForkRelay?
    var relayParentFD: Int32 = -1
    var relayChildFD: Int32 = -1
    /// The fork child gdb was told of is a vfork child (already exec'd or exited).
    var forkChildIsVfork = false
    /// A new xrun after execve: its first thread reports the exec stop (ExecEvents).
    var execPending = false

    public init(engine: Engine, endpoint: GdbEndpoint) throws {
        self.engine = engine
        self.endpoint = endpoint
        registerSet = engine.isa.debugRegisters
        registers = registerSet.registers
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw GdbSpecError("pipe: \(String(cString: strerror(errno)))") }
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, O_NONBLOCK)
        }
        wakeFD = ends[0]
        wakeWriteFD = ends[1]
        switch endpoint.listen(pid: ownerPid) {
        case .success(let fd): listenFD = fd
        case .failure(let e): throw e
        }
        stopped = endpoint.suspend
        own(wakeFD, \.wakeFD)
        own(wakeWriteFD, \.wakeWriteFD)
        own(listenFD, \.listenFD)
        if case .inherited(let fd) = endpoint.address {
            // gdb waits for the stop reply to the resume it sent the xrun before execve.
            guard fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 else { throw GdbSpecError("'-g fd:\(fd)': \(String(cString: strerror(errno)))") }
            own(fd, \.clientFD)
            adoptSession(endpoint.session ?? GdbEndpoint.Session())
            connected = true
            stopped = true
            gdbWaiting = true
            execPending = true
        }
    }

    /// Starts the server thread.
    public func start() {
        var handle = pthread_t()
        let ctx = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&handle, nil, { ctx in
            // The server thread takes no guest signals: they belong to guest threads.
            var all = sigset_t()
            sigfillset(&all)
            sigdelset(&all, SIGSEGV)
            sigdelset(&all, SIGBUS)
            pthread_sigmask(SIG_SETMASK, &all, nil)
            let stub = Unmanaged<GdbStub>.fromOpaque(ctx!).takeRetainedValue()
            if case .inherited = stub.endpoint.address { stub.serveInherited() } else { stub.serve() }
            return nil
        }, ctx)
        pthread_detach(handle)
    }

    var active: Bool { !disabled && getpid() == ownerPid }

    // MARK: guest threads

    public func run(_ thread: GuestThread) {
        let rec = ThreadRecord(thread)
        thread.debugData = rec
        monitor.withLock {
            if stopped { rec.action = .stay }
            records.append(rec)
            if execPending {
                execPending = false
                pending.append(StopEvent(rec, .exec))
                wakeServer()
            }
        }
        defer {
            monitor.withLock {
                records.removeAll { $0 === rec }
                pending.removeAll { $0.record === rec }
                monitor.broadcast()
            }
        }
        while !thread.exited {
            if disabled { plainRun(thread); return }
            let action = checkpoint(rec)
            switch action {
            case .stay: continue
            case .step:
                let trap = engine.stepInstruction(thread)
                leaveGuest(rec)
                if let trap { handle(trap, rec) }
                if !thread.exited && !rec.stoppedSinceResume { _ = reportStop(rec, .step) }
            case .run:
                let trap: Trap?
                if let skip = rec.skipBreakpointAt, skip == thread.pc {
                    rec.skipBreakpointAt = nil
                    trap = engine.stepInstruction(thread)
                } else {
                    rec.skipBreakpointAt = nil
                    trap = engine.runUntilTrap(thread)
                }
                leaveGuest(rec)
                if let trap { handle(trap, rec) }
            }
        }
    }

    /// A fork child's threads run as without a debugger.
    private func plainRun(_ thread: GuestThread) {
        while !thread.exited { engine.handleTrap(engine.runUntilTrap(thread), thread) }
    }

    private func handle(_ trap: Trap, _ rec: ThreadRecord) {
        let cpu = rec.thread.cpu
        switch trap {
        case .debugBreakpoint(let pc):
            engine.isa.absorbHostFPFlags(cpu)
            _ = reportStop(rec, .breakpoint(pc))
        case .interrupt:
            // Bit 2 is ours (cleared on resume); the rest is the Linux layer's.
            if cpu.interruptWord & ~4 != 0 { engine.handleTrap(.interrupt, rec.thread) } else { engine.isa.absorbHostFPFlags(cpu) }
        case .fault(_, let addr, _, _, let write) where !watchpoints.isEmpty && watchHit(addr, write: write, rec) != nil:
            handleWatchFault(addr, write: write, rec)
        default:
            engine.handleTrap(trap, rec.thread)
        }
    }

    /// Before guest code runs: parks while the program is stopped; says how to go on.
    private func checkpoint(_ rec: ThreadRecord) -> ThreadRecord.Action {
        monitor.lock()
        defer { monitor.unlock() }
        while rec.action == .stay && active {
            rec.place = .parked
            monitor.broadcast()
            monitor.wait()
        }
        rec.place = .guest
        return rec.action
    }

    private func leaveGuest(_ rec: ThreadRecord) {
        monitor.withLock {
            rec.place = .outside
            if stopped { monitor.broadcast() }
        }
    }

    /// The thread stopped: the program stops, gdb hears of it, and the thread waits
    /// until gdb resumes it. Returns the event (its `resumeSignal` is gdb's choice).
    func reportStop(_ rec: ThreadRecord, _ kind: StopKind) -> StopEvent? {
        guard active else { return nil }
        monitor.lock()
        defer { monitor.unlock() }
        guard connected || stopped else { return nil }   // nobody attached: run on
        let event = StopEvent(rec, kind)
        pending.append(event)
        requestAllStop()
        wakeServer()
        let saved = rec.place
        rec.place = .parked
        monitor.broadcast()
        while !event.done && active { monitor.wait() }
        rec.place = saved
        return event
    }

    /// Under the lock: every thread stops at its next boundary.
    func requestAllStop() {
        stopped = true
        for r in records {
            if r.action != .stay { r.action = .stay }
            _ = xrun_fetch_or_32(r.thread.cpu + CPUHeader.interruptOffset, 4)
        }
    }

    /// Under the lock: waits until no thread runs guest code (threads in a system
    /// call may stay there; they park when it returns).
    func waitQuiescent() {
        var rounds = 0
        while records.contains(where: { $0.place == .guest }) && rounds < 2000 {
            for r in records where r.place == .guest {
                _ = xrun_fetch_or_32(r.thread.cpu + CPUHeader.interruptOffset, 4)
            }
            monitor.wait(milliseconds: 5)
            rounds += 1
        }
    }

    /// Under the lock: resumes threads with `actions` (by tid; `others` for the rest).
    func resume(_ actions: [(tid: Int32?, action: ThreadRecord.Action)]) {
        for r in records {
            var chosen = ThreadRecord.Action.stay
            for (tid, a) in actions where tid == nil || tid == r.tid {
                chosen = a
                break
            }
            r.action = chosen
            r.stoppedSinceResume = false
        }
        // Reported stops end; the thread gets gdb's signal choice.
        for e in pending where e.reported {
            switch e.record.action {
            case .run(let s), .step(let s): e.resumeSignal = s
            case .stay: e.resumeSignal = 0
            }
            if case .breakpoint(let pc) = e.kind { e.record.skipBreakpointAt = pc }
            e.done = true
        }
        // Unreported breakpoint and step stops of other threads are dropped.
        for e in pending where !e.reported {
            switch e.kind {
            case .breakpoint, .step, .interrupt: e.done = true
            default: break
            }
        }
        pending.removeAll { $0.done }
        stopped = records.allSatisfy { $0.action == .stay } && !records.isEmpty
        for r in records where r.action != .stay {
            _ = xrun_fetch_andnot_32(r.thread.cpu + CPUHeader.interruptOffset, 4)
        }
        gdbWaiting = true
        monitor.broadcast()
        if !pending.isEmpty {
            requestAllStop()
            wakeServer()
        }
    }

    func wakeServer() {
        var one: UInt8 = 1
        _ = write(wakeWriteFD, &one, 1)
    }

    func record(_ tid: Int32) -> ThreadRecord? { records.first { $0.tid == tid } }

    // MARK: GuestDebugger hooks from the Linux layer

    public func signalWillBeDelivered(_ signal: Int32, info: [UInt8], thread: GuestThread) -> Int32 {
        guard active, !thread.runsUndebugged, let rec = thread.debugData as? ThreadRecord else { return signal }
        let pass = monitor.withLock { passSignals.contains(signal) || !connected }
        if pass { return signal }
        engine.isa.absorbHostFPFlags(thread.cpu)
        guard let e = reportStop(rec, .signal(signal, info: info)) else { return signal }
        return e.resumeSignal
    }

    public func syscallStop(_ number: Int, entry: Bool, thread: GuestThread) {
        guard active, !thread.runsUndebugged, let rec = thread.debugData as? ThreadRecord else { return }
        if watching {
            if entry { syscallEntryWithWatches(rec) } else { syscallReturnWithWatches(rec) }
        }
        let wanted = monitor.withLock { syscallCatch.map { $0.isEmpty || $0.contains(number) } ?? false }
        if wanted { _ = reportStop(rec, .syscall(number, entry: entry)) }
    }

    public func processWillEnd(status: Int32, signal: Int32) {
        guard active else { return }
        monitor.withLock {
            guard connected else { return }
            let process = multiprocess ? ";process:" + String(ownerPid, radix: 16) : ""
            send((signal != 0 ? "X" + hex2(GdbSignals.gdb(signal)) : "W" + hex2(status & 0xff)) + process)
            connected = false
        }
        shutdown(clientFD, Int32(SHUT_RDWR))
    }

    func hex2(_ v: Int32) -> String { GdbPackets.hex([UInt8(truncatingIfNeeded: v)]) }
}
