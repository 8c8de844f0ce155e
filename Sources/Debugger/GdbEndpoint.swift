import Glibc

/// Where the stub listens, from `-g PORT|PATH[,suspend=n]` (QEMU's -g; also
/// XRUN_GDB and QEMU_GDB): a TCP port on the loopback interface, or a Unix socket
/// whose path may hold `%d` for the process id (each process of a multi-process
/// program gets its own). Without `suspend=n` the guest waits for gdb before its
/// first instruction.
public struct GdbEndpoint: Equatable, Sendable {
    public enum Address: Equatable, Sendable {
        case tcp(port: UInt16)
        case unix(path: String)
        /// `fd:N`: a connection to gdb this xrun inherited across execve (ExecEvents).
        case inherited(fd: Int32)
    }
    public var address: Address
    public var suspend: Bool
    /// With `fd:N`: what gdb negotiated with the xrun before the execve.
    public var session: Session?

    /// The protocol state a session carries across execve (`noack`, `features=a/b`,
    /// `pass=2/14` Linux signals, `catch=all|64/63` system calls).
    public struct Session: Equatable, Sendable {
        public var noAck = false
        public var features: [String] = []
        public var passSignals: [Int32] = []
        public var catchSyscalls: [Int]?
    }

    public init(address: Address, suspend: Bool) {
        self.address = address
        self.suspend = suspend
    }

    /// The option's value that gives this endpoint back (`parse(specText)`).
    public var specText: String {
        var parts: [String]
        switch address {
        case .tcp(let port): parts = [String(port)]
        case .unix(let path): parts = [path]
        case .inherited(let fd): parts = ["fd:\(fd)"]
        }
        if !suspend { parts.append("suspend=n") }
        if let s = session {
            if s.noAck { parts.append("noack") }
            parts.append("features=" + s.features.joined(separator: "/"))
            parts.append("pass=" + s.passSignals.map { String($0) }.joined(separator: "/"))
            if let c = s.catchSyscalls { parts.append("catch=" + (c.isEmpty ? "all" : c.map { String($0) }.joined(separator: "/"))) }
        }
        return parts.joined(separator: ",")
    }

    /// Parses the option's value; nil with a reason when it is not one.
    public static func parse(_ spec: String) -> Result<GdbEndpoint, GdbSpecError> {
        var parts = spec.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty else { return .failure(GdbSpecError("'-g' needs a port or a socket path")) }
        parts.removeFirst()
        var suspend = true
        var session: Session?
        let inheritedFD = first.hasPrefix("fd:") ? Int32(first.dropFirst(3)) : nil
        for p in parts {
            switch p {
            case "suspend=n", "suspend=no", "suspend=off": suspend = false
            case "suspend=y", "suspend=yes", "suspend=on": suspend = true
            default:
                guard inheritedFD != nil, session.parseSetting(p) else {
                    return .failure(GdbSpecError("unknown '-g' setting '\(p)' (only suspend=y|n)"))
                }
            }
        }
        if first.hasPrefix("fd:") {
            guard let fd = inheritedFD, fd >= 0 else { return .failure(GdbSpecError("'-g' '\(first)' is not a descriptor")) }
            var e = GdbEndpoint(address: .inherited(fd: fd), suspend: suspend)
            e.session = session ?? Session()
            return .success(e)
        }
        if first.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let port = UInt16(first), port > 0 else { return .failure(GdbSpecError("'-g' port '\(first)' is out of range")) }
            return .success(GdbEndpoint(address: .tcp(port: port), suspend: suspend))
        }
        return .success(GdbEndpoint(address: .unix(path: first), suspend: suspend))
    }

    /// The Unix socket path for process `pid` (`%d` replaced).
    static func expand(_ path: String, pid: Int32) -> String {
        path.replacingOccurrences("%d", with: String(pid))
    }

    /// A listening socket, or nil with the reason.
    func listen(pid: Int32) -> Result<Int32, GdbSpecError> {
        switch address {
        case .inherited: return .success(-1)
        case .tcp(let port):
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { return .failure(GdbSpecError("socket: \(String(cString: strerror(errno)))")) }
            var one: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            var sa = sockaddr_in()
            sa.sin_family = sa_family_t(AF_INET)
            sa.sin_port = port.bigEndian
            sa.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian   // 127.0.0.1: not reachable from elsewhere
            let r = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard r == 0, Glibc.listen(fd, 1) == 0 else {
                let why = String(cString: strerror(errno))
                close(fd)
                return .failure(GdbSpecError("cannot listen for gdb on port \(port): \(why)"))
            }
            return .success(fd)
        case .unix(let template):
            let path = Self.expand(template, pid: pid)
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard fd >= 0 else { return .failure(GdbSpecError("socket: \(String(cString: strerror(errno)))")) }
            var sa = sockaddr_un()
            sa.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            guard bytes.count < MemoryLayout.size(ofValue: sa.sun_path) else {
                close(fd)
                return .failure(GdbSpecError("socket path too long: \(path)"))
            }
            withUnsafeMutableBytes(of: &sa.sun_path) { $0.copyBytes(from: bytes) }
            unlink(path)
            let r = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            guard r == 0, Glibc.listen(fd, 1) == 0 else {
                let why = String(cString: strerror(errno))
                close(fd)
                return .failure(GdbSpecError("cannot listen for gdb on \(path): \(why)"))
            }
            return .success(fd)
        }
    }
}

extension Optional where Wrapped == GdbEndpoint.Session {
    /// One `key=value` of a handed-over session; false when it is none.
    mutating func parseSetting(_ p: String) -> Bool {
        var s = self ?? GdbEndpoint.Session()
        let kv = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let list = kv.count == 2 ? kv[1].split(separator: "/").map(String.init) : []
        switch kv[0] {
        case "noack" where kv.count == 1: s.noAck = true
        case "features" where kv.count == 2: s.features = list
        case "pass" where kv.count == 2:
            let sigs = list.compactMap { Int32($0) }
            guard sigs.count == list.count else { return false }
            s.passSignals = sigs
        case "catch" where kv.count == 2:
            let nrs = list == ["all"] ? [] : list.compactMap { Int($0) }
            guard list == ["all"] || nrs.count == list.count else { return false }
            s.catchSyscalls = nrs
        default: return false
        }
        self = s
        return true
    }
}

public struct GdbSpecError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ d: String) { description = d }
}

extension String {
    /// `replacingOccurrences` without Foundation.
    func replacingOccurrences(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        let t = Array(target.utf8)
        var i = startIndex
        while i < endIndex {
            var j = i, k = 0
            while k < t.count, j < endIndex, self.utf8[j] == t[k] { j = self.utf8.index(after: j); k += 1 }
            if k == t.count { return i..<j }
            i = index(after: i)
        }
        return nil
    }
}
