import Glibc
import XrunCore

/// -strace: one line per system call on stderr (or the -D file), in strace's shape,
/// prefixed with the thread id: `tid name(arg, ...) = result` or
/// `= -1 ENOENT (No such file or directory)`. Arguments are decoded per
/// StraceSignatures.swift.
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

    func enter(_ nr: Int, _ args: SyscallArgs, thread: GuestThread) {
        let name = guestSyscallNames[nr] ?? "syscall_\(nr)"
        pending = "\(thread.tid) \(name)(\(StraceSignatures.arguments(nr, name: name, args, kernel: kernel)))"
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
