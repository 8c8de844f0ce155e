import XrunCore

/// Native templates for the FP CSR instructions (Zicsr on fflags 0x001, frm 0x002,
/// fcsr 0x003; `CSROps.fp` is the reference). fflags as the guest reads it is
/// cpu.fflags OR the host's sticky MXCSR flags in fflags positions (`RV64FPStatus`):
/// STMXCSR and a 64-entry table. A write stores the new value and clears the
/// host's flags when one of them is not in the new value (LDMXCSR). A
/// pure read (CSRRS/CSRRC with x0 and no immediate) changes nothing. compilers emit
/// `frflags t; flt/fle; fsflags t` for quiet comparisons (C's isless & co.), so these
/// sit in FP loops. Op fields: a = rd slot, b = rs1 (x0 for the immediate forms),
/// imm = uimm.
enum NativeFPCSRTemplates {
    typealias N = RV64Native

    static let fflags = X86Mem(.rbx, Int32(RV64Layout.fflags))
    static let frm = X86Mem(.rbx, Int32(RV64Layout.frm))
    /// The op scratch word the MXCSR goes through (STMXCSR/LDMXCSR take memory only).
    static let mxcsr = X86Mem(.rbx, Int32(RV64Layout.scratch))

    /// Index: MXCSR & 0x3D (IE 0x01, ZE 0x04, OE 0x08, UE 0x10, PE 0x20); value: the
    /// same flags as fflags bits (NV 0x10, DZ 0x08, OF 0x04, UF 0x02, NX 0x01). Made
    /// once, never freed: templates embed its address.
    nonisolated(unsafe) static let hostToGuest: UnsafeMutablePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
        for h in 0..<64 {
            let v = (h & 0x01) << 4 | (h & 0x04) << 1 | (h & 0x08) >> 1 | (h & 0x10) >> 3 | (h & 0x20) >> 5
            t[h] = UInt8(v)
        }
        return t
    }()

    /// csr 1 (fflags), 2 (frm), 3 (fcsr).
    static func access(csr: Int, _ kind: CSROps.Kind) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            let readOnly = kind != .write && o.b == RVReg.zero && o.imm == 0
            // The source first: rd may be rs1.
            if !readOnly {
                N.load(&ctx, .rsi, o.b)
                if o.imm != 0 { ctx.asm.aluImm(.or, .reg(.rsi), Int32(truncatingIfNeeded: o.imm)) }
            }
            // eax = the old value; ecx = the host's flags in fflags positions (csr 1, 3).
            if csr == 2 {
                ctx.asm.load(.rax, frm, w: false)
            } else {
                ctx.asm.stmxcsr(mxcsr)
                ctx.asm.load(.rcx, mxcsr, w: false)
                ctx.asm.aluImm(.and, .reg(.rcx), 0x3D, w: false)
                ctx.asm.movImm(.rdx, UInt64(UInt(bitPattern: hostToGuest)))
                ctx.asm.loadZeroExtended(.rcx, X86Mem(.rdx, 0, index: .rcx), size: 1)
                ctx.asm.mov(.rax, .rcx, w: false)
                ctx.asm.alu(.or, .rax, .mem(fflags), w: false)
                if csr == 3 {
                    ctx.asm.load(.rdx, frm, w: false)
                    ctx.asm.shift(.shl, .rdx, 5, w: false)
                    ctx.asm.alu(.or, .rax, .rdx, w: false)
                }
            }
            if !readOnly {
                // rdi = the new value.
                switch kind {
                case .write: ctx.asm.mov(.rdi, .rsi)
                case .set:
                    ctx.asm.mov(.rdi, .rax)
                    ctx.asm.alu(.or, .rdi, .rsi)
                case .clear:
                    ctx.asm.mov(.rdi, .rsi)
                    ctx.asm.not(.rdi)
                    ctx.asm.alu(.and, .rdi, .rax)
                }
                if csr != 2 {
                    ctx.asm.mov(.rdx, .rdi, w: false)
                    ctx.asm.aluImm(.and, .reg(.rdx), 0x1F, w: false)
                    ctx.asm.store(fflags, .rdx, size: 4)
                    // Host flags the new value also has may stay (they are ORed in
                    // when read); any other one must go: LDMXCSR, which stalls the
                    // FP pipeline, so only then. `frflags t; flt; fsflags t` (the
                    // quiet-compare idiom) never needs it.
                    let clean = ctx.asm.newLabel()
                    ctx.asm.mov(.rdx, .rdi, w: false)
                    ctx.asm.not(.rdx, w: false)
                    ctx.asm.alu(.and, .rdx, .rcx, w: false)
                    ctx.asm.testImm(.reg(.rdx), 0x1F)
                    ctx.asm.jcc(.e, clean)
                    ctx.asm.stmxcsr(mxcsr)
                    ctx.asm.aluImm(.and, .mem(mxcsr), ~0x3D, w: false)
                    ctx.asm.ldmxcsr(mxcsr)
                    ctx.asm.bind(clean)
                }
                if csr != 1 {
                    ctx.asm.mov(.rdx, .rdi, w: false)
                    if csr == 3 { ctx.asm.shift(.shr, .rdx, 5, w: false) }
                    ctx.asm.aluImm(.and, .reg(.rdx), 7, w: false)
                    ctx.asm.store(frm, .rdx, size: 4)
                }
            }
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
}
