import Glibc
import XrunCore

/// getrandom(buf, len, flags): GRND_* are generic; the host fills guest memory.
enum Random {
    static func register(_ t: inout SyscallTable) {
        t.register(.getrandom, strace: [.pointer, .unsigned, .hex]) { k, _, a in
            guard let b = k.ioBuffer(a[0], a[1], hostWrites: true) else { return -Int(EFAULT) }
            return hostSyscall(SYS_getrandom, hostArg(b.ptr), b.len, Int(UInt32(truncatingIfNeeded: a[2])))
        }
    }
}
