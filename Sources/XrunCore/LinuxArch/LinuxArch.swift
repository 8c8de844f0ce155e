/// The Linux side of a guest instruction set: what Linux's arch/<isa>/ code decides
/// for a process on it, which the shared Linux layer (LinuxABI) asks for instead of
/// testing which ISA runs — the system-call convention, stack and thread pointers,
/// signal frames and the sigreturn trampoline, the struct and flag layouts that are
/// not asm-generic's, the auxiliary vector's HWCAP/platform, /proc/cpuinfo, and the
/// architecture's own system calls. The engine's side is `GuestISA`. Declared here,
/// not in LinuxABI, so that the guest modules conform without depending on LinuxABI.
public protocol LinuxArch: AnyObject, Sendable {
    /// `uname -m` (struct utsname.machine).
    var utsMachine: String { get }

    // System-call convention.
    func syscallNumber(_ cpu: UnsafeMutableRawPointer) -> UInt64
    /// The six argument registers.
    func syscallArguments(_ cpu: UnsafeMutableRawPointer) -> SyscallArgs
    func setSyscallResult(_ cpu: UnsafeMutableRawPointer, _ value: UInt64)
    /// Bytes of the system-call instruction (to re-execute it on a restart).
    var syscallInstructionLength: UInt64 { get }
    /// This architecture's own system calls (riscv_hwprobe...): the result, or nil
    /// when `number` is not one of them.
    func archSyscall(_ number: Int, _ args: SyscallArgs, memory: GuestMemory) -> Int?

    /// Guest stack pointer (signal frames, clone).
    func stackPointer(_ cpu: UnsafeMutableRawPointer) -> UInt64
    func setStackPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64)
    /// Thread pointer register (TPIDR_EL0 / tp), for CLONE_SETTLS.
    func setThreadPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64)

    // Signals, laid out as this architecture's Linux kernel lays them.
    /// Machine code that calls rt_sigreturn (the vDSO's sigreturn trampoline).
    var sigreturnTrampoline: [UInt8] { get }
    /// Builds the frame below `request.stackPointer` and points the registers at the
    /// handler. False if the frame cannot be written (the kernel then forces SIGSEGV).
    func pushSignalFrame(_ request: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool
    /// rt_sigreturn: restores the registers from the frame at the stack pointer and
    /// returns the saved signal mask, or nil for a bad frame.
    func popSignalFrame(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64?
    /// Whether the guest's struct sigaction has sa_restorer (the architecture defines
    /// SA_RESTORER: arm64 does, riscv does not).
    var sigactionHasRestorer: Bool { get }
    /// MINSIGSTKSZ: the smallest alternate stack sigaltstack accepts (-ENOMEM below).
    var minimumSignalStackSize: UInt64 { get }

    /// The values of the O_* open flags that are not asm-generic's on every ISA.
    var openFlagBits: LinuxOpenFlagBits { get }

    // What the auxiliary vector and /proc tell the program about the CPU.
    /// AT_PLATFORM string; empty: no AT_PLATFORM entry.
    var platform: String { get }
    var hwcap: UInt64 { get }
    var hwcap2: UInt64 { get }
    /// The guest's /proc/cpuinfo for `cpus` processors, as its Linux would print it.
    func procCPUInfo(cpus: Int) -> String
}

extension LinuxArch {
    /// Argument register `index` (0...5) of a system call.
    public func syscallArgument(_ cpu: UnsafeMutableRawPointer, _ index: Int) -> UInt64 {
        syscallArguments(cpu)[index]
    }
    public func archSyscall(_ number: Int, _ args: SyscallArgs, memory: GuestMemory) -> Int? { nil }
    /// asm-generic/signal.h's MINSIGSTKSZ.
    public var minimumSignalStackSize: UInt64 { 2048 }
    public var openFlagBits: LinuxOpenFlagBits { .generic }
}

extension LinuxArch where Self: GuestISA {
    public var utsMachine: String { Self.machine.name }
}
