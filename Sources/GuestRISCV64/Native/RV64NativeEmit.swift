import XrunCore

/// Shared shapes of the RISC-V native templates: where the guest registers live
/// relative to the CPU pointer (rbx, `RV64Layout`), and the sequences many templates
/// need. Register fields are the ops' own: sources are 0–31 (slot 0 = x0 always
/// holds zero, nothing writes it), destinations 1–31 or `RVReg.discard` (32).
enum RV64Native {

    static func disp(_ r: UInt8) -> Int32 { Int32(RV64Layout.x + 8 * Int(r)) }
    static func fdisp(_ r: UInt8) -> Int32 { Int32(RV64Layout.f + 8 * Int(r)) }

    /// What `NativeContext.isaFacts` holds for RISC-V: bit r set when f[r] is known to
    /// be NaN-boxed (upper 32 bits all ones, spec 13.2) — written earlier in this
    /// block, after the last called op, by a template that boxes (FLW, FMV.W.X, a
    /// binary32 result, whose slow path's function boxes it too). A binary32 operand
    /// known boxed needs no check. Every template that writes an f register goes
    /// through `storeF`, which keeps the bit right; a called op clears them all.
    static func knownBoxed(_ ctx: NativeContext, _ r: UInt8) -> Bool { ctx.isaFacts & (1 << UInt64(r)) != 0 }

    /// `f[r] = src`, NaN-boxed or not (`knownBoxed`).
    static func storeF(_ ctx: inout NativeContext, _ r: UInt8, _ src: X86Reg, boxed: Bool) {
        ctx.storeGuest(fdisp(r), src)
        if boxed { ctx.isaFacts |= 1 << UInt64(r) } else { ctx.isaFacts &= ~(1 << UInt64(r)) }
    }

    /// `dst = x[r]` (64 bits with w, else the low 32 zero-extended). x0 becomes a
    /// `xor`, which changes the flags: call it before any flag-setting instruction.
    static func load(_ ctx: inout NativeContext, _ dst: X86Reg, _ r: UInt8, w: Bool = true) {
        if r == RVReg.zero {
            ctx.asm.alu(.xor, dst, dst, w: false)
        } else {
            ctx.loadGuest(dst, disp(r), w: w)
        }
    }

    /// `x[r] = src`. A write to the discard slot (rd = x0) is dropped: nothing ever
    /// reads that slot, so leaving it unwritten is not observable and keeps the
    /// register cache free.
    static func store(_ ctx: inout NativeContext, _ r: UInt8, _ src: X86Reg) {
        if r == RVReg.discard { return }
        ctx.storeGuest(disp(r), src)
    }

    /// The shape of most integer templates: rax = x[b] (`w` as for `load`), `body`,
    /// x[a] = rax.
    static func unary(w: Bool = true, _ body: @escaping @Sendable (inout NativeContext, Op) -> Void) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            load(&ctx, .rax, o.b, w: w)
            body(&ctx, o)
            store(&ctx, o.a, .rax)
            return true
        }
    }

    /// `x[r] = value`.
    static func storeConstant(_ ctx: inout NativeContext, _ r: UInt8, _ value: UInt64) {
        if r == RVReg.discard { return }
        ctx.storeGuestConstant(disp(r), value)
    }

    /// x[r] as a source operand (use it at once: a later cache access may reuse it).
    static func operand(_ ctx: inout NativeContext, _ r: UInt8) -> X86Operand {
        ctx.guestOperand(disp(r))
    }

    /// `dst = x[r] + value` in 64 bits, `value` a sign-extended 32-bit constant: one
    /// `lea` when x[r] is in the cache.
    static func loadPlus(_ ctx: inout NativeContext, _ dst: X86Reg, _ r: UInt8, _ value: Int32) {
        if r != RVReg.zero, case .reg(let h) = ctx.guestOperand(disp(r)) {
            if value == 0 { ctx.asm.mov(dst, h) } else { ctx.asm.lea(dst, X86Mem(h, value)) }
            return
        }
        load(&ctx, dst, r)
        if value != 0 { ctx.asm.aluImm(.add, .reg(dst), value) }
    }

    /// A decode-time immediate that x86 can take sign-extended, or nil.
    static func imm32(_ value: UInt64) -> Int32? { Int32(exactly: Int64(bitPattern: value)) }

    /// `reg = sext32(low 32 bits of reg)`: the write rule of every *W instruction.
    static func signExtendWord(_ a: inout X86Assembler, _ reg: X86Reg) {
        a.signExtend(reg, reg, fromBits: 32)
    }
}
