import Glibc
import XrunCore

/// detach-on-fork off: gdb keeps a fork child under its control on the same
/// connection, multiprocess+ thread ids (`p<pid>.<tid>`) saying which process a
/// packet is for. The child cannot read gdb's connection beside this process, so a
/// socket pair made before the fork joins the two stubs: the child's stub serves its
/// end as its connection (no acks), and this process's server thread relays —
/// - `Hg`/`Hc` naming the child select it; then `g G p P m M X Z z` and `qXfer`
///   objects of the selected process go to the child, their replies back;
/// - `vCont` actions for `p<child>` go to the child (actions without a thread id to
///   both), and the child's stop reply comes back when it stops; Ctrl-C while it runs
///   goes to it;
/// - `qfThreadInfo` and `qXfer:threads:read` list both processes' threads;
/// - `D;<child>` detaches it (it runs on without gdb), `vKill;<child>` ends it, and
///   its exit (`W..;process:<child>`) ends the relay.
/// gdb tells no choice for that mode: a resume after the fork stop without
/// `D;<child>` (detach-on-fork on) or `D;<parent>` (follow-fork-mode child) is it.
/// All-stop holds per process: gdb resumes one process at a time unless
/// `schedule-multiple` is on (then a stop of one does not stop the other).
final class ForkRelay {
    let pid: Int32
    let fd: Int32
    var reader = GdbPacketReader()
    /// gdb resumed the child: the next packet from it is its stop reply.
    var running = false
    init(pid: Int32, fd: Int32) { self.pid = pid; self.fd = fd }
}

extension GdbStub {
    static let handoffKeep: UInt8 = 0x4b   // 'K'

    /// The relay (server thread).
    var currentRelay: ForkRelay? { monitor.withLock { relay } }

    func relaySend(_ r: ForkRelay, _ bytes: [UInt8]) {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { write(r.fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            off += n
        }
    }

    /// Sends a packet to the child and waits for its reply (nil: the child is gone).
    func relayExchange(_ r: ForkRelay, _ payload: [UInt8]) -> [UInt8]? {
        relaySend(r, GdbPackets.frame(payload))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            while let item = r.reader.next() {
                if case .packet(let p) = item { return p }
            }
            let n = read(r.fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { relayGone(r); return nil }
            r.reader.feed(buffer[0..<n])
        }
    }

    func forward(_ r: ForkRelay, _ payload: [UInt8]) -> Outcome {
        guard let reply = relayExchange(r, payload) else { return .reply("E01") }
        return .replyBytes(reply)
    }

    /// The child sent something while gdb did not ask: its stop reply (or exit).
    func relayReadable(_ r: ForkRelay) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(r.fd, &buffer, buffer.count)
        if n <= 0 {
            if n < 0 && errno == EINTR { return }
            relayGone(r)
            return
        }
        r.reader.feed(buffer[0..<n])
        while let item = r.reader.next() {
            guard case .packet(let p) = item else { continue }
            r.running = false
            send(p)
            if p.first == UInt8(ascii: "W") || p.first == UInt8(ascii: "X") { relayGone(r) }
        }
    }

    func relayGone(_ r: ForkRelay) {
        monitor.withLock {
            guard relay === r else { return }
            relay = nil
            generalIsForkChild = false
        }
        EmulatorDescriptors.close(r.fd)
    }

    /// The packets for the child, answered through it; nil: this process's.
    func routeToForkChild(_ payload: [UInt8], _ text: String) -> Outcome? {
        guard let r = currentRelay, let first = payload.first else { return nil }
        let childSelected = monitor.withLock { generalIsForkChild }
        let body = Substring(text.dropFirst())
        switch first {
        case UInt8(ascii: "H"):
            guard let op = body.first else { return nil }
            let named = threadPID(body.dropFirst()) == r.pid
            if op == "g" { monitor.withLock { generalIsForkChild = named } }
            return named ? forward(r, payload) : nil
        case UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "m"),
             UInt8(ascii: "M"), UInt8(ascii: "X"), UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return childSelected ? forward(r, payload) : nil
        case UInt8(ascii: "T"):
            return threadPID(body) == r.pid ? forward(r, payload) : nil
        case UInt8(ascii: "D"):
            guard body.first == ";", Int32(body.dropFirst(), radix: 16) == r.pid else { return nil }
            let reply = relayExchange(r, Array("D".utf8))
            relayGone(r)
            return .reply(reply.map { String(decoding: $0, as: UTF8.self) } ?? "OK")
        case UInt8(ascii: "k"):
            kill(r.pid, SIGKILL)
            relayGone(r)
            return nil
        default: break
        }
        if text.hasPrefix("vKill;") {
            guard Int32(text.dropFirst("vKill;".count), radix: 16) == r.pid else { return nil }
            kill(r.pid, SIGKILL)
            relayGone(r)
            return .reply("OK")
        }
        if text.hasPrefix("vCont;") { return splitResume(r, text) }
        if text.hasPrefix("qXfer:exec-file:read:") {
            let annex = text.split(separator: ":", omittingEmptySubsequences: false).dropFirst(3).first
            return annex.flatMap { Int32($0, radix: 16) } == r.pid ? forward(r, payload) : nil
        }
        if text.hasPrefix("qXfer:auxv:") || text.hasPrefix("qXfer:libraries-svr4:") || text.hasPrefix("qXfer:siginfo:") {
            return childSelected ? forward(r, payload) : nil
        }
        if text == "qfThreadInfo" {
            guard case .reply(let mine) = query(text), let theirs = relayExchange(r, payload) else { return nil }
            let child = String(decoding: theirs, as: UTF8.self)
            return .reply(mine + (child.hasPrefix("m") && child.count > 1 ? "," + child.dropFirst() : ""))
        }
        return nil
    }

    /// vCont: the child's actions to the child, this process's here; an action
    /// without a thread id is for both.
    private func splitResume(_ r: ForkRelay, _ text: String) -> Outcome? {
        var theirs: [Substring] = [], mine: [Substring] = []
        for part in text.dropFirst("vCont;".count).split(separator: ";") {
            let p = part.split(separator: ":", maxSplits: 1)
            guard p.count == 2 else { theirs.append(part); mine.append(part); continue }
            if threadPID(p[1]) == r.pid { theirs.append(part) } else { mine.append(part) }
        }
        guard !theirs.isEmpty else { return nil }
        r.running = true
        relaySend(r, GdbPackets.frame(Array(("vCont;" + theirs.joined(separator: ";")).utf8)))
        guard !mine.isEmpty else { return Outcome.none }
        return vPacket("vCont;" + mine.joined(separator: ";"))
    }

    /// The child's `<thread .../>` entries, for this process's qXfer:threads list.
    func forkChildThreadsXML() -> String {
        guard let r = currentRelay, let reply = relayExchange(r, Array("qXfer:threads:read::0,fff0".utf8)),
              reply.first == UInt8(ascii: "l") || reply.first == UInt8(ascii: "m") else { return "" }
        let xml = String(decoding: GdbPackets.unescape(reply.dropFirst()), as: UTF8.self)
        return xml.split(separator: "\n").filter { $0.hasPrefix("<thread ") }.map { $0 + "\n" }.joined()
    }
}
