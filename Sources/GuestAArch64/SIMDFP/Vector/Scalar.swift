import XrunCore

/// Advanced SIMD scalar classes (C4.1.x): "scalar three same", "scalar two-register
/// miscellaneous", "scalar pairwise", "scalar copy" and "scalar shift by immediate".
/// They reuse the vector lane shapes with the vector length equal to one element, which
/// also zeroes the rest of Vd as a scalar write must. Integer forms that only exist for
/// 64-bit elements (ADD, CMEQ, SSHL, USHR...) reject other sizes.
/// Scalar three different (SQDMLAL...) is in ScalarLong.swift, SUQADD/USQADD in
/// SaturatingAccumulate.swift. Not implemented: FP16 forms.
extension A64Decoder {
    static func decodeSIMDScalarThreeSame(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 11 & 0x1F)
        let fn = opcode >= 24 ? VScalarOps.fpSame[u][size >> 1][opcode - 24]?[size & 1] : VScalarOps.same[u][opcode]?[size]
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    static func decodeSIMDScalarTwoRegMisc(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0x1F)
        let fn: OpDef?
        if u == 1 && opcode == 22 {
            fn = size == 1 ? VScalarOps.fcvtxn : nil    // FCVTXN Sd, Dn
        } else if opcode >= 12 && opcode <= 15 || opcode >= 24 {
            fn = VScalarOps.fpMisc[u][size >> 1][opcode]?[size & 1]
        } else {
            fn = VScalarOps.misc[u][opcode]?[size]
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }

    /// ADDP Dd, Vn.2D; FADDP/FMAXP/FMINP/FMAXNMP/FMINNMP Sd, Vn.2S / Dd, Vn.2D.
    static func decodeSIMDScalarPairwise(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 0x1F)
        let fn: OpDef?
        if u == 0 {
            fn = opcode == 27 && size == 3 ? VScalarOps.addp : nil
        } else {
            fn = VScalarOps.fpPair[size >> 1][opcode]?[size & 1]
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }

