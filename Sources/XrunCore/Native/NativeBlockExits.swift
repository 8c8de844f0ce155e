/// How a compiled block ends: the exits the guest ISAs' branch templates call, and
/// how they go on to the next block without returning to the block loop (chaining).
extension NativeContext {
    /// Ends the block at a constant target through static successor `slot` (0 or 1),
    /// as `cpu.branch(to:slot:)`. Unless something asks to stop, it jumps through the
    /// slot's link word (`BlockLinks`): the body of the successor once the block loop
    /// has chained the exit (`BlockCache.chain`), else this exit's out path, which
    /// stores PC and slot and returns to the block loop. (The stores happen only on
    /// that way out: the next block needs neither.) This is QEMU's goto_tb through an
    /// indirect jump slot: one predicted `jmp [rip+word]` instead of loading and
    /// checking the successor's record, and no patching of instructions.
    public mutating func exit(to target: UInt64, slot: Int) {
        flushGuestRegisters()
        let out = asm.newLabel()
        if target == block.pointee.startPC {
            if selfLoopExit == nil { selfLoopExit = CacheState(slots: cachedSlot, lastUse: lastUse, clock: clock) }
            if loopBack(orElse: out) {
                bindExitOut(out, to: target, slot: slot)
                return
            }
        }
        stopIfAsked(out)
        asm.jmp(through: linkWords[slot])
        bindExitOut(out, to: target, slot: slot)
    }

