import Glibc
import XrunCore

/// Interval timers and timer descriptors: getitimer, setitimer, timerfd_create,
/// timerfd_settime, timerfd_gettime. struct itimerval (2 × timeval) and struct
/// itimerspec (2 × timespec) are 32 bytes with the x86-64 layout on both 64-bit ABIs;
/// ITIMER_*, TFD_* (= O_CLOEXEC/O_NONBLOCK, TFD_TIMER_*) are generic.
/// The timer signals (SIGALRM, SIGVTALRM, SIGPROF) arrive as host signals.
enum Timers {
    static let pairSize = 32

    static func register(_ t: inout SyscallTable) {
        typealias N = GuestSyscallNumber
        t[N.getitimer] = { k, _, a in
            guard let v = k.hostWritableBuffer(a[1], pairSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_getitimer, Int(a.int(0)), hostArg(v))
        }
        // A NULL new value is accepted by the kernel (it disarms the timer).
        t[N.setitimer] = { k, _, a in
            let new = k.hostOptional(a[1], pairSize), old = k.hostOptionalWritable(a[2], pairSize)
            guard new.ok, old.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_setitimer, Int(a.int(0)), hostArg(new.ptr), hostArg(old.ptr))
        }
        t[N.timerfd_create] = { _, _, a in hostSyscall(SYS_timerfd_create, Int(a.int(0)), Int(a.int(1))) }
        t[N.timerfd_settime] = { k, _, a in
            let old = k.hostOptionalWritable(a[3], pairSize)
            guard let new = k.hostBuffer(a[2], pairSize), old.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_timerfd_settime, a.fd(0), Int(a.int(1)), hostArg(new), hostArg(old.ptr))
        }
        t[N.timerfd_gettime] = { k, _, a in
            guard let cur = k.hostWritableBuffer(a[1], pairSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_timerfd_gettime, a.fd(0), hostArg(cur))
        }
    }
}
