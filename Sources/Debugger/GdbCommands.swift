import Glibc
import XrunCore

/// The packets gdb sends, each answered here ("Packets" and "General Query Packets"
/// in gdb's Remote Protocol appendix). A packet that does not parse gets `E01`; one
/// this stub does not know gets the empty reply, as the protocol asks.
extension GdbStub {
    enum Outcome {
        case reply(String)
        /// A reply with binary data (qXfer): not valid UTF-8 in general.
        case replyBytes([UInt8])
        /// Nothing now: the program runs; the stop reply comes later.
        case none
        /// Reply (if any), then the session ends (detach, kill).
        case close(String?)
    }

    static let malformed = Outcome.reply("E01")

    func dispatch(_ payload: [UInt8]) -> Outcome {
        guard let first = payload.first else { return .reply("") }
        let text = String(decoding: payload, as: UTF8.self)
        if let routed = routeToForkChild(payload, text) { return routed }
        // X carries binary data; everything else is text.
        if first == UInt8(ascii: "X") { return writeMemoryBinary(payload) }
        let body = Substring(text.dropFirst())
        switch first {
        case UInt8(ascii: "?"): return .reply(monitor.withLock { currentStopReply() })
        case UInt8(ascii: "g"): return readAllRegisters()
        case UInt8(ascii: "G"): return writeAllRegisters(body)
        case UInt8(ascii: "p"): return readRegister(body)
        case UInt8(ascii: "P"): return writeRegister(body)
        case UInt8(ascii: "m"): return readMemory(body)
        case UInt8(ascii: "M"): return writeMemory(body)
        case UInt8(ascii: "H"): return selectThread(body)
        case UInt8(ascii: "T"):
            guard let tid = parseThreadID(body) else { return Self.malformed }
            return .reply(monitor.withLock { record(tid) != nil } ? "OK" : "E01")
        case UInt8(ascii: "c"), UInt8(ascii: "s"), UInt8(ascii: "C"), UInt8(ascii: "S"):
            return simpleResume(Character(UnicodeScalar(first)), body)
        case UInt8(ascii: "Z"), UInt8(ascii: "z"): return breakOrWatch(insert: first == UInt8(ascii: "Z"), body)
        case UInt8(ascii: "D"):
            // D;pid (multiprocess): detaching a fork child, or the parent to follow the child.
            if body.first == ";", let pid = Int32(body.dropFirst(), radix: 16) {
                let outcome = monitor.withLock { () -> Outcome? in
                    guard let child = forkChild else { return nil }
                    if pid == child { tellForkChild(Self.handoffDetach); return .reply("OK") }
                    // A vfork child cannot be followed: it has exec'd or exited already.
                    if pid == ownerPid && forkChildIsVfork { return .reply("E01") }
                    if pid == ownerPid { tellForkChild(Self.handoffFollow) }
                    return nil
                }
                if let outcome { return outcome }
            }
            return .close("OK")
        case UInt8(ascii: "k"):
            kill(getpid(), SIGKILL)
            return .close(nil)
        case UInt8(ascii: "q"), UInt8(ascii: "Q"): return query(text)
        case UInt8(ascii: "v"): return vPacket(text)
        default: return .reply("")
        }
    }

    // MARK: queries

