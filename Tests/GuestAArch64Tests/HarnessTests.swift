import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

final class HarnessTests: XCTestCase {
    /// An undefined word stops with SIGILL information at its own PC.
    func testUndefinedStopsAtItsPC() throws {
        let r = try GuestRun(isa: A64ISA(), words: [0x0000_0000]) // udf #0
        XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: 0))
    }
}
