// A64 disassembler for the `-d in_asm` log: one 32-bit word to the text GNU objdump
// (binutils 2.40) prints for it, so logs can be compared with `objdump -d` line by line.
// Classes follow the top-level encoding table of the Arm ARM (C4.1 "A64 instruction set
// encoding"); each class lives in its own file. A class decoder returns nil for an
// encoding it does not know, which prints as objdump's `.inst 0x...` form.

public enum A64Disassembler {
    /// One instruction as GNU objdump prints it (aliases as objdump prefers them), mnemonic and
    /// operands separated by one tab, operands by ", ". Branch/ADR targets are absolute hex
    /// addresses without "0x" as objdump prints them (no "<symbol>" part). An encoding it does
    /// not know prints as ".inst\t0x%08x" (objdump's form for undefined words).
    public static func disassemble(_ word: UInt32, pc: UInt64) -> String {
        let w = A64Word(word)
        let text: String?
        switch w[28, 25] {
        case 0b0000:
            // Reserved class; op0 == 0 with bits 24:16 == 0 is UDF (C6.2.388).
            text = w[31, 16] == 0 ? "udf\t#\(w[15, 0])" : nil
        case 0b1000, 0b1001: text = disassembleDataProcessingImmediate(w, pc: pc)
        case 0b1010, 0b1011: text = disassembleBranchSystem(w, pc: pc)
        case 0b0100, 0b0110, 0b1100, 0b1110: text = disassembleLoadStore(w, pc: pc)
        case 0b0101, 0b1101: text = disassembleDataProcessingRegister(w)
        case 0b0111, 0b1111: text = disassembleFPSIMD(w)
        default: text = nil  // SVE, SME and unallocated space
        }
        return text ?? unknown(word)
    }

    static func unknown(_ word: UInt32) -> String {
        var h = String(word, radix: 16)
        while h.count < 8 { h = "0" + h }
        return ".inst\t0x" + h
    }
}

/// Bit-field view of an instruction word; `w[hi, lo]` is bits hi..lo inclusive.
struct A64Word {
    let raw: UInt32
    init(_ raw: UInt32) { self.raw = raw }
    subscript(_ hi: Int, _ lo: Int) -> UInt32 {
        (raw >> UInt32(lo)) & (UInt32.max >> UInt32(31 - (hi - lo)))
    }
    subscript(_ bit: Int) -> UInt32 { (raw >> UInt32(bit)) & 1 }
    var rd: Int { Int(raw & 31) }
    var rn: Int { Int((raw >> 5) & 31) }
    var rm: Int { Int((raw >> 16) & 31) }
    var ra: Int { Int((raw >> 10) & 31) }
    var rt2: Int { Int((raw >> 10) & 31) }
    /// bit 31 "sf": 64-bit operation.
    var sf: Bool { raw >> 31 == 1 }
}

/// Operand spelling shared by all classes, as binutils' aarch64-opc.c prints them.
enum A64Fmt {
    /// General register: x/w, register 31 as sp/wsp when `sp`, else xzr/wzr.
    static func r(_ n: Int, _ x: Bool, sp: Bool = false) -> String {
        if n == 31 { return sp ? (x ? "sp" : "wsp") : (x ? "xzr" : "wzr") }
        return (x ? "x" : "w") + String(n)
    }
    static func x(_ n: Int, sp: Bool = false) -> String { r(n, true, sp: sp) }
    static func w(_ n: Int, sp: Bool = false) -> String { r(n, false, sp: sp) }

    /// `#0x..` immediate.
    static func imm(_ v: UInt64) -> String { "#0x" + String(v, radix: 16) }
    static func imm(_ v: UInt32) -> String { imm(UInt64(v)) }
    static func imm(_ v: Int) -> String { imm(UInt64(v)) }
    /// `#n` decimal immediate.
    static func dec(_ v: Int) -> String { "#" + String(v) }
    static func dec(_ v: UInt32) -> String { "#" + String(v) }
    /// Branch or ADR target: absolute hex address, no 0x.
    static func target(_ pc: UInt64, _ offset: Int64) -> String {
        String(pc &+ UInt64(bitPattern: offset), radix: 16)
    }

    static let conditions = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc",
                             "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"]
    static func cond(_ c: UInt32) -> String { conditions[Int(c & 15)] }

    static let shifts = ["lsl", "lsr", "asr", "ror"]
    static let extends = ["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"]

    /// Sign-extends the low `bits` bits of `v`.
    static func sext(_ v: UInt32, _ bits: Int) -> Int64 {
        let s = 64 - bits
        return (Int64(v) << Int64(s)) >> Int64(s)
    }

    /// Mnemonic, a tab, then operands joined by ", ".
    static func ins(_ m: String, _ ops: String...) -> String {
        ops.isEmpty ? m : m + "\t" + ops.joined(separator: ", ")
    }
    static func ins(_ m: String, list ops: [String]) -> String {
        ops.isEmpty ? m : m + "\t" + ops.joined(separator: ", ")
    }
}
