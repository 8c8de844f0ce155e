import Foundation
import XCTest

/// The guest's brk and mmap layout must not depend on where the host's address-space
/// randomization put the emulator: the guest region is one reservation and xrun places
/// the program, the break (right after the program's data, fs/binfmt_elf.c) and the
/// mmap area (top-down below the stack) inside it itself. The class of 2025's
/// "ldconfig segfaults under QEMU" reports — Debian's static-pie ldconfig, whose break
/// landed on a mapping — must not exist. Each check runs with the host's randomization
/// as the system has it (randomize_va_space, normally 2) and without (setarch -R, the
/// personality ADDR_NO_RANDOMIZE: what randomize_va_space 0 gives this process tree),
/// many times each (XRUN_TEST_LONG=1: 500).
final class AddressLayoutTests: XCTestCase {
    /// Runs of ldconfig per host setting (building the cache and listing it).
    static let ldconfigRuns = TestEnv.long ? 500 : 50
    /// Runs of layout.c per host setting and build (five builds).
    static let layoutRuns = TestEnv.long ? 500 : 10

    /// The host settings: the prefix that starts the emulator under each.
    static let hostSettings: [(name: String, prefix: [String])] = [
        ("randomized", []), ("setarch -R", ["-R"]),
    ]

    private func setarch() throws -> String { try TestEnv.requireTool("setarch", package: "util-linux") }

    private func run(_ setting: [String], _ emulator: Emulator, _ program: String, _ args: [String],
                     emulatorArgs: [String], cwd: String? = nil) throws -> RunResult {
        if setting.isEmpty { return try emulator.run(program, args, emulatorArgs: emulatorArgs, cwd: cwd) }
        return try runProcess(try setarch(), setting + [emulator.path] + emulator.arguments + emulatorArgs + [program] + args,
                              cwd: cwd)
    }

    /// linux/layout.c: the break grows in 1 MiB steps between 1 MiB mmaps and never
    /// lands on a mapping; every guest build must print what the native build prints.
    func testBreakAndMappingsDoNotCollide() throws {
        let emulator = try Emulator.get()
        let variants: [BuildVariant] = emulator.isXrun ? BuildVariant.allGuests + BuildVariant.riscvGuests : BuildVariant.allGuests
        let oracle = try runProcess(try CompileCache.build("linux/layout", .host), ["64"])
        XCTAssertEqual(oracle.termination, .exited(0), oracle.summary)
        for variant in variants {
            let binary = try CompileCache.build("linux/layout", variant)
            for setting in Self.hostSettings {
                for i in 0..<Self.layoutRuns {
                    let r = try run(setting.prefix, emulator, binary, ["64"], emulatorArgs: variant.emulatorArgs)
                    if !assertSameRun(r, oracle, what: "layout [\(variant.rawValue), \(setting.name)] run \(i + 1)") { break }
                }
            }
        }
    }

    /// Debian trixie's arm64 ldconfig (libc-bin: a static-pie program) builds a cache of
    /// the arm64 fixture root's libraries (-L: its trusted directories are the root's),
    /// again and again: every run ends with status 0 and writes the same cache.
    func testDebianLdconfigRunsAgainAndAgain() throws {
        let ldconfig = TestEnv.path(".build-debian/trixie-arm64/root/usr/sbin/ldconfig")
        let root = TestEnv.path(".build-debian/arm64/root")
        guard FileManager.default.fileExists(atPath: ldconfig),
              FileManager.default.fileExists(atPath: root + "/lib/aarch64-linux-gnu/libc.so.6") else {
            try TestEnv.missing("no arm64 ldconfig or libc6 root: tools/fetch-debian-packages --suite trixie arm64 libc-bin "
                                + "and tools/fetch-debian-packages arm64 libc6")
        }
        let emulator = try Emulator.get()
        let scratch = try ScratchDir("ldconfig")
        try scratch.write("ld.so.conf", "")
        var first: String?
        for setting in Self.hostSettings {
            for i in 0..<Self.ldconfigRuns {
                let cache = scratch.file("ld.so.cache")
                let made = try run(setting.prefix, emulator, ldconfig,
                                   ["-C", cache, "-f", scratch.file("ld.so.conf"), "-X"], emulatorArgs: ["-L", root])
                let what = "ldconfig [\(setting.name)] run \(i + 1)"
                guard made.termination == .exited(0) else {
                    XCTFail("\(what) building the cache\n\(made.summary)")
                    break
                }
                let listed = try run(setting.prefix, emulator, ldconfig, ["-p", "-C", cache], emulatorArgs: ["-L", root])
                guard listed.termination == .exited(0) else {
                    XCTFail("\(what) listing the cache\n\(listed.summary)")
                    break
                }
                let out = String(decoding: listed.stdout, as: UTF8.self)
                if first == nil {
                    first = out
                    XCTAssertTrue(out.contains("libc.so.6 (libc6,AArch64) => /lib/aarch64-linux-gnu/libc.so.6"),
                                  "\(what): libc.so.6 not in the cache\n\(out)")
                }
                if out != first {
                    XCTFail("\(what): another cache than the first run's: \(firstDifference(out, first!))")
                    break
                }
                unlink(cache)
            }
        }
    }
}
