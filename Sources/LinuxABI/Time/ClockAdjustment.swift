import Glibc
import XrunCore

/// adjtimex and clock_adjtime (kernel/time/time.c): struct __kernel_timex
/// (include/uapi/linux/timex.h) is 208 bytes of int, long long and a timeval of two long
/// longs, laid out the same on all three 64-bit ABIs. The kernel reads it and writes it
/// back (even when only reading the clock), so the buffer is writable.
enum ClockAdjustment {
    static let timexSize = 208

    static func register(_ t: inout SyscallTable) {
        t.register(.adjtimex, strace: [.pointer]) { k, _, a in
            hostSyscall(SYS_adjtimex, hostArg(k.hostPointerOrFault(a[0], timexSize, writes: true)))
        }
        t.register(.clock_adjtime, strace: [.int, .pointer]) { k, _, a in
            hostSyscall(SYS_clock_adjtime, Int(a.int(0)), hostArg(k.hostPointerOrFault(a[1], timexSize, writes: true)))
        }
    }
}
