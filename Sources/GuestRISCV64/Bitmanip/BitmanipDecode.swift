import XrunCore

/// Routes the bit-manipulation encodings that share OP, OP-32, OP-IMM and OP-IMM-32
/// with the base ISA to Zba, Zbb and Zbs. Zbc (clmul*), Zbkb (pack*, brev8, zip)
/// and the other Zbk* encodings are not implemented: SIGILL.
extension RV64Decoder {
    static func decodeBitmanipOp(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.funct7 {
        case 0b001_0000: return decodeZbaOp(i, pc: pc, into: &b)
        case 0b010_0000, 0b000_0101, 0b011_0000: return decodeZbbOp(i, pc: pc, into: &b)
        case 0b010_0100, 0b011_0100, 0b001_0100: return decodeZbsOp(i, pc: pc, into: &b)
        default: return .undefined
        }
    }

    static func decodeBitmanipOp32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch (i.funct7, i.funct3) {
        case (0b000_0100, 0b000), (0b001_0000, _): return decodeZbaOp32(i, pc: pc, into: &b)
        default: return decodeZbbOp32(i, pc: pc, into: &b)
        }
    }

    /// OP-IMM encodings other than slli/srli/srai (funct3 001 and 101).
    static func decodeBitmanipOpImm(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.bits >> 26 {
        case 0b010010, 0b011010, 0b001010:
            // 001010 with funct3 101 is orc.b (imm 0x287), a Zbb encoding.
            if i.funct3 == 0b101 && i.bits >> 26 != 0b010010 { return decodeZbbOpImm(i, pc: pc, into: &b) }
            return decodeZbsOpImm(i, pc: pc, into: &b)
        default:
            return decodeZbbOpImm(i, pc: pc, into: &b)
        }
    }

    /// OP-IMM-32 encodings other than slliw/srliw/sraiw.
    static func decodeBitmanipOpImm32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if i.funct3 == 0b001 && i.bits >> 26 == 0b000010 { return decodeSlliUW(i, pc: pc, into: &b) }
        return decodeZbbOpImm32(i, pc: pc, into: &b)
    }
}
