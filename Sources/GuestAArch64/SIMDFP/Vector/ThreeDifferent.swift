import XrunCore

/// C4.1.x "Advanced SIMD three different": 0 Q U 01110 size 1 Rm opcode(15:12) 00 Rn Rd.
/// Long (SADDL, SMULL, SMLAL, SABDL...), wide (SADDW...) and high-narrow (ADDHN...)
/// forms; size is the narrow element size, Q selects the "2" (upper half) forms.
/// PMULL with 64-bit elements (FEAT_PMULL) comes from Crypto/PolynomialMultiply.swift.
extension A64Decoder {
    static func decodeSIMDThreeDifferent(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0xF)
        guard let fn = VThreeDiffOps.table[u][opcode]?[size * 2 + q] else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }
}

/// Tables indexed by size * 2 + Q; nil = reserved or not implemented. The regular
/// families' tables are generated (Generated/ThreeDifferentVariants.swift, from
/// tools/gen-a64-vector).
enum VThreeDiffOps {
    static let pmull: [OpDef?] = [
        OpDef("pmull") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in K.pmull8(a, b) } },
        OpDef("pmull") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in K.pmull8(a, b) } },
        nil,
        nil,
        nil,
        nil,
        PMULL64Ops.ops[0],
        PMULL64Ops.ops[1],
    ]
    static let table: [[[OpDef?]?]] = [
        [saddl, saddw, ssubl, ssubw, addhn, sabal, subhn, sabdl, smlal, sqdmlal, smlsl, sqdmlsl, smull, sqdmull, pmull, nil],
        [uaddl, uaddw, usubl, usubw, raddhn, uabal, rsubhn, uabdl, umlal, nil, umlsl, nil, umull, nil, nil, nil],
    ]
}
