import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// ioctl, pipe2, eventfd2, memfd_create, sendfile/splice, utimensat, callSyscall.
final class DescriptorTests: XCTestCase {
    func testIoctlOnPipeAndUnknownRequests() throws {
        let bed = try LinuxBed()
        let fds = LinuxBed.data
        XCTAssertEqual(bed.call(N.pipe2, fds, A64O.CLOEXEC), 0)
        let r = UInt64(bed.i32(fds)), w = UInt64(bed.i32(fds + 4))
        defer { close(Int32(r)); close(Int32(w)) }
        XCTAssertEqual(fcntl(Int32(r), F_GETFD), FD_CLOEXEC)
        XCTAssertEqual(write(Int32(w), "12345", 5), 5)
        let n = LinuxBed.data + 0x100
        XCTAssertEqual(bed.call(N.ioctl, r, 0x541B /* FIONREAD */, n), 0)
        XCTAssertEqual(bed.i32(n), 5)
        XCTAssertEqual(bed.call(N.ioctl, r, 0x541B, LinuxBed.outside), neg(EFAULT))
        // A pipe is not a terminal: the host's own answer.
        XCTAssertEqual(bed.call(N.ioctl, r, 0x5401 /* TCGETS */, n), neg(ENOTTY))
        // Requests we do not know the layout of are refused without reaching the host.
        XCTAssertEqual(bed.call(N.ioctl, r, 0x8008_6601 /* FS_IOC_GETFLAGS */, n), neg(ENOTTY))
        XCTAssertEqual(bed.call(N.ioctl, 9999, 0x8008_6601, n), neg(EBADF))
        // FIONBIO reads an int.
        bed.memory.write(n, Int32(1))
        XCTAssertEqual(bed.call(N.ioctl, r, 0x5421 /* FIONBIO */, n), 0)
        XCTAssertNotEqual(fcntl(Int32(r), F_GETFL) & O_NONBLOCK, 0)
        XCTAssertEqual(bed.call(N.ioctl, r, 0x5450 /* FIONCLEX */), 0)
        XCTAssertEqual(fcntl(Int32(r), F_GETFD), 0)
        // pipe2 with arm64 O_DIRECT makes a packet pipe (host O_DIRECT).
        XCTAssertEqual(bed.call(N.pipe2, fds, A64O.DIRECT), 0)
        let pr = bed.i32(fds), pw = bed.i32(fds + 4)
        XCTAssertNotEqual(fcntl(pw, F_GETFL) & 0o40000, 0, "host O_DIRECT")
        close(pr); close(pw)
    }

