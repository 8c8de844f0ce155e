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
        // Linux AIO's iocbs hold guest buffer pointers the host kernel would use untranslated;
        // libaio's users (databases, qemu-img) fall back to threads or plain I/O on ENOSYS.
        t.refuse(.io_setup, "iocbs hold guest pointers; callers fall back to threaded I/O")
        t.refuse(.io_destroy, "no AIO context can exist (io_setup)")
        t.refuse(.io_submit, "no AIO context can exist (io_setup)")
        t.refuse(.io_cancel, "no AIO context can exist (io_setup)")
        t.refuse(.io_getevents, "no AIO context can exist (io_setup)")
        t.refuse(.io_pgetevents, "no AIO context can exist (io_setup)")
        // A filter would see the host's system calls (x86-64 numbers, AUDIT_ARCH_X86_64) made
        // by xrun itself, not the guest's; callers treat ENOSYS as "no seccomp" and run
        // unsandboxed, as under qemu-user.
        t.refuse(.seccomp, "filters would judge xrun's host calls; callers run unsandboxed")
        // BPF programs run in the host kernel on host data with guest pointers in their maps.
        t.refuse(.bpf, "programs would run on host data; callers treat BPF as absent")
        // Counters would count xrun's own host instructions, and samples hold host PCs.
        t.refuse(.perf_event_open, "counters would measure xrun, not the guest; use perf on xrun")
        // A tracee's registers and memory are xrun's state, not the host thread's; guests are
        // debugged through xrun's gdb stub (-g), as under qemu-user.
        t.refuse(.ptrace, "tracee state is the emulator's; debug with -g")
        // Faults in the guest region are xrun's own (code locks, watchpoints, guest SIGSEGV).
        t.refuse(.userfaultfd, "faults in the guest region are handled by xrun itself")
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
