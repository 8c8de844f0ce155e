import Foundation
import XCTest

/// xrun as a test harness's runner: the CMake project Tests/Fixtures/cmake-runner,
/// cross-compiled with aarch64-linux-gnu-gcc, names the emulator in
/// CMAKE_CROSSCOMPILING_EMULATOR and ctest runs every test program through it. Five
/// tests: one passes (and says it ran on aarch64), one must fail (WILL_FAIL), one needs
/// its ENVIRONMENT property (and its twin without it must fail), one checks arguments
/// and the working directory. Static test programs with the emulator alone, dynamic
/// ones with the emulator given as a list `xrun;-L;/usr/aarch64-linux-gnu`.
final class RunnerTests: XCTestCase {
    static let fixture = TestEnv.path("Tests/Fixtures/cmake-runner")
    static let tests = ["passes", "fails", "env", "env_missing", "args"]

    func testCTestRunsStaticTestProgramsThroughTheEmulator() throws {
        try checkCTest(linkStatic: true, emulatorOptions: [])
    }

    func testCTestRunsDynamicTestProgramsThroughAnEmulatorList() throws {
        try checkCTest(linkStatic: false, emulatorOptions: ["-L", "/usr/aarch64-linux-gnu"])
    }

    private func checkCTest(linkStatic: Bool, emulatorOptions: [String],
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let emulator = try Emulator.get()
        let cmake = try TestEnv.requireTool("cmake", package: "cmake")
        let ctest = try TestEnv.requireTool("ctest", package: "cmake")
        _ = try TestEnv.requireTool("aarch64-linux-gnu-gcc", package: "gcc-aarch64-linux-gnu and libc6-dev-arm64-cross")
        var generator = ["-G", "Unix Makefiles"]
        if TestEnv.which("ninja") != nil {
            generator = ["-G", "Ninja"]
        } else {
            _ = try TestEnv.requireTool("make", package: "ninja-build or make")
        }
        let dir = try ScratchDir("cmake-runner")
        let build = dir.file("build")
        let runner = [emulator.path] + emulator.arguments + emulatorOptions
        let env = TestEnv.baseEnvironment

        let configure = try runProcess(cmake, ["-S", Self.fixture, "-B", build] + generator + [
            "-DCMAKE_TOOLCHAIN_FILE=\(Self.fixture)/aarch64-linux-gnu.cmake",
            "-DXRUN=\(runner.joined(separator: ";"))",
            "-DLINK_STATIC=\(linkStatic ? "ON" : "OFF")",
        ], env: env, timeout: 300)
        guard configure.termination == .exited(0) else { throw TestFailure("cmake configure failed\n\(configure.summary)") }
        let compile = try runProcess(cmake, ["--build", build], env: env, timeout: 300)
        guard compile.termination == .exited(0) else { throw TestFailure("cmake --build failed\n\(compile.summary)") }

        // The emulator and its options are what ctest will run.
        let testfile = try String(contentsOfFile: build + "/CTestTestfile.cmake", encoding: .utf8)
        let quoted = runner.map { "\"\($0)\"" }.joined(separator: " ")
        XCTAssertTrue(testfile.contains("add_test(passes \(quoted) \"\(build)/passes\")"),
                      "CTestTestfile.cmake does not run the test programs through \(quoted):\n\(testfile)", file: file, line: line)

        let r = try runProcess(ctest, ["--output-on-failure", "--timeout", "\(Int(TestEnv.timeout))"], env: env, cwd: build,
                               timeout: TestEnv.timeout * 2)
        XCTAssertEqual(r.termination, .exited(0), "ctest failed\n\(r.summary)", file: file, line: line)
        XCTAssertTrue(r.out.contains("100% tests passed, 0 tests failed out of \(Self.tests.count)"), r.summary,
                      file: file, line: line)
        for t in Self.tests {
            let passed = r.out.split(separator: "\n").contains { $0.contains(": \(t) ") && $0.contains("Passed") }
            XCTAssertTrue(passed, "ctest did not report \(t) as passed\n\(r.summary)", file: file, line: line)
        }

        // The failing test fails for its own reason: the guest's exit status comes through.
        let fails = try runProcess(runner[0], Array(runner.dropFirst()) + [build + "/fails"], env: env)
        XCTAssertEqual(fails.termination, .exited(3), fails.summary, file: file, line: line)
        XCTAssertEqual(fails.err, "fails: as it should\n", fails.summary, file: file, line: line)
    }
}
