import XrunCore

/// C4.1.x "Advanced SIMD vector x indexed element" (0 Q U 01111 size L M Rm opcode H 0 Rn Rd)
/// and "Advanced SIMD scalar x indexed element" (01 U 11111 ..., FP forms).
/// Element index: H:L:M for 16-bit (Vm limited to V0-V15), H:L for 32-bit, H for 64-bit.
/// SDOT/UDOT come from DotProduct.swift, FCMLA from ComplexArithmetic.swift, the scalar
/// integer forms from ScalarLong.swift.
/// Not implemented: FMLAL/FMLSL, SQRDMLAH/SQRDMLSH, USDOT/SUDOT, FP16.
extension A64Decoder {
    /// Index, Vm and validity of the element operand for `size`.
    static func byElementOperand(_ insn: UInt32, size: Int) -> (index: UInt64, m: UInt8)? {
        let h = UInt64(insn >> 11 & 1), l = UInt64(insn >> 21 & 1), mBit = UInt64(insn >> 20 & 1)
        let rm = UInt8(insn >> 16 & 0xF)
        switch size {
        case 1: return (h << 2 | l << 1 | mBit, rm)
        case 2: return (h << 1 | l, rm | UInt8(mBit) << 4)
        case 3: return l == 0 ? (h, rm | UInt8(mBit) << 4) : nil
        default: return nil
        }
    }

    static func decodeSIMDByElement(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0xF)
        if u == 1 && opcode & 0b1001 == 0b0001 { return decodeComplexByElement(insn, pc: pc, into: &b) }   // FCMLA
        guard let (index, m) = byElementOperand(insn, size: size) else { return .undefined }
        // Opcode 1110: SDOT/UDOT (by element), FEAT_DotProd.
        if opcode == 0b1110 && !A64Features.has(A64Features.ASIMDDP) { return .undefined }
        let fn: OpDef?
        if let fp = VByElementOps.fp[u][opcode] {
            guard size >= 2, size == 2 || q == 1 else { return .undefined }
            fn = fp[(size - 2) * 3 + 1 + q]
        } else {
            fn = VByElementOps.int[u][opcode]?[size * 2 + q]
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, imm: index, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: m)
        return .next(length: 4)
    }

    /// Scalar FMLA, FMLS, FMUL, FMULX (by element): one lane, the rest of Vd zeroed.
    static func decodeSIMDScalarByElement(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0xF)
        guard let fp = VByElementOps.fp[u][opcode] else { return decodeSIMDScalarByElementInteger(insn, pc: pc, into: &b) }
        guard size >= 2,
              let (index, m) = byElementOperand(insn, size: size), let fn = fp[(size - 2) * 3] else { return .undefined }
        b.emit(fn, pc: pc, imm: index, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: m)
        return .next(length: 4)
    }
}

