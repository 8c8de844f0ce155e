import Glibc
import XrunCore

/// The server thread: accepts gdb, reads its packets, answers them, and sends the
/// stop reply when the program has stopped. gdb going away (EOF, error, `D`) leaves
/// the program running; a later gdb may attach again.
extension GdbStub {
    func serve() {
        while active {
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            monitor.withLock {
                own(fd, \.clientFD)
                noAck = false
                // Attaching stops the program (a suspended one is stopped already).
                var rounds = 0
                while records.isEmpty && rounds < 400 { monitor.wait(milliseconds: 5); rounds += 1 }
                connected = true
                requestAllStop()
                waitQuiescent()
                gdbWaiting = false
                lastStop = nil
                if let first = pending.first(where: { !$0.reported }) {
                    first.reported = true
                    lastStop = first
                }
            }
            session()
            releaseForkChild()
            monitor.withLock { detachAll() }
            EmulatorDescriptors.close(clientFD)
            clientFD = -1
        }
    }

    /// A followed fork child: serves the connection it inherited, then no gdb.
    func serveInherited() {
        session()
        releaseForkChild()
        monitor.withLock { detachAll() }
        EmulatorDescriptors.close(clientFD)
        clientFD = -1
        disabled = true
        monitor.withLock { monitor.broadcast() }
    }

    /// Reads and answers packets until gdb goes away or detaches.
    private func session() {
        var reader = GdbPacketReader()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while active {
            let r = currentRelay
            var fds = [pollfd(fd: clientFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: r?.fd ?? -1, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, 3, -1) < 0 {
                if errno == EINTR { continue }
                return
            }
            if let r, fds[2].revents != 0 { relayReadable(r) }
            if fds[1].revents != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                _ = read(wakeFD, &drain, drain.count)
                monitor.withLock { if gdbWaiting { reportStopIfAny() } }
            }
            if fds[0].revents != 0 {
                let n = read(clientFD, &buffer, buffer.count)
                if n <= 0 { return }
                reader.feed(buffer[0..<n])
                while let item = reader.next() {
                    switch item {
                    case .ack: break
                    case .badChecksum: rawWrite([UInt8(ascii: "-")])
                    case .interrupt:
                        if let r = currentRelay, r.running { relaySend(r, [3]) } else { interrupt() }
                    case .packet(let payload):
                        if !noAck { rawWrite([UInt8(ascii: "+")]) }
                        switch dispatch(payload) {
                        case .reply(let r): send(r)
                        case .replyBytes(let b): send(b)
                        case .none: break
                        case .close(let r):
                            if let r { send(r) }
                            return
                        }
                    }
                }
            }
        }
    }

    /// gdb's Ctrl-C (0x03, or vCtrlC): the program stops with SIGINT.
    func interrupt() {
        monitor.withLock {
            guard gdbWaiting else { return }
            interruptRequested = true
            requestAllStop()
            reportStopIfAny()
        }
    }

    /// Under the lock: once no thread runs guest code, sends the first unreported
    /// stop (or the interrupt's).
    func reportStopIfAny() {
        guard gdbWaiting, pending.contains(where: { !$0.reported }) || interruptRequested else { return }
        waitQuiescent()
        var event = pending.first { !$0.reported }
        if event == nil, interruptRequested {
            let current = records.first { $0.tid == lastStop?.record.tid } ?? records.first
            if let current {
                let e = StopEvent(current, .interrupt)
                pending.append(e)
                event = e
            }
        }
        guard let event else { return }
        interruptRequested = false
        event.reported = true
        event.record.stoppedSinceResume = true
        lastStop = event
        generalThread = event.record.tid
        gdbWaiting = false
        send(stopReply(event))
    }

    func stopReply(_ e: StopEvent) -> String {
        let thread = "thread:\(threadID(e.record.tid));"
        switch e.kind {
        case .signal(let sig, _): return "T" + hex2(GdbSignals.gdb(sig)) + thread
        case .breakpoint(let pc): return "T05" + thread + (hardwareBreakpoints.contains(pc) ? "hwbreak:;" : "swbreak:;")
        case .step: return "T05" + thread
        case .interrupt: return "T02" + thread
        case .fork(let child): return "T05fork:p\(String(child, radix: 16)).\(String(child, radix: 16));" + thread
        case .vfork(let child): return "T05vfork:p\(String(child, radix: 16)).\(String(child, radix: 16));" + thread
        case .vforkDone: return "T05vforkdone:;" + thread
        case .exec: return "T05exec:" + GdbPackets.hex(Array(execFile.utf8)) + ";" + thread
        case .watch(let addr, let kind):
            return "T05" + thread + "\(kind.stopName):\(String(addr, radix: 16));"
        case .syscall(let nr, let entry):
            return "T05" + thread + (entry ? "syscall_entry:" : "syscall_return:") + String(nr, radix: 16) + ";"
        }
    }

    /// Under the lock: gdb is gone. Its breakpoints, watchpoints and catches go, every
    /// thread runs on; a stop gdb never saw delivers its signal as it would have.
    func detachAll() {
        connected = false
        for fd in hostIOFiles { close(fd) }
        hostIOFiles = []
        for pc in softwareBreakpoints.union(hardwareBreakpoints) { engine.cache.setBreakpoint(pc, false) }
        softwareBreakpoints = []
        hardwareBreakpoints = []
        for w in watchpoints { removeWatchpoint(w) }
        syscallCatch = nil
        for e in pending where !e.reported {
            if case .signal(let sig, _) = e.kind { e.resumeSignal = sig }
            e.done = true
        }
        resume([(nil, .run(signal: 0))])
        pending.removeAll()
        gdbWaiting = false
        stopped = false
        monitor.broadcast()
    }

    // MARK: sending

    func send(_ reply: String) { send(Array(reply.utf8)) }
    func send(_ payload: [UInt8]) { rawWrite(GdbPackets.frame(payload)) }

    func rawWrite(_ bytes: [UInt8]) {
        writeLock.withLock {
            var off = 0
            while off < bytes.count, clientFD >= 0 {
                let n = bytes[off...].withUnsafeBytes { write(clientFD, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                off += n
            }
        }
    }
}
