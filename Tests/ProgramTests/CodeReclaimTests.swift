import XCTest

/// Translated code is freed: a guest that regenerates code (Tests/Programs/regen.c,
/// a JIT-like loop rewriting a small function) holds bounded memory. The guest prints
/// the process's peak RSS (VmHWM of /proc/self/status, which xrun passes through: its
/// own) at the middle and at the end of its run; without reclaiming, every rewrite
/// leaves a block behind and the second half adds as much as the first.
final class CodeReclaimTests: XCTestCase {
    /// Rewrites per run: 10^5 blocks regenerated (XRUN_TEST_LONG=1: 10^6).
    private var rewrites: Int { TestEnv.long ? 1_000_000 : 100_000 }

    /// Each guest ISA, both tiers.
    func testRegeneratedCodeKeepsPeakRSSBounded() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("peak RSS of xrun's own code memory")
        try runRegen(["\(rewrites)", "3"]) { r, what in
            guard let middle = peakRSS(r.err, "middle"), let end = peakRSS(r.err, "end") else {
                XCTFail("no VmHWM lines: \(what)")
                return
            }
            // Bounded: the second half of the run (as many rewrites as the first)
            // may add only a little (malloc's and the code buffer's slack).
            XCTAssertLessThanOrEqual(end, middle + middle / 8, "peak RSS \(middle) kB → \(end) kB: \(what)")
        }
    }

    /// Four threads each rewrite a code page of their own at once: every result must be
    /// the new function's. The fault handler's queue of written code pages once lost a
    /// page when another thread emptied it between a slot's claim and its store, and
    /// that page's stale blocks ran on (about one run in three of `regen 100000 3 4`).
    /// Runs 3 times (XRUN_TEST_LONG=1: 20).
    func testThreadsRewritingTheirOwnCodeSeeTheirNewCode() throws {
        for _ in 0..<(TestEnv.long ? 20 : 3) {
            try runRegen(["\(rewrites)", "3", "4"]) { _, _ in }
        }
    }

    /// Runs regen with `args` natively and for each guest ISA under the emulator, with
    /// the default budget, with every block compiled at once into a 1 MB code buffer (the
    /// native tier fills it and flushes everything many times), and interpreted;
    /// checks each guest run against the native one, then hands it to `check`.
    private func runRegen(_ args: [String], _ check: (RunResult, String) -> Void) throws {
        let emulator = try Emulator.get()
        let oracle = try runProcess(try CompileCache.build("regen", .host), args)
        XCTAssertEqual(oracle.termination, .exited(0), oracle.summary)
        let settings: [[String: String]] = [[:], ["XRUN_NATIVE_THRESHOLD": "0", "XRUN_CODE_CACHE_MB": "1"],
                                            ["XRUN_NATIVE": "0"]]
        for variant in [BuildVariant.guestStatic, .riscvStatic] {
            let binary = try CompileCache.build("regen", variant)
            for extra in settings {
                let env = TestEnv.baseEnvironment.merging(extra) { $1 }
                let r = try emulator.run(binary, args, emulatorArgs: variant.emulatorArgs, env: env)
                let what = "regen \(args.joined(separator: " ")) [\(variant.rawValue)] \(extra)\n\(r.summary)"
                XCTAssertEqual(r.termination, .exited(0), what)
                XCTAssertEqual(r.out, oracle.out, what)
                check(r, what)
            }
        }
    }

    private func peakRSS(_ stderr: String, _ point: String) -> Int? {
        for line in stderr.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count == 4, words[0] == "VmHWM", words[1] == Substring(point), let kb = Int(words[2]), kb > 0 {
                return kb
            }
        }
        return nil
    }
}
