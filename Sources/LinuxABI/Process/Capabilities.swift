import Glibc
import XrunCore

/// capget/capset (kernel/capability.c): struct __user_cap_header_struct { u32 version;
/// int pid; } and up to two struct __user_cap_data_struct { u32 effective, permitted,
/// inheritable; } are the same on all three ABIs, and guest pids are host pids, so the
/// host answers. An unknown version makes the kernel write its preferred one back into
/// the header (EINVAL, or 0 when the data pointer is NULL): the header is writable.
/// libcap, ping, bubblewrap and systemd's tools call them.
enum Capabilities {
    /// Two data structs: _LINUX_CAPABILITY_U32S_3.
    static let dataSize = 24

    static func register(_ t: inout SyscallTable) {
        t.register(.capget, strace: [.pointer, .pointer]) { k, _, a in
            hostSyscall(SYS_capget, hostArg(k.hostPointerOrFault(a[0], 8, writes: true)),
                        hostArg(k.hostPointerOrFault(a[1], dataSize, writes: true)))
        }
        t.register(.capset, strace: [.pointer, .pointer]) { k, _, a in
            hostSyscall(SYS_capset, hostArg(k.hostPointerOrFault(a[0], 8, writes: true)),
                        hostArg(k.hostPointerOrFault(a[1], dataSize, writes: false)))
        }
    }
}
