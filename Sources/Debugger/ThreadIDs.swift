import Glibc

/// Thread ids on the wire ("thread-id syntax" in gdb's Remote Protocol appendix):
/// `tid` in hex, or `p<pid>.<tid>` once gdb and the stub agreed on `multiprocess+`
/// (gdb then knows the real pid, so `info proc` names /proc/<pid>, and fork
/// events can name the child). `-1` is every thread, `0` any thread.
extension GdbStub {
    var multiprocess: Bool { gdbFeatures.contains("multiprocess") }

    func threadID(_ tid: Int32) -> String {
        multiprocess ? "p\(String(ownerPid, radix: 16)).\(String(tid, radix: 16))" : String(tid, radix: 16)
    }

    /// -1 all, 0 any, else the tid; nil when it does not parse. `p<pid>` alone (or
    /// `p<pid>.-1`) is every thread of that process.
    func parseThreadID(_ s: Substring) -> Int32? {
        var t = s
        if t.first == "p" {
            let parts = t.dropFirst().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let pidText = parts.first, pidText == "-1" || Int32(pidText, radix: 16) != nil else { return nil }
            if parts.count == 1 { return -1 }
            t = parts[1]
        }
        if t == "-1" { return -1 }
        return Int32(t, radix: 16)
    }

    /// The pid of a `p<pid>...` thread id, nil without one.
    func threadPID(_ s: Substring) -> Int32? {
        guard s.first == "p" else { return nil }
        return Int32(s.dropFirst().split(separator: ".", maxSplits: 1).first ?? "", radix: 16)
    }
}
