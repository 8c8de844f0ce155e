/// M, A, Zba/Zbb/Zbs, Zicond and Zicsr, with objdump's aliases for each.
extension RV64Disassembler {
    // MARK: M (ISA manual, "M" Extension for Integer Multiplication and Division)

    static func multiplyDivide(_ i: RV64DisasmFields, word: Bool) -> String? {
        let names = word ? ["mulw", "", "", "", "divw", "divuw", "remw", "remuw"]
                         : ["mul", "mulh", "mulhsu", "mulhu", "div", "divu", "rem", "remu"]
        let name = names[Int(i.funct3)]
        return name.isEmpty ? nil : insn(name, x(i.rd), x(i.rs1), x(i.rs2))
    }

    // MARK: A (ISA manual, "A" Extension for Atomic Instructions)

    static func atomic(_ i: RV64DisasmFields) -> String? {
        let width: String
        switch i.funct3 {
        case 2: width = ".w"
        case 3: width = ".d"
        default: return nil
        }
        let ordering = ["", ".rl", ".aq", ".aqrl"][Int(i.funct7 & 3)]
        let base: String
        switch i.funct7 >> 2 {
        case 0x02:
            guard i.rs2 == 0 else { return nil }
            return insn("lr" + width + ordering, x(i.rd), "(" + x(i.rs1) + ")")
        case 0x03: base = "sc"
        case 0x01: base = "amoswap"
        case 0x00: base = "amoadd"
        case 0x04: base = "amoxor"
        case 0x0c: base = "amoand"
        case 0x08: base = "amoor"
        case 0x10: base = "amomin"
        case 0x14: base = "amomax"
        case 0x18: base = "amominu"
        case 0x1c: base = "amomaxu"
        default: return nil
        }
        return insn(base + width + ordering, x(i.rd), x(i.rs2), "(" + x(i.rs1) + ")")
    }

    // MARK: Zba/Zbb/Zbs (Bit-Manipulation ISA-extensions 1.0.0) and Zicond 1.0

    /// OP (0x33) encodings other than RV64I and M.
    static func bitmanipOp(_ i: RV64DisasmFields) -> String? {
        let name: String
        switch (i.funct7, i.funct3) {
        case (0x10, 2): name = "sh1add"
        case (0x10, 4): name = "sh2add"
        case (0x10, 6): name = "sh3add"
        case (0x20, 7): name = "andn"
        case (0x20, 6): name = "orn"
        case (0x20, 4): name = "xnor"
        case (0x05, 4): name = "min"
        case (0x05, 5): name = "minu"
        case (0x05, 6): name = "max"
        case (0x05, 7): name = "maxu"
        case (0x30, 1): name = "rol"
        case (0x30, 5): name = "ror"
        case (0x14, 1): name = "bset"
        case (0x24, 1): name = "bclr"
        case (0x24, 5): name = "bext"
        case (0x34, 1): name = "binv"
        case (0x07, 5): name = "czero.eqz"
        case (0x07, 7): name = "czero.nez"
        default: return nil
        }
        return insn(name, x(i.rd), x(i.rs1), x(i.rs2))
    }

    /// OP-32 (0x3b) encodings other than RV64I and M.
    static func bitmanipOp32(_ i: RV64DisasmFields) -> String? {
        let name: String
        switch (i.funct7, i.funct3) {
        case (0x04, 0): 
            if i.rs2 == 0 { return insn("zext.w", x(i.rd), x(i.rs1)) }
            name = "add.uw"
        case (0x04, 4):
            // zext.h is the Zbkb packw with rs2 = x0; other packw are not in Zbb.
            return i.rs2 == 0 ? insn("zext.h", x(i.rd), x(i.rs1)) : nil
        case (0x10, 2): name = "sh1add.uw"
        case (0x10, 4): name = "sh2add.uw"
        case (0x10, 6): name = "sh3add.uw"
        case (0x30, 1): name = "rolw"
        case (0x30, 5): name = "rorw"
        default: return nil
        }
        return insn(name, x(i.rd), x(i.rs1), x(i.rs2))
    }

