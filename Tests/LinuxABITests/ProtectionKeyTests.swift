import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// pkey_alloc/pkey_free/pkey_mprotect answer as a kernel without protection keys
/// (include/linux/pkeys.h), in mm/mprotect.c's order — whatever keys the x86-64 host has.
final class ProtectionKeyTests: XCTestCase {
    func testNoKeyCanBeAllocatedAndOnlyKeysMinusOneAndZeroProtect() throws {
        for profile in [StubLinuxProfile.aarch64, .riscv64] {
            let bed = try LinuxBed(profile)
            XCTAssertEqual(bed.call(N.pkey_alloc, 0, 0), neg(ENOSPC))
            XCTAssertEqual(bed.call(N.pkey_alloc, 1, 0), neg(EINVAL))
            XCTAssertEqual(bed.call(N.pkey_alloc, 0, 0x10), neg(EINVAL))
            // PKEY_DISABLE_EXECUTE/READ exist on arm64 only.
            XCTAssertEqual(bed.call(N.pkey_alloc, 0, 4), profile.name == "aarch64" ? neg(ENOSPC) : neg(EINVAL))
            XCTAssertEqual(bed.call(N.pkey_free, 1), neg(EINVAL))
            XCTAssertEqual(bed.call(N.pkey_free, 0), neg(EINVAL))
            let page = LinuxBed.data
            XCTAssertEqual(bed.call(N.pkey_mprotect, page, 4096, UInt64(PROT_READ), UInt64(bitPattern: -1)), 0)
            XCTAssertFalse(bed.memory.isAccessible(page, 1, .write))
            XCTAssertEqual(bed.call(N.pkey_mprotect, page, 4096, UInt64(PROT_READ | PROT_WRITE), 0), 0)
            XCTAssertTrue(bed.memory.isAccessible(page, 1, .write))
            XCTAssertEqual(bed.call(N.pkey_mprotect, page, 4096, UInt64(PROT_READ), 3), neg(EINVAL))
            XCTAssertTrue(bed.memory.isAccessible(page, 1, .write), "an unallocated key changed nothing")
            // The key is checked after alignment and protection, before the range.
            XCTAssertEqual(bed.call(N.pkey_mprotect, page + 1, 4096, UInt64(PROT_READ), 3), neg(EINVAL))
            XCTAssertEqual(bed.call(N.pkey_mprotect, page, 0, UInt64(PROT_READ), 3), 0)
            XCTAssertEqual(bed.call(N.pkey_mprotect, LinuxBed.unmapped, 4096, UInt64(PROT_READ), 3), neg(EINVAL))
            XCTAssertEqual(bed.call(N.pkey_mprotect, LinuxBed.unmapped, 4096, UInt64(PROT_READ), 0), neg(ENOMEM))
        }
    }
}
