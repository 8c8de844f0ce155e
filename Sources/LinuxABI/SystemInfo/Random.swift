import Glibc
import XrunCore

/// getrandom(buf, len, flags): GRND_* are generic; the host fills guest memory, or the
/// seeded stream under -seed (GuestRandom).
enum Random {
    static func register(_ t: inout SyscallTable) {
        t.register(.getrandom, strace: [.pointer, .unsigned, .hex]) { k, _, a in
            guard let b = k.ioBuffer(a[0], a[1], hostWrites: true) else { return -Int(EFAULT) }
            let flags = UInt32(truncatingIfNeeded: a[2])
            // The kernel checks the flags before filling (drivers/char/random.c).
            if GuestRandom.isSeeded && flags & ~0x7 == 0 { return GuestRandom.fill(b.ptr, b.len) }
            return hostSyscall(SYS_getrandom, hostArg(b.ptr), b.len, Int(flags))
        }
    }
}
