import XrunCore

extension A64Decoder {
    /// Loads and stores, top-level op0 = x1x0 (DDI 0487, C4.1 "A64 instruction set
    /// encoding", "Loads and Stores").
    /// Fields of this table: op0 = bits 31:28, op1 = bit 26 (SIMD&FP), op2 = bits 24:23,
    /// op3 = bits 21:16, op4 = bits 11:10.
    static func decodeLoadStore(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let op0 = insn >> 28
        let op1 = (insn >> 26) & 1
        let op2 = (insn >> 23) & 3
        switch op0 & 3 {
        case 0b00:
            if op1 == 1 {
                // Advanced SIMD load/store structures: op0 = 0x00 (bit 31 clear).
                guard op0 & 0b1000 == 0 else { return .undefined }
                return op2 & 2 == 0
                    ? decodeSIMDLoadStoreMultiple(insn, pc: pc, into: &b)
                    : decodeSIMDLoadStoreSingle(insn, pc: pc, into: &b)
            }
            // op2 = 0x: exclusive register/pair, ordered, compare-and-swap (pair).
            guard op2 & 2 == 0 else { return .undefined }
            return decodeLoadStoreExclusive(insn, pc: pc, into: &b)
        case 0b01:
            if op2 & 2 == 0 { return decodeLoadLiteral(insn, pc: pc, into: &b) }
            // op1 = 0, op2 = 1x, op3 = 0xxxxx, op4 = 00: LDAPUR/STLUR (FEAT_LRCPC2).
            // Everything else here (memory tags, FEAT_MOPS, FEAT_LRCPC3) is not implemented.
            if op1 == 0 && insn & (1 << 21) == 0 && (insn >> 10) & 3 == 0 {
                return decodeOrderedUnscaled(insn, pc: pc, into: &b)
            }
            return .undefined
        case 0b10:
            return decodeLoadStorePair(insn, pc: pc, into: &b)
        default:
            return decodeLoadStoreRegister(insn, pc: pc, into: &b)
        }
    }
}
