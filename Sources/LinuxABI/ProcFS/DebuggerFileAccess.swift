import Glibc
import XrunCore

/// Files as the guest sees them, for a debugger reading them on the guest's behalf
/// (gdb's vFile through the stub): -L applies (hostPath) and /proc/self, /proc/<pid>
/// name xrun's emulated files (maps, auxv, cmdline, exe), as for the guest's openat.
extension Kernel {
    /// Opens `guestPath` read-only: a host fd (close-on-exec) or -errno.
    public func openForDebugger(_ guestPath: String) -> Int32 {
        if let name = emulatedProcFile(guestPath), name != "exe" {
            return Int32(openProcFile(name, flags: 0o2000000))
        }
        let fd = open(hostPath(guestPath), O_RDONLY | O_CLOEXEC)
        return fd >= 0 ? fd : -errno
    }

    /// The target of the guest's symbolic link `guestPath` (/proc/<pid>/exe is the
    /// guest program), or the errno.
    public func readlinkForDebugger(_ guestPath: String) -> Result<String, Errno> {
        if OwnProcDirectory.entry(guestPath) == "exe" { return .success(config.absoluteProgramPath) }
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(hostPath(guestPath), &buf, buf.count - 1)
        if n < 0 { return .failure(Errno(errno)) }
        return .success(String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }
}
