import XrunCore

/// Top-level A64 decode (Arm ARM DDI 0487, C4.1 "A64 instruction set encoding"):
/// op0 = bits 28:25 selects the encoding group; each group's file decodes the rest
/// and emits its ops next to their semantics.
public enum A64Decoder {
    public static func decode(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let op0 = (insn >> 25) & 0xF
        switch op0 {
        case 0b1000, 0b1001:
            return decodeDataProcessingImmediate(insn, pc: pc, into: &b)
        case 0b1010, 0b1011:
            return decodeBranchExceptionSystem(insn, pc: pc, into: &b)
        case 0b0100, 0b0110, 0b1100, 0b1110:
            return decodeLoadStore(insn, pc: pc, into: &b)
        case 0b0101, 0b1101:
            return decodeDataProcessingRegister(insn, pc: pc, into: &b)
        case 0b0111, 0b1111:
            return decodeSIMDFP(insn, pc: pc, into: &b)
        default:
            // 0000 reserved (UDF), 0010 SVE, 0001/0011 unallocated.
            return .undefined
        }
    }
}
