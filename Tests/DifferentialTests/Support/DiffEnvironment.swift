import Foundation
import GuestTestSupport
import XCTest

/// Settings (environment variables; README.md next to the harnesses has the list).
struct DiffSettings {
    /// XRUN_DIFF_SEED (decimal or 0x-hex). The default is fixed so CI runs are repeatable.
    var seed: UInt64 = 0x5eed_2026
    /// XRUN_DIFF_CASES: cases per group; nil = the group's CI count.
    var cases: Int?
    /// XRUN_DIFF_FIRST: index of the first case (with XRUN_DIFF_CASES=1, one case).
    var first: UInt64 = 0
    /// XRUN_DIFF_BATCH: cases per emulator process.
    var batch = 4000
    /// XRUN_DIFF_REPORTS: mismatches printed in full per group (all are counted).
    var reports = 8
    /// XRUN_DIFF_EMULATOR: the emulator under test instead of xrun (words: path and
    /// arguments, e.g. "qemu-aarch64 -cpu cortex-a76" to check the harness against itself).
    var emulator: [String]?
    /// XRUN_DIFF_TIMEOUT: seconds one emulator process may take (default 300).
    var timeout: Double = 300
    /// XRUN_DIFF_STRICT=1: also generate the encodings of known, still open xrun gaps
    /// (KNOWN-DIFFERENCES.md, "Open in xrun"), which CI leaves out.
    var strict = false
    /// XRUN_DIFF_KEEP=1: keep the scratch directory (input, both outputs) and print its path.
    var keep = false
    /// XRUN_DIFF_TIERS: `interpreter` or `native` runs xrun in that tier only (by hand,
    /// to halve the time); default both, each compared with qemu and with the other.
    var tiers: [Tier?] = Tier.allCases

    static let current: DiffSettings = {
        let env = ProcessInfo.processInfo.environment
        var s = DiffSettings()
        func number(_ name: String) -> UInt64? {
            guard let t = env[name]?.trimmingCharacters(in: .whitespaces), !t.isEmpty else { return nil }
            if t.hasPrefix("0x") { return UInt64(t.dropFirst(2), radix: 16) }
            return UInt64(t.replacingOccurrences(of: "_", with: ""))
        }
        if let v = number("XRUN_DIFF_SEED") { s.seed = v }
        if let v = number("XRUN_DIFF_CASES") { s.cases = Int(v) }
        if let v = number("XRUN_DIFF_FIRST") { s.first = v }
        if let v = number("XRUN_DIFF_BATCH"), v > 0 { s.batch = Int(v) }
        if let v = number("XRUN_DIFF_REPORTS") { s.reports = Int(v) }
        if let v = number("XRUN_DIFF_TIMEOUT"), v > 0 { s.timeout = Double(v) }
        s.keep = env["XRUN_DIFF_KEEP"] == "1"
        s.strict = env["XRUN_DIFF_STRICT"] == "1"
        if let t = env["XRUN_DIFF_TIERS"], let tier = Tier(rawValue: t) { s.tiers = [tier] }
        if let e = env["XRUN_DIFF_EMULATOR"], !e.trimmingCharacters(in: .whitespaces).isEmpty {
            s.emulator = e.split(separator: " ").map(String.init)
        }
        return s
    }()
}

/// The differential tests' own environment; the rest is `TestEnvironment`.
enum DiffEnv {
    /// The xrun under test: XRUN_DIFF_EMULATOR, else the one built next to this test
    /// bundle, else .build/release/xrun, else .build/debug/xrun. Never a skip.
    static func emulatorUnderTest() throws -> [String] {
        if let e = DiffSettings.current.emulator {
            guard let p = TestEnvironment.which(e[0]) else { throw DiffFailure("XRUN_DIFF_EMULATOR: \(e[0]) not found") }
            return [p] + e.dropFirst()
        }
        let candidates = TestEnvironment.xrunCandidates
        for c in candidates where FileManager.default.isExecutableFile(atPath: c) { return [c] }
        throw DiffFailure("build xrun first: swift build -c release (looked for \(candidates.joined(separator: ", ")))")
    }

    /// Compiles a harness with the cross compiler into .build-programs/ (git-ignored),
    /// keyed by a hash of compiler, flags, source and the headers beside it (which the
    /// harnesses share), so it is built once.
    static func harness(source: String, compiler: String, package: String, flags: [String]) throws -> String {
        let cc = try TestEnvironment.requireTool(compiler, package: package)
        let src = TestEnvironment.path(source)
        guard var text = FileManager.default.contents(atPath: src) else { throw DiffFailure("cannot read \(src)") }
        let dirOfSource = URL(fileURLWithPath: src).deletingLastPathComponent().path
        let headers = ((try? FileManager.default.contentsOfDirectory(atPath: dirOfSource)) ?? [])
            .filter { $0.hasSuffix(".h") }.sorted()
        for h in headers { text += FileManager.default.contents(atPath: dirOfSource + "/" + h) ?? Data() }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in Array((cc + " " + flags.joined(separator: " ")).utf8) + Array(text) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let name = URL(fileURLWithPath: src).deletingPathExtension().lastPathComponent
        let dir = TestEnvironment.path(".build-programs/differential/\(name)-\(String(h, radix: 16))")
        let output = dir + "/" + name
        if FileManager.default.isExecutableFile(atPath: output) { return output }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let temp = output + ".tmp\(getpid())"
        let r = try TestEnvironment.runTool(cc, flags + ["-o", temp, src])
        guard r.status == 0, FileManager.default.fileExists(atPath: temp) else {
            throw DiffFailure("compiling \(src) failed:\n\(r.output)")
        }
        guard rename(temp, output) == 0 else { throw DiffFailure("rename \(temp) failed") }
        return output
    }
}

typealias DiffFailure = TestFailure
