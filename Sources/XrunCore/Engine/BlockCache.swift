/// Guest PC → translated block, shared by all guest threads. Each thread keeps a
/// small direct-mapped jump cache in front of it (`GuestThread`), so this table and
/// its lock are only reached on a miss.
public final class BlockCache: @unchecked Sendable {
    public static let maxInstructionsPerBlock = 128
    /// The most guest instructions a block holds: 1 under -one-insn-per-tb. Read only
    /// while translating.
    public var instructionLimit = BlockCache.maxInstructionsPerBlock

    let isa: GuestISA
    let memory: GuestMemory
    let lock = HostLock()
    var blocks = BlockTable()
    var blocksByPage: [UInt64: [Block]] = [:]
    /// Per block, the native exits chained into it (`chain`, BlockChaining.swift).
    var links: [Block: [Link]] = [:]
    /// Invalidated blocks not yet freed (`reclaim`), and what they and the live ones hold.
    var retired: [Block] = []
    var retiredBytes = 0
    var liveBytes = 0
    /// Native code of retired blocks, still in the code buffer until a flush.
    var deadCodeBytes = 0
    let budget = CodeBudget.fromEnvironment
    /// What reclaiming is due (`Reclaim`), read without the lock at every thread's safe
    /// point (`Engine.runUntilTrap`); written under the lock.
    let reclaimWanted: UnsafeMutablePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()
    /// Translations to wait before asking again after a reclaim that could not run.
    var reclaimHoldOff = 0
    /// Bumped on every invalidation and reclaim.
    public internal(set) var generation: UInt64 = 0
    public private(set) var translatedBlocks = 0
    /// Counted with XRUN_STATS set (`TranslationStats`); read through `statsSnapshot`.
    var stats = TranslationStats()
    public var statsSnapshot: TranslationStats { lock.withLock { stats } }
    /// `-d in_asm,op`: each translated block is written there; nil when off.
    public var log: TranslationLog?
    /// Host-library calls: blocks at the entries it claims become its op (nil: none).
    public var entryHook: EntryHook?
    /// Compiles blocks to host code; nil when off (XRUN_NATIVE=0).
    let native: NativeTier?
    /// Debugger breakpoints (gdb's Z0/Z1): a block reaching one of these addresses
    /// ends with a trap op in front of that instruction. Under `lock`; read only while
    /// translating, so a program without a debugger pays nothing for it.
    private var breakpoints: Set<UInt64> = []

    public init(isa: GuestISA, memory: GuestMemory, nativeThreshold: UInt64? = nil) {
        self.isa = isa
        self.memory = memory
        self.native = NativeTier.enabledByEnvironment
            ? NativeTier(threshold: nativeThreshold, codeCapacity: CodeBudget.fromEnvironment.totalBytes) : nil
    }

    /// The block at `pc` if it is translated (no translation, no FP state touched).
    public func translatedBlock(at pc: UInt64) -> Block? {
        lock.withLock { blocks.find(pc) }
    }

    /// The block at `pc`, translating it if needed; nil if `pc` is not executable.
    public func block(at pc: UInt64) -> Block? {
        lock.withLock {
            if let b = blocks.find(pc) { return b }
            guard let b = translate(pc) else { return nil }
            blocks.insert(pc, b)
            liveBytes += Block.allocationSize(b.pointee.count)
            updateReclaimWanted()
            return b
        }
    }

    private func translate(_ pc: UInt64) -> Block? {
        let start = TranslationStats.enabled ? TranslationStats.now() : 0
        let code = CodeReader(memory: memory)
        guard memory.isAccessible(pc, 2, .exec) else { return nil }
        var builder = BlockBuilder(startPC: pc)
        var cur = pc
        let pageEnd = GuestMemory.pageDown(pc) + GuestMemory.pageSize
        var lastPage = pc >> GuestMemory.pageShift
        var count = 0
        if let hook = entryHook, let (def, imm) = hook.entryOp(at: pc) {
            // One op that does the whole function and returns to the caller.
            builder.emit(def, pc: pc, imm: imm)
            cur = pc + 4
        } else {
        decodeLoop: while true {
            if !breakpoints.isEmpty && breakpoints.contains(cur) {
                builder.emit(CommonOps.debugTrap, pc: cur)
                break decodeLoop
            }
            switch isa.decode(at: cur, code: code, into: &builder) {
            case .next(let len):
                cur += UInt64(len)
                lastPage = (cur - 1) >> GuestMemory.pageShift
                count += 1
                if count >= instructionLimit || cur >= pageEnd
                    || !memory.isAccessible(cur, 2, .exec) {
                    builder.emit(CommonOps.goto, pc: cur, imm: cur)
                    break decodeLoop
                }
            case .end(let len):
                cur += UInt64(len)
                lastPage = (cur - 1) >> GuestMemory.pageShift
                break decodeLoop
            case .undefined:
                let word = code.fetch32(cur).map { UInt64($0) } ?? UInt64(code.fetch16(cur) ?? 0)
                builder.emit(CommonOps.undefined, pc: cur, imm: word)
                cur += 2
                break decodeLoop
            }
        }
        }
        let b = Block.make(from: builder, endPC: cur)
        if let log, log.covers(b.pointee.startPC) { log.logBlock(b, isa: isa, code: code) }
        if TranslationStats.enabled {
            stats.translated += 1
            stats.translateNanos += TranslationStats.now() - start
        }
        if native?.threshold == 0 { compile(b) }
        let first = pc >> GuestMemory.pageShift
        for page in first...max(first, lastPage) {
            memory.noteCode(page: page)
            blocksByPage[page, default: []].append(b)
        }
        translatedBlocks += 1
        return b
    }

