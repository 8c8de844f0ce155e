import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// read/write, iovec conversion, EFAULT for bad guest pointers.
final class IOTests: XCTestCase {
    func hostPipe() -> (Int32, Int32) {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        return (fds[0], fds[1])
    }

    func testReadWriteThroughGuestMemory() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        let src = LinuxBed.data + 0x100
        bed.memory.writeBytes(src, Array("hello guest".utf8))
        XCTAssertEqual(bed.call(N.write, UInt64(w), src, 11), 11)
        let dst = LinuxBed.data + 0x800
        XCTAssertEqual(bed.call(N.read, UInt64(r), dst, 100), 11)
        XCTAssertEqual(bed.bytes(dst, 11), Array("hello guest".utf8))
        // A count far larger than the guest has is clamped, not refused.
        _ = bed.call(N.write, UInt64(w), src, 3)
        XCTAssertEqual(bed.call(N.read, UInt64(r), dst, UInt64(1) << 39), 3)
        XCTAssertEqual(bed.call(N.read, UInt64(r), 0, 0), 0, "NULL with count 0")
        // A range no real address space holds is -EFAULT before anything is read.
        _ = bed.call(N.write, UInt64(w), src, 3)
        XCTAssertEqual(bed.call(N.read, UInt64(r), dst, UInt64.max), neg(EFAULT))
        XCTAssertEqual(bed.call(N.read, UInt64(r), dst, 3), 3)
    }

    func testBadPointersAreEFAULT() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        XCTAssertEqual(bed.call(N.write, UInt64(w), LinuxBed.unmapped, 4), neg(EFAULT))
        XCTAssertEqual(bed.call(N.write, UInt64(w), LinuxBed.outside, 4), neg(EFAULT))
        XCTAssertEqual(bed.call(N.write, UInt64(w), UInt64.max - 3, 4), neg(EFAULT))
        _ = write(w, "abcd", 4)
        XCTAssertEqual(bed.call(N.read, UInt64(r), LinuxBed.unmapped, 4), neg(EFAULT))
        XCTAssertEqual(bed.call(N.read, UInt64(r), LinuxBed.outside, 4), neg(EFAULT))
        // Past the guest region but a user address to the guest's kernel: it faults when
        // data would land there, and a read that moves nothing (end of file) returns 0.
        let file = open("/proc/self/exe", O_RDONLY)
        defer { close(file) }
        XCTAssertEqual(bed.call(N.pread64, UInt64(file), LinuxBed.outside, 4, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.pread64, UInt64(file), LinuxBed.outside, 4, 1 << 40), 0)
        XCTAssertEqual(bed.call(N.pread64, UInt64(file), 1 << 48, 4, 1 << 40), neg(EFAULT)) // past TASK_SIZE: access_ok
        XCTAssertEqual(bed.call(N.clock_gettime, 0, LinuxBed.unmapped), neg(EFAULT))
        XCTAssertEqual(bed.call(N.clock_gettime, 0, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.uname, LinuxBed.unmapped), neg(EFAULT))
        XCTAssertEqual(bed.call(N.uname, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.pipe2, LinuxBed.outside, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.getrandom, LinuxBed.outside, 16, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.openat, AT_FDCWD_ARG, LinuxBed.outside, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.openat, AT_FDCWD_ARG, LinuxBed.unmapped, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.futex, LinuxBed.outside, 1, 1), neg(EFAULT))
        XCTAssertEqual(bed.call(N.nanosleep, LinuxBed.outside, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.sysinfo, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.prctl, 15 /* PR_SET_NAME */, LinuxBed.outside), neg(EFAULT))
        XCTAssertEqual(bed.call(N.getsockopt, 0, 1, 3, LinuxBed.data, LinuxBed.outside), neg(EFAULT))
    }

    func testWritevGathersGuestSegments() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        let iov = LinuxBed.data
        let s1 = LinuxBed.data + 0x1000, s2 = LinuxBed.data + 0x3000
        bed.memory.writeBytes(s1, Array("first-".utf8))
        bed.memory.writeBytes(s2, Array("second".utf8))
        bed.memory.write(iov, s1); bed.memory.write(iov + 8, UInt64(6))
        bed.memory.write(iov + 16, UInt64(0xdead_0000)); bed.memory.write(iov + 24, UInt64(0)) // empty: base ignored
        bed.memory.write(iov + 32, s2); bed.memory.write(iov + 40, UInt64(6))
        XCTAssertEqual(bed.call(N.writev, UInt64(w), iov, 3), 12)
        var out = [UInt8](repeating: 0, count: 32)
        XCTAssertEqual(read(r, &out, 32), 12)
        XCTAssertEqual(Array(out[0..<12]), Array("first-second".utf8))
    }

    func testReadvScattersIntoGuestSegments() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        XCTAssertEqual(write(w, "0123456789", 10), 10)
        let iov = LinuxBed.data
        let s1 = LinuxBed.data + 0x1000, s2 = LinuxBed.data + 0x2000
        bed.memory.write(iov, s1); bed.memory.write(iov + 8, UInt64(4))
        bed.memory.write(iov + 16, s2); bed.memory.write(iov + 24, UInt64(100))
        XCTAssertEqual(bed.call(N.readv, UInt64(r), iov, 2), 10)
        XCTAssertEqual(bed.bytes(s1, 4), Array("0123".utf8))
        XCTAssertEqual(bed.bytes(s2, 6), Array("456789".utf8))
    }

    func testIovecErrors() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        let iov = LinuxBed.data
        bed.memory.write(iov, LinuxBed.data + 0x1000); bed.memory.write(iov + 8, UInt64(4))
        XCTAssertEqual(bed.call(N.writev, UInt64(w), LinuxBed.unmapped, 1), neg(EFAULT), "array unmapped")
        XCTAssertEqual(bed.call(N.writev, UInt64(w), LinuxBed.outside, 1), neg(EFAULT), "array outside")
        XCTAssertEqual(bed.call(N.writev, UInt64(w), iov, 1025), neg(EINVAL), "more than UIO_MAXIOV")
        XCTAssertEqual(bed.call(N.writev, UInt64(w), iov, UInt64(1) << 32 | 1), neg(EINVAL), "count is unsigned long")
        XCTAssertEqual(bed.call(N.writev, UInt64(w), iov, 0), 0)
        bed.memory.write(iov + 16, LinuxBed.outside); bed.memory.write(iov + 24, UInt64(4))
        XCTAssertEqual(bed.call(N.writev, UInt64(w), iov, 2), neg(EFAULT), "segment outside")
        bed.memory.write(iov + 16, LinuxBed.data); bed.memory.write(iov + 24, UInt64.max)
        XCTAssertEqual(bed.call(N.writev, UInt64(w), iov, 2), neg(EINVAL), "negative length")
        bed.memory.write(iov + 16, LinuxBed.unmapped); bed.memory.write(iov + 24, UInt64(4))
        // A segment on an unmapped page inside the region: the host kernel's own -EFAULT
        // (nothing to read yet, so make the first segment's data arrive first).
        XCTAssertEqual(write(w, "zz", 2), 2)
        bed.memory.write(iov + 8, UInt64(0))
        XCTAssertEqual(bed.call(N.readv, UInt64(r), iov, 2), neg(EFAULT))
    }

    func testPreadvPwritevAtOffset() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let fd = bed.call(N.openat, AT_FDCWD_ARG, bed.put(dir + "/f", at: LinuxBed.data + 0x500), A64O.RDWR | A64O.CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(Int32(fd)) }
        let iov = LinuxBed.data
        let s = LinuxBed.data + 0x1000
        bed.memory.writeBytes(s, Array("XYZ".utf8))
        bed.memory.write(iov, s); bed.memory.write(iov + 8, UInt64(3))
        XCTAssertEqual(bed.call(N.pwritev, UInt64(fd), iov, 1, 5, 0), 3)
        XCTAssertEqual(bed.call(N.pwritev2, UInt64(fd), iov, 1, 10, 0, 0), 3)
        XCTAssertEqual(bed.call(N.lseek, UInt64(fd), 0, 2 /* SEEK_END */), 13)
        let d = LinuxBed.data + 0x2000
        bed.memory.write(iov, d); bed.memory.write(iov + 8, UInt64(13))
        XCTAssertEqual(bed.call(N.preadv, UInt64(fd), iov, 1, 0, 0), 13)
        XCTAssertEqual(bed.bytes(d, 13), [0, 0, 0, 0, 0] + Array("XYZ".utf8) + [0, 0] + Array("XYZ".utf8))
        XCTAssertEqual(bed.call(N.preadv2, UInt64(fd), iov, 1, 11, 0, 0), 2)
        XCTAssertEqual(bed.call(N.pread64, UInt64(fd), d, 3, 5), 3)
        XCTAssertEqual(bed.bytes(d, 3), Array("XYZ".utf8))
    }

    func testWriteIntoCodeLockedPageUnlocksIt() throws {
        // A buffer the host kernel writes may lie on a page we made read-only because
        // blocks were translated from it: hostWritableBuffer gives it back first.
        let bed = try LinuxBed()
        let page = LinuxBed.data + 0x4000
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        XCTAssertEqual(write(w, "code", 4), 4)
        // What the block cache does when it translates code from a writable page.
        bed.memory.noteCode(page: page >> GuestMemory.pageShift)
        XCTAssertEqual(bed.call(N.read, UInt64(r), page, 4), 4)
        XCTAssertEqual(bed.bytes(page, 4), Array("code".utf8))
    }
}
