import XrunCore

/// C4.1.x "Advanced SIMD two-register miscellaneous": 0 Q U 01110 size 10000 opcode(16:12) 10 Rn Rd.
/// SUQADD/USQADD come from SaturatingAccumulate.swift.
/// Not implemented (undefined): FRINT32/64, BFCVTN and the FP16 forms.
extension A64Decoder {
    static func decodeSIMDTwoRegMisc(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0x1F)
        let fn: OpDef?
        switch opcode {
        case 22, 23:
            // FCVTN/FCVTXN (22), FCVTL (23); size<1> must be 0, size<0> picks the wide format.
            guard size < 2 else { return .undefined }
            switch (u, opcode, size) {
            case (0, 22, 0): fn = VFNarrowOps.fcvtnS[q]
            case (0, 22, 1): fn = VFNarrowOps.fcvtnD[q]
            case (1, 22, 1): fn = VFNarrowOps.fcvtxn[q]
            case (0, 23, 0): fn = VFNarrowOps.fcvtlS[q]
            case (0, 23, 1): fn = VFNarrowOps.fcvtlD[q]
            default: fn = nil
            }
        case 12...15, 24...31:
            fn = VMiscOps.fp[u][size >> 1][opcode]?[(size & 1) * 2 + q]
        default:
            fn = VMiscOps.int[u][opcode]?[size * 2 + q]
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }
}

/// Tables indexed by size * 2 + Q (integer; for narrowing/widening ops Q selects the
/// "2" form) or sz * 2 + Q (FP); nil = reserved. The regular families' tables are
/// generated (Generated/TwoRegMiscVariants.swift, from tools/gen-a64-vector).
enum VMiscOps {
    /// NOT (size 0) and RBIT (size 1): U = 1, opcode 00101.
    static let notRbit: [OpDef?] = [
        OpDef("not") { c, o in VL.un(c, o, 8) { (a: UInt64) in ~a } },
        OpDef("not") { c, o in VL.un(c, o, 16) { (a: UInt64) in ~a } },
        OpDef("rbit") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.rbit8(a) } },
        OpDef("rbit") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.rbit8(a) } },
        nil, nil, nil, nil,
    ]
    static let int: [[[OpDef?]?]] = [
        [rev64, rev16, saddlp, VSatAccOps.suqadd, cls, cnt, sadalp, sqabs, cmgtZero, cmeqZero, cmltZero, abs, nil, nil, nil, nil, nil, nil, xtn, nil, sqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [rev32, nil, uaddlp, VSatAccOps.usqadd, clz, notRbit, uadalp, sqneg, cmgeZero, cmleZero, nil, neg, nil, nil, nil, nil, nil, nil, sqxtun, shll, uqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    /// [U][size<1>][opcode]
    static let fp: [[[[OpDef?]?]]] = [
        [
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, frintn, frintm, fcvtns, fcvtms, fcvtas, scvtf, nil, nil],
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcmgtZero, fcmeqZero, fcmltZero, fabs, nil, nil, nil, nil, nil, nil, nil, nil, frintp, frintz, fcvtps, fcvtzs, urecpe, frecpe, nil, nil],
        ],
        [
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, frinta, frintx, fcvtnu, fcvtmu, fcvtau, ucvtf, nil, nil],
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcmgeZero, fcmleZero, nil, fneg, nil, nil, nil, nil, nil, nil, nil, nil, nil, frinti, fcvtpu, fcvtzu, ursqrte, frsqrte, nil, fsqrt],
        ],
    ]
}
