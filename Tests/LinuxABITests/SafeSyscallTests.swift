import CXrunHost
import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// The safe system call: a caught guest signal the thread does not block ends a
/// blocking call before it starts (-EINTR), so the guest's handler runs instead of the
/// call blocking; a blocked one changes nothing; a relative sleep that never started
/// reports its whole request as remaining.
final class SafeSyscallTests: XCTestCase {
    static let usr1Bit: UInt64 = 1 << UInt64(SIGUSR1 - 1)

    /// SIGUSR1 caught by xrun's handler and pending on this thread for `body`.
    func withPendingSIGUSR1(_ body: () throws -> Void) rethrows {
        XCTAssertEqual(xrun_catch_signal(SIGUSR1), 0)
        defer {
            _ = xrun_host_disposition(SIGUSR1, Int32(XRUN_SIGNAL_DEFAULT))
            xrun_clear_pending_signals()
            xrun_set_guest_blocked(0)
        }
        xrun_set_guest_blocked(0)
        raise(SIGUSR1)
        XCTAssertNotEqual(xrun_pending_signals() & Self.usr1Bit, 0)
        try body()
    }

    func testPendingSignalEndsBlockingCallsBeforeTheyStart() throws {
        let bed = try LinuxBed()
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        withPendingSIGUSR1 {
            // An empty pipe: without the check this read would never return.
            XCTAssertEqual(bed.call(N.read, UInt64(fds[0]), LinuxBed.data, 1), -Int(EINTR))

            let req = LinuxBed.data + 0x100, rem = LinuxBed.data + 0x200
            bed.memory.write(req, (Int64(5), Int64(123)))
            bed.memory.write(rem, (Int64(-1), Int64(-1)))
            var t0 = timespec(), t1 = timespec()
            clock_gettime(CLOCK_MONOTONIC, &t0)
            XCTAssertEqual(bed.call(N.nanosleep, req, rem), -Int(EINTR))
            XCTAssertEqual(bed.call(N.clock_nanosleep, UInt64(CLOCK_MONOTONIC), 0, req, rem), -Int(EINTR))
            clock_gettime(CLOCK_MONOTONIC, &t1)
            XCTAssertLessThan(t1.tv_sec - t0.tv_sec, 2, "the sleeps did not start")
            XCTAssertEqual(bed.memory.read(rem, as: Int64.self), 5)
            XCTAssertEqual(bed.memory.read(rem + 8, as: Int64.self), 123)
            // An absolute sleep has no remaining time to report.
            bed.memory.write(rem, (Int64(-1), Int64(-1)))
            XCTAssertEqual(bed.call(N.clock_nanosleep, UInt64(CLOCK_MONOTONIC), 1 /* TIMER_ABSTIME */, req, rem),
                           -Int(EINTR))
            XCTAssertEqual(bed.memory.read(rem, as: Int64.self), -1)

            // A regular file never waits: its read and write complete, signal or not.
            let path = "/tmp/xrun-safe-syscall-\(getpid())"
            let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
            XCTAssertGreaterThanOrEqual(fd, 0)
            defer { close(fd); unlink(path) }
            bed.memory.writeBytes(LinuxBed.data, Array("abc".utf8))
            XCTAssertEqual(bed.call(N.write, UInt64(fd), LinuxBed.data, 3), 3)
            XCTAssertEqual(lseek(fd, 0, SEEK_SET), 0)
            XCTAssertEqual(bed.call(N.read, UInt64(fd), LinuxBed.data + 8, 3), 3)
            XCTAssertEqual(bed.memory.read(LinuxBed.data + 8, as: (UInt8, UInt8, UInt8).self).map { [$0.0, $0.1, $0.2] },
                           Array("abc".utf8))

            // A wake never fails with EINTR.
            XCTAssertEqual(bed.call(N.futex, LinuxBed.data + 0x300, 1 /* FUTEX_WAKE */, 1), 0)
        }
    }

    func testBlockedPendingSignalLeavesCallsAlone() throws {
        let bed = try LinuxBed()
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        withPendingSIGUSR1 {
            xrun_set_guest_blocked(Self.usr1Bit)
            XCTAssertEqual(write(fds[1], "x", 1), 1)
            XCTAssertEqual(bed.call(N.read, UInt64(fds[0]), LinuxBed.data, 1), 1)
            let req = LinuxBed.data + 0x100
            bed.memory.write(req, (Int64(0), Int64(1000)))
            XCTAssertEqual(bed.call(N.nanosleep, req, 0), 0)
        }
    }
}
