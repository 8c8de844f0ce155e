import XCTest

/// Host-library calls (-thunk, HostCalls): `Tests/Programs/thunks.c` built dynamically
/// for both guests must print what the native build prints with thunks off, on by
/// default, and with every group (libm, qsort) — in the interpreter and with every block
/// compiled — and the -strace log must show that the thunks really ran (or did not).
final class HostCallTests: XCTestCase {
    private let variants: [BuildVariant] = [.guestDynamic, .riscvDynamic]

    private func check(thunks: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try Emulator.get().requireXrun("host-library calls")
        for tier in [["XRUN_NATIVE": "0"], ["XRUN_NATIVE_THRESHOLD": "0"]] {
            var env = TestEnv.baseEnvironment.merging(tier) { $1 }
            env["XRUN_THUNKS"] = thunks
            try checkProgram("thunks", env: env, expect: .exited(0), variants: variants, file: file, line: line)
        }
    }

    func testThunksOff() throws { try check(thunks: "none") }
    func testDefaultThunks() throws { try check(thunks: "default") }
    func testLibcThunks() throws { try check(thunks: "libc") }
    func testAllThunks() throws { try check(thunks: "all") }

    /// libm on the host against the guest's own libm: `Tests/Programs/libm_bits.c`
    /// hashes the result bits and errno of each function over special values and
    /// random inputs (XRUN_TEST_LONG=1: 300000 per function, else 20000). Special
    /// values (C11 Annex F) must agree for every function; random inputs must agree
    /// for the functions on by default (`-thunk help`; libm is opt-in) and are
    /// reported for the rest. Measured with glibc 2.36 on both sides (bookworm host and cross
    /// sysroots): all eight agree on 300000 random inputs each, both guests.
    func testLibmBitIdentity() throws {
        try Emulator.get().requireXrun("host-library calls")
        let count = TestEnv.long ? "300000" : "20000"
        // What the catalog turns on by default, from `-thunk help`.
        let help = try Emulator.get().run("-thunk", ["help"]).out
        let libmOn = help.split(separator: "\n").contains { $0.hasPrefix("  libm ") && $0.contains("on by default") }
        let onByDefault: Set<String> = libmOn ? ["sin", "cos", "tan", "exp", "log", "log10", "pow", "atan2"] : []
        for variant in variants {
            let binary = try CompileCache.build("libm_bits", variant)
            func run(_ thunks: String, _ tier: [String: String] = [:]) throws -> [String: String] {
                var env = TestEnv.baseEnvironment.merging(tier) { $1 }
                env["XRUN_THUNKS"] = thunks
                let dir = try ScratchDir("libm-bits")
                let r = try Emulator.get().run(binary, [count], emulatorArgs: variant.emulatorArgs, env: env, cwd: dir.path)
                XCTAssertEqual(r.termination, .exited(0), r.summary)
                var lines: [String: String] = [:]
                for line in r.out.split(separator: "\n") {
                    let w = line.split(separator: " ")
                    if w.count >= 4 { lines["\(w[0]) \(w[1])"] = w[2...].joined(separator: " ") }
                }
                return lines
            }
            let guest = try run("none")
            XCTAssertEqual(guest.count, 16, "\(variant.rawValue): \(guest)")
            var differing: [String] = []
            for tier in [["XRUN_NATIVE": "0"], ["XRUN_NATIVE_THRESHOLD": "0"]] {
                let host = try run("libm", tier)
                for (key, value) in guest.sorted(by: { $0.key < $1.key }) {
                    let fn = String(key.split(separator: " ")[1])
                    if host[key] == value { continue }
                    differing.append(key)
                    if key.hasPrefix("special") || onByDefault.contains(fn) {
                        XCTFail("\(variant.rawValue) \(tier) \(key): guest libm \(value), host libm \(host[key] ?? "missing")")
                    }
                }
            }
            print("libm bit identity [\(variant.rawValue)], \(count) random inputs per function: "
                  + (differing.isEmpty ? "all identical" : "differ: \(differing.joined(separator: ", "))"))
        }
    }

    /// `-strace` names each thunked call; which ones appear follows `-thunk`.
    func testStraceShowsThunkedCalls() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("host-library calls")
        for variant in variants {
            let binary = try CompileCache.build("thunks", variant)
            func calls(_ thunks: String) throws -> Set<String> {
                let dir = try ScratchDir("thunks-strace")
                let r = try emulator.run(binary, [], emulatorArgs: variant.emulatorArgs + ["-strace", "-thunk", thunks],
                                         cwd: dir.path)
                XCTAssertEqual(r.termination, .exited(0), r.summary)
                return Set(r.err.split(separator: "\n").compactMap { line -> String? in
                    let words = line.split(separator: " ")
                    guard words.count > 2, words[1] == "thunk" else { return nil }
                    return String(words[2].prefix { $0 != "(" })
                })
            }
            XCTAssertEqual(try calls("none"), [], variant.rawValue)
            // libc is on by default (it pays since the native tier calls it directly);
            // the program uses no libz.
            let libc = try calls("default")
            for name in ["memcpy", "memmove", "memset", "memcmp", "strlen", "strcmp", "strchr"] {
                XCTAssertTrue(libc.contains(name), "\(variant.rawValue): \(name) not thunked by default: \(libc.sorted())")
            }
            XCTAssertFalse(libc.contains("qsort") || libc.contains("sin"), variant.rawValue)
            XCTAssertEqual(try calls("-libc"), [], variant.rawValue)
            let all = try calls("all")
            XCTAssertTrue(all.isSuperset(of: ["qsort", "sin", "log", "pow"]), "\(variant.rawValue): \(all.sorted())")
        }
    }
}

