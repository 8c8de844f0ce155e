import XrunCore

/// What Linux's arch/riscv decides for a process: the system-call convention (number
/// in a7, arguments in a0–a5, result in a0), no SA_RESTORER, asm-generic O_* values and
/// MINSIGSTKSZ (the defaults), HWCAP and no platform. Signal frames are in
/// Signals/RV64SignalFrame.swift, riscv_hwprobe in RV64ArchSyscalls.swift,
/// /proc/cpuinfo in RV64CPUInfo.swift.
extension RV64ISA: LinuxArch {
    /// arch/riscv/include/asm/elf.h defines ELF_PLATFORM as NULL, so Linux puts no
    /// AT_PLATFORM entry (nor AT_HWCAP2: there is no ELF_HWCAP2) in the auxv of a
    /// riscv64 process. The empty string means: omit AT_PLATFORM.
    public var platform: String { "" }
    public var hwcap: UInt64 { RV64Features.hwcap }
    public var hwcap2: UInt64 { 0 }

    public func syscallNumber(_ cpu: UnsafeMutableRawPointer) -> UInt64 { cpu.xreg[Int(RVReg.a7)] }
    public func syscallArguments(_ cpu: UnsafeMutableRawPointer) -> SyscallArgs {
        SyscallArgs(registers: cpu.xreg + Int(RVReg.a0))
    }
    public func setSyscallResult(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) { cpu.xreg[Int(RVReg.a0)] = value }
    public func stackPointer(_ cpu: UnsafeMutableRawPointer) -> UInt64 { cpu.xreg[Int(RVReg.sp)] }
    public func setStackPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) { cpu.xreg[Int(RVReg.sp)] = value }
    public func setThreadPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) { cpu.xreg[Int(RVReg.tp)] = value }

    /// ECALL is 4 bytes (there is no compressed form).
    public var syscallInstructionLength: UInt64 { 4 }
    /// riscv does not define SA_RESTORER: struct sigaction is {handler, flags, mask}.
    public var sigactionHasRestorer: Bool { false }
}
