import XrunCore

extension A64Decoder {
    /// C6.2 ADD/ADDS/SUB/SUBS (shifted register): sf op S 01011 shift(2) 0 Rm imm6 Rn Rd.
    /// Register 31 is XZR everywhere (NEG/NEGS/CMP/CMN are aliases).
    static func decodeAddSubShiftedRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, opS = (insn >> 29) & 3, shift = (insn >> 22) & 3
        let amount = (insn >> 10) & 0x3F
        if shift == 0b11 || (!sf && amount >= 32) { return .undefined }
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src((insn >> 5) & 31), rm = A64Reg.src((insn >> 16) & 31)
        let index = Int(opS) * 4 + (amount == 0 ? 0 : Int(shift) + 1)
        b.emit(sf ? AddSubRegOps.table64[index] : AddSubRegOps.table32[index], pc: pc,
               a: rd, b: rn, c: rm, d: UInt8(amount))
        return .next(length: 4)
    }
}
