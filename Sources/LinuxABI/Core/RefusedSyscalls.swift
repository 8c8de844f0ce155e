import Glibc
import XrunCore

/// System calls answered -ENOSYS on purpose (docs/syscalls.md lists them with these
/// reasons): callers of each either fall back to an older call or treat the feature as
/// absent, which is safer than a half-emulation.
enum RefusedSyscalls {
    static func register(_ t: inout SyscallTable) {
        // The submission and completion rings hold guest pointers that the host kernel
        // would dereference without translation; liburing, libuv, Tokio and glib fall
        // back to read/write/poll on ENOSYS (io_uring_setup(2)).
        t.refuse(.io_uring_setup, "rings hold guest pointers; callers fall back to read/write/poll")
        t.refuse(.io_uring_enter, "no ring can exist (io_uring_setup)")
        t.refuse(.io_uring_register, "no ring can exist (io_uring_setup)")
        // A Landlock domain binds the whole host thread — xrun's own opens (the sysroot,
        // /proc/self/maps, logs) included; callers treat ENOSYS as "no Landlock"
        // (landlock(7), ABI version check).
        t.refuse(.landlock_create_ruleset, "a domain would bind xrun itself; callers run unsandboxed")
        t.refuse(.landlock_add_rule, "no ruleset can exist (landlock_create_ruleset)")
        t.refuse(.landlock_restrict_self, "no ruleset can exist (landlock_create_ruleset)")
        // Another process's guest addresses mean nothing to this xrun (mm/process_vm_access.c
        // works on host addresses); callers fall back to /proc/<pid>/mem or ptrace.
        t.refuse(.process_vm_readv, "remote guest addresses are not host addresses")
        t.refuse(.process_vm_writev, "remote guest addresses are not host addresses")
        // Not system calls of a 64-bit kernel.
        t.refuse(.nfsservctl, "removed in Linux 3.1; the kernel answers ENOSYS too")
        t.refuse(.lookup_dcookie, "removed in Linux 6.8; the kernel answers ENOSYS too")
        t.refuse(.arch_specific_syscall, "the base of the architecture-specific numbers, no call")
        // 403-423: the 64-bit-time variants exist only where __BITS_PER_LONG == 32
        // (include/uapi/asm-generic/unistd.h); a 64-bit kernel answers ENOSYS.
        t.refuse(.clock_gettime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.clock_settime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.clock_adjtime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.clock_getres_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.clock_nanosleep_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.timer_gettime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.timer_settime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.timerfd_gettime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.timerfd_settime64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.utimensat_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.pselect6_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.ppoll_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.io_pgetevents_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.recvmmsg_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.mq_timedsend_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.mq_timedreceive_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.semtimedop_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.rt_sigtimedwait_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.futex_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
        t.refuse(.sched_rr_get_interval_time64, "32-bit ABIs only; a 64-bit kernel answers ENOSYS too")
    }
}
