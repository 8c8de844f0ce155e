// Loads and stores of general and SIMD&FP registers (Arm ARM C4.1.89): single registers in
// every addressing mode, pairs, literals, exclusives, ordered accesses and LSE atomics.
// Advanced SIMD structure loads/stores are in DisasmLoadStoreStructures.swift.

extension A64Disassembler {
    static func disassembleLoadStore(_ w: A64Word, pc: UInt64) -> String? {
        let vector = w[26] == 1
        switch w[29, 28] {
        case 0b00:
            if vector { return w[31] == 0 ? simdStructure(w) : nil }
            return w[24] == 0 ? exclusiveOrdered(w) : nil
        case 0b01:
            if w[24] == 0 { return literal(w, pc: pc) }
            return !vector && w[21] == 0 && w[11, 10] == 0 ? orderedUnscaled(w) : nil
        case 0b10:
            return pair(w)
        default:
            if w[24] == 1 { return registerUnsignedOffset(w) }
            if w[21] == 0 { return registerImmediate9(w) }
            switch w[11, 10] {
            case 0b00: return vector ? nil : atomic(w)
            case 0b10: return registerOffset(w)
            default: return vector ? nil : loadPointerAuthenticated(w)
            }
        }
    }

    /// "[xn]" / "[xn, #off]" base-plus-offset address.
    static func address(_ rn: Int, _ offset: Int64) -> String {
        offset == 0 ? "[\(A64Fmt.x(rn, sp: true))]" : "[\(A64Fmt.x(rn, sp: true)), #\(offset)]"
    }

    /// Scalar SIMD&FP register of `1 << log2Bytes` bytes: b, h, s, d, q.
    static func fpRegister(_ n: Int, log2Bytes: Int) -> String {
        ["b", "h", "s", "d", "q"][log2Bytes] + String(n)
    }

    /// Mnemonic stem, transfer register and access-size log2 for a single-register access
    /// (size:opc of C4.1.89 "Load/store register"); nil when unallocated. `prfm` marks PRFM.
    private static func singleRegisterForm(_ w: A64Word) -> (stem: String, reg: String, scale: Int)? {
        let size = Int(w[31, 30]), opc = w[23, 22]
        if w[26] == 1 {
            let q = opc >= 2
            if q && size != 0 { return nil }
            let scale = q ? 4 : size
            return (opc & 1 == 1 ? "ldr" : "str", fpRegister(w.rd, log2Bytes: scale), scale)
        }
        let suffix = ["b", "h", "", ""][size]
        switch opc {
        case 0: return ("str" + suffix, A64Fmt.r(w.rd, size == 3), size)
        case 1: return ("ldr" + suffix, A64Fmt.r(w.rd, size == 3), size)
        case 2:
            if size == 3 { return ("prfm", prefetchOperation(w.rd), 3) }
            return ("ldrs" + (size == 2 ? "w" : suffix), A64Fmt.x(w.rd), size)
        default:
            return size >= 2 ? nil : ("ldrs" + suffix, A64Fmt.w(w.rd), size)
        }
    }

    /// PRFM <prfop> name (Arm ARM C6.2.248): type, target cache level, policy.
    static func prefetchOperation(_ rt: Int) -> String {
        let type = rt >> 3, target = (rt >> 1) & 3, policy = rt & 1
        if type == 3 || target == 3 { return rt < 16 ? "#0x0" + String(rt, radix: 16) : A64Fmt.imm(rt) }
        return ["pld", "pli", "pst"][type] + ["l1", "l2", "l3"][target] + (policy == 0 ? "keep" : "strm")
    }

    private static func registerUnsignedOffset(_ w: A64Word) -> String? {
        guard let form = singleRegisterForm(w) else { return nil }
        let offset = Int64(w[21, 10]) << Int64(form.scale)
        return A64Fmt.ins(form.stem, form.reg, address(w.rn, offset))
    }

    /// Unscaled (LDUR), post-index, unprivileged (LDTR) and pre-index forms with a signed imm9.
    private static func registerImmediate9(_ w: A64Word) -> String? {
        guard let form = singleRegisterForm(w) else { return nil }
        let offset = A64Fmt.sext(w[20, 12], 9)
        let base = A64Fmt.x(w.rn, sp: true)
        switch w[11, 10] {
        case 0b00:
            let stem = form.stem == "prfm" ? "prfum" : insertAfterFirstR(form.stem, "u")
            return A64Fmt.ins(stem, form.reg, address(w.rn, offset))
        case 0b10:
            if form.stem == "prfm" || w[26] == 1 { return nil }
            return A64Fmt.ins(insertAfterFirstR(form.stem, "t"), form.reg, address(w.rn, offset))
        case 0b01:
            if form.stem == "prfm" { return nil }
            return A64Fmt.ins(form.stem, form.reg, "[\(base)], #\(offset)")
        default:
            if form.stem == "prfm" { return nil }
            return A64Fmt.ins(form.stem, form.reg, "[\(base), #\(offset)]!")
        }
    }

