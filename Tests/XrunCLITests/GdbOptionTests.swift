import Debugger
import XCTest
import XrunCLI

/// -g PORT|PATH[,suspend=n] and its environment spellings XRUN_GDB, QEMU_GDB.
final class GdbOptionTests: XCTestCase {
    func testPortSocketAndSuspend() throws {
        XCTAssertEqual(try Options.parse(["-g", "1234", "prog"], env: [:]).gdb,
                       GdbEndpoint(address: .tcp(port: 1234), suspend: true))
        XCTAssertEqual(try Options.parse(["-g", "/tmp/s-%d,suspend=n", "prog"], env: [:]).gdb,
                       GdbEndpoint(address: .unix(path: "/tmp/s-%d"), suspend: false))
        XCTAssertEqual(try Options.parse(["prog"], env: ["XRUN_GDB": "99"]).gdb?.address, .tcp(port: 99))
        XCTAssertEqual(try Options.parse(["prog"], env: ["QEMU_GDB": "98"]).gdb?.address, .tcp(port: 98))
        XCTAssertNil(try Options.parse(["prog"], env: [:]).gdb)
        XCTAssertThrowsError(try Options.parse(["-g", "70000", "prog"], env: [:]))
        XCTAssertThrowsError(try Options.parse(["-g", "1234,suspend=maybe", "prog"], env: [:]))
        XCTAssertThrowsError(try Options.parse(["-g"], env: [:]))
    }

    /// `-g fd:N,...`: how xrun hands gdb's connection and session to the xrun an
    /// execve starts (ExecEvents); the settings belong to `fd:` only.
    func testInheritedConnectionRoundTrip() throws {
        let spec = "fd:5,noack,features=exec-events/multiprocess,pass=10/14,catch=all"
        guard case .success(let e) = GdbEndpoint.parse(spec) else { return XCTFail("\(spec) refused") }
        XCTAssertEqual(e.address, .inherited(fd: 5))
        XCTAssertEqual(e.session?.noAck, true)
        XCTAssertEqual(e.session?.features, ["exec-events", "multiprocess"])
        XCTAssertEqual(e.session?.passSignals, [10, 14])
        XCTAssertEqual(e.session?.catchSyscalls, [])
        XCTAssertEqual(e.specText, spec)
        guard case .success(let f) = GdbEndpoint.parse("fd:7,features=,pass=,catch=64/63") else { return XCTFail("refused") }
        XCTAssertEqual(f.session?.catchSyscalls, [64, 63])
        XCTAssertEqual(f.session?.noAck, false)
        XCTAssertThrowsError(try Options.parse(["-g", "1234,noack", "prog"], env: [:]))
        XCTAssertThrowsError(try Options.parse(["-g", "fd:x", "prog"], env: [:]))
        XCTAssertThrowsError(try Options.parse(["-g", "fd:3,pass=x", "prog"], env: [:]))
    }
}
