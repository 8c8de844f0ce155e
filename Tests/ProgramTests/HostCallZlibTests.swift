import Foundation
import XCTest

/// zlib's stream functions as host calls (-thunk inflate,deflate; ZStreamCalls):
/// `Tests/Programs/zlib_thunks.c`, linked against Debian's own arm64 (bookworm, zlib
/// 1.2.13) and riscv64 (trixie, 1.3.1) zlib1g-dev, must print the same with the
/// guest's zlib running as guest code (-thunk none) and as the host's, in the
/// interpreter and with every block compiled; -strace shows which ran on the host.
/// The fixtures: tools/fetch-debian-packages --tree zlib-arm64 arm64 zlib1g zlib1g-dev,
/// and --suite trixie --tree zlib-trixie-riscv64 riscv64 zlib1g zlib1g-dev (tools/test).
final class HostCallZlibTests: XCTestCase {
    struct Guest {
        let name: String
        let compiler: String
        let tree: String
        let libDir: String
        let sysroot: String
        /// The guest's zlib is the host's version (deflate's bytes compared too).
        let sameZlibAsHost: Bool
    }

    static let guests = [
        Guest(name: "aarch64", compiler: "aarch64-linux-gnu-gcc", tree: "zlib-arm64",
              libDir: "lib/aarch64-linux-gnu", sysroot: "/usr/aarch64-linux-gnu", sameZlibAsHost: true),
        Guest(name: "riscv64", compiler: "riscv64-linux-gnu-gcc", tree: "zlib-trixie-riscv64",
              libDir: "usr/lib/riscv64-linux-gnu", sysroot: "/usr/riscv64-linux-gnu", sameZlibAsHost: false),
    ]

    /// The program linked against the fixture's libz.so.1, which it finds at run time
    /// through its rpath (an absolute host path: outside the -L sysroot xrun falls back
    /// to the host's file system, as QEMU does).
    private func build(_ g: Guest) throws -> String {
        let root = TestEnv.path(".build-debian/\(g.tree)/root")
        let lib = root + "/" + g.libDir
        guard FileManager.default.fileExists(atPath: lib + "/libz.so.1"),
              FileManager.default.fileExists(atPath: root + "/usr/include/zlib.h") else {
            try TestEnv.missing("\(g.tree): no Debian zlib1g/zlib1g-dev fixture (tools/test fetches it)")
        }
        let compiler = try TestEnv.requireTool(g.compiler, package: "gcc-\(g.name)-linux-gnu")
        let source = TestEnv.programsDir + "/zlib_thunks.c"
        guard let text = FileManager.default.contents(atPath: source) else { throw TestFailure("cannot read \(source)") }
        let args = ["-O2", "-I", root + "/usr/include", source, lib + "/libz.so.1", "-Wl,-rpath," + lib]
        var h = FNV1a()
        h.add(compiler); h.add(args.joined(separator: " ")); h.add(Array(text))
        let dir = TestEnv.compileCacheDir + "/zlib_thunks-\(h.hex)/\(g.name)"
        let output = dir + "/zlib_thunks"
        if FileManager.default.isExecutableFile(atPath: output) { return output }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let r = try runProcess(compiler, args + ["-o", output], env: TestEnv.baseEnvironment, timeout: 300)
        guard r.termination == .exited(0) else { throw TestFailure("compiling zlib_thunks for \(g.name)\n\(r.summary)") }
        return output
    }

    private func run(_ binary: String, _ g: Guest, thunks: String, tier: [String: String], args: [String] = [],
                     strace: Bool = false) throws -> RunResult {
        var env = TestEnv.baseEnvironment.merging(tier) { $1 }
        env["XRUN_THUNKS"] = thunks
        let scratch = try ScratchDir("zlib-thunks")
        return try Emulator.get().run(binary, args, emulatorArgs: ["-L", g.sysroot] + (strace ? ["-strace"] : []),
                                      env: env, cwd: scratch.path)
    }