enum VByElementOps {
    static let smlal: [OpDef?] = [
        nil,
        nil,
        OpDef("smlal") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &+ (K.sext(a) as UInt32) &* (K.sext(e) as UInt32) } },
        OpDef("smlal") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &+ (K.sext(a) as UInt32) &* (K.sext(e) as UInt32) } },
        OpDef("smlal") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &+ (K.sext(a) as UInt64) &* (K.sext(e) as UInt64) } },
        OpDef("smlal") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &+ (K.sext(a) as UInt64) &* (K.sext(e) as UInt64) } },
        nil,
        nil,
    ]
    static let sqdmlal: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmlal") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in K.sqadd(d, K.sqdmull(a, e, &q) as UInt32, &q) } },
        OpDef("sqdmlal") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in K.sqadd(d, K.sqdmull(a, e, &q) as UInt32, &q) } },
        OpDef("sqdmlal") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in K.sqadd(d, K.sqdmull(a, e, &q) as UInt64, &q) } },
        OpDef("sqdmlal") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in K.sqadd(d, K.sqdmull(a, e, &q) as UInt64, &q) } },
        nil,
        nil,
    ]
    static let smlsl: [OpDef?] = [
        nil,
        nil,
        OpDef("smlsl") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &- (K.sext(a) as UInt32) &* (K.sext(e) as UInt32) } },
        OpDef("smlsl") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &- (K.sext(a) as UInt32) &* (K.sext(e) as UInt32) } },
        OpDef("smlsl") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &- (K.sext(a) as UInt64) &* (K.sext(e) as UInt64) } },
        OpDef("smlsl") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &- (K.sext(a) as UInt64) &* (K.sext(e) as UInt64) } },
        nil,
        nil,
    ]
    static let sqdmlsl: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmlsl") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in K.sqsub(d, K.sqdmull(a, e, &q) as UInt32, &q) } },
        OpDef("sqdmlsl") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in K.sqsub(d, K.sqdmull(a, e, &q) as UInt32, &q) } },
        OpDef("sqdmlsl") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in K.sqsub(d, K.sqdmull(a, e, &q) as UInt64, &q) } },
        OpDef("sqdmlsl") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in K.sqsub(d, K.sqdmull(a, e, &q) as UInt64, &q) } },
        nil,
        nil,
    ]
    static let mul: [OpDef?] = [
        nil,
        nil,
        OpDef("mul") { c, o in VL.elem(c, o, 8) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in a &* e } },
        OpDef("mul") { c, o in VL.elem(c, o, 16) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in a &* e } },
        OpDef("mul") { c, o in VL.elem(c, o, 8) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in a &* e } },
        OpDef("mul") { c, o in VL.elem(c, o, 16) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in a &* e } },
        nil,
        nil,
    ]
    static let smull: [OpDef?] = [
        nil,
        nil,
        OpDef("smull") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &* (K.sext(e) as UInt32) } },
        OpDef("smull") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in (K.sext(a) as UInt32) &* (K.sext(e) as UInt32) } },
        OpDef("smull") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &* (K.sext(e) as UInt64) } },
        OpDef("smull") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in (K.sext(a) as UInt64) &* (K.sext(e) as UInt64) } },
        nil,
        nil,
    ]
    static let sqdmull: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmull") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmull(a, e, &q) as UInt32 } },
        OpDef("sqdmull") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmull(a, e, &q) as UInt32 } },
        OpDef("sqdmull") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmull(a, e, &q) as UInt64 } },
        OpDef("sqdmull") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmull(a, e, &q) as UInt64 } },
        nil,
        nil,
    ]
    static let sqdmulh: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmulh") { c, o in VL.elem(c, o, 8) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmulh(a, e, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.elem(c, o, 16) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmulh(a, e, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.elem(c, o, 8) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmulh(a, e, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.elem(c, o, 16) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmulh(a, e, round: false, &q) } },
        nil,
        nil,
    ]
    static let sqrdmulh: [OpDef?] = [
        nil,
        nil,
        OpDef("sqrdmulh") { c, o in VL.elem(c, o, 8) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmulh(a, e, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.elem(c, o, 16) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmulh(a, e, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.elem(c, o, 8) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmulh(a, e, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.elem(c, o, 16) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmulh(a, e, round: true, &q) } },
        nil,
        nil,
    ]
    static let mla: [OpDef?] = [
        nil,
        nil,
        OpDef("mla") { c, o in VL.elem(c, o, 8) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in d &+ a &* e } },
        OpDef("mla") { c, o in VL.elem(c, o, 16) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in d &+ a &* e } },
        OpDef("mla") { c, o in VL.elem(c, o, 8) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in d &+ a &* e } },
        OpDef("mla") { c, o in VL.elem(c, o, 16) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in d &+ a &* e } },
        nil,
        nil,
    ]
    static let umlal: [OpDef?] = [
        nil,
        nil,
        OpDef("umlal") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &+ (K.zext(a) as UInt32) &* (K.zext(e) as UInt32) } },
        OpDef("umlal") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &+ (K.zext(a) as UInt32) &* (K.zext(e) as UInt32) } },
        OpDef("umlal") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &+ (K.zext(a) as UInt64) &* (K.zext(e) as UInt64) } },
        OpDef("umlal") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &+ (K.zext(a) as UInt64) &* (K.zext(e) as UInt64) } },
        nil,
        nil,
    ]
    static let mls: [OpDef?] = [
        nil,
        nil,
        OpDef("mls") { c, o in VL.elem(c, o, 8) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in d &- a &* e } },
        OpDef("mls") { c, o in VL.elem(c, o, 16) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in d &- a &* e } },
        OpDef("mls") { c, o in VL.elem(c, o, 8) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in d &- a &* e } },
        OpDef("mls") { c, o in VL.elem(c, o, 16) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in d &- a &* e } },
        nil,
        nil,
    ]
    static let umlsl: [OpDef?] = [
        nil,
        nil,
        OpDef("umlsl") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &- (K.zext(a) as UInt32) &* (K.zext(e) as UInt32) } },
        OpDef("umlsl") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in d &- (K.zext(a) as UInt32) &* (K.zext(e) as UInt32) } },
        OpDef("umlsl") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &- (K.zext(a) as UInt64) &* (K.zext(e) as UInt64) } },
        OpDef("umlsl") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in d &- (K.zext(a) as UInt64) &* (K.zext(e) as UInt64) } },
        nil,
        nil,
    ]
    static let umull: [OpDef?] = [
        nil,
        nil,
        OpDef("umull") { c, o in VL.longElem(c, o, upper: false) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &* (K.zext(e) as UInt32) } },
        OpDef("umull") { c, o in VL.longElem(c, o, upper: true) { (d: UInt32, a: UInt16, e: UInt16, q: inout Bool) in (K.zext(a) as UInt32) &* (K.zext(e) as UInt32) } },
        OpDef("umull") { c, o in VL.longElem(c, o, upper: false) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &* (K.zext(e) as UInt64) } },
        OpDef("umull") { c, o in VL.longElem(c, o, upper: true) { (d: UInt64, a: UInt32, e: UInt32, q: inout Bool) in (K.zext(a) as UInt64) &* (K.zext(e) as UInt64) } },
        nil,
        nil,
    ]
    static let fmla: [OpDef?] = [
        OpDef("fmla") { c, o in VF.elem(c, o, 4, accumulate: true) { (c, d: Float, a: Float, e: Float) in FPK.mulAdd(c, d, a, e) } },
        OpDef("fmla") { c, o in VF.elem(c, o, 8, accumulate: true) { (c, d: Float, a: Float, e: Float) in FPK.mulAdd(c, d, a, e) } },
        OpDef("fmla") { c, o in VF.elem(c, o, 16, accumulate: true) { (c, d: Float, a: Float, e: Float) in FPK.mulAdd(c, d, a, e) } },
        OpDef("fmla") { c, o in VF.elem(c, o, 8, accumulate: true) { (c, d: Double, a: Double, e: Double) in FPK.mulAdd(c, d, a, e) } },
        nil,
        OpDef("fmla") { c, o in VF.elem(c, o, 16, accumulate: true) { (c, d: Double, a: Double, e: Double) in FPK.mulAdd(c, d, a, e) } },
    ]
    static let fmls: [OpDef?] = [
        OpDef("fmls") { c, o in VF.elem(c, o, 4, accumulate: true) { (c, d: Float, a: Float, e: Float) in FPK.mulAdd(c, d, a.negated, e) } },
        OpDef("fmls") { c, o in VF.elem(c, o, 8, accumulate: true) { (c, d: Float, a: Float, e: Float) in FPK.mulAdd(c, d, a.negated, e) } },
        OpDef("fmls") { c, o in VF.elem(c, o, 16, accumulate: true) { (c, d: Float, a: Float, e: Float) in FPK.mulAdd(c, d, a.negated, e) } },
        OpDef("fmls") { c, o in VF.elem(c, o, 8, accumulate: true) { (c, d: Double, a: Double, e: Double) in FPK.mulAdd(c, d, a.negated, e) } },
        nil,
        OpDef("fmls") { c, o in VF.elem(c, o, 16, accumulate: true) { (c, d: Double, a: Double, e: Double) in FPK.mulAdd(c, d, a.negated, e) } },
    ]
    static let fmul: [OpDef?] = [
        OpDef("fmul") { c, o in VF.elem(c, o, 4, accumulate: false) { (c, d: Float, a: Float, e: Float) in FPK.mul(c, a, e) } },
        OpDef("fmul") { c, o in VF.elem(c, o, 8, accumulate: false) { (c, d: Float, a: Float, e: Float) in FPK.mul(c, a, e) } },
        OpDef("fmul") { c, o in VF.elem(c, o, 16, accumulate: false) { (c, d: Float, a: Float, e: Float) in FPK.mul(c, a, e) } },
        OpDef("fmul") { c, o in VF.elem(c, o, 8, accumulate: false) { (c, d: Double, a: Double, e: Double) in FPK.mul(c, a, e) } },
        nil,
        OpDef("fmul") { c, o in VF.elem(c, o, 16, accumulate: false) { (c, d: Double, a: Double, e: Double) in FPK.mul(c, a, e) } },
    ]
    static let fmulx: [OpDef?] = [
        OpDef("fmulx") { c, o in VF.elem(c, o, 4, accumulate: false) { (c, d: Float, a: Float, e: Float) in FPK.mulx(c, a, e) } },
        OpDef("fmulx") { c, o in VF.elem(c, o, 8, accumulate: false) { (c, d: Float, a: Float, e: Float) in FPK.mulx(c, a, e) } },
        OpDef("fmulx") { c, o in VF.elem(c, o, 16, accumulate: false) { (c, d: Float, a: Float, e: Float) in FPK.mulx(c, a, e) } },
        OpDef("fmulx") { c, o in VF.elem(c, o, 8, accumulate: false) { (c, d: Double, a: Double, e: Double) in FPK.mulx(c, a, e) } },
        nil,
        OpDef("fmulx") { c, o in VF.elem(c, o, 16, accumulate: false) { (c, d: Double, a: Double, e: Double) in FPK.mulx(c, a, e) } },
    ]
    /// Integer: [U][opcode] -> [size * 2 + Q].
    static let int: [[[OpDef?]?]] = [
        [nil, nil, smlal, sqdmlal, nil, nil, smlsl, sqdmlsl, mul, nil, smull, sqdmull, sqdmulh, sqrdmulh, DotOps.sdotElem, nil],
        [mla, nil, umlal, nil, mls, nil, umlsl, nil, nil, nil, umull, nil, nil, nil, DotOps.udotElem, nil],
    ]
    /// FP: [U][opcode] -> [sz * 3 + (0 scalar, 1 64-bit, 2 128-bit)].
    static let fp: [[[OpDef?]?]] = [
        [nil, fmla, nil, nil, nil, fmls, nil, nil, nil, fmul, nil, nil, nil, nil, nil, nil],
        [nil, nil, nil, nil, nil, nil, nil, nil, nil, fmulx, nil, nil, nil, nil, nil, nil],
    ]
}
