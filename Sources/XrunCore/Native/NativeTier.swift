import CXrunHost
import Glibc

/// What a guest ISA's template gets: the assembler, and the conventions of the code
/// around it. Register use inside a block:
///   rbx = CPU pointer (CPUHeader + the ISA's registers), r15 = host address of guest 0;
///   r8–r14 hold copies of guest registers (the cache below; templates reach guest
///   registers only through `loadGuest`/`storeGuest`/`guestOperand`);
///   rax, rcx, rdx, rsi, rdi are free scratch between ops.
public struct NativeContext {
    public var asm = X86Assembler()
    public static let cpu = X86Reg.rbx
    public static let memBase = X86Reg.r15
    let buffer: CodeBuffer
    /// What the guest ISA's templates know at this point of the block about state
    /// they manage (AArch64: where the flags are, `A64LazyFlags`). 0 = nothing: at the
    /// start of a block and after every called op.
    public var isaFacts: UInt64 = 0
    /// Host registers that held values the ISA cares about (AArch64: the operands of
    /// the last flag-setting instruction) at a point of the code; see `stillHeld`.
    public struct HeldValues: Sendable {
        public let a: X86Reg, b: X86Reg?, constant: UInt64
        let at: Int, bound: Int
    }
    public var heldValues: HeldValues?

    /// Records that `a` and `b` (or `constant`) hold the ISA's values here.
    public mutating func holdValues(a: X86Reg, b: X86Reg?, constant: UInt64) {
        heldValues = HeldValues(a: a, b: b, constant: constant, at: asm.count, bound: asm.boundLabels)
    }
    /// The held values if they still are: nothing was emitted since, and no label was
    /// bound here (no other path joins with other register contents).
    public var stillHeld: HeldValues? {
        guard let h = heldValues, h.at == asm.count, h.bound == asm.boundLabels else { return nil }
        return h
    }
    /// Whether an op of this block was called (it may have set `exitReason`).
    var calledOps = false
    /// The block being compiled, and the label of its return to the block loop.
    let block: Block
    let epilogue: Int
    /// Per static exit slot: the labels of its link word and unlinked value
    /// (`BlockLinks`), and the out path of its exit, if the block has one.
    let linkWords: [Int], unlinkedWords: [Int]
    var exitOuts: [Int?] = [nil, nil]

    init(buffer: CodeBuffer, block: Block) {
        self.buffer = buffer
        self.block = block
        epilogue = asm.newLabel()
        linkWords = [asm.newLabel(), asm.newLabel()]
        unlinkedWords = [asm.newLabel(), asm.newLabel()]
    }

    // MARK: self-loops

    /// The guest register cache as it was at a block exit: which CPU-state slot each
    /// pool register mirrors, and the LRU order.
    struct CacheState {
        var slots: [Int32?]
        var lastUse: [Int]
        var clock: Int
    }
    /// First pass: the cache at the first exit that branches back to the block's own
    /// start (a loop of one block), if there is one.
    var selfLoopExit: CacheState?
    /// Second pass of a self-loop block: the body starts at `loopBody` with the cache
    /// holding `loopEntry` (loaded right after the prologue), so the back edge can
    /// jump there without going through memory when its cache still matches.
    var loopEntry: CacheState?
    var loopBody: Int?

    /// Loads the cache `entry` and binds the loop body's label (right after the
    /// prologue: chained entries come in before the loads).
    mutating func beginLoopBody(_ entry: CacheState) {
        for (i, disp) in entry.slots.enumerated() {
            if let disp { asm.load(Self.cachePool[i], X86Mem(.rbx, disp)) }
        }
        cachedSlot = entry.slots
        lastUse = entry.lastUse
        clock = entry.clock
        loopEntry = entry
        let body = asm.newLabel()
        asm.bind(body)
        loopBody = body
    }

    // MARK: guest register cache

    /// Host registers that hold guest registers inside a block. The cache is
    /// write-back: a guest register write goes to its host register only (dirty),
    /// and reaches the CPU state where something else may read it — at every block
    /// exit (`flushGuestRegisters`, memory and the cache then agree, so a chained
    /// block starts with an empty cache), before every call out of the code
    /// (`writeBackGuestRegisters`: called ops, slow calls, the flag materializer),
    /// when a dirty register is reused for another guest register, and at a fault:
    /// each access site records which pool registers are dirty for which guest
    /// register (`NativeFaultSites`), the fault handler saves r8–r14, and the fault
    /// path stores them. (A block that loops to itself starts its body with the cache
    /// its back edge leaves, `beginLoopBody`.) A guest register is read or written only
    /// through `loadGuest`/`storeGuest`/`storeGuestConstant`/`guestOperand`; code that
    /// reads the CPU state another way (a C function) writes the cache back first.
    static let cachePool: [X86Reg] = [.r8, .r9, .r10, .r11, .r12, .r13, .r14]
    /// Per pool register: the CPU-state displacement it mirrors, and when last used.
    var cachedSlot: [Int32?] = Array(repeating: nil, count: cachePool.count)
    var lastUse: [Int] = Array(repeating: 0, count: cachePool.count)
    var clock = 0
    /// Per pool register: it holds a value the CPU state does not have yet.
    private var dirty: [Bool] = Array(repeating: false, count: cachePool.count)

