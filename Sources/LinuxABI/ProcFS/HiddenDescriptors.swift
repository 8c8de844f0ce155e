import Glibc
import XrunCore

/// /proc/self/fd and /proc/self/fdinfo without xrun's own descriptors
/// (EmulatorDescriptors): a native process has no such entries, so listing the directory
/// does not show them and opening or reading the link of one answers ENOENT
/// (fs/proc/fd.c, proc_lookupfd_common: a number not in the table has no entry).
enum HiddenDescriptors {
    /// True when `path` is /proc/self/fd/N, /proc/self/fdinfo/N (or under task/<tid>/,
    /// /proc/thread-self/, /proc/<our pid>/) for one of xrun's numbers.
    static func names(_ path: String) -> Bool {
        guard EmulatorDescriptors.lowest != .max, let entry = OwnProcDirectory.entry(path) else { return false }
        var rest = Substring(entry)
        if rest.hasPrefix("task/") {
            rest = rest.dropFirst(5).drop { $0.isNumber }
            guard rest.hasPrefix("/") else { return false }
            rest = rest.dropFirst()
        }
        if rest.hasPrefix("fd/") { rest = rest.dropFirst(3) } else if rest.hasPrefix("fdinfo/") { rest = rest.dropFirst(7) } else { return false }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        guard let n = Int32(rest) else { return false }
        return EmulatorDescriptors.contains(n)
    }

    /// After getdents64 filled `buf` with `size` bytes from `dirfd`: drops the records of
    /// xrun's descriptors when the directory is one of this process's fd or fdinfo
    /// directories. Returns the new size (records moved down in place).
    static func filter(dirfd: Int, _ buf: UnsafeMutableRawPointer, _ size: Int) -> Int {
        guard EmulatorDescriptors.lowest != .max, size > 0 else { return size }
        // struct linux_dirent64: d_ino u64, d_off s64, d_reclen u16 at 16, d_type u8, d_name at 19.
        func ownNumber(at off: Int) -> Bool {
            var n: Int64 = 0, p = buf + off + 19, digits = 0
            while p.load(as: UInt8.self) >= 0x30 && p.load(as: UInt8.self) <= 0x39 && digits < 10 {
                n = n * 10 + Int64(p.load(as: UInt8.self) - 0x30)
                p += 1; digits += 1
            }
            return digits > 0 && p.load(as: UInt8.self) == 0 && n <= Int64(Int32.max) && EmulatorDescriptors.contains(Int32(n))
        }
        var off = 0, any = false
        while off + 19 < size {
            if ownNumber(at: off) { any = true; break }
            let len = Int(buf.load(fromByteOffset: off + 16, as: UInt16.self))
            if len == 0 { break }
            off += len
        }
        guard any, isOwnDescriptorDirectory(Int32(truncatingIfNeeded: dirfd)) else { return size }
        var read = 0, write = 0
        while read + 19 < size {
            let len = Int(buf.load(fromByteOffset: read + 16, as: UInt16.self))
            if len == 0 { break }
            if !ownNumber(at: read) {
                if write != read { memmove(buf + write, buf + read, len) }
                write += len
            }
            read += len
        }
        return write
    }

    /// /proc/<our pid>/fd, /proc/<our pid>/fdinfo, or the same under task/<tid>/.
    static func isOwnDescriptorDirectory(_ fd: Int32) -> Bool {
        guard let path = hostFDPath(fd) else { return false }
        let own = "/proc/\(getpid())/"
        guard path.hasPrefix(own) else { return false }
        var rest = Substring(path.dropFirst(own.count))
        if rest.hasPrefix("task/") {
            rest = rest.dropFirst(5).drop { $0.isNumber }
            guard rest.hasPrefix("/") else { return false }
            rest = rest.dropFirst()
        }
        return rest == "fd" || rest == "fdinfo"
    }
}
