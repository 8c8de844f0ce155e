/// F and D (ISA manual, "F" and "D" Standard Extensions) with objdump's aliases
/// (fmv/fneg/fabs for sign injection with equal sources). The rounding-mode operand is
/// printed unless it is dyn, as objdump does; conversions that are always exact
/// (fcvt.d.s, fcvt.d.w, fcvt.d.wu) print none, and objdump 2.40 decodes them only with
/// the rm field 0 (what GNU as emits); other rm values are an unknown word to it.
extension RV64Disassembler {
    static func fpLoad(_ i: RV64DisasmFields) -> String? {
        switch i.funct3 {
        case 2: return insn("flw", f(i.rd), mem(i.immI, i.rs1))
        case 3: return insn("fld", f(i.rd), mem(i.immI, i.rs1))
        default: return nil
        }
    }

    static func fpStore(_ i: RV64DisasmFields) -> String? {
        switch i.funct3 {
        case 2: return insn("fsw", f(i.rs2), mem(i.immS, i.rs1))
        case 3: return insn("fsd", f(i.rs2), mem(i.immS, i.rs1))
        default: return nil
        }
    }

    /// ".s" or ".d" from the 2-bit fmt field; half and quad precision are not in RV64GC.
    static func fmtSuffix(_ fmt: UInt32) -> String? {
        switch fmt {
        case 0: return ".s"
        case 1: return ".d"
        default: return nil
        }
    }

    /// The rounding-mode operand: none for dyn (7), "unknown" for the reserved 5 and 6.
    static func roundingMode(_ rm: UInt32) -> String? {
        switch rm {
        case 0: return "rne"
        case 1: return "rtz"
        case 2: return "rdn"
        case 3: return "rup"
        case 4: return "rmm"
        case 7: return nil
        default: return "unknown"
        }
    }

    static func withRM(_ mnemonic: String, _ ops: [String], _ rm: UInt32) -> String {
        var ops = ops
        if let m = roundingMode(rm) { ops.append(m) }
        return mnemonic + "\t" + ops.joined(separator: ",")
    }

    static func fpFused(_ i: RV64DisasmFields) -> String? {
        guard let s = fmtSuffix(i.funct7 & 3) else { return nil }
        let base = ["fmadd", "fmsub", "fnmsub", "fnmadd"][Int(i.opcode >> 2 & 3)]
        return withRM(base + s, [f(i.rd), f(i.rs1), f(i.rs2), f(i.rs3)], i.funct3)
    }

    static func fpOp(_ i: RV64DisasmFields) -> String? {
        guard let s = fmtSuffix(i.funct7 & 3) else { return nil }
        let rm = i.funct3
        let fd = f(i.rd), fs1 = f(i.rs1), fs2 = f(i.rs2)
        switch i.funct7 >> 2 {
        case 0x00: return withRM("fadd" + s, [fd, fs1, fs2], rm)
        case 0x01: return withRM("fsub" + s, [fd, fs1, fs2], rm)
        case 0x02: return withRM("fmul" + s, [fd, fs1, fs2], rm)
        case 0x03: return withRM("fdiv" + s, [fd, fs1, fs2], rm)
        case 0x0b:
            guard i.rs2 == 0 else { return nil }
            return withRM("fsqrt" + s, [fd, fs1], rm)
        case 0x04:
            let same = i.rs1 == i.rs2
            switch rm {
            case 0: return same ? insn("fmv" + s, fd, fs1) : insn("fsgnj" + s, fd, fs1, fs2)
            case 1: return same ? insn("fneg" + s, fd, fs1) : insn("fsgnjn" + s, fd, fs1, fs2)
            case 2: return same ? insn("fabs" + s, fd, fs1) : insn("fsgnjx" + s, fd, fs1, fs2)
            default: return nil
            }
        case 0x05:
            switch rm {
            case 0: return insn("fmin" + s, fd, fs1, fs2)
            case 1: return insn("fmax" + s, fd, fs1, fs2)
            default: return nil
            }
        case 0x08: // fcvt between formats
            switch (i.funct7, i.rs2) {
            case (0x20, 1): return withRM("fcvt.s.d", [fd, fs1], rm)
            case (0x21, 0): return rm == 0 ? insn("fcvt.d.s", fd, fs1) : nil
            default: return nil
            }
        case 0x14:
            let rd = x(i.rd)
            switch rm {
            case 0: return insn("fle" + s, rd, fs1, fs2)
            case 1: return insn("flt" + s, rd, fs1, fs2)
            case 2: return insn("feq" + s, rd, fs1, fs2)
            default: return nil
            }
        case 0x18: // float to integer
            guard i.rs2 < 4 else { return nil }
            let to = ["w", "wu", "l", "lu"][i.rs2]
            return withRM("fcvt." + to + s, [x(i.rd), fs1], rm)
        case 0x1a: // integer to float
            guard i.rs2 < 4 else { return nil }
            let from = ["w", "wu", "l", "lu"][i.rs2]
            if s == ".d" && i.rs2 < 2 { return rm == 0 ? insn("fcvt.d." + from, fd, x(i.rs1)) : nil }
            return withRM("fcvt" + s + "." + from, [fd, x(i.rs1)], rm)
        case 0x1c:
            guard i.rs2 == 0 else { return nil }
            switch rm {
            case 0: return insn(s == ".s" ? "fmv.x.w" : "fmv.x.d", x(i.rd), fs1)
            case 1: return insn("fclass" + s, x(i.rd), fs1)
            default: return nil
            }
        case 0x1e:
            guard i.rs2 == 0 && rm == 0 else { return nil }
            return insn(s == ".s" ? "fmv.w.x" : "fmv.d.x", fd, x(i.rs1))
        default: return nil
        }
    }
}