    private mutating func cacheIndex(of disp: Int32) -> Int? {
        guard let i = cachedSlot.firstIndex(of: disp) else { return nil }
        clock += 1
        lastUse[i] = clock
        return i
    }

    /// A guest register as an instruction operand: its host copy, or its memory.
    /// (Reads of any width may use it: the copy holds all 64 bits.) Read only.
    public mutating func guestOperand(_ disp: Int32) -> X86Operand {
        if let i = cacheIndex(of: disp) { return .reg(Self.cachePool[i]) }
        return .mem(X86Mem(.rbx, disp))
    }

    /// `dst = guest register` (64 bits with w, else the low 32 zero-extended).
    public mutating func loadGuest(_ dst: X86Reg, _ disp: Int32, w: Bool) {
        if let i = cacheIndex(of: disp) {
            asm.mov(dst, Self.cachePool[i], w: w)
            return
        }
        // Even for a 32-bit read, fetch all 64 bits into the cache: the next read of
        // the register (often the very next instruction) then stays in registers.
        let h = cacheRegister(for: disp)
        asm.load(h, X86Mem(.rbx, disp))
        asm.mov(dst, h, w: w)
    }

    /// `guest register = src` (all 64 bits), in its host register.
    public mutating func storeGuest(_ disp: Int32, _ src: X86Reg) {
        let h = cacheRegister(for: disp)
        asm.mov(h, src)
        markDirty(h, disp)
    }

    /// `guest register = value`, in its host register.
    public mutating func storeGuestConstant(_ disp: Int32, _ value: UInt64) {
        let h = cacheRegister(for: disp)
        asm.movImm(h, value)
        markDirty(h, disp)
    }

    /// The pool register for `disp`: its own, or the least recently used one (its
    /// value stored first if it is dirty).
    private mutating func cacheRegister(for disp: Int32) -> X86Reg {
        let i = cacheIndex(of: disp) ?? {
            let victim = lastUse.indices.min(by: { lastUse[$0] < lastUse[$1] })!
            if dirty[victim], let old = cachedSlot[victim] {
                asm.store(X86Mem(.rbx, old), Self.cachePool[victim])
                dirty[victim] = false
                dirtyStateChanged()
            }
            cachedSlot[victim] = disp
            clock += 1
            lastUse[victim] = clock
            return victim
        }()
        return Self.cachePool[i]
    }

    private mutating func markDirty(_ h: X86Reg, _ disp: Int32) {
        let i = Self.cachePool.firstIndex(of: h)!
        // A slot the fault path cannot name (`dirtyCode`) is written through instead.
        guard Self.siteCode(disp) != nil else {
            asm.store(X86Mem(.rbx, disp), h)
            return
        }
        if !dirty[i] {
            dirty[i] = true
            dirtyStateChanged()
        }
    }

    /// Stores every dirty register, on this path only: the compiler's view stays as
    /// it is, for the code that other paths reach after it (a block exit: code after
    /// one is reached only through labels bound before it was emitted).
    public mutating func flushGuestRegisters() {
        for i in dirty.indices where dirty[i] {
            asm.store(X86Mem(.rbx, cachedSlot[i]!), Self.cachePool[i])
        }
    }

    /// Stores every dirty register and counts them clean: straight-line code whose
    /// every path passes here (before a call out of the code).
    public mutating func writeBackGuestRegisters() {
        flushGuestRegisters()
        if dirty.contains(true) {
            for i in dirty.indices { dirty[i] = false }
            dirtyStateChanged()
        }
    }

    /// Empties the cache: before code that clobbers r8–r14 or reads the CPU state
    /// (the dirty registers are stored first), or after a call the cache was written
    /// back for (`writeBackGuestRegisters`; a called op may change guest registers
    /// behind it and clobbers r8–r11).
    public mutating func forgetGuestRegisters() {
        writeBackGuestRegisters()
        for i in cachedSlot.indices { cachedSlot[i] = nil }
    }

