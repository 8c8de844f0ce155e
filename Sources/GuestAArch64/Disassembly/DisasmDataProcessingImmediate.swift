// Data processing - immediate (Arm ARM C4.1.86): PC-relative, add/sub, logical, move wide,
// bitfield, extract, with the aliases the Arm ARM marks "preferred" (which objdump prints).

extension A64Disassembler {
    static func disassembleDataProcessingImmediate(_ w: A64Word, pc: UInt64) -> String? {
        switch w[25, 23] {
        case 0b000, 0b001: return pcRelative(w, pc: pc)
        case 0b010: return addSubImmediate(w)
        case 0b100: return logicalImmediate(w)
        case 0b101: return moveWide(w)
        case 0b110: return bitfield(w)
        case 0b111: return extract(w)
        default: return nil
        }
    }

    private static func pcRelative(_ w: A64Word, pc: UInt64) -> String? {
        let imm = A64Fmt.sext(w[23, 5] << 2 | w[30, 29], 21)
        if w[31] == 0 { return A64Fmt.ins("adr", A64Fmt.x(w.rd), A64Fmt.target(pc, imm)) }
        return A64Fmt.ins("adrp", A64Fmt.x(w.rd), A64Fmt.target(pc & ~0xfff, imm << 12))
    }

    private static func addSubImmediate(_ w: A64Word) -> String? {
        let x = w.sf, sub = w[30] == 1, setFlags = w[29] == 1
        let imm = A64Fmt.imm(w[21, 10])
        var ops: [String] = [imm]
        if w[22] == 1 { ops.append("lsl #12") }
        let rn = A64Fmt.r(w.rn, x, sp: true)
        if setFlags && w.rd == 31 {
            return A64Fmt.ins(sub ? "cmp" : "cmn", list: [rn] + ops)
        }
        if !sub && !setFlags && w[22] == 0 && w[21, 10] == 0 && (w.rd == 31 || w.rn == 31) {
            return A64Fmt.ins("mov", A64Fmt.r(w.rd, x, sp: true), rn)
        }
        let m = (sub ? "sub" : "add") + (setFlags ? "s" : "")
        return A64Fmt.ins(m, list: [A64Fmt.r(w.rd, x, sp: !setFlags), rn] + ops)
    }

    /// DecodeBitMasks (Arm ARM J1 shared pseudocode) for a logical immediate; nil if reserved.
    static func decodeBitMask(n: UInt32, imms: UInt32, immr: UInt32, width: Int) -> UInt64? {
        let combined = n << 6 | (~imms & 0x3f)
        guard combined != 0 else { return nil }
        let len = 31 - combined.leadingZeroBitCount
        guard len >= 1 else { return nil }
        let levels = UInt32((1 << len) - 1)
        let s = imms & levels, r = immr & levels
        guard s != levels else { return nil }
        let esize = 1 << len
        var elem: UInt64 = (s + 1 == 64) ? ~0 : (UInt64(1) << UInt64(s + 1)) - 1
        if r != 0 {
            let mask: UInt64 = esize == 64 ? ~0 : (UInt64(1) << UInt64(esize)) - 1
            elem = ((elem >> UInt64(r)) | (elem << UInt64(esize - Int(r)))) & mask
        }
        var result = elem
        var size = esize
        while size < width { result |= result << UInt64(size); size *= 2 }
        return width == 64 ? result : result & 0xffff_ffff
    }

    /// Whether MOVZ or MOVN can make `value`: then binutils keeps ORR for the ORR-immediate
    /// form instead of printing the MOV alias (the Arm ARM's MoveWidePreferred in effect).
    static func isMoveWideImmediate(_ value: UInt64, width: Int) -> Bool {
        func single(_ v: UInt64) -> Bool {
            stride(from: 0, to: width, by: 16).contains { v & ~(UInt64(0xffff) << UInt64($0)) == 0 }
        }
        let mask: UInt64 = width == 64 ? ~0 : 0xffff_ffff
        return single(value & mask) || single(~value & mask)
    }

    private static func logicalImmediate(_ w: A64Word) -> String? {
        let x = w.sf, n = w[22], immr = w[21, 16], imms = w[15, 10]
        if !x && n == 1 { return nil }
        guard let value = decodeBitMask(n: n, imms: imms, immr: immr, width: x ? 64 : 32) else {
            return nil
        }
        let imm = A64Fmt.imm(value)
        let rn = A64Fmt.r(w.rn, x)
        switch w[30, 29] {
        case 0b00: return A64Fmt.ins("and", A64Fmt.r(w.rd, x, sp: true), rn, imm)
        case 0b01:
            if w.rn == 31 && (w.rd == 31 || !isMoveWideImmediate(value, width: x ? 64 : 32)) {
                return A64Fmt.ins("mov", A64Fmt.r(w.rd, x, sp: true), imm)
            }
            return A64Fmt.ins("orr", A64Fmt.r(w.rd, x, sp: true), rn, imm)
        case 0b10: return A64Fmt.ins("eor", A64Fmt.r(w.rd, x, sp: true), rn, imm)
        default:
            if w.rd == 31 { return A64Fmt.ins("tst", rn, imm) }
            return A64Fmt.ins("ands", A64Fmt.r(w.rd, x), rn, imm)
        }
    }

