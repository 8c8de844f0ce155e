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
}
