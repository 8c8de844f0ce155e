import Foundation
import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// close/close_range around xrun's own descriptors, membarrier, futex_waitv.
final class CurrentRuntimeCallTests: XCTestCase {
    func testCloseRangeAndCloseLeaveTheStraceLogOpen() throws {
        let bed = try LinuxBed()
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("xrun-own-fd-\(getpid()).log").path
        defer { unlink(log) }
        bed.kernel.config.strace = true
        bed.kernel.config.logFile = log
        XCTAssertGreaterThan(bed.call(N.getpid), 0) // opens the log (moved to ≥ 1000)
        let own = bed.kernel.strace.fd
        XCTAssertGreaterThanOrEqual(own, 1000)
        XCTAssertEqual(dup2(0, own - 1), own - 1)
        XCTAssertEqual(dup2(0, own + 1), own + 1)
        XCTAssertEqual(bed.call(N.close_range, UInt64(own - 1), UInt64(own + 1), 0), 0)
        XCTAssertLessThan(fcntl(own - 1, F_GETFD), 0)
        XCTAssertLessThan(fcntl(own + 1, F_GETFD), 0)
        XCTAssertGreaterThanOrEqual(fcntl(own, F_GETFD), 0, "the log was closed")
        XCTAssertEqual(bed.call(N.close, UInt64(own)), neg(EBADF))
        XCTAssertGreaterThanOrEqual(fcntl(own, F_GETFD), 0)
        // A range made only of the log closes nothing and succeeds; the kernel's checks stay.
        XCTAssertEqual(bed.call(N.close_range, UInt64(own), UInt64(own), 0), 0)
        XCTAssertEqual(bed.call(N.close_range, UInt64(own), UInt64(own) - 1, 0), neg(EINVAL))
        XCTAssertEqual(bed.call(N.close_range, UInt64(own), UInt64(own), 8), neg(EINVAL))
        XCTAssertGreaterThanOrEqual(fcntl(own, F_GETFD), 0)
    }

    /// The guest has no rseq (ENOSYS), so membarrier answers as a kernel without CONFIG_RSEQ.
    func testMembarrierHidesTheRseqCommands() throws {
        let bed = try LinuxBed()
        let mask = bed.call(N.membarrier, 0 /* QUERY */, 0, 0)
        XCTAssertGreaterThan(mask, 0)
        XCTAssertNotEqual(mask & 8, 0, "PRIVATE_EXPEDITED")
        XCTAssertEqual(mask & (128 | 256), 0, "the RSEQ commands")
        XCTAssertEqual(bed.call(N.membarrier, 256 /* REGISTER_PRIVATE_EXPEDITED_RSEQ */, 0, 0), neg(EINVAL))
        XCTAssertEqual(bed.call(N.membarrier, 0, 1, 0), neg(EINVAL))
    }

    func testFutexWaitvTranslatesEachWord() throws {
        let bed = try LinuxBed()
        let word = LinuxBed.data + 0x200, waiters = LinuxBed.data + 0x300
        bed.memory.write(word, UInt32(5))
        func waiter(_ i: UInt64, val: UInt64, addr: UInt64, flags: UInt32) {
            bed.memory.write(waiters + i * 24, val)
            bed.memory.write(waiters + i * 24 + 8, addr)
            bed.memory.write(waiters + i * 24 + 16, flags)
            bed.memory.write(waiters + i * 24 + 20, UInt32(0))
        }
        // FUTEX2_SIZE_U32 | FUTEX2_PRIVATE: the value differs, so the host answers at once.
        waiter(0, val: 4, addr: word, flags: 2 | 128)
        XCTAssertEqual(bed.call(N.futex_waitv, waiters, 1, 0, 0, 0), neg(EAGAIN))
        // The guest's waiter array is left as the guest wrote it.
        XCTAssertEqual(bed.memory.read(waiters + 8, as: UInt64.self), word)
        waiter(0, val: 4, addr: LinuxBed.outside, flags: 2 | 128)
        XCTAssertEqual(bed.call(N.futex_waitv, waiters, 1, 0, 0, 0), neg(EFAULT))
        waiter(0, val: 4, addr: LinuxBed.outside + 2, flags: 2 | 128)
        XCTAssertEqual(bed.call(N.futex_waitv, waiters, 1, 0, 0, 0), neg(EINVAL))
        XCTAssertEqual(bed.call(N.futex_waitv, LinuxBed.outside, 1, 0, 0, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.futex_waitv, waiters, 1, 1, 0, 0), neg(EINVAL))
    }
}
