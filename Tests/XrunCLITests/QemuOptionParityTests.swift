import XCTest
@testable import XrunCLI

/// QEMU's command line and environment (qemu-aarch64 -h, QEMU 10): every option with a
/// meaning for xrun is taken with QEMU's spelling, each environment form sets it, XRUN_*
/// before QEMU_*, the command line over both; what cannot apply is a note or one error.
final class QemuOptionParityTests: XCTestCase {
    /// The options of `qemu-aarch64 -h` (QEMU 10.0) with a value where they take one.
    static let qemuOptions: [[String]] = [
        ["-h"], ["-help"], ["-L", "/sysroot"], ["-cpu", "max"], ["-s", "1M"], ["-E", "A=1"], ["-U", "A"], ["-0", "name"],
        ["-r", "6.1.0"], ["-B", "0x100000000"], ["-R", "1G"], ["-d", "in_asm"], ["-dfilter", "0x400000..0x401000"],
        ["-D", "/tmp/log"], ["-p", "4096"], ["-one-insn-per-tb"], ["-tb-size", "64"], ["-strace"], ["-seed", "7"],
        ["-trace", "events=x"], ["-version"], ["-perfmap"], ["-jitdump"],
    ]

    func testEveryQemuOptionIsAccepted() throws {
        for option in Self.qemuOptions {
            XCTAssertNoThrow(try Options.parse(option + ["prog"], env: [:]), option.joined(separator: " "))
            let double = ["-" + option[0]] + option.dropFirst()
            XCTAssertNoThrow(try Options.parse(double + ["prog"], env: [:]), double.joined(separator: " "))
        }
    }

    func testValuesMeanWhatTheyMeanToQemu() throws {
        let o = try Options.parse(["-s", "0x100000", "-R", "2G", "-B", "0x7f0000000000", "-seed", "0x10", "-r", "5.10.0-x",
                                   "-one-insn-per-tb", "-dfilter", "0x1000+0x10,0x3000-0x100,0x5000..0x5fff", "prog"], env: [:])
        XCTAssertEqual(o.stackSize, 1 << 20)
        XCTAssertEqual(o.reservedVA, 2 << 30)
        XCTAssertEqual(o.guestBase, 0x7f00_0000_0000)
        XCTAssertEqual(o.randomSeed, 16)
        XCTAssertEqual(o.unameRelease, "5.10.0-x")
        XCTAssertTrue(o.oneInstructionPerBlock)
        XCTAssertEqual(o.logFilter, [0x1000...0x100f, 0x2f01...0x3000, 0x5000...0x5fff])
        XCTAssertEqual(try Options.parse(["-s", "512k", "p"], env: [:]).stackSize, 512 << 10)
        XCTAssertEqual(try Options.parse(["-s", "010000000", "p"], env: [:]).stackSize, 0o10000000, "leading 0: octal, as strtoul")
        XCTAssertEqual(o.machineOptions, ["-s", "1048576", "-R", "2147483648", "-B", "0x7f0000000000", "-seed", "16",
                                          "-one-insn-per-tb"], "what a re-executed xrun gets")
    }

    /// -E/-U and their environment forms take getsubopt-style comma lists.
    func testEnvironmentListsSplitAtCommas() throws {
        let o = try Options.parse(["-E", "A=1,B=2", "-E", "C=3", "-U", "X,Y", "p"], env: [:])
        XCTAssertEqual(o.setEnv.map { "\($0.0)=\($0.1)" }, ["A=1", "B=2", "C=3"])
        XCTAssertEqual(o.unsetEnv, ["X", "Y"])
        let e = try Options.parse(["p"], env: ["QEMU_SET_ENV": "P=1,Q=x=y", "QEMU_UNSET_ENV": "LD_PRELOAD,LD_DEBUG"])
        XCTAssertEqual(e.setEnv.map { "\($0.0)=\($0.1)" }, ["P=1", "Q=x=y"])
        XCTAssertEqual(e.unsetEnv, ["LD_PRELOAD", "LD_DEBUG"])
    }

    func testEveryQemuEnvironmentVariableSetsItsOption() throws {
        let o = try Options.parse(["p"], env: [
            "QEMU_LD_PREFIX": "/q", "QEMU_ARGV0": "a0", "QEMU_STRACE": "", "QEMU_LOG": "in_asm",
            "QEMU_LOG_FILENAME": "/tmp/q.log", "QEMU_STACK_SIZE": "2M", "QEMU_RESERVED_VA": "4G",
            "QEMU_GUEST_BASE": "0x200000000000", "QEMU_RAND_SEED": "9", "QEMU_UNAME": "4.19", "QEMU_ONE_INSN_PER_TB": "1",
            "QEMU_DFILTER": "0x10..0x20", "QEMU_PERFMAP": "1",
        ])
        XCTAssertEqual(o.sysroot, "/q")
        XCTAssertEqual(o.argv0, "a0")
        XCTAssertTrue(o.strace, "QEMU_STRACE is on when set, as QEMU reads it")
        XCTAssertEqual(o.logItems, [.inAsm])
        XCTAssertEqual(o.logFile, "/tmp/q.log")
        XCTAssertEqual(o.stackSize, 2 << 20)
        XCTAssertEqual(o.reservedVA, 4 << 30)
        XCTAssertEqual(o.guestBase, 0x2000_0000_0000)
        XCTAssertEqual(o.randomSeed, 9)
        XCTAssertEqual(o.unameRelease, "4.19")
        XCTAssertTrue(o.oneInstructionPerBlock)
        XCTAssertEqual(o.logFilter, [0x10...0x20])
        XCTAssertTrue(o.perfMap)
        XCTAssertTrue(try Options.parse([], env: ["QEMU_VERSION": "1"]).showVersion)
    }