    /// The out path of a static exit, which is also where its link word points while
    /// the exit is not chained.
    private mutating func bindExitOut(_ out: Int, to target: UInt64, slot: Int) {
        asm.bind(out)
        if exitOuts[slot] == nil { exitOuts[slot] = out }
        asm.storeImm(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), target, scratch: .rax)
        asm.storeImm32(X86Mem(.rbx, Int32(CPUHeader.exitSlotOffset)), UInt32(slot))
        asm.jmp(epilogue)
    }

    /// The link words in front of the block's entry (`BlockLinks`); their values
    /// are filled in by `fillLinkWords` once the code is placed.
    mutating func emitLinkWords() {
        for label in linkWords + unlinkedWords {
            asm.bind(label)
            asm.emitWord(0)
        }
    }

    /// After placement at `code`: each slot's link word and its unlinked value point
    /// at the slot's out path (a slot without an exit never jumps through its word).
    func fillLinkWords(_ code: UnsafeMutableRawPointer) {
        for slot in 0..<2 {
            let out = exitOuts[slot].flatMap { asm.offset(of: $0) }.map { UInt64(UInt(bitPattern: code + $0)) } ?? 0
            code.storeBytes(of: out, toByteOffset: asm.offset(of: linkWords[slot])!, as: UInt64.self)
            code.storeBytes(of: out, toByteOffset: asm.offset(of: unlinkedWords[slot])!, as: UInt64.self)
        }
    }

    /// Ends the block on x86 condition `taken`: the target through slot 0 when it
    /// holds, else the fall-through through slot 1 (the convention of every
    /// conditional branch op).
    public mutating func branch(if taken: X86Cond, target: UInt64, fallThrough: UInt64) {
        let notTaken = asm.newLabel()
        asm.jcc(X86Cond(rawValue: taken.rawValue ^ 1)!, notTaken)
        exit(to: target, slot: 0)
        asm.bind(notTaken)
        exit(to: fallThrough, slot: 1)
    }

    /// Ends the block at the guest address in `pc` (not rcx or rdx), as
    /// `cpu.branchIndirect`: the thread's jump cache is probed as `GuestThread.lookup`
    /// does, and a hit goes straight on. A miss asks the shared block table through
    /// one call (`GuestThread.nativeLookupEntry`, which fills the jump cache) instead
    /// of going back to the block loop, as QEMU's helper_lookup_tb_ptr does; only a
    /// block not yet translated or not compiled leaves.
    public mutating func exitIndirect(pc: X86Reg) {
        flushGuestRegisters()
        let out = asm.newLabel(), miss = asm.newLabel()
        stopIfAsked(out)
        asm.mov(.rcx, pc)
        asm.shift(.shr, .rcx, 1)
        asm.aluImm(.and, .reg(.rcx), Int32(GuestThread.jumpCacheSize - 1), w: false)
        asm.shift(.shl, .rcx, 3, w: false)
        asm.load(.rdx, X86Mem(.rbx, Int32(CPUHeader.jumpCacheOffset)))
        asm.load(.rdx, X86Mem(.rdx, 0, index: .rcx))
        asm.test(.rdx, .rdx)
        asm.jcc(.e, miss)
        asm.alu(.cmp, pc, .mem(X86Mem(.rdx, Int32(BlockHeader.startPCOffset))))
        asm.jcc(.ne, miss)
        enter(.rdx, orElse: miss)
        asm.bind(miss)
        asm.store(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), pc)
        if pc != .rdi { asm.mov(.rdi, pc) }
        callFunction(unsafeBitCast(GuestThread.nativeLookupEntry, to: UnsafeRawPointer.self))
        asm.test(.rax, .rax)
        let stored = asm.newLabel()
        asm.jcc(.e, stored)
        asm.jmp(register: .rax)
        asm.bind(out)
        asm.store(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), pc)
        asm.bind(stored)
        asm.storeImm32(X86Mem(.rbx, Int32(CPUHeader.exitSlotOffset)), 2)
        asm.jmp(epilogue)
    }

    /// A pending signal or code write (`interrupt`) stops chaining; so does a trap
    /// an op called in this block may have raised (templates never raise one).
    mutating func stopIfAsked(_ out: Int) {
        asm.aluImm(.cmp, .mem(X86Mem(.rbx, Int32(CPUHeader.interruptOffset))), 0, w: false)
        asm.jcc(.ne, out)
        if calledOps {
            asm.aluImm(.cmp, .mem(X86Mem(.rbx, Int32(CPUHeader.exitReasonOffset))), 0, w: false)
            asm.jcc(.ne, out)
        }
    }

    /// Jumps into the body of the block in `reg` (past the shared prologue), or to
    /// `out` when it is nil, invalidated or not compiled. Clobbers `reg`.
    mutating func enter(_ reg: X86Reg, orElse out: Int) {
        asm.test(reg, reg)
        asm.jcc(.e, out)
        asm.aluImm(.cmp, .mem(X86Mem(reg, Int32(BlockHeader.validOffset))), 0)
        asm.jcc(.e, out)
        asm.load(reg, X86Mem(reg, Int32(BlockHeader.nativeOffset)))
        asm.test(reg, reg)
        asm.jcc(.e, out)
        asm.aluImm(.add, .reg(reg), Int32(NativeTier.prologueLength))
        asm.jmp(register: reg)
    }

    /// The back edge of a self-loop, when every register the body starts with still
    /// holds the same guest register (the exit stored every dirty one first,
    /// `flushGuestRegisters`: memory agrees, so the other path and any later exit see
    /// the same state): the same checks as a
    /// chained jump (stop requests, the block still valid), then straight into the body.
    mutating func loopBack(orElse out: Int) -> Bool {
        guard let entry = loopEntry, let body = loopBody else { return false }
        for (i, disp) in entry.slots.enumerated() where disp != nil && cachedSlot[i] != disp { return false }
        stopIfAsked(out)
        asm.movImm(.rax, UInt64(UInt(bitPattern: block)))
        asm.aluImm(.cmp, .mem(X86Mem(.rax, Int32(BlockHeader.validOffset))), 0)
        asm.jcc(.ne, body)
        return true
    }
}

/// The words in front of every compiled block's entry (`BlockHeader.native`): per
/// static exit slot, the link word its exit jumps through and the value that unlinks
/// it (the exit's out path). Chaining stores a successor's body address into the
/// link word, unlinking stores the out path back; both are one aligned 8-byte store,
/// atomic for a thread jumping through the word at the same moment. The words are
/// data read by `jmp [rip+word]`, never instructions, so no instruction is patched.
enum BlockLinks {
    static let headerBytes = 32

    static func linkWord(_ native: UnsafeRawPointer, _ slot: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(mutating: native) - headerBytes + 8 * slot
    }

    static func unlinkedValue(_ native: UnsafeRawPointer, _ slot: Int) -> UInt64 {
        native.load(fromByteOffset: 16 - headerBytes + 8 * slot, as: UInt64.self)
    }

    /// Where a chained exit enters `native`'s block: past its prologue.
    static func body(_ native: UnsafeRawPointer) -> UInt64 {
        UInt64(UInt(bitPattern: native)) + UInt64(NativeTier.prologueLength)
    }
}
