/// RV64I (RISC-V ISA manual, "RV32I/RV64I Base Integer Instruction Set") with the aliases
/// objdump prefers (manual chapter "RISC-V Assembly Programmer's Handbook", pseudoinstruction
/// tables), plus the privileged instructions objdump decodes for any RV64 object.
extension RV64Disassembler {
    static func load(_ i: RV64DisasmFields) -> String? {
        let names = ["lb", "lh", "lw", "ld", "lbu", "lhu", "lwu"]
        guard i.funct3 < 7 else { return nil }
        return insn(names[Int(i.funct3)], x(i.rd), mem(i.immI, i.rs1))
    }

    static func store(_ i: RV64DisasmFields) -> String? {
        let names = ["sb", "sh", "sw", "sd"]
        guard i.funct3 < 4 else { return nil }
        return insn(names[Int(i.funct3)], x(i.rs2), mem(i.immS, i.rs1))
    }

    static func lui(_ i: RV64DisasmFields) -> String { insn("lui", x(i.rd), hex0x(i.w >> 12)) }
    static func auipc(_ i: RV64DisasmFields) -> String { insn("auipc", x(i.rd), hex0x(i.w >> 12)) }

    /// OP-IMM. binutils 2.40 prefers its `add`/`xor`/`or`/`and`/`sll`/`srl`/`sra` entries
    /// that take an immediate over addi/xori/ori/andi/slli/srli/srai.
    static func opImm(_ i: RV64DisasmFields) -> String? {
        let rd = x(i.rd), rs1 = x(i.rs1)
        switch i.funct3 {
        case 0:
            if i.rd == 0 && i.rs1 == 0 && i.immI == 0 { return "nop" }
            if i.rs1 == 0 { return insn("li", rd, String(i.immI)) }
            if i.immI == 0 { return insn("mv", rd, rs1) }
            return insn("add", rd, rs1, String(i.immI))
        case 2: return insn("slti", rd, rs1, String(i.immI))
        case 3: return i.immI == 1 ? insn("seqz", rd, rs1) : insn("sltiu", rd, rs1, String(i.immI))
        case 4: return i.immI == -1 ? insn("not", rd, rs1) : insn("xor", rd, rs1, String(i.immI))
        case 6: return insn("or", rd, rs1, String(i.immI))
        case 7: return i.immI == 255 ? insn("zext.b", rd, rs1) : insn("and", rd, rs1, String(i.immI))
        case 1:
            if i.funct7 >> 1 == 0 { return insn("sll", rd, rs1, hex0x(i.imm12 & 0x3f)) }
            return bitmanipImm(i)
        default: // 5
            switch i.funct7 >> 1 {
            case 0x00: return insn("srl", rd, rs1, hex0x(i.imm12 & 0x3f))
            case 0x10: return insn("sra", rd, rs1, hex0x(i.imm12 & 0x3f))
            default: return bitmanipImm(i)
            }
        }
    }

    /// OP-IMM-32: addiw (sext.w when the immediate is 0), slliw, srliw, sraiw.
    static func opImm32(_ i: RV64DisasmFields) -> String? {
        let rd = x(i.rd), rs1 = x(i.rs1)
        switch i.funct3 {
        case 0: return i.immI == 0 ? insn("sext.w", rd, rs1) : insn("addw", rd, rs1, String(i.immI))
        case 1:
            if i.funct7 == 0 { return insn("sllw", rd, rs1, hex0x(i.rs2)) }
            return bitmanipImm32(i)
        case 5:
            switch i.funct7 {
            case 0x00: return insn("srlw", rd, rs1, hex0x(i.rs2))
            case 0x20: return insn("sraw", rd, rs1, hex0x(i.rs2))
            default: return bitmanipImm32(i)
            }
        default: return nil
        }
    }

    static func op(_ i: RV64DisasmFields) -> String? {
        let rd = x(i.rd), rs1 = x(i.rs1), rs2 = x(i.rs2)
        switch (i.funct7, i.funct3) {
        case (0x00, 0): return insn("add", rd, rs1, rs2)
        case (0x20, 0): return i.rs1 == 0 ? insn("neg", rd, rs2) : insn("sub", rd, rs1, rs2)
        case (0x00, 1): return insn("sll", rd, rs1, rs2)
        case (0x00, 2):
            if i.rs2 == 0 { return insn("sltz", rd, rs1) }
            if i.rs1 == 0 { return insn("sgtz", rd, rs2) }
            return insn("slt", rd, rs1, rs2)
        case (0x00, 3): return i.rs1 == 0 ? insn("snez", rd, rs2) : insn("sltu", rd, rs1, rs2)
        case (0x00, 4): return insn("xor", rd, rs1, rs2)
        case (0x00, 5): return insn("srl", rd, rs1, rs2)
        case (0x20, 5): return insn("sra", rd, rs1, rs2)
        case (0x00, 6): return insn("or", rd, rs1, rs2)
        case (0x00, 7): return insn("and", rd, rs1, rs2)
        case (0x01, _): return multiplyDivide(i, word: false)
        default: return bitmanipOp(i)
        }
    }

