import XrunCore

extension A64Decoder {
    /// C4.1 "Branches, Exception Generating and System instructions":
    /// op0 = bits 31:29, op1 = bits 25:12.
    static func decodeBranchExceptionSystem(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch insn >> 29 {
        case 0b000, 0b100:
            return decodeBranchImmediate(insn, pc: pc, into: &b)
        case 0b001, 0b101:
            return (insn >> 25) & 1 == 0 ? decodeCompareAndBranch(insn, pc: pc, into: &b)
                                         : decodeTestAndBranch(insn, pc: pc, into: &b)
        case 0b010:
            return (insn >> 25) & 1 == 0 ? decodeConditionalBranch(insn, pc: pc, into: &b) : .undefined
        case 0b110:
            if (insn >> 25) & 1 == 1 { return decodeBranchRegister(insn, pc: pc, into: &b) }
            switch (insn >> 22) & 0xF {
            case 0b0000, 0b0001, 0b0010, 0b0011: return decodeExceptionGeneration(insn, pc: pc, into: &b)
            case 0b0100: return decodeSystem(insn, pc: pc, into: &b)
            default: return .undefined // 0101: 128-bit system register moves (FEAT_SYSREG128)
            }
        default:
            return .undefined
        }
    }

    /// The class with L/op0/op1/CRn/CRm/op2/Rt fields (C5, the System instruction class).
    static func decodeSystem(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let l = (insn >> 21) & 1, op0 = (insn >> 19) & 3
        switch op0 {
        case 0b00:
            if l == 1 { return .undefined }
            let op1 = (insn >> 16) & 7, crn = (insn >> 12) & 0xF, rt = insn & 31
            if crn == 0b0100 { return decodePStateAccess(insn, pc: pc, into: &b) }
            if op1 != 0b011 || rt != 31 { return .undefined }
            switch crn {
            case 0b0010: return decodeHint(insn, pc: pc, into: &b)
            case 0b0011: return decodeBarrier(insn, pc: pc, into: &b)
            default: return .undefined // 0001: WFET/WFIT (FEAT_WFxT)
            }
        case 0b01:
            return l == 0 ? decodeSysInstruction(insn, pc: pc, into: &b) : .undefined // SYSL
        default:
            return decodeSystemRegisterMove(insn, pc: pc, into: &b)
        }
    }
}
