import XrunCore

extension A64Decoder {
    /// C4.1 "Data Processing -- Register": op0 = bit 30, op1 = bit 28,
    /// op2 = bits 24:21, op3 = bits 15:10.
    static func decodeDataProcessingRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let op1 = (insn >> 28) & 1, op2 = (insn >> 21) & 0xF
        if op1 == 0 {
            if op2 & 0b1000 == 0 { return decodeLogicalShiftedRegister(insn, pc: pc, into: &b) }
            return op2 & 1 == 0 ? decodeAddSubShiftedRegister(insn, pc: pc, into: &b)
                                : decodeAddSubExtendedRegister(insn, pc: pc, into: &b)
        }
        if op2 & 0b1000 != 0 { return decodeDataProcessing3Source(insn, pc: pc, into: &b) }
        switch op2 {
        case 0b0000:
            // op3 = 000000: ADC/SBC; x00001 RMIF and xx0010 SETF (FEAT_FlagM, FlagManipulation.swift).
            return (insn >> 10) & 0x3F == 0 ? decodeAddSubWithCarry(insn, pc: pc, into: &b)
                                            : decodeFlagManipulation(insn, pc: pc, into: &b)
        case 0b0010: return decodeConditionalCompare(insn, pc: pc, into: &b)
        case 0b0100: return decodeConditionalSelect(insn, pc: pc, into: &b)
        case 0b0110:
            return (insn >> 30) & 1 == 0 ? decodeDataProcessing2Source(insn, pc: pc, into: &b)
                                         : decodeDataProcessing1Source(insn, pc: pc, into: &b)
        default: return .undefined
        }
    }
}