    static func op32(_ i: RV64DisasmFields) -> String? {
        let rd = x(i.rd), rs1 = x(i.rs1), rs2 = x(i.rs2)
        switch (i.funct7, i.funct3) {
        case (0x00, 0): return insn("addw", rd, rs1, rs2)
        case (0x20, 0): return i.rs1 == 0 ? insn("negw", rd, rs2) : insn("subw", rd, rs1, rs2)
        case (0x00, 1): return insn("sllw", rd, rs1, rs2)
        case (0x00, 5): return insn("srlw", rd, rs1, rs2)
        case (0x20, 5): return insn("sraw", rd, rs1, rs2)
        case (0x01, _): return multiplyDivide(i, word: true)
        default: return bitmanipOp32(i)
        }
    }

    /// Conditional branches. Comparisons with x0 print as beqz/bnez/bltz/bgez (rs2 = x0)
    /// and bgtz/blez (rs1 = x0); objdump never prints bgt/ble/bgtu/bleu.
    static func branch(_ i: RV64DisasmFields, pc: UInt64) -> String? {
        let t = target(pc, i.immB), rs1 = x(i.rs1), rs2 = x(i.rs2)
        switch i.funct3 {
        case 0: return i.rs2 == 0 ? insn("beqz", rs1, t) : insn("beq", rs1, rs2, t)
        case 1: return i.rs2 == 0 ? insn("bnez", rs1, t) : insn("bne", rs1, rs2, t)
        case 4:
            if i.rs2 == 0 { return insn("bltz", rs1, t) }
            if i.rs1 == 0 { return insn("bgtz", rs2, t) }
            return insn("blt", rs1, rs2, t)
        case 5:
            if i.rs1 == 0 { return insn("blez", rs2, t) }
            if i.rs2 == 0 { return insn("bgez", rs1, t) }
            return insn("bge", rs1, rs2, t)
        case 6: return insn("bltu", rs1, rs2, t)
        case 7: return insn("bgeu", rs1, rs2, t)
        default: return nil
        }
    }

    static func jal(_ i: RV64DisasmFields, pc: UInt64) -> String {
        let t = target(pc, i.immJ)
        switch i.rd {
        case 0: return insn("j", t)
        case 1: return insn("jal", t)
        default: return insn("jal", x(i.rd), t)
        }
    }

    static func jalr(_ i: RV64DisasmFields) -> String? {
        guard i.funct3 == 0 else { return nil }
        let rs1 = x(i.rs1)
        switch i.rd {
        case 0:
            if i.rs1 == 1 && i.immI == 0 { return "ret" }
            return i.immI == 0 ? insn("jr", rs1) : insn("jr", mem(i.immI, i.rs1))
        case 1:
            return i.immI == 0 ? insn("jalr", rs1) : insn("jalr", mem(i.immI, i.rs1))
        default:
            return i.immI == 0 ? insn("jalr", x(i.rd), rs1) : insn("jalr", x(i.rd), mem(i.immI, i.rs1))
        }
    }

    /// MISC-MEM: fence (ISA manual "Memory Ordering Instructions"), fence.tso, pause
    /// (Zihintpause: fence w,0) and fence.i (Zifencei).
    static func miscMem(_ i: RV64DisasmFields) -> String? {
        switch i.funct3 {
        case 0:
            // objdump decodes fence only with rd, rs1 and fm (except fence.tso's) zero.
            let fm = i.w >> 28, pred = i.w >> 24 & 15, succ = i.w >> 20 & 15
            guard i.rd == 0 && i.rs1 == 0 else { return nil }
            if fm == 8 && pred == 3 && succ == 3 { return "fence.tso" }
            guard fm == 0 else { return nil }
            if i.w == 0x0100_000f { return "pause" }
            if pred == 15 && succ == 15 { return "fence" }
            return insn("fence", fenceSet(pred), fenceSet(succ))
        case 1:
            return i.w == 0x0000_100f ? "fence.i" : nil
        default: return nil
        }
    }

    /// A fence predecessor/successor set as objdump spells it ("iorw" order; an empty
    /// set is "unknown").
    static func fenceSet(_ s: UInt32) -> String {
        var r = ""
        if s & 8 != 0 { r += "i" }
        if s & 4 != 0 { r += "o" }
        if s & 2 != 0 { r += "r" }
        if s & 1 != 0 { r += "w" }
        return r.isEmpty ? "unknown" : r
    }

    /// SYSTEM with funct3 0: environment calls, the trap returns and the supervisor
    /// fences objdump decodes for RV64GC; the CSR forms are in DisasmExtensions.swift.
    static func system(_ i: RV64DisasmFields) -> String? {
        if i.funct3 != 0 { return csr(i) }
        switch i.w {
        case 0x0000_0073: return "ecall"
        case 0x0010_0073: return "ebreak"
        case 0x0020_0073: return "uret"
        case 0x1020_0073: return "sret"
        case 0x3020_0073: return "mret"
        case 0x1050_0073: return "wfi"
        case 0x2020_0073: return "hret"  // privileged spec 1.9 names objdump still knows
        case 0x7b20_0073: return "dret"  // debug spec
        default: break
        }
        guard i.rd == 0 else { return nil }
        if i.funct7 == 0x09 {
            if i.rs2 != 0 { return insn("sfence.vma", x(i.rs1), x(i.rs2)) }
            return i.rs1 == 0 ? "sfence.vma" : insn("sfence.vma", x(i.rs1))
        }
        // sfence.vm (privileged spec 1.9.1) is still in objdump's table.
        if i.imm12 == 0x104 { return i.rs1 == 0 ? "sfence.vm" : insn("sfence.vm", x(i.rs1)) }
        return nil
    }
}
