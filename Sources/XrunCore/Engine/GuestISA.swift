import CXrunHost
/// The engine's side of a guest instruction set: what the block cache, the dispatch
/// loop, the native tier and the ELF loader need — decoding, the size of the CPU
/// state, the registers a new process starts with, native templates, which ELF files
/// are its own, and the host FP flags its ops leave behind. Nothing here knows Linux:
/// the system-call convention, signal frames and the other per-architecture Linux
/// rules are the ISA's other seam, `LinuxArch`. AArch64 (A64ISA) and RISC-V 64
/// (RV64ISA) conform to both; the engine never asks which one runs.
public protocol GuestISA: AnyObject, Sendable {
    /// Who this ISA is, before an instance exists: the command line picks the ISA
    /// for an ELF file and names it in messages and binfmt_misc entries from this.
    static var machine: GuestMachine { get }
    init()

    /// Whether an ELF file with this header is one this ISA runs (its machine). The
    /// ELF flags are judged separately (`checkELF`), to explain a refusal.
    static func runs(elfMachine: UInt16) -> Bool

    /// Validates ISA-specific ELF header fields (e.g. RISC-V float ABI); returns an
    /// explanation when the binary cannot run.
    func checkELF(flags: UInt32) -> String?

    /// Bytes of ISA state after the CPUHeader.
    var stateSize: Int { get }

    /// Decodes one instruction at `pc` and appends its ops. The instruction bytes
    /// come from `code` (only executable guest memory).
    func decode(at pc: UInt64, code: CodeReader, into block: inout BlockBuilder) -> DecodeResult

    /// The instruction at `pc` as this ISA's usual disassembly syntax (GNU objdump's),
    /// for `-d in_asm` and the debugger: its encoding, its length in bytes (0 when it
    /// cannot be fetched) and its text.
    func disassemble(at pc: UInt64, code: CodeReader) -> (encoding: UInt64, length: Int, text: String)

    /// Where calls keep arguments, results and the return address (host-library calls).
    var callConvention: GuestCallConvention { get }

    /// Sets up a new process's registers: entry point and initial stack pointer.
    func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64)

    /// Guest execution stopped: move the host's sticky FP exception flags, which guest
    /// FP ops ran up, into the ISA's own state (and clear them), so that the emulator's
    /// code cannot add to them and a restored context (sigreturn) is not undone.
    func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer)

    /// The CPU models `-cpu` offers for this ISA, the default ("max") last.
    static var cpuModels: [CPUModelDescription] { get }

    /// Makes the model named `name` this process's CPU: what decodes and what the
    /// guest is told about the machine. Called once at start-up, before anything is
    /// translated (decoders read the choice at translation time only, so the hot path
    /// pays nothing). False for a name this ISA does not offer.
    static func selectCPUModel(_ name: String) -> Bool

    /// The registers as gdb sees them (`qXfer:features:read`, g/G/p/P): gdb's own
    /// feature names, register names, numbers and types for this architecture.
    var debugRegisters: DebugRegisterSet { get }
}

extension GuestISA {
    /// For ISAs that keep their FP flags in their own state and never read the host's.
    public func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer) {}
    /// An ISA without a description offers gdb no registers.
    public var debugRegisters: DebugRegisterSet { DebugRegisterSet(architecture: "", features: []) }
    public static func runs(elfMachine: UInt16) -> Bool { elfMachine == machine.elfMachine }

    /// ELF e_machine this ISA runs (`machine.elfMachine`).
    public var elfMachine: UInt16 { Self.machine.elfMachine }
    /// `machine.name`: uname -m, the Debian triplet's first part.
    public var machineName: String { Self.machine.name }
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
    /// A debugger breakpoint in front of the instruction at `pc`: leaves the loop
    /// before it runs (`BlockCache.setBreakpoint`).
    public static let debugTrap = OpDef("(breakpoint)") { cpu, op in
        cpu.trap(ExitReason.debugTrap, pc: op.pointee.pc)
    }
    /// Does nothing (hints, barriers on a host whose memory model is stronger).
    public static let nop = OpDef("nop") { _, _ in }
}
