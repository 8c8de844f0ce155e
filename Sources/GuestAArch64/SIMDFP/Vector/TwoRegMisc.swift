import XrunCore

/// C4.1.x "Advanced SIMD two-register miscellaneous": 0 Q U 01110 size 10000 opcode(16:12) 10 Rn Rd.
/// SUQADD/USQADD come from SaturatingAccumulate.swift.
/// Not implemented (undefined): FRINT32/64, BFCVTN and the FP16 forms.
extension A64Decoder {
    static func decodeSIMDTwoRegMisc(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0x1F)
        let fn: OpFn?
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
/// "2" form) or sz * 2 + Q (FP); nil = reserved.
enum VMiscOps {
    static let rev64: [OpFn?] = [
        { c, o in VL.reverse(c, o, 8, UInt8.self, flip: 7) },
        { c, o in VL.reverse(c, o, 16, UInt8.self, flip: 7) },
        { c, o in VL.reverse(c, o, 8, UInt16.self, flip: 3) },
        { c, o in VL.reverse(c, o, 16, UInt16.self, flip: 3) },
        { c, o in VL.reverse(c, o, 8, UInt32.self, flip: 1) },
        { c, o in VL.reverse(c, o, 16, UInt32.self, flip: 1) },
        nil,
        nil,
    ]
    static let rev16: [OpFn?] = [
        { c, o in VL.reverse(c, o, 8, UInt8.self, flip: 1) },
        { c, o in VL.reverse(c, o, 16, UInt8.self, flip: 1) },
        nil,
        nil,
        nil,
        nil,
        nil,
        nil,
    ]
    static let saddlp: [OpFn?] = [
        { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt8) -> UInt16 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt8) -> UInt16 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt16) -> UInt32 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt16) -> UInt32 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt32) -> UInt64 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt32) -> UInt64 in K.sext(a) } },
        nil,
        nil,
    ]
    static let cls: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in K.cls(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in K.cls(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in K.cls(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in K.cls(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in K.cls(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in K.cls(a) } },
        nil,
        nil,
    ]
    static let cnt: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in K.cnt(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in K.cnt(a) } },
        nil,
        nil,
        nil,
        nil,
        nil,
        nil,
    ]
    static let sadalp: [OpFn?] = [
        { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt8) -> UInt16 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt8) -> UInt16 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt16) -> UInt32 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt16) -> UInt32 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt32) -> UInt64 in K.sext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt32) -> UInt64 in K.sext(a) } },
        nil,
        nil,
    ]
    static let sqabs: [OpFn?] = [
        { c, o in VL.unQ(c, o, 8) { (a: UInt8, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 16) { (a: UInt8, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 8) { (a: UInt16, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 16) { (a: UInt16, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 8) { (a: UInt32, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 16) { (a: UInt32, q: inout Bool) in K.sqabs(a, &q) } },
        nil,
        { c, o in VL.unQ(c, o, 16) { (a: UInt64, q: inout Bool) in K.sqabs(a, &q) } },
    ]
    static let cmgtZero: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s > 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s > 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s > 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s > 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s > 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s > 0) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s > 0) } },
    ]
    static let cmeqZero: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a == 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a == 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a == 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a == 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a == 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a == 0) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a == 0) } },
    ]
    static let cmltZero: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s < 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s < 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s < 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s < 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s < 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s < 0) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s < 0) } },
    ]
    static let abs: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in K.sabs(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in K.sabs(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in K.sabs(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in K.sabs(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in K.sabs(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in K.sabs(a) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in K.sabs(a) } },
    ]
    static let xtn: [OpFn?] = [
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(a, &q) } },
        nil,
        nil,
    ]
    static let sqxtn: [OpFn?] = [
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(a, &q) } },
        nil,
        nil,
    ]
    static let rev32: [OpFn?] = [
        { c, o in VL.reverse(c, o, 8, UInt8.self, flip: 3) },
        { c, o in VL.reverse(c, o, 16, UInt8.self, flip: 3) },
        { c, o in VL.reverse(c, o, 8, UInt16.self, flip: 1) },
        { c, o in VL.reverse(c, o, 16, UInt16.self, flip: 1) },
        nil,
        nil,
        nil,
        nil,
    ]
    static let uaddlp: [OpFn?] = [
        { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt8) -> UInt16 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt8) -> UInt16 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt16) -> UInt32 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt16) -> UInt32 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt32) -> UInt64 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt32) -> UInt64 in K.zext(a) } },
        nil,
        nil,
    ]
    static let clz: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in K.clz(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in K.clz(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in K.clz(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in K.clz(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in K.clz(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in K.clz(a) } },
        nil,
        nil,
    ]
    /// NOT (size 0) and RBIT (size 1): U = 1, opcode 00101.
    static let notRbit: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt64) in ~a } },
        { c, o in VL.un(c, o, 16) { (a: UInt64) in ~a } },
        { c, o in VL.un(c, o, 8) { (a: UInt8) in K.rbit8(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in K.rbit8(a) } },
        nil, nil, nil, nil,
    ]
    static let uadalp: [OpFn?] = [
        { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt8) -> UInt16 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt8) -> UInt16 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt16) -> UInt32 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt16) -> UInt32 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt32) -> UInt64 in K.zext(a) } },
        { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt32) -> UInt64 in K.zext(a) } },
        nil,
        nil,
    ]
    static let sqneg: [OpFn?] = [
        { c, o in VL.unQ(c, o, 8) { (a: UInt8, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 16) { (a: UInt8, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 8) { (a: UInt16, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 16) { (a: UInt16, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 8) { (a: UInt32, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 16) { (a: UInt32, q: inout Bool) in K.sqneg(a, &q) } },
        nil,
        { c, o in VL.unQ(c, o, 16) { (a: UInt64, q: inout Bool) in K.sqneg(a, &q) } },
    ]
    static let cmgeZero: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s >= 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s >= 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s >= 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s >= 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s >= 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s >= 0) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s >= 0) } },
    ]
    static let cmleZero: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s <= 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s <= 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s <= 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s <= 0) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s <= 0) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s <= 0) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s <= 0) } },
    ]
    static let neg: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt8) in K.neg(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt8) in K.neg(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt16) in K.neg(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt16) in K.neg(a) } },
        { c, o in VL.un(c, o, 8) { (a: UInt32) in K.neg(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in K.neg(a) } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in K.neg(a) } },
    ]
    static let sqxtun: [OpFn?] = [
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(a, &q) } },
        nil,
        nil,
    ]
    static let shll: [OpFn?] = [
        { c, o in VL.widen(c, o, upper: false) { (a: UInt8) -> UInt16 in UInt16(a) &<< 8 } },
        { c, o in VL.widen(c, o, upper: true) { (a: UInt8) -> UInt16 in UInt16(a) &<< 8 } },
        { c, o in VL.widen(c, o, upper: false) { (a: UInt16) -> UInt32 in UInt32(a) &<< 16 } },
        { c, o in VL.widen(c, o, upper: true) { (a: UInt16) -> UInt32 in UInt32(a) &<< 16 } },
        { c, o in VL.widen(c, o, upper: false) { (a: UInt32) -> UInt64 in UInt64(a) &<< 32 } },
        { c, o in VL.widen(c, o, upper: true) { (a: UInt32) -> UInt64 in UInt64(a) &<< 32 } },
        nil,
        nil,
    ]
    static let uqxtn: [OpFn?] = [
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(a, &q) } },
        { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(a, &q) } },
        nil,
        nil,
    ]
    static let frintn: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
    ]
    static let frintm: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
    ]
    static let fcvtns: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } },
    ]
    static let fcvtms: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } },
    ]
    static let fcvtas: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } },
    ]
    static let scvtf: [OpFn?] = [
        { c, o in VF.fromBits(c, o, 8) { (v: UInt32) in VFConv.sToF(v, 1) } },
        { c, o in VF.fromBits(c, o, 16) { (v: UInt32) in VFConv.sToF(v, 1) } },
        nil,
        { c, o in VF.fromBits(c, o, 16) { (v: UInt64) in VFConv.sToD(v, 1) } },
    ]
    static let fcmgtZero: [OpFn?] = [
        { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmgt(c, a, z) } },
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmgt(c, a, z) } },
        nil,
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmgt(c, a, z) } },
    ]
    static let fcmeqZero: [OpFn?] = [
        { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmeq(c, a, z) } },
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmeq(c, a, z) } },
        nil,
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmeq(c, a, z) } },
    ]
    static let fcmltZero: [OpFn?] = [
        { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmgt(c, z, a) } },
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmgt(c, z, a) } },
        nil,
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmgt(c, z, a) } },
    ]
    static let fabs: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt32) in a & ~0x8000_0000 } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in a & ~0x8000_0000 } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in a & ~0x8000_0000_0000_0000 } },
    ]
    static let frintp: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
    ]
    static let frintz: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
    ]
    static let fcvtps: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } },
    ]
    static let fcvtzs: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: true) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: true) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: true) } },
    ]
    static let urecpe: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt32) in FPEstimate.unsignedRecip(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in FPEstimate.unsignedRecip(a) } },
        nil,
        nil,
    ]
    static let frecpe: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPEstimate.recipEstimate(c, a) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPEstimate.recipEstimate(c, a) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPEstimate.recipEstimate(c, a) } },
    ]
    static let frinta: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
    ]
    static let frintx: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
    ]
    static let fcvtnu: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } },
    ]
    static let fcvtmu: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } },
    ]
    static let fcvtau: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } },
    ]
    static let ucvtf: [OpFn?] = [
        { c, o in VF.fromBits(c, o, 8) { (v: UInt32) in VFConv.uToF(v, 1) } },
        { c, o in VF.fromBits(c, o, 16) { (v: UInt32) in VFConv.uToF(v, 1) } },
        nil,
        { c, o in VF.fromBits(c, o, 16) { (v: UInt64) in VFConv.uToD(v, 1) } },
    ]
    static let fcmgeZero: [OpFn?] = [
        { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmge(c, a, z) } },
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmge(c, a, z) } },
        nil,
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmge(c, a, z) } },
    ]
    static let fcmleZero: [OpFn?] = [
        { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmge(c, z, a) } },
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmge(c, z, a) } },
        nil,
        { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmge(c, z, a) } },
    ]
    static let fneg: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt32) in a ^ 0x8000_0000 } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in a ^ 0x8000_0000 } },
        nil,
        { c, o in VL.un(c, o, 16) { (a: UInt64) in a ^ 0x8000_0000_0000_0000 } },
    ]
    static let frinti: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
    ]
    static let fcvtpu: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } },
    ]
    static let fcvtzu: [OpFn?] = [
        { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: false) } },
        { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: false) } },
        nil,
        { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: false) } },
    ]
    static let ursqrte: [OpFn?] = [
        { c, o in VL.un(c, o, 8) { (a: UInt32) in FPEstimate.unsignedRsqrt(a) } },
        { c, o in VL.un(c, o, 16) { (a: UInt32) in FPEstimate.unsignedRsqrt(a) } },
        nil,
        nil,
    ]
    static let frsqrte: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPEstimate.rsqrtEstimate(c, a) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPEstimate.rsqrtEstimate(c, a) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPEstimate.rsqrtEstimate(c, a) } },
    ]
    static let fsqrt: [OpFn?] = [
        { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.sqrt(c, a) } },
        { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.sqrt(c, a) } },
        nil,
        { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.sqrt(c, a) } },
    ]
    static let int: [[[OpFn?]?]] = [
        [rev64, rev16, saddlp, VSatAccOps.suqadd, cls, cnt, sadalp, sqabs, cmgtZero, cmeqZero, cmltZero, abs, nil, nil, nil, nil, nil, nil, xtn, nil, sqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [rev32, nil, uaddlp, VSatAccOps.usqadd, clz, notRbit, uadalp, sqneg, cmgeZero, cmleZero, nil, neg, nil, nil, nil, nil, nil, nil, sqxtun, shll, uqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    /// [U][size<1>][opcode]
    static let fp: [[[[OpFn?]?]]] = [
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