    func testXrunNamesComeFirstAndTheCommandLineWins() throws {
        let env = ["XRUN_LD_PREFIX": "/x", "QEMU_LD_PREFIX": "/q", "QEMU_UNAME": "1.0"]
        XCTAssertEqual(try Options.parse(["p"], env: env).sysroot, "/x")
        XCTAssertEqual(try Options.parse(["p"], env: ["QEMU_LD_PREFIX": "/q"]).sysroot, "/q")
        XCTAssertEqual(try Options.parse(["-L", "/cli", "p"], env: env).sysroot, "/cli")
        XCTAssertEqual(try Options.parse(["-r", "2.0", "p"], env: env).unameRelease, "2.0")
        XCTAssertFalse(try Options.parse(["p"], env: ["XRUN_STRACE": "0"]).strace)
    }

    /// Accepted with a note when nothing the guest sees changes; one error otherwise.
    func testWhatCannotApplyIsANoteOrOneError() throws {
        XCTAssertEqual(try Options.parse(["-tb-size", "1024", "-jitdump", "p"], env: [:]).notes.count, 2)
        XCTAssertEqual(try Options.parse(["-p", "4096", "p"], env: [:]).notes, [])
        let refusals: [([String], [String: String], String)] = [
            (["-t", "34 40 4", "p"], [:], "'-t': xrun maps the guest's real-time signals itself; another map is not supported"),
            (["-p", "65536", "p"], [:], "page size '65536': the guest's pages are the host's 4096 bytes"),
            (["-B", "0x1234", "p"], [:], "guest base '0x1234' is not a multiple of the page size (4096)"),
            (["-R", "1M", "p"], [:], "reserved address space '1M' is outside 256 MiB ... 1 TiB"),
            (["-s", "12Q", "p"], [:], "'12Q': unknown size suffix 'Q'"),
            (["-seed", "x", "p"], [:], "'x' is not a number"),
            (["-dfilter", "0x10", "p"], [:], "bad -dfilter range '0x10' (start..end, start+length or end-length)"),
            (["-cpux", "p"], [:], "unknown option '-cpux' (see 'xrun -h')"),
            (["p"], ["QEMU_STACK_SIZE": "lots"], "QEMU_STACK_SIZE=lots: 'lots': unknown size suffix 's'"),
        ]
        for (args, env, message) in refusals {
            XCTAssertThrowsError(try Options.parse(args, env: env), args.joined(separator: " ")) {
                XCTAssertEqual("\($0)", message)
            }
        }
    }

    func testHelpListsEveryOptionAndItsEnvironmentForms() {
        let text = Usage.text(for: try! Invocation(argv0: "/usr/bin/xrun"))
        for spec in OptionTable.all {
            for name in spec.names {
                XCTAssertTrue(text.contains((spec.section == .binfmt ? "--" : "-") + name), name)
            }
            for variable in spec.environment { XCTAssertTrue(text.contains(variable), variable) }
        }
        XCTAssertTrue(text.hasPrefix("usage: xrun [options] program [arguments...]\nRuns a Linux AArch64 or RISC-V 64 program"))
        XCTAssertFalse(text.split(separator: "\n").contains { $0.count > Usage.width }, "lines fit 79 columns")
        let named = Usage.text(for: try! Invocation(argv0: "qemu-riscv64-static"))
        XCTAssertTrue(named.hasPrefix("usage: qemu-riscv64-static [options] program [arguments...]\nRuns a Linux RISC-V 64 program"))
    }

    /// argv[0] names QEMU's binaries use choose the ISA; other names run every ISA.
    func testNamesChooseTheISA() throws {
        let cases: [(String, String?)] = [
            ("/usr/bin/qemu-aarch64", "aarch64"), ("qemu-aarch64-static", "aarch64"), ("qemu-arm64", "aarch64"),
            ("/x/qemu-riscv64", "riscv64"), ("qemu-riscv64-static", "riscv64"), ("xrun-aarch64", "aarch64"),
            ("xrun-riscv64", "riscv64"), ("/usr/bin/buildkit-qemu-aarch64", "aarch64"), ("buildkit-qemu-riscv64", "riscv64"),
            ("/usr/bin/xrun", nil), ("/dev/.buildkit_qemu_emulator", nil), ("xrun-dev", nil), ("a.out", nil),
        ]
        for (argv0, machine) in cases {
            let i = try Invocation(argv0: argv0)
            XCTAssertEqual(i.only?.machine.name, machine, argv0)
        }
        XCTAssertEqual(try Invocation(argv0: "/opt/qemu-aarch64-static").name, "qemu-aarch64-static")
        XCTAssertEqual(try Invocation(argv0: "/opt/qemu-aarch64").versionLine, "qemu-aarch64 version \(XrunMain.version) (xrun \(XrunMain.version); guest: aarch64)")
        XCTAssertEqual(try Invocation(argv0: "xrun").versionLine, "xrun \(XrunMain.version) (guests: aarch64, riscv64)")
        XCTAssertThrowsError(try Invocation(argv0: "/usr/bin/qemu-x86_64")) {
            XCTAssertEqual("\($0)", "started as 'qemu-x86_64', but this xrun runs aarch64 and riscv64 programs only")
        }
        XCTAssertThrowsError(try Invocation(argv0: "buildkit-qemu-s390x-static"))
    }
}
