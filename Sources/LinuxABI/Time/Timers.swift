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
        t.register(.getitimer) { k, _, a in
            guard let v = k.hostWritableBuffer(a[1], pairSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_getitimer, Int(a.int(0)), hostArg(v))
        }
        // A NULL new value is accepted by the kernel (it disarms the timer).
        t.register(.setitimer) { k, _, a in
            let new = k.hostOptional(a[1], pairSize), old = k.hostOptionalWritable(a[2], pairSize)
            guard new.ok, old.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_setitimer, Int(a.int(0)), hostArg(new.ptr), hostArg(old.ptr))
        }
        t.register(.timerfd_create) { _, _, a in hostSyscall(SYS_timerfd_create, Int(a.int(0)), Int(a.int(1))) }
        t.register(.timerfd_settime) { k, _, a in
            let old = k.hostOptionalWritable(a[3], pairSize)
            guard let new = k.hostBuffer(a[2], pairSize), old.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_timerfd_settime, a.fd(0), Int(a.int(1)), hostArg(new), hostArg(old.ptr))
        }
        t.register(.timerfd_gettime) { k, _, a in
            guard let cur = k.hostWritableBuffer(a[1], pairSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_timerfd_gettime, a.fd(0), hostArg(cur))
        }
    }
}

/// POSIX timers: timer_create, timer_settime, timer_gettime, timer_getoverrun,
/// timer_delete, passed to the host's own timers.
///
/// struct sigevent is asm-generic/siginfo.h on arm64, riscv64 and x86-64 alike: sigev_value
/// (8), sigev_signo (int), sigev_notify (int), then a 48-byte union whose first int is
/// the _tid of SIGEV_THREAD_ID — 64 bytes, the kernel reads no pointer from it
/// (SIGEV_THREAD is glibc's, made of SIGEV_THREAD_ID). The signal arrives as a host
/// signal with the host siginfo (SI_TIMER, si_timerid, si_overrun, si_value), whose
/// layout is the guest's; guest thread ids are host thread ids. The timer id is an int.
enum PosixTimers {
    static let sigeventSize = 64

    static func register(_ t: inout SyscallTable) {
        t.register(.timer_create) { k, _, a in
            let sev = k.hostOptional(a[1], sigeventSize)
            guard sev.ok, let id = k.hostWritableBuffer(a[2], 4) else { return -Int(EFAULT) }
            return hostSyscall(SYS_timer_create, Int(a.int(0)), hostArg(sev.ptr), hostArg(id))
        }
        t.register(.timer_settime) { k, _, a in
            let old = k.hostOptionalWritable(a[3], Timers.pairSize)
            guard let new = k.hostBuffer(a[2], Timers.pairSize), old.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_timer_settime, Int(a.int(0)), Int(a.int(1)), hostArg(new), hostArg(old.ptr))
        }
        t.register(.timer_gettime) { k, _, a in
            guard let cur = k.hostWritableBuffer(a[1], Timers.pairSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_timer_gettime, Int(a.int(0)), hostArg(cur))
        }
        t.register(.timer_getoverrun) { _, _, a in hostSyscall(SYS_timer_getoverrun, Int(a.int(0))) }
        t.register(.timer_delete) { _, _, a in hostSyscall(SYS_timer_delete, Int(a.int(0))) }
    }
}
