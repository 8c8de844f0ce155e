// Data processing - register (Arm ARM C4.1.88): logical and add/sub (shifted, extended),
// with carry, conditional compare/select, 1-, 2- and 3-source, with their preferred aliases.

extension A64Disassembler {
    static func disassembleDataProcessingRegister(_ w: A64Word) -> String? {
        let op1 = w[28], op2 = w[24, 21]
        if op1 == 0 {
            if op2 & 0b1000 == 0 { return logicalShifted(w) }
            return op2 & 1 == 0 ? addSubShifted(w) : addSubExtended(w)
        }
        switch op2 {
        case 0b0000: return w[15, 10] == 0 ? addSubCarry(w) : nil
        case 0b0010: return conditionalCompare(w)
        case 0b0100: return conditionalSelect(w)
        case 0b0110: return w[30] == 0 ? dataProcessing2Source(w) : dataProcessing1Source(w)
        default: return op2 & 0b1000 != 0 ? dataProcessing3Source(w) : nil
        }
    }

    /// ", lsl #3" style shift suffix; empty for a zero LSL.
    private static func shiftSuffix(_ type: UInt32, _ amount: UInt32) -> [String] {
        if type == 0 && amount == 0 { return [] }
        return ["\(A64Fmt.shifts[Int(type)]) #\(amount)"]
    }