    private static func moveWide(_ w: A64Word) -> String? {
        let x = w.sf, opc = w[30, 29], hw = w[22, 21], imm16 = UInt64(w[20, 5])
        if opc == 0b01 || (!x && hw >= 2) { return nil }
        let rd = A64Fmt.r(w.rd, x)
        let shift = UInt64(hw * 16)
        let shiftText = hw == 0 ? [] : ["lsl #\(shift)"]
        switch opc {
        case 0b10:
            if !(imm16 == 0 && hw != 0) { return A64Fmt.ins("mov", rd, A64Fmt.imm(imm16 << shift)) }
            return A64Fmt.ins("movz", list: [rd, A64Fmt.imm(imm16)] + shiftText)
        case 0b00:
            if !(imm16 == 0 && hw != 0) && (x || imm16 != 0xffff) {
                var v = ~(imm16 << shift)
                if !x { v &= 0xffff_ffff }
                return A64Fmt.ins("mov", rd, A64Fmt.imm(v))
            }
            return A64Fmt.ins("movn", list: [rd, A64Fmt.imm(imm16)] + shiftText)
        default:
            return A64Fmt.ins("movk", list: [rd, A64Fmt.imm(imm16)] + shiftText)
        }
    }

    /// BFXPreferred (Arm ARM J1): UBFX/SBFX unless another alias fits better.
    private static func bfxPreferred(sf: Bool, unsigned: Bool, imms: UInt32, immr: UInt32) -> Bool {
        if imms < immr { return false }
        if imms == (sf ? 63 : 31) { return false }
        if immr == 0 {
            if !sf && (imms == 7 || imms == 15) { return false }
            if sf && !unsigned && (imms == 7 || imms == 15 || imms == 31) { return false }
        }
        return true
    }

    private static func bitfield(_ w: A64Word) -> String? {
        let x = w.sf, opc = w[30, 29], n = w[22], immr = w[21, 16], imms = w[15, 10]
        if opc == 0b11 || (x ? 1 : 0) != n { return nil }
        if !x && (immr | imms) & 0x20 != 0 { return nil }
        let width: UInt32 = x ? 64 : 32
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x)
        let lsbInsert = A64Fmt.dec((width - immr) % width), widthInsert = A64Fmt.dec(imms + 1)
        let lsbExtract = A64Fmt.dec(immr)
        let widthExtract = A64Fmt.dec(imms &- immr &+ 1)
        switch opc {
        case 0b00:  // SBFM
            if imms == width - 1 { return A64Fmt.ins("asr", rd, rn, A64Fmt.dec(immr)) }
            if imms < immr { return A64Fmt.ins("sbfiz", rd, rn, lsbInsert, widthInsert) }
            if bfxPreferred(sf: x, unsigned: false, imms: imms, immr: immr) {
                return A64Fmt.ins("sbfx", rd, rn, lsbExtract, widthExtract)
            }
            if immr == 0 {
                let source = A64Fmt.w(w.rn)
                if imms == 7 { return A64Fmt.ins("sxtb", rd, source) }
                if imms == 15 { return A64Fmt.ins("sxth", rd, source) }
                if imms == 31 { return A64Fmt.ins("sxtw", rd, source) }
            }
            return A64Fmt.ins("sbfm", rd, rn, A64Fmt.dec(immr), A64Fmt.dec(imms))
        case 0b01:  // BFM
            if imms < immr {
                if w.rn == 31 { return A64Fmt.ins("bfc", rd, lsbInsert, widthInsert) }
                return A64Fmt.ins("bfi", rd, rn, lsbInsert, widthInsert)
            }
            return A64Fmt.ins("bfxil", rd, rn, lsbExtract, widthExtract)
        default:  // UBFM
            if imms != width - 1 && imms + 1 == immr {
                return A64Fmt.ins("lsl", rd, rn, A64Fmt.dec(width - 1 - imms))
            }
            if imms == width - 1 { return A64Fmt.ins("lsr", rd, rn, A64Fmt.dec(immr)) }
            if imms < immr { return A64Fmt.ins("ubfiz", rd, rn, lsbInsert, widthInsert) }
            if bfxPreferred(sf: x, unsigned: true, imms: imms, immr: immr) {
                return A64Fmt.ins("ubfx", rd, rn, lsbExtract, widthExtract)
            }
            if immr == 0 && !x {
                if imms == 7 { return A64Fmt.ins("uxtb", rd, rn) }
                if imms == 15 { return A64Fmt.ins("uxth", rd, rn) }
            }
            return A64Fmt.ins("ubfm", rd, rn, A64Fmt.dec(immr), A64Fmt.dec(imms))
        }
    }

    private static func extract(_ w: A64Word) -> String? {
        let x = w.sf, imms = w[15, 10]
        if w[30, 29] != 0 || w[21] != 0 || (x ? 1 : 0) != w[22] || (!x && imms >= 32) { return nil }
        let rd = A64Fmt.r(w.rd, x), rn = A64Fmt.r(w.rn, x)
        if w.rn == w.rm { return A64Fmt.ins("ror", rd, rn, A64Fmt.dec(imms)) }
        return A64Fmt.ins("extr", rd, rn, A64Fmt.r(w.rm, x), A64Fmt.dec(imms))
    }
}
