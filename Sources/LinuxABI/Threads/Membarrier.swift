import Glibc
import XrunCore

/// membarrier (kernel/sched/membarrier.c): guest threads are host threads of this one
/// process, and the translated code orders memory with the host's own barriers, so the
/// host's barrier on every CPU running one of them is the guest's. Commands and flags:
/// include/uapi/linux/membarrier.h.
enum Membarrier {
    static let CMD_QUERY = 0, CMD_GET_REGISTRATIONS = 1 << 9
    /// MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ and its REGISTER command: they restart the
    /// rseq critical sections of the process's threads, and the guest has none (rseq is
    /// ENOSYS). xrun answers as a kernel without CONFIG_RSEQ does: not in QUERY's mask,
    /// -EINVAL when asked.
    static let rseqCommands = (1 << 7) | (1 << 8)

    static func register(_ t: inout SyscallTable) {
        t.register(.membarrier, strace: [.hex, .hex, .int]) { _, _, a in
            let cmd = Int(a.int(0)), flags = Int(UInt32(bitPattern: a.int(1))), cpu = Int(a.int(2))
            if cmd & rseqCommands != 0 { return -Int(EINVAL) }
            let r = hostSyscall(SYS_membarrier, cmd, flags, cpu)
            // The registrations' mask can hold the host C library's own RSEQ registration.
            return r > 0 && (cmd == CMD_QUERY || cmd == CMD_GET_REGISTRATIONS) ? r & ~rseqCommands : r
        }
    }
}
