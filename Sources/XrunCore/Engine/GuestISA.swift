import CXrunHost
/// What a guest instruction set plugs into the engine: decoding, its register
/// convention for Linux system calls, and what the loader tells the program about it.
/// AArch64 and RISC-V 64 both implement it; nothing else in the engine or the Linux
/// layer depends on which one runs.
public protocol GuestISA: AnyObject, Sendable {
    /// ELF e_machine this ISA runs (EM_AARCH64 = 183, EM_RISCV = 243).
    var elfMachine: UInt16 { get }
    /// `uname -m` and the name used in messages.
    var machineName: String { get }
    /// AT_PLATFORM string.
    var platform: String { get }
    var hwcap: UInt64 { get }
    var hwcap2: UInt64 { get }
    /// Bytes of ISA state after the CPUHeader.
    var stateSize: Int { get }
    /// The guest's /proc/cpuinfo for `cpus` processors, as its Linux would print it.
    func procCPUInfo(cpus: Int) -> String

    /// Validates ISA-specific ELF header fields (e.g. RISC-V float ABI); returns an
    /// explanation when the binary cannot run.
    func checkELF(flags: UInt32) -> String?

    /// Decodes one instruction at `pc` and appends its ops. The instruction bytes
    /// come from `code` (only executable guest memory).
    func decode(at pc: UInt64, code: CodeReader, into block: inout BlockBuilder) -> DecodeResult

    /// The instruction at `pc` as this ISA's usual disassembly syntax (GNU objdump's),
    /// for `-d in_asm` and the debugger: its encoding, its length in bytes (0 when it
    /// cannot be fetched) and its text.
    func disassemble(at pc: UInt64, code: CodeReader) -> (encoding: UInt64, length: Int, text: String)

    /// Sets up a new process's registers: entry point and initial stack pointer.
    func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64)

    // Linux system-call convention.
    func syscallNumber(_ cpu: UnsafeMutableRawPointer) -> UInt64
    func syscallArgument(_ cpu: UnsafeMutableRawPointer, _ index: Int) -> UInt64
    func setSyscallResult(_ cpu: UnsafeMutableRawPointer, _ value: UInt64)
    /// Guest stack pointer (signal frames, clone).
    func stackPointer(_ cpu: UnsafeMutableRawPointer) -> UInt64
    func setStackPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64)
    /// Thread pointer register (TPIDR_EL0 / tp), for CLONE_SETTLS.
    func setThreadPointer(_ cpu: UnsafeMutableRawPointer, _ value: UInt64)
    /// Bytes of the system-call instruction (to re-execute it on a restart).
    var syscallInstructionLength: UInt64 { get }
    /// Whether the guest's struct sigaction has sa_restorer (the architecture defines
    /// SA_RESTORER: arm64 does, riscv does not).
    var sigactionHasRestorer: Bool { get }
    /// This architecture's own system calls (riscv_hwprobe...): the result, or nil
    /// when `number` is not one of them.
    func archSyscall(_ number: Int, _ args: [UInt64], memory: GuestMemory) -> Int?
    /// Guest execution stopped: move the host's sticky FP exception flags, which guest
    /// FP ops ran up, into the ISA's own state (and clear them), so that the emulator's
    /// code cannot add to them and a restored context (sigreturn) is not undone.
    func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer)

    // Signal frames, laid out as this architecture's Linux kernel lays them.
    /// Machine code that calls rt_sigreturn (the vDSO's sigreturn trampoline).
    var sigreturnTrampoline: [UInt8] { get }
    /// Builds the frame below `request.stackPointer` and points the registers at the
    /// handler. False if the frame cannot be written (the kernel then forces SIGSEGV).
    func pushSignalFrame(_ request: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool
    /// rt_sigreturn: restores the registers from the frame at the stack pointer and
    /// returns the saved signal mask, or nil for a bad frame.
    func popSignalFrame(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64?
}

extension GuestISA {
    public func archSyscall(_ number: Int, _ args: [UInt64], memory: GuestMemory) -> Int? { nil }
    /// For ISAs that keep their FP flags in their own state and never read the host's.
    public func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer) {}
}