    /// A guest register displacement as one byte of a site's dirty code: disp / 8
    /// (guest registers are 8-byte slots after the CPU header, below 2 KiB), or nil.
    static func siteCode(_ disp: Int32) -> UInt64? {
        disp > 0 && disp < 2048 && disp % 8 == 0 ? UInt64(disp / 8) : nil
    }

    /// The dirty registers here as the fault path reads them: byte i (pool register
    /// i) is the `siteCode` of the guest register it holds dirty, or 0.
    var dirtyCode: UInt64 {
        var code: UInt64 = 0
        for i in dirty.indices where dirty[i] {
            code |= Self.siteCode(cachedSlot[i]!)! << (8 * UInt64(i))
        }
        return code
    }

    /// Calls the op's own function: the generic path for every op without a template.
    public mutating func callOp(_ op: UnsafePointer<Op>) {
        writeBackGuestRegisters()
        forgetGuestRegisters()
        isaFacts = 0
        calledOps = true
        asm.mov(.rdi, .rbx)
        asm.movImm(.rsi, UInt64(UInt(bitPattern: op)))
        callFunction(unsafeBitCast(op.pointee.fn, to: UnsafeRawPointer.self))
    }

    // MARK: out-of-line calls

    /// A template's way to the op's own function for the rare case it does not handle
    /// inline (a NaN, a rounding mode or FP control other than the default): jump to
    /// `entry`; the call is placed after the block's epilogue, so the common path
    /// runs straight on. The cache is written back at `beginSlowCall` (the function
    /// reads the CPU state; a template writes no guest register before its last jump
    /// to `entry`). After the call it reloads the guest register cache as it is at
    /// `finishSlowCall` (the function clobbers r8-r11 and may have written guest
    /// registers, so memory holds every current value) and comes back there.
    public struct SlowCall {
        public let entry: Int
        let index: Int
    }
    private var slowCalls: [(entry: Int, resume: Int, op: UnsafePointer<Op>, cached: [Int32?])] = []

    public mutating func beginSlowCall(_ op: UnsafePointer<Op>) -> SlowCall {
        writeBackGuestRegisters()
        calledOps = true
        let entry = asm.newLabel(), resume = asm.newLabel()
        slowCalls.append((entry, resume, op, []))
        return SlowCall(entry: entry, index: slowCalls.count - 1)
    }

    /// Where the slow call comes back: here, with the cache as it is now.
    public mutating func finishSlowCall(_ s: SlowCall) {
        asm.bind(slowCalls[s.index].resume)
        slowCalls[s.index].cached = cachedSlot
    }

    /// Emits the out-of-line calls (after the epilogue).
    mutating func emitSlowCalls() {
        for call in slowCalls {
            asm.bind(call.entry)
            asm.mov(.rdi, .rbx)
            asm.movImm(.rsi, UInt64(UInt(bitPattern: call.op)))
            callFunction(unsafeBitCast(call.op.pointee.fn, to: UnsafeRawPointer.self))
            for (i, disp) in call.cached.enumerated() {
                if let disp { asm.load(Self.cachePool[i], X86Mem(.rbx, disp)) }
            }
            asm.jmp(call.resume)
        }
        slowCalls.removeAll()
    }

    /// Calls a C-ABI function (arguments already in rdi, rsi, ...).
    public mutating func callFunction(_ fn: UnsafeRawPointer) {
        asm.call(fn, near: buffer.isNear(fn))
    }

    /// Before a guest memory access whose guest address is in `addr`: notes where the
    /// instruction at `pc` accesses memory (a host fault on the access is reported
    /// there, `NativeFaultSites`: nothing is stored at run time), and sends addresses
    /// beyond the guest region to a SIGSEGV at `pc` (the interpreter's `host(_:)`
    /// check). The access itself is then `guestMemory(addr)`. (`scratch` is the
    /// template's to give: the check may clobber it; today it needs none.)
    public mutating func beginAccess(pc: UInt64, addr: X86Reg, scratch: X86Reg, untagTopByte: Bool = false) {
        accessSites.append((asm.count, pc, dirtyCode))
        siteOp = opIndex
        let outOfRange = asm.newLabel()
        outOfRangeStubs.append((outOfRange, addr, pc, dirtyCode))
        testAddressLimit(addr)
        guard untagTopByte else {
            asm.jcc(.ne, outOfRange)
            return
        }
        // AArch64 top-byte-ignore: a tagged address is rare, so the sign extension
        // from bit 55 (LSAddress.untag) happens off the common path, which rechecks it.
        let tagged = asm.newLabel(), resume = asm.newLabel()
        asm.jcc(.ne, tagged)
        asm.bind(resume)
        untagStubs.append((tagged, resume, addr, outOfRange))
    }

