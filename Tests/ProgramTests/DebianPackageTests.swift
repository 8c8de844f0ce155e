import Foundation
import XCTest

/// Dynamically linked programs from Debian's packages (an interpreter, a database shell,
/// compressors, coreutils, text tools), unpacked with their dependency closure into a
/// sysroot by `tools/fetch-debian-packages --with-deps ...`, run with `-L` under xrun and
/// under qemu-user `-L` (the reference): stdout, stderr and exit status must be
/// byte-identical. arm64 comes from the system's release, riscv64 from trixie.
final class DebianPackageTests: XCTestCase {
    static let packages = ["lua5.4", "sqlite3", "gzip", "xz-utils", "zstd", "bzip2", "coreutils", "grep", "sed",
                           "gawk", "dash"]

    struct Case {
        let program: String
        let args: [String]
        var stdin: [UInt8] = []
    }

    static let numbers = Array((1...20000).map { "\($0)\n" }.joined().utf8)
    static let text = Array(String(repeating: "the quick brown fox jumps over the lazy dog 0123456789\n", count: 3000).utf8)

    static let cases: [Case] = [
        Case(program: "/usr/bin/lua5.4", args: ["-e", """
            local t = {} for i = 1, 200000 do t[i] = (i * 7919) % 10007 end
            table.sort(t) local s = 0 for _, v in ipairs(t) do s = s + v / 3 end
            print(s, math.sqrt(2), string.format("%.17g %q", math.pi * 1e10, 2^53 + 1))
            local co = coroutine.wrap(function(a) for i = 1, 3 do a = coroutine.yield(a * 2) end end)
            print(co(1), co(2), co(3), ("x"):rep(3, ","), os.time{year=2000, month=1, day=1, hour=0})
            """]),
        Case(program: "/usr/bin/sqlite3", args: [":memory:", """
            create table t(a integer primary key, b text, c real);
            with recursive n(i) as (select 1 union all select i + 1 from n where i < 5000)
              insert into t(b, c) select hex(i * i), i / 7.0 from n;
            select count(*), sum(a), printf('%.6f', sum(c)), min(b), max(b) from t;
            create index ib on t(b); select a from t where b = hex(1234 * 1234);
            select group_concat(a, ',') from (select a from t order by c desc limit 5);
            """]),
        Case(program: "/bin/gzip", args: ["-9c"], stdin: text),
        Case(program: "/usr/bin/xz", args: ["-c"], stdin: numbers),
        Case(program: "/usr/bin/zstd", args: ["-c", "-19"], stdin: numbers),
        Case(program: "/bin/bzip2", args: ["-c"], stdin: numbers),
        Case(program: "/usr/bin/sha256sum", args: ["-"], stdin: text),
        Case(program: "/usr/bin/sort", args: ["-rn"], stdin: numbers),
        Case(program: "/usr/bin/factor", args: ["1234567891011", "600851475143", "18446744073709551557"]),
        Case(program: "/usr/bin/seq", args: ["-f", "%.3e", "0.5", "0.25", "3"]),
        Case(program: "/bin/grep", args: ["-c", "-E", "fox|dog$"], stdin: text),
        Case(program: "/bin/sed", args: ["-E", "s/(o+)/<\\1>/g; 5q"], stdin: text),
        Case(program: "/usr/bin/gawk", args: ["{ s += $1; q += sqrt($1); l += log($1) } END { printf \"%d %.10f %.6e\\n\", s, q, l }"],
             stdin: numbers),
        Case(program: "/usr/bin/wc", args: [], stdin: text),
        Case(program: "/bin/dash", args: ["-c", "i=0; s=0; while [ $i -lt 500 ]; do s=$((s + i * i)); i=$((i + 1)); done; echo $s; printf '%05d|%x\\n' 42 255"]),
        // A host path: qemu does not apply -L to statx paths (xrun does, as for every path call).
        Case(program: "/bin/ls", args: ["-ln", "{root}/usr/bin/lua5.4", "/nonexistent-path"]),
    ]

    func testArm64ProgramsMatchQemu() throws {
        try compare(root: TestEnv.path(".build-debian/arm64/root"), qemu: "qemu-aarch64", fetch: "--with-deps arm64")
    }

    func testRISCV64ProgramsMatchQemu() throws {
        try compare(root: TestEnv.path(".build-debian/trixie-riscv64/root"), qemu: "qemu-riscv64",
                    fetch: "--suite trixie --with-deps riscv64")
    }

    /// The real-world stress of the Linux personality: Debian's arm64 Python 3.11 (a
    /// multi-threaded language runtime: 8 worker threads on a queue, locks, events,
    /// hashlib) against qemu, several runs to catch races.
    func testArm64PythonThreadsMatchQemu() throws {
        let root = TestEnv.path(".build-debian/arm64/root")
        let emulator = try Emulator.get()
        try emulator.requireXrun("compares xrun against qemu-aarch64")
        guard let qemu = TestEnv.which("qemu-aarch64") else { try TestEnv.missing("qemu-aarch64 is not installed (tools/setup)") }
        let python = root + "/usr/bin/python3.11"
        guard FileManager.default.fileExists(atPath: python) else {
            try TestEnv.missing("\(python) is missing: run tools/fetch-debian-packages --with-deps arm64 python3.11")
        }
        let script = TestEnv.path("Tests/Fixtures/python/threads.py")
        let reference = try runProcess(qemu, ["-L", root, python, script])
        XCTAssertEqual(reference.termination, .exited(0), reference.summary)
        for _ in 0..<(TestEnv.long ? 20 : 3) {
            let guest = try emulator.run(python, [script], emulatorArgs: ["-L", root])
            assertSameRun(guest, reference, what: "python3.11 threads.py", compareStderr: true)
        }
    }

    private func compare(root: String, qemu name: String, fetch: String) throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("compares xrun against \(name)")
        guard let qemu = TestEnv.which(name) else { try TestEnv.missing("\(name) is not installed (tools/setup)") }
        guard FileManager.default.fileExists(atPath: root + "/usr/bin/lua5.4") else {
            try TestEnv.missing("\(root) has no Debian packages: run tools/fetch-debian-packages \(fetch) \(Self.packages.joined(separator: " "))")
        }
        for var c in Self.cases {
            c = Case(program: c.program, args: c.args.map { $0.replacingOccurrences(of: "{root}", with: root) }, stdin: c.stdin)
            // Merged-/usr releases keep /bin programs in /usr/bin only.
            var program = root + c.program
            if !FileManager.default.fileExists(atPath: program) { program = root + "/usr" + c.program }
            let reference = try runProcess(qemu, ["-L", root, program] + c.args, stdin: c.stdin)
            let guest = try emulator.run(program, c.args, emulatorArgs: ["-L", root], stdin: c.stdin)
            XCTAssertFalse(reference.stdout.isEmpty && reference.stderr.isEmpty, "\(c.program): the reference printed nothing")
            assertSameRun(guest, reference, what: "\(name): \(c.program) \(c.args.first ?? "")", compareStderr: true)
        }
    }
}
