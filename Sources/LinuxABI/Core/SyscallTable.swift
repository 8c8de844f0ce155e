import Glibc
import XrunCore

/// A system call of Linux's generic table (asm-generic/unistd.h), which AArch64 and
/// RISC-V 64 share: `Syscall.read` and the others are generated (SyscallNumbers.swift).
public struct Syscall: Hashable, Sendable {
    public let number: Int
    init(_ number: Int) { self.number = number }

    /// The kernel's name for system call `number` (strace), nil where the table has none.
    static func name(_ number: Int) -> String? {
        guard number >= 0 && number < syscallNames.count else { return nil }
        let s = syscallNames[number]
        return s.utf8CodeUnitCount == 0 ? nil : s.description
    }
}

/// A handler returns the syscall's result: a value ≥ 0 or -errno.
public typealias SyscallHandler = (Kernel, GuestThread, SyscallArgs) -> Int

/// What happens to a call that a signal handler interrupted (-EINTR) (signal(7),
/// "Interruption of system calls and library functions by signal handlers").
public enum SyscallRestart: Sendable {
    /// Re-executed after the handler when it has SA_RESTART (the kernel's ERESTARTSYS).
    case withSARestart
    /// Never re-executed, SA_RESTART or not: the waits with a timeout or a temporary
    /// signal mask (ERESTARTNOHAND, or -EINTR outright).
    case never
    /// Depends on the arguments: true when the call is an ERESTARTSYS one (SA_RESTART
    /// restarts it), false when it ends with -EINTR whenever a handler runs — a futex
    /// wait with a timeout returns -ERESTART_RESTARTBLOCK, which handle_signal turns
    /// into -EINTR (arch/arm64/kernel/signal.c, kernel/futex/waitwake.c).
    case withSARestartIf(@Sendable (SyscallArgs) -> Bool)

    /// Whether a handler with SA_RESTART re-executes this call with these arguments.
    func restarts(_ a: SyscallArgs) -> Bool {
        switch self {
        case .withSARestart: return true
        case .never: return false
        case .withSARestartIf(let decide): return decide(a)
        }
    }
}

/// Everything the kernel knows of one system call, declared once where it is
/// implemented (`SyscallTable.register`).
struct SyscallEntry {
    var handler: SyscallHandler?
    var strace: StraceFormat = .registers
    var restart: SyscallRestart = .withSARestart
    /// Why a call answers -ENOSYS on purpose (`SyscallTable.refuse`), nil otherwise.
    var refusal: StaticString?
}

/// Generic syscall number → entry, a flat array indexed by number (the funnel looks a
/// call up without hashing). Numbers without a handler answer -ENOSYS.
public struct SyscallTable {
    /// Above every generic number (the table ends at 450 in Linux 6.x).
    static let capacity = 512
    private(set) var entries = [SyscallEntry](repeating: SyscallEntry(), count: capacity)

    init() {}

    /// Declares system call `call`: how -strace shows it (default: six raw registers),
    /// whether a handler with SA_RESTART re-executes it after -EINTR, and its handler.
    /// Each number is registered once.
    mutating func register(_ call: Syscall, strace: StraceFormat = .registers,
                           restart: SyscallRestart = .withSARestart, _ handler: @escaping SyscallHandler) {
        precondition(entries[call.number].handler == nil, "system call \(call.number) registered twice")
        entries[call.number] = SyscallEntry(handler: handler, strace: strace, restart: restart)
    }

    /// Declares that system call `call` answers -ENOSYS by design, and why (one phrase,
    /// listed in docs/syscalls.md by tools/gen-syscall-table). Unlike a number nobody
    /// registered, the call is known: -strace shows it with its name and arguments.
    mutating func refuse(_ call: Syscall, _ reason: StaticString, strace: StraceFormat = .registers) {
        register(call, strace: strace, restart: .withSARestart) { _, _, _ in -Int(ENOSYS) }
        entries[call.number].refusal = reason
    }

    /// The entry for `nr` (an empty one for numbers past the table).
    @inline(__always) func entry(_ nr: Int) -> SyscallEntry {
        nr >= 0 && nr < Self.capacity ? entries[nr] : SyscallEntry()
    }
}