    /// DUP (element, scalar) = MOV Bd/Hd/Sd/Dd, Vn.T[index]: 01 0 11110000 imm5 0 0000 1 Rn Rd.
    static func decodeSIMDScalarCopy(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let imm5 = insn >> 16 & 0x1F
        guard insn >> 11 & 0xF == 0, imm5 & 0xF != 0 else { return .undefined }
        let size = imm5.trailingZeroBitCount
        b.emit(VScalarOps.dup[size], pc: pc, imm: UInt64(imm5 >> (size + 1)), a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }

    /// 01 U 111110 immh immb opcode 1 Rn Rd; esize from immh as for the vector form.
    static func decodeSIMDScalarShiftImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let u = Int(insn >> 29 & 1), immh = insn >> 19 & 0xF, opcode = Int(insn >> 11 & 0x1F)
        let size = 31 - immh.leadingZeroBitCount
        let esize = 8 << size, immhb = Int(insn >> 16 & 0x7F)
        let right = 2 * esize - immhb, left = immhb - esize
        let fn: OpDef?
        var imm = UInt64(right)
        if opcode == 28 || opcode == 31 {
            guard size >= 2 else { return .undefined }
            fn = (opcode == 28 ? (u == 0 ? VScalarOps.scvtfFixed : VScalarOps.ucvtfFixed)
                               : (u == 0 ? VScalarOps.fcvtzsFixed : VScalarOps.fcvtzuFixed))[size - 2]
            if opcode == 28 {
                imm = size == 2 ? UInt64(Float(sign: .plus, exponent: -right, significand: 1).bits)
                                : Double(sign: .plus, exponent: -right, significand: 1).bits
            } else {
                imm = Double(sign: .plus, exponent: right, significand: 1).bits
            }
        } else {
            guard let entry = VScalarOps.shifts[u][opcode] else { return .undefined }
            fn = entry.ops[size]
            switch entry.kind {
            case 0: break
            case 1: imm = UInt64(min(right, esize - 1))
            default: imm = UInt64(left)
            }
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, imm: imm, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }
}

/// Tables indexed by element size (integer) or sz (FP); nil = reserved.
enum VScalarOps {
    struct Entry { let ops: [OpDef?]; let kind: Int }
    static let sqaddSame: [OpDef?] = [
        OpDef("sqadd") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqadd(a, b, &q) } },
    ]
    static let sqsubSame: [OpDef?] = [
        OpDef("sqsub") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqsub(a, b, &q) } },
    ]
    static let cmgtSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmgt") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmgt(a, b) } },
    ]
    static let cmgeSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmge") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmge(a, b) } },
    ]
    static let sshlSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("sshl") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: false) } },
    ]
    static let sqshlSame: [OpDef?] = [
        OpDef("sqshl") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
    ]
    static let srshlSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("srshl") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: true) } },
    ]
    static let sqrshlSame: [OpDef?] = [
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
    ]
    static let addSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("add") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.add(a, b) } },
    ]
    static let cmtstSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmtst") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmtst(a, b) } },
    ]
    static let sqdmulhSame: [OpDef?] = [
        nil,
        OpDef("sqdmulh") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        nil,
    ]
    static let uqaddSame: [OpDef?] = [
        OpDef("uqadd") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqadd(a, b, &q) } },
    ]
    static let uqsubSame: [OpDef?] = [
        OpDef("uqsub") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqsub(a, b, &q) } },
    ]
    static let cmhiSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmhi") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmhi(a, b) } },
    ]
    static let cmhsSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmhs") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmhs(a, b) } },
    ]
    static let ushlSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("ushl") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: false) } },
    ]
    static let uqshlSame: [OpDef?] = [
        OpDef("uqshl") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
    ]
    static let urshlSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("urshl") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: true) } },
    ]
    static let uqrshlSame: [OpDef?] = [
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
    ]
    static let subSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("sub") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.sub(a, b) } },
    ]
    static let cmeqSame: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmeq") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmeq(a, b) } },
    ]
    static let sqrdmulhSame: [OpDef?] = [
        nil,
        OpDef("sqrdmulh") { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        nil,
    ]
    static let fmulxSame: [OpDef?] = [OpDef("fmulx") { c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPK.mulx(c, a, b) } }, OpDef("fmulx") { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPK.mulx(c, a, b) } }]
    static let fcmeqSame: [OpDef?] = [OpDef("fcmeq") { c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.cmeq(c, a, b) } }, OpDef("fcmeq") { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.cmeq(c, a, b) } }]
    static let frecpsSame: [OpDef?] = [OpDef("frecps") { c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPEstimate.recipStep(c, a, b) } }, OpDef("frecps") { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPEstimate.recipStep(c, a, b) } }]
    static let frsqrtsSame: [OpDef?] = [OpDef("frsqrts") { c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPEstimate.rsqrtStep(c, a, b) } }, OpDef("frsqrts") { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPEstimate.rsqrtStep(c, a, b) } }]
    static let fcmgeSame: [OpDef?] = [OpDef("fcmge") { c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.cmge(c, a, b) } }, OpDef("fcmge") { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.cmge(c, a, b) } }]
    static let facgeSame: [OpDef?] = [OpDef("facge") { c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.acge(c, a, b) } }, OpDef("facge") { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.acge(c, a, b) } }]
    static let fabdSame: [OpDef?] = [OpDef("fabd") { c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPK.abd(c, a, b) } }, OpDef("fabd") { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPK.abd(c, a, b) } }]
    static let fcmgtSame: [OpDef?] = [OpDef("fcmgt") { c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.cmgt(c, a, b) } }, OpDef("fcmgt") { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.cmgt(c, a, b) } }]
    static let facgtSame: [OpDef?] = [OpDef("facgt") { c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.acgt(c, a, b) } }, OpDef("facgt") { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.acgt(c, a, b) } }]
    static let sqabs: [OpDef?] = [
        OpDef("sqabs") { c, o in VL.unQ(c, o, 1) { (a: UInt8, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 2) { (a: UInt16, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 4) { (a: UInt32, q: inout Bool) in K.sqabs(a, &q) } },
        OpDef("sqabs") { c, o in VL.unQ(c, o, 8) { (a: UInt64, q: inout Bool) in K.sqabs(a, &q) } },
    ]
    static let cmgtZero: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmgt") { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s > 0) } },
    ]
    static let cmeqZero: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmeq") { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a == 0) } },
    ]
    static let cmltZero: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmlt") { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s < 0) } },
    ]
    static let abs: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("abs") { c, o in VL.un(c, o, 8) { (a: UInt64) in K.sabs(a) } },
    ]
    static let sqxtn: [OpDef?] = [
        OpDef("sqxtn") { c, o in VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(a, &q) } },
        OpDef("sqxtn") { c, o in VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(a, &q) } },
        nil,
    ]
    static let sqneg: [OpDef?] = [
        OpDef("sqneg") { c, o in VL.unQ(c, o, 1) { (a: UInt8, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 2) { (a: UInt16, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 4) { (a: UInt32, q: inout Bool) in K.sqneg(a, &q) } },
        OpDef("sqneg") { c, o in VL.unQ(c, o, 8) { (a: UInt64, q: inout Bool) in K.sqneg(a, &q) } },
    ]
    static let cmgeZero: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmge") { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s >= 0) } },
    ]
    static let cmleZero: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("cmle") { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s <= 0) } },
    ]
    static let neg: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("neg") { c, o in VL.un(c, o, 8) { (a: UInt64) in K.neg(a) } },
    ]
    static let sqxtun: [OpDef?] = [
        OpDef("sqxtun") { c, o in VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(a, &q) } },
        OpDef("sqxtun") { c, o in VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(a, &q) } },
        nil,
    ]
    static let uqxtn: [OpDef?] = [
        OpDef("uqxtn") { c, o in VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(a, &q) } },
        OpDef("uqxtn") { c, o in VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(a, &q) } },
        nil,
    ]
    static let fcvtns: [OpDef?] = [OpDef("fcvtns") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } }, OpDef("fcvtns") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } }]
    static let fcvtms: [OpDef?] = [OpDef("fcvtms") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } }, OpDef("fcvtms") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } }]
    static let fcvtas: [OpDef?] = [OpDef("fcvtas") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } }, OpDef("fcvtas") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } }]
    static let scvtf: [OpDef?] = [OpDef("scvtf") { c, o in VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.sToF(v, 1) } }, OpDef("scvtf") { c, o in VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.sToD(v, 1) } }]
    static let fcmgtZero: [OpDef?] = [OpDef("fcmgt") { c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmgt(c, a, z) } }, OpDef("fcmgt") { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmgt(c, a, z) } }]
    static let fcmeqZero: [OpDef?] = [OpDef("fcmeq") { c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmeq(c, a, z) } }, OpDef("fcmeq") { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmeq(c, a, z) } }]
    static let fcmltZero: [OpDef?] = [OpDef("fcmlt") { c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmgt(c, z, a) } }, OpDef("fcmlt") { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmgt(c, z, a) } }]
    static let fcvtps: [OpDef?] = [OpDef("fcvtps") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } }, OpDef("fcvtps") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } }]
    static let fcvtzs: [OpDef?] = [OpDef("fcvtzs") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: true) } }, OpDef("fcvtzs") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: true) } }]
    static let frecpe: [OpDef?] = [OpDef("frecpe") { c, o in VF.un(c, o, 4) { (c, a: Float) in FPEstimate.recipEstimate(c, a) } }, OpDef("frecpe") { c, o in VF.un(c, o, 8) { (c, a: Double) in FPEstimate.recipEstimate(c, a) } }]
    static let frecpx: [OpDef?] = [OpDef("frecpx") { c, o in VF.un(c, o, 4) { (c, a: Float) in FPEstimate.recpX(c, a) } }, OpDef("frecpx") { c, o in VF.un(c, o, 8) { (c, a: Double) in FPEstimate.recpX(c, a) } }]
    static let fcvtnu: [OpDef?] = [OpDef("fcvtnu") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } }, OpDef("fcvtnu") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } }]
    static let fcvtmu: [OpDef?] = [OpDef("fcvtmu") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } }, OpDef("fcvtmu") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } }]
    static let fcvtau: [OpDef?] = [OpDef("fcvtau") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } }, OpDef("fcvtau") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } }]
    static let ucvtf: [OpDef?] = [OpDef("ucvtf") { c, o in VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.uToF(v, 1) } }, OpDef("ucvtf") { c, o in VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.uToD(v, 1) } }]
    static let fcmgeZero: [OpDef?] = [OpDef("fcmge") { c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmge(c, a, z) } }, OpDef("fcmge") { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmge(c, a, z) } }]
    static let fcmleZero: [OpDef?] = [OpDef("fcmle") { c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmge(c, z, a) } }, OpDef("fcmle") { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmge(c, z, a) } }]
    static let fcvtpu: [OpDef?] = [OpDef("fcvtpu") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } }, OpDef("fcvtpu") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } }]
    static let fcvtzu: [OpDef?] = [OpDef("fcvtzu") { c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: false) } }, OpDef("fcvtzu") { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: false) } }]
    static let frsqrte: [OpDef?] = [OpDef("frsqrte") { c, o in VF.un(c, o, 4) { (c, a: Float) in FPEstimate.rsqrtEstimate(c, a) } }, OpDef("frsqrte") { c, o in VF.un(c, o, 8) { (c, a: Double) in FPEstimate.rsqrtEstimate(c, a) } }]
    static let fmaxnmp: [OpDef?] = [OpDef("fmaxnmp") { c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } }, OpDef("fmaxnmp") { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.maxnm(c, a, b) } }]
    static let faddp: [OpDef?] = [OpDef("faddp") { c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.add(c, a, b) } }, OpDef("faddp") { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.add(c, a, b) } }]
    static let fmaxp: [OpDef?] = [OpDef("fmaxp") { c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.max(c, a, b) } }, OpDef("fmaxp") { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.max(c, a, b) } }]
    static let fminnmp: [OpDef?] = [OpDef("fminnmp") { c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } }, OpDef("fminnmp") { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.minnm(c, a, b) } }]
    static let fminp: [OpDef?] = [OpDef("fminp") { c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.min(c, a, b) } }, OpDef("fminp") { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.min(c, a, b) } }]
    static let sshrShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("sshr") { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.sshr(a, sh) } },
    ]
    static let ssraShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("ssra") { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.sshr(a, sh) } },
    ]
    static let srshrShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("srshr") { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.srshr(a, sh) } },
    ]
    static let srsraShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("srsra") { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.srshr(a, sh) } },
    ]
    static let shlShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("shl") { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.shli(a, sh) } },
    ]
    static let sqshlShift: [OpDef?] = [
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 1) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 2) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 4) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt64, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
    ]
    static let sqshrnShift: [OpDef?] = [
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        nil,
    ]
    static let sqrshrnShift: [OpDef?] = [
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        nil,
    ]
    static let ushrShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("ushr") { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.ushr(a, sh) } },
    ]
    static let usraShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("usra") { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.ushr(a, sh) } },
    ]
    static let urshrShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("urshr") { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.urshr(a, sh) } },
    ]
    static let ursraShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("ursra") { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.urshr(a, sh) } },
    ]
    static let sriShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("sri") { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in K.sri(d, a, sh) } },
    ]
    static let sliShift: [OpDef?] = [
        nil,
        nil,
        nil,
        OpDef("sli") { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in K.sli(d, a, sh) } },
    ]
    static let sqshluShift: [OpDef?] = [
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 1) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 2) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 4) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 8) { (a: UInt64, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
    ]
    static let uqshlShift: [OpDef?] = [
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 1) { (a: UInt8, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 2) { (a: UInt16, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 4) { (a: UInt32, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt64, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
    ]
    static let sqshrunShift: [OpDef?] = [
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        nil,
    ]
    static let sqrshrunShift: [OpDef?] = [
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        nil,
    ]
    static let uqshrnShift: [OpDef?] = [
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        nil,
    ]
    static let uqrshrnShift: [OpDef?] = [
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        nil,
    ]
    static let scvtfFixed: [OpDef?] = [OpDef("scvtf") { c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.sToF(v, s) } }, OpDef("scvtf") { c, o in let s = Double(bits: UInt64(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.sToD(v, s) } }]
    static let fcvtzsFixed: [OpDef?] = [OpDef("fcvtzs") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: true) } }, OpDef("fcvtzs") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.laneScaled(c, a, s, signed: true) } }]
    static let ucvtfFixed: [OpDef?] = [OpDef("ucvtf") { c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.uToF(v, s) } }, OpDef("ucvtf") { c, o in let s = Double(bits: UInt64(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.uToD(v, s) } }]
    static let fcvtzuFixed: [OpDef?] = [OpDef("fcvtzu") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: false) } }, OpDef("fcvtzu") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.laneScaled(c, a, s, signed: false) } }]
    static let addp: OpDef = OpDef("addp") { c, o in VL.reduce(c, o, 16) { (a: UInt64, b: UInt64) in a &+ b } }
    static let fcvtxn: OpDef = OpDef("fcvtxn") { c, o in
        let x = FPEnv.flushIn(c, c.fpcr, c.fpRead(o.pointee.b, Double.self))
        c.vWrite(o.pointee.a, V128(UInt64(VFNarrowOps.roundOdd(c, x)), 0))
    }
    static let dup: [OpDef] = [
        OpDef("dup") { c, o in c.vWrite(o.pointee.a, V128(UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self)), 0)) },
        OpDef("dup") { c, o in c.vWrite(o.pointee.a, V128(UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self)), 0)) },
        OpDef("dup") { c, o in c.vWrite(o.pointee.a, V128(UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt32.self)), 0)) },
        OpDef("dup") { c, o in c.vWrite(o.pointee.a, V128(c.lane(o.pointee.b, Int(o.pointee.imm), UInt64.self), 0)) },
    ]
    static let same: [[[OpDef?]?]] = [
        [nil, sqaddSame, nil, nil, nil, sqsubSame, cmgtSame, cmgeSame, sshlSame, sqshlSame, srshlSame, sqrshlSame, nil, nil, nil, nil, addSame, cmtstSame, nil, nil, nil, nil, sqdmulhSame, nil],
        [nil, uqaddSame, nil, nil, nil, uqsubSame, cmhiSame, cmhsSame, ushlSame, uqshlSame, urshlSame, uqrshlSame, nil, nil, nil, nil, subSame, cmeqSame, nil, nil, nil, nil, sqrdmulhSame, nil],
    ]
    static let misc: [[[OpDef?]?]] = [
        [nil, nil, nil, VSatAccOps.suqaddScalar, nil, nil, nil, sqabs, cmgtZero, cmeqZero, cmltZero, abs, nil, nil, nil, nil, nil, nil, nil, nil, sqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [nil, nil, nil, VSatAccOps.usqaddScalar, nil, nil, nil, sqneg, cmgeZero, cmleZero, nil, neg, nil, nil, nil, nil, nil, nil, sqxtun, nil, uqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    /// [U][size<1>][opcode - 24]
    static let fpSame: [[[[OpDef?]?]]] = [
        [
            [nil, nil, nil, fmulxSame, fcmeqSame, nil, nil, frecpsSame],
            [nil, nil, nil, nil, nil, nil, nil, frsqrtsSame],
        ],
        [
            [nil, nil, nil, nil, fcmgeSame, facgeSame, nil, nil],
            [nil, nil, fabdSame, nil, fcmgtSame, facgtSame, nil, nil],
        ],
    ]
    /// [U][size<1>][opcode]
    static let fpMisc: [[[[OpDef?]?]]] = [
        [
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcvtns, fcvtms, fcvtas, scvtf, nil, nil],
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcmgtZero, fcmeqZero, fcmltZero, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcvtps, fcvtzs, nil, frecpe, nil, frecpx],
        ],
        [
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcvtnu, fcvtmu, fcvtau, ucvtf, nil, nil],
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcmgeZero, fcmleZero, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fcvtpu, fcvtzu, nil, frsqrte, nil, nil],
        ],
    ]
    /// [size<1>][opcode] (U = 1)
    static let fpPair: [[[OpDef?]?]] = [
        [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fmaxnmp, faddp, nil, fmaxp, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fminnmp, nil, nil, fminp, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    static let shifts: [[Entry?]] = [
        [Entry(ops: sshrShift, kind: 1), nil, Entry(ops: ssraShift, kind: 1), nil, Entry(ops: srshrShift, kind: 0), nil, Entry(ops: srsraShift, kind: 0), nil, nil, nil, Entry(ops: shlShift, kind: 2), nil, nil, nil, Entry(ops: sqshlShift, kind: 2), nil, nil, nil, Entry(ops: sqshrnShift, kind: 0), Entry(ops: sqrshrnShift, kind: 0), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [Entry(ops: ushrShift, kind: 0), nil, Entry(ops: usraShift, kind: 0), nil, Entry(ops: urshrShift, kind: 0), nil, Entry(ops: ursraShift, kind: 0), nil, Entry(ops: sriShift, kind: 0), nil, Entry(ops: sliShift, kind: 2), nil, Entry(ops: sqshluShift, kind: 2), nil, Entry(ops: uqshlShift, kind: 2), nil, Entry(ops: sqshrunShift, kind: 0), Entry(ops: sqrshrunShift, kind: 0), Entry(ops: uqshrnShift, kind: 0), Entry(ops: uqrshrnShift, kind: 0), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
}
