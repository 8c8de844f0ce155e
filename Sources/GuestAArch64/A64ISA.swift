import XrunCore

/// The AArch64 guest: the A64 instruction set for the engine (`GuestISA`) and Linux's
/// arm64 ABI (arch/arm64 in the kernel sources) for the Linux layer (`LinuxArch`,
/// A64LinuxArch.swift).
public final class A64ISA: GuestISA {
    public init() {}

    public static let machine = GuestMachine(elfMachine: 183 /* EM_AARCH64 */, name: "aarch64",
                                             displayName: "AArch64", debianArchitecture: "arm64")
    public var stateSize: Int { A64Layout.stateSize }

    public func checkELF(flags: UInt32) -> String? { nil }

    public func decode(at pc: UInt64, code: CodeReader, into block: inout BlockBuilder) -> DecodeResult {
        // A64 instructions are 4 bytes, 4-aligned (a misaligned PC faults: SIGBUS).
        guard pc & 3 == 0, let insn = code.fetch32(pc) else { return .undefined }
        return A64Decoder.decode(insn, pc: pc, into: &block)
    }

    /// AAPCS64: x0–x7, v0–v7 (16 bytes apart), x30, sp (register 31).
    public var callConvention: GuestCallConvention {
        GuestCallConvention(intArgument: A64Layout.x, fpArgument: A64Layout.v, fpStride: 16,
                            returnAddress: A64Layout.x + 30 * 8, stackPointer: A64Layout.x + 31 * 8)
    }

    public func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64) {
        cpu.guestPC = entry
        cpu.x[Int(A64Reg.sp)] = stack
        storeExclusiveClear(cpu)
    }

    public func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer) { A64FPStatus.moveHostFlags(cpu) }

    func storeExclusiveClear(_ cpu: UnsafeMutableRawPointer) {
        cpu.storeBytes(of: UInt64.max, toByteOffset: A64Layout.exclusiveAddr, as: UInt64.self)
    }
}
