import Glibc

/// This process's own /proc directory, matched on bytes: path system calls ask on
/// every call (readlinkat for /proc/self/exe, openat for the emulated files), so no
/// string is built unless the path is in it.
enum OwnProcDirectory {
    /// What `path` names inside /proc/self/, /proc/thread-self/ or /proc/<pid>/, or nil.
    /// A pid with a leading zero is no pid directory (fs/proc/base.c, name_to_int).
    /// `pid` is asked for only when the path has digits there (getpid is a system call).
    static func entry(_ path: String, pid: @autoclosure () -> Int32 = getpid()) -> String? {
        var path = path
        return path.withUTF8 { p -> String? in
            guard let start = entryStart(p, pid: pid) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: p[start...]), as: UTF8.self)
        }
    }

    static func entryStart(_ p: UnsafeBufferPointer<UInt8>, pid: () -> Int32) -> Int? {
        guard has(p, at: 0, "/proc/") else { return nil }
        if has(p, at: 6, "self/") { return 11 }
        if has(p, at: 6, "thread-self/") { return 18 }
        var i = 6, n = 0
        while i < p.count, p[i] >= 0x30, p[i] <= 0x39, n <= Int(Int32.max) {
            n = n * 10 + Int(p[i] - 0x30)
            i += 1
        }
        guard i > 6, p[6] != 0x30, i < p.count, p[i] == 0x2F, n == Int(pid()) else { return nil }
        return i + 1
    }

    static func has(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        return p.count - i >= n && memcmp(p.baseAddress! + i, literal.utf8Start, n) == 0
    }
}
