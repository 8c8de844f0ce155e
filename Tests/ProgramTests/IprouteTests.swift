import Foundation
import XCTest

/// Debian trixie's arm64 iproute2 (`ip`, fetched with its dependencies by
/// `tools/fetch-debian-packages --suite trixie --with-deps arm64 iproute2`) reads the
/// interfaces, addresses and routes over netlink route sockets; under the emulator with
/// `-L` it must print what trixie's qemu-aarch64 (qemu-user 10, static) prints.
final class IprouteTests: XCTestCase {
    func testIpAddrAndRouteMatchQemu() throws {
        let root = TestEnv.path(".build-debian/trixie-arm64/root")
        let ip = root + "/usr/bin/ip"
        let qemu = TestEnv.path(".build-debian/trixie-amd64/root/usr/bin/qemu-aarch64")
        guard FileManager.default.isExecutableFile(atPath: ip), FileManager.default.isExecutableFile(atPath: qemu) else {
            try TestEnv.missing("no arm64 ip or qemu-aarch64 10: tools/fetch-debian-packages --suite trixie --with-deps "
                                + "arm64 iproute2 and --suite trixie amd64 qemu-user")
        }
        let emulator = try Emulator.get()
        for args in [["-o", "addr"], ["-o", "link"], ["route"], ["-6", "route"], ["-o", "-4", "addr", "show", "lo"]] {
            let reference = try runProcess(qemu, ["-L", root, ip] + args)
            XCTAssertEqual(reference.termination, .exited(0), "qemu: ip \(args)\n\(reference.summary)")
            let got = try emulator.run(ip, args, emulatorArgs: ["-L", root])
            assertSameRun(got, reference, what: "ip \(args.joined(separator: " "))", compareStderr: true)
        }
    }
}
