import Glibc
import XrunCore

/// getrandom(buf, len, flags): GRND_* are generic; the host fills guest memory, or the
/// seeded stream under -seed (GuestRandom).
enum Random {
    static func writablePrefix(_ k: Kernel, _ addr: UInt64, _ count: Int) -> Int {
        guard addr < GuestMemory.addressLimit else { return 0 }
        let end = min(addr &+ UInt64(count), GuestMemory.addressLimit)
        var a = addr
        while a < end && k.memory.isAccessible(a, 1, .write) { a = GuestMemory.pageDown(a) + GuestMemory.pageSize }
        return Int(min(a, end) - addr)
    }

    static func register(_ t: inout SyscallTable) {
        t.register(.getrandom, strace: [.pointer, .unsigned, .hex]) { k, _, a in
            guard let b = k.ioBuffer(a[0], a[1], hostWrites: true) else { return -Int(EFAULT) }
            let flags = UInt32(truncatingIfNeeded: a[2])
            // The kernel checks the flags before filling (drivers/char/random.c).
            if GuestRandom.isSeeded && flags & ~0x7 == 0 {
                // xrun stores the bytes itself: only into the guest's writable pages, up to
                // the first that is not (a short count, or EFAULT when none), as the
                // kernel's copy out stops.
                let n = writablePrefix(k, a[0], b.len)
                if b.len > 0 && n == 0 { return -Int(EFAULT) }
                return GuestRandom.fill(b.ptr, n)
            }
            return hostSyscall(SYS_getrandom, hostArg(b.ptr), b.len, Int(flags))
        }
    }
}
