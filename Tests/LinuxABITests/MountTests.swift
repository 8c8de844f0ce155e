import Foundation
import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// mount and the new mount API in process: bad guest pointers are -EFAULT before the
/// host is asked, and under -L a mount target is the sysroot's directory while a mount
/// source that is a name ("tmpfs") stays a name.
final class MountTests: XCTestCase {
    func testBadPointersAreEFAULT() throws {
        for profile in [StubLinuxProfile.aarch64, .riscv64] {
            let bed = try LinuxBed(profile)
            let name = bed.put("tmpfs", at: LinuxBed.data)
            let dir = bed.put("/nonexistent-xrun-dir", at: LinuxBed.data + 0x100)
            XCTAssertEqual(bed.call(N.mount, name, LinuxBed.outside, name, 0, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.mount, LinuxBed.outside, dir, name, 0, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.mount, name, dir, LinuxBed.outside, 0, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.mount, name, dir, name, 0, LinuxBed.outside), neg(EFAULT))
            XCTAssertEqual(bed.call(N.umount2, LinuxBed.outside, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.fsopen, LinuxBed.outside, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.fsconfig, 0, 1, LinuxBed.outside, 0, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.mount_setattr, AT_FDCWD_ARG, dir, 0, LinuxBed.outside, 32), neg(EFAULT))
            XCTAssertEqual(bed.call(N.move_mount, AT_FDCWD_ARG, LinuxBed.outside, AT_FDCWD_ARG, dir, 0), neg(EFAULT))
            XCTAssertEqual(bed.call(N.pivot_root, dir, LinuxBed.outside), neg(EFAULT))
        }
    }

    /// As root: mount -t tmpfs tmpfs /mnt under -L lands on the sysroot's /mnt, and
    /// umount2("/mnt") takes it off again.
    func testMountTargetGoesThroughTheSysroot() throws {
        if geteuid() != 0 { throw XCTSkip("mounting needs root") }
        let root = makeTempDir()
        defer { removeTree(root) }
        XCTAssertEqual(mkdir(root + "/mnt", 0o755), 0)
        let bed = try LinuxBed()
        bed.kernel.config.sysroot = root
        let name = bed.put("tmpfs", at: LinuxBed.data)
        let target = bed.put("/mnt", at: LinuxBed.data + 0x100)
        let options = bed.put("size=64k", at: LinuxBed.data + 0x200)
        XCTAssertEqual(bed.call(N.mount, name, target, name, 0, options), 0)
        // A mount point has a device of its own.
        func device(_ path: String) -> UInt64 {
            var st = stat()
            XCTAssertEqual(stat(path, &st), 0, path)
            return UInt64(st.st_dev)
        }
        XCTAssertNotEqual(device(root + "/mnt"), device(root), "nothing mounted on the sysroot's /mnt")
        XCTAssertEqual(bed.call(N.umount2, target, 0), 0)
        XCTAssertEqual(device(root + "/mnt"), device(root))
    }
}
