import XrunCore

extension A64Decoder {
    /// C4.1 "Data Processing -- Immediate": op0 = bits 25:23 picks the class.
    static func decodeDataProcessingImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch (insn >> 23) & 7 {
        case 0b000, 0b001: return decodePCRelative(insn, pc: pc, into: &b)
        case 0b010: return decodeAddSubImmediate(insn, pc: pc, into: &b)
        // 011: add/sub immediate with tags (MTE) and min/max immediate (CSSC): not implemented.
        case 0b100: return decodeLogicalImmediate(insn, pc: pc, into: &b)
        case 0b101: return decodeMoveWide(insn, pc: pc, into: &b)
        case 0b110: return decodeBitfield(insn, pc: pc, into: &b)
        case 0b111: return decodeExtract(insn, pc: pc, into: &b)
        default: return .undefined
        }
    }
}
