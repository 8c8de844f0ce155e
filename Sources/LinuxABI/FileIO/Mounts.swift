import Glibc
import XrunCore

/// Mounts: mount, umount2, pivot_root and the new mount API (fsopen, fsconfig, fsmount,
/// fspick, move_mount, open_tree, mount_setattr). The guest's mounts are the host's:
/// every call goes to the host kernel, with path arguments seen through -L as every
/// other path is (Kernel.hostPath). A mount source is a path only when it starts with
/// "/" (a block device, a bind or move source); "proc", "tmpfs" or "none" are names the
/// filesystem reads, passed as they are. Filesystem types, option strings and
/// fsconfig keys are bytes the host kernel reads straight out of guest memory
/// (fs/namespace.c copy_mount_options copies at most a page and stops at a fault, as it
/// would in the guest's kernel). The flag and attribute values are the same on every
/// Linux architecture (include/uapi/linux/mount.h).
enum Mounts {
    // fsconfig commands (include/uapi/linux/mount.h)
    static let FSCONFIG_SET_PATH: Int32 = 3, FSCONFIG_SET_PATH_EMPTY: Int32 = 4

    static func register(_ t: inout SyscallTable) {
        t.register(.mount, strace: [.string, .string, .string, .hex, .pointer]) { k, _, a in
            // The source: a path to translate, or a name (or NULL) to pass on.
            guard let source = mountSource(k, a[0]) else { return -Int(EFAULT) }
            let type = k.hostOptional(a[2], 1), data = k.hostOptional(a[4], 1)
            guard type.ok, data.ok else { return -Int(EFAULT) }
            return withMountTarget(k, a[1]) { target in
                withOptionalCString(source.path) { path in
                    hostSyscall(SYS_mount, path.map { hostArg($0) } ?? hostArg(source.raw), hostArg(target),
                                hostArg(type.ptr), Int(a[3]), hostArg(data.ptr))
                }
            }
        }
        t.register(.umount2, strace: [.string, .hex]) { k, _, a in
            k.withPath(a[0]) { hostSyscall(SYS_umount2, hostArg($0), Int(a.int(1))) }
        }
        t.register(.pivot_root, strace: [.string, .string]) { k, _, a in
            k.withPath(a[0]) { new in k.withPath(a[1]) { old in hostSyscall(SYS_pivot_root, hostArg(new), hostArg(old)) } }
        }
        t.register(.fsopen, strace: [.string, .hex]) { k, _, a in
            guard let name = k.hostBuffer(a[0], 1) else { return -Int(EFAULT) }
            return hostSyscall(SYS_fsopen, hostArg(name), Int(a.int(1)))
        }
        t.register(.fsconfig, strace: [.int, .int, .string, .pointer, .int]) { k, _, a in fsconfig(k, a) }
        t.register(.fsmount, strace: [.int, .hex, .hex]) { _, _, a in
            hostSyscall(SYS_fsmount, a.fd(0), Int(a.int(1)), Int(a.int(2)))
        }
        t.register(.fspick, strace: [.dirfd, .string, .hex]) { k, _, a in
            k.withPath(a[1]) { hostSyscall(SYS_fspick, a.fd(0), hostArg($0), Int(a.int(2))) }
        }
        t.register(.open_tree, strace: [.dirfd, .string, .hex]) { k, _, a in
            k.withPath(a[1]) { hostSyscall(SYS_open_tree, a.fd(0), hostArg($0), Int(a.int(2))) }
        }
        t.register(.move_mount, strace: [.dirfd, .string, .dirfd, .string, .hex]) { k, _, a in
            k.withPath(a[1]) { from in
                k.withPath(a[3]) { to in hostSyscall(SYS_move_mount, a.fd(0), hostArg(from), a.fd(2), hostArg(to), Int(a.int(4))) }
            }
        }
        // struct mount_attr (u64 attr_set, attr_clr, propagation, userns_fd) is the same
        // everywhere; its size argument lets the host check extensions itself.
        t.register(.mount_setattr, strace: [.dirfd, .string, .hex, .pointer, .unsigned]) { k, _, a in
            let attr = k.hostOptional(a[3], Int(min(a[4], 4096)))
            guard attr.ok else { return -Int(EFAULT) }
            return k.withPath(a[1]) {
                hostSyscall(SYS_mount_setattr, a.fd(0), hostArg($0), Int(a.int(2)), hostArg(attr.ptr), Int(a[4]))
            }
        }
    }

    /// fsconfig(fd, cmd, key, value, aux): a path value (FSCONFIG_SET_PATH, _EMPTY)
    /// goes through -L; other values (strings, binary blobs of `aux` bytes, NULL) are
    /// read by the host from guest memory.
    static func fsconfig(_ k: Kernel, _ a: SyscallArgs) -> Int {
        let key = k.hostOptional(a[2], 1)
        guard key.ok else { return -Int(EFAULT) }
        let cmd = a.int(1)
        if (cmd == FSCONFIG_SET_PATH || cmd == FSCONFIG_SET_PATH_EMPTY) && a[3] != 0 {
            return k.withPath(a[3]) {
                hostSyscall(SYS_fsconfig, a.fd(0), Int(cmd), hostArg(key.ptr), hostArg($0), Int(a.int(4)))
            }
        }
        let value = k.hostOptional(a[3], 1)
        guard value.ok else { return -Int(EFAULT) }
        return hostSyscall(SYS_fsconfig, a.fd(0), Int(cmd), hostArg(key.ptr), hostArg(value.ptr), Int(a.int(4)))
    }

    /// A mount target through -L, except "/" itself: -L is a place to look files up,
    /// not a root, so `mount --make-rprivate /` (what sandboxes do first in a new mount
    /// namespace) means the real root, not the sysroot's directory.
    static func withMountTarget(_ k: Kernel, _ addr: UInt64, _ body: (UnsafePointer<CChar>) -> Int) -> Int {
        switch k.pathArgument(addr, applyingSysroot: false) {
        case .failure(let e): return -Int(e.code)
        case .success(let p): return (p == "/" ? p : k.hostPath(p)).withCString(body)
        }
    }

    /// A mount source: the host path for an absolute one, else the guest bytes as they
    /// are (`raw`, nil for NULL). Nil for a bad pointer.
    static func mountSource(_ k: Kernel, _ addr: UInt64) -> (path: String?, raw: UnsafeMutableRawPointer?)? {
        if addr == 0 { return (nil, nil) }
        guard let s = k.guestString(addr) else { return nil }
        if s.hasPrefix("/") { return (k.hostPath(s), nil) }
        return (nil, k.hostBuffer(addr, 1))
    }
}

/// `body` with a C string for `s`, or with nil.
func withOptionalCString<R>(_ s: String?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
    guard let s else { return body(nil) }
    return s.withCString { body($0) }
}
