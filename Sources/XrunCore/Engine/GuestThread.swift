import CXrunHost
import Glibc

/// One guest thread: its CPU state (a `CPUHeader` plus the ISA's registers, in one
/// plain allocation) and its jump cache. Runs on exactly one host thread.
public final class GuestThread: @unchecked Sendable {
    public let cpu: UnsafeMutableRawPointer
    public unowned let engine: Engine
    /// The engine's block cache without ARC: the lookup paths run for every
    /// jump-cache miss, and `unowned` costs a strong retain and release per access.
    /// The engine (and its cache) outlives its threads.
    unowned(unsafe) let cache: BlockCache
    public var tid: Int32
    /// Set by the Linux layer when the guest thread has exited; `Engine.run` returns.
    public var exited = false
    /// The Linux layer's per-thread state (signal stack, masks); opaque here.
    public var userData: AnyObject?
    /// The debugger leaves this thread alone (a vfork child: a process of its own
    /// that shares the parent's memory, but not its gdb connection).
    public var runsUndebugged = false
    /// The debugger's per-thread state; opaque here.
    public var debugData: AnyObject?
    /// The one-instruction block `Engine.stepInstruction` runs.
    var stepBlock: Block?
    /// The guest function a host-library call's callback closure runs on this thread
    /// (qsort's comparator); 0 when none.
    public var hostCallbackTarget: UInt64 = 0

    /// Entries of each thread's jump cache: 2^XRUN_JUMP_CACHE_BITS (10...20), default
    /// 2^12. (A measuring knob: cc1 and node have tens of thousands of hot blocks.)
    static let jumpCacheSize: Int = {
        if let v = getenv("XRUN_JUMP_CACHE_BITS"), let bits = Int(String(cString: v)), (10...20).contains(bits) {
            return 1 << bits
        }
        return 1 << 12
    }()
    /// Direct-mapped PC → block, indexed by (pc >> 1) & mask; pc checked on hit.
    let jumpCache: UnsafeMutablePointer<Block?>
    /// `jumpCacheSize - 1`, kept here so the block loop reads no global.
    let jumpMask: Int
    var jumpGeneration: UInt64 = 0

    public init(engine: Engine, tid: Int32) {
        self.engine = engine
        self.cache = engine.cache
        self.tid = tid
        let bytes = CPUHeader.size + engine.isa.stateSize
        cpu = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        cpu.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        cpu.storeBytes(of: UInt64(UInt(bitPattern: engine.memory.base)),
                       toByteOffset: CPUHeader.memBaseOffset, as: UInt64.self)
        jumpMask = Self.jumpCacheSize - 1
        jumpCache = .allocate(capacity: Self.jumpCacheSize)
        jumpCache.initialize(repeating: nil, count: Self.jumpCacheSize)
        publishJumpCache()
        SafePoints.register(cpu, cache: engine.cache)
    }

    /// Native code finds the jump cache through the CPU header.
    private func publishJumpCache() {
        cpu.storeBytes(of: UInt64(UInt(bitPattern: jumpCache)),
                       toByteOffset: CPUHeader.jumpCacheOffset, as: UInt64.self)
    }

    /// Copies another thread's CPU state (fork-style clone, new threads).
    public func copyState(from other: GuestThread) {
        cpu.copyMemory(from: other.cpu, byteCount: CPUHeader.size + engine.isa.stateSize)
        cpu.storeBytes(of: 0, toByteOffset: CPUHeader.guestDepthOffset, as: UInt32.self)
        publishJumpCache()
    }

    public var pc: UInt64 {
        get { cpu.guestPC }
        set { cpu.guestPC = newValue }
    }

    @inline(__always)
    func lookup(_ pc: UInt64) -> Block? {
        let i = Int(truncatingIfNeeded: pc >> 1) & jumpMask
        if let b = jumpCache[i], b.pointee.startPC == pc, b.pointee.valid != 0 { return b }
        return lookupSlow(pc, i)
    }

    @inline(never)
    func lookupSlow(_ pc: UInt64, _ i: Int) -> Block? {
        if let b = cache.translatedBlock(at: pc) {
            jumpCache[i] = b
            return b
        }
        return translate(pc, i)
    }

