import XCTest

/// Differential checks: the same program or command run natively (the oracle) and under
/// the emulator must agree.
extension XCTestCase {
    /// Builds `Tests/Programs/<name>.c` for the host and as static and static-pie guests,
    /// runs each (guests under the emulator) with the same arguments, stdin and
    /// environment, each in a fresh scratch directory that is also its working directory
    /// (`{scratch}` in `args` becomes its path), and requires identical stdout and exit
    /// status or signal (and stderr when `compareStderr`). `expect`, when given, is what
    /// the native run must end with, so a broken oracle is caught too.
    ///
    /// `name` may name a subfolder (`linux/threads`). `variants` are the guest builds to
    /// check (the dynamic one runs with `-L` the cross sysroot); each runs `runs` times,
    /// stopping at its first mismatch (for programs whose threads or signals race).
    func checkProgram(_ name: String, args: [String] = [], stdin: [UInt8] = [],
                      env: [String: String] = TestEnv.baseEnvironment, compareStderr: Bool = false,
                      expect: Termination? = nil, variants: [BuildVariant] = BuildVariant.guests, runs: Int = 1,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        let emulator = try Emulator.get()
        let host = try CompileCache.build(name, .host)
        let guests = try variants.map { ($0, try CompileCache.build(name, $0)) }
        let label = URL(fileURLWithPath: name).lastPathComponent

        func run(_ body: (ScratchDir, [String]) throws -> RunResult) throws -> RunResult {
            let scratch = try ScratchDir(label)
            return try body(scratch, args.map { $0.replacingOccurrences(of: "{scratch}", with: scratch.path) })
        }
        let oracle = try run { s, a in try runProcess(host, a, stdin: stdin, env: env, cwd: s.path) }
        if let expect {
            XCTAssertEqual(oracle.termination, expect, "the native build itself\n\(oracle.summary)", file: file, line: line)
        }
        for (variant, binary) in guests {
            for i in 0..<max(runs, 1) {
                let guest = try run { s, a in
                    try emulator.run(binary, a, emulatorArgs: variant.emulatorArgs, stdin: stdin, env: env, cwd: s.path)
                }
                let what = "\(name) [\(variant.rawValue)]" + (runs > 1 ? " run \(i + 1) of \(runs)" : "")
                if !assertSameRun(guest, oracle, what: what, compareStderr: compareStderr, file: file, line: line) {
                    break
                }
            }
        }
    }

    /// Asserts that `guest` produced what `oracle` did: stdout, termination, maybe stderr.
    @discardableResult
    func assertSameRun(_ guest: RunResult, _ oracle: RunResult, what: String, compareStderr: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line) -> Bool {
        var problems: [String] = []
        if guest.stdout != oracle.stdout {
            problems.append("stdout differs: " + firstDifference(guest.out, oracle.out))
        }
        if guest.termination != oracle.termination {
            problems.append("ended with \(guest.termination), natively \(oracle.termination)")
        }
        if compareStderr && guest.stderr != oracle.stderr {
            problems.append("stderr differs: " + firstDifference(guest.err, oracle.err))
        }
        if !problems.isEmpty {
            XCTFail("\(what): \(problems.joined(separator: "; "))\nunder the emulator:\n\(guest.summary)\nnatively:\n\(oracle.summary)",
                    file: file, line: line)
        }
        return problems.isEmpty
    }
}

/// "line N: got … expected …" for the first line that differs.
func firstDifference(_ got: String, _ expected: String) -> String {
    let g = got.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(g.count, e.count) {
        let gl = i < g.count ? String(g[i]) : "<end>"
        let el = i < e.count ? String(e[i]) : "<end>"
        if gl != el { return "line \(i + 1): got \"\(gl)\", expected \"\(el)\"" }
    }
    return "(same lines; bytes differ)"
}
