/// RV64C (ISA manual, "C" Standard Extension for Compressed Instructions), printed as
/// objdump prints it: as the base-ISA instruction it expands to (with binutils 2.40's
/// immediate `add`/`addw`/`and`/`sll`/`srl`/`sra` spellings), and HINT encodings
/// (rd = x0 and the like) under their `c.` names.
extension RV64Disassembler {
    static func disassembleCompressed(_ h: UInt16, pc: UInt64) -> String? {
        let v = UInt32(h)
        let funct3 = v >> 13
        // Register fields and the common CI immediate.
        let rdFull = Int(v >> 7 & 31), rs2Full = Int(v >> 2 & 31)
        let rdP = Int(v >> 2 & 7) + 8, rs1P = Int(v >> 7 & 7) + 8
        let ciImm = Int64(Int32(bitPattern: (v >> 12 & 1) << 31 | (v >> 2 & 31) << 26) >> 26)
        let shamt = (v >> 12 & 1) << 5 | v >> 2 & 31

        switch (v & 3, funct3) {
        // MARK: Quadrant 0
        case (0, 0):
            if h == 0 { return "unimp" }
            let imm = (v >> 7 & 0xf) << 6 | (v >> 11 & 3) << 4 | (v >> 5 & 1) << 3 | (v >> 6 & 1) << 2
            return imm == 0 ? nil : insn("add", x(rdP), "sp", String(imm))
        case (0, 1): return insn("fld", f(rdP), mem(Int64(ldOffset(v)), rs1P))
        case (0, 2): return insn("lw", x(rdP), mem(Int64(lwOffset(v)), rs1P))
        case (0, 3): return insn("ld", x(rdP), mem(Int64(ldOffset(v)), rs1P))
        case (0, 5): return insn("fsd", f(rdP), mem(Int64(ldOffset(v)), rs1P))
        case (0, 6): return insn("sw", x(rdP), mem(Int64(lwOffset(v)), rs1P))
        case (0, 7): return insn("sd", x(rdP), mem(Int64(ldOffset(v)), rs1P))

        // MARK: Quadrant 1
        case (1, 0):
            if rdFull == 0 { return ciImm == 0 ? "nop" : insn("c.nop", String(ciImm)) }
            return insn("add", x(rdFull), x(rdFull), String(ciImm))
        case (1, 1):
            if rdFull == 0 { return nil }
            return ciImm == 0 ? insn("sext.w", x(rdFull), x(rdFull)) : insn("addw", x(rdFull), x(rdFull), String(ciImm))
        case (1, 2):
            return insn(rdFull == 0 ? "c.li" : "li", x(rdFull), String(ciImm))
        case (1, 3):
            if rdFull == 2 {
                // objdump decodes the reserved nzimm = 0 too ("add sp,sp,0").
                return insn("add", "sp", "sp", String(addi16spOffset(v)))
            }
            if ciImm == 0 { return nil }
            return insn(rdFull == 0 ? "c.lui" : "lui", x(rdFull), hex0x(UInt64(bitPattern: ciImm) & 0xfffff))
        case (1, 4):
            let rd = x(rs1P)
            switch v >> 10 & 3 {
            case 0: return shamt == 0 ? insn("c.srli64", rd) : insn("srl", rd, rd, hex0x(shamt))
            case 1: return shamt == 0 ? insn("c.srai64", rd) : insn("sra", rd, rd, hex0x(shamt))
            case 2: return insn("and", rd, rd, String(ciImm))
            default:
                let rs2 = x(rdP)
                switch (v >> 12 & 1, v >> 5 & 3) {
                case (0, 0): return insn("sub", rd, rd, rs2)
                case (0, 1): return insn("xor", rd, rd, rs2)
                case (0, 2): return insn("or", rd, rd, rs2)
                case (0, 3): return insn("and", rd, rd, rs2)
                case (1, 0): return insn("subw", rd, rd, rs2)
                case (1, 1): return insn("addw", rd, rd, rs2)
                default: return nil
                }
            }
        case (1, 5): return insn("j", target(pc, cjOffset(v)))
        case (1, 6): return insn("beqz", x(rs1P), target(pc, cbOffset(v)))
        case (1, 7): return insn("bnez", x(rs1P), target(pc, cbOffset(v)))

        // MARK: Quadrant 2
        case (2, 0):
            if shamt == 0 { return insn("c.slli64", x(rdFull)) }
            if rdFull == 0 { return insn("c.slli", "zero", hex0x(shamt)) }
            return insn("sll", x(rdFull), x(rdFull), hex0x(shamt))
        case (2, 1):
            return insn("fld", f(rdFull), mem(Int64(ldspOffset(v)), 2))
        case (2, 2):
            return rdFull == 0 ? nil : insn("lw", x(rdFull), mem(Int64(lwspOffset(v)), 2))
        case (2, 3):
            return rdFull == 0 ? nil : insn("ld", x(rdFull), mem(Int64(ldspOffset(v)), 2))
        case (2, 4):
            if v >> 12 & 1 == 0 {
                if rs2Full == 0 {
                    if rdFull == 0 { return nil }
                    return rdFull == 1 ? "ret" : insn("jr", x(rdFull))
                }
                return insn(rdFull == 0 ? "c.mv" : "mv", x(rdFull), x(rs2Full))
            }
            if rs2Full == 0 { return rdFull == 0 ? "ebreak" : insn("jalr", x(rdFull)) }
            if rdFull == 0 { return insn("c.add", "zero", x(rs2Full)) }
            return insn("add", x(rdFull), x(rdFull), x(rs2Full))
        case (2, 5): return insn("fsd", f(rs2Full), mem(Int64(sdspOffset(v)), 2))
        case (2, 6): return insn("sw", x(rs2Full), mem(Int64(swspOffset(v)), 2))
        case (2, 7): return insn("sd", x(rs2Full), mem(Int64(sdspOffset(v)), 2))
        default: return nil
        }
    }

