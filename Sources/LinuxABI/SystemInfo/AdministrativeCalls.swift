import Glibc
import XrunCore

/// Calls that only a privileged process normally makes, passed to the host, which checks
/// the privilege: acct (kernel/acct.c; the path through -L, NULL turns accounting off),
/// vhangup (fs/open.c), syslog (kernel/printk/printk.c: `dmesg`; the buffer is written for
/// the read actions 2, 3 and 4, and the length is an int).
enum AdministrativeCalls {
    static func register(_ t: inout SyscallTable) {
        t.register(.acct, strace: [.string]) { k, _, a in
            k.withOptionalPath(a[0]) { hostSyscall(SYS_acct, hostArg(UnsafeRawPointer($0))) }
        }
        t.register(.vhangup, strace: []) { _, _, _ in hostSyscall(SYS_vhangup) }
        t.register(.syslog, strace: [.int, .pointer, .int]) { k, _, a in
            let len = Int(a.int(2))
            let buf = k.hostPointerOrFault(a[1], max(len, 0), writes: true)
            return hostSyscall(SYS_syslog, Int(a.int(0)), hostArg(buf), len)
        }
    }
}