/// What the Linux layer decided about a signal delivery; the ISA writes the frame.
public struct SignalFrameRequest {
    public var signal: Int32
    /// The guest siginfo_t (128 bytes; the same layout on every 64-bit Linux ABI).
    public var info: [UInt8]
    public var handler: UInt64
    /// Return address of the handler: SA_RESTORER's or the sigreturn trampoline.
    public var returnAddress: UInt64
    /// Mask to restore on sigreturn.
    public var savedMask: UInt64
    /// Top of the stack to build the frame on (the current SP or the alternate stack).
    public var stackPointer: UInt64
    /// uc_stack contents: the alternate stack as sigaltstack describes it.
    public var altStackBase: UInt64
    public var altStackFlags: Int32
    public var altStackSize: UInt64
    /// For faults: the faulting address (sigcontext.fault_address).
    public var faultAddress: UInt64

    public init(signal: Int32, info: [UInt8], handler: UInt64, returnAddress: UInt64, savedMask: UInt64,
                stackPointer: UInt64, altStackBase: UInt64 = 0, altStackFlags: Int32 = 2, altStackSize: UInt64 = 0,
                faultAddress: UInt64 = 0) {
        self.signal = signal; self.info = info; self.handler = handler; self.returnAddress = returnAddress
        self.savedMask = savedMask; self.stackPointer = stackPointer; self.altStackBase = altStackBase
        self.altStackFlags = altStackFlags; self.altStackSize = altStackSize; self.faultAddress = faultAddress
    }
}

public enum DecodeResult: Equatable {
    /// The instruction was appended; the block may go on after `length` bytes.
    case next(length: Int)
    /// The instruction ends the block; its last op sets the PC (branch/trap).
    case end(length: Int)
    /// Not an instruction this ISA implements: SIGILL at this PC.
    case undefined
}

/// Instruction fetch for the decoder: only from executable guest pages.
public struct CodeReader {
    let memory: GuestMemory
    public init(memory: GuestMemory) { self.memory = memory }

    public func fetch32(_ pc: UInt64) -> UInt32? {
        guard memory.isAccessible(pc, 4, .exec) else { return nil }
        return memory.host(pc).loadUnaligned(as: UInt32.self)
    }
    public func fetch16(_ pc: UInt64) -> UInt16? {
        guard memory.isAccessible(pc, 2, .exec) else { return nil }
        return memory.host(pc).loadUnaligned(as: UInt16.self)
    }
}

/// Collects the ops of one block during translation (cold path: an Array is fine),
/// each with the definition it came from.
public struct BlockBuilder {
    public let startPC: UInt64
    public var ops: [Op] = []
    /// Per op, its definition (unretained: definitions live as long as the process).
    public var definitions: [Unmanaged<OpDefinition>] = []

    public init(startPC: UInt64) {
        self.startPC = startPC
        ops.reserveCapacity(64)
        definitions.reserveCapacity(64)
    }

    @inlinable
    public mutating func emit(_ def: OpDefinition, pc: UInt64, imm: UInt64 = 0,
                              a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0, d: UInt8 = 0,
                              e: UInt8 = 0, f: UInt8 = 0, g: UInt8 = 0, h: UInt8 = 0) {
        ops.append(Op(def.run, pc: pc, imm: imm, a: a, b: b, c: c, d: d, e: e, f: f, g: g, h: h))
        definitions.append(Unmanaged.passUnretained(def))
    }
}

/// Ops every ISA needs at block ends.
public enum CommonOps {
    /// Falls through to the next block at `imm` (block split by length or page end).
    /// In native code it is the block's exit, chained like a branch.
    public static let goto = OpDef("(goto)", native: { op, ctx in
        ctx.exit(to: op.pointee.imm, slot: 0)
        return true
    }) { cpu, op in cpu.branch(to: op.pointee.imm, slot: 0) }
    /// SIGILL at this instruction; `imm` is the instruction word.
    public static let undefined = OpDef(".inst") { cpu, op in
        cpu.trap(ExitReason.undefined, pc: op.pointee.pc, info: op.pointee.imm)
    }
    /// Does nothing (hints, barriers on a host whose memory model is stronger).
    public static let nop = OpDef("nop") { _, _ in }
}