    func query(_ text: String) -> Outcome {
        if text.hasPrefix("qSupported") {
            let theirs = text.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.split(separator: ";") } ?? []
            monitor.withLock { gdbFeatures = Set(theirs.map { String($0.filter { $0 != "+" }) }) }
            return .reply("PacketSize=20000;QStartNoAckMode+;qXfer:features:read+;qXfer:threads:read+;"
                          + "qXfer:auxv:read+;qXfer:exec-file:read+;qXfer:libraries-svr4:read+;qXfer:siginfo:read+;vContSupported+;"
                          + "swbreak+;hwbreak+;QPassSignals+;QCatchSyscalls+"
                          + (theirs.contains("multiprocess+") ? ";multiprocess+" : "")
                          + (theirs.contains("multiprocess+") && theirs.contains("fork-events+") ? ";fork-events+" : "")
                          + (theirs.contains("multiprocess+") && theirs.contains("exec-events+") ? ";exec-events+" : "")
                          + (theirs.contains("multiprocess+") && theirs.contains("vfork-events+") ? ";vfork-events+" : ""))
        }
        if text == "QStartNoAckMode" {
            send("OK")
            noAck = true
            return .none
        }
        if text.hasPrefix("qXfer:") { return transfer(text) }
        if text == "qfThreadInfo" {
            let tids = monitor.withLock { records.map { threadID($0.tid) } }
            return .reply("m" + tids.joined(separator: ","))
        }
        if text == "qsThreadInfo" { return .reply("l") }
        if text == "qC" { return .reply("QC" + threadID(monitor.withLock { currentTid() })) }
        if text.hasPrefix("qAttached") { return .reply("1") }
        if text.hasPrefix("qSymbol") { return .reply("OK") }
        if text.hasPrefix("QPassSignals:") {
            guard let sigs = signalList(text.dropFirst("QPassSignals:".count)) else { return Self.malformed }
            monitor.withLock { passSignals = Set(sigs.map(GdbSignals.linux).filter { $0 != 0 }) }
            return .reply("OK")
        }
        if text.hasPrefix("QCatchSyscalls:") {
            let parts = text.dropFirst("QCatchSyscalls:".count).split(separator: ";")
            guard let on = parts.first, on == "0" || on == "1" else { return Self.malformed }
            var numbers: Set<Int> = []
            for p in parts.dropFirst() {
                guard let n = Int(p, radix: 16) else { return Self.malformed }
                numbers.insert(n)
            }
            monitor.withLock { syscallCatch = on == "1" ? numbers : nil }
            return .reply("OK")
        }
        if text.hasPrefix("qThreadExtraInfo,") {
            guard let tid = parseThreadID(text.dropFirst("qThreadExtraInfo,".count)) else { return Self.malformed }
            return .reply(GdbPackets.hex(Array(threadName(tid).utf8)))
        }
        return .reply("")
    }

    /// `a;b;c` hex numbers.
    func signalList(_ s: Substring) -> [Int32]? {
        var out: [Int32] = []
        for p in s.split(separator: ";") {
            guard let v = Int32(p, radix: 16) else { return nil }
            out.append(v)
        }
        return out
    }

    /// qXfer:object:read:annex:offset,length
    func transfer(_ text: String) -> Outcome {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[2] == "read" else { return .reply("") }
        let range = parts[4].split(separator: ",")
        guard range.count == 2, let offset = GdbPackets.number(range[0]), let length = GdbPackets.number(range[1]) else {
            return Self.malformed
        }
        let data: [UInt8]
        switch (parts[1], parts[3]) {
        case ("features", "target.xml"): data = Array(TargetDescription.xml(registerSet).utf8)
        case ("features", _): return .reply("E00")
        case ("threads", ""): data = Array(threadsXML().utf8)
        case ("auxv", ""):
            var d: [UInt8] = []
            for (k, v) in auxv { withUnsafeBytes(of: k.littleEndian) { d += $0 }; withUnsafeBytes(of: v.littleEndian) { d += $0 } }
            d += [UInt8](repeating: 0, count: 16)
            data = d
        case ("exec-file", _): data = Array(execFile.utf8)
        case ("libraries-svr4", ""): data = Array(monitor.withLock { librariesSVR4XML() }.utf8)
        case ("siginfo", ""):
            guard let info = monitor.withLock({ () -> [UInt8]? in
                guard let e = lastStop, e.record.tid == currentTid() || generalThread == 0, case .signal(_, let info) = e.kind else { return nil }
                return info
            }) else { return .reply("E01") }
            data = info
        default: return .reply("")
        }
        guard offset <= UInt64(data.count) else { return .reply("l") }
        let end = min(UInt64(data.count), offset + min(length, 0x4000))
        let chunk = data[Int(offset)..<Int(end)]
        return .replyBytes([end == UInt64(data.count) ? UInt8(ascii: "l") : UInt8(ascii: "m")] + GdbPackets.escape(chunk))
    }

    func threadsXML() -> String {
        let tids = monitor.withLock { records.map(\.tid) }
        var xml = "<?xml version=\"1.0\"?>\n<threads>\n"
        for t in tids {
            xml += "<thread id=\"\(threadID(t))\" name=\"\(TargetDescription.escapeXML(threadName(t)))\"/>\n"
        }
        return xml + forkChildThreadsXML() + "</threads>\n"
    }

    /// The host thread's name (the guest's comm: prctl PR_SET_NAME goes to it).
    func threadName(_ tid: Int32) -> String {
        let fd = open("/proc/self/task/\(tid)/comm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 64)
        let n = read(fd, &buf, buf.count)
        guard n > 0 else { return "" }
        return String(decoding: buf[0..<n].filter { $0 != 0x0a }, as: UTF8.self)
    }

    // MARK: threads and registers

    /// Under the lock: the thread g/m/p act on (Hg, else the last stop's).
    func currentTid() -> Int32 {
        if generalThread > 0, record(generalThread) != nil { return generalThread }
        return lastStop?.record.tid ?? records.first?.tid ?? 0
    }

    func currentStopReply() -> String {
        if let e = lastStop, records.contains(where: { $0 === e.record }) { return stopReply(e) }
        guard let r = records.first else { return "W00" }
        return "T05thread:\(threadID(r.tid));"
    }

    func selectThread(_ body: Substring) -> Outcome {
        guard let op = body.first, op == "g" || op == "c" else { return Self.malformed }
        let arg = body.dropFirst()
        guard let tid = parseThreadID(arg) else { return Self.malformed }
        let forkChildSelected = monitor.withLock { () -> Bool in
            if op == "g" { generalIsForkChild = forkChild != nil && threadPID(arg) == forkChild }
            return generalIsForkChild && op == "g"
        }
        if forkChildSelected { return .reply("OK") }
        if tid == -1 || tid == 0 {
            if op == "g" { monitor.withLock { generalThread = 0 } }
            return .reply("OK")
        }
        return monitor.withLock {
            guard record(tid) != nil else { return .reply("E01") }
            if op == "g" { generalThread = tid } else { continueThread = tid }
            return .reply("OK")
        }
    }

    /// The CPU state of the current thread, with the lock held around `body`.
    func withCurrentCPU(_ body: (UnsafeMutableRawPointer) -> Outcome) -> Outcome {
        monitor.withLock {
            guard let r = record(currentTid()) else { return .reply("E01") }
            return body(r.thread.cpu)
        }
    }

    func readAllRegisters() -> Outcome {
        withCurrentCPU { cpu in
            .reply(registers.map { GdbPackets.hex($0.read(cpu)) }.joined())
        }
    }

    func writeAllRegisters(_ body: Substring) -> Outcome {
        guard let bytes = GdbPackets.bytes(fromHex: body) else { return Self.malformed }
        let total = registers.reduce(0) { $0 + $1.bits / 8 }
        guard bytes.count == total else { return Self.malformed }
        return withCurrentCPU { cpu in
            var off = 0
            for r in registers {
                r.write(cpu, Array(bytes[off..<(off + r.bits / 8)]))
                off += r.bits / 8
            }
            return .reply("OK")
        }
    }

    func readRegister(_ body: Substring) -> Outcome {
        guard let n = Int(body, radix: 16) else { return Self.malformed }
        guard n >= 0, n < registers.count else { return .reply("E45") }
        return withCurrentCPU { cpu in .reply(GdbPackets.hex(registers[n].read(cpu))) }
    }

    func writeRegister(_ body: Substring) -> Outcome {
        let parts = body.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let n = Int(parts[0], radix: 16), let bytes = GdbPackets.bytes(fromHex: parts[1]) else {
            return Self.malformed
        }
        guard n >= 0, n < registers.count, bytes.count == registers[n].bits / 8 else { return .reply("E45") }
        return withCurrentCPU { cpu in
            registers[n].write(cpu, bytes)
            return .reply("OK")
        }
    }

    // MARK: memory

    /// addr,length
    func addressAndLength(_ s: Substring) -> (UInt64, Int)? {
        let p = s.split(separator: ",")
        guard p.count == 2, let a = GdbPackets.number(p[0]), let l = GdbPackets.number(p[1]), l <= 1 << 20 else { return nil }
        return (a, Int(l))
    }

    /// Guest bytes gdb may read: the longest readable prefix (executable-only pages too).
    func readGuest(_ addr: UInt64, _ length: Int) -> [UInt8] {
        let memory = engine.memory
        var out: [UInt8] = []
        var a = addr
        let end = addr &+ UInt64(length)
        while a < end, a >= addr {
            let pageEnd = GuestMemory.pageDown(a) &+ GuestMemory.pageSize
            let n = min(end, pageEnd) &- a
            guard memory.isAccessible(a, n, .read) || memory.isAccessible(a, n, .exec) else { break }
            out += UnsafeRawBufferPointer(start: memory.host(a), count: Int(n))
            a = a &+ n
        }
        return out
    }

    func readMemory(_ body: Substring) -> Outcome {
        guard let (addr, length) = addressAndLength(body) else { return Self.malformed }
        if length == 0 { return .reply("") }
        let bytes = monitor.withLock { withWatchesLifted(addr, length) { readGuest(addr, length) } }
        return .reply(bytes.isEmpty ? "E14" : GdbPackets.hex(bytes))
    }

    func writeGuest(_ addr: UInt64, _ bytes: [UInt8]) -> Outcome {
        let memory = engine.memory
        guard memory.isAccessible(addr, UInt64(bytes.count), .write) else { return .reply("E14") }
        monitor.withLock {
            withWatchesLifted(addr, bytes.count) {
                memory.hostWillWrite(addr, UInt64(bytes.count))
                memory.writeBytes(addr, bytes)
            }
        }
        return .reply("OK")
    }

    func writeMemory(_ body: Substring) -> Outcome {
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let (addr, length) = addressAndLength(parts[0]),
              let bytes = GdbPackets.bytes(fromHex: parts[1]), bytes.count == length else { return Self.malformed }
        if length == 0 { return .reply("OK") }
        return writeGuest(addr, bytes)
    }

    func writeMemoryBinary(_ payload: [UInt8]) -> Outcome {
        guard let colon = payload.firstIndex(of: UInt8(ascii: ":")),
              let (addr, length) = addressAndLength(Substring(String(decoding: payload[1..<colon], as: UTF8.self))) else {
            return Self.malformed
        }
        let bytes = GdbPackets.unescape(payload[(colon + 1)...])
        guard bytes.count == length else { return Self.malformed }
        if length == 0 { return .reply("OK") }
        return writeGuest(addr, bytes)
    }

    // MARK: running

    /// c [addr], s [addr], C sig[;addr], S sig[;addr]: the continue thread (Hc) or the
    /// last stop's steps; with c every thread runs.
    func simpleResume(_ op: Character, _ body: Substring) -> Outcome {
        var signal: Int32 = 0
        var addrText = body
        if op == "C" || op == "S" {
            let p = body.split(separator: ";", maxSplits: 1)
            guard let s = p.first, let g = Int32(s, radix: 16) else { return Self.malformed }
            signal = GdbSignals.linux(g)
            addrText = p.count > 1 ? p[1] : ""
        }
        var newPC: UInt64?
        if !addrText.isEmpty {
            guard let a = GdbPackets.number(addrText) else { return Self.malformed }
            newPC = a
        }
        monitor.withLock {
            let tid = continueThread > 0 && record(continueThread) != nil ? continueThread : currentTid()
            if let newPC, let r = record(tid) { r.thread.pc = newPC }
            if op == "c" || op == "C" {
                resume([(tid, .run(signal: signal)), (nil, .run(signal: 0))])
            } else {
                resume([(tid, .step(signal: signal))])
            }
        }
        return .none
    }

    func vPacket(_ text: String) -> Outcome {
        if text == "vCont?" { return .reply("vCont;c;C;s;S") }
        if text.hasPrefix("vCont;") {
            var actions: [(tid: Int32?, action: ThreadRecord.Action)] = []
            for part in text.dropFirst("vCont;".count).split(separator: ";") {
                let p = part.split(separator: ":", maxSplits: 1)
                guard let a = p.first, let kind = a.first else { return Self.malformed }
                var tid: Int32?
                if p.count == 2 {
                    guard let t = parseThreadID(p[1]) else { return Self.malformed }
                    if t != -1 { tid = t }
                }
                var signal: Int32 = 0
                if kind == "C" || kind == "S" {
                    guard let g = Int32(a.dropFirst(), radix: 16) else { return Self.malformed }
                    signal = GdbSignals.linux(g)
                }
                switch kind {
                case "c", "C": actions.append((tid, .run(signal: signal)))
                case "s", "S": actions.append((tid, .step(signal: signal)))
                default: return .reply("")   // t, r: not offered in vCont?
                }
            }
            monitor.withLock { resume(actions) }
            return .none
        }
        if text == "vCtrlC" {
            interrupt()
            return .reply("OK")
        }
        if text.hasPrefix("vKill") {
            // "OK" first: gdb waits for it ("vKill;pid" in the Packets section).
            send("OK")
            kill(getpid(), SIGKILL)
            return .close(nil)
        }
        if text.hasPrefix("vFile:") { return hostIO(text) }
        if text == "vMustReplyEmpty" { return .reply("") }
        return .reply("")
    }

    // MARK: breakpoints and watchpoints

    /// Z/z type,addr,kind
    func breakOrWatch(insert: Bool, _ body: Substring) -> Outcome {
        let p = body.split(separator: ",")
        guard p.count >= 3, let type = Int(p[0]), let addr = GdbPackets.number(p[1]),
              let kind = GdbPackets.number(p[2].split(separator: ";").first ?? "") else { return Self.malformed }
        return monitor.withLock {
            // The fork child's breakpoints are its own business (ForkEvents).
            if generalIsForkChild { return type <= 4 ? .reply("OK") : .reply("") }
            switch type {
            case 0, 1:
                if insert { if type == 0 { softwareBreakpoints.insert(addr) } else { hardwareBreakpoints.insert(addr) } }
                else if type == 0 { softwareBreakpoints.remove(addr) } else { hardwareBreakpoints.remove(addr) }
                engine.cache.setBreakpoint(addr, softwareBreakpoints.contains(addr) || hardwareBreakpoints.contains(addr))
                return .reply("OK")
            case 2, 3, 4:
                guard kind > 0, kind <= 1 << 20, addr < GuestMemory.addressLimit else { return .reply("E22") }
                let w = Watchpoint(addr: addr, length: kind, kind: type == 2 ? .write : type == 3 ? .read : .access)
                if insert { addWatchpoint(w) } else { removeWatchpoint(w) }
                return .reply("OK")
            default:
                return .reply("")
            }
        }
    }
}
