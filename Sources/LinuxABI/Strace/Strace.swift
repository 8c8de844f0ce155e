import Glibc
import XrunCore

/// -strace: one line per system call on stderr, in strace's shape:
/// `name(arg, ...) = result` or `= -1 ENOENT (No such file or directory)`.
/// Path arguments of the common file calls are shown as strings.
final class Strace {
    unowned let kernel: Kernel
    private var pending = ""

    /// Where lines go: stderr, or the -D file on a descriptor moved out of the guest's
    /// way (a guest that closes or dup2()s its descriptors must not redirect the log).
    private let fd: Int32

    init(kernel: Kernel) {
        self.kernel = kernel
        var out: Int32 = 2
        if let path = kernel.config.logFile {
            let f = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if f >= 0 {
                let high = fcntl(f, F_DUPFD_CLOEXEC, 1000)
                if high >= 0 { close(f); out = high } else { out = f }
            }
        }
        fd = out
    }

    /// Syscalls whose argument `i` is a path.
    private static let pathArgument: [Int: Int] = {
        typealias N = GuestSyscallNumber
        var m: [Int: Int] = [:]
        for nr in [N.openat, N.newfstatat, N.faccessat, N.faccessat2, N.mkdirat, N.unlinkat, N.readlinkat,
                   N.fchmodat, N.fchownat, N.utimensat, N.mknodat, N.statx, N.renameat, N.renameat2,
                   N.linkat] { m[nr] = 1 }
        for nr in [N.execve, N.chdir, N.statfs, N.truncate, N.chroot, N.acct] { m[nr] = 0 }
        m[N.symlinkat] = 0
        return m
    }()

    func enter(_ nr: Int, _ args: SyscallArgs, thread: GuestThread) {
        let name = guestSyscallNames[nr] ?? "syscall_\(nr)"
        let count = nr == GuestSyscallNumber.exit_group || nr == GuestSyscallNumber.exit ? 1 : 6
        var parts: [String] = []
        for i in 0..<count {
            if Self.pathArgument[nr] == i, let s = kernel.guestString(args[i], max: 256) {
                parts.append("\"\(s)\"")
            } else if i == 0 || nr == GuestSyscallNumber.openat && i == 0 {
                parts.append(String(Int64(bitPattern: args[i])))
            } else {
                parts.append(args[i] < 4096 ? String(args[i]) : "0x" + String(args[i], radix: 16))
            }
        }
        pending = "\(thread.tid) \(name)(\(parts.joined(separator: ", ")))"
        if nr == GuestSyscallNumber.exit_group || nr == GuestSyscallNumber.exit || nr == GuestSyscallNumber.execve {
            line(pending + " = ?")
            pending = ""
        }
    }

    func exit(_ nr: Int, _ result: Int, known: Bool, thread: GuestThread) {
        guard !pending.isEmpty else { return }
        if result < 0 && result > -4096 {
            let e = Int32(-result)
            let text = known ? String(cString: strerror(e)) : "Function not implemented (xrun does not implement this call)"
            line("\(pending) = -1 \(errnoName(e)) (\(text))")
        } else {
            line("\(pending) = \(result < 4096 && result > -4096 ? String(result) : "0x" + String(UInt(bitPattern: result), radix: 16))")
        }
        pending = ""
    }

    func line(_ s: String) {
        let text = s + "\n"
        text.withCString { _ = write(fd, $0, strlen($0)) }
    }

    func flush() {}
}

func errnoName(_ e: Int32) -> String {
    let names: [Int32: String] = [1: "EPERM", 2: "ENOENT", 3: "ESRCH", 4: "EINTR", 5: "EIO", 9: "EBADF", 10: "ECHILD",
                                  11: "EAGAIN", 12: "ENOMEM", 13: "EACCES", 14: "EFAULT", 17: "EEXIST", 20: "ENOTDIR",
                                  21: "EISDIR", 22: "EINVAL", 25: "ENOTTY", 28: "ENOSPC", 29: "ESPIPE", 32: "EPIPE",
                                  34: "ERANGE", 36: "ENAMETOOLONG", 38: "ENOSYS", 39: "ENOTEMPTY", 95: "EOPNOTSUPP",
                                  110: "ETIMEDOUT", 111: "ECONNREFUSED"]
    return names[e] ?? "E\(e)"
}
