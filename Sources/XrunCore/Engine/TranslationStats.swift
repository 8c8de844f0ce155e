import Glibc

/// What translation costs, with XRUN_STATS=1: blocks decoded and blocks compiled to
/// x86-64, and the time each took (the rate that decides a big program's start-up).
/// BlockCache keeps it under its lock; the Linux layer prints `summary` on stderr when
/// the process exits. Off, it costs one branch per translated block.
public struct TranslationStats: Sendable {
    public static let enabled: Bool = {
        guard let v = getenv("XRUN_STATS") else { return false }
        return v.pointee != 0 && strcmp(v, "0") != 0
    }()

    public internal(set) var translated = 0
    public internal(set) var translateNanos: UInt64 = 0
    public internal(set) var compiled = 0
    public internal(set) var compileNanos: UInt64 = 0
    /// Static exits chained to their successor's native code (`BlockCache.chain`).
    public internal(set) var chained = 0
    /// Translated code freed (`BlockCache.reclaim`): blocks, reclaims of invalidated
    /// blocks, flushes of everything. Counted whether or not XRUN_STATS is set.
    public internal(set) var freedBlocks = 0
    public internal(set) var reclaims = 0
    public internal(set) var flushes = 0

    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    public var summary: String {
        func rate(_ n: Int, _ ns: UInt64) -> String {
            guard n > 0, ns > 0 else { return "\(n)" }
            let perSecond = Int((Double(n) * 1e9 / Double(ns)).rounded())
            let microseconds = Int((Double(ns) / 1000).rounded())
            return "\(n) in \(microseconds) µs (\(perSecond) per second)"
        }
        return "xrun[\(getpid())]: blocks translated \(rate(translated, translateNanos)); compiled to x86-64 \(rate(compiled, compileNanos)); exits chained \(chained)"
            + (reclaims + flushes > 0 ? "; freed \(freedBlocks) (\(reclaims) reclaims, \(flushes) flushes)" : "")
    }
}
