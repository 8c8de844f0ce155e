import XCTest
import XrunCLI
import LinuxABI
import XrunCore

final class OptionsTests: XCTestCase {
    func testOptionsStopAtTheProgram() throws {
        let o = try Options.parse(["-L", "/root", "-E", "A=1", "-U", "B", "-0", "name", "-strace", "prog", "-L", "x", "--y"],
                                  env: [:])
        XCTAssertEqual(o.sysroot, "/root")
        XCTAssertEqual(o.setEnv.map { "\($0.0)=\($0.1)" }, ["A=1"])
        XCTAssertEqual(o.unsetEnv, ["B"])
        XCTAssertEqual(o.argv0, "name")
        XCTAssertTrue(o.strace)
        XCTAssertEqual(o.program, "prog")
        XCTAssertEqual(o.arguments, ["-L", "x", "--y"], "the guest's arguments are not ours")
    }

    /// -d takes QEMU's comma-separated items (repeatable; `strace` also turns -strace on),
    /// `-d help` lists them, an unknown item is an error naming it.
    func testLogItems() throws {
        let o = try Options.parse(["-d", "in_asm", "-d", "op,strace", "p"], env: [:])
        XCTAssertEqual(o.logItems, [.inAsm, .op, .strace])
        XCTAssertTrue(o.strace)
        XCTAssertTrue(try Options.parse(["-d", "help"], env: [:]).showLogHelp)
        XCTAssertThrowsError(try Options.parse(["-d", "in_asm,out_asm", "p"], env: [:])) {
            XCTAssertEqual("\($0)", "unknown log item 'out_asm' for '-d' (see 'xrun -d help')")
        }
    }

    /// A guest's execve of another foreign program re-enters xrun with the same log.
    func testReexecKeepsTheLogOptions() {
        var c = KernelConfig()
        c.logItems = "in_asm,op"
        c.logFile = "/tmp/log"
        XCTAssertEqual(c.reexecOptions, ["-d", "in_asm,op", "-D", "/tmp/log"])
    }

    func testDoubleDashEndsOptionsAndDoubleDashSpellingsWork() throws {
        XCTAssertEqual(try Options.parse(["--strace", "--", "-prog", "a"], env: [:]).program, "-prog")
        XCTAssertTrue(try Options.parse(["--strace", "p"], env: [:]).strace)
        XCTAssertEqual(try Options.parse(["-E", "X=a=b", "p"], env: [:]).setEnv.first?.1, "a=b")
    }

    func testEnvironmentFallbacksAndOverrides() throws {
        let o = try Options.parse(["p"], env: ["XRUN_LD_PREFIX": "/sys", "XRUN_STRACE": "1"])
        XCTAssertEqual(o.sysroot, "/sys")
        XCTAssertTrue(o.strace)
        XCTAssertEqual(try Options.parse(["-L", "/cli", "p"], env: ["XRUN_LD_PREFIX": "/sys"]).sysroot, "/cli")
        XCTAssertFalse(try Options.parse(["p"], env: ["XRUN_STRACE": "0"]).strace)
    }

    func testBadOptionsAreUsageErrors() {
        XCTAssertThrowsError(try Options.parse(["--bogus", "p"], env: [:])) { e in
            XCTAssertTrue("\(e)".contains("unknown option '--bogus'"))
        }
        XCTAssertThrowsError(try Options.parse(["-L"], env: [:]))
        XCTAssertThrowsError(try Options.parse(["-E", "novalue", "p"], env: [:]))
    }

    func testLogFileOptionAndEnvironment() throws {
        XCTAssertEqual(try Options.parse(["-strace", "-D", "/tmp/x.log", "p"], env: [:]).logFile, "/tmp/x.log")
        XCTAssertEqual(try Options.parse(["p"], env: ["XRUN_LOG_FILE": "/tmp/y.log"]).logFile, "/tmp/y.log")
        XCTAssertThrowsError(try Options.parse(["-D"], env: [:]))
    }

    func testVersionAndHelp() throws {
        XCTAssertTrue(try Options.parse(["-version"], env: [:]).showVersion)
        XCTAssertTrue(try Options.parse(["-h"], env: [:]).showHelp)
        XCTAssertNil(try Options.parse([], env: [:]).program)
    }
}
