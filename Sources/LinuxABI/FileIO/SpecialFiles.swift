import Glibc
import XrunCore

/// Descriptors that are not files: memfd_create, memfd_secret, eventfd2, inotify. Their flag bits
/// are O_CLOEXEC / O_NONBLOCK (the same on all three ABIs) or their own generic values
/// (MFD_*: include/uapi/linux/memfd.h; IN_*: include/uapi/linux/inotify.h).
enum SpecialFiles {
    static func register(_ t: inout SyscallTable) {
        // memfd_secret (mm/secretmem.c): the flag is O_CLOEXEC; the guest maps the
        // descriptor like any other (its pages are only gone from the kernel's direct map).
        t.register(.memfd_secret, strace: [.hex]) { _, _, a in
            hostSyscall(SYS_memfd_secret, Int(UInt32(truncatingIfNeeded: a[0])))
        }
        t.register(.memfd_create) { k, _, a in
            // The name is at most 249 bytes (MFD_NAME_MAX_LEN); longer ones are the host's -EINVAL.
            guard let name = k.memory.readCString(a[0], max: 4096) else { return -Int(EFAULT) }
            return (name + [0]).withUnsafeBufferPointer { n in
                hostSyscall(SYS_memfd_create, hostArg(UnsafeRawPointer(n.baseAddress)), Int(UInt32(truncatingIfNeeded: a[1])))
            }
        }
        t.register(.eventfd2) { _, _, a in
            hostSyscall(SYS_eventfd2, Int(UInt32(truncatingIfNeeded: a[0])), Int(a.int(1)))
        }
        t.register(.inotify_init1) { _, _, a in hostSyscall(SYS_inotify_init1, Int(a.int(0))) }
        t.register(.inotify_add_watch) { k, _, a in
            k.withPath(a[1]) { p in hostSyscall(SYS_inotify_add_watch, a.fd(0), hostArg(p), Int(UInt32(truncatingIfNeeded: a[2]))) }
        }
        t.register(.inotify_rm_watch) { _, _, a in hostSyscall(SYS_inotify_rm_watch, a.fd(0), Int(a.int(1))) }
    }
}
