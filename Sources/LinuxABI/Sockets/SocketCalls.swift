import Glibc
import XrunCore

/// Socket lifetime: socket, socketpair, bind, connect, listen, accept, accept4,
/// getsockname, getpeername, shutdown. AF_*, SOCK_* (SOCK_NONBLOCK = O_NONBLOCK and
/// SOCK_CLOEXEC = O_CLOEXEC, the same on all three) and protocol numbers are generic.
enum SocketCalls {
    static func register(_ t: inout SyscallTable) {
        t.register(.socket, strace: [.int, .int, .int]) { _, _, a in hostSyscall(SYS_socket, Int(a.int(0)), Int(a.int(1)), Int(a.int(2))) }
        t.register(.socketpair, strace: [.int, .int, .int, .pointer]) { k, _, a in
            guard let sv = k.hostWritableBuffer(a[3], 8) else { return -Int(EFAULT) }
            return hostSyscall(SYS_socketpair, Int(a.int(0)), Int(a.int(1)), Int(a.int(2)), hostArg(sv))
        }
        for (call, host) in [(Syscall.bind, SYS_bind), (Syscall.connect, SYS_connect)] {
            t.register(call, strace: [.int, .pointer, .unsigned]) { k, _, a in
                let sa = k.sockaddrIn(a[1], a.int(2))
                guard sa.ok else { return -Int(EFAULT) }
                return host == SYS_connect
                    ? hostBlockingSyscall(host, a.fd(0), hostArg(sa.ptr), Int(a.int(2)))
                    : hostSyscall(host, a.fd(0), hostArg(sa.ptr), Int(a.int(2)))
            }
        }
        t.register(.listen, strace: [.int, .int]) { _, _, a in hostSyscall(SYS_listen, a.fd(0), Int(a.int(1))) }
        t.register(.accept) { k, _, a in
            let sa = k.sockaddrOut(a[1], a[2])
            guard sa.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_accept, a.fd(0), sa.addr, sa.len)
        }
        t.register(.accept4, strace: [.int, .pointer, .pointer, .hex]) { k, _, a in
            let sa = k.sockaddrOut(a[1], a[2])
            guard sa.ok else { return -Int(EFAULT) }
            return hostBlockingSyscall(SYS_accept4, a.fd(0), sa.addr, sa.len, Int(a.int(3)))
        }
        for (call, host) in [(Syscall.getsockname, SYS_getsockname), (Syscall.getpeername, SYS_getpeername)] {
            t.register(call) { k, _, a in
                let sa = k.sockaddrOut(a[1], a[2], lengthWithoutAddress: true)
                guard sa.ok else { return -Int(EFAULT) }
                return hostSyscall(host, a.fd(0), sa.addr, sa.len)
            }
        }
        t.register(.shutdown, strace: [.int, .int]) { _, _, a in hostSyscall(SYS_shutdown, a.fd(0), Int(a.int(1))) }
    }
}
