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
/// "2" form) or sz * 2 + Q (FP); nil = reserved.
enum VMiscOps {
    static let rev64: [OpDef?] = [
        OpDef("rev") { c, o in VL.reverse(c, o, 8, UInt8.self, flip: 7) },
        OpDef("rev") { c, o in VL.reverse(c, o, 16, UInt8.self, flip: 7) },
        OpDef("rev") { c, o in VL.reverse(c, o, 8, UInt16.self, flip: 3) },
        OpDef("rev") { c, o in VL.reverse(c, o, 16, UInt16.self, flip: 3) },
        OpDef("rev") { c, o in VL.reverse(c, o, 8, UInt32.self, flip: 1) },
        OpDef("rev") { c, o in VL.reverse(c, o, 16, UInt32.self, flip: 1) },
        nil,
        nil,
    ]
    static let rev16: [OpDef?] = [
        OpDef("rev") { c, o in VL.reverse(c, o, 8, UInt8.self, flip: 1) },
        OpDef("rev") { c, o in VL.reverse(c, o, 16, UInt8.self, flip: 1) },
        nil,
        nil,
        nil,
        nil,
        nil,
        nil,
    ]
    static let saddlp: [OpDef?] = [
        OpDef("saddlp") { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt8) -> UInt16 in K.sext(a) } },
        OpDef("saddlp") { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt8) -> UInt16 in K.sext(a) } },
        OpDef("saddlp") { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt16) -> UInt32 in K.sext(a) } },
        OpDef("saddlp") { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt16) -> UInt32 in K.sext(a) } },
        OpDef("saddlp") { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt32) -> UInt64 in K.sext(a) } },
        OpDef("saddlp") { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt32) -> UInt64 in K.sext(a) } },
        nil,
        nil,
    ]
    static let cls: [OpDef?] = [
        OpDef("cls") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.cls(a) } },
        OpDef("cls") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.cls(a) } },
        OpDef("cls") { c, o in VL.un(c, o, 8) { (a: UInt16) in K.cls(a) } },
        OpDef("cls") { c, o in VL.un(c, o, 16) { (a: UInt16) in K.cls(a) } },
        OpDef("cls") { c, o in VL.un(c, o, 8) { (a: UInt32) in K.cls(a) } },
        OpDef("cls") { c, o in VL.un(c, o, 16) { (a: UInt32) in K.cls(a) } },
        nil,
        nil,
    ]
    static let cnt: [OpDef?] = [
        OpDef("cnt") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.cnt(a) } },
        OpDef("cnt") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.cnt(a) } },
        nil,
        nil,
        nil,
        nil,
        nil,
        nil,
    ]
    static let sadalp: [OpDef?] = [
        OpDef("sadalp") { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt8) -> UInt16 in K.sext(a) } },
        OpDef("sadalp") { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt8) -> UInt16 in K.sext(a) } },
        OpDef("sadalp") { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt16) -> UInt32 in K.sext(a) } },
        OpDef("sadalp") { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt16) -> UInt32 in K.sext(a) } },
        OpDef("sadalp") { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt32) -> UInt64 in K.sext(a) } },
        OpDef("sadalp") { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt32) -> UInt64 in K.sext(a) } },
        nil,
        nil,
    ]
    static let sqabs: [OpDef?] = [
        OpDef("sqabs") { c, o in VL.unQ(c, o, 8) { (a: UInt8, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 16) { (a: UInt8, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 8) { (a: UInt16, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 16) { (a: UInt16, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 8) { (a: UInt32, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 16) { (a: UInt32, q: inout Bool) in K.sqabs(a, &q) } },
        nil,
        OpDef("sqabs") { c, o in VL.unQ(c, o, 16) { (a: UInt64, q: inout Bool) in K.sqabs(a, &q) } },
    ]
    static let cmgtZero: [OpDef?] = [
        OpDef("cmgt") { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s > 0) } },
        OpDef("cmgt") { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s > 0) } },
        OpDef("cmgt") { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s > 0) } },
        OpDef("cmgt") { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s > 0) } },
        OpDef("cmgt") { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s > 0) } },
        OpDef("cmgt") { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s > 0) } },
        nil,
        OpDef("cmgt") { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s > 0) } },
    ]
    static let cmeqZero: [OpDef?] = [
        OpDef("cmeq") { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a == 0) } },
        OpDef("cmeq") { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a == 0) } },
        OpDef("cmeq") { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a == 0) } },
        OpDef("cmeq") { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a == 0) } },
        OpDef("cmeq") { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a == 0) } },
        OpDef("cmeq") { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a == 0) } },
        nil,
        OpDef("cmeq") { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a == 0) } },
    ]
    static let cmltZero: [OpDef?] = [
        OpDef("cmlt") { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s < 0) } },
        OpDef("cmlt") { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s < 0) } },
        OpDef("cmlt") { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s < 0) } },
        OpDef("cmlt") { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s < 0) } },
        OpDef("cmlt") { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s < 0) } },
        OpDef("cmlt") { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s < 0) } },
        nil,
        OpDef("cmlt") { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s < 0) } },
    ]
    static let abs: [OpDef?] = [
        OpDef("abs") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.sabs(a) } },
        OpDef("abs") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.sabs(a) } },
        OpDef("abs") { c, o in VL.un(c, o, 8) { (a: UInt16) in K.sabs(a) } },
        OpDef("abs") { c, o in VL.un(c, o, 16) { (a: UInt16) in K.sabs(a) } },
        OpDef("abs") { c, o in VL.un(c, o, 8) { (a: UInt32) in K.sabs(a) } },
        OpDef("abs") { c, o in VL.un(c, o, 16) { (a: UInt32) in K.sabs(a) } },
        nil,
        OpDef("abs") { c, o in VL.un(c, o, 16) { (a: UInt64) in K.sabs(a) } },
    ]
    static let xtn: [OpDef?] = [
        OpDef("xtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(a, &q) } },
        OpDef("xtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(a, &q) } },
        OpDef("xtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(a, &q) } },
        OpDef("xtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(a, &q) } },
        OpDef("xtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(a, &q) } },
        OpDef("xtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(a, &q) } },
        nil,
        nil,
    ]
    static let sqxtn: [OpDef?] = [
        OpDef("sqxtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(a, &q) } },
        nil,
        nil,
    ]
    static let rev32: [OpDef?] = [
        OpDef("rev") { c, o in VL.reverse(c, o, 8, UInt8.self, flip: 3) },
        OpDef("rev") { c, o in VL.reverse(c, o, 16, UInt8.self, flip: 3) },
        OpDef("rev") { c, o in VL.reverse(c, o, 8, UInt16.self, flip: 1) },
        OpDef("rev") { c, o in VL.reverse(c, o, 16, UInt16.self, flip: 1) },
        nil,
        nil,
        nil,
        nil,
    ]
    static let uaddlp: [OpDef?] = [
        OpDef("uaddlp") { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt8) -> UInt16 in K.zext(a) } },
        OpDef("uaddlp") { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt8) -> UInt16 in K.zext(a) } },
        OpDef("uaddlp") { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt16) -> UInt32 in K.zext(a) } },
        OpDef("uaddlp") { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt16) -> UInt32 in K.zext(a) } },
        OpDef("uaddlp") { c, o in VL.pairLong(c, o, 8, accumulate: false) { (a: UInt32) -> UInt64 in K.zext(a) } },
        OpDef("uaddlp") { c, o in VL.pairLong(c, o, 16, accumulate: false) { (a: UInt32) -> UInt64 in K.zext(a) } },
        nil,
        nil,
    ]
    static let clz: [OpDef?] = [
        OpDef("clz") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.clz(a) } },
        OpDef("clz") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.clz(a) } },
        OpDef("clz") { c, o in VL.un(c, o, 8) { (a: UInt16) in K.clz(a) } },
        OpDef("clz") { c, o in VL.un(c, o, 16) { (a: UInt16) in K.clz(a) } },
        OpDef("clz") { c, o in VL.un(c, o, 8) { (a: UInt32) in K.clz(a) } },
        OpDef("clz") { c, o in VL.un(c, o, 16) { (a: UInt32) in K.clz(a) } },
        nil,
        nil,
    ]
    /// NOT (size 0) and RBIT (size 1): U = 1, opcode 00101.
    static let notRbit: [OpDef?] = [
        OpDef("not") { c, o in VL.un(c, o, 8) { (a: UInt64) in ~a } },
        OpDef("not") { c, o in VL.un(c, o, 16) { (a: UInt64) in ~a } },
        OpDef("not") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.rbit8(a) } },
        OpDef("not") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.rbit8(a) } },
        nil, nil, nil, nil,
    ]
    static let uadalp: [OpDef?] = [
        OpDef("uadalp") { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt8) -> UInt16 in K.zext(a) } },
        OpDef("uadalp") { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt8) -> UInt16 in K.zext(a) } },
        OpDef("uadalp") { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt16) -> UInt32 in K.zext(a) } },
        OpDef("uadalp") { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt16) -> UInt32 in K.zext(a) } },
        OpDef("uadalp") { c, o in VL.pairLong(c, o, 8, accumulate: true) { (a: UInt32) -> UInt64 in K.zext(a) } },
        OpDef("uadalp") { c, o in VL.pairLong(c, o, 16, accumulate: true) { (a: UInt32) -> UInt64 in K.zext(a) } },
        nil,
        nil,
    ]
    static let sqneg: [OpDef?] = [
        OpDef("sqneg") { c, o in VL.unQ(c, o, 8) { (a: UInt8, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 16) { (a: UInt8, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 8) { (a: UInt16, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 16) { (a: UInt16, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 8) { (a: UInt32, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 16) { (a: UInt32, q: inout Bool) in K.sqneg(a, &q) } },
        nil,
        OpDef("sqneg") { c, o in VL.unQ(c, o, 16) { (a: UInt64, q: inout Bool) in K.sqneg(a, &q) } },
    ]
    static let cmgeZero: [OpDef?] = [
        OpDef("cmge") { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s >= 0) } },
        OpDef("cmge") { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s >= 0) } },
        OpDef("cmge") { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s >= 0) } },
        OpDef("cmge") { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s >= 0) } },
        OpDef("cmge") { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s >= 0) } },
        OpDef("cmge") { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s >= 0) } },
        nil,
        OpDef("cmge") { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s >= 0) } },
    ]
    static let cmleZero: [OpDef?] = [
        OpDef("cmle") { c, o in VL.un(c, o, 8) { (a: UInt8) in .mask(a.s <= 0) } },
        OpDef("cmle") { c, o in VL.un(c, o, 16) { (a: UInt8) in .mask(a.s <= 0) } },
        OpDef("cmle") { c, o in VL.un(c, o, 8) { (a: UInt16) in .mask(a.s <= 0) } },
        OpDef("cmle") { c, o in VL.un(c, o, 16) { (a: UInt16) in .mask(a.s <= 0) } },
        OpDef("cmle") { c, o in VL.un(c, o, 8) { (a: UInt32) in .mask(a.s <= 0) } },
        OpDef("cmle") { c, o in VL.un(c, o, 16) { (a: UInt32) in .mask(a.s <= 0) } },
        nil,
        OpDef("cmle") { c, o in VL.un(c, o, 16) { (a: UInt64) in .mask(a.s <= 0) } },
    ]
    static let neg: [OpDef?] = [
        OpDef("neg") { c, o in VL.un(c, o, 8) { (a: UInt8) in K.neg(a) } },
        OpDef("neg") { c, o in VL.un(c, o, 16) { (a: UInt8) in K.neg(a) } },
        OpDef("neg") { c, o in VL.un(c, o, 8) { (a: UInt16) in K.neg(a) } },
        OpDef("neg") { c, o in VL.un(c, o, 16) { (a: UInt16) in K.neg(a) } },
        OpDef("neg") { c, o in VL.un(c, o, 8) { (a: UInt32) in K.neg(a) } },
        OpDef("neg") { c, o in VL.un(c, o, 16) { (a: UInt32) in K.neg(a) } },
        nil,
        OpDef("neg") { c, o in VL.un(c, o, 16) { (a: UInt64) in K.neg(a) } },
    ]
    static let sqxtun: [OpDef?] = [
        OpDef("sqxtun") { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(a, &q) } },
        nil,
        nil,
    ]
    static let shll: [OpDef?] = [
        OpDef("shll") { c, o in VL.widen(c, o, upper: false) { (a: UInt8) -> UInt16 in UInt16(a) &<< 8 } },
        OpDef("shll") { c, o in VL.widen(c, o, upper: true) { (a: UInt8) -> UInt16 in UInt16(a) &<< 8 } },
        OpDef("shll") { c, o in VL.widen(c, o, upper: false) { (a: UInt16) -> UInt32 in UInt32(a) &<< 16 } },
        OpDef("shll") { c, o in VL.widen(c, o, upper: true) { (a: UInt16) -> UInt32 in UInt32(a) &<< 16 } },
        OpDef("shll") { c, o in VL.widen(c, o, upper: false) { (a: UInt32) -> UInt64 in UInt64(a) &<< 32 } },
        OpDef("shll") { c, o in VL.widen(c, o, upper: true) { (a: UInt32) -> UInt64 in UInt64(a) &<< 32 } },
        nil,
        nil,
    ]
    static let uqxtn: [OpDef?] = [
        OpDef("uqxtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(a, &q) } },
        nil,
        nil,
    ]
    static let frintn: [OpDef?] = [
        OpDef("frintn") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
        OpDef("frintn") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
        nil,
        OpDef("frintn") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
    ]
    static let frintm: [OpDef?] = [
        OpDef("frintm") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
        OpDef("frintm") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
        nil,
        OpDef("frintm") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
    ]
    static let fcvtns: [OpDef?] = [
        OpDef("fcvtns") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } },
        OpDef("fcvtns") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } },
        nil,
        OpDef("fcvtns") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } },
    ]
    static let fcvtms: [OpDef?] = [
        OpDef("fcvtms") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } },
        OpDef("fcvtms") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } },
        nil,
        OpDef("fcvtms") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } },
    ]
    static let fcvtas: [OpDef?] = [
        OpDef("fcvtas") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } },
        OpDef("fcvtas") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } },
        nil,
        OpDef("fcvtas") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } },
    ]
    static let scvtf: [OpDef?] = [
        OpDef("scvtf") { c, o in VF.fromBits(c, o, 8) { (v: UInt32) in VFConv.sToF(v, 1) } },
        OpDef("scvtf") { c, o in VF.fromBits(c, o, 16) { (v: UInt32) in VFConv.sToF(v, 1) } },
        nil,
        OpDef("scvtf") { c, o in VF.fromBits(c, o, 16) { (v: UInt64) in VFConv.sToD(v, 1) } },
    ]
    static let fcmgtZero: [OpDef?] = [
        OpDef("fcmgt") { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmgt(c, a, z) } },
        OpDef("fcmgt") { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmgt(c, a, z) } },
        nil,
        OpDef("fcmgt") { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmgt(c, a, z) } },
    ]
    static let fcmeqZero: [OpDef?] = [
        OpDef("fcmeq") { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmeq(c, a, z) } },
        OpDef("fcmeq") { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmeq(c, a, z) } },
        nil,
        OpDef("fcmeq") { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmeq(c, a, z) } },
    ]
    static let fcmltZero: [OpDef?] = [
        OpDef("fcmlt") { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmgt(c, z, a) } },
        OpDef("fcmlt") { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmgt(c, z, a) } },
        nil,
        OpDef("fcmlt") { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmgt(c, z, a) } },
    ]
    static let fabs: [OpDef?] = [
        OpDef("fabs") { c, o in VL.un(c, o, 8) { (a: UInt32) in a & ~0x8000_0000 } },
        OpDef("fabs") { c, o in VL.un(c, o, 16) { (a: UInt32) in a & ~0x8000_0000 } },
        nil,
        OpDef("fabs") { c, o in VL.un(c, o, 16) { (a: UInt64) in a & ~0x8000_0000_0000_0000 } },
    ]
    static let frintp: [OpDef?] = [
        OpDef("frintp") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
        OpDef("frintp") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
        nil,
        OpDef("frintp") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
    ]
    static let frintz: [OpDef?] = [
        OpDef("frintz") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
        OpDef("frintz") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
        nil,
        OpDef("frintz") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
    ]
    static let fcvtps: [OpDef?] = [
        OpDef("fcvtps") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } },
        OpDef("fcvtps") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } },
        nil,
        OpDef("fcvtps") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } },
    ]
    static let fcvtzs: [OpDef?] = [
        OpDef("fcvtzs") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: true) } },
        OpDef("fcvtzs") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: true) } },
        nil,
        OpDef("fcvtzs") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: true) } },
    ]
    static let urecpe: [OpDef?] = [
        OpDef("urecpe") { c, o in VL.un(c, o, 8) { (a: UInt32) in FPEstimate.unsignedRecip(a) } },
        OpDef("urecpe") { c, o in VL.un(c, o, 16) { (a: UInt32) in FPEstimate.unsignedRecip(a) } },
        nil,
        nil,
    ]
    static let frecpe: [OpDef?] = [
        OpDef("frecpe") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPEstimate.recipEstimate(c, a) } },
        OpDef("frecpe") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPEstimate.recipEstimate(c, a) } },
        nil,
        OpDef("frecpe") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPEstimate.recipEstimate(c, a) } },
    ]
    static let frinta: [OpDef?] = [
        OpDef("frinta") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
        OpDef("frinta") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
        nil,
        OpDef("frinta") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
    ]
    static let frintx: [OpDef?] = [
        OpDef("frintx") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
        OpDef("frintx") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
        nil,
        OpDef("frintx") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
    ]
    static let fcvtnu: [OpDef?] = [
        OpDef("fcvtnu") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } },
        OpDef("fcvtnu") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } },
        nil,
        OpDef("fcvtnu") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } },
    ]
    static let fcvtmu: [OpDef?] = [
        OpDef("fcvtmu") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } },
        OpDef("fcvtmu") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } },
        nil,
        OpDef("fcvtmu") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } },
    ]
    static let fcvtau: [OpDef?] = [
        OpDef("fcvtau") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } },
        OpDef("fcvtau") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } },
        nil,
        OpDef("fcvtau") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } },
    ]
    static let ucvtf: [OpDef?] = [
        OpDef("ucvtf") { c, o in VF.fromBits(c, o, 8) { (v: UInt32) in VFConv.uToF(v, 1) } },
        OpDef("ucvtf") { c, o in VF.fromBits(c, o, 16) { (v: UInt32) in VFConv.uToF(v, 1) } },
        nil,
        OpDef("ucvtf") { c, o in VF.fromBits(c, o, 16) { (v: UInt64) in VFConv.uToD(v, 1) } },
    ]
    static let fcmgeZero: [OpDef?] = [
        OpDef("fcmge") { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmge(c, a, z) } },
        OpDef("fcmge") { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmge(c, a, z) } },
        nil,
        OpDef("fcmge") { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmge(c, a, z) } },
    ]
    static let fcmleZero: [OpDef?] = [
        OpDef("fcmle") { c, o in VF.cmpZero(c, o, 8) { (c, a: Float, z: Float) in FPK.cmge(c, z, a) } },
        OpDef("fcmle") { c, o in VF.cmpZero(c, o, 16) { (c, a: Float, z: Float) in FPK.cmge(c, z, a) } },
        nil,
        OpDef("fcmle") { c, o in VF.cmpZero(c, o, 16) { (c, a: Double, z: Double) in FPK.cmge(c, z, a) } },
    ]
    static let fneg: [OpDef?] = [
        OpDef("fneg") { c, o in VL.un(c, o, 8) { (a: UInt32) in a ^ 0x8000_0000 } },
        OpDef("fneg") { c, o in VL.un(c, o, 16) { (a: UInt32) in a ^ 0x8000_0000 } },
        nil,
        OpDef("fneg") { c, o in VL.un(c, o, 16) { (a: UInt64) in a ^ 0x8000_0000_0000_0000 } },
    ]
    static let frinti: [OpDef?] = [
        OpDef("frinti") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
        OpDef("frinti") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
        nil,
        OpDef("frinti") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
    ]
    static let fcvtpu: [OpDef?] = [
        OpDef("fcvtpu") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } },
        OpDef("fcvtpu") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } },
        nil,
        OpDef("fcvtpu") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } },
    ]
    static let fcvtzu: [OpDef?] = [
        OpDef("fcvtzu") { c, o in VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: false) } },
        OpDef("fcvtzu") { c, o in VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: false) } },
        nil,
        OpDef("fcvtzu") { c, o in VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: false) } },
    ]
    static let ursqrte: [OpDef?] = [
        OpDef("ursqrte") { c, o in VL.un(c, o, 8) { (a: UInt32) in FPEstimate.unsignedRsqrt(a) } },
        OpDef("ursqrte") { c, o in VL.un(c, o, 16) { (a: UInt32) in FPEstimate.unsignedRsqrt(a) } },
        nil,
        nil,
    ]
    static let frsqrte: [OpDef?] = [
        OpDef("frsqrte") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPEstimate.rsqrtEstimate(c, a) } },
        OpDef("frsqrte") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPEstimate.rsqrtEstimate(c, a) } },
        nil,
        OpDef("frsqrte") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPEstimate.rsqrtEstimate(c, a) } },
    ]
    static let fsqrt: [OpDef?] = [
        OpDef("fsqrt") { c, o in VF.un(c, o, 8) { (c, a: Float) in FPK.sqrt(c, a) } },
        OpDef("fsqrt") { c, o in VF.un(c, o, 16) { (c, a: Float) in FPK.sqrt(c, a) } },
        nil,
        OpDef("fsqrt") { c, o in VF.un(c, o, 16) { (c, a: Double) in FPK.sqrt(c, a) } },
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
