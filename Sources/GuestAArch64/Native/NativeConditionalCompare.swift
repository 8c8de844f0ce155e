import XrunCore

/// Native templates for CCMP/CCMN (C6.2 CCMP, CCMN; op fields as `CondCompareOps`),
/// which keep the flags lazy (`A64LazyFlags`) instead of calling the op, which would
/// pack the flags before it (`A64LazyNZCV.materialize`) and forget the register cache.
///
/// CCMP's NZCV is one of two things: the flags of Rn − op2 (Rn + op2 for CCMN) when
/// the condition holds, else the #nzcv immediate. Both have a lazy form already: a
/// sub/add kind with its operands, or kind 0 with the packed value. The template
/// stores the operands, the packed immediate, and as the kind either sub/add or 0
/// (a CMOV on the condition: no branch), so whoever reads NZCV later finds a
/// consistent state. A consumer in the same block (B.cond, CSEL, another CCMP) knows
/// the kind and the immediate at compile time (the `Fact` in `isaFacts`), so its
/// condition is the compare redone when the kind is not 0, and a constant otherwise.
enum NativeConditionalCompare {
    typealias N = A64Native
    typealias Lazy = A64LazyFlags

    /// What the native tier knows after a CCMP/CCMN: the kind of its compare and the
    /// immediate flags (N at bit 3), encoded into `NativeContext.isaFacts` above the
    /// values the other facts use (a `Lazy.Kind`, `A64Native.flagsPacked`).
    struct Fact {
        let kind: Lazy.Kind
        let nzcv: UInt16
        static let tag: UInt64 = 0x1000

        init(kind: Lazy.Kind, nzcv: UInt16) {
            self.kind = kind
            self.nzcv = nzcv
        }
        init?(_ facts: UInt64) {
            guard facts & ~0xFFF == Self.tag, let kind = Lazy.Kind(rawValue: facts & 0xFF) else { return nil }
            self.kind = kind
            nzcv = UInt16((facts >> 8) & 0xF)
        }
        var raw: UInt64 { Self.tag | UInt64(nzcv) << 8 | kind.rawValue }
    }

    /// CCMP/CCMN: b = Rn, c = Rm (register) or imm5, imm = condition mask | flags << 32.
    static func compare(sub: Bool, immediate: Bool, w: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let mask = UInt16(truncatingIfNeeded: o.imm)
            let packed = (o.imm >> 32) & 0xF000_0000
            let kind = NativeDataProcessing.lazyKind(sub: sub, w: w)
            // AL/NV hold always (C1.2.4): then this is a plain CMP/CMN.
            let cond: X86Cond? = mask == 0xFFFF ? nil : N.evaluateCondition(&ctx, mask: mask)
            // From here to the CMOV only MOVs (loads, constants): the condition's
            // x86 flags live on.
            N.load(&ctx, .rax, o.b, w: w)
            if !immediate { N.load(&ctx, .rcx, o.c, w: w) }
            ctx.asm.movImm(.rdx, kind.rawValue)
            if let cond {
                ctx.asm.movImm(.rsi, 0)
                ctx.asm.cmov(X86Cond(rawValue: cond.rawValue ^ 1)!, .rdx, .rsi, w: false)
            }
            ctx.asm.store(X86Mem(.rbx, Int32(A64Layout.lazyA)), .rax)
            if immediate {
                ctx.asm.storeImm(X86Mem(.rbx, Int32(A64Layout.lazyB)), UInt64(o.c), scratch: .rsi)
            } else {
                ctx.asm.store(X86Mem(.rbx, Int32(A64Layout.lazyB)), .rcx)
            }
            // The packed value is read only when the kind is 0 (`cpu.nzcv`).
            ctx.asm.storeImm(N.nzcv, packed, scratch: .rsi)
            ctx.asm.store(X86Mem(.rbx, Int32(A64Layout.lazyKind)), .rdx)
            ctx.isaFacts = Fact(kind: kind, nzcv: UInt16(packed >> 28)).raw
            // The kind stays in rdx too: `condition` uses it while still held.
            ctx.holdValues(a: .rax, b: immediate ? nil : .rcx, constant: immediate ? UInt64(o.c) : 0)
            return true
        }
    }

    /// Emits code after which the returned x86 condition holds exactly when Arm
    /// condition `cond` holds for the flags a CCMP/CCMN described by `fact` left; nil
    /// when x86 has no condition for it after the compare (then the caller packs the
    /// flags). Clobbers rax, rcx, rdx.
    static func condition(_ ctx: inout NativeContext, _ fact: Fact, cond: UInt32, mask: UInt16) -> X86Cond? {
        guard let x86 = Lazy.x86Condition(cond, kind: fact.kind) else { return nil }
        let w = !fact.kind.is32
        if let held = ctx.stillHeld, N.redo(&ctx, fact.kind, held, w: w) {
            // rdx still holds the kind the CCMP stored.
        } else {
            ctx.asm.load(.rdx, X86Mem(.rbx, Int32(A64Layout.lazyKind)))
            ctx.asm.load(.rax, X86Mem(.rbx, Int32(A64Layout.lazyA)), w: w)
            let b = X86Operand.mem(X86Mem(.rbx, Int32(A64Layout.lazyB)))
            ctx.asm.alu(fact.kind == .sub64 || fact.kind == .sub32 ? .cmp : .add, .rax, b, w: w)
        }
        // Kind 0 (the condition of the CCMP failed): the answer is whether `cond`
        // holds on the immediate flags, a constant. al = "differs from that constant"
        // after the compare, cleared for kind 0; the result is that XOR the constant.
        let onImmediate = (mask >> fact.nzcv) & 1 == 1
        ctx.asm.setcc(onImmediate ? X86Cond(rawValue: x86.rawValue ^ 1)! : x86, .rax)
        ctx.asm.movzx8(.rax, .rax)
        ctx.asm.test(.rdx, .rdx)
        ctx.asm.cmov(.e, .rax, .rdx, w: false)
        ctx.asm.test(.rax, .rax, w: false)
        return onImmediate ? .e : .ne
    }
}