    /// OP-IMM (0x13) funct3 1 and 5 encodings other than slli/srli/srai.
    static func bitmanipImm(_ i: RV64DisasmFields) -> String? {
        let rd = x(i.rd), rs1 = x(i.rs1), shamt = hex0x(i.imm12 & 0x3f)
        switch (i.funct3, i.imm12) {
        case (1, 0x600): return insn("clz", rd, rs1)
        case (1, 0x601): return insn("ctz", rd, rs1)
        case (1, 0x602): return insn("cpop", rd, rs1)
        case (1, 0x604): return insn("sext.b", rd, rs1)
        case (1, 0x605): return insn("sext.h", rd, rs1)
        case (5, 0x287): return insn("orc.b", rd, rs1)
        case (5, 0x6b8): return insn("rev8", rd, rs1)
        default: break
        }
        switch (i.funct3, i.funct7 >> 1) {
        case (1, 0x0a): return insn("bset", rd, rs1, shamt)
        case (1, 0x12): return insn("bclr", rd, rs1, shamt)
        case (1, 0x1a): return insn("binv", rd, rs1, shamt)
        case (5, 0x12): return insn("bext", rd, rs1, shamt)
        case (5, 0x18): return insn("ror", rd, rs1, shamt)
        default: return nil
        }
    }

    /// OP-IMM-32 (0x1b) funct3 1 and 5 encodings other than slliw/srliw/sraiw.
    static func bitmanipImm32(_ i: RV64DisasmFields) -> String? {
        let rd = x(i.rd), rs1 = x(i.rs1)
        switch (i.funct3, i.imm12) {
        case (1, 0x600): return insn("clzw", rd, rs1)
        case (1, 0x601): return insn("ctzw", rd, rs1)
        case (1, 0x602): return insn("cpopw", rd, rs1)
        default: break
        }
        switch (i.funct3, i.funct7) {
        case (1, 0x04), (1, 0x05): return insn("slli.uw", rd, rs1, hex0x(i.imm12 & 0x3f))
        case (5, 0x30): return insn("rorw", rd, rs1, hex0x(i.rs2))
        default: return nil
        }
    }

    // MARK: Zicsr (ISA manual, "Zicsr", Control and Status Register Instructions)

    /// CSR instructions with objdump's aliases: csrr/csrw/csrs/csrc, the F-extension
    /// frflags/fsflags/frrm/fsrm/frcsr/fscsr(+i) forms and rdcycle/rdtime/rdinstret.
    /// binutils 2.40 prints csrrwi/csrrsi/csrrci with the register mnemonics.
    static func csr(_ i: RV64DisasmFields) -> String? {
        let n = i.imm12, rd = x(i.rd)
        let c = csrName(n)
        let imm = i.funct3 >= 5
        let src = imm ? String(i.rs1) : x(i.rs1)
        switch i.funct3 & 3 {
        case 1: // csrrw(i)
            if i.w == 0xc000_1073 { return "unimp" }
            let fpName: String? = switch n {
            case 1: imm ? "fsflagsi" : "fsflags"
            case 2: imm ? "fsrmi" : "fsrm"
            case 3: imm ? nil : "fscsr"
            default: nil
            }
            // fsflags/fsrm/fscsr drop a zero rd; fsflagsi/fsrmi keep it.
            if let fpName { return i.rd == 0 && !imm ? insn(fpName, src) : insn(fpName, rd, src) }
            return i.rd == 0 ? insn("csrw", c, src) : insn("csrrw", rd, c, src)
        case 2: // csrrs(i)
            if !imm && i.rs1 == 0 {
                switch n {
                case 0x001: return insn("frflags", rd)
                case 0x002: return insn("frrm", rd)
                case 0x003: return insn("frcsr", rd)
                case 0xc00: return insn("rdcycle", rd)
                case 0xc01: return insn("rdtime", rd)
                case 0xc02: return insn("rdinstret", rd)
                default: return insn("csrr", rd, c)
                }
            }
            return i.rd == 0 ? insn("csrs", c, src) : insn("csrrs", rd, c, src)
        case 3: // csrrc(i)
            return i.rd == 0 ? insn("csrc", c, src) : insn("csrrc", rd, c, src)
        default:
            return nil
        }
    }

    /// The CSR's name in objdump's table, else its number in hex.
    static func csrName(_ n: UInt32) -> String {
        for (first, count, stem, index, suffix) in csrNames where n >= first && n < first + count {
            return index < 0 ? stem : stem + String(index + Int(n - first)) + suffix
        }
        return hex0x(n)
    }

