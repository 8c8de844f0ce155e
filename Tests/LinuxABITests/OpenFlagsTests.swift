import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// O_* translation: arm64 values (asm/fcntl.h) ⇄ x86-64 host values (asm-generic).
final class OpenFlagsTests: XCTestCase {
    func testTranslationTable() {
        let a = OpenFlags(guest: StubLinuxProfile.aarch64.openFlagBits)
        XCTAssertEqual(a.toHost(A64O.DIRECTORY), UInt64(O_DIRECTORY))
        XCTAssertEqual(a.toHost(A64O.NOFOLLOW), UInt64(O_NOFOLLOW))
        XCTAssertEqual(a.toHost(A64O.DIRECT), 0o40000)   // x86-64 O_DIRECT
        XCTAssertEqual(a.toHost(A64O.LARGEFILE), 0o100000) // x86-64 O_LARGEFILE
        let common = A64O.RDWR | A64O.CREAT | A64O.APPEND | A64O.NONBLOCK | A64O.CLOEXEC | A64O.PATH
        XCTAssertEqual(a.toHost(common), common)
        XCTAssertEqual(a.toHost(common | A64O.DIRECTORY | A64O.NOFOLLOW),
                       common | UInt64(O_DIRECTORY) | UInt64(O_NOFOLLOW))
        for bits in [A64O.DIRECTORY, A64O.NOFOLLOW, A64O.DIRECT, A64O.LARGEFILE, common | A64O.DIRECT | A64O.LARGEFILE] {
            XCTAssertEqual(a.toGuest(a.toHost(bits)), bits)
        }
        XCTAssertEqual(a.toGuest(0o100002), A64O.LARGEFILE | A64O.RDWR)
        // O_TMPFILE = __O_TMPFILE | O_DIRECTORY moves with O_DIRECTORY.
        XCTAssertEqual(a.toHost(0o20000000 | A64O.DIRECTORY | A64O.RDWR), 0o20200000 | UInt64(O_RDWR)) // x86-64 O_TMPFILE
        // RISC-V uses the generic values: no translation.
        let r = OpenFlags(guest: StubLinuxProfile.riscv64.openFlagBits)
        XCTAssertEqual(r.toHost(0o740000), 0o740000)
        XCTAssertEqual(r.toGuest(0o740000), 0o740000)
    }

    func testOpenatDirectoryAndNoFollow() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        writeHostFile(dir + "/file", "hi")
        XCTAssertEqual(symlink(dir + "/file", dir + "/link"), 0)
        let d = bed.put(dir, at: LinuxBed.data)
        let f = bed.put(dir + "/file", at: LinuxBed.data + 0x400)
        let l = bed.put(dir + "/link", at: LinuxBed.data + 0x800)