    private static func registerOffset(_ w: A64Word) -> String? {
        guard let form = singleRegisterForm(w) else { return nil }
        let option = w[15, 13], s = w[12]
        if option & 0b010 == 0 { return nil }
        let index = A64Fmt.r(w.rm, option & 1 == 1)
        let amount = s == 1 ? " #\(form.scale)" : ""
        let ext: String
        if option == 0b011 {
            ext = s == 1 ? ", lsl #\(form.scale)" : ""
        } else {
            ext = ", " + A64Fmt.extends[Int(option)] + amount
        }
        return A64Fmt.ins(form.stem, form.reg, "[\(A64Fmt.x(w.rn, sp: true)), \(index)\(ext)]")
    }

    private static func literal(_ w: A64Word, pc: UInt64) -> String? {
        let target = A64Fmt.target(pc, A64Fmt.sext(w[23, 5], 19) << 2)
        let opc = w[31, 30]
        if w[26] == 1 {
            if opc == 3 { return nil }
            return A64Fmt.ins("ldr", fpRegister(w.rd, log2Bytes: Int(opc) + 2), target)
        }
        switch opc {
        case 0: return A64Fmt.ins("ldr", A64Fmt.w(w.rd), target)
        case 1: return A64Fmt.ins("ldr", A64Fmt.x(w.rd), target)
        case 2: return A64Fmt.ins("ldrsw", A64Fmt.x(w.rd), target)
        default: return A64Fmt.ins("prfm", prefetchOperation(w.rd), target)
        }
    }

    private static func pair(_ w: A64Word) -> String? {
        let opc = w[31, 30], load = w[22] == 1, mode = w[24, 23]
        let r1: String, r2: String, scale: Int64, stem: String
        if w[26] == 1 {
            if opc == 3 { return nil }
            scale = Int64(opc) + 2
            r1 = fpRegister(w.rd, log2Bytes: Int(scale)); r2 = fpRegister(w.rt2, log2Bytes: Int(scale))
            stem = load ? "ldp" : "stp"
        } else {
            switch opc {
            case 0: scale = 2; r1 = A64Fmt.w(w.rd); r2 = A64Fmt.w(w.rt2); stem = load ? "ldp" : "stp"
            case 1:
                guard load && mode != 0 else { return nil }  // STGP and the rest: not handled
                scale = 2; r1 = A64Fmt.x(w.rd); r2 = A64Fmt.x(w.rt2); stem = "ldpsw"
            case 2: scale = 3; r1 = A64Fmt.x(w.rd); r2 = A64Fmt.x(w.rt2); stem = load ? "ldp" : "stp"
            default: return nil
            }
        }
        // LDPSW of the same register twice is UNPREDICTABLE (Arm ARM C6.2.140); binutils
        // refuses it there (only there: LDP Xt, Xt prints).
        if stem == "ldpsw" && w.rd == w.rt2 { return nil }
        // ... and likewise LDPSW writing back into a register it loads.
        if stem == "ldpsw" && mode & 1 == 1 && w.rn != 31 && (w.rn == w.rd || w.rn == w.rt2) { return nil }
        let offset = A64Fmt.sext(w[21, 15], 7) << scale
        let base = A64Fmt.x(w.rn, sp: true)
        switch mode {
        case 0b00: return A64Fmt.ins(load ? "ldnp" : "stnp", r1, r2, address(w.rn, offset))
        case 0b01: return A64Fmt.ins(stem, r1, r2, "[\(base)], #\(offset)")
        case 0b10: return A64Fmt.ins(stem, r1, r2, address(w.rn, offset))
        default: return A64Fmt.ins(stem, r1, r2, "[\(base), #\(offset)]!")
        }
    }

