import Foundation
import XCTest

/// Other people's test suites (issue 15): a fixed, quick selection of CPython 3.13's
/// regression tests (Debian trixie's libpython3.13-testsuite) and of Go's standard-library
/// tests (the host's golang-go, cross-compiled), each run by tools/run-suites under the
/// emulator under test and under trixie's qemu-user 10, for aarch64 and riscv64. The test
/// fails when a test that passes under qemu 10 fails under the emulator, or the emulator
/// crashes where qemu does not (`--check`). The whole suites run by hand:
/// `tools/run-suites cpython --all`, `tools/run-suites go --all`.
final class ForeignSuiteTests: XCTestCase {
    func testCPythonSelectionPassesWhereQemu10Passes() throws {
        for isa in ["aarch64", "riscv64"] {
            let deb = isa == "aarch64" ? "arm64" : "riscv64"
            try requireFixture(".build-debian/trixie-\(deb)/root/usr/lib/python3.13/test/test_posix.py",
                               "tools/fetch-debian-packages --suite trixie --with-deps \(deb) libpython3.13-testsuite python3.13")
        }
        try runSuites(["cpython"])
    }

    func testGoSelectionPassesWhereQemu10Passes() throws {
        _ = try TestEnv.requireTool("go", package: "golang-go")
        if geteuid() != 0 { throw XCTSkip("tools/run-suites go needs root (a private binfmt_misc for qemu)") }
        try runSuites(["go"])
    }

    private func requireFixture(_ relative: String, _ fetch: String) throws {
        if !FileManager.default.fileExists(atPath: TestEnv.path(relative)) {
            try TestEnv.missing("\(relative) is missing: \(fetch) (tools/test does)")
        }
    }

    private func runSuites(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let emulator = try Emulator.get()
        // xrun itself, or xrun behind /usr/bin/env (XRUN_NATIVE=0: the interpreter tier).
        let command = [emulator.path] + emulator.arguments
        if !command.contains(where: { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix("xrun") }) {
            throw XCTSkip("compares xrun with qemu 10, and XRUN_TEST_EMULATOR is \(emulator.path)")
        }
        try requireFixture(".build-debian/trixie-amd64/root/usr/bin/qemu-aarch64",
                           "tools/fetch-debian-packages --suite trixie amd64 qemu-user")
        let xrun = command.joined(separator: " ")
        var env = ProcessInfo.processInfo.environment
        env["XRUN_SUITES_XRUN"] = xrun
        let r = try runProcess("/usr/bin/python3", [TestEnv.path("tools/run-suites")] + args + ["--check"],
                               env: env, cwd: TestEnv.packageRoot, timeout: 3600)
        XCTAssertEqual(r.termination, .exited(0), r.summary, file: file, line: line)
        XCTAssertFalse(r.out.contains("WORSE THAN QEMU"), r.summary, file: file, line: line)
    }
}
