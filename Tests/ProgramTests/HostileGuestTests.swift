import XCTest
import GuestTestSupport

/// Guests that go for the emulator (issue 16): each program in Tests/Programs/linux/ runs
/// natively (the oracle) and as AArch64 and RISC-V 64 guests, which must print the same.
/// - hostile: descriptors it never opened (close, dup2 onto, fcntl, /proc/self/fd),
///   /proc/self/mem reads and writes of data and code, MADV_DONTNEED and mprotect of
///   code, munmap of the code a thread runs, MAP_FIXED beyond the address space.
/// - stress: 64 threads of futexes, signals, fork + exec, mappings and code rewriting.
/// - sigstorm: SIGURG every ~100 µs to threads in blocking calls and tight loops, with
///   and without SA_RESTART.
/// The racy ones run `runs` times per guest (XRUN_TEST_LONG=1: 100).
final class HostileGuestTests: XCTestCase {
    static let runs = TestEnv.long ? 100 : 2

    private func guests() throws -> [BuildVariant] {
        try Emulator.get().isXrun ? [.guestStatic, .guestDynamic, .riscvStatic] : [.guestStatic, .guestDynamic]
    }

    func testHostileGuestSeesWhatANativeProcessSees() throws {
        try checkProgram("linux/hostile", expect: .exited(0), variants: guests())
    }

    func testSixtyFourThreadsOfEverything() throws {
        try checkProgram("linux/stress", expect: .exited(0), variants: guests(), runs: Self.runs)
    }

    func testSignalStormOnBlockingCallsAndTightLoops() throws {
        try checkProgram("linux/sigstorm", expect: .exited(0), variants: guests(), runs: Self.runs)
    }

    // MARK: - xrun's own output and memory (both tiers, xrun only)

    /// xrun itself (not XRUN_TEST_EMULATOR, which may be a wrapper), both tiers.
    private func xrunTiers() throws -> [(String, [String: String])] {
        guard let path = TestEnvironment.xrunCandidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no xrun build")
        }
        return ["1", "0"].map { tier in (path, TestEnv.baseEnvironment.merging(["XRUN_NATIVE": tier]) { $1 }) }
    }

    /// The guest closes every descriptor above 2, dup2()s onto 1000…1010, sends stderr to
    /// /dev/null and closes it: the -strace log (in the -D file, or on stderr) and the -d
    /// log still get every line to the end, and the guest sees what it sees natively.
    func testLogsOutliveTheGuestsDescriptorGames() throws {
        let nativeDir = try ScratchDir("hostile")
        let native = try runProcess(CompileCache.build("linux/hostile", .host), [], cwd: nativeDir.path)
        for variant in [BuildVariant.guestStatic, .riscvStatic] {
            let program = try CompileCache.build("linux/hostile", variant)
            for (xrun, env) in try xrunTiers() {
                let what = "\(variant.rawValue) XRUN_NATIVE=\(env["XRUN_NATIVE"]!)"
                let scratch = try ScratchDir("hostile-log")
                let toFile = try runProcess(xrun, ["-strace", "-d", "in_asm", "-D", scratch.file("log"), program],
                                            env: env, cwd: scratch.path)
                assertSameRun(toFile, native, what: "\(what) -strace -d in_asm -D log")
                let log = try String(contentsOfFile: scratch.file("log"), encoding: .utf8)
                XCTAssertTrue(log.contains(#"write(1, "done\n", 5) = 5"#) && log.contains("exit_group(0)"),
                              "\(what): the -D log stops early:\n\(log.suffix(600))")
                XCTAssertTrue(log.contains("IN: "), "\(what): no -d in_asm lines")

                let toStderr = try runProcess(xrun, ["-strace", program], env: env, cwd: scratch.path)
                assertSameRun(toStderr, native, what: "\(what) -strace")
                XCTAssertTrue(toStderr.err.contains("exit_group(0)"), "\(what): the -strace lines on stderr stop early:\n\(toStderr.err.suffix(600))")
                XCTAssertFalse(toStderr.err.contains("\ninto /dev/null\n"), "\(what): the guest's own stderr went to xrun's")
            }
        }
    }

    /// MAP_FIXED, MREMAP_FIXED and /proc/self/mem beyond the guest's 1 TiB (xrun's guard
    /// area, heap and code): ENOMEM, EINVAL and EIO, and xrun lives; also under -R.
    func testTheEmulatorsMemoryIsOutOfReach() throws {
        for variant in [BuildVariant.guestStatic, .riscvStatic] {
            let program = try CompileCache.build("linux/hostile", variant)
            for (xrun, env) in try xrunTiers() {
                for extra in [[], ["-R", "0x40000000"]] {
                    let r = try runProcess(xrun, extra + [program, "emulator-space"], env: env)
                    XCTAssertEqual(r.termination, .exited(0), "\(variant.rawValue) \(extra) XRUN_NATIVE=\(env["XRUN_NATIVE"]!)\n\(r.summary)")
                    XCTAssertEqual(r.out, "emulator space refused\n")
                }
            }
        }
    }
}
