import XCTest
import XrunCLI

final class BinfmtOptionsTests: XCTestCase {
    func testBinfmtActionsAndTheirOptions() throws {
        let i = try Options.parse(["--install-binfmt", "--credential", "--interpreter", "/opt/xrun"], env: [:])
        XCTAssertEqual(i.binfmtAction, .install)
        XCTAssertTrue(i.binfmtCredential)
        XCTAssertEqual(i.binfmtInterpreter, "/opt/xrun")
        XCTAssertNil(i.program)
        XCTAssertEqual(try Options.parse(["-uninstall-binfmt"], env: [:]).binfmtAction, .uninstall)
        XCTAssertEqual(try Options.parse(["--print-binfmt", "--interpreter", "/x"], env: [:]).binfmtAction, .print)
        XCTAssertNil(try Options.parse(["prog", "--install-binfmt"], env: [:]).binfmtAction, "the guest's arguments are not ours")
    }

    func testBinfmtOptionMisuse() {
        for args in [["--install-binfmt", "prog"], ["--credential", "prog"], ["--interpreter", "/x", "prog"],
                     ["--uninstall-binfmt", "--credential"], ["--install-binfmt", "--print-binfmt"], ["--interpreter"]] {
            XCTAssertThrowsError(try Options.parse(args, env: [:]), "\(args)")
        }
    }
}