    /// Same output with inflate (on by default) and deflate (on by default where the
    /// guest's zlib is the host's version, else opt-in) on the host as with everything
    /// emulated: on aarch64 (1.2.13 = the host's) this proves deflate's bytes identical. Where the guest's zlib is another version than the
    /// host's, deflate's bytes may differ: then the program prints only what
    /// inflating them gives back (its `roundtrip` mode).
    func testSameOutputWithZlibThunks() throws {
        try Emulator.get().requireXrun("host-library calls")
        for g in Self.guests {
            let binary = try build(g)
            for tier in [["XRUN_NATIVE": "0"], ["XRUN_NATIVE_THRESHOLD": "0"]] {
                let reference = try run(binary, g, thunks: "none", tier: tier)
                XCTAssertEqual(reference.termination, .exited(0), reference.summary)
                XCTAssertTrue(reference.out.contains("bad next_in: SIGSEGV"), reference.summary)
                XCTAssertTrue(reference.out.contains("bad gz_header name: SIGSEGV"), reference.summary)
                XCTAssertTrue(reference.out.contains("name \"file.txt\""), reference.summary)
                XCTAssertTrue(reference.out.contains("signals during a long deflate/inflate: delivered, round trip exact"), reference.summary)
                XCTAssertTrue(reference.out.contains("thread 3: round trips exact, allocator live 0 foreign 0 used yes"), reference.summary)
                // The guest's zalloc/zfree: window allocated midway, a failing one, hooks on one side.
                XCTAssertTrue(reference.out.contains("counted inflate: allocs 2 frees 2"), reference.summary)
                XCTAssertTrue(reference.out.contains("inflate with 1 blocks: init 0 inflate -4"), reference.summary)
                XCTAssertTrue(reference.out.contains("deflateInit with 1 blocks: Z_MEM_ERROR"), reference.summary)
                XCTAssertTrue(reference.out.contains("zfree only: init 0 opaque NULL"), reference.summary)
                XCTAssertFalse(reference.out.contains("DIFFERENT"), reference.summary)
                let inflate = try run(binary, g, thunks: "default", tier: tier)
                XCTAssertEqual(inflate.termination, .exited(0), inflate.summary)
                XCTAssertEqual(inflate.out, reference.out, "\(g.name) \(tier): inflate on the host\n\(inflate.summary)")
                let args = g.sameZlibAsHost ? [] : ["roundtrip"]
                let reference2 = args.isEmpty ? reference : try run(binary, g, thunks: "none", tier: tier, args: args)
                let both = try run(binary, g, thunks: "default,deflate", tier: tier, args: args)
                XCTAssertEqual(both.termination, .exited(0), both.summary)
                XCTAssertEqual(both.out, reference2.out, "\(g.name) \(tier): inflate and deflate on the host\n\(both.summary)")
            }
        }
    }

    /// -strace names the stream calls that ran on the host, following -thunk.
    func testStraceShowsStreamCalls() throws {
        try Emulator.get().requireXrun("host-library calls")
        for g in Self.guests {
            let binary = try build(g)
            func calls(_ thunks: String) throws -> Set<String> {
                let r = try run(binary, g, thunks: thunks, tier: [:], args: ["roundtrip"], strace: true)
                XCTAssertEqual(r.termination, .exited(0), r.summary)
                return Set(r.err.split(separator: "\n").compactMap { line -> String? in
                    let words = line.split(separator: " ")
                    guard words.count > 2, words[1] == "thunk" else { return nil }
                    return String(words[2].prefix { $0 != "(" })
                })
            }
            let byDefault = try calls("default")
            XCTAssertTrue(byDefault.isSuperset(of: ["inflateInit2_", "inflate", "inflateEnd", "inflateCopy", "inflateMark",
                                                     "inflateGetHeader", "inflateReset"]),
                          "\(g.name): \(byDefault.sorted())")
            // deflate is on by default only where the guest's zlib is the host's version.
            XCTAssertEqual(byDefault.contains("deflate"), g.sameZlibAsHost, "\(g.name): \(byDefault.sorted())")
            XCTAssertFalse(try calls("-deflate").contains("deflate"), g.name)
            let both = try calls("deflate")
            XCTAssertTrue(both.isSuperset(of: ["deflateInit2_", "deflate", "deflateEnd", "deflateCopy", "deflateParams",
                                               "deflateBound", "deflatePending", "deflateSetHeader"]), "\(g.name): \(both.sorted())")
            XCTAssertTrue(try calls("none").isEmpty, g.name)
        }
    }
}
