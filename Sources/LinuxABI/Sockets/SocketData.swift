import Glibc
import XrunCore

/// sendto and recvfrom: a data buffer plus an optional peer address. MSG_* flags are
/// generic.
enum SocketData {
    static func register(_ t: inout SyscallTable) {
        t.register(.sendto, strace: [.int, .data, .unsigned, .hex, .pointer, .unsigned]) { k, _, a in
            let sa = k.sockaddrIn(a[4], a.int(5))
            guard let b = k.ioBuffer(a[1], a[2], hostWrites: false), sa.ok else { return -Int(EFAULT) }
            return hostBlockingSyscall(SYS_sendto, a.fd(0), hostArg(b.ptr), b.len, Int(UInt32(truncatingIfNeeded: a[3])),
                               hostArg(sa.ptr), Int(a.int(5)))
        }
        t.register(.recvfrom, strace: [.int, .pointer, .unsigned, .hex, .pointer, .pointer]) { k, _, a in
            let sa = k.sockaddrOut(a[4], a[5])
            guard let b = k.ioBuffer(a[1], a[2], hostWrites: true), sa.ok else { return -Int(EFAULT) }
            return hostBlockingSyscall(SYS_recvfrom, a.fd(0), hostArg(b.ptr), b.len, Int(UInt32(truncatingIfNeeded: a[3])),
                               sa.addr, sa.len)
        }
    }
}