    func testPseudoTerminal() throws {
        let bed = try LinuxBed()
        let ptmx = bed.call(N.openat, AT_FDCWD_ARG, bed.put("/dev/ptmx", at: LinuxBed.data), A64O.RDWR | A64O.CLOEXEC)
        try XCTSkipIf(ptmx < 0, "no /dev/ptmx here")
        defer { close(Int32(ptmx)) }
        let m = UInt64(ptmx)
        let arg = LinuxBed.data + 0x100
        XCTAssertEqual(bed.call(N.ioctl, m, 0x8004_5430 /* TIOCGPTN */, arg), 0)
        let ptn = bed.u32(arg)
        bed.memory.write(arg, Int32(0))
        XCTAssertEqual(bed.call(N.ioctl, m, 0x4004_5431 /* TIOCSPTLCK */, arg), 0)
        let slave = bed.call(N.openat, AT_FDCWD_ARG, bed.put("/dev/pts/\(ptn)", at: LinuxBed.data + 0x200), A64O.RDWR)
        XCTAssertGreaterThanOrEqual(slave, 0)
        defer { close(Int32(slave)) }
        // TIOCSWINSZ / TIOCGWINSZ: struct winsize, 4 × u16.
        let ws = LinuxBed.data + 0x300
        bed.memory.write(ws, UInt16(33)); bed.memory.write(ws + 2, UInt16(111))
        bed.memory.write(ws + 4, UInt16(0)); bed.memory.write(ws + 6, UInt16(0))
        XCTAssertEqual(bed.call(N.ioctl, m, 0x5414, ws), 0)
        XCTAssertEqual(bed.call(N.ioctl, UInt64(slave), 0x5413, ws + 8), 0)
        XCTAssertEqual(bed.memory.read(ws + 8, as: UInt16.self), 33)
        XCTAssertEqual(bed.memory.read(ws + 10, as: UInt16.self), 111)
        // TCGETS / TCSETS: kernel struct termios, 36 bytes.
        let t = LinuxBed.data + 0x400
        bed.memory.writeBytes(t, [UInt8](repeating: 0xAB, count: 48))
        XCTAssertEqual(bed.call(N.ioctl, UInt64(slave), 0x5401, t), 0)
        XCTAssertEqual(bed.bytes(t + 36, 12), [UInt8](repeating: 0xAB, count: 12), "36 bytes written")
        var lflag = bed.u32(t + 12)
        lflag &= ~UInt32(ECHO)
        bed.memory.write(t + 12, lflag)
        XCTAssertEqual(bed.call(N.ioctl, UInt64(slave), 0x5402 /* TCSETS */, t), 0)
        var host = termios()
        XCTAssertEqual(tcgetattr(Int32(slave), &host), 0)
        XCTAssertEqual(host.c_lflag & UInt32(ECHO), 0)
        // TIOCGPTPEER takes open flags (arm64 values translated).
        let peer = bed.call(N.ioctl, m, 0x5441, A64O.RDWR | A64O.CLOEXEC)
        if peer >= 0 {
            XCTAssertEqual(fcntl(Int32(peer), F_GETFD), FD_CLOEXEC)
            close(Int32(peer))
        }
    }

    func testSpecialFilesAndTransfers() throws {
        let bed = try LinuxBed()
        let name = bed.put("xrun-test", at: LinuxBed.data)
        let mfd = bed.call(N.memfd_create, name, 1 /* MFD_CLOEXEC */)
        XCTAssertGreaterThanOrEqual(mfd, 0)
        defer { close(Int32(mfd)) }
        let buf = LinuxBed.data + 0x1000
        bed.memory.writeBytes(buf, Array("memfd contents".utf8))
        XCTAssertEqual(bed.call(N.write, UInt64(mfd), buf, 14), 14)
        XCTAssertEqual(bed.call(N.ftruncate, UInt64(mfd), 14), 0)
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        // sendfile with a guest offset that the host updates.
        let off = LinuxBed.data + 0x100
        bed.memory.write(off, Int64(6))
        XCTAssertEqual(bed.call(N.sendfile, UInt64(fds[1]), UInt64(mfd), off, 100), 8)
        XCTAssertEqual(bed.memory.read(off, as: Int64.self), 14)
        var out = [UInt8](repeating: 0, count: 16)
        XCTAssertEqual(read(fds[0], &out, 16), 8)
        XCTAssertEqual(Array(out[0..<8]), Array("contents".utf8))
        XCTAssertEqual(bed.call(N.sendfile, UInt64(fds[1]), UInt64(mfd), LinuxBed.outside, 100), neg(EFAULT))
        // splice from the memfd at a guest offset into the pipe.
        bed.memory.write(off, Int64(0))
        XCTAssertEqual(bed.call(N.splice, UInt64(mfd), off, UInt64(fds[1]), 0, 5, 0), 5)
        XCTAssertEqual(read(fds[0], &out, 16), 5)
        // eventfd2: counter semantics through guest buffers.
        let efd = bed.call(N.eventfd2, 3, UInt64(O_NONBLOCK))
        XCTAssertGreaterThanOrEqual(efd, 0)
        defer { close(Int32(efd)) }
        XCTAssertEqual(bed.call(N.read, UInt64(efd), buf, 8), 8)
        XCTAssertEqual(bed.u64(buf), 3)
        XCTAssertEqual(bed.call(N.read, UInt64(efd), buf, 8), neg(EAGAIN))
        // inotify on a temp dir.
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let ifd = bed.call(N.inotify_init1, UInt64(O_NONBLOCK))
        XCTAssertGreaterThanOrEqual(ifd, 0)
        defer { close(Int32(ifd)) }
        let wd = bed.call(N.inotify_add_watch, UInt64(ifd), bed.put(dir, at: LinuxBed.data + 0x200), 0x100 /* IN_CREATE */)
        XCTAssertGreaterThanOrEqual(wd, 1)
        writeHostFile(dir + "/new", "x")
        XCTAssertGreaterThan(bed.call(N.read, UInt64(ifd), buf, 256), 16)
        XCTAssertEqual(bed.call(N.inotify_rm_watch, UInt64(ifd), UInt64(wd)), 0)
    }

