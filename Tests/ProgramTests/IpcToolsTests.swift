import Foundation
import XCTest

/// Debian trixie's arm64 util-linux IPC tools (ipcmk, ipcs, ipcrm; tools/test fetches them
/// into .build-debian/trixie-arm64-util-linux and runs them over the arm64 fixture root)
/// make System V objects and read them back with shmctl, semctl and msgctl (IPC_STAT,
/// SHM_STAT, SEM_STAT, MSG_STAT, IPC_INFO): what ipcs prints of a segment, a semaphore
/// set and a queue ipcmk made under the emulator must be what trixie's qemu-aarch64
/// (qemu-user 10, static) prints of them; ipcrm under the emulator removes them.
final class IpcToolsTests: XCTestCase {
    func testIpcsShowsWhatAGuestMade() throws {
        let root = TestEnv.path(".build-debian/trixie-arm64/root")
        let bin = TestEnv.path(".build-debian/trixie-arm64-util-linux/root/usr/bin")
        let qemu = TestEnv.path(".build-debian/trixie-amd64/root/usr/bin/qemu-aarch64")
        guard FileManager.default.isExecutableFile(atPath: bin + "/ipcs"), FileManager.default.isExecutableFile(atPath: qemu),
              FileManager.default.fileExists(atPath: root + "/lib/ld-linux-aarch64.so.1") else {
            try TestEnv.missing("no arm64 ipcs, fixture root or qemu-aarch64 10: tools/fetch-debian-packages --suite trixie "
                                + "--tree trixie-arm64-util-linux arm64 util-linux, --suite trixie amd64 qemu-user")
        }
        let emulator = try Emulator.get()
        func make(_ args: [String], _ label: String) throws -> String {
            let r = try emulator.run(bin + "/ipcmk", args, emulatorArgs: ["-L", root])
            XCTAssertEqual(r.termination, .exited(0), "ipcmk \(args)\n\(r.summary)")
            guard let line = r.out.split(separator: "\n").first(where: { $0.hasPrefix(label) }),
                  let id = line.split(separator: " ").last else { throw TestFailure("ipcmk \(args): \(r.summary)") }
            return String(id)
        }
        let shm = try make(["-M", "12345", "-p", "0640"], "Shared memory id:")
        let sem = try make(["-S", "3"], "Semaphore id:")
        let queue = try make(["-Q", "-p", "0600"], "Message queue id:")
        for args in [["-m", "-i", shm], ["-s", "-i", sem], ["-q", "-i", queue], ["-l"]] {
            let reference = try runProcess(qemu, ["-L", root, bin + "/ipcs"] + args)
            XCTAssertEqual(reference.termination, .exited(0), "qemu: ipcs \(args)\n\(reference.summary)")
            let got = try emulator.run(bin + "/ipcs", args, emulatorArgs: ["-L", root])
            assertSameRun(got, reference, what: "ipcs \(args.joined(separator: " "))", compareStderr: true)
        }
        let removed = try emulator.run(bin + "/ipcrm", ["-m", shm, "-s", sem, "-q", queue], emulatorArgs: ["-L", root])
        XCTAssertEqual(removed.termination, .exited(0), "ipcrm\n\(removed.summary)")
        let gone = try runProcess(qemu, ["-L", root, bin + "/ipcs", "-m", "-i", shm])
        XCTAssertTrue(gone.err.contains("not found"), "the segment is still there\n\(gone.summary)")
    }
}
