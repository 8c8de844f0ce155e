import Glibc
import XrunCore

/// Extended attributes: {,l,f}{get,set,list,remove}xattr. The attribute name is a
/// string, values and name lists are byte buffers: nothing is laid out differently
/// between the guest ABIs and x86-64, so these pass through with paths translated
/// (-L) and buffers checked. A size of 0 asks for the needed size (no buffer access).
enum ExtendedAttributes {
    static func register(_ t: inout SyscallTable) {
        for (call, host) in [(Syscall.getxattr, SYS_getxattr), (Syscall.lgetxattr, SYS_lgetxattr)] {
            t.register(call) { k, _, a in
                k.withPath(a[0]) { p in get(k, host, hostArg(UnsafeRawPointer(p)), name: a[1], value: a[2], size: a[3]) }
            }
        }
        t.register(.fgetxattr) { k, _, a in get(k, SYS_fgetxattr, a.fd(0), name: a[1], value: a[2], size: a[3]) }
        for (call, host) in [(Syscall.setxattr, SYS_setxattr), (Syscall.lsetxattr, SYS_lsetxattr)] {
            t.register(call) { k, _, a in
                k.withPath(a[0]) { p in
                    set(k, host, hostArg(UnsafeRawPointer(p)), name: a[1], value: a[2], size: a[3], flags: a.int(4))
                }
            }
        }
        t.register(.fsetxattr) { k, _, a in set(k, SYS_fsetxattr, a.fd(0), name: a[1], value: a[2], size: a[3], flags: a.int(4)) }
        for (call, host) in [(Syscall.listxattr, SYS_listxattr), (Syscall.llistxattr, SYS_llistxattr)] {
            t.register(call) { k, _, a in
                k.withPath(a[0]) { p in list(k, host, hostArg(UnsafeRawPointer(p)), buffer: a[1], size: a[2]) }
            }
        }
        t.register(.flistxattr) { k, _, a in list(k, SYS_flistxattr, a.fd(0), buffer: a[1], size: a[2]) }
        for (call, host) in [(Syscall.removexattr, SYS_removexattr), (Syscall.lremovexattr, SYS_lremovexattr)] {
            t.register(call) { k, _, a in
                k.withPath(a[0]) { p in remove(k, host, hostArg(UnsafeRawPointer(p)), name: a[1]) }
            }
        }
        t.register(.fremovexattr) { k, _, a in remove(k, SYS_fremovexattr, a.fd(0), name: a[1]) }
    }

    /// XATTR_NAME_MAX is 255 (include/uapi/linux/limits.h).
    static func withName(_ k: Kernel, _ addr: UInt64, _ body: (Int) -> Int) -> Int {
        guard let name = k.memory.readCString(addr, max: 256) else { return -Int(k.memory.isAccessible(addr, 1, .read) ? ERANGE : EFAULT) }
        return (name + [0]).withUnsafeBytes { body(hostArg($0.baseAddress)) }
    }

    static func get(_ k: Kernel, _ nr: Int32, _ target: Int, name: UInt64, value: UInt64, size: UInt64) -> Int {
        let buf = k.hostPointerOrFault(value, Int(truncatingIfNeeded: min(size, 1 << 30)), writes: true)
        return withName(k, name) { hostSyscall(nr, target, $0, size == 0 ? 0 : hostArg(buf), Int(min(size, 1 << 30))) }
    }

    static func set(_ k: Kernel, _ nr: Int32, _ target: Int, name: UInt64, value: UInt64, size: UInt64, flags: Int32) -> Int {
        // The value is read only when size > 0, after the name (fs/xattr.c setxattr).
        let buf = k.hostPointerOrFault(value, Int(truncatingIfNeeded: min(size, 1 << 30)), writes: false)
        return withName(k, name) { hostSyscall(nr, target, $0, hostArg(buf), Int(min(size, 1 << 30)), Int(flags)) }
    }

    static func list(_ k: Kernel, _ nr: Int32, _ target: Int, buffer: UInt64, size: UInt64) -> Int {
        let buf = k.hostPointerOrFault(buffer, Int(truncatingIfNeeded: min(size, 1 << 30)), writes: true)
        return hostSyscall(nr, target, size == 0 ? 0 : hostArg(buf), Int(min(size, 1 << 30)))
    }

    static func remove(_ k: Kernel, _ nr: Int32, _ target: Int, name: UInt64) -> Int {
        withName(k, name) { hostSyscall(nr, target, $0) }
    }
}