    /// The CSR names objdump 2.40 prints (read off its output for every number):
    /// (first number, count, stem, first index or -1 for a single name, suffix) — a run
    /// of `count` numbered CSRs is stem + (index + k) + suffix.
    static let csrNames: [(UInt32, UInt32, String, Int, String)] = [
        (0x1, 1, "fflags", -1, ""),
        (0x2, 1, "frm", -1, ""),
        (0x3, 1, "fcsr", -1, ""),
        (0x8, 1, "vstart", -1, ""),
        (0x9, 1, "vxsat", -1, ""),
        (0xa, 1, "vxrm", -1, ""),
        (0xf, 1, "vcsr", -1, ""),
        (0x15, 1, "seed", -1, ""),
        (0x100, 1, "sstatus", -1, ""),
        (0x104, 1, "sie", -1, ""),
        (0x105, 1, "stvec", -1, ""),
        (0x106, 1, "scounteren", -1, ""),
        (0x10a, 1, "senvcfg", -1, ""),
        (0x10c, 4, "sstateen", 0, ""),
        (0x114, 1, "sieh", -1, ""),
        (0x140, 1, "sscratch", -1, ""),
        (0x141, 1, "sepc", -1, ""),
        (0x142, 1, "scause", -1, ""),
        (0x143, 1, "stval", -1, ""),
        (0x144, 1, "sip", -1, ""),
        (0x14d, 1, "stimecmp", -1, ""),
        (0x150, 1, "siselect", -1, ""),
        (0x151, 1, "sireg", -1, ""),
        (0x154, 1, "siph", -1, ""),
        (0x15c, 1, "stopei", -1, ""),
        (0x15d, 1, "stimecmph", -1, ""),
        (0x180, 1, "satp", -1, ""),
        (0x200, 1, "vsstatus", -1, ""),
        (0x204, 1, "vsie", -1, ""),
        (0x205, 1, "vstvec", -1, ""),
        (0x214, 1, "vsieh", -1, ""),
        (0x240, 1, "vsscratch", -1, ""),
        (0x241, 1, "vsepc", -1, ""),
        (0x242, 1, "vscause", -1, ""),
        (0x243, 1, "vstval", -1, ""),
        (0x244, 1, "vsip", -1, ""),
        (0x24d, 1, "vstimecmp", -1, ""),
        (0x250, 1, "vsiselect", -1, ""),
        (0x251, 1, "vsireg", -1, ""),
        (0x254, 1, "vsiph", -1, ""),
        (0x25c, 1, "vstopei", -1, ""),
        (0x25d, 1, "vstimecmph", -1, ""),
        (0x280, 1, "vsatp", -1, ""),
        (0x300, 1, "mstatus", -1, ""),
        (0x301, 1, "misa", -1, ""),
        (0x302, 1, "medeleg", -1, ""),
        (0x303, 1, "mideleg", -1, ""),
        (0x304, 1, "mie", -1, ""),
        (0x305, 1, "mtvec", -1, ""),
        (0x306, 1, "mcounteren", -1, ""),
        (0x308, 1, "mvien", -1, ""),
        (0x309, 1, "mvip", -1, ""),
        (0x30a, 1, "menvcfg", -1, ""),
        (0x30c, 4, "mstateen", 0, ""),
        (0x310, 1, "mstatush", -1, ""),
        (0x313, 1, "midelegh", -1, ""),
        (0x314, 1, "mieh", -1, ""),
        (0x318, 1, "mvienh", -1, ""),
        (0x319, 1, "mviph", -1, ""),
        (0x31a, 1, "menvcfgh", -1, ""),
        (0x31c, 4, "mstateen", 0, "h"),
        (0x320, 1, "mcountinhibit", -1, ""),
        (0x323, 29, "mhpmevent", 3, ""),
        (0x340, 1, "mscratch", -1, ""),
        (0x341, 1, "mepc", -1, ""),
        (0x342, 1, "mcause", -1, ""),
        (0x343, 1, "mtval", -1, ""),
        (0x344, 1, "mip", -1, ""),
        (0x34a, 1, "mtinst", -1, ""),
        (0x34b, 1, "mtval2", -1, ""),
        (0x350, 1, "miselect", -1, ""),
        (0x351, 1, "mireg", -1, ""),
        (0x354, 1, "miph", -1, ""),
        (0x35c, 1, "mtopei", -1, ""),
        (0x3a0, 16, "pmpcfg", 0, ""),
        (0x3b0, 64, "pmpaddr", 0, ""),
        (0x5a8, 1, "scontext", -1, ""),
        (0x600, 1, "hstatus", -1, ""),
        (0x602, 1, "hedeleg", -1, ""),
        (0x603, 1, "hideleg", -1, ""),
        (0x604, 1, "hie", -1, ""),
        (0x605, 1, "htimedelta", -1, ""),
        (0x606, 1, "hcounteren", -1, ""),
        (0x607, 1, "hgeie", -1, ""),
        (0x608, 1, "hvien", -1, ""),
        (0x609, 1, "hvictl", -1, ""),
        (0x60a, 1, "henvcfg", -1, ""),
        (0x60c, 4, "hstateen", 0, ""),
        (0x613, 1, "hidelegh", -1, ""),
        (0x615, 1, "htimedeltah", -1, ""),
        (0x618, 1, "hvienh", -1, ""),
        (0x61a, 1, "henvcfgh", -1, ""),
        (0x61c, 4, "hstateen", 0, "h"),
        (0x643, 1, "htval", -1, ""),
        (0x644, 1, "hip", -1, ""),
        (0x645, 1, "hvip", -1, ""),
        (0x646, 1, "hviprio1", -1, ""),
        (0x647, 1, "hviprio2", -1, ""),
        (0x64a, 1, "htinst", -1, ""),
        (0x655, 1, "hviph", -1, ""),
        (0x656, 1, "hviprio1h", -1, ""),
        (0x657, 1, "hviprio2h", -1, ""),
        (0x680, 1, "hgatp", -1, ""),
        (0x6a8, 1, "hcontext", -1, ""),
        (0x723, 29, "mhpmevent", 3, "h"),
        (0x747, 1, "mseccfg", -1, ""),
        (0x757, 1, "mseccfgh", -1, ""),
        (0x7a0, 1, "tselect", -1, ""),
        (0x7a1, 3, "tdata", 1, ""),
        (0x7a4, 1, "tinfo", -1, ""),
        (0x7a5, 1, "tcontrol", -1, ""),
        (0x7a8, 1, "mcontext", -1, ""),
        (0x7aa, 1, "mscontext", -1, ""),
        (0x7b0, 1, "dcsr", -1, ""),
        (0x7b1, 1, "dpc", -1, ""),
        (0x7b2, 1, "dscratch0", -1, ""),
        (0x7b3, 1, "dscratch1", -1, ""),
        (0xb00, 1, "mcycle", -1, ""),
        (0xb02, 1, "minstret", -1, ""),
        (0xb03, 29, "mhpmcounter", 3, ""),
        (0xb80, 1, "mcycleh", -1, ""),
        (0xb82, 1, "minstreth", -1, ""),
        (0xb83, 29, "mhpmcounter", 3, "h"),
        (0xc00, 1, "cycle", -1, ""),
        (0xc01, 1, "time", -1, ""),
        (0xc02, 1, "instret", -1, ""),
        (0xc03, 29, "hpmcounter", 3, ""),
        (0xc20, 1, "vl", -1, ""),
        (0xc21, 1, "vtype", -1, ""),
        (0xc22, 1, "vlenb", -1, ""),
        (0xc80, 1, "cycleh", -1, ""),
        (0xc81, 1, "timeh", -1, ""),
        (0xc82, 1, "instreth", -1, ""),
        (0xc83, 29, "hpmcounter", 3, "h"),
        (0xda0, 1, "scountovf", -1, ""),
        (0xdb0, 1, "stopi", -1, ""),
        (0xe12, 1, "hgeip", -1, ""),
        (0xeb0, 1, "vstopi", -1, ""),
        (0xf11, 1, "mvendorid", -1, ""),
        (0xf12, 1, "marchid", -1, ""),
        (0xf13, 1, "mimpid", -1, ""),
        (0xf14, 1, "mhartid", -1, ""),
        (0xf15, 1, "mconfigptr", -1, ""),
        (0xfb0, 1, "mtopi", -1, ""),
    ]
}