    /// Sets or clears a debugger breakpoint at `pc` (gdb's Z0/Z1, z0/z1) and drops
    /// the blocks translated from its page, so the next run translates it anew.
    /// Returns false when nothing changed.
    @discardableResult
    public func setBreakpoint(_ pc: UInt64, _ present: Bool) -> Bool {
        let changed = lock.withLock {
            present ? breakpoints.insert(pc).inserted : breakpoints.remove(pc) != nil
        }
        if changed { invalidate(pc, pc + 1) }
        return changed
    }

    /// One instruction at `pc` in a block of its own, not entered in the cache and
    /// without breakpoint traps: the debugger's single step runs it and frees it
    /// (`Engine.stepInstruction`). Nil when `pc` is not executable.
    func singleInstructionBlock(at pc: UInt64) -> Block? {
        let code = CodeReader(memory: memory)
        guard memory.isAccessible(pc, 2, .exec) else { return nil }
        var builder = BlockBuilder(startPC: pc)
        let flags = HostFPFlags.save()
        defer { flags.restore() }
        var end = pc
        switch isa.decode(at: pc, code: code, into: &builder) {
        case .next(let len):
            end = pc + UInt64(len)
            builder.emit(CommonOps.goto, pc: end, imm: end)
        case .end(let len):
            end = pc + UInt64(len)
        case .undefined:
            let word = code.fetch32(pc).map { UInt64($0) } ?? UInt64(code.fetch16(pc) ?? 0)
            builder.emit(CommonOps.undefined, pc: pc, imm: word)
            end = pc + 2
        }
        return Block.make(from: builder, endPC: end)
    }

    var nativeThreshold: UInt64 { native?.threshold ?? UInt64.max }

    /// Compiles a block that has become hot (another thread may have done it).
    func compileNative(_ b: Block) {
        guard native != nil else { return }
        lock.withLock {
            if b.pointee.native == nil && b.pointee.valid != 0 {
                compile(b)
                updateReclaimWanted()
            }
        }
    }

    /// Under `lock`.
    private func compile(_ b: Block) {
        guard let native else { return }
        let start = TranslationStats.enabled ? TranslationStats.now() : 0
        let before = native.buffer.used
        b.pointee.native = native.compile(b)
        b.codeBytes.pointee = native.buffer.used - before
        if TranslationStats.enabled {
            stats.compiled += 1
            stats.compileNanos += TranslationStats.now() - start
        }
    }

    /// Drops every block with code in pages [lo, hi).
    public func invalidate(_ lo: UInt64, _ hi: UInt64) {
        lock.withLock {
            var page = lo >> GuestMemory.pageShift
            let end = (hi + GuestMemory.pageSize - 1) >> GuestMemory.pageShift
            while page < end {
                if let list = blocksByPage.removeValue(forKey: page) {
                    for b in list where b.pointee.valid != 0 {
                        b.pointee.valid = 0
                        blocks.remove(b.pointee.startPC, ifIt: b)
                        unlinkIncoming(b)
                        retire(b)
                    }
                    memory.forgetCode(page: page)
                }
                page += 1
            }
            generation &+= 1
            updateReclaimWanted()
        }
    }

    public func invalidateAll() {
        lock.withLock {
            blocks.forEach {
                $0.pointee.valid = 0
                retire($0)
            }
            unlinkAll()
            for page in blocksByPage.keys { memory.forgetCode(page: page) }
            blocks.removeAll()
            blocksByPage.removeAll()
            generation &+= 1
            updateReclaimWanted()
        }
    }
}
