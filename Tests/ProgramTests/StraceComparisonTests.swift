import XCTest

/// `xrun -strace` against strace(1): a small program (Tests/Programs/linux/strace_*.c) is
/// run natively under `strace -f` and under `xrun -strace` (static, static-pie and
/// dynamic builds), and the two logs must show the same system calls — by name and
/// result — and the same delivered signals. Only what main() does between two marker
/// calls (`openat` of /xrun-strace-begin and /xrun-strace-end) counts, and only the
/// chosen calls and signals: C library start-up, the dynamic loader and calls whose name
/// differs between x86-64 and arm64 stay out. Pids (clone, wait4, getpid) are compared
/// as "a pid".
final class StraceComparisonTests: XCTestCase {
    func testFileCalls() throws {
        try compareStrace("strace_files", calls: ["openat", "read", "write", "close", "lseek", "pread64", "mkdirat",
                                                  "renameat", "pipe2", "dup3", "readlinkat", "unlinkat"])
    }

    func testSignalTimeAndProcessCalls() throws {
        try compareStrace("strace_signals",
                          calls: ["openat", "rt_sigaction", "rt_sigprocmask", "getpid", "kill", "rt_sigreturn",
                                  "rt_sigtimedwait", "clock_nanosleep", "eventfd2", "write", "read", "close", "clone",
                                  "wait4"],
                          signals: ["SIGUSR1"])
    }

    private func compareStrace(_ name: String, calls: Set<String>, signals: Set<String> = [],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("-strace output")
        let strace = try TestEnv.requireTool("strace", package: "strace")
        let program = "linux/" + name
        let host = try CompileCache.build(program, .host)

        let nativeDir = try ScratchDir(name)
        let log = nativeDir.file("strace.log")
        let native = try runProcess(strace, ["-f", "-qq", "-o", log, "-e", "trace=" + calls.sorted().joined(separator: ","),
                                             host], cwd: nativeDir.path)
        guard native.termination == .exited(0), let text = try? String(contentsOfFile: log, encoding: .utf8) else {
            throw TestFailure("strace of the native build failed (is ptrace allowed here?)\n\(native.summary)")
        }
        let expected = Self.events(in: text, calls: calls, signals: signals)
        XCTAssertFalse(expected.isEmpty, "no marked calls in the native strace log:\n\(text)", file: file, line: line)

        for variant in BuildVariant.allGuests {
            let binary = try CompileCache.build(program, variant)
            let dir = try ScratchDir(name)
            let run = try emulator.run(binary, emulatorArgs: variant.emulatorArgs + ["-strace"], cwd: dir.path)
            XCTAssertEqual(run.termination, .exited(0), "\(name) [\(variant.rawValue)]\n\(run.summary)", file: file, line: line)
            let got = Self.events(in: run.err, calls: calls, signals: signals)
            if got != expected {
                let i = zip(got, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(got.count, expected.count)
                XCTFail("""
                    \(name) [\(variant.rawValue)]: xrun -strace differs from strace at event \(i + 1): \
                    got \(i < got.count ? got[i] : "<end>"), strace says \(i < expected.count ? expected[i] : "<end>")
                    xrun:   \(got.joined(separator: "; "))
                    strace: \(expected.joined(separator: "; "))
                    """, file: file, line: line)
            }
        }
    }

    /// "name = result" and "--- SIGNAME" events of the first process (the first pid or
    /// tid in the log) between the marker calls, for the chosen calls and signals.
    static func events(in log: String, calls: Set<String>, signals: Set<String>) -> [String] {
        var out: [String] = []
        var mainID: Substring?
        var inside = false
        var unfinished: [String] = []
        for raw in log.split(separator: "\n") {
            // "<pid> rest": strace -f -o and xrun -strace both start with the thread id.
            guard let space = raw.firstIndex(of: " ") else { continue }
            let id = raw[..<space]
            guard id.allSatisfy(\.isNumber) else { continue }
            if mainID == nil { mainID = id }
            guard id == mainID else { continue }
            let rest = raw[raw.index(after: space)...].drop { $0 == " " }   // strace pads the pid
            if rest.contains("/xrun-strace-begin") { inside = true; continue }
            if rest.contains("/xrun-strace-end") { break }
            guard inside else { continue }
            if rest.hasPrefix("--- ") {
                let sig = rest.dropFirst(4).prefix { $0 != " " }
                if signals.contains(String(sig)) { out.append("--- " + sig) }
                continue
            }
            // A call another process interrupted: "name(args <unfinished ...>", then
            // "<... name resumed>...) = result".
            var callName: String
            if rest.hasPrefix("<... ") {
                callName = String(rest.dropFirst(5).prefix { $0 != " " })
                unfinished.removeAll { $0 == callName }
            } else {
                callName = String(rest.prefix { $0 != "(" })
                if rest.hasSuffix("<unfinished ...>") {
                    unfinished.append(callName)
                    continue
                }
            }
            // strace pads the result to a column: ")   = 14".
            guard calls.contains(callName), let eq = rest.range(of: " = ", options: .backwards) else { continue }
            let words = rest[eq.upperBound...].split(separator: " ")
            guard let first = words.first else { continue }
            var result = String(first)
            if result == "-1", words.count > 1 { result += " " + words[1] }
            if ["clone", "getpid", "wait4"].contains(callName), let v = Int(result), v > 0 { result = "a pid" }
            out.append(callName + " = " + result)
        }
        return out
    }
}
