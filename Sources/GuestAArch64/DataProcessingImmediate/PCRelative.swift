import XrunCore

extension A64Decoder {
    /// C6.2 ADR, C6.2 ADRP: op immlo(2) 10000 immhi(19) Rd. The result
    /// depends only on the PC, so it is a constant of the translation.
    static func decodePCRelative(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let immlo = UInt64((insn >> 29) & 3), immhi = UInt64((insn >> 5) & 0x7FFFF)
        // 21-bit signed immediate.
        let imm = UInt64(bitPattern: Int64(bitPattern: (immhi << 2 | immlo) << 43) >> 43)
        let value = insn >> 31 == 1 ? (pc & ~0xFFF) &+ (imm << 12) : pc &+ imm
        b.emit(MoveWideOps.setConst, pc: pc, imm: value, a: A64Reg.dst(insn & 31))
        return .next(length: 4)
    }
}
