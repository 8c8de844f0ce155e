import Glibc
import XrunCore

/// fanotify (fs/notify/fanotify/fanotify_user.c): the FAN_* flags and masks are generic, and the
/// events read from the group's descriptor (struct fanotify_event_metadata and its info
/// records) are laid out the same on all three 64-bit ABIs, so the host's group serves the
/// guest. The event descriptors the host opens are ordinary guest descriptors. The mark's
/// path goes through -L like any path; a NULL path names `dirfd` itself.
enum Fanotify {
    static func register(_ t: inout SyscallTable) {
        // event_f_flags are open(2) flags for the event descriptors, whose values differ on
        // arm64 (O_DIRECTORY, O_NOFOLLOW, O_DIRECT, O_LARGEFILE): converted like openat's.
        t.register(.fanotify_init, strace: [.hex, .hex]) { k, _, a in
            hostSyscall(SYS_fanotify_init, Int(UInt32(truncatingIfNeeded: a[0])), Int(truncatingIfNeeded: k.openFlags.toHost(UInt64(UInt32(truncatingIfNeeded: a[1])))))
        }
        t.register(.fanotify_mark, strace: [.int, .hex, .hex, .dirfd, .string]) { k, _, a in
            k.withOptionalPath(a[4]) { p in
                hostSyscall(SYS_fanotify_mark, a.fd(0), Int(UInt32(truncatingIfNeeded: a[1])), Int(bitPattern: UInt(a[2])),
                            a.fd(3), hostArg(UnsafeRawPointer(p)))
            }
        }
    }
}
