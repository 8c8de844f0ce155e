import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// epoll_event conversion (16-byte guest, packed 12-byte host), pselect6's sixth
/// argument, ppoll.
final class PollTests: XCTestCase {
    func hostPipe() -> (Int32, Int32) {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        return (fds[0], fds[1])
    }

    func testEpollEventsUseTheGuestLayout() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        let (r2, w2) = hostPipe()
        defer { close(r); close(w); close(r2); close(w2) }
        let ep = bed.call(N.epoll_create1, UInt64(O_CLOEXEC))
        XCTAssertGreaterThanOrEqual(ep, 0)
        defer { close(Int32(ep)) }
        // Guest struct epoll_event: u32 events, 4 bytes padding, u64 data at offset 8.
        let ev = LinuxBed.data
        bed.memory.write(ev, UInt32(1) /* EPOLLIN */)
        bed.memory.write(ev + 4, UInt32(0x5555_5555)) // padding: must be ignored
        bed.memory.write(ev + 8, UInt64(0x1122_3344_5566_7788))
        XCTAssertEqual(bed.call(N.epoll_ctl, UInt64(ep), 1 /* ADD */, UInt64(r), ev), 0)
        bed.memory.write(ev + 8, UInt64(0xCAFE_F00D_0000_0002))
        XCTAssertEqual(bed.call(N.epoll_ctl, UInt64(ep), 1, UInt64(r2), ev), 0)
        XCTAssertEqual(bed.call(N.epoll_ctl, UInt64(ep), 1, UInt64(w), LinuxBed.unmapped), neg(EFAULT))

        // Nothing ready yet.
        let out = LinuxBed.data + 0x1000
        XCTAssertEqual(bed.call(N.epoll_pwait, UInt64(ep), out, 4, 0, 0, 8), 0)

        XCTAssertEqual(write(w, "x", 1), 1)
        XCTAssertEqual(write(w2, "y", 1), 1)
        bed.memory.writeBytes(out, [UInt8](repeating: 0xAA, count: 64))
        let n = bed.call(N.epoll_pwait, UInt64(ep), out, 4, 1000, 0, 8)
        XCTAssertEqual(n, 2)
        var seen: Set<UInt64> = []
        for i in 0..<2 {
            let e = out + UInt64(16 * i)
            XCTAssertEqual(bed.u32(e), UInt32(1) /* EPOLLIN */)
            XCTAssertEqual(bed.bytes(e + 4, 4), [0xAA, 0xAA, 0xAA, 0xAA], "padding untouched")
            seen.insert(bed.u64(e + 8))
        }
        XCTAssertEqual(seen, [0x1122_3344_5566_7788, 0xCAFE_F00D_0000_0002])
        XCTAssertEqual(bed.bytes(out + 32, 16), [UInt8](repeating: 0xAA, count: 16), "nothing past the count")

        // EPOLL_CTL_MOD reads the guest layout too; DEL ignores the event pointer.
        bed.memory.write(ev, UInt32(1) /* EPOLLIN */)
        bed.memory.write(ev + 8, UInt64(42))
        XCTAssertEqual(bed.call(N.epoll_ctl, UInt64(ep), 3 /* MOD */, UInt64(r), ev), 0)
        XCTAssertEqual(bed.call(N.epoll_ctl, UInt64(ep), 2 /* DEL */, UInt64(r2), 0), 0)
        XCTAssertEqual(bed.call(N.epoll_pwait, UInt64(ep), out, 1, 1000, 0, 8), 1)
        XCTAssertEqual(bed.u64(out + 8), 42)

