import Foundation
import XCTest

/// A guest of the host-call tests (HostCallZlibTests, HostCallDigestTests): a cross
/// compiler and a Debian tree fetched under .build-debian whose library a program of
/// Tests/Programs is linked against. The program finds the library at run time through
/// its rpath, an absolute host path: outside the -L sysroot xrun falls back to the
/// host's file system, as QEMU does.
struct HostCallGuest {
    let name: String
    let compiler: String
    let tree: String
    let libDir: String
    /// The -L sysroot the program runs with.
    let sysroot: String

    var root: String { TestEnv.path(".build-debian/\(tree)/root") }

    /// `Tests/Programs/<program>.c` compiled with `flags` and linked against the tree's
    /// `library`; cached by compiler, arguments and source. Skips the test (TestEnv.missing)
    /// when the fixture lacks the library or one of `needs` (paths in the tree).
    func build(_ program: String, library: String, flags: [String] = [], needs: [String] = []) throws -> String {
        let lib = root + "/" + libDir
        for file in [libDir + "/" + library] + needs where !FileManager.default.fileExists(atPath: root + "/" + file) {
            try TestEnv.missing("\(tree): no \(file) in the Debian fixture (tools/test fetches it)")
        }
        let compiler = try TestEnv.requireTool(self.compiler, package: "gcc-\(name)-linux-gnu")
        let source = TestEnv.programsDir + "/\(program).c"
        guard let text = FileManager.default.contents(atPath: source) else { throw TestFailure("cannot read \(source)") }
        let args = ["-O2"] + flags + [source, lib + "/" + library, "-Wl,-rpath," + lib, "-lpthread"]
        var h = FNV1a()
        h.add(compiler); h.add(args.joined(separator: " ")); h.add(Array(text))
        let dir = TestEnv.compileCacheDir + "/\(program)-\(h.hex)/\(name)"
        let output = dir + "/" + program
        if FileManager.default.isExecutableFile(atPath: output) { return output }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try runProcess(compiler, args + ["-o", output], env: TestEnv.baseEnvironment, timeout: 300)
        guard r.termination == .exited(0) else { throw TestFailure("compiling \(program) for \(name)\n\(r.summary)") }
        return output
    }

    /// Runs `binary` under xrun with XRUN_THUNKS=`thunks` and the tier's variables.
    static func run(_ binary: String, _ args: [String] = [], sysroot: String, thunks: String, tier: [String: String],
                    strace: Bool = false) throws -> RunResult {
        var env = TestEnv.baseEnvironment.merging(tier) { $1 }
        env["XRUN_THUNKS"] = thunks
        let scratch = try ScratchDir("host-calls")
        return try Emulator.get().run(binary, args, emulatorArgs: ["-L", sysroot] + (strace ? ["-strace"] : []),
                                      env: env, cwd: scratch.path)
    }

    /// The interpreter, and every block compiled.
    static let tiers = [["XRUN_NATIVE": "0"], ["XRUN_NATIVE_THRESHOLD": "0"]]

    /// The functions -strace logged as host calls (`tid thunk name(...) = ...`).
    static func thunkedCalls(_ r: RunResult) -> Set<String> {
        Set(r.err.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count > 2, words[1] == "thunk" else { return nil }
            return String(words[2].prefix { $0 != "(" })
        })
    }
}