    func testUtimensatAndOwnership() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        writeHostFile(dir + "/f", "x")
        let p = bed.put(dir + "/f", at: LinuxBed.data)
        let ts = LinuxBed.data + 0x100
        bed.memory.write(ts, Int64(1_234_567)); bed.memory.write(ts + 8, Int64(0))
        bed.memory.write(ts + 16, Int64(7_654_321)); bed.memory.write(ts + 24, Int64(5))
        XCTAssertEqual(bed.call(N.utimensat, AT_FDCWD_ARG, p, ts, 0), 0)
        var st = stat()
        XCTAssertEqual(stat(dir + "/f", &st), 0)
        XCTAssertEqual(st.st_mtim.tv_sec, 7_654_321)
        XCTAssertEqual(st.st_mtim.tv_nsec, 5)
        XCTAssertEqual(bed.call(N.utimensat, AT_FDCWD_ARG, p, LinuxBed.outside, 0), neg(EFAULT))
        // utimensat(fd, NULL, NULL, 0): now, on the descriptor.
        let fd = open(dir + "/f", O_RDWR)
        defer { close(fd) }
        XCTAssertEqual(bed.call(N.utimensat, UInt64(fd), 0, 0, 0), 0)
        // chown to ourselves (-1 = unchanged) is allowed.
        XCTAssertEqual(bed.call(N.fchown, UInt64(fd), UInt64(getuid()), UInt64(UInt32.max)), 0)
        XCTAssertEqual(bed.call(N.fchownat, AT_FDCWD_ARG, p, UInt64(UInt32.max), UInt64(getgid()), 0), 0)
        XCTAssertEqual(bed.call(N.fchmod, UInt64(fd), 0o600), 0)
        XCTAssertEqual(bed.call(N.fallocate, UInt64(fd), 0, 0, 8192), 0)
        XCTAssertEqual(bed.call(N.fsync, UInt64(fd)), 0)
        XCTAssertEqual(bed.call(N.fdatasync, UInt64(fd)), 0)
        XCTAssertEqual(bed.call(N.flock, UInt64(fd), 2 | 4 /* LOCK_EX | LOCK_NB */), 0)
        XCTAssertEqual(bed.call(N.fadvise64, UInt64(fd), 0, 0, 2 /* SEQUENTIAL */), 0)
        XCTAssertEqual(bed.call(N.sync_file_range, UInt64(fd), 0, 0, 2 /* WRITE */), 0)
        let old = bed.call(N.umask, 0o27)
        XCTAssertEqual(bed.call(N.umask, UInt64(old)), 0o27)
    }

    func testUnregisteredIsENOSYS() throws {
        let bed = try LinuxBed()
        XCTAssertEqual(bed.call(N.add_key, 0, 0), neg(ENOSYS))
        XCTAssertEqual(bed.call(N.name_to_handle_at_unlisted, 0), neg(ENOSYS))
        XCTAssertEqual(bed.call(9999), neg(ENOSYS))
        XCTAssertEqual(bed.call(-1), neg(ENOSYS))
    }
}

extension Syscall {
    /// name_to_handle_at (264) has no entry in the generated list; it stays unregistered.
    static let name_to_handle_at_unlisted = Syscall(264)
}
