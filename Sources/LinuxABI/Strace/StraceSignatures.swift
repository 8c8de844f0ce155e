import XrunCore

/// How -strace shows each argument of the common system calls, in strace's manner.
/// One character per argument:
///   d  signed int (descriptors, pids, flags shown as numbers by strace too)
///   D  dirfd: AT_FDCWD (-100) by name
///   s  NUL-terminated string (paths, names)
///   b  buffer the guest writes out, shown as a string (its length is the next argument)
///   u  unsigned decimal
///   x  hex (flags, masks, addresses)
///   o  octal (modes)
///   p  pointer: NULL or hex
/// Calls not listed show six hex-or-decimal registers.
enum StraceSignatures {
    static let byName: [String: String] = [
        "read": "dpu", "write": "dbu", "pread64": "dpuu", "pwrite64": "dbuu", "readv": "dpu", "writev": "dpu",
        "openat": "Dsxo", "close": "d", "lseek": "ddd", "dup": "d", "dup3": "ddx", "pipe2": "px",
        "newfstatat": "Dspx", "fstat": "dp", "statx": "Dsxxp", "faccessat": "Dso", "faccessat2": "Dsox",
        "readlinkat": "Dspu", "mkdirat": "Dso", "unlinkat": "Dsx", "renameat": "DsDs", "renameat2": "DsDsx",
        "linkat": "DsDsx", "symlinkat": "sDs", "fchmodat": "Dso", "fchownat": "Dsddx", "chdir": "s",
        "fchdir": "d", "getcwd": "pu", "getdents64": "dpu", "ioctl": "dxp", "fcntl": "ddx", "utimensat": "Dspx",
        "ftruncate": "dd", "truncate": "sd", "fsync": "d", "umask": "o",
        "mmap": "pxxxdx", "munmap": "pu", "mprotect": "pux", "mremap": "puuxp", "madvise": "pud", "brk": "p",
        "execve": "spp", "exit": "d", "exit_group": "d", "wait4": "dpdp", "kill": "dd", "tgkill": "ddd",
        "tkill": "dd", "clone": "xppxp", "set_tid_address": "p", "set_robust_list": "pu", "futex": "pdupu",
        "rt_sigaction": "dppu", "rt_sigprocmask": "dppu", "rt_sigreturn": "", "sigaltstack": "pp",
        "getpid": "", "getppid": "", "gettid": "", "getuid": "", "geteuid": "", "getgid": "", "getegid": "",
        "uname": "p", "getrandom": "pux", "clock_gettime": "dp", "clock_nanosleep": "dxpp", "nanosleep": "pp",
        "gettimeofday": "pp", "prlimit64": "ddpp", "sysinfo": "p", "prctl": "dxxxx", "sched_yield": "",
        "ppoll": "pupp", "pselect6": "dppppp", "epoll_create1": "x", "epoll_ctl": "dddp", "epoll_pwait": "dpddp",
        "socket": "ddd", "connect": "dpu", "bind": "dpu", "listen": "dd", "accept4": "dppx",
        "sendto": "dbuxpu", "recvfrom": "dpuxpp", "setsockopt": "dddpu", "getsockopt": "dddpp",
        "shutdown": "dd", "socketpair": "dddp", "sendmsg": "dpx", "recvmsg": "dpx", "rseq": "puxx",
    ]

    /// The argument list text of syscall `nr`.
    static func arguments(_ nr: Int, name: String, _ args: SyscallArgs, kernel: Kernel) -> String {
        guard let sig = byName[name] else {
            return (0..<6).map { hexOrDecimal(args[$0]) }.joined(separator: ", ")
        }
        var parts: [String] = []
        for (i, kind) in sig.enumerated() {
            let v = args[i]
            switch kind {
            case "d": parts.append(String(Int32(truncatingIfNeeded: v)))
            case "D": parts.append(Int32(truncatingIfNeeded: v) == -100 ? "AT_FDCWD" : String(Int32(truncatingIfNeeded: v)))
            case "s": parts.append(kernel.guestString(v, max: 4096).map(quoted) ?? pointer(v))
            case "b":
                let n = Int(min(args[i + 1], 32))
                if let bytes = kernel.memory.readBytes(v, n) {
                    parts.append(quoted(bytes) + (args[i + 1] > 32 ? "..." : ""))
                } else {
                    parts.append(pointer(v))
                }
            case "u": parts.append(String(v))
            case "x": parts.append("0x" + String(v, radix: 16))
            case "o": parts.append("0" + String(v, radix: 8))
            default: parts.append(pointer(v))
            }
        }
        return parts.joined(separator: ", ")
    }

    static func pointer(_ v: UInt64) -> String { v == 0 ? "NULL" : "0x" + String(v, radix: 16) }
    static func hexOrDecimal(_ v: UInt64) -> String { v < 4096 ? String(v) : "0x" + String(v, radix: 16) }

    static func quoted(_ s: String) -> String { quoted(Array(s.utf8)) }

    /// strace's string escaping: \n \t \" \\ and \ooo for other non-printables.
    static func quoted(_ bytes: [UInt8]) -> String {
        var out = "\""
        for c in bytes {
            switch c {
            case 0x0a: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0d: out += "\\r"
            case 0x22: out += "\\\""
            case 0x5c: out += "\\\\"
            case 0x20...0x7e: out.unicodeScalars.append(Unicode.Scalar(c))
            default: out += "\\" + String(c, radix: 8)
            }
        }
        return out + "\""
    }
}
