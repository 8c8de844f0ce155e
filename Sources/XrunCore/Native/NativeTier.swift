import CXrunHost
import Glibc

/// What a guest ISA's template gets: the assembler, and the conventions of the code
/// around it. Register use inside a block:
///   rbx = CPU pointer (CPUHeader + the ISA's registers), r15 = host address of guest 0;
///   rax, rcx, rdx, rsi, rdi, r8–r11 are free between ops (an op call clobbers them).
public struct NativeContext {
    public var asm = X86Assembler()
    public static let cpu = X86Reg.rbx
    public static let memBase = X86Reg.r15
    let buffer: CodeBuffer
    /// Per address register: the label of its out-of-range exit.
    var outOfRange: [(reg: X86Reg, label: Int)] = []

    init(buffer: CodeBuffer) {
        self.buffer = buffer
    }

    /// Calls the op's own function: the generic path for every op without a template.
    public mutating func callOp(_ op: UnsafePointer<Op>) {
        asm.mov(.rdi, .rbx)
        asm.movImm(.rsi, UInt64(UInt(bitPattern: op)))
        callFunction(NativeTier.resolveThunk(unsafeBitCast(op.pointee.fn, to: UnsafeRawPointer.self)))
    }

    /// Calls a C-ABI function (arguments already in rdi, rsi, ...).
    public mutating func callFunction(_ fn: UnsafeRawPointer) {
        asm.call(fn, near: buffer.isNear(fn))
    }

    /// Before a guest memory access whose guest address is in `addr`: records the
    /// instruction's PC (a host fault on the access is reported there, exactly like
    /// `beginAccess`), and sends addresses beyond the guest region to a SIGSEGV (the
    /// interpreter's `host(_:)` check). The access itself is then `guestMemory(addr)`.
    public mutating func beginAccess(pc: UInt64, addr: X86Reg, scratch: X86Reg) {
        asm.storeImm(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), pc, scratch: scratch)
        asm.mov(scratch, addr)
        asm.shift(.shr, scratch, 40)   // GuestMemory.addressLimit == 1 << 40
        let label: Int
        if let known = outOfRange.first(where: { $0.reg == addr }) {
            label = known.label
        } else {
            label = asm.newLabel()
            outOfRange.append((addr, label))
        }
        asm.jcc(.ne, label)
    }

    /// The host location of the guest address held in `addr`.
    public func guestMemory(_ addr: X86Reg, _ disp: Int32 = 0) -> X86Mem {
        X86Mem(.r15, disp, index: addr)
    }
}

/// A guest ISA's native code for one op, or false to fall back to calling the op.
public typealias NativeTemplate = @Sendable (UnsafePointer<Op>, inout NativeContext) -> Bool

/// The templates a guest ISA offers, keyed by the op function they replace.
public struct NativeTemplates: Sendable {
    var table: [UInt: NativeTemplate] = [:]
    public init() {}
    public mutating func add(_ fn: OpFn, _ template: @escaping NativeTemplate) {
        table[UInt(bitPattern: unsafeBitCast(fn, to: UnsafeRawPointer.self))] = template
    }
    public mutating func add(_ fns: [OpFn], _ template: @escaping NativeTemplate) {
        for fn in fns { add(fn, template) }
    }
    func template(for fn: OpFn) -> NativeTemplate? {
        table[UInt(bitPattern: unsafeBitCast(fn, to: UnsafeRawPointer.self))]
    }
}

/// The second tier's first step: each block becomes straight-line x86-64 code that
/// runs its ops in order — ISA templates inline where they exist, direct calls to the
/// op functions elsewhere — and returns to the block loop, which chains blocks as
/// before. Nothing outside the engine sees the difference: a block still has its ops
/// (the interpreter runs them when the tier is off), exits and faults behave the same.
final class NativeTier {
    let templates: NativeTemplates
    let buffer = CodeBuffer()
    private(set) var compiledBlocks = 0

    init(templates: NativeTemplates) {
        self.templates = templates
    }

    /// Off with XRUN_NATIVE=0 (then the interpreter runs every block).
    static var enabledByEnvironment: Bool {
        guard let v = getenv("XRUN_NATIVE") else { return true }
        return String(cString: v) != "0"
    }

    /// Native code for `block`, or nil (no executable memory): the block is interpreted.
    func compile(_ block: Block) -> UnsafeRawPointer? {
        let count = block.pointee.count
        guard buffer.reserve(count * 192 + 256) else { return nil }
        var ctx = NativeContext(buffer: buffer)
        // Entry: rdi = CPU. Three pushes keep rsp 16-byte aligned at the calls inside.
        ctx.asm.push(.rbx)
        ctx.asm.push(.r15)
        ctx.asm.push(.r12)
        ctx.asm.mov(.rbx, .rdi)
        ctx.asm.load(.r15, X86Mem(.rbx, Int32(CPUHeader.memBaseOffset)))
        let ops = UnsafePointer(block.opsPointer)
        for i in 0..<count {
            let op = ops + i
            if let t = templates.template(for: op.pointee.fn), t(op, &ctx) { continue }
            ctx.callOp(op)
        }
        ctx.asm.pop(.r12)
        ctx.asm.pop(.r15)
        ctx.asm.pop(.rbx)
        ctx.asm.ret()
        for (reg, label) in ctx.outOfRange {
            // The function does not return: it longjmps to the fault guard.
            ctx.asm.bind(label)
            if reg != .rdi { ctx.asm.mov(.rdi, reg) }
            ctx.callFunction(xrun_guest_out_of_range_entry())
        }
        ctx.asm.finish()
        guard let code = buffer.place(ctx.asm) else { return nil }
        compiledBlocks += 1
        return UnsafeRawPointer(code)
    }

    /// A `@convention(c)` closure literal compiles to a thunk that only tail-jumps to
    /// the Swift body (`push rbp; mov rbp, rsp; pop rbp; jmp body`). Calling the body
    /// directly saves that jump per op; any other shape is called as it is.
    static func resolveThunk(_ fn: UnsafeRawPointer) -> UnsafeRawPointer {
        let shape: [UInt8] = [0x55, 0x48, 0x89, 0xE5, 0x5D, 0xE9]
        for (i, b) in shape.enumerated() where fn.load(fromByteOffset: i, as: UInt8.self) != b {
            return fn
        }
        let rel = fn.loadUnaligned(fromByteOffset: 6, as: Int32.self)
        return fn + 10 + Int(rel)
    }
}

/// The C signature of a compiled block.
typealias NativeEntry = @convention(c) (UnsafeMutableRawPointer) -> Void
