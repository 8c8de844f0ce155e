import XCTest

/// Our own C programs (Tests/Programs/*.c), built as static and static-pie AArch64
/// executables and run under the emulator, against the same source built for the host.
final class ProgramTests: XCTestCase {
    func testIntegerArithmetic() throws { try checkProgram("arith", expect: .exited(3)) }
    func testStringFunctions() throws { try checkProgram("strings", expect: .exited(0)) }
    func testMallocStress() throws { try checkProgram("malloc", expect: .exited(0)) }
    func testQsortBsearch() throws { try checkProgram("sort", expect: .exited(4)) }
    func testPrintfFloatingPoint() throws { try checkProgram("floatfmt", expect: .exited(0)) }
    func testMathLibrary() throws { try checkProgram("mathlib", expect: .exited(0)) }
    func testSetjmpLongjmp() throws { try checkProgram("setjmp", expect: .exited(7)) }
    func testFileIO() throws { try checkProgram("fileio", args: ["{scratch}"], expect: .exited(0)) }
    func testSelfModifyingCode() throws { try checkProgram("smc", expect: .exited(0)) }
    func testAutoVectorisedLoops() throws { try checkProgram("vector", expect: .exited(0)) }
    func testProcessesForkPipeWait() throws { try checkProgram("process", expect: .exited(9)) }

    func testEnvironmentArgumentsStdin() throws {
        var env = TestEnv.baseEnvironment
        env["XRT_VALUE"] = "42 with spaces"
        env["XRT_EMPTY"] = ""
        env["XRT_UTF8"] = "grüße ✓"
        let input = (0..<500).map { "stdin line \($0) \(String(repeating: "x", count: $0 % 37))\n" }.joined()
        try checkProgram("envargs", args: ["one", "two words", "", "--flag=x", "ünïcödé", "last"],
                         stdin: Array(input.utf8), env: env, compareStderr: true, expect: .exited(5))
    }

    func testExecveOfItself() throws {
        let emulator = try Emulator.get()
        if !emulator.canExecGuestBinaries {
            throw XCTSkip("\(emulator.path) cannot execve an AArch64 binary without a binfmt_misc registration; xrun must")
        }
        try checkProgram("exec", expect: .exited(6))
    }
}

/// `xrun prog` ends the way the guest does: with its exit status, or killed by the same
/// signal (the emulator process itself must die of it, not just exit with 128+N).
final class ExitStatusTests: XCTestCase {
    /// xrun dies of the guest's signal silently, as the native program does (no
    /// runtime crash report); qemu prints a "core dumped" line, so only xrun is held to it.
    var quietDeath: Bool { (try? Emulator.get().isXrun) ?? true }

    func testExitStatusIsPassedThrough() throws {
        let cases: [(String, Int32)] = [("exit", 0), ("exit", 1), ("return", 2), ("exit", 42), ("_exit", 127),
                                        ("exit", 128), ("return", 200), ("exit", 255), ("exit", 256), ("atexit", 3)]
        for (how, n) in cases {
            try checkProgram("exitcode", args: [how, String(n)], expect: .exited(n & 0xff))
        }
    }

    func testAbortKillsTheEmulatorWithSIGABRT() throws {
        try checkProgram("crash", args: ["abort"], compareStderr: quietDeath, expect: .signaled(SIGABRT))
    }

    func testNullPointerWriteKillsTheEmulatorWithSIGSEGV() throws {
        try checkProgram("crash", args: ["segv"], compareStderr: quietDeath, expect: .signaled(SIGSEGV))
    }

    func testUnmappedReadKillsTheEmulatorWithSIGSEGV() throws {
        try checkProgram("crash", args: ["segv-read"], compareStderr: quietDeath, expect: .signaled(SIGSEGV))
    }

    func testRaisedSIGSEGVKillsTheEmulator() throws {
        try checkProgram("crash", args: ["raise-segv"], compareStderr: quietDeath, expect: .signaled(SIGSEGV))
    }

    func testRaisedSIGTERMKillsTheEmulator() throws {
        try checkProgram("crash", args: ["term"], compareStderr: quietDeath, expect: .signaled(SIGTERM))
    }

    func testSIGKILLToItselfKillsTheEmulator() throws {
        try checkProgram("crash", args: ["kill"], compareStderr: quietDeath, expect: .signaled(SIGKILL))
    }
}

/// The committed sample binaries (samples/aarch64/*) against their sources built for the host.
final class SampleTests: XCTestCase {
    private func checkSample(_ name: String, args: [String] = [], env: [String: String] = TestEnv.baseEnvironment) throws {
        let emulator = try Emulator.get()
        let binary = TestEnv.path("samples/aarch64/\(name)")
        guard FileManager.default.fileExists(atPath: binary) else {
            throw TestFailure("\(binary) is missing: tools/build-samples builds it (and it is committed)")
        }
        let host = try CompileCache.build(TestEnv.path("samples/\(name).c"), .host)
        // Both run as "./<name>" from their own directory, so argv[0] is the same.
        let guestDir = try ScratchDir(name), hostDir = try ScratchDir(name)
        symlink(binary, guestDir.file(name))
        symlink(host, hostDir.file(name))
        let guest = try emulator.run("./" + name, args, env: env, cwd: guestDir.path)
        let oracle = try runProcess(hostDir.file(name), args, argv0: "./" + name, env: env, cwd: hostDir.path)
        assertSameRun(guest, oracle, what: "samples/aarch64/\(name)", compareStderr: true)
    }

    func testHello() throws { try checkSample("hello") }
    func testPrimes() throws {
        try checkSample("primes")
        try checkSample("primes", args: ["100"])
        try checkSample("primes", args: ["1"])           // usage error, status 2
        if TestEnv.long { try checkSample("primes", args: ["50000000"]) }
    }
    func testArgs() throws {
        var env = TestEnv.baseEnvironment
        env["XRUN_SAMPLE"] = "from the test"
        try checkSample("args", args: ["a", "b c", ""], env: env)
    }

    /// XRUN_STATS=1 adds one line on stderr at exit, with the translation counts and
    /// rates (tools/bench's start-up story); the guest's own output is untouched.
    func testTranslationStatsLine() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("XRUN_STATS")
        var env = TestEnv.baseEnvironment
        env["XRUN_STATS"] = "1"
        let r = try emulator.run(TestEnv.path("samples/aarch64/hello"), env: env)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertEqual(r.out, "Hello from AArch64!\n")
        let line = r.err.split(separator: "\n")
        XCTAssertEqual(line.count, 1, r.err)
        let pattern = #/^xrun\[\d+\]: blocks translated ([1-9]\d*) in \d+ µs \(\d+ per second\); compiled to x86-64 \d+/#
        XCTAssertNotNil(line.first.flatMap { try? pattern.firstMatch(in: String($0)) }, r.err)
        env["XRUN_STATS"] = "0"
        XCTAssertEqual(try emulator.run(TestEnv.path("samples/aarch64/hello"), env: env).err, "")
    }
}
