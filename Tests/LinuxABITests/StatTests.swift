import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// struct stat: host x86-64 (144 bytes) → guest asm-generic (128 bytes).
final class StatTests: XCTestCase {
    func checkGuestStat(_ bed: LinuxBed, _ g: UInt64, against st: stat, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(bed.u64(g + 0), UInt64(st.st_dev), "st_dev", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 8), UInt64(st.st_ino), "st_ino", file: file, line: line)
        XCTAssertEqual(bed.u32(g + 16), st.st_mode, "st_mode", file: file, line: line)
        XCTAssertEqual(bed.u32(g + 20), UInt32(st.st_nlink), "st_nlink", file: file, line: line)
        XCTAssertEqual(bed.u32(g + 24), st.st_uid, "st_uid", file: file, line: line)
        XCTAssertEqual(bed.u32(g + 28), st.st_gid, "st_gid", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 32), UInt64(st.st_rdev), "st_rdev", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 40), 0, "__pad1", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 48), UInt64(st.st_size), "st_size", file: file, line: line)
        XCTAssertEqual(bed.u32(g + 56), UInt32(st.st_blksize), "st_blksize", file: file, line: line)
        XCTAssertEqual(bed.u32(g + 60), 0, "__pad2", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 64), UInt64(st.st_blocks), "st_blocks", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 72), UInt64(st.st_atim.tv_sec), "st_atime", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 80), UInt64(st.st_atim.tv_nsec), "st_atime_nsec", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 88), UInt64(st.st_mtim.tv_sec), "st_mtime", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 96), UInt64(st.st_mtim.tv_nsec), "st_mtime_nsec", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 104), UInt64(st.st_ctim.tv_sec), "st_ctime", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 112), UInt64(st.st_ctim.tv_nsec), "st_ctime_nsec", file: file, line: line)
        XCTAssertEqual(bed.u64(g + 120), 0, "__unused4/5", file: file, line: line)
    }

    func testNewfstatatConvertsFieldByField() throws {
        let bed = try LinuxBed()
        let dir = makeTempDir()
        defer { removeTree(dir) }
        let path = dir + "/f"
        writeHostFile(path, String(repeating: "x", count: 5000))
        XCTAssertEqual(chmod(path, 0o640), 0)
        var ts = [timespec(tv_sec: 1_000_000_123, tv_nsec: 456_789), timespec(tv_sec: 1_700_000_001, tv_nsec: 987_654_321)]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &ts, 0), 0)
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0)

        let g = LinuxBed.data + 0x1000
        bed.memory.writeBytes(g, [UInt8](repeating: 0xAA, count: 136))
        let p = bed.put(path, at: LinuxBed.data)
        XCTAssertEqual(bed.call(N.newfstatat, AT_FDCWD_ARG, p, g, 0), 0)
        checkGuestStat(bed, g, against: st)
        XCTAssertEqual(bed.u32(g + 16) & 0o7777, 0o640)
        XCTAssertEqual(bed.u64(g + 48), 5000)
        XCTAssertEqual(bed.u64(g + 96), 987_654_321)
        // Exactly 128 bytes written.
        XCTAssertEqual(bed.bytes(g + 128, 8), [UInt8](repeating: 0xAA, count: 8))
    }

    func testFstatAndEmptyPath() throws {
        let bed = try LinuxBed()
        let fd = open("/dev/null", O_RDONLY)
        defer { close(fd) }
        var st = stat()
        XCTAssertEqual(fstat(fd, &st), 0)
        let g = LinuxBed.data + 0x2000
        XCTAssertEqual(bed.call(N.fstat, UInt64(fd), g), 0)
        checkGuestStat(bed, g, against: st)
        XCTAssertNotEqual(bed.u64(g + 32), 0, "/dev/null has a device number")
        // AT_EMPTY_PATH (0x1000) with "" names the descriptor itself.
        let g2 = LinuxBed.data + 0x3000
        XCTAssertEqual(bed.call(N.newfstatat, UInt64(fd), bed.put("", at: LinuxBed.data), g2, 0x1000), 0)
        XCTAssertEqual(bed.bytes(g, 128), bed.bytes(g2, 128))
    }

    func testStatErrors() throws {
        let bed = try LinuxBed()
        let p = bed.put("/", at: LinuxBed.data)
        XCTAssertEqual(bed.call(N.newfstatat, AT_FDCWD_ARG, p, LinuxBed.unmapped, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.newfstatat, AT_FDCWD_ARG, p, LinuxBed.outside, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.newfstatat, AT_FDCWD_ARG, LinuxBed.unmapped, LinuxBed.data + 0x100, 0), neg(EFAULT))
        XCTAssertEqual(bed.call(N.newfstatat, AT_FDCWD_ARG, LinuxBed.outside, LinuxBed.data + 0x100, 0), neg(EFAULT))
        let missing = bed.put("/nonexistent/xrun/file", at: LinuxBed.data)
        XCTAssertEqual(bed.call(N.newfstatat, AT_FDCWD_ARG, missing, LinuxBed.data + 0x100, 0), neg(ENOENT))
        XCTAssertEqual(bed.call(N.fstat, 9999, LinuxBed.data + 0x100), neg(EBADF))
        // A guest buffer that ends past the mapping: the tail page is unmapped.
        XCTAssertEqual(bed.call(N.fstat, 0, LinuxBed.data + LinuxBed.dataSize - 64), neg(EFAULT))
    }

    func testStatxAndStatfsPassThrough() throws {
        let bed = try LinuxBed()
        let p = bed.put("/", at: LinuxBed.data)
        let g = LinuxBed.data + 0x1000
        // statx(AT_FDCWD, "/", 0, STATX_BASIC_STATS, buf): stx_mode (u16) at offset 28.
        XCTAssertEqual(bed.call(N.statx, AT_FDCWD_ARG, p, 0, 0x7ff, g), 0)
        XCTAssertEqual(UInt32(bed.memory.read(g + 28, as: UInt16.self) ?? 0) & UInt32(S_IFMT), UInt32(S_IFDIR))
        XCTAssertEqual(bed.call(N.statx, AT_FDCWD_ARG, p, 0, 0x7ff, LinuxBed.outside), neg(EFAULT))
        // The host's own struct statfs (asm-generic/statfs.h, 120 bytes) as the reference.
        var host = [UInt64](repeating: 0, count: 15)
        XCTAssertEqual(host.withUnsafeMutableBytes { hostSyscall(SYS_statfs, Int(bitPattern: "/".withCString { strdup($0) }), Int(bitPattern: $0.baseAddress)) }, 0)
        XCTAssertEqual(bed.call(N.statfs, p, g), 0)
        XCTAssertEqual(bed.u64(g), host[0], "f_type")
        XCTAssertEqual(bed.u64(g + 8), host[1], "f_bsize")
        XCTAssertEqual(bed.u64(g + 56), host[7], "f_fsid")
        XCTAssertEqual(bed.u64(g + 64), host[8], "f_namelen")
        XCTAssertEqual(bed.call(N.statfs, p, LinuxBed.unmapped), neg(EFAULT))
    }
}
