/// Where a guest function call keeps its arguments, results and return address in the
/// CPU state: what host-library calls (HostCalls) read and write, and what the engine
/// uses to call a guest function from the host (`Engine.callGuest`, a qsort
/// comparator). Only the register part of the convention: no stack arguments.
///
/// AArch64 (AAPCS64 §6.8.2): integer/pointer arguments in x0–x7, floating-point in
/// v0–v7 (d0–d7 for doubles), results in x0 / d0, return address in x30.
/// RISC-V LP64D (psABI "Integer/Floating-point Calling Convention"): a0–a7 (x10–x17),
/// fa0–fa7 (f10–f17), results in a0 / fa0, return address in ra (x1).
public struct GuestCallConvention: Sendable {
    /// Byte offset in the CPU state of integer argument register 0, and the distance
    /// between consecutive ones (8 arguments).
    public var intArgument: Int
    public var intStride: Int
    /// The same for floating-point argument registers.
    public var fpArgument: Int
    public var fpStride: Int
    /// Offset of the link register the callee returns through.
    public var returnAddress: Int
    /// Offset of the stack pointer.
    public var stackPointer: Int

    public init(intArgument: Int, intStride: Int = 8, fpArgument: Int, fpStride: Int,
                returnAddress: Int, stackPointer: Int) {
        self.intArgument = intArgument
        self.intStride = intStride
        self.fpArgument = fpArgument
        self.fpStride = fpStride
        self.returnAddress = returnAddress
        self.stackPointer = stackPointer
    }

    @inline(__always) public func intArg(_ cpu: UnsafeMutableRawPointer, _ i: Int) -> UInt64 {
        cpu.load(fromByteOffset: intArgument + i * intStride, as: UInt64.self)
    }
    @inline(__always) public func setIntArg(_ cpu: UnsafeMutableRawPointer, _ i: Int, _ v: UInt64) {
        cpu.storeBytes(of: v, toByteOffset: intArgument + i * intStride, as: UInt64.self)
    }
    @inline(__always) public func fpArg(_ cpu: UnsafeMutableRawPointer, _ i: Int) -> UInt64 {
        cpu.load(fromByteOffset: fpArgument + i * fpStride, as: UInt64.self)
    }
    /// Writes a double result: the whole register, so that on AArch64 the upper half of
    /// v0 is zero as after the callee's own FMOV/FADD to d0 (Arm ARM: writes to a D
    /// register clear bits 127:64).
    @inline(__always) public func setFPResult(_ cpu: UnsafeMutableRawPointer, _ bits: UInt64) {
        cpu.storeBytes(of: bits, toByteOffset: fpArgument, as: UInt64.self)
        if fpStride == 16 { cpu.storeBytes(of: 0, toByteOffset: fpArgument + 8, as: UInt64.self) }
    }
    @inline(__always) public func returnAddress(_ cpu: UnsafeMutableRawPointer) -> UInt64 {
        cpu.load(fromByteOffset: returnAddress, as: UInt64.self)
    }
}
