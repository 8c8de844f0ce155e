import XrunCore

/// What Linux's arch/arm64 decides for a process: the system-call convention (number
/// in x8, arguments in x0–x5, result in x0: arch/arm64/kernel/syscall.c), the O_*
/// values of arm64's asm/fcntl.h, MINSIGSTKSZ, HWCAP/platform. Signal frames are in
/// Signals/A64SignalFrame.swift, /proc/cpuinfo in A64CPUInfo.swift.
extension A64ISA: LinuxArch {
    public var platform: String { "aarch64" }
    /// Exactly the features implemented (arch/arm64/include/uapi/asm/hwcap.h).
    public var hwcap: UInt64 { A64Features.hwcap }
    public var hwcap2: UInt64 { A64Features.hwcap2 }

    public func syscallNumber(_ cpu: UnsafeMutableRawPointer) -> UInt64 { cpu.x[8] }
    public func syscallArguments(_ cpu: UnsafeMutableRawPointer) -> SyscallArgs { SyscallArgs(registers: cpu.x) }
    /// Also the return from the SVC exception, which clears the local exclusive
    /// monitor (ERET: AArch64.ExceptionReturn → ClearExclusiveLocal), so an STXR paired
    /// with an LDXR from before the system call fails, as it does on hardware.
    public func setSyscallResult(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) {
        cpu.x[0] = value
        storeExclusiveClear(cpu)
    }
    public func stackPointer(_ cpu: UnsafeMutableRawPointer) -> UInt64 { cpu.x[Int(A64Reg.sp)] }
    public func setStackPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) { cpu.x[Int(A64Reg.sp)] = value }
    public func setThreadPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64) { cpu.tpidr = value }

    /// arch/arm64/include/uapi/asm/signal.h.
    public var minimumSignalStackSize: UInt64 { 5120 }

    /// arch/arm64/include/uapi/asm/fcntl.h: the four bits in another order than
    /// asm-generic's.
    public var openFlagBits: LinuxOpenFlagBits {
        LinuxOpenFlagBits(directory: 0o040000, noFollow: 0o100000, direct: 0o200000, largeFile: 0o400000)
    }
}
