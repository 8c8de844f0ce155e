import Glibc
import XrunCore

/// execve keeps the debugger ("exec-events" in qSupported; the `exec` stop reason of
/// "Stop Reply Packets" in gdb's Remote Protocol appendix: `T05exec:<hex path>;...`).
/// A foreign program's execve re-executes xrun, so the new xrun takes the stub's
/// place: the connection's fd stays open across the host execve (its close-on-exec
/// flag cleared) and `-g fd:N,...` hands it over with what gdb negotiated (no-ack
/// mode, qSupported features, QPassSignals, QCatchSyscalls), which gdb does not send
/// again. The new stub reports the exec stop before the new program's first
/// instruction; gdb loads the new executable, sets its breakpoints again and resumes
/// (it stops there only for `catch exec`).
/// Without gdb attached (or gdb not asking for exec events) the new xrun listens
/// where this one did, without suspending: the program runs on and gdb may attach.
/// A fork child gdb left runs without a stub; its exec'd program gets one only with
/// a per-process socket path (`%d`).
extension GdbStub {
    var execEventsWanted: Bool { multiprocess && gdbFeatures.contains("exec-events") }

    public func execWillHappen(thread: GuestThread) -> [String] {
        guard active else {
            // A process gdb is not attached to (a fork or vfork child): with a socket per
            // process (%d) the new program listens on its own, without waiting.
            guard case .unix(let path) = endpoint.address, Substring(path).range(of: "%d") != nil else { return [] }
            var own = endpoint
            own.suspend = false
            return ["-g", own.specText]
        }
        return monitor.withLock {
            guard connected, execEventsWanted, clientFD >= 0 else {
                var listenAgain = endpoint
                listenAgain.suspend = false
                return ["-g", listenAgain.specText]
            }
            _ = fcntl(clientFD, F_SETFD, 0)
            var handover = GdbEndpoint(address: .inherited(fd: clientFD), suspend: true)
            handover.session = sessionState()
            return ["-g", handover.specText]
        }
    }

    public func execFailed() {
        guard active else { return }
        monitor.withLock { if clientFD >= 0 { _ = fcntl(clientFD, F_SETFD, FD_CLOEXEC) } }
    }

    /// Under the lock: what gdb negotiated, for the new xrun.
    func sessionState() -> GdbEndpoint.Session {
        GdbEndpoint.Session(noAck: noAck, features: gdbFeatures.sorted(),
                            passSignals: passSignals.sorted(), catchSyscalls: syscallCatch.map { $0.sorted() })
    }

    /// In the new xrun: gdb's session goes on (GdbStub.init with an inherited fd).
    func adoptSession(_ s: GdbEndpoint.Session) {
        noAck = s.noAck
        gdbFeatures = Set(s.features)
        passSignals = Set(s.passSignals)
        syscallCatch = s.catchSyscalls.map(Set.init)
    }
}
