import XrunCore

/// Shared shapes of the AArch64 native templates: where the guest registers live
/// relative to the CPU pointer (rbx), and the few sequences many templates need.
/// Guest registers stay in memory (X0–X30, SP at 31, the zero slot at 32, the discard
/// slot at 33), exactly as the ops keep them, so templated and called ops mix freely.
enum A64Native {
    static func x(_ r: UInt8) -> X86Mem { X86Mem(.rbx, Int32(A64Layout.x + 8 * Int(r))) }
    static let nzcv = X86Mem(.rbx, Int32(A64Layout.nzcv))
    static let pc = X86Mem(.rbx, Int32(CPUHeader.pcOffset))
    static let exitSlot = X86Mem(.rbx, Int32(CPUHeader.exitSlotOffset))

    static func disp(_ r: UInt8) -> Int32 { Int32(A64Layout.x + 8 * Int(r)) }

    /// `dst = Xr` (w) or `Wr` zero-extended, through the guest register cache.
    static func load(_ ctx: inout NativeContext, _ dst: X86Reg, _ r: UInt8, w: Bool) {
        ctx.loadGuest(dst, disp(r), w: w)
    }
    /// `Xr = src`. After a 32-bit x86 operation the upper half of src is already zero,
    /// which is the W-register write rule (the 64-bit store keeps it).
    static func store(_ ctx: inout NativeContext, _ r: UInt8, _ src: X86Reg) {
        ctx.storeGuest(disp(r), src)
    }
    /// Xr as a source operand (use it at once: a later cache access may reuse it).
    static func operand(_ ctx: inout NativeContext, _ r: UInt8) -> X86Operand {
        ctx.guestOperand(disp(r))
    }

    /// Shift kinds of the shifted-register operand (C6.2 "shifted register").
    enum Shift { case lsl, lsr, asr, ror }

    static func shift(_ a: inout X86Assembler, _ reg: X86Reg, _ kind: Shift, _ amount: UInt8, w: Bool) {
        switch kind {
        case .lsl: a.shift(.shl, reg, amount, w: w)
        case .lsr: a.shift(.shr, reg, amount, w: w)
        case .asr: a.shift(.sar, reg, amount, w: w)
        case .ror: a.shift(.ror, reg, amount, w: w)
        }
    }

    /// How the x86 carry relates to the Arm C flag after the operation just emitted:
    /// the same after ADD and after logic (both clear it: C6.2 ANDS gives C = 0), and
    /// inverted after SUB (Arm's C is NOT borrow, C6.2 SUBS via AddWithCarry).
    enum Carry { case direct, inverted }

    /// NZCV (PSTATE layout, N bit 31 … V bit 28) from the x86 flags of the last ALU
    /// instruction. SETcc leaves the flags alone, so all four are read first.
    /// Clobbers rcx, rdx, rsi, rdi (the result must be elsewhere).
    static func storeFlags(_ a: inout X86Assembler, carry: Carry) {
        a.setcc(.s, .rcx)
        a.setcc(.e, .rdx)
        a.setcc(carry == .direct ? .b : .ae, .rsi)
        a.setcc(.o, .rdi)
        a.movzx8(.rcx, .rcx)
        a.movzx8(.rdx, .rdx)
        a.movzx8(.rsi, .rsi)
        a.movzx8(.rdi, .rdi)
        a.shift(.shl, .rcx, 31, w: false)
        a.shift(.shl, .rdx, 30, w: false)
        a.shift(.shl, .rsi, 29, w: false)
        a.shift(.shl, .rdi, 28, w: false)
        a.alu(.or, .rcx, .rdx, w: false)
        a.alu(.or, .rcx, .rsi, w: false)
        a.alu(.or, .rcx, .rdi, w: false)
        a.store(nzcv, .rcx)
    }

    /// CF = whether the condition with truth table `mask` (`A64Cond.mask`) holds for
    /// the current NZCV. Clobbers eax, ecx.
    static func testCondition(_ a: inout X86Assembler, mask: UInt16) {
        a.load(.rax, nzcv, w: false)
        a.shift(.shr, .rax, 28, w: false)
        a.movImm(.rcx, UInt64(mask))
        a.bt(.rcx, .rax)
    }

    /// Ends the block on CF: taken (slot 0) when set, else fall-through (slot 1); each
    /// path goes on to its linked block (`NativeContext.chain`).
    static func branchOnCarry(_ ctx: inout NativeContext, taken: UInt64, fallThrough: UInt64) {
        let notTaken = ctx.asm.newLabel()
        ctx.asm.jcc(.ae, notTaken)
        exit(&ctx, to: taken, slot: 0)
        ctx.asm.bind(notTaken)
        exit(&ctx, to: fallThrough, slot: 1)
    }

    /// Ends the block at a constant target through `slot` (`cpu.branch(to:slot:)`).
    static func exit(_ ctx: inout NativeContext, to target: UInt64, slot: Int) {
        ctx.asm.storeImm(pc, target, scratch: .rax)
        ctx.asm.storeImm32(exitSlot, UInt32(slot))
        ctx.chain(slot: slot)
    }

    /// Adds a two's complement constant (a decode-time immediate) to `reg`.
    static func addConstant(_ a: inout X86Assembler, _ reg: X86Reg, _ value: UInt64, w: Bool, scratch: X86Reg) {
        if value == 0 { return }
        if let i = Int32(exactly: Int64(bitPattern: value)) {
            a.aluImm(.add, .reg(reg), i, w: w)
        } else if !w {
            a.aluImm(.add, .reg(reg), Int32(truncatingIfNeeded: value), w: false)
        } else {
            a.movImm(scratch, value)
            a.alu(.add, reg, scratch)
        }
    }
}