        // arm64 O_DIRECTORY: a directory opens, a file is ENOTDIR.
        let fd = bed.call(N.openat, AT_FDCWD_ARG, d, A64O.DIRECTORY | A64O.RDONLY)
        XCTAssertGreaterThanOrEqual(fd, 0)
        close(Int32(fd))
        XCTAssertEqual(bed.call(N.openat, AT_FDCWD_ARG, f, A64O.DIRECTORY), neg(ENOTDIR))
        // arm64 O_NOFOLLOW on a symlink: ELOOP. (Untranslated, 0o100000 would be the
        // host's O_LARGEFILE and the open would succeed.)
        XCTAssertEqual(bed.call(N.openat, AT_FDCWD_ARG, l, A64O.NOFOLLOW), neg(ELOOP))
        // arm64 O_LARGEFILE (host O_NOFOLLOW if untranslated) follows the link.
        let lf = bed.call(N.openat, AT_FDCWD_ARG, l, A64O.LARGEFILE)
        XCTAssertGreaterThanOrEqual(lf, 0)
        close(Int32(lf))
    }

    func testFcntlGetflSetfl() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let f = bed.put(dir + "/new", at: LinuxBed.data)
        let fd = bed.call(N.openat, AT_FDCWD_ARG, f, A64O.RDWR | A64O.CREAT | A64O.APPEND, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(Int32(fd)) }
        // The host's F_GETFL has its O_LARGEFILE (forced for 64-bit); the guest sees arm64's.
        let fl = UInt64(bed.call(N.fcntl, UInt64(fd), 3 /* F_GETFL */))
        XCTAssertEqual(fl & 3, A64O.RDWR)
        XCTAssertNotEqual(fl & A64O.APPEND, 0)
        XCTAssertNotEqual(fl & A64O.LARGEFILE, 0)
        XCTAssertEqual(fl & (A64O.DIRECTORY | A64O.NOFOLLOW | A64O.DIRECT), 0)
        XCTAssertEqual(bed.call(N.fcntl, UInt64(fd), 4 /* F_SETFL */, A64O.NONBLOCK), 0)
        XCTAssertEqual(fcntl(Int32(fd), F_GETFL) & O_APPEND, 0)
        XCTAssertNotEqual(fcntl(Int32(fd), F_GETFL) & O_NONBLOCK, 0)
        // O_PATH directory descriptor: arm64 O_DIRECTORY is not reported by F_GETFL, but
        // the host O_PATH bit comes back as it is.
        let d = bed.call(N.openat, AT_FDCWD_ARG, bed.put(dir, at: LinuxBed.data), A64O.PATH | A64O.DIRECTORY)
        XCTAssertGreaterThanOrEqual(d, 0)
        XCTAssertNotEqual(UInt64(bed.call(N.fcntl, UInt64(d), 3)) & A64O.PATH, 0)
        close(Int32(d))
        // Unknown command.
        XCTAssertEqual(bed.call(N.fcntl, UInt64(fd), 12 /* F_GETLK64: 32-bit only */), neg(EINVAL))
    }

    func testFcntlLocksAndDup() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let fd = bed.call(N.openat, AT_FDCWD_ARG, bed.put(dir + "/lock", at: LinuxBed.data), A64O.RDWR | A64O.CREAT, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(Int32(fd)) }
        // struct flock: l_type F_WRLCK (1), l_whence SEEK_SET, l_start 0, l_len 10.
        let fl = LinuxBed.data + 0x100
        bed.memory.write(fl, Int16(1)); bed.memory.write(fl + 2, Int16(0))
        bed.memory.write(fl + 8, Int64(0)); bed.memory.write(fl + 16, Int64(10)); bed.memory.write(fl + 24, Int32(0))
        XCTAssertEqual(bed.call(N.fcntl, UInt64(fd), 6 /* F_SETLK */, fl), 0)
        // F_OFD_GETLK from another open file description sees our (process) lock.
        let fd2 = open(dir + "/lock", O_RDWR)
        defer { close(fd2) }
        XCTAssertEqual(bed.call(N.fcntl, UInt64(fd2), 36 /* F_OFD_GETLK */, fl), 0)
        XCTAssertEqual(bed.memory.read(fl, as: Int16.self), 1, "F_WRLCK reported")
        XCTAssertEqual(bed.memory.read(fl + 24, as: Int32.self), getpid(), "l_pid")
        XCTAssertEqual(bed.call(N.fcntl, UInt64(fd), 5 /* F_GETLK */, LinuxBed.outside), neg(EFAULT))
        let dupfd = bed.call(N.fcntl, UInt64(fd), 1030 /* F_DUPFD_CLOEXEC */, 100)
        XCTAssertGreaterThanOrEqual(dupfd, 100)
        XCTAssertEqual(bed.call(N.fcntl, UInt64(dupfd), 1 /* F_GETFD */), 1)
        XCTAssertEqual(bed.call(N.close, UInt64(dupfd)), 0)
        let d3 = bed.call(N.dup3, UInt64(fd), 200, A64O.CLOEXEC)
        XCTAssertEqual(d3, 200)
        XCTAssertEqual(fcntl(200, F_GETFD), FD_CLOEXEC)
        close(200)
    }

    func testOpenat2TranslatesHowFlags() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        writeHostFile(dir + "/file", "x")
        let how = LinuxBed.data + 0x200
        let f = bed.put(dir + "/file", at: LinuxBed.data)
        bed.memory.write(how, A64O.DIRECTORY); bed.memory.write(how + 8, UInt64(0)); bed.memory.write(how + 16, UInt64(0))
        XCTAssertEqual(bed.call(N.openat2, AT_FDCWD_ARG, f, how, 24), neg(ENOTDIR))
        bed.memory.write(how, A64O.RDONLY)
        let fd = bed.call(N.openat2, AT_FDCWD_ARG, f, how, 32) // larger struct, zero tail
        XCTAssertGreaterThanOrEqual(fd, 0)
        close(Int32(fd))
        bed.memory.write(how + 24, UInt64(1))
        XCTAssertEqual(bed.call(N.openat2, AT_FDCWD_ARG, f, how, 32), neg(E2BIG))
        XCTAssertEqual(bed.call(N.openat2, AT_FDCWD_ARG, f, how, 16), neg(EINVAL))
        XCTAssertEqual(bed.call(N.openat2, AT_FDCWD_ARG, f, LinuxBed.unmapped, 24), neg(EFAULT))
    }

    func testRiscvGuestUsesGenericValues() throws {
        let bed = try LinuxBed(.riscv64)
        let dir = makeTempDir()
        defer { removeTree(dir) }
        writeHostFile(dir + "/file", "x")
        let f = bed.put(dir + "/file", at: LinuxBed.data)
        XCTAssertEqual(bed.call(N.openat, AT_FDCWD_ARG, f, UInt64(O_DIRECTORY)), neg(ENOTDIR))
        let fd = bed.call(N.openat, AT_FDCWD_ARG, f, 0)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertNotEqual(bed.call(N.fcntl, UInt64(fd), 3) & 0o100000, 0, "generic O_LARGEFILE")
        close(Int32(fd))
    }
}