        // One event per maxevents, argument checks.
        XCTAssertEqual(bed.call(N.epoll_pwait, UInt64(ep), out, 0, 0, 0, 8), neg(EINVAL))
        XCTAssertEqual(bed.call(N.epoll_pwait, UInt64(ep), LinuxBed.outside, 1, 0, 0, 8), neg(EFAULT))
        XCTAssertEqual(bed.call(N.epoll_pwait, UInt64(ep), LinuxBed.unmapped, 1, 0, 0, 8), neg(EFAULT))
        // epoll_pwait2 with a zero timespec.
        let ts = LinuxBed.data + 0x200
        bed.memory.write(ts, UInt64(0)); bed.memory.write(ts + 8, UInt64(0))
        XCTAssertEqual(bed.call(N.epoll_pwait2, UInt64(ep), out, 4, ts, 0, 8), 1)
    }

    func testPselect6ConvertsTheSigmaskArgument() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        XCTAssertEqual(write(w, "x", 1), 1)
        let readfds = LinuxBed.data
        let nfds = UInt64(max(r, w) + 1)
        func setRead() {
            bed.memory.writeBytes(readfds, [UInt8](repeating: 0, count: 128))
            bed.memory.write(readfds + UInt64(r / 64) * 8, UInt64(1) << UInt64(r % 64) | UInt64(1) << UInt64(w % 64))
        }
        let ts = LinuxBed.data + 0x100
        bed.memory.write(ts, UInt64(1)); bed.memory.write(ts + 8, UInt64(0))
        // sig = { ss = &mask, ss_len = 8 } in guest memory.
        let mask = LinuxBed.data + 0x200
        let sig = LinuxBed.data + 0x300
        bed.memory.write(mask, UInt64(0))
        bed.memory.write(sig, mask); bed.memory.write(sig + 8, UInt64(8))
        setRead()
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, sig), 1)
        let word = bed.u64(readfds + UInt64(r / 64) * 8)
        XCTAssertNotEqual(word & (UInt64(1) << UInt64(r % 64)), 0, "read end ready")
        XCTAssertEqual(word & (UInt64(1) << UInt64(w % 64)), 0, "write end not readable")
        // NULL ss inside the struct, and no struct at all.
        bed.memory.write(sig, UInt64(0))
        setRead()
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, sig), 1)
        setRead()
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, 0), 1)
        // Bad pointers: the struct, the mask inside it, the sets.
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, LinuxBed.unmapped), neg(EFAULT))
        bed.memory.write(sig, LinuxBed.outside)
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, sig), neg(EFAULT))
        // A wrong mask size is the host's -EINVAL.
        bed.memory.write(sig, mask); bed.memory.write(sig + 8, UInt64(16))
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, sig), neg(EINVAL))
        XCTAssertEqual(bed.call(N.pselect6, nfds, LinuxBed.outside, 0, 0, ts, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.pselect6, UInt64(bitPattern: -1), readfds, 0, 0, ts, 0), neg(EINVAL))
        // The timeout is written back (time left).
        bed.memory.write(ts, UInt64(0)); bed.memory.write(ts + 8, UInt64(1_000_000))
        bed.memory.writeBytes(readfds, [UInt8](repeating: 0, count: 128))
        XCTAssertEqual(bed.call(N.pselect6, nfds, readfds, 0, 0, ts, 0), 0)
        XCTAssertEqual(bed.u64(ts), 0)
        XCTAssertEqual(bed.u64(ts + 8), 0)
    }

    func testPpoll() throws {
        let bed = try LinuxBed()
        let (r, w) = hostPipe()
        defer { close(r); close(w) }
        let fds = LinuxBed.data
        // struct pollfd: int fd, short events, short revents.
        bed.memory.write(fds, Int32(r)); bed.memory.write(fds + 4, Int16(POLLIN)); bed.memory.write(fds + 6, Int16(0))
        bed.memory.write(fds + 8, Int32(w)); bed.memory.write(fds + 12, Int16(POLLOUT)); bed.memory.write(fds + 14, Int16(0))
        let ts = LinuxBed.data + 0x100
        bed.memory.write(ts, UInt64(0)); bed.memory.write(ts + 8, UInt64(0))
        XCTAssertEqual(bed.call(N.ppoll, fds, 2, ts, 0, 8), 1)
        XCTAssertEqual(bed.memory.read(fds + 14, as: Int16.self), Int16(POLLOUT))
        XCTAssertEqual(bed.memory.read(fds + 6, as: Int16.self), 0)
        let mask = LinuxBed.data + 0x200
        bed.memory.write(mask, UInt64(0))
        XCTAssertEqual(write(w, "x", 1), 1)
        XCTAssertEqual(bed.call(N.ppoll, fds, 2, ts, mask, 8), 2)
        XCTAssertEqual(bed.memory.read(fds + 6, as: Int16.self), Int16(POLLIN))
        XCTAssertEqual(bed.call(N.ppoll, LinuxBed.outside, 2, ts, 0, 8), neg(EFAULT))
        XCTAssertEqual(bed.call(N.ppoll, fds, 2, LinuxBed.outside, 0, 8), neg(EFAULT))
        XCTAssertEqual(bed.call(N.ppoll, fds, 2, ts, LinuxBed.outside, 8), neg(EFAULT))
    }
}
