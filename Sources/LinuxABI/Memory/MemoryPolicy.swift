import Glibc
import XrunCore

/// NUMA memory policy (mm/mempolicy.c): set_mempolicy, get_mempolicy, mbind,
/// set_mempolicy_home_node, migrate_pages. Node masks are arrays of unsigned longs of
/// `maxnode` bits, the same on all three ABIs; mode and flag values are generic. Address
/// ranges are the guest's, checked against the guest's mappings (the host has its
/// reservation in every hole). libnuma's
/// numa_available(), Java's -XX:+UseNUMA and OpenMP runtimes call them.
enum MemoryPolicy {
    static let MPOL_F_ADDR: UInt64 = 1 << 1

    /// The bytes of a node mask of `maxnode` bits as the kernel reads it (get_nodes:
    /// BITS_TO_LONGS(maxnode - 1)... rounded to whole longs; clipped, since the host
    /// rejects a huge one itself).
    static func maskBytes(_ maxnode: UInt64) -> Int { Int(min((maxnode &+ 63) / 64, 1 << 16) * 8) }

    static func register(_ t: inout SyscallTable) {
        t.register(.set_mempolicy, strace: [.int, .pointer, .unsigned]) { k, _, a in
            hostSyscall(SYS_set_mempolicy, Int(a.int(0)), hostArg(k.hostPointerOrFault(a[1], maskBytes(a[2]), writes: false)),
                        Int(bitPattern: UInt(a[2])))
        }
        t.register(.get_mempolicy, strace: [.pointer, .pointer, .unsigned, .pointer, .hex]) { k, _, a in
            var addr = Int(bitPattern: UInt(a[3]))
            if a[4] & MPOL_F_ADDR != 0 {
                // The policy at a guest address: a hole is EFAULT (no vma there).
                guard k.memory.isAccessible(a[3], 1, []) else { return -Int(EFAULT) }
                addr = hostArg(k.memory.host(a[3]))
            }
            return hostSyscall(SYS_get_mempolicy, hostArg(k.hostPointerOrFault(a[0], 4, writes: true)),
                               hostArg(k.hostPointerOrFault(a[1], maskBytes(a[2]), writes: true)),
                               Int(bitPattern: UInt(a[2])), addr, Int(bitPattern: UInt(a[4])))
        }
        t.register(.mbind, strace: [.pointer, .unsigned, .int, .pointer, .unsigned, .hex]) { k, _, a in
            withRange(k, a[0], a[1]) { start, len in
                hostSyscall(SYS_mbind, start, len, Int(a.int(2)),
                            hostArg(k.hostPointerOrFault(a[3], maskBytes(a[4]), writes: false)),
                            Int(bitPattern: UInt(a[4])), Int(UInt32(truncatingIfNeeded: a[5])))
            }
        }
        t.register(.set_mempolicy_home_node, strace: [.pointer, .unsigned, .unsigned, .hex]) { k, _, a in
            withRange(k, a[0], a[1]) { start, len in
                hostSyscall(SYS_set_mempolicy_home_node, start, len, Int(bitPattern: UInt(a[2])), Int(bitPattern: UInt(a[3])))
            }
        }
        t.register(.migrate_pages, strace: [.int, .unsigned, .pointer, .pointer]) { k, _, a in
            let bytes = maskBytes(a[1])
            return hostSyscall(SYS_migrate_pages, Int(a.int(0)), Int(bitPattern: UInt(a[1])),
                               hostArg(k.hostPointerOrFault(a[2], bytes, writes: false)),
                               hostArg(k.hostPointerOrFault(a[3], bytes, writes: false)))
        }
    }

    /// A guest range as the host's (start, len), in the kernel's order: a misaligned start
    /// is EINVAL, a wrapping end EINVAL, an empty range 0, a hole EFAULT.
    static func withRange(_ k: Kernel, _ start: UInt64, _ len: UInt64, _ body: (Int, Int) -> Int) -> Int {
        if start & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
        let rounded = GuestMemory.pageUp(len)
        if start &+ rounded < start || (len != 0 && rounded == 0) { return -Int(EINVAL) }
        if rounded == 0 { return 0 }
        // The host has its reservation in the guest's holes, so it finds no hole itself; the
        // kernel (queue_pages_range) refuses a range that is all hole, and takes one that
        // has a mapped page anywhere.
        let end = start &+ rounded
        guard start < GuestMemory.addressLimit,
              k.memory.lock.withLock({ k.memory.mappings.areas.contains { $0.start < end && $0.end > start } })
        else { return -Int(EFAULT) }
        return body(hostArg(k.memory.host(start)), Int(min(rounded, GuestMemory.addressLimit - start)))
    }
}
