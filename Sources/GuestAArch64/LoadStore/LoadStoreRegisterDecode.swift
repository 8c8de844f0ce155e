import XrunCore

/// One row of the size:V:opc table that every single-register class shares (DDI 0487,
/// C4.1 "Load/store register (unsigned immediate)" and its siblings): which ops, the
/// access size as a shift (for scaled offsets), and how Rt is mapped.
struct LSSingleKind {
    /// Specialised ops in `LSMode` order: offset, pre, post, regX, regUXTW, regSXTW.
    let ops: [OpDef]
    let scale: UInt32
    let store: Bool
    let simd: Bool

    /// Index of each mode in `ops`.
    static let offset = 0, pre = 1, post = 2, regX = 3, regUXTW = 4, regSXTW = 5

    /// nil: unallocated (PRFM, size=11 opc=10, is handled by the caller).
    static func lookup(size: UInt32, simd: Bool, opc: UInt32) -> LSSingleKind? {
        if !simd {
            typealias G = LSSingleGPR
            switch (size, opc) {
            case (0, 0): return LSSingleKind(ops: G.strbOps, scale: 0, store: true, simd: false)
            case (0, 1): return LSSingleKind(ops: G.ldrbOps, scale: 0, store: false, simd: false)
            case (0, 2): return LSSingleKind(ops: G.ldrsbXOps, scale: 0, store: false, simd: false)
            case (0, 3): return LSSingleKind(ops: G.ldrsbWOps, scale: 0, store: false, simd: false)
            case (1, 0): return LSSingleKind(ops: G.strhOps, scale: 1, store: true, simd: false)
            case (1, 1): return LSSingleKind(ops: G.ldrhOps, scale: 1, store: false, simd: false)
            case (1, 2): return LSSingleKind(ops: G.ldrshXOps, scale: 1, store: false, simd: false)
            case (1, 3): return LSSingleKind(ops: G.ldrshWOps, scale: 1, store: false, simd: false)
            case (2, 0): return LSSingleKind(ops: G.strWOps, scale: 2, store: true, simd: false)
            case (2, 1): return LSSingleKind(ops: G.ldrWOps, scale: 2, store: false, simd: false)
            case (2, 2): return LSSingleKind(ops: G.ldrswOps, scale: 2, store: false, simd: false)
            case (3, 0): return LSSingleKind(ops: G.strXOps, scale: 3, store: true, simd: false)
            case (3, 1): return LSSingleKind(ops: G.ldrXOps, scale: 3, store: false, simd: false)
            default: return nil
            }
        }
        typealias V = LSSingleSIMD
        switch (size, opc) {
        case (0, 0): return LSSingleKind(ops: V.strBOps, scale: 0, store: true, simd: true)
        case (0, 1): return LSSingleKind(ops: V.ldrBOps, scale: 0, store: false, simd: true)
        case (0, 2): return LSSingleKind(ops: V.strQOps, scale: 4, store: true, simd: true)
        case (0, 3): return LSSingleKind(ops: V.ldrQOps, scale: 4, store: false, simd: true)
        case (1, 0): return LSSingleKind(ops: V.strHOps, scale: 1, store: true, simd: true)
        case (1, 1): return LSSingleKind(ops: V.ldrHOps, scale: 1, store: false, simd: true)
        case (2, 0): return LSSingleKind(ops: V.strSOps, scale: 2, store: true, simd: true)
        case (2, 1): return LSSingleKind(ops: V.ldrSOps, scale: 2, store: false, simd: true)
        case (3, 0): return LSSingleKind(ops: V.strDOps, scale: 3, store: true, simd: true)
        case (3, 1): return LSSingleKind(ops: V.ldrDOps, scale: 3, store: false, simd: true)
        default: return nil
        }
    }

    /// Rt as the op field: Vt as is; Xt with 31 = XZR (stores) or discard (loads).
    func transferRegister(_ rt: UInt32) -> UInt8 {
        simd ? UInt8(rt) : (store ? A64Reg.src(rt) : A64Reg.dst(rt))
    }
}

extension A64Decoder {
    /// Load/store register classes, op0 = xx11 (bits 29:27 = 111): unsigned immediate
    /// (op2 = 1x); with op2 = 0x and op3<5> = 0, by op4: unscaled immediate (LDUR),
    /// post-indexed, unprivileged (LDTR), pre-indexed; with op3<5> = 1: atomic memory
    /// operations (op4 = 00), register offset (op4 = 10), pointer-authenticated LDRAA/LDRAB
    /// (op4 = x1, not implemented: FEAT_PAuth is not advertised).
    static func decodeLoadStoreRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let size = insn >> 30
        let simd = (insn >> 26) & 1 != 0
        let opc = (insn >> 22) & 3
        // PRFM/PRFUM: a hint with no architectural effect, and it never faults. Emits nothing.
        let prefetch = !simd && size == 3 && opc == 2
        let rt = LSField.rt(insn)
        let rn = A64Reg.spOr(LSField.rn(insn))

        if insn & (1 << 24) != 0 {
            // Unsigned immediate: imm12 scaled by the access size.
            if prefetch { return .next(length: 4) }
            guard let k = LSSingleKind.lookup(size: size, simd: simd, opc: opc) else { return .undefined }
            let imm = UInt64((insn >> 10) & 0xFFF) << UInt64(k.scale)
            b.emit(k.ops[LSSingleKind.offset], pc: pc, imm: imm, a: k.transferRegister(rt), b: rn)
            return .next(length: 4)
        }

        let op4 = (insn >> 10) & 3
        if insn & (1 << 21) == 0 {
            // imm9, signed and unscaled.
            let imm = LSField.signExtend((insn >> 12) & 0x1FF, bits: 9)
            let mode: Int
            switch op4 {
            case 0:
                if prefetch { return .next(length: 4) } // PRFUM
                mode = LSSingleKind.offset
            case 1:
                if prefetch { return .undefined }
                mode = LSSingleKind.post
            case 2:
                // LDTR/STTR...: at EL0 an unprivileged access is a normal one. No SIMD&FP form.
                if prefetch || simd { return .undefined }
                mode = LSSingleKind.offset
            default:
                if prefetch { return .undefined }
                mode = LSSingleKind.pre
            }
            guard let k = LSSingleKind.lookup(size: size, simd: simd, opc: opc) else { return .undefined }
            b.emit(k.ops[mode], pc: pc, imm: imm, a: k.transferRegister(rt), b: rn)
            return .next(length: 4)
        }

        switch op4 {
        case 0:
            return decodeAtomicMemory(insn, pc: pc, into: &b)
        case 2:
            // Register offset: option<1> = 0 is unallocated; 011 (LSL) and 111 (SXTX)
            // both add the full 64-bit Xm.
            let option = (insn >> 13) & 7
            guard option & 2 != 0 else { return .undefined }
            if prefetch { return .next(length: 4) }
            guard let k = LSSingleKind.lookup(size: size, simd: simd, opc: opc) else { return .undefined }
            let mode: Int
            switch option {
            case 0b010: mode = LSSingleKind.regUXTW
            case 0b110: mode = LSSingleKind.regSXTW
            default: mode = LSSingleKind.regX
            }
            let shift = insn & (1 << 12) != 0 ? UInt8(k.scale) : 0
            b.emit(k.ops[mode], pc: pc, a: k.transferRegister(rt), b: rn,
                   c: A64Reg.src(LSField.rm(insn)), d: shift)
            return .next(length: 4)
        default:
            return .undefined
        }
    }
}
