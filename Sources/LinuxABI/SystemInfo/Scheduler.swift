import Glibc
import XrunCore

/// Scheduling: sched_{get,set}{param,scheduler,affinity}, sched_get_priority_{max,min},
/// sched_rr_get_interval, getcpu, getpriority, setpriority. Guest pids are host pids;
/// struct sched_param is one int; SCHED_* and PRIO_* are generic; CPU masks are byte
/// arrays of unsigned longs, little-endian on all three.
enum Scheduler {
    static func register(_ t: inout SyscallTable) {
        t.register(.sched_setparam) { k, _, a in
            guard let p = k.hostBuffer(a[1], 4) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sched_setparam, Int(a.int(0)), hostArg(p))
        }
        t.register(.sched_getparam) { k, _, a in
            guard let p = k.hostWritableBuffer(a[1], 4) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sched_getparam, Int(a.int(0)), hostArg(p))
        }
        t.register(.sched_setscheduler) { k, _, a in
            guard let p = k.hostBuffer(a[2], 4) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sched_setscheduler, Int(a.int(0)), Int(a.int(1)), hostArg(p))
        }
        t.register(.sched_getscheduler) { _, _, a in hostSyscall(SYS_sched_getscheduler, Int(a.int(0))) }
        t.register(.sched_get_priority_max) { _, _, a in hostSyscall(SYS_sched_get_priority_max, Int(a.int(0))) }
        t.register(.sched_get_priority_min) { _, _, a in hostSyscall(SYS_sched_get_priority_min, Int(a.int(0))) }
        t.register(.sched_rr_get_interval) { k, _, a in
            guard let p = k.hostWritableBuffer(a[1], 16) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sched_rr_get_interval, Int(a.int(0)), hostArg(p))
        }
        // The host copies min(len, its cpumask size) bytes and returns that count.
        t.register(.sched_getaffinity) { k, _, a in
            let len = UInt64(UInt32(truncatingIfNeeded: a[1]))
            guard let b = k.ioBuffer(a[2], len, hostWrites: true) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sched_getaffinity, Int(a.int(0)), Int(len), hostArg(b.ptr))
        }
        t.register(.sched_setaffinity) { k, _, a in
            let len = UInt64(UInt32(truncatingIfNeeded: a[1]))
            guard let b = k.ioBuffer(a[2], len, hostWrites: false) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sched_setaffinity, Int(a.int(0)), Int(len), hostArg(b.ptr))
        }
        // getcpu(unsigned *cpu, unsigned *node, struct getcpu_cache *): the cache is unused.
        t.register(.getcpu) { k, _, a in
            let cpu = k.hostOptionalWritable(a[0], 4), node = k.hostOptionalWritable(a[1], 4)
            guard cpu.ok, node.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_getcpu, hostArg(cpu.ptr), hostArg(node.ptr), 0)
        }
        // The raw getpriority returns 20 - nice (1…40) on every architecture.
        t.register(.getpriority) { _, _, a in hostSyscall(SYS_getpriority, Int(a.int(0)), Int(a.int(1))) }
        t.register(.setpriority) { _, _, a in hostSyscall(SYS_setpriority, Int(a.int(0)), Int(a.int(1)), Int(a.int(2))) }
        // ioprio_set/ioprio_get (block/ioprio.c): which, who and the priority are ints
        // with generic values (include/uapi/linux/ioprio.h); `ionice` uses them.
        t.register(.ioprio_set, strace: [.int, .int, .hex]) { _, _, a in
            hostSyscall(SYS_ioprio_set, Int(a.int(0)), Int(a.int(1)), Int(a.int(2)))
        }
        t.register(.ioprio_get, strace: [.int, .int]) { _, _, a in hostSyscall(SYS_ioprio_get, Int(a.int(0)), Int(a.int(1))) }
        // struct sched_attr (include/uapi/linux/sched/types.h) is u32/s32/u64 fields, the
        // same on all three; the kernel reads its own `size` field first and answers
        // E2BIG with the size it knows written back, so the buffer is writable for both.
        t.register(.sched_setattr, strace: [.int, .pointer, .hex]) { k, _, a in
            hostSyscall(SYS_sched_setattr, Int(a.int(0)), hostArg(k.hostPointerOrFault(a[1], schedAttrSize, writes: true)),
                        Int(UInt32(truncatingIfNeeded: a[2])))
        }
        t.register(.sched_getattr, strace: [.int, .pointer, .unsigned, .hex]) { k, _, a in
            let size = Int(UInt32(truncatingIfNeeded: a[2]))
            return hostSyscall(SYS_sched_getattr, Int(a.int(0)), hostArg(k.hostPointerOrFault(a[1], size, writes: true)),
                               size, Int(UInt32(truncatingIfNeeded: a[3])))
        }
    }

    /// SCHED_ATTR_SIZE_VER1
    static let schedAttrSize = 56
}
