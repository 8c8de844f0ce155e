/// Field extraction for 32-bit RISC-V instructions (unprivileged spec 2.2 "Base
/// Instruction Formats", 2.3 "Immediate Encoding Variants"). Decode time only.
struct RVInsn {
    let bits: UInt32
    init(_ bits: UInt32) { self.bits = bits }

    var opcode: UInt32 { bits & 0x7f }
    var rd: UInt32 { (bits >> 7) & 31 }
    var funct3: UInt32 { (bits >> 12) & 7 }
    var rs1: UInt32 { (bits >> 15) & 31 }
    var rs2: UInt32 { (bits >> 20) & 31 }
    var rs3: UInt32 { bits >> 27 }
    var funct7: UInt32 { bits >> 25 }
    /// Floating-point format field (bits 26:25): 0 = S, 1 = D.
    var fmt: UInt32 { (bits >> 25) & 3 }
    /// Rounding-mode field of FP instructions (same bits as funct3).
    var rm: UInt32 { funct3 }

    /// I-type immediate, sign-extended.
    var immI: Int64 { Int64(Int32(bitPattern: bits) >> 20) }
    /// S-type immediate, sign-extended.
    var immS: Int64 {
        Int64((Int32(bitPattern: bits) >> 25) << 5 | Int32((bits >> 7) & 31))
    }
    /// B-type immediate (branch offset, multiple of 2), sign-extended.
    var immB: Int64 {
        let s = Int32(bitPattern: bits)
        let v = (s >> 31) << 12                         // imm[12]
            | Int32((bits >> 7) & 1) << 11              // imm[11]
            | Int32((bits >> 25) & 0x3f) << 5           // imm[10:5]
            | Int32((bits >> 8) & 0xf) << 1             // imm[4:1]
        return Int64(v)
    }
    /// U-type immediate (upper 20 bits), sign-extended to 64 bits.
    var immU: Int64 { Int64(Int32(bitPattern: bits & 0xffff_f000)) }
    /// J-type immediate (jump offset, multiple of 2), sign-extended.
    var immJ: Int64 {
        let s = Int32(bitPattern: bits)
        let v = (s >> 31) << 20                         // imm[20]
            | Int32((bits >> 12) & 0xff) << 12          // imm[19:12]
            | Int32((bits >> 20) & 1) << 11             // imm[11]
            | Int32((bits >> 21) & 0x3ff) << 1          // imm[10:1]
        return Int64(v)
    }
}

/// Immediate as stored in an op record.
@inline(__always) func immBits(_ v: Int64) -> UInt64 { UInt64(bitPattern: v) }

/// Sign-extends the low 32 bits (every *W instruction's result, RV64I 4.2).
@inline(__always) func sext32(_ v: UInt64) -> UInt64 {
    UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: v)))
}
@inline(__always) func sext32(_ v: UInt32) -> UInt64 {
    UInt64(bitPattern: Int64(Int32(bitPattern: v)))
}
