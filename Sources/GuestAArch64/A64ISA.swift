import XrunCore

/// The AArch64 guest: Linux arm64 ABI (arch/arm64 in the kernel sources).
public final class A64ISA: GuestISA {
    public init() {}

    public let elfMachine: UInt16 = 183 // EM_AARCH64
    public let machineName = "aarch64"
    public let platform = "aarch64"
    /// Exactly the features implemented (arch/arm64/include/uapi/asm/hwcap.h).
    public var hwcap: UInt64 { A64Features.hwcap }
    public var hwcap2: UInt64 { A64Features.hwcap2 }
    public var stateSize: Int { A64Layout.stateSize }

    public func checkELF(flags: UInt32) -> String? { nil }

    public func decode(at pc: UInt64, code: CodeReader, into block: inout BlockBuilder) -> DecodeResult {
        // A64 instructions are 4 bytes, 4-aligned (a misaligned PC faults: SIGBUS).
        guard pc & 3 == 0, let insn = code.fetch32(pc) else { return .undefined }
        return A64Decoder.decode(insn, pc: pc, into: &block)
    }

    public func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64) {
        cpu.guestPC = entry
        cpu.x[Int(A64Reg.sp)] = stack
        storeExclusiveClear(cpu)
    }

    public func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer) { A64FPStatus.moveHostFlags(cpu) }

    public func syscallNumber(_ cpu: UnsafeMutableRawPointer) -> UInt64 { cpu.x[8] }
    public func syscallArgument(_ cpu: UnsafeMutableRawPointer, _ index: Int) -> UInt64 { cpu.x[index] }
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

    private func storeExclusiveClear(_ cpu: UnsafeMutableRawPointer) {
        cpu.storeBytes(of: UInt64.max, toByteOffset: A64Layout.exclusiveAddr, as: UInt64.self)
    }
}