    /// Native code's jump-cache miss (`NativeContext.exitIndirect`): the body of the
    /// compiled block at `pc` if it is translated and compiled, else nil (the native
    /// code then leaves for the block loop, which translates or interprets). Fills
    /// the jump cache with whatever block it finds.
    static let nativeLookupEntry: @convention(c) (UInt64) -> UInt64 = { pc in
        guard let t = xrun_current_guest_thread() else { return 0 }
        return Unmanaged<GuestThread>.fromOpaque(t)._withUnsafeGuaranteedRef { thread in
            let i = Int(truncatingIfNeeded: pc >> 1) & thread.jumpMask
            guard let b = thread.cache.translatedBlock(at: pc) else { return 0 }
            thread.jumpCache[i] = b
            guard let code = b.pointee.native else { return 0 }
            return BlockLinks.body(code)
        }
    }

    /// Translation runs Swift code that may raise host FP flags, which hold the guest's
    /// cumulative flags while it runs (HostFPFlags): they are put back afterwards. A
    /// lookup of a block already translated touches no FP state and skips that.
    @inline(never)
    func translate(_ pc: UInt64, _ i: Int) -> Block? {
        let flags = HostFPFlags.save()
        defer { flags.restore() }
        guard let b = cache.block(at: pc) else { return nil }
        jumpCache[i] = b
        if cache.reclaimIsDue { askToLeaveForReclaim() }
        return b
    }

    /// Translated code is to be freed: leave the block loop at the next block boundary
    /// (`Engine.runUntilTrap` frees it there).
    @inline(never)
    func askToLeaveForReclaim() {
        _ = xrun_fetch_or_32(cpu + CPUHeader.interruptOffset, SafePoints.leaveBit)
    }

    /// The block loop. Leaves when an op sets `exitReason` or someone sets `interrupt`.
    /// Runs inside `xrun_guarded`: a guest memory fault longjmps out of it, so it
    /// must hold nothing that needs releasing (no ARC objects, no locks).
    @inline(never)
    func runBlocks() {
        let cpu = self.cpu
        let cache = self.cache
        let nativeThreshold = cache.nativeThreshold
        guard var block = lookup(cpu.guestPC) else {
            cpu.trap(.fetchFault, pc: cpu.guestPC)
            return
        }
        while true {
            if let code = block.pointee.native {
                // Native code may chain through several blocks; it says where it left.
                unsafeBitCast(code, to: NativeEntry.self)(cpu)
                block = Block(bitPattern: UInt(cpu.load(fromByteOffset: CPUHeader.lastBlockOffset,
                                                        as: UInt64.self))).unsafelyUnwrapped
            } else {
                block.pointee.runs &+= 1
                if _slowPath(block.pointee.runs == nativeThreshold) {
                    cache.compileNative(block)
                    if cache.reclaimIsDue { askToLeaveForReclaim() }
                }
                var op = UnsafePointer(block.opsPointer)
                let end = op + block.pointee.count
                repeat {
                    op.pointee.fn(cpu, op)
                    op += 1
                } while op < end
            }
            if _slowPath((cpu.exitReason | cpu.interruptWord) != 0) { return }
            let slot = cpu.exitSlot
            if slot == 0, let n = block.pointee.next0, n.pointee.valid != 0 {
                if _slowPath(block.pointee.native != nil && n.pointee.native != nil) { cache.chain(block, slot: 0, to: n) }
                block = n
                continue
            }
            if slot == 1, let n = block.pointee.next1, n.pointee.valid != 0 {
                if _slowPath(block.pointee.native != nil && n.pointee.native != nil) { cache.chain(block, slot: 1, to: n) }
                block = n
                continue
            }
            guard let n = lookup(cpu.guestPC) else {
                cpu.trap(.fetchFault, pc: cpu.guestPC)
                return
            }
            if slot == 0 { block.pointee.next0 = n } else if slot == 1 { block.pointee.next1 = n }
            block = n
        }
    }
}

let runStepBlockEntry: @convention(c) (UnsafeMutableRawPointer) -> Void = { ctx in
    let thread = Unmanaged<GuestThread>.fromOpaque(ctx).takeUnretainedValue()
    guard let block = thread.stepBlock else { return }
    let cpu = thread.cpu
    var op = UnsafePointer(block.opsPointer)
    let end = op + block.pointee.count
    repeat {
        op.pointee.fn(cpu, op)
        op += 1
    } while op < end && cpu.exitReason == 0
}

let runBlocksEntry: @convention(c) (UnsafeMutableRawPointer) -> Void = { ctx in
    Unmanaged<GuestThread>.fromOpaque(ctx).takeUnretainedValue().runBlocks()
}