    private static func logicalShifted(_ w: A64Word) -> String? {
        let x = w.sf, type = w[23, 22], amount = w[15, 10], neg = w[21] == 1
        if !x && amount >= 32 { return nil }
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x), rm = A64Fmt.r(w.rm, x)
        let shift = shiftSuffix(type, amount)
        switch (w[30, 29], neg) {
        case (0b00, false): return A64Fmt.ins("and", list: [rd, rn, rm] + shift)
        case (0b00, true): return A64Fmt.ins("bic", list: [rd, rn, rm] + shift)
        case (0b01, false):
            if w.rn == 31 && type == 0 && amount == 0 { return A64Fmt.ins("mov", rd, rm) }
            return A64Fmt.ins("orr", list: [rd, rn, rm] + shift)
        case (0b01, true):
            if w.rn == 31 { return A64Fmt.ins("mvn", list: [rd, rm] + shift) }
            return A64Fmt.ins("orn", list: [rd, rn, rm] + shift)
        case (0b10, false): return A64Fmt.ins("eor", list: [rd, rn, rm] + shift)
        case (0b10, true): return A64Fmt.ins("eon", list: [rd, rn, rm] + shift)
        case (_, false):
            if w.rd == 31 { return A64Fmt.ins("tst", list: [rn, rm] + shift) }
            return A64Fmt.ins("ands", list: [rd, rn, rm] + shift)
        default: return A64Fmt.ins("bics", list: [rd, rn, rm] + shift)
        }
    }

    private static func addSubShifted(_ w: A64Word) -> String? {
        let x = w.sf, type = w[23, 22], amount = w[15, 10]
        if type == 3 || (!x && amount >= 32) { return nil }
        let sub = w[30] == 1, setFlags = w[29] == 1
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x), rm = A64Fmt.r(w.rm, x)
        let shift = shiftSuffix(type, amount)
        if setFlags && w.rd == 31 { return A64Fmt.ins(sub ? "cmp" : "cmn", list: [rn, rm] + shift) }
        if sub && w.rn == 31 { return A64Fmt.ins(setFlags ? "negs" : "neg", list: [rd, rm] + shift) }
        let m = (sub ? "sub" : "add") + (setFlags ? "s" : "")
        return A64Fmt.ins(m, list: [rd, rn, rm] + shift)
    }

    private static func addSubExtended(_ w: A64Word) -> String? {
        let x = w.sf, option = w[15, 13], amount = w[12, 10]
        if w[23, 22] != 0 || amount > 4 { return nil }
        let sub = w[30] == 1, setFlags = w[29] == 1
        let rd = A64Fmt.r(w.rd, x, sp: !setFlags), rn = A64Fmt.r(w.rn, x, sp: true)
        let rm = A64Fmt.r(w.rm, x && option & 3 == 3)
        // LSL is the preferred spelling of UXTW/UXTX when rd or rn is the stack pointer.
        let isLSL = (w.rd == 31 && !setFlags || w.rn == 31) && option == (x ? 3 : 2)
        let ext: String
        if isLSL {
            ext = amount == 0 ? "" : "lsl #\(amount)"
        } else {
            ext = A64Fmt.extends[Int(option)] + (amount == 0 ? "" : " #\(amount)")
        }
        let tail = ext.isEmpty ? [] : [ext]
        if setFlags && w.rd == 31 { return A64Fmt.ins(sub ? "cmp" : "cmn", list: [rn, rm] + tail) }
        let m = (sub ? "sub" : "add") + (setFlags ? "s" : "")
        return A64Fmt.ins(m, list: [rd, rn, rm] + tail)
    }

    private static func addSubCarry(_ w: A64Word) -> String? {
        let x = w.sf, sub = w[30] == 1, setFlags = w[29] == 1
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x), rm = A64Fmt.r(w.rm, x)
        let s = setFlags ? "s" : ""
        if sub && w.rn == 31 { return A64Fmt.ins("ngc" + s, rd, rm) }
        return A64Fmt.ins((sub ? "sbc" : "adc") + s, rd, rn, rm)
    }

    private static func conditionalCompare(_ w: A64Word) -> String? {
        if w[29] != 1 || w[10] != 0 || w[4] != 0 { return nil }
        let x = w.sf
        let m = w[30] == 1 ? "ccmp" : "ccmn"
        let second = w[11] == 1 ? A64Fmt.imm(w[20, 16]) : A64Fmt.r(w.rm, x)
        return A64Fmt.ins(m, A64Fmt.r(w.rn, x), second, A64Fmt.imm(w[3, 0]), A64Fmt.cond(w[15, 12]))
    }

    private static func conditionalSelect(_ w: A64Word) -> String? {
        if w[29] != 0 || w[11] != 0 { return nil }
        let x = w.sf, cond = w[15, 12], op = w[30] << 1 | w[10]
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x), rm = A64Fmt.r(w.rm, x)
        let inverted = A64Fmt.cond(cond ^ 1)
        let aliasable = cond >> 1 != 0b111 && w.rn == w.rm
        switch op {
        case 0b00: return A64Fmt.ins("csel", rd, rn, rm, A64Fmt.cond(cond))
        case 0b01:
            if aliasable { return w.rn == 31 ? A64Fmt.ins("cset", rd, inverted) : A64Fmt.ins("cinc", rd, rn, inverted) }
            return A64Fmt.ins("csinc", rd, rn, rm, A64Fmt.cond(cond))
        case 0b10:
            if aliasable { return w.rn == 31 ? A64Fmt.ins("csetm", rd, inverted) : A64Fmt.ins("cinv", rd, rn, inverted) }
            return A64Fmt.ins("csinv", rd, rn, rm, A64Fmt.cond(cond))
        default:
            if aliasable { return A64Fmt.ins("cneg", rd, rn, inverted) }
            return A64Fmt.ins("csneg", rd, rn, rm, A64Fmt.cond(cond))
        }
    }

    private static func dataProcessing2Source(_ w: A64Word) -> String? {
        if w[29] != 0 { return nil }
        let x = w.sf, opcode = w[15, 10]
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x), rm = A64Fmt.r(w.rm, x)
        switch opcode {
        case 0b000010: return A64Fmt.ins("udiv", rd, rn, rm)
        case 0b000011: return A64Fmt.ins("sdiv", rd, rn, rm)
        case 0b001000: return A64Fmt.ins("lsl", rd, rn, rm)
        case 0b001001: return A64Fmt.ins("lsr", rd, rn, rm)
        case 0b001010: return A64Fmt.ins("asr", rd, rn, rm)
        case 0b001011: return A64Fmt.ins("ror", rd, rn, rm)
        case 0b001100: return x ? A64Fmt.ins("pacga", rd, rn, A64Fmt.x(w.rm, sp: true)) : nil
        case 0b010000...0b010111:
            // CRC32{B,H,W,X} and CRC32C*: size in bits 11:10, sf set only for the X form.
            let size = opcode & 3
            if (size == 3) != x { return nil }
            let m = "crc32" + (opcode & 4 != 0 ? "c" : "") + ["b", "h", "w", "x"][Int(size)]
            return A64Fmt.ins(m, A64Fmt.w(w.rd), A64Fmt.w(w.rn), A64Fmt.r(w.rm, x))
        default: return nil
        }
    }

    private static func dataProcessing1Source(_ w: A64Word) -> String? {
        if w[29] != 0 { return nil }
        if w[20, 16] == 1 && w.sf { return pointerAuthentication(w) }
        if w[20, 16] != 0 { return nil }
        let x = w.sf, opcode = w[15, 10]
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x)
        switch opcode {
        case 0: return A64Fmt.ins("rbit", rd, rn)
        case 1: return A64Fmt.ins("rev16", rd, rn)
        case 2: return A64Fmt.ins(x ? "rev32" : "rev", rd, rn)
        case 3: return x ? A64Fmt.ins("rev", rd, rn) : nil
        case 4: return A64Fmt.ins("clz", rd, rn)
        case 5: return A64Fmt.ins("cls", rd, rn)
        default: return nil
        }
    }

    private static func dataProcessing3Source(_ w: A64Word) -> String? {
        if w[30, 29] != 0 { return nil }
        let x = w.sf, op = w[23, 21] << 1 | w[15]
        let zeroAccumulator = w.ra == 31
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x), rm = A64Fmt.r(w.rm, x)
        let ra = A64Fmt.r(w.ra, x)
        switch op {
        case 0b0000:
            return zeroAccumulator ? A64Fmt.ins("mul", rd, rn, rm) : A64Fmt.ins("madd", rd, rn, rm, ra)
        case 0b0001:
            return zeroAccumulator ? A64Fmt.ins("mneg", rd, rn, rm) : A64Fmt.ins("msub", rd, rn, rm, ra)
        case 0b0010, 0b0011, 0b1010, 0b1011:
            guard x else { return nil }
            let unsigned = op & 0b1000 != 0, subtract = op & 1 == 1
            let p = unsigned ? "u" : "s"
            let wn = A64Fmt.w(w.rn), wm = A64Fmt.w(w.rm)
            if zeroAccumulator { return A64Fmt.ins(p + (subtract ? "mnegl" : "mull"), rd, wn, wm) }
            return A64Fmt.ins(p + (subtract ? "msubl" : "maddl"), rd, wn, wm, ra)
        case 0b0100: return x ? A64Fmt.ins("smulh", rd, rn, rm) : nil
        case 0b1100: return x ? A64Fmt.ins("umulh", rd, rn, rm) : nil
        default: return nil
        }
    }

    /// PAC*/AUT*/XPAC* (FEAT_PAuth), data-processing 1-source with opcode2 00001.
    private static func pointerAuthentication(_ w: A64Word) -> String? {
        let opcode = Int(w[15, 10])
        let keys = ["ia", "ib", "da", "db"]
        switch opcode {
        case 0...7:
            let m = (opcode < 4 ? "pac" : "aut") + keys[opcode & 3]
            return A64Fmt.ins(m, A64Fmt.x(w.rd), A64Fmt.x(w.rn, sp: true))
        case 8...15:
            guard w.rn == 31 else { return nil }
            let key = keys[opcode & 3]
            let m = (opcode < 12 ? "pac" : "aut") + String(key.prefix(1)) + "z" + String(key.suffix(1))
            return A64Fmt.ins(m, A64Fmt.x(w.rd))
        case 16, 17:
            guard w.rn == 31 else { return nil }
            return A64Fmt.ins(opcode == 16 ? "xpaci" : "xpacd", A64Fmt.x(w.rd))
        default: return nil
        }
    }
}
