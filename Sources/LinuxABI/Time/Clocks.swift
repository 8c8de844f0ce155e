import Glibc
import XrunCore

/// Clocks and sleeping: clock_gettime, clock_getres, clock_nanosleep, nanosleep,
/// gettimeofday, settimeofday, times.
///
/// On both 64-bit ABIs struct timespec is {s64 tv_sec; long tv_nsec} (16 bytes),
/// struct timeval {long; long} (16), struct timezone {int; int} (8) and struct tms four
/// longs (32): identical to x86-64, so the host reads and writes guest memory directly.
/// Clock ids (include/uapi/linux/time.h) and TIMER_ABSTIME are generic.
enum Clocks {
    static let timespecSize = 16, timevalSize = 16, timezoneSize = 8, tmsSize = 32

    /// A sleep through the safe call, so that a signal just before it interrupts it.
    /// One that never started slept nothing: a relative sleep reports the whole request
    /// as remaining, as for a sleep interrupted at once (kernel/time/hrtimer.c).
    static func sleep(request: UnsafeMutableRawPointer, remaining: UnsafeMutableRawPointer?, relative: Bool,
                      _ call: (Int, Int) -> Int) -> Int {
        let r = call(hostArg(request), hostArg(remaining))
        guard r == hostCallNotStarted else { return r }
        if relative { remaining?.copyMemory(from: request, byteCount: timespecSize) }
        return -Int(EINTR)
    }

    static func register(_ t: inout SyscallTable) {
        t.register(.clock_gettime, strace: [.int, .pointer]) { k, _, a in
            guard let ts = k.hostWritableBuffer(a[1], timespecSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_clock_gettime, Int(a.int(0)), hostArg(ts))
        }
        t.register(.clock_getres) { k, _, a in
            let ts = k.hostOptionalWritable(a[1], timespecSize)
            guard ts.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_clock_getres, Int(a.int(0)), hostArg(ts.ptr))
        }
        t.register(.clock_settime) { k, _, a in
            guard let ts = k.hostBuffer(a[1], timespecSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_clock_settime, Int(a.int(0)), hostArg(ts))
        }
        t.register(.clock_nanosleep, strace: [.int, .hex, .pointer, .pointer], restart: .never) { k, _, a in
            let rem = k.hostOptionalWritable(a[3], timespecSize)
            guard let req = k.hostBuffer(a[2], timespecSize), rem.ok else { return -Int(EFAULT) }
            let relative = a.int(1) & 1 /* TIMER_ABSTIME */ == 0
            return sleep(request: req, remaining: rem.ptr, relative: relative) {
                xrun_safe_syscall6(Int(SYS_clock_nanosleep), Int(a.int(0)), Int(a.int(1)), $0, $1, 0, 0)
            }
        }
        t.register(.nanosleep, strace: [.pointer, .pointer], restart: .never) { k, _, a in
            let rem = k.hostOptionalWritable(a[1], timespecSize)
            guard let req = k.hostBuffer(a[0], timespecSize), rem.ok else { return -Int(EFAULT) }
            return sleep(request: req, remaining: rem.ptr, relative: true) {
                xrun_safe_syscall6(Int(SYS_nanosleep), $0, $1, 0, 0, 0, 0)
            }
        }
        t.register(.gettimeofday, strace: [.pointer, .pointer]) { k, _, a in
            let tv = k.hostOptionalWritable(a[0], timevalSize), tz = k.hostOptionalWritable(a[1], timezoneSize)
            guard tv.ok, tz.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_gettimeofday, hostArg(tv.ptr), hostArg(tz.ptr))
        }
        // Needs CAP_SYS_TIME on the host, as natively: -EPERM for everyone else.
        t.register(.settimeofday) { k, _, a in
            let tv = k.hostOptional(a[0], timevalSize), tz = k.hostOptional(a[1], timezoneSize)
            guard tv.ok, tz.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_settimeofday, hostArg(tv.ptr), hostArg(tz.ptr))
        }
        // The result is clock ticks (USER_HZ = 100 on all three).
        t.register(.times) { k, _, a in
            let buf = k.hostOptionalWritable(a[0], tmsSize)
            guard buf.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_times, hostArg(buf.ptr))
        }
    }
}