    /// ZF clear when `addr` is at or beyond `GuestMemory.addressLimit` (1 << 40): one
    /// `test` against the mask of the bits above it, a constant at the end of the
    /// block (`emitAddressMask`), instead of copying and shifting the address.
    private mutating func testAddressLimit(_ addr: X86Reg) {
        if addressMask == nil { addressMask = asm.newLabel() }
        asm.testRIPRelative(addr, addressMask!)
    }
    private var addressMask: Int?

    /// Emits the mask `testAddressLimit` reads (after the code), if an access used it.
    mutating func emitAddressMask() {
        if let label = addressMask { asm.constant64(label, ~(UInt64(GuestMemory.addressLimit) - 1)) }
    }
    private var untagStubs: [(entry: Int, resume: Int, addr: X86Reg, outOfRange: Int)] = []
    /// Per access: the host code offset of its `beginAccess`, its guest PC and the
    /// dirty registers there (`dirtyCode`); again from where an op changes the dirty
    /// registers after its `beginAccess` (a fault on a later access of the op).
    private(set) var accessSites: [(offset: Int, pc: UInt64, dirty: UInt64)] = []
    /// The op being compiled (set by `NativeTier.emit`), and the last that made an access.
    var opIndex = 0
    private var siteOp = -1
    /// Per access: its way to SIGSEGV for an address beyond the guest region.
    private var outOfRangeStubs: [(label: Int, addr: X86Reg, pc: UInt64, dirty: UInt64)] = []

    private mutating func dirtyStateChanged() {
        guard siteOp == opIndex, let last = accessSites.last else { return }
        accessSites.append((asm.count, last.pc, dirtyCode))
    }

    /// Stores the registers a site's `dirtyCode` names.
    private mutating func storeDirty(_ code: UInt64) {
        for i in Self.cachePool.indices {
            let slot = (code >> (8 * UInt64(i))) & 0xFF
            if slot != 0 { asm.store(X86Mem(.rbx, Int32(slot * 8)), Self.cachePool[i]) }
        }
    }

    /// Emits the out-of-range paths of `beginAccess` (after the epilogue): each stores
    /// the guest registers dirty there and its instruction's PC (off the common path,
    /// so the fault is reported exactly there) and calls a function that does not
    /// return (it longjmps to the fault guard).
    mutating func emitOutOfRangeStubs() {
        for stub in outOfRangeStubs {
            asm.bind(stub.label)
            storeDirty(stub.dirty)
            if stub.addr != .rdi { asm.mov(.rdi, stub.addr) }
            asm.storeImm(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), stub.pc, scratch: .rsi)
            callFunction(xrun_guest_out_of_range_entry())
        }
        outOfRangeStubs.removeAll()
    }

    /// Emits the tagged-address paths of `beginAccess` (after the epilogue).
    mutating func emitUntagStubs() {
        for stub in untagStubs {
            asm.bind(stub.entry)
            asm.shift(.shl, stub.addr, 8)
            asm.shift(.sar, stub.addr, 8)
            testAddressLimit(stub.addr)
            asm.jcc(.ne, stub.outOfRange)
            asm.jmp(stub.resume)
        }
        untagStubs.removeAll()
    }

    /// The host location of the guest address held in `addr`.
    public func guestMemory(_ addr: X86Reg, _ disp: Int32 = 0) -> X86Mem {
        X86Mem(.r15, disp, index: addr)
    }
}

/// A guest ISA's native code for one op (`OpDefinition.native`), or false to fall back
/// to calling the op's interpreter function.
public typealias NativeTemplate = @Sendable (UnsafePointer<Op>, inout NativeContext) -> Bool

/// The second tier's first step: each block becomes straight-line x86-64 code that
/// runs its ops in order — ISA templates inline where they exist, direct calls to the
/// op functions elsewhere — and returns to the block loop, which chains blocks as
/// before. Nothing outside the engine sees the difference: a block still has its ops
/// (the interpreter runs them when the tier is off), exits and faults behave the same.
final class NativeTier {
    let buffer: CodeBuffer
    /// Guest PCs of the accesses in `buffer`, for the fault path.
    private(set) var faultSites = NativeFaultSites()
    private(set) var compiledBlocks = 0