    /// Exclusive, load-acquire/store-release and compare-and-swap (C4.1.89 "Load/store
    /// exclusive" in its Armv8.1 layout: o2 L o1 o0 select the form).
    private static func exclusiveOrdered(_ w: A64Word) -> String? {
        let size = w[31, 30], o2 = w[23], l = w[22] == 1, o1 = w[21], o0 = w[15]
        let x = size == 3
        let suffix = ["b", "h", "", ""][Int(size)]
        let rt = A64Fmt.r(w.rd, x), rs = A64Fmt.w(w.rm)
        let base = "[\(A64Fmt.x(w.rn, sp: true))]"
        // binutils insists on the all-ones "should be" fields only for CAS/CASP (Rt2) and
        // LDAR (Rs and Rt2); other forms print whatever those fields hold.
        let isCAS = o1 == 1 && (o2 == 1 || size < 2)
        if isCAS && w.rt2 != 31 { return nil }
        // (For LDAR and LDARB, not LDARH, binutils' opcode mask leaves bit 20 of Rs out.)
        let rsMask = size == 1 ? 31 : 15
        if o2 == 1 && l && o1 == 0 && o0 == 1 && (w.rt2 != 31 || w.rm & rsMask != rsMask) { return nil }
        switch (o2, o1) {
        case (0, 0):
            if l { return A64Fmt.ins((o0 == 1 ? "ldaxr" : "ldxr") + suffix, rt, base) }
            return A64Fmt.ins((o0 == 1 ? "stlxr" : "stxr") + suffix, rs, rt, base)
        case (0, 1):
            if size >= 2 {
                let px = size == 3
                let r1 = A64Fmt.r(w.rd, px), r2 = A64Fmt.r(w.rt2, px)
                if l { return A64Fmt.ins(o0 == 1 ? "ldaxp" : "ldxp", r1, r2, base) }
                return A64Fmt.ins(o0 == 1 ? "stlxp" : "stxp", rs, r1, r2, base)
            }
            // CASP: register pairs of w (size 00) or x (size 01); even registers only.
            if w.rd & 1 == 1 || w.rm & 1 == 1 { return nil }
            let px = size == 1
            let m = "casp" + (l ? "a" : "") + (o0 == 1 ? "l" : "")
            return A64Fmt.ins(m, A64Fmt.r(w.rm, px), A64Fmt.r(w.rm + 1, px),
                              A64Fmt.r(w.rd, px), A64Fmt.r(w.rd + 1, px), base)
        case (1, 0):
            let m = l ? (o0 == 1 ? "ldar" : "ldlar") : (o0 == 1 ? "stlr" : "stllr")
            return A64Fmt.ins(m + suffix, rt, base)
        default:
            let m = "cas" + (l ? "a" : "") + (o0 == 1 ? "l" : "") + suffix
            return A64Fmt.ins(m, A64Fmt.r(w.rm, x), rt, base)
        }
    }

    /// LSE atomic memory operations (C4.1.89 "Atomic memory operations").
    private static func atomic(_ w: A64Word) -> String? {
        let size = w[31, 30], a = w[23] == 1, r = w[22] == 1, o3 = w[15], opc = w[14, 12]
        let x = size == 3
        let suffix = ["b", "h", "", ""][Int(size)]
        let order = (a ? "a" : "") + (r ? "l" : "")
        let base = "[\(A64Fmt.x(w.rn, sp: true))]"
        let rs = A64Fmt.r(w.rm, x), rt = A64Fmt.r(w.rd, x)
        if o3 == 1 {
            if opc == 0 { return A64Fmt.ins("swp" + order + suffix, rs, rt, base) }
            if opc == 0b100 && a && !r && w.rm == 31 {
                return A64Fmt.ins("ldapr" + suffix, rt, base)
            }
            return nil
        }
        let op = ["add", "clr", "eor", "set", "smax", "smin", "umax", "umin"][Int(opc)]
        // ST<op> is the preferred alias when the loaded value is discarded (Rt == zr, no acquire).
        if w.rd == 31 && !a { return A64Fmt.ins("st" + op + order + suffix, rs, base) }
        return A64Fmt.ins("ld" + op + order + suffix, rs, rt, base)
    }

    /// "ldrb" -> "ldurb" / "ldtrb": the unscaled and unprivileged mnemonics put a letter
    /// before the "r" of the base mnemonic.
    private static func insertAfterFirstR(_ stem: String, _ letter: String) -> String {
        guard let i = stem.firstIndex(of: "r") else { return stem }
        return String(stem[..<i]) + letter + String(stem[i...])
    }

    /// LDAPUR*/STLUR* (FEAT_LRCPC2): release/acquire-PC accesses with an unscaled imm9.
    private static func orderedUnscaled(_ w: A64Word) -> String? {
        let size = Int(w[31, 30]), opc = w[23, 22]
        let suffix = ["b", "h", "", ""][size]
        let m: String, x: Bool
        switch opc {
        case 0: m = "stlur" + suffix; x = size == 3
        case 1: m = "ldapur" + suffix; x = size == 3
        case 2:
            guard size < 3 else { return nil }
            m = "ldapurs" + (size == 2 ? "w" : suffix); x = true
        default:
            guard size < 2 else { return nil }
            m = "ldapurs" + suffix; x = false
        }
        return A64Fmt.ins(m, A64Fmt.r(w.rd, x), address(w.rn, A64Fmt.sext(w[20, 12], 9)))
    }

    /// LDRAA/LDRAB (FEAT_PAuth): 64-bit load with a signed 10-bit offset scaled by 8.
    private static func loadPointerAuthenticated(_ w: A64Word) -> String? {
        guard w[31, 30] == 3 else { return nil }
        let m = w[23] == 0 ? "ldraa" : "ldrab"
        let offset = A64Fmt.sext(w[22] << 9 | w[20, 12], 10) << 3
        if w[11] == 1 { return A64Fmt.ins(m, A64Fmt.x(w.rd), "[\(A64Fmt.x(w.rn, sp: true)), #\(offset)]!") }
        return A64Fmt.ins(m, A64Fmt.x(w.rd), address(w.rn, offset))
    }
}
