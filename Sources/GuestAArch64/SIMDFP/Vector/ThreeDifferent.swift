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

/// Tables indexed by size * 2 + Q; nil = reserved or not implemented.
enum VThreeDiffOps {
    static let saddl: [OpDef?] = [
        OpDef("saddl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.sext(a) as UInt16) &+ (K.sext(b) as UInt16) } },
        OpDef("saddl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.sext(a) as UInt16) &+ (K.sext(b) as UInt16) } },
        OpDef("saddl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &+ (K.sext(b) as UInt32) } },
        OpDef("saddl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &+ (K.sext(b) as UInt32) } },
        OpDef("saddl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &+ (K.sext(b) as UInt64) } },
        OpDef("saddl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &+ (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let saddw: [OpDef?] = [
        OpDef("saddw") { c, o in VL.wide(c, o, upper: false) { (a: UInt16, b: UInt8) in a &+ (K.sext(b) as UInt16) } },
        OpDef("saddw") { c, o in VL.wide(c, o, upper: true) { (a: UInt16, b: UInt8) in a &+ (K.sext(b) as UInt16) } },
        OpDef("saddw") { c, o in VL.wide(c, o, upper: false) { (a: UInt32, b: UInt16) in a &+ (K.sext(b) as UInt32) } },
        OpDef("saddw") { c, o in VL.wide(c, o, upper: true) { (a: UInt32, b: UInt16) in a &+ (K.sext(b) as UInt32) } },
        OpDef("saddw") { c, o in VL.wide(c, o, upper: false) { (a: UInt64, b: UInt32) in a &+ (K.sext(b) as UInt64) } },
        OpDef("saddw") { c, o in VL.wide(c, o, upper: true) { (a: UInt64, b: UInt32) in a &+ (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let ssubl: [OpDef?] = [
        OpDef("ssubl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.sext(a) as UInt16) &- (K.sext(b) as UInt16) } },
        OpDef("ssubl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.sext(a) as UInt16) &- (K.sext(b) as UInt16) } },
        OpDef("ssubl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &- (K.sext(b) as UInt32) } },
        OpDef("ssubl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &- (K.sext(b) as UInt32) } },
        OpDef("ssubl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &- (K.sext(b) as UInt64) } },
        OpDef("ssubl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &- (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let ssubw: [OpDef?] = [
        OpDef("ssubw") { c, o in VL.wide(c, o, upper: false) { (a: UInt16, b: UInt8) in a &- (K.sext(b) as UInt16) } },
        OpDef("ssubw") { c, o in VL.wide(c, o, upper: true) { (a: UInt16, b: UInt8) in a &- (K.sext(b) as UInt16) } },
        OpDef("ssubw") { c, o in VL.wide(c, o, upper: false) { (a: UInt32, b: UInt16) in a &- (K.sext(b) as UInt32) } },
        OpDef("ssubw") { c, o in VL.wide(c, o, upper: true) { (a: UInt32, b: UInt16) in a &- (K.sext(b) as UInt32) } },
        OpDef("ssubw") { c, o in VL.wide(c, o, upper: false) { (a: UInt64, b: UInt32) in a &- (K.sext(b) as UInt64) } },
        OpDef("ssubw") { c, o in VL.wide(c, o, upper: true) { (a: UInt64, b: UInt32) in a &- (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let addhn: [OpDef?] = [
        OpDef("addhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &+ b, round: false) } },
        OpDef("addhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &+ b, round: false) } },
        OpDef("addhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &+ b, round: false) } },
        OpDef("addhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &+ b, round: false) } },
        OpDef("addhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &+ b, round: false) } },
        OpDef("addhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &+ b, round: false) } },
        nil,
        nil,
    ]
    static let sabal: [OpDef?] = [
        OpDef("sabal") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.zext(K.sabd(a, b)) as UInt16) } },
        OpDef("sabal") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.zext(K.sabd(a, b)) as UInt16) } },
        OpDef("sabal") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.zext(K.sabd(a, b)) as UInt32) } },
        OpDef("sabal") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.zext(K.sabd(a, b)) as UInt32) } },
        OpDef("sabal") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.zext(K.sabd(a, b)) as UInt64) } },
        OpDef("sabal") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.zext(K.sabd(a, b)) as UInt64) } },
        nil,
        nil,
    ]
    static let subhn: [OpDef?] = [
        OpDef("subhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &- b, round: false) } },
        OpDef("subhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &- b, round: false) } },
        OpDef("subhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &- b, round: false) } },
        OpDef("subhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &- b, round: false) } },
        OpDef("subhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &- b, round: false) } },
        OpDef("subhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &- b, round: false) } },
        nil,
        nil,
    ]
    static let sabdl: [OpDef?] = [
        OpDef("sabdl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(K.sabd(a, b)) as UInt16) } },
        OpDef("sabdl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(K.sabd(a, b)) as UInt16) } },
        OpDef("sabdl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(K.sabd(a, b)) as UInt32) } },
        OpDef("sabdl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(K.sabd(a, b)) as UInt32) } },
        OpDef("sabdl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(K.sabd(a, b)) as UInt64) } },
        OpDef("sabdl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(K.sabd(a, b)) as UInt64) } },
        nil,
        nil,
    ]
    static let smlal: [OpDef?] = [
        OpDef("smlal") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.sext(a) as UInt16) &* (K.sext(b) as UInt16) } },
        OpDef("smlal") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.sext(a) as UInt16) &* (K.sext(b) as UInt16) } },
        OpDef("smlal") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.sext(a) as UInt32) &* (K.sext(b) as UInt32) } },
        OpDef("smlal") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.sext(a) as UInt32) &* (K.sext(b) as UInt32) } },
        OpDef("smlal") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.sext(a) as UInt64) &* (K.sext(b) as UInt64) } },
        OpDef("smlal") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.sext(a) as UInt64) &* (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let sqdmlal: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmlal") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlal") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlal") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
        OpDef("sqdmlal") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
        nil,
        nil,
    ]
    static let smlsl: [OpDef?] = [
        OpDef("smlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &- (K.sext(a) as UInt16) &* (K.sext(b) as UInt16) } },
        OpDef("smlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &- (K.sext(a) as UInt16) &* (K.sext(b) as UInt16) } },
        OpDef("smlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &- (K.sext(a) as UInt32) &* (K.sext(b) as UInt32) } },
        OpDef("smlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &- (K.sext(a) as UInt32) &* (K.sext(b) as UInt32) } },
        OpDef("smlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &- (K.sext(a) as UInt64) &* (K.sext(b) as UInt64) } },
        OpDef("smlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &- (K.sext(a) as UInt64) &* (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let sqdmlsl: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
        OpDef("sqdmlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
        nil,
        nil,
    ]
    static let smull: [OpDef?] = [
        OpDef("smull") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.sext(a) as UInt16) &* (K.sext(b) as UInt16) } },
        OpDef("smull") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.sext(a) as UInt16) &* (K.sext(b) as UInt16) } },
        OpDef("smull") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &* (K.sext(b) as UInt32) } },
        OpDef("smull") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &* (K.sext(b) as UInt32) } },
        OpDef("smull") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &* (K.sext(b) as UInt64) } },
        OpDef("smull") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &* (K.sext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let sqdmull: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmull") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqdmull(a, b, &q) as UInt32 } },
        OpDef("sqdmull") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqdmull(a, b, &q) as UInt32 } },
        OpDef("sqdmull") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqdmull(a, b, &q) as UInt64 } },
        OpDef("sqdmull") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqdmull(a, b, &q) as UInt64 } },
        nil,
        nil,
    ]
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
    static let uaddl: [OpDef?] = [
        OpDef("uaddl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(a) as UInt16) &+ (K.zext(b) as UInt16) } },
        OpDef("uaddl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(a) as UInt16) &+ (K.zext(b) as UInt16) } },
        OpDef("uaddl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &+ (K.zext(b) as UInt32) } },
        OpDef("uaddl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &+ (K.zext(b) as UInt32) } },
        OpDef("uaddl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &+ (K.zext(b) as UInt64) } },
        OpDef("uaddl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &+ (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let uaddw: [OpDef?] = [
        OpDef("uaddw") { c, o in VL.wide(c, o, upper: false) { (a: UInt16, b: UInt8) in a &+ (K.zext(b) as UInt16) } },
        OpDef("uaddw") { c, o in VL.wide(c, o, upper: true) { (a: UInt16, b: UInt8) in a &+ (K.zext(b) as UInt16) } },
        OpDef("uaddw") { c, o in VL.wide(c, o, upper: false) { (a: UInt32, b: UInt16) in a &+ (K.zext(b) as UInt32) } },
        OpDef("uaddw") { c, o in VL.wide(c, o, upper: true) { (a: UInt32, b: UInt16) in a &+ (K.zext(b) as UInt32) } },
        OpDef("uaddw") { c, o in VL.wide(c, o, upper: false) { (a: UInt64, b: UInt32) in a &+ (K.zext(b) as UInt64) } },
        OpDef("uaddw") { c, o in VL.wide(c, o, upper: true) { (a: UInt64, b: UInt32) in a &+ (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let usubl: [OpDef?] = [
        OpDef("usubl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(a) as UInt16) &- (K.zext(b) as UInt16) } },
        OpDef("usubl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(a) as UInt16) &- (K.zext(b) as UInt16) } },
        OpDef("usubl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &- (K.zext(b) as UInt32) } },
        OpDef("usubl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &- (K.zext(b) as UInt32) } },
        OpDef("usubl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &- (K.zext(b) as UInt64) } },
        OpDef("usubl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &- (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let usubw: [OpDef?] = [
        OpDef("usubw") { c, o in VL.wide(c, o, upper: false) { (a: UInt16, b: UInt8) in a &- (K.zext(b) as UInt16) } },
        OpDef("usubw") { c, o in VL.wide(c, o, upper: true) { (a: UInt16, b: UInt8) in a &- (K.zext(b) as UInt16) } },
        OpDef("usubw") { c, o in VL.wide(c, o, upper: false) { (a: UInt32, b: UInt16) in a &- (K.zext(b) as UInt32) } },
        OpDef("usubw") { c, o in VL.wide(c, o, upper: true) { (a: UInt32, b: UInt16) in a &- (K.zext(b) as UInt32) } },
        OpDef("usubw") { c, o in VL.wide(c, o, upper: false) { (a: UInt64, b: UInt32) in a &- (K.zext(b) as UInt64) } },
        OpDef("usubw") { c, o in VL.wide(c, o, upper: true) { (a: UInt64, b: UInt32) in a &- (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let raddhn: [OpDef?] = [
        OpDef("raddhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &+ b, round: true) } },
        OpDef("raddhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &+ b, round: true) } },
        OpDef("raddhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &+ b, round: true) } },
        OpDef("raddhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &+ b, round: true) } },
        OpDef("raddhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &+ b, round: true) } },
        OpDef("raddhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &+ b, round: true) } },
        nil,
        nil,
    ]
    static let uabal: [OpDef?] = [
        OpDef("uabal") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.zext(K.uabd(a, b)) as UInt16) } },
        OpDef("uabal") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.zext(K.uabd(a, b)) as UInt16) } },
        OpDef("uabal") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.zext(K.uabd(a, b)) as UInt32) } },
        OpDef("uabal") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.zext(K.uabd(a, b)) as UInt32) } },
        OpDef("uabal") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.zext(K.uabd(a, b)) as UInt64) } },
        OpDef("uabal") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.zext(K.uabd(a, b)) as UInt64) } },
        nil,
        nil,
    ]
    static let rsubhn: [OpDef?] = [
        OpDef("rsubhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &- b, round: true) } },
        OpDef("rsubhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt16, b: UInt16) -> UInt8 in K.high(a &- b, round: true) } },
        OpDef("rsubhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &- b, round: true) } },
        OpDef("rsubhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt32, b: UInt32) -> UInt16 in K.high(a &- b, round: true) } },
        OpDef("rsubhn") { c, o in VL.narrowHigh(c, o, upper: false) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &- b, round: true) } },
        OpDef("rsubhn") { c, o in VL.narrowHigh(c, o, upper: true) { (a: UInt64, b: UInt64) -> UInt32 in K.high(a &- b, round: true) } },
        nil,
        nil,
    ]
    static let uabdl: [OpDef?] = [
        OpDef("uabdl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(K.uabd(a, b)) as UInt16) } },
        OpDef("uabdl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(K.uabd(a, b)) as UInt16) } },
        OpDef("uabdl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(K.uabd(a, b)) as UInt32) } },
        OpDef("uabdl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(K.uabd(a, b)) as UInt32) } },
        OpDef("uabdl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(K.uabd(a, b)) as UInt64) } },
        OpDef("uabdl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(K.uabd(a, b)) as UInt64) } },
        nil,
        nil,
    ]
    static let umlal: [OpDef?] = [
        OpDef("umlal") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.zext(a) as UInt16) &* (K.zext(b) as UInt16) } },
        OpDef("umlal") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &+ (K.zext(a) as UInt16) &* (K.zext(b) as UInt16) } },
        OpDef("umlal") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.zext(a) as UInt32) &* (K.zext(b) as UInt32) } },
        OpDef("umlal") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &+ (K.zext(a) as UInt32) &* (K.zext(b) as UInt32) } },
        OpDef("umlal") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.zext(a) as UInt64) &* (K.zext(b) as UInt64) } },
        OpDef("umlal") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &+ (K.zext(a) as UInt64) &* (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let umlsl: [OpDef?] = [
        OpDef("umlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &- (K.zext(a) as UInt16) &* (K.zext(b) as UInt16) } },
        OpDef("umlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in d &- (K.zext(a) as UInt16) &* (K.zext(b) as UInt16) } },
        OpDef("umlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &- (K.zext(a) as UInt32) &* (K.zext(b) as UInt32) } },
        OpDef("umlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in d &- (K.zext(a) as UInt32) &* (K.zext(b) as UInt32) } },
        OpDef("umlsl") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &- (K.zext(a) as UInt64) &* (K.zext(b) as UInt64) } },
        OpDef("umlsl") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in d &- (K.zext(a) as UInt64) &* (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let umull: [OpDef?] = [
        OpDef("umull") { c, o in VL.long(c, o, upper: false) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(a) as UInt16) &* (K.zext(b) as UInt16) } },
        OpDef("umull") { c, o in VL.long(c, o, upper: true) { (d: UInt16, a: UInt8, b: UInt8, q: inout Bool) in (K.zext(a) as UInt16) &* (K.zext(b) as UInt16) } },
        OpDef("umull") { c, o in VL.long(c, o, upper: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &* (K.zext(b) as UInt32) } },
        OpDef("umull") { c, o in VL.long(c, o, upper: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &* (K.zext(b) as UInt32) } },
        OpDef("umull") { c, o in VL.long(c, o, upper: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &* (K.zext(b) as UInt64) } },
        OpDef("umull") { c, o in VL.long(c, o, upper: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &* (K.zext(b) as UInt64) } },
        nil,
        nil,
    ]
    static let table: [[[OpDef?]?]] = [
        [saddl, saddw, ssubl, ssubw, addhn, sabal, subhn, sabdl, smlal, sqdmlal, smlsl, sqdmlsl, smull, sqdmull, pmull, nil],
        [uaddl, uaddw, usubl, usubw, raddhn, uabal, rsubhn, uabdl, umlal, nil, umlsl, nil, umull, nil, nil, nil],
    ]
}