    /// XRUN_PERF_MAP=1: names each block's code in /tmp/perf-PID.map, so `perf report`
    /// shows guest PCs instead of anonymous addresses.
    let perfMap = PerfMap.fromEnvironment()

    init(threshold: UInt64? = nil, codeCapacity: Int) {
        self.threshold = threshold ?? Self.thresholdFromEnvironment
        buffer = CodeBuffer(capacity: codeCapacity)
    }

    /// Interpreted runs before a block is compiled: XRUN_NATIVE_THRESHOLD, default 16
    /// (0 compiles every block when it is translated).
    let threshold: UInt64

    static var thresholdFromEnvironment: UInt64 {
        guard let v = getenv("XRUN_NATIVE_THRESHOLD"), let n = UInt64(String(cString: v)) else { return 16 }
        return n
    }

    /// Off with XRUN_NATIVE=0 (then the interpreter runs every block).
    static var enabledByEnvironment: Bool {
        guard let v = getenv("XRUN_NATIVE") else { return true }
        return String(cString: v) != "0"
    }

    /// Forgets all code (`CodeBuffer.reset`) and its access sites.
    func resetCode() {
        buffer.reset()
        faultSites.removeAll()
    }

    /// Native code for `block`, or nil (no executable memory, or the buffer is full):
    /// the block is interpreted.
    func compile(_ block: Block) -> UnsafeRawPointer? {
        let count = block.pointee.count
        guard buffer.reserve(count * 320 + 256) else { return nil }
        var ctx = emit(block, loopEntry: nil)
        // A loop of one block (the hot loop of most kernels): compiled again so that
        // its back edge jumps straight into its own body with the guest registers it
        // uses still in host registers, instead of through memory and the chaining
        // checks (`beginLoopBody`, `loopBack`).
        if let exit = ctx.selfLoopExit {
            ctx = emit(block, loopEntry: exit)
        }
        guard let code = buffer.place(ctx.asm) else { return nil }
        ctx.fillLinkWords(code)
        faultSites.add(block: code, sites: ctx.accessSites)
        compiledBlocks += 1
        if let perfMap { perfMap.note(code: code, size: ctx.asm.count, pc: block.pointee.startPC) }
        return UnsafeRawPointer(code + BlockLinks.headerBytes)
    }

    /// One pass over the block's ops: its whole code, labels resolved.
    private func emit(_ block: Block, loopEntry: NativeContext.CacheState?) -> NativeContext {
        let count = block.pointee.count
        var ctx = NativeContext(buffer: buffer, block: block)
        ctx.emitLinkWords()
        Self.prologue(&ctx.asm)
        if let loopEntry { ctx.beginLoopBody(loopEntry) }
        let ops = UnsafePointer(block.opsPointer)
        let definitions = block.definitions
        for i in 0..<count {
            let op = ops + i
            ctx.opIndex = i
            if let t = definitions[i].takeUnretainedValue().native, t(op, &ctx) { continue }
            ctx.callOp(op)
        }
        // Back to the block loop, saying which block this was. (A block whose last op
        // does not exit falls through into it: the cache is stored on that path.)
        ctx.flushGuestRegisters()
        ctx.asm.bind(ctx.epilogue)
        ctx.asm.movImm(.rax, UInt64(UInt(bitPattern: block)))
        ctx.asm.store(X86Mem(.rbx, Int32(CPUHeader.lastBlockOffset)), .rax)
        ctx.asm.pop(.r14)
        ctx.asm.pop(.r13)
        ctx.asm.pop(.r12)
        ctx.asm.pop(.r15)
        ctx.asm.pop(.rbx)
        ctx.asm.ret()
        ctx.emitSlowCalls()
        ctx.emitUntagStubs()
        ctx.emitOutOfRangeStubs()
        ctx.emitAddressMask()
        ctx.asm.finish()
        return ctx
    }

    /// Entry from the block loop: rdi = CPU. Five pushes keep rsp 16-byte aligned at
    /// the calls inside. Chained blocks jump past it (`prologueLength`): they run in
    /// the frame of the block the loop entered, whose epilogue pops it.
    static func prologue(_ a: inout X86Assembler) {
        a.push(.rbx)
        a.push(.r15)
        a.push(.r12)
        a.push(.r13)
        a.push(.r14)
        a.mov(.rbx, .rdi)
        a.load(.r15, X86Mem(.rbx, Int32(CPUHeader.memBaseOffset)))
    }
    static let prologueLength: Int = {
        var a = X86Assembler()
        prologue(&a)
        return a.count
    }()
}

/// The C signature of a compiled block.
typealias NativeEntry = @convention(c) (UnsafeMutableRawPointer) -> Void
