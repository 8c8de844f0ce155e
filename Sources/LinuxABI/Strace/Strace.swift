import Glibc
import XrunCore

/// -strace: one line per system call on stderr (or the -D file), in strace's shape,
/// prefixed with the thread id: `tid name(arg, ...) = result` or
/// `= -1 ENOENT (No such file or directory)`. Arguments are shown as each call's
/// registration says (`StraceFormat`).
final class Strace {
    unowned let kernel: Kernel

    /// Where lines go: the -D file, or a copy of stderr, held as one of xrun's own
    /// descriptors (EmulatorDescriptors) so that a guest closing or dup2()ing its
    /// descriptors neither closes nor redirects the log.
    private(set) var fd: Int32 = 2

    init(kernel: Kernel) {
        self.kernel = kernel
        fd = EmulatorDescriptors.openLog(path: kernel.config.logFile) { [unowned self] in self.fd = $0 }
        if fd < 0 { fd = 2 }
    }

    func enter(_ nr: Int, _ args: SyscallArgs, format: StraceFormat, thread: GuestThread) {
        let name = Syscall.name(nr) ?? "syscall_\(nr)"
        let text = "\(thread.tid) \(name)(\(format.arguments(args, kernel: kernel)))"
        // Each thread has its own call in progress (threads trace concurrently).
        let lt = kernel.linuxThread(thread)
        lt.stracePending = ""
        if format.result == .none {
            line(text + " = ?")
        } else {
            lt.stracePending = text
        }
    }

    func exit(_ result: Int, format: StraceFormat, known: Bool, thread: GuestThread) {
        let lt = kernel.linuxThread(thread)
        let pending = lt.stracePending
        guard !pending.isEmpty else { return }
        lt.stracePending = ""
        if result < 0 && result > -4096 {
            let e = Int32(-result)
            let text = known ? String(cString: strerror(e)) : "Function not implemented (xrun does not implement this call)"
            line("\(pending) = -1 \(errnoName(e)) (\(text))")
        } else if format.result == .address {
            line("\(pending) = 0x" + String(UInt(bitPattern: result), radix: 16))
        } else {
            line("\(pending) = \(result)")
        }
    }

    /// Forgets the call in progress (a fork child does not report the parent's clone).
    func discard(_ thread: GuestThread) { kernel.linuxThread(thread).stracePending = "" }

    /// `--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, ...} ---` for a delivered signal.
    func signal(_ sig: Int32, info: [UInt8], thread: GuestThread) {
        var fields = ["si_signo=\(signalName(sig))"]
        let code = info.withUnsafeBytes { $0.load(fromByteOffset: 8, as: Int32.self) }
        fields.append("si_code=" + siCodeName(code, sig))
        if code <= 0 || sig == SIGCHLD {
            // kill, sigqueue, tkill, timers: the sender (siginfo _kill/_rt/_sigchld: pid at 16, uid at 20)
            let pid = info.withUnsafeBytes { $0.load(fromByteOffset: 16, as: Int32.self) }
            let uid = info.withUnsafeBytes { $0.load(fromByteOffset: 20, as: UInt32.self) }
            if code != -2 { fields += ["si_pid=\(pid)", "si_uid=\(uid)"] }
        } else if [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP].contains(sig) {
            let addr = info.withUnsafeBytes { $0.load(fromByteOffset: 16, as: UInt64.self) }
            fields.append("si_addr=0x" + String(addr, radix: 16))
        }
        line("\(thread.tid) --- \(signalName(sig)) {\(fields.joined(separator: ", "))} ---")
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

/// strace's names for the common si_code values (include/uapi/asm-generic/siginfo.h).
func siCodeName(_ code: Int32, _ sig: Int32) -> String {
    switch code {
    case 0: return "SI_USER"
    case 0x80: return "SI_KERNEL"
    case -1: return "SI_QUEUE"
    case -2: return "SI_TIMER"
    case -3: return "SI_MESGQ"
    case -4: return "SI_ASYNCIO"
    case -5: return "SI_SIGIO"
    case -6: return "SI_TKILL"
    default: break
    }
    if sig == SIGSEGV && code == 1 { return "SEGV_MAPERR" }
    if sig == SIGSEGV && code == 2 { return "SEGV_ACCERR" }
    if sig == SIGBUS && code == 1 { return "BUS_ADRALN" }
    if sig == SIGBUS && code == 2 { return "BUS_ADRERR" }
    if sig == SIGILL && code == 1 { return "ILL_ILLOPC" }
    if sig == SIGTRAP && code == 1 { return "TRAP_BRKPT" }
    if sig == SIGCHLD && code >= 1 && code <= 6 {
        return ["CLD_EXITED", "CLD_KILLED", "CLD_DUMPED", "CLD_TRAPPED", "CLD_STOPPED", "CLD_CONTINUED"][Int(code) - 1]
    }
    return String(code)
}
