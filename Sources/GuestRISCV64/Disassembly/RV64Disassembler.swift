/// Text for xrun's `-d in_asm` log: one RISC-V instruction as GNU objdump (binutils
/// 2.40, `objdump -d`, default options) prints it, so a log can be compared line by line
/// with a disassembly of the same program.
///
/// objdump's choices are followed even where they look odd, because matching them is the
/// point: with aliases on, binutils 2.40 prints the register-register mnemonic for most
/// immediate forms (`add a0,a0,1` for addi, `sll` for slli, `csrrs` for csrrsi), and
/// compressed instructions as their base equivalents (`li`, `mv`, `ret`, `add sp,sp,-16`).
/// Two extensions that binutils 2.40 does not know but xrun implements print as newer
/// binutils prints them: Zicond (`czero.eqz`) and Zihintpause (`pause`).
/// objdump's `# address` comments (which follow an auipc/lui into the next instruction)
/// need the previous instruction and are not produced.
public enum RV64Disassembler {
    /// The instruction at the start of `word` (the low 16 bits alone when they are a
    /// compressed instruction): its length in bytes (2 or 4) and its text as GNU objdump
    /// prints it, mnemonic and operands separated by one tab, operands by ",".
    /// Branch and jump targets are absolute hex addresses without "0x" (no "<symbol>").
    /// An encoding objdump does not know prints as its `.2byte`/`.4byte` form.
    public static func disassemble(_ word: UInt32, pc: UInt64) -> (length: Int, text: String) {
        // RISC-V ISA manual, "Base Instruction-Length Encoding": low bits != 11 mean a
        // 16-bit instruction. Longer (48-bit and up) encodings are not in RV64GC; they are
        // shown as an unknown 32-bit word.
        if word & 3 != 3 {
            let half = UInt16(truncatingIfNeeded: word)
            return (2, disassembleCompressed(half, pc: pc) ?? undefined16(half))
        }
        return (4, disassemble32(word, pc: pc) ?? undefined32(word))
    }

    static func disassemble32(_ w: UInt32, pc: UInt64) -> String? {
        let i = RV64DisasmFields(w)
        switch i.opcode {
        case 0x03: return load(i)
        case 0x07: return fpLoad(i)
        case 0x0f: return miscMem(i)
        case 0x13: return opImm(i)
        case 0x17: return auipc(i)
        case 0x1b: return opImm32(i)
        case 0x23: return store(i)
        case 0x27: return fpStore(i)
        case 0x2f: return atomic(i)
        case 0x33: return op(i)
        case 0x37: return lui(i)
        case 0x3b: return op32(i)
        case 0x43, 0x47, 0x4b, 0x4f: return fpFused(i)
        case 0x53: return fpOp(i)
        case 0x63: return branch(i, pc: pc)
        case 0x67: return jalr(i)
        case 0x6f: return jal(i, pc: pc)
        case 0x73: return system(i)
        default: return nil
        }
    }

    /// objdump's text for a 16-bit word it cannot decode (the all-zero word is `unimp`,
    /// handled by the compressed decoder).
    static func undefined16(_ h: UInt16) -> String { ".2byte\t0x" + String(h, radix: 16) }
    static func undefined32(_ w: UInt32) -> String { ".4byte\t0x" + String(w, radix: 16) }
}

/// The fields of a 32-bit instruction (RISC-V ISA manual, "Base Instruction Formats" and
/// "Immediate Encoding Variants").
struct RV64DisasmFields {
    let w: UInt32
    init(_ w: UInt32) { self.w = w }
    var opcode: UInt32 { w & 0x7f }
    var rd: Int { Int(w >> 7 & 31) }
    var funct3: UInt32 { w >> 12 & 7 }
    var rs1: Int { Int(w >> 15 & 31) }
    var rs2: Int { Int(w >> 20 & 31) }
    var rs3: Int { Int(w >> 27) }
    var funct7: UInt32 { w >> 25 }
    /// I-type immediate, sign-extended.
    var immI: Int64 { Int64(Int32(bitPattern: w) >> 20) }
    /// The 12-bit I-type immediate field, unsigned (CSR numbers, funct12).
    var imm12: UInt32 { w >> 20 }
    var immS: Int64 { Int64((Int32(bitPattern: w) >> 25) << 5 | Int32(w >> 7 & 31)) }
    var immB: Int64 {
        let s = Int32(bitPattern: w)
        return Int64((s >> 31) << 12 | Int32(w >> 7 & 1) << 11 | Int32(w >> 25 & 0x3f) << 5 | Int32(w >> 8 & 0xf) << 1)
    }
    var immJ: Int64 {
        let s = Int32(bitPattern: w)
        return Int64((s >> 31) << 20 | Int32(w >> 12 & 0xff) << 12 | Int32(w >> 20 & 1) << 11 | Int32(w >> 21 & 0x3ff) << 1)
    }
}

// MARK: Names and formatting

extension RV64Disassembler {
    /// ABI register names, as objdump prints them (x8 is `s0`, not `fp`).
    static let xRegName: [String] = [
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    ]
    static let fRegName: [String] = [
        "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
        "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
    ]

    @inline(__always) static func x(_ r: Int) -> String { xRegName[r] }
    @inline(__always) static func f(_ r: Int) -> String { fRegName[r] }

    /// "mnemonic<TAB>op1,op2,...": objdump's RISC-V layout.
    static func insn(_ mnemonic: String, _ operands: String...) -> String {
        operands.isEmpty ? mnemonic : mnemonic + "\t" + operands.joined(separator: ",")
    }

    /// `imm(base)` memory operand.
    static func mem(_ imm: Int64, _ base: Int) -> String { String(imm) + "(" + x(base) + ")" }

    /// "0x" + lowercase hex, as objdump prints shift amounts, lui/auipc immediates and
    /// unnamed CSRs.
    static func hex0x<T: BinaryInteger>(_ v: T) -> String { "0x" + String(v, radix: 16) }

    /// A branch or jump target: the absolute address in hex without "0x", wrapping modulo
    /// 2^64 as objdump does.
    static func target(_ pc: UInt64, _ offset: Int64) -> String {
        String(pc &+ UInt64(bitPattern: offset), radix: 16)
    }
}
