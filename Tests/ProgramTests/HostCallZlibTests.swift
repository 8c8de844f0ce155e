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
    /// The guest, and whether its zlib is the host's version (deflate's bytes compared too).
    static let guests: [(HostCallGuest, sameZlibAsHost: Bool)] = [
        (HostCallGuest(name: "aarch64", compiler: "aarch64-linux-gnu-gcc", tree: "zlib-arm64",
                       libDir: "lib/aarch64-linux-gnu", sysroot: "/usr/aarch64-linux-gnu"), true),
        (HostCallGuest(name: "riscv64", compiler: "riscv64-linux-gnu-gcc", tree: "zlib-trixie-riscv64",
                       libDir: "usr/lib/riscv64-linux-gnu", sysroot: "/usr/riscv64-linux-gnu"), false),
    ]

    private func build(_ g: HostCallGuest) throws -> String {
        try g.build("zlib_thunks", library: "libz.so.1", flags: ["-I", g.root + "/usr/include"], needs: ["usr/include/zlib.h"])
    }

    private func run(_ binary: String, _ g: HostCallGuest, thunks: String, tier: [String: String], args: [String] = [],
                     strace: Bool = false) throws -> RunResult {
        try HostCallGuest.run(binary, args, sysroot: g.sysroot, thunks: thunks, tier: tier, strace: strace)
    }

    /// Same output with inflate (on by default) and deflate (on by default where the
    /// guest's zlib is the host's version, else opt-in) on the host as with everything
    /// emulated: on aarch64 (1.2.13 = the host's) this proves deflate's bytes identical. Where the guest's zlib is another version than the
    /// host's, deflate's bytes may differ: then the program prints only what
    /// inflating them gives back (its `roundtrip` mode).
    func testSameOutputWithZlibThunks() throws {
        try Emulator.get().requireXrun("host-library calls")
        for (g, sameZlibAsHost) in Self.guests {
            let binary = try build(g)
            for tier in HostCallGuest.tiers {
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
                let args = sameZlibAsHost ? [] : ["roundtrip"]
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
        for (g, sameZlibAsHost) in Self.guests {
            let binary = try build(g)
            func calls(_ thunks: String) throws -> Set<String> {
                let r = try run(binary, g, thunks: thunks, tier: [:], args: ["roundtrip"], strace: true)
                XCTAssertEqual(r.termination, .exited(0), r.summary)
                return HostCallGuest.thunkedCalls(r)
            }
            let byDefault = try calls("default")
            XCTAssertTrue(byDefault.isSuperset(of: ["inflateInit2_", "inflate", "inflateEnd", "inflateCopy", "inflateMark",
                                                     "inflateGetHeader", "inflateReset"]),
                          "\(g.name): \(byDefault.sorted())")
            // deflate is on by default only where the guest's zlib is the host's version.
            XCTAssertEqual(byDefault.contains("deflate"), sameZlibAsHost, "\(g.name): \(byDefault.sorted())")
            XCTAssertFalse(try calls("-deflate").contains("deflate"), g.name)
            let both = try calls("deflate")
            XCTAssertTrue(both.isSuperset(of: ["deflateInit2_", "deflate", "deflateEnd", "deflateCopy", "deflateParams",
                                               "deflateBound", "deflatePending", "deflateSetHeader"]), "\(g.name): \(both.sorted())")
            XCTAssertTrue(try calls("none").isEmpty, g.name)
        }
    }
}
