import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// readlinkat (/proc/self/exe), getdents64, name calls, -L sysroot.
final class PathTests: XCTestCase {
    func testReadlinkProcSelfExeNamesTheGuestProgram() throws {
        let bed = try LinuxBed()
        let buf = LinuxBed.data + 0x1000
        for name in ["/proc/self/exe", "/proc/\(getpid())/exe", "/proc/thread-self/exe"] {
            bed.memory.writeBytes(buf, [UInt8](repeating: 0xEE, count: 64))
            let p = bed.put(name, at: LinuxBed.data)
            let n = bed.call(N.readlinkat, AT_FDCWD_ARG, p, buf, 256)
            XCTAssertEqual(n, LinuxBed.programPath.utf8.count, name)
            XCTAssertEqual(bed.bytes(buf, n), Array(LinuxBed.programPath.utf8), name)
            XCTAssertEqual(bed.bytes(buf + UInt64(n), 1), [0xEE], "readlink adds no NUL")
        }
        let p = bed.put("/proc/self/exe", at: LinuxBed.data)
        // Truncated to the buffer size, like readlink(2).
        XCTAssertEqual(bed.call(N.readlinkat, AT_FDCWD_ARG, p, buf, 4), 4)
        XCTAssertEqual(bed.bytes(buf, 4), Array("/opt".utf8))
        XCTAssertEqual(bed.call(N.readlinkat, AT_FDCWD_ARG, p, buf, 0), neg(EINVAL))
        XCTAssertEqual(bed.call(N.readlinkat, AT_FDCWD_ARG, p, LinuxBed.unmapped, 64), neg(EFAULT))
        XCTAssertEqual(bed.call(N.readlinkat, AT_FDCWD_ARG, LinuxBed.outside, buf, 64), neg(EFAULT))
    }

