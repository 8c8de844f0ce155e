import Glibc
import XrunCore

/// Resource limits and usage: getrlimit, setrlimit, prlimit64, getrusage.
/// struct rlimit (two unsigned longs) and struct rlimit64 (two u64) are both 16 bytes;
/// RLIMIT_* numbers are asm-generic/resource.h on all three ABIs. struct rusage is two
/// timevals and fourteen longs (144 bytes) on every 64-bit ABI.
enum Limits {
    static let rlimitSize = 16, rusageSize = 144
    static let RLIMIT_DATA: Int32 = 2, RLIMIT_STACK: Int32 = 3, RLIMIT_AS: Int32 = 9

    /// Limits on the emulator's own address space, not the guest's: the guest region is
    /// a 1 TiB reservation, so a guest's RLIMIT_AS or RLIMIT_DATA would make every later
    /// host mmap (the guest's and xrun's) fail, and RLIMIT_STACK would limit xrun's stack.
    /// Like QEMU, accept these and keep them off the host.
    static func keptOffHost(_ resource: Int32) -> Bool {
        resource == RLIMIT_AS || resource == RLIMIT_DATA || resource == RLIMIT_STACK
    }

    static func register(_ t: inout SyscallTable) {
        t.register(.getrlimit) { k, _, a in
            guard let p = k.hostWritableBuffer(a[1], rlimitSize) else { return -Int(EFAULT) }
            let r = hostSyscall(SYS_getrlimit, Int(a.int(0)), hostArg(p))
            if r == 0, let kept = k.keptLimits.get(a.int(0)) { store(kept, p) }
            return r
        }
        t.register(.setrlimit) { k, _, a in
            guard let p = k.hostBuffer(a[1], rlimitSize) else { return -Int(EFAULT) }
            if keptOffHost(a.int(0)) { return keep(k, a.int(0), a[1]) }
            return hostSyscall(SYS_setrlimit, Int(a.int(0)), hostArg(p))
        }
        t.register(.prlimit64, strace: [.int, .int, .pointer, .pointer]) { k, _, a in
            let new = k.hostOptional(a[2], rlimitSize), old = k.hostOptionalWritable(a[3], rlimitSize)
            guard new.ok, old.ok else { return -Int(EFAULT) }
            let pid = Int(a.int(0))
            let own = pid == 0 || pid == Int(getpid())
            if own && keptOffHost(a.int(1)) {
                let previous = k.keptLimits.get(a.int(1))
                if a[2] != 0 {
                    let c = keep(k, a.int(1), a[2])
                    if c < 0 { return c }
                }
                let r = hostSyscall(SYS_prlimit64, pid, Int(a.int(1)), 0, hostArg(old.ptr))
                if r == 0, let previous, let o = old.ptr { store(previous, o) }
                return r
            }
            return hostSyscall(SYS_prlimit64, pid, Int(a.int(1)), hostArg(new.ptr), hostArg(old.ptr))
        }
        t.register(.getrusage) { k, _, a in
            guard let p = k.hostWritableBuffer(a[1], rusageSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_getrusage, Int(a.int(0)), hostArg(p))
        }
    }

    /// Validates and remembers a limit the host does not get: -EFAULT, or -EINVAL when
    /// cur > max. (Raising the hard limit needs CAP_SYS_RESOURCE natively; without the
    /// host's check, anyone may here.)
    static func keep(_ k: Kernel, _ resource: Int32, _ addr: UInt64) -> Int {
        guard let cur = k.memory.read(addr, as: UInt64.self), let max = k.memory.read(addr + 8, as: UInt64.self) else {
            return -Int(EFAULT)
        }
        if cur > max { return -Int(EINVAL) }
        k.keptLimits.set(resource, (cur, max))
        return 0
    }

    static func store(_ limit: (UInt64, UInt64), _ p: UnsafeMutableRawPointer) {
        p.storeBytes(of: limit.0, as: UInt64.self)
        p.storeBytes(of: limit.1, toByteOffset: 8, as: UInt64.self)
    }
}

/// The limits the guest set that are kept off the host (Limits.keptOffHost): what
/// getrlimit/prlimit report for them afterwards. A fork child inherits them with the
/// rest of the emulator's memory.
final class KeptLimits: @unchecked Sendable {
    private var values: [Int32: (UInt64, UInt64)] = [:]
    private let lock = HostLock()

    func get(_ resource: Int32) -> (UInt64, UInt64)? { lock.withLock { values[resource] } }
    func set(_ resource: Int32, _ v: (UInt64, UInt64)) { lock.withLock { values[resource] = v } }
}
