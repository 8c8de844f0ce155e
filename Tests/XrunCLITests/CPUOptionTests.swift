import XCTest
import XrunCLI
import LinuxABI
import XrunCore

/// `-cpu model` and its environment forms: XRUN_CPU first, then QEMU's QEMU_CPU; the
/// option wins over both. The model goes on to a re-executed xrun.
final class CPUOptionTests: XCTestCase {
    func testCPUOptionAndEnvironment() throws {
        XCTAssertNil(try Options.parse(["p"], env: [:]).cpu)
        XCTAssertEqual(try Options.parse(["-cpu", "cortex-a53", "p"], env: [:]).cpu, "cortex-a53")
        XCTAssertEqual(try Options.parse(["--cpu", "max", "p"], env: [:]).cpu, "max")
        XCTAssertEqual(try Options.parse(["p"], env: ["QEMU_CPU": "cortex-a72"]).cpu, "cortex-a72")
        XCTAssertEqual(try Options.parse(["p"], env: ["XRUN_CPU": "rv64", "QEMU_CPU": "cortex-a72"]).cpu, "rv64")
        XCTAssertEqual(try Options.parse(["-cpu", "max", "p"], env: ["XRUN_CPU": "rv64"]).cpu, "max")
        XCTAssertEqual(try Options.parse(["-cpu", "help"], env: [:]).cpu, "help")
        XCTAssertThrowsError(try Options.parse(["-cpu"], env: [:])) {
            XCTAssertEqual("\($0)", "option '-cpu' needs a value")
        }
    }

    func testReexecKeepsTheCPUModel() {
        var c = KernelConfig()
        c.strace = true
        c.cpuModel = "cortex-a76"
        XCTAssertEqual(c.reexecOptions, ["-strace", "-cpu", "cortex-a76"])
    }
}