    func testSymlinkTargetIsNotTranslatedButReadBack() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let target = bed.put("/some/absolute/target", at: LinuxBed.data)
        let link = bed.put(dir + "/l", at: LinuxBed.data + 0x200)
        XCTAssertEqual(bed.call(N.symlinkat, target, AT_FDCWD_ARG, link), 0)
        let buf = LinuxBed.data + 0x1000
        let n = bed.call(N.readlinkat, AT_FDCWD_ARG, link, buf, 100)
        XCTAssertEqual(n, 21)
        XCTAssertEqual(String(decoding: bed.bytes(buf, n), as: UTF8.self), "/some/absolute/target")
        XCTAssertEqual(bed.call(N.symlinkat, LinuxBed.unmapped, AT_FDCWD_ARG, link), neg(EFAULT))
    }

    func testSysrootAppliesToLinkPathOnly() throws {
        let root = makeTempDir()
        defer { removeTree(root) }
        XCTAssertEqual(mkdir(root + "/etc", 0o755), 0)
        writeHostFile(root + "/etc/hostname-xrun-test", "guest\n")
        let bed = try LinuxBed()
        bed.kernel.config.sysroot = root
        // An absolute path that exists under -L is found there.
        let p = bed.put("/etc/hostname-xrun-test", at: LinuxBed.data)
        let fd = bed.call(N.openat, AT_FDCWD_ARG, p, A64O.RDONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        let buf = LinuxBed.data + 0x1000
        XCTAssertEqual(bed.call(N.read, UInt64(fd), buf, 100), 6)
        XCTAssertEqual(bed.bytes(buf, 6), Array("guest\n".utf8))
        XCTAssertEqual(bed.call(N.close, UInt64(fd)), 0)
        // faccessat and newfstatat see the same file.
        XCTAssertEqual(bed.call(N.faccessat, AT_FDCWD_ARG, p, UInt64(R_OK)), 0)
        XCTAssertEqual(bed.call(N.faccessat2, AT_FDCWD_ARG, p, UInt64(R_OK), 0), 0)
    }

    func testGetdents64OnTempDir() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        for name in ["alpha", "beta", "gamma"] { writeHostFile(dir + "/" + name, name) }
        XCTAssertEqual(mkdir(dir + "/sub", 0o755), 0)
        let fd = bed.call(N.openat, AT_FDCWD_ARG, bed.put(dir, at: LinuxBed.data), A64O.DIRECTORY | A64O.CLOEXEC)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(Int32(fd)) }
        let buf = LinuxBed.data + 0x1000
        var names: [String: UInt8] = [:]
        while true {
            let n = bed.call(N.getdents64, UInt64(fd), buf, 0x1000)
            XCTAssertGreaterThanOrEqual(n, 0)
            if n <= 0 { break }
            var off = 0
            while off < n {
                // linux_dirent64: d_ino u64, d_off s64, d_reclen u16, d_type u8, d_name.
                let rec = buf + UInt64(off)
                let reclen = Int(bed.memory.read(rec + 16, as: UInt16.self) ?? 0)
                let type = bed.memory.read(rec + 18, as: UInt8.self) ?? 0
                let name = bed.memory.readCString(rec + 19) ?? []
                names[String(decoding: name, as: UTF8.self)] = type
                XCTAssertGreaterThan(reclen, 0)
                if reclen == 0 { break }
                off += reclen
            }
        }
        XCTAssertEqual(Set(names.keys), [".", "..", "alpha", "beta", "gamma", "sub"])
        XCTAssertEqual(names["alpha"], 8 /* DT_REG */)
        XCTAssertEqual(names["sub"], 4 /* DT_DIR */)
        // A buffer past the guest region is a user address to the guest's kernel: at the
        // end of the directory nothing is stored (0); from the start, storing faults.
        XCTAssertEqual(bed.call(N.getdents64, UInt64(fd), LinuxBed.outside, 0x1000), 0)
        XCTAssertEqual(lseek(Int32(fd), 0, SEEK_SET), 0)
        XCTAssertEqual(bed.call(N.getdents64, UInt64(fd), LinuxBed.outside, 0x1000), neg(EFAULT))
        XCTAssertEqual(bed.call(N.getdents64, UInt64(fd), 1 << 48, 0x1000), neg(EFAULT))
    }

    func testNameCalls() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let d = bed.put(dir + "/d", at: LinuxBed.data)
        XCTAssertEqual(bed.call(N.mkdirat, AT_FDCWD_ARG, d, 0o700), 0)
        XCTAssertEqual(bed.call(N.mkdirat, AT_FDCWD_ARG, d, 0o700), neg(EEXIST))
        let a = bed.put(dir + "/a", at: LinuxBed.data + 0x100)
        let b = bed.put(dir + "/b", at: LinuxBed.data + 0x200)
        writeHostFile(dir + "/a", "A")
        XCTAssertEqual(bed.call(N.linkat, AT_FDCWD_ARG, a, AT_FDCWD_ARG, b, 0), 0)
        XCTAssertEqual(bed.call(N.unlinkat, AT_FDCWD_ARG, a, 0), 0)
        XCTAssertEqual(bed.call(N.renameat, AT_FDCWD_ARG, b, AT_FDCWD_ARG, a), 0)
        XCTAssertEqual(access(dir + "/a", F_OK), 0)
        XCTAssertEqual(bed.call(N.renameat2, AT_FDCWD_ARG, a, AT_FDCWD_ARG, d, 1 /* RENAME_NOREPLACE */), neg(EEXIST))
        XCTAssertEqual(bed.call(N.fchmodat, AT_FDCWD_ARG, a, 0o604), 0)
        var st = stat()
        XCTAssertEqual(stat(dir + "/a", &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o604)
        XCTAssertEqual(bed.call(N.truncate, a, 1000), 0)
        XCTAssertEqual(stat(dir + "/a", &st), 0)
        XCTAssertEqual(st.st_size, 1000)
        XCTAssertEqual(bed.call(N.unlinkat, AT_FDCWD_ARG, d, 0x200 /* AT_REMOVEDIR */), 0)
        XCTAssertEqual(bed.call(N.mkdirat, AT_FDCWD_ARG, LinuxBed.unmapped, 0o700), neg(EFAULT))
    }

    func testGetcwdAndChdir() throws {
        let bed = try LinuxBed()
        var host = [CChar](repeating: 0, count: 4096)
        XCTAssertNotNil(getcwd(&host, host.count))
        let cwd = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let buf = LinuxBed.data + 0x1000
        let n = bed.call(N.getcwd, buf, 4096)
        XCTAssertEqual(n, cwd.utf8.count + 1)
        XCTAssertEqual(bed.memory.readCString(buf).map { String(decoding: $0, as: UTF8.self) }, cwd)
        XCTAssertEqual(bed.call(N.getcwd, buf, 1), neg(ERANGE))
        XCTAssertEqual(bed.call(N.getcwd, LinuxBed.outside, 4096), neg(EFAULT))
        XCTAssertEqual(bed.call(N.chdir, bed.put("/nonexistent-xrun", at: buf)), neg(ENOENT))
    }
}
