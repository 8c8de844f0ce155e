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
            // libc is opt-in (it does not pay on short strings); the program uses no libz.
            XCTAssertEqual(try calls("default"), [], variant.rawValue)
            let libc = try calls("libc")
            for name in ["memcpy", "memmove", "memset", "memcmp", "strlen", "strcmp", "strchr"] {
                XCTAssertTrue(libc.contains(name), "\(variant.rawValue): \(name) not thunked with -thunk libc: \(libc.sorted())")
            }
            XCTAssertFalse(libc.contains("qsort") || libc.contains("sin"), variant.rawValue)
            let all = try calls("all")
            XCTAssertTrue(all.isSuperset(of: ["qsort", "sin", "log", "pow"]), "\(variant.rawValue): \(all.sorted())")
        }
    }
}
