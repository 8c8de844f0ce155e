import Foundation
import GuestTestSupport
import XCTest

/// The ELF loader under fuzzed input (issue 16): the seed corpus tools/src/fuzz_elf_seeds.py
/// writes, the regression corpus Tests/Fixtures/fuzz-elf/regressions (every input a fuzzer
/// ever broke xrun with) and seeded mutations of both, through the in-process target
/// `xrun-fuzz-elf` (built next to xrun) and through xrun itself. Coverage-guided runs are
/// tools/fuzz-elf's (libFuzzer), by hand.
///
/// - `XRUN_FUZZ_SEED`: the mutation seed (default 0x5eed16); `XRUN_TEST_LONG=1`: 200,000
///   mutations instead of 20,000.
final class ElfFuzzTests: XCTestCase {
    static let regressions = TestEnv.path("Tests/Fixtures/fuzz-elf/regressions")

    private var target: String {
        get throws {
            // Built next to the xrun these tests would pick (not necessarily the emulator
            // under test, which may be `env XRUN_NATIVE=0 xrun`): it runs no guest code.
            let candidates = TestEnvironment.xrunCandidates.map {
                URL(fileURLWithPath: $0).deletingLastPathComponent().path + "/xrun-fuzz-elf"
            }
            guard let p = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw TestFailure("xrun-fuzz-elf is missing (looked for \(candidates)): swift build -c release")
            }
            return p
        }
    }

    /// The seed corpus, generated once per test process into a scratch directory.
    nonisolated(unsafe) private static let seeds: Result<ScratchDir, Error> = Result {
        let dir = try ScratchDir("fuzz-elf-seeds")
        let python = try TestEnv.requireTool("python3", package: "python3")
        let r = try runProcess(python, [TestEnv.path("tools/src/fuzz_elf_seeds.py"), dir.path],
                               env: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"], timeout: 300)
        guard r.termination == .exited(0) else { throw TestFailure("generating the seed corpus failed\n\(r.summary)") }
        return dir
    }

    private func corpus() throws -> [String] {
        let seedDir = try Self.seeds.get().path
        return try [seedDir, Self.regressions].flatMap { dir in
            try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix(".") }.sorted().map { dir + "/" + $0 }
        }
    }

    /// Every corpus input in process: no trap, no leaked descriptor, one-line refusals.
    func testCorpusInProcess() throws {
        let r = try runProcess(try target, ["replay"] + (try corpus()), timeout: 300)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        // The real programs among the seeds must load (a broken loader refusing
        // everything would pass the rest).
        for name in ["a64-hello-static", "a64-hello-static-pie", "a64-hello-dynamic", "rv64-hello-static", "rv64-hello-dynamic"] {
            XCTAssertTrue(r.out.contains("/\(name): loaded"), "\(name) did not load\n\(r.summary)")
        }
    }

    /// Seeded mutations of the corpus, in process.
    func testSeededMutationsInProcess() throws {
        let env = ProcessInfo.processInfo.environment
        let seed = env["XRUN_FUZZ_SEED"] ?? "0x5eed16"
        let count = TestEnv.long ? 200_000 : 20_000
        let args = ["mutate", "--seed", seed, "--count", String(count)] + (try corpus())
        let r = try runProcess(try target, args, timeout: 1800)
        XCTAssertEqual(r.termination, .exited(0),
                       "reproduce the last input named with: xrun-fuzz-elf \((args.prefix(5) + ["--dump", "<index>", "<out>"]).joined(separator: " ")) <corpus>\n\(r.summary)")
    }

    /// Every corpus input through xrun: refused with the in-process target's one line and
    /// exit status 126 or 127, or run (whatever the guest then does, but no Swift trap).
    func testCorpusThroughXrun() throws {
        let emulator = try Emulator.get()
        if !emulator.isXrun && !emulator.arguments.contains(where: { $0.hasSuffix("/xrun") }) {
            throw XCTSkip("checks xrun's own refusals; XRUN_TEST_EMULATOR is \(emulator.path)")
        }
        let target = try target
        let dir = try ScratchDir("fuzz-elf-run")
        for input in try corpus() {
            let replay = try runProcess(target, ["replay", input], timeout: 60)
            guard replay.termination == .exited(0) else { XCTFail(replay.summary); continue }
            let copy = dir.file("input")
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.copyItem(atPath: input, toPath: copy)
            chmod(copy, 0o755)
            let r = try emulator.run(copy, [], cwd: dir.path, timeout: 20)
            if replay.out.contains(": refused: ") {
                let lines = r.err.split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count != 2 || !r.err.hasPrefix("xrun: ") || !r.err.contains(": ")
                    || !(r.termination == .exited(126) || r.termination == .exited(127)) {
                    XCTFail("\(input): refused in process (\(replay.out.dropLast())), so xrun must say one line "
                            + "\"xrun: <file>: <problem>\" and exit with 126 or 127\n\(r.summary)")
                }
            } else if r.err.contains("Fatal error") || r.err.contains("Swift runtime failure") {
                XCTFail("\(input): xrun trapped\n\(r.summary)")
            }
        }
    }
}
