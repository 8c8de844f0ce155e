/// How a compiled block ends: the exits the guest ISAs' branch templates call, and
/// how they go on to the next block without returning to the block loop (chaining).
extension NativeContext {
    /// Ends the block at a constant target through static successor `slot` (0 or 1),
    /// as `cpu.branch(to:slot:)`: goes straight on to the native code of the block
    /// linked in that slot if it is linked, valid and compiled and nothing asks to
    /// stop; otherwise stores PC and slot and returns to the block loop, which links
    /// the slot. (The stores happen only on that way out: the next block needs neither.)
    public mutating func exit(to target: UInt64, slot: Int) {
        let out = asm.newLabel()
        if target == block.pointee.startPC {
            if selfLoopExit == nil { selfLoopExit = CacheState(slots: cachedSlot, lastUse: lastUse, clock: clock) }
            if loopBack(orElse: out) {
                asm.bind(out)
                asm.storeImm(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), target, scratch: .rax)
                asm.storeImm32(X86Mem(.rbx, Int32(CPUHeader.exitSlotOffset)), UInt32(slot))
                asm.jmp(epilogue)
                return
            }
        }
        stopIfAsked(out)
        let field = UnsafeRawPointer(block) + (slot == 0 ? BlockHeader.next0Offset : BlockHeader.next1Offset)
        asm.movImm(.rax, UInt64(UInt(bitPattern: field)))
        asm.load(.rax, X86Mem(.rax))
        enter(.rax, orElse: out)
        asm.bind(out)
        asm.storeImm(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), target, scratch: .rax)
        asm.storeImm32(X86Mem(.rbx, Int32(CPUHeader.exitSlotOffset)), UInt32(slot))
        asm.jmp(epilogue)
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
    /// does, and a hit goes straight on.
    public mutating func exitIndirect(pc: X86Reg) {
        let out = asm.newLabel()
        stopIfAsked(out)
        asm.mov(.rcx, pc)
        asm.shift(.shr, .rcx, 1)
        asm.aluImm(.and, .reg(.rcx), Int32(GuestThread.jumpCacheSize - 1), w: false)
        asm.shift(.shl, .rcx, 3, w: false)
        asm.load(.rdx, X86Mem(.rbx, Int32(CPUHeader.jumpCacheOffset)))
        asm.load(.rdx, X86Mem(.rdx, 0, index: .rcx))
        asm.test(.rdx, .rdx)
        asm.jcc(.e, out)
        asm.alu(.cmp, pc, .mem(X86Mem(.rdx, Int32(BlockHeader.startPCOffset))))
        asm.jcc(.ne, out)
        enter(.rdx, orElse: out)
        asm.bind(out)
        asm.store(X86Mem(.rbx, Int32(CPUHeader.pcOffset)), pc)
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
    /// holds the same guest register (the cache is write-through: memory agrees, so
    /// the other path and any later exit see the same state): the same checks as a
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
