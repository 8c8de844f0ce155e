import Foundation
import GuestTestSupport
import XCTest

/// Where things are and how the test run is configured.
///
/// - `XRUN_TEST_EMULATOR`: the emulator to test (a path or a command on PATH, optionally
///   followed by its own arguments, e.g. `qemu-aarch64` to check the tests themselves).
///   Default: the `xrun` built next to this test bundle, else `.build/release/xrun`,
///   else `.build/debug/xrun`.
/// - `XRUN_TEST_LONG=1`: extra and bigger cases, for runs by hand.
/// - `XRUN_TEST_TIMEOUT`: seconds before a single process is killed (default 120).
/// - `CI`: when set (other than "false"/"0"), a missing tool or fixture is a failure,
///   never a skip.
/// (What is not particular to the program tests is `TestEnvironment`'s.)
enum TestEnv {
    static var packageRoot: String { TestEnvironment.packageRoot }
    static func path(_ relative: String) -> String { TestEnvironment.path(relative) }

    static let programsDir = path("Tests/Programs")
    static let compileCacheDir = path(".build-programs")

    static var isCI: Bool { TestEnvironment.isCI }

    static var long: Bool { ProcessInfo.processInfo.environment["XRUN_TEST_LONG"] == "1" }

    static var timeout: Double {
        if let s = ProcessInfo.processInfo.environment["XRUN_TEST_TIMEOUT"], let v = Double(s), v > 0 { return v }
        return 120
    }

    /// The environment every program under test gets (plus what a test adds): no locale,
    /// fixed time zone, nothing from the developer's shell.
    static let baseEnvironment: [String: String] = [
        "PATH": "/usr/bin:/bin",
        "LC_ALL": "C",
        "TZ": "UTC",
        "HOME": "/nonexistent",
    ]

    static func missing(_ message: String) throws -> Never { try TestEnvironment.missing(message) }
    static func which(_ name: String) -> String? { TestEnvironment.which(name) }
    static func requireTool(_ name: String, package: String) throws -> String {
        try TestEnvironment.requireTool(name, package: package)
    }
}

typealias TestFailure = GuestTestSupport.TestFailure

/// The emulator under test.
struct Emulator: Sendable {
    let path: String
    /// Arguments placed before the guest program (from XRUN_TEST_EMULATOR).
    let arguments: [String]
    /// True for xrun itself; checks of xrun's own CLI behaviour need it.
    let isXrun: Bool

    /// Found once per test process; nil with the reason when there is none.
    private static let located: Result<Emulator, TestFailure> = locate()

    static func get() throws -> Emulator { try located.get() }

    private static func locate() -> Result<Emulator, TestFailure> {
        let env = ProcessInfo.processInfo.environment
        if let spec = env["XRUN_TEST_EMULATOR"], !spec.trimmingCharacters(in: .whitespaces).isEmpty {
            let words = spec.split(separator: " ").map(String.init)
            guard let p = TestEnv.which(words[0]) else {
                return .failure(TestFailure("XRUN_TEST_EMULATOR=\(spec): \(words[0]) is not an executable file or on PATH"))
            }
            return .success(found(p, Array(words.dropFirst())))
        }
        let candidates = TestEnvironment.xrunCandidates
        for c in candidates where FileManager.default.isExecutableFile(atPath: c) {
            return .success(found(c, []))
        }
        return .failure(TestFailure("build xrun first: swift build -c release (looked for \(candidates.joined(separator: ", ")); or set XRUN_TEST_EMULATOR)"))
    }

    private static func found(_ path: String, _ args: [String]) -> Emulator {
        let e = Emulator(path: path, arguments: args,
                         isXrun: URL(fileURLWithPath: path).lastPathComponent.hasPrefix("xrun"))
        FileHandle.standardError.write("ProgramTests: emulator \(([path] + args).joined(separator: " "))\n".data(using: .utf8)!)
        return e
    }

    /// Runs `program` (a guest binary) under the emulator.
    func run(_ program: String, _ args: [String] = [], emulatorArgs: [String] = [], stdin: [UInt8] = [],
             env: [String: String] = TestEnv.baseEnvironment, cwd: String? = nil,
             timeout: Double = TestEnv.timeout) throws -> RunResult {
        try runProcess(path, arguments + emulatorArgs + [program] + args, stdin: stdin, env: env, cwd: cwd,
                       timeout: timeout)
    }

    /// Skip (never fail) a check that only xrun can pass, e.g. xrun's own error messages.
    func requireXrun(_ why: String) throws {
        if !isXrun { throw XCTSkip("\(why): xrun-specific, and XRUN_TEST_EMULATOR is \(path)") }
    }

    /// Whether a guest may execve another guest binary: xrun must handle that itself;
    /// other emulators (qemu-user) only can through a binfmt_misc registration.
    var canExecGuestBinaries: Bool {
        if isXrun { return true }
        return FileManager.default.fileExists(atPath: "/proc/sys/fs/binfmt_misc/qemu-aarch64")
    }
}

/// A fresh scratch directory, removed when the value is dropped.
final class ScratchDir {
    let path: String

    init(_ label: String) throws {
        let base = NSTemporaryDirectory() + "xrun-tests"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let template = base + "/\(label)-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let p = mkdtemp(&bytes) else { throw TestFailure("mkdtemp \(template) failed") }
        path = String(cString: p)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ contents: String, mode: Int = 0o644) throws {
        try write(name, Array(contents.utf8), mode: mode)
    }

    func write(_ name: String, _ bytes: [UInt8], mode: Int = 0o644) throws {
        let p = file(name)
        try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: p, contents: Data(bytes)) else {
            throw TestFailure("cannot create \(p)")
        }
        chmod(p, mode_t(mode))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
