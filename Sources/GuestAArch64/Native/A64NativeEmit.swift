import XrunCore

/// Shared shapes of the AArch64 native templates: where the guest registers live
/// relative to the CPU pointer (rbx), and the few sequences many templates need.
/// Guest registers live in memory (X0–X30, SP at 31, the zero slot at 32, the discard
/// slot at 33), exactly as the ops keep them, so templated and called ops mix freely;
/// templates reach them only through the native tier's write-back cache (`load`,
/// `store`, `operand`), never at those addresses directly.
enum A64Native {
    static let nzcv = X86Mem(.rbx, Int32(A64Layout.nzcv))

    static func disp(_ r: UInt8) -> Int32 { Int32(A64Layout.x + 8 * Int(r)) }

    /// `dst = Xr` (w) or `Wr` zero-extended, through the guest register cache.
    static func load(_ ctx: inout NativeContext, _ dst: X86Reg, _ r: UInt8, w: Bool) {
        ctx.loadGuest(dst, disp(r), w: w)
    }
    /// `Xr = src`. After a 32-bit x86 operation the upper half of src is already zero,
    /// which is the W-register write rule (the 64-bit store keeps it).
    static func store(_ ctx: inout NativeContext, _ r: UInt8, _ src: X86Reg) {
        if r == A64Reg.discard { return }   // XZR as destination: nothing reads it back
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

    typealias Lazy = A64LazyFlags
    /// `NativeContext.isaFacts` when NZCV is known to be current (not lazy).
    static let flagsPacked: UInt64 = 0x100

    /// A flag-setting instruction: records its kind and operands (A in a register,
    /// B a register or constant) instead of computing NZCV (`A64LazyFlags`).
    static func setLazyFlags(_ ctx: inout NativeContext, _ kind: Lazy.Kind, a: X86Reg, b: X86Reg?, constant: UInt64 = 0) {
        ctx.asm.store(X86Mem(.rbx, Int32(A64Layout.lazyA)), a)
        if let b {
            ctx.asm.store(X86Mem(.rbx, Int32(A64Layout.lazyB)), b)
        } else {
            ctx.asm.storeImm(X86Mem(.rbx, Int32(A64Layout.lazyB)), constant, scratch: .rsi)
        }
        ctx.asm.storeImm(X86Mem(.rbx, Int32(A64Layout.lazyKind)), kind.rawValue, scratch: .rsi)
        ctx.isaFacts = kind.rawValue
        ctx.holdValues(a: a, b: b, constant: constant)
    }

    /// Emits code after which the returned x86 condition holds exactly when the Arm
    /// condition with truth table `mask` holds. With the flags' producer known in this
    /// block, that is its x86 compare redone on the recorded operands; otherwise the
    /// flags are made current (`A64LazyNZCV.materialize`, a call: the register cache
    /// is dropped) and the mask is tested against NZCV. Clobbers rax, rcx, rdx.
    static func evaluateCondition(_ ctx: inout NativeContext, mask: UInt16) -> X86Cond {
        let lazyA = X86Mem(.rbx, Int32(A64Layout.lazyA)), lazyB = X86Mem(.rbx, Int32(A64Layout.lazyB))
        if let kind = Lazy.Kind(rawValue: ctx.isaFacts), let cond = Lazy.condition(ofMask: mask),
           let x86 = Lazy.x86Condition(cond, kind: kind) {
            let w = !kind.is32
            if let held = ctx.stillHeld, redo(&ctx, kind, held, w: w) { return x86 }
            ctx.asm.load(.rax, lazyA, w: w)
            switch kind {
            case .sub64, .sub32: ctx.asm.alu(.cmp, .rax, .mem(lazyB), w: w)
            case .add64, .add32: ctx.asm.alu(.add, .rax, .mem(lazyB), w: w)
            case .logic64, .logic32: ctx.asm.test(.rax, .rax, w: w)
            }
            return x86
        }
        if let fact = NativeConditionalCompare.Fact(ctx.isaFacts), let cond = Lazy.condition(ofMask: mask),
           let x86 = NativeConditionalCompare.condition(&ctx, fact, cond: cond, mask: mask) {
            return x86
        }
        if ctx.isaFacts == 0, let cond = Lazy.condition(ofMask: mask) {
            return evaluateAtRunTime(&ctx, cond: cond, mask: mask)
        }
        if ctx.isaFacts != flagsPacked {
            ctx.writeBackGuestRegisters()   // the call clobbers r8-r11
            ctx.asm.mov(.rdi, .rbx)
            ctx.callFunction(unsafeBitCast(Lazy.materializeEntry, to: UnsafeRawPointer.self))
            ctx.forgetGuestRegisters()
            ctx.isaFacts = flagsPacked
        }
        ctx.asm.load(.rax, nzcv, w: false)
        ctx.asm.shift(.shr, .rax, 28, w: false)
        ctx.asm.movImm(.rcx, UInt64(mask))
        ctx.asm.bt(.rcx, .rax)
        return .b
    }

    /// The compare of a flag-setting instruction right before (a CMP, then B.cond or
    /// CSEL), redone on the registers that still hold its operands instead of on
    /// their stored copies. False when the operand shapes do not allow it.
    static func redo(_ ctx: inout NativeContext, _ kind: Lazy.Kind, _ held: NativeContext.HeldValues, w: Bool) -> Bool {
        let second: X86Operand?
        if let b = held.b {
            second = .reg(b)
        } else if Int32(exactly: Int64(bitPattern: held.constant)) != nil {
            second = nil
        } else {
            return false
        }
        let imm = Int32(truncatingIfNeeded: Int64(bitPattern: held.constant))
        switch kind {
        case .sub64, .sub32:
            if let second { ctx.asm.alu(.cmp, held.a, second, w: w) } else { ctx.asm.aluImm(.cmp, .reg(held.a), imm, w: w) }
        case .add64, .add32:
            // ADD writes its register: on a copy in rax (the condition may clobber rax, rcx).
            if held.a != .rax { ctx.asm.mov(.rax, held.a) }
            if let second { ctx.asm.alu(.add, .rax, second, w: w) } else { ctx.asm.aluImm(.add, .reg(.rax), imm, w: w) }
        case .logic64, .logic32:
            ctx.asm.test(held.a, held.a, w: w)
        }
        return true
    }

    /// The flags' producer is unknown here (it ran in an earlier block, e.g. the CMP
    /// before a chain of B.conds that a switch compiles to): dispatch on the recorded
    /// kind at run time — the common kinds redo their compare inline, anything else
    /// is materialized and tested. The outcome is left in dl; returns `.ne` after
    /// `test dl, dl`. Clobbers rax, rcx, rdx, rsi, rdi and the register cache.
    private static func evaluateAtRunTime(_ ctx: inout NativeContext, cond: UInt32, mask: UInt16) -> X86Cond {
        let lazyA = X86Mem(.rbx, Int32(A64Layout.lazyA)), lazyB = X86Mem(.rbx, Int32(A64Layout.lazyB))
        // On every path, before the branches: one of them calls (clobbering r8-r11).
        ctx.writeBackGuestRegisters()
        let join = ctx.asm.newLabel()
        ctx.asm.load(.rcx, X86Mem(.rbx, Int32(A64Layout.lazyKind)))
        for kind in [Lazy.Kind.sub64, .sub32, .logic64, .logic32] {
            guard let x86 = Lazy.x86Condition(cond, kind: kind) else { continue }
            let next = ctx.asm.newLabel()
            let w = !kind.is32
            ctx.asm.aluImm(.cmp, .reg(.rcx), Int32(kind.rawValue))
            ctx.asm.jcc(.ne, next)
            ctx.asm.load(.rax, lazyA, w: w)
            switch kind {
            case .sub64, .sub32: ctx.asm.alu(.cmp, .rax, .mem(lazyB), w: w)
            default: ctx.asm.test(.rax, .rax, w: w)
            }
            ctx.asm.setcc(x86, .rdx)
            ctx.asm.jmp(join)
            ctx.asm.bind(next)
        }
        let packed = ctx.asm.newLabel()
        ctx.asm.test(.rcx, .rcx)
        ctx.asm.jcc(.e, packed)
        ctx.asm.mov(.rdi, .rbx)
        ctx.callFunction(unsafeBitCast(Lazy.materializeEntry, to: UnsafeRawPointer.self))
        ctx.asm.bind(packed)
        ctx.asm.load(.rax, nzcv, w: false)
        ctx.asm.shift(.shr, .rax, 28, w: false)
        ctx.asm.movImm(.rcx, UInt64(mask))
        ctx.asm.bt(.rcx, .rax)
        ctx.asm.setcc(.b, .rdx)
        ctx.asm.bind(join)
        ctx.asm.movzx8(.rdx, .rdx)      // setcc wrote dl only (and the call clobbers rdx)
        ctx.asm.test(.rdx, .rdx, w: false)
        ctx.forgetGuestRegisters()
        // Unknown again afterwards: on some paths the flags are still lazy.
        ctx.isaFacts = 0
        return .ne
    }
}
