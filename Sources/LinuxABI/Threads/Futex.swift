import Glibc
import XrunCore

/// futex on guest memory: the guest word lives in the host region, so the host futex
/// on its host address gives exactly the guest semantics — value checks (-EAGAIN),
/// timeouts, wake counts, PI (guest tids are host tids), requeue — and also works for
/// guest MAP_SHARED memory shared with other processes. Only the addresses are
/// translated. Commands and flags: include/uapi/linux/futex.h (generic).
enum Futex {
    static let FUTEX_WAIT = 0, FUTEX_WAKE = 1, FUTEX_FD = 2, FUTEX_REQUEUE = 3, FUTEX_CMP_REQUEUE = 4
    static let FUTEX_WAKE_OP = 5, FUTEX_LOCK_PI = 6, FUTEX_UNLOCK_PI = 7, FUTEX_TRYLOCK_PI = 8
    static let FUTEX_WAIT_BITSET = 9, FUTEX_WAKE_BITSET = 10, FUTEX_WAIT_REQUEUE_PI = 11
    static let FUTEX_CMP_REQUEUE_PI = 12, FUTEX_LOCK_PI2 = 13
    /// FUTEX_PRIVATE_FLAG | FUTEX_CLOCK_REALTIME
    static let flagBits = 128 | 256

    static func register(_ t: inout SyscallTable) {
        t.register(.futex, strace: [.pointer, .int, .unsigned, .pointer, .unsigned],
                   restart: .withSARestartIf(restartsWithSARestart)) { k, _, a in futex(k, a) }
        t.register(.futex_waitv, strace: [.pointer, .unsigned, .hex, .pointer, .int]) { k, _, a in futexWaitv(k, a) }
    }

    /// struct futex_waitv (include/uapi/linux/futex.h): u64 val, u64 uaddr, u32 flags,
    /// u32 __reserved — 24 bytes everywhere.
    static let waitvSize = 24, waitvMax = 128 // FUTEX_WAITV_MAX

    /// futex_waitv (kernel/futex/syscalls.c): the waiters are copied with each uaddr made
    /// a host address; the host checks everything else in the kernel's order (flags, the
    /// count, the clock, each waiter's flags, alignment, then the words). A uaddr outside
    /// the guest's space becomes an unmapped host address with the same low bits, so it
    /// still fails where the kernel would (-EINVAL when misaligned, else -EFAULT).
    static func futexWaitv(_ k: Kernel, _ a: SyscallArgs) -> Int {
        let count = Int(UInt32(truncatingIfNeeded: a[1])), clock = a.int(4)
        // What the kernel checks before it reads the array: no flags, the count, a non-NULL
        // array, and (with a timeout) CLOCK_REALTIME or CLOCK_MONOTONIC (futex2_setup_timeout).
        guard a.int(2) == 0, count > 0, count <= waitvMax, a[0] != 0 else { return -Int(EINVAL) }
        if a[3] != 0 && clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC { return -Int(EINVAL) }
        // futex2_setup_timeout reads and checks the timeout (EFAULT, then EINVAL for a
        // negative second or tv_nsec out of range) before futex_parse_waitv reads the array.
        let ts = k.hostOptional(a[3], 16) // struct timespec, absolute
        if a[3] != 0 {
            guard let sec = k.memory.read(a[3], as: Int64.self), let nsec = k.memory.read(a[3] &+ 8, as: UInt64.self),
                  ts.ok else { return -Int(EFAULT) }
            if sec < 0 || nsec >= 1_000_000_000 { return -Int(EINVAL) }
        }
        guard let guestWaiters = k.memory.readBytes(a[0], count * waitvSize) else { return -Int(EFAULT) }
        return withUnsafeTemporaryAllocation(byteCount: count * waitvSize, alignment: 8) { buf -> Int in
            guard let base = buf.baseAddress else { return -Int(ENOMEM) }
            for i in 0..<count {
                let entry = base + i * waitvSize
                guestWaiters.withUnsafeBytes { src in entry.copyMemory(from: src.baseAddress! + i * waitvSize, byteCount: waitvSize) }
                let uaddr = entry.load(fromByteOffset: 8, as: UInt64.self)
                let host = k.hostBuffer(uaddr, 4).map { UInt64(UInt(bitPattern: $0)) } ?? (0x1000 | (uaddr & 3))
                entry.storeBytes(of: host, toByteOffset: 8, as: UInt64.self)
            }
            return hostBlockingSyscall(SYS_futex_waitv, hostArg(base), count, 0, hostArg(ts.ptr), Int(clock))
        }
    }

    /// A wait without a timeout is ERESTARTSYS (restarted under SA_RESTART); with one it
    /// is ERESTART_RESTARTBLOCK, -EINTR when a handler ran (kernel/futex/waitwake.c,
    /// futex_wait). The other commands do not sleep interruptibly, or restart by
    /// themselves (the PI ones: ERESTARTNOINTR).
    @Sendable static func restartsWithSARestart(_ a: SyscallArgs) -> Bool {
        switch Int(a.int(1)) & ~flagBits {
        case FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_WAIT_REQUEUE_PI: return a[3] == 0
        default: return true
        }
    }

    static func futex(_ k: Kernel, _ a: SyscallArgs) -> Int {
        let op = Int(a.int(1))
        let cmd = op & ~flagBits
        // The futex word: 4 bytes (alignment is the host's to check: -EINVAL). PI commands
        // and FUTEX_WAKE_OP store into the words, so both are treated as written.
        guard let uaddr = k.hostWritableBuffer(a[0], 4) else { return -Int(EFAULT) }
        let timeoutIsPointer: Bool
        let usesUaddr2: Bool
        switch cmd {
        case FUTEX_WAIT, FUTEX_WAIT_BITSET, FUTEX_LOCK_PI, FUTEX_LOCK_PI2:
            timeoutIsPointer = true; usesUaddr2 = false
        case FUTEX_WAIT_REQUEUE_PI:
            timeoutIsPointer = true; usesUaddr2 = true
        case FUTEX_WAKE, FUTEX_WAKE_BITSET, FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI:
            timeoutIsPointer = false; usesUaddr2 = false
        case FUTEX_REQUEUE, FUTEX_CMP_REQUEUE, FUTEX_WAKE_OP, FUTEX_CMP_REQUEUE_PI:
            // The timeout slot carries val2, a number.
            timeoutIsPointer = false; usesUaddr2 = true
        default:
            return -Int(ENOSYS) // FUTEX_FD (removed in 2.6.26) and unknown commands
        }
        var timeout = a.long(3)
        if timeoutIsPointer {
            // struct timespec: 16 bytes, the same on both 64-bit ABIs.
            let ts = k.hostOptional(a[3], 16)
            guard ts.ok else { return -Int(EFAULT) }
            timeout = hostArg(ts.ptr)
        }
        var uaddr2 = 0
        if usesUaddr2 {
            guard let p = k.hostWritableBuffer(a[4], 4) else { return -Int(EFAULT) }
            uaddr2 = hostArg(p)
        }
        // Only the waits may end early with -EINTR; a wake or requeue never does.
        let call = cmd == FUTEX_WAIT || cmd == FUTEX_WAIT_BITSET ? hostBlockingSyscall : hostSyscall
        return call(SYS_futex, hostArg(uaddr), op, a.long(2), timeout, uaddr2, Int(UInt32(truncatingIfNeeded: a[5])))
    }
}