    // Immediate scrambles of the compressed formats (ISA manual, "Compressed Instruction
    // Formats" and the per-instruction encodings).

    /// CL/CS word offset: uimm[5:3] = [12:10], uimm[2] = [6], uimm[6] = [5].
    static func lwOffset(_ v: UInt32) -> UInt32 { (v >> 10 & 7) << 3 | (v >> 6 & 1) << 2 | (v >> 5 & 1) << 6 }
    /// CL/CS doubleword offset: uimm[5:3] = [12:10], uimm[7:6] = [6:5].
    static func ldOffset(_ v: UInt32) -> UInt32 { (v >> 10 & 7) << 3 | (v >> 5 & 3) << 6 }
    /// CI lwsp: uimm[5] = [12], uimm[4:2] = [6:4], uimm[7:6] = [3:2].
    static func lwspOffset(_ v: UInt32) -> UInt32 { (v >> 12 & 1) << 5 | (v >> 4 & 7) << 2 | (v >> 2 & 3) << 6 }
    /// CI ldsp/fldsp: uimm[5] = [12], uimm[4:3] = [6:5], uimm[8:6] = [4:2].
    static func ldspOffset(_ v: UInt32) -> UInt32 { (v >> 12 & 1) << 5 | (v >> 5 & 3) << 3 | (v >> 2 & 7) << 6 }
    /// CSS swsp: uimm[5:2] = [12:9], uimm[7:6] = [8:7].
    static func swspOffset(_ v: UInt32) -> UInt32 { (v >> 9 & 15) << 2 | (v >> 7 & 3) << 6 }
    /// CSS sdsp/fsdsp: uimm[5:3] = [12:10], uimm[8:6] = [9:7].
    static func sdspOffset(_ v: UInt32) -> UInt32 { (v >> 10 & 7) << 3 | (v >> 7 & 7) << 6 }

    /// c.addi16sp: nzimm[9] = [12], nzimm[4|6|8:7|5] = [6:2].
    static func addi16spOffset(_ v: UInt32) -> Int64 {
        let u: UInt32 = (v >> 12 & 1) << 9 | (v >> 6 & 1) << 4 | (v >> 5 & 1) << 6 | (v >> 3 & 3) << 7 | (v >> 2 & 1) << 5
        return Int64(Int32(bitPattern: u << 22) >> 22)
    }

    /// CJ: offset[11|4|9:8|10|6|7|3:1|5] = [12:2].
    static func cjOffset(_ v: UInt32) -> Int64 {
        let u = (v >> 12 & 1) << 11 | (v >> 11 & 1) << 4 | (v >> 9 & 3) << 8 | (v >> 8 & 1) << 10
            | (v >> 7 & 1) << 6 | (v >> 6 & 1) << 7 | (v >> 3 & 7) << 1 | (v >> 2 & 1) << 5
        return Int64(Int32(bitPattern: u << 20) >> 20)
    }

    /// CB: offset[8|4:3] = [12:10], offset[7:6|2:1|5] = [6:2].
    static func cbOffset(_ v: UInt32) -> Int64 {
        let u = (v >> 12 & 1) << 8 | (v >> 10 & 3) << 3 | (v >> 5 & 3) << 6 | (v >> 3 & 3) << 1 | (v >> 2 & 1) << 5
        return Int64(Int32(bitPattern: u << 23) >> 23)
    }
}
