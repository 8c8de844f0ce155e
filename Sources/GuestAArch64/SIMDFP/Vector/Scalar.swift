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
        let fn: OpFn?
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
        let fn: OpFn?
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
        let fn: OpFn?
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
    struct Entry { let ops: [OpFn?]; let kind: Int }
    static let sqaddSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqadd(a, b, &q) } },
    ]
    static let sqsubSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqsub(a, b, &q) } },
    ]
    static let cmgtSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmgt(a, b) } },
    ]
    static let cmgeSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmge(a, b) } },
    ]
    static let sshlSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: false) } },
    ]
    static let sqshlSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
    ]
    static let srshlSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: true) } },
    ]
    static let sqrshlSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
    ]
    static let addSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.add(a, b) } },
    ]
    static let cmtstSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmtst(a, b) } },
    ]
    static let sqdmulhSame: [OpFn?] = [
        nil,
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        nil,
    ]
    static let uqaddSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqadd(a, b, &q) } },
    ]
    static let uqsubSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqsub(a, b, &q) } },
    ]
    static let cmhiSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmhi(a, b) } },
    ]
    static let cmhsSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmhs(a, b) } },
    ]
    static let ushlSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: false) } },
    ]
    static let uqshlSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
    ]
    static let urshlSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: true) } },
    ]
    static let uqrshlSame: [OpFn?] = [
        { c, o in VL.binQ(c, o, 1) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
    ]
    static let subSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.sub(a, b) } },
    ]
    static let cmeqSame: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in K.cmeq(a, b) } },
    ]
    static let sqrdmulhSame: [OpFn?] = [
        nil,
        { c, o in VL.binQ(c, o, 2) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 4) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        nil,
    ]
    static let fmulxSame: [OpFn?] = [{ c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPK.mulx(c, a, b) } }, { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPK.mulx(c, a, b) } }]
    static let fcmeqSame: [OpFn?] = [{ c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.cmeq(c, a, b) } }, { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.cmeq(c, a, b) } }]
    static let frecpsSame: [OpFn?] = [{ c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPEstimate.recipStep(c, a, b) } }, { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPEstimate.recipStep(c, a, b) } }]
    static let frsqrtsSame: [OpFn?] = [{ c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPEstimate.rsqrtStep(c, a, b) } }, { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPEstimate.rsqrtStep(c, a, b) } }]
    static let fcmgeSame: [OpFn?] = [{ c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.cmge(c, a, b) } }, { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.cmge(c, a, b) } }]
    static let facgeSame: [OpFn?] = [{ c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.acge(c, a, b) } }, { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.acge(c, a, b) } }]
    static let fabdSame: [OpFn?] = [{ c, o in VF.bin(c, o, 4) { (c, a: Float, b: Float) in FPK.abd(c, a, b) } }, { c, o in VF.bin(c, o, 8) { (c, a: Double, b: Double) in FPK.abd(c, a, b) } }]
    static let fcmgtSame: [OpFn?] = [{ c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.cmgt(c, a, b) } }, { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.cmgt(c, a, b) } }]
    static let facgtSame: [OpFn?] = [{ c, o in VF.cmp(c, o, 4) { (c, a: Float, b: Float) in FPK.acgt(c, a, b) } }, { c, o in VF.cmp(c, o, 8) { (c, a: Double, b: Double) in FPK.acgt(c, a, b) } }]
    static let sqabs: [OpFn?] = [
        { c, o in VL.unQ(c, o, 1) { (a: UInt8, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 2) { (a: UInt16, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 4) { (a: UInt32, q: inout Bool) in K.sqabs(a, &q) } },
        { c, o in VL.unQ(c, o, 8) { (a: UInt64, q: inout Bool) in K.sqabs(a, &q) } },
    ]
    static let cmgtZero: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s > 0) } },
    ]
    static let cmeqZero: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a == 0) } },
    ]
    static let cmltZero: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s < 0) } },
    ]
    static let abs: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in K.sabs(a) } },
    ]
    static let sqxtn: [OpFn?] = [
        { c, o in VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(a, &q) } },
        { c, o in VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(a, &q) } },
        { c, o in VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(a, &q) } },
        nil,
    ]
    static let sqneg: [OpFn?] = [
        { c, o in VL.unQ(c, o, 1) { (a: UInt8, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 2) { (a: UInt16, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 4) { (a: UInt32, q: inout Bool) in K.sqneg(a, &q) } },
        { c, o in VL.unQ(c, o, 8) { (a: UInt64, q: inout Bool) in K.sqneg(a, &q) } },
    ]
    static let cmgeZero: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s >= 0) } },
    ]
    static let cmleZero: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in .mask(a.s <= 0) } },
    ]
    static let neg: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.un(c, o, 8) { (a: UInt64) in K.neg(a) } },
    ]
    static let sqxtun: [OpFn?] = [
        { c, o in VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(a, &q) } },
        { c, o in VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(a, &q) } },
        { c, o in VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(a, &q) } },
        nil,
    ]
    static let uqxtn: [OpFn?] = [
        { c, o in VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(a, &q) } },
        { c, o in VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(a, &q) } },
        { c, o in VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(a, &q) } },
        nil,
    ]
    static let fcvtns: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: true) } }]
    static let fcvtms: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: true) } }]
    static let fcvtas: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: true) } }]
    static let scvtf: [OpFn?] = [{ c, o in VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.sToF(v, 1) } }, { c, o in VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.sToD(v, 1) } }]
    static let fcmgtZero: [OpFn?] = [{ c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmgt(c, a, z) } }, { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmgt(c, a, z) } }]
    static let fcmeqZero: [OpFn?] = [{ c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmeq(c, a, z) } }, { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmeq(c, a, z) } }]
    static let fcmltZero: [OpFn?] = [{ c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmgt(c, z, a) } }, { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmgt(c, z, a) } }]
    static let fcvtps: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: true) } }]
    static let fcvtzs: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: true) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: true) } }]
    static let frecpe: [OpFn?] = [{ c, o in VF.un(c, o, 4) { (c, a: Float) in FPEstimate.recipEstimate(c, a) } }, { c, o in VF.un(c, o, 8) { (c, a: Double) in FPEstimate.recipEstimate(c, a) } }]
    static let frecpx: [OpFn?] = [{ c, o in VF.un(c, o, 4) { (c, a: Float) in FPEstimate.recpX(c, a) } }, { c, o in VF.un(c, o, 8) { (c, a: Double) in FPEstimate.recpX(c, a) } }]
    static let fcvtnu: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestEven, signed: false) } }]
    static let fcvtmu: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.minusInf, signed: false) } }]
    static let fcvtau: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.nearestAway, signed: false) } }]
    static let ucvtf: [OpFn?] = [{ c, o in VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.uToF(v, 1) } }, { c, o in VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.uToD(v, 1) } }]
    static let fcmgeZero: [OpFn?] = [{ c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmge(c, a, z) } }, { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmge(c, a, z) } }]
    static let fcmleZero: [OpFn?] = [{ c, o in VF.cmpZero(c, o, 4) { (c, a: Float, z: Float) in FPK.cmge(c, z, a) } }, { c, o in VF.cmpZero(c, o, 8) { (c, a: Double, z: Double) in FPK.cmge(c, z, a) } }]
    static let fcvtpu: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.plusInf, signed: false) } }]
    static let fcvtzu: [OpFn?] = [{ c, o in VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.lane(c, a, FPRound.zero, signed: false) } }, { c, o in VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.lane(c, a, FPRound.zero, signed: false) } }]
    static let frsqrte: [OpFn?] = [{ c, o in VF.un(c, o, 4) { (c, a: Float) in FPEstimate.rsqrtEstimate(c, a) } }, { c, o in VF.un(c, o, 8) { (c, a: Double) in FPEstimate.rsqrtEstimate(c, a) } }]
    static let fmaxnmp: [OpFn?] = [{ c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } }, { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.maxnm(c, a, b) } }]
    static let faddp: [OpFn?] = [{ c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.add(c, a, b) } }, { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.add(c, a, b) } }]
    static let fmaxp: [OpFn?] = [{ c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.max(c, a, b) } }, { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.max(c, a, b) } }]
    static let fminnmp: [OpFn?] = [{ c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } }, { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.minnm(c, a, b) } }]
    static let fminp: [OpFn?] = [{ c, o in VF.pairScalar(c, o) { (c, a: Float, b: Float) in FPK.min(c, a, b) } }, { c, o in VF.pairScalar(c, o) { (c, a: Double, b: Double) in FPK.min(c, a, b) } }]
    static let sshrShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.sshr(a, sh) } },
    ]
    static let ssraShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.sshr(a, sh) } },
    ]
    static let srshrShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.srshr(a, sh) } },
    ]
    static let srsraShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.srshr(a, sh) } },
    ]
    static let shlShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.shli(a, sh) } },
    ]
    static let sqshlShift: [OpFn?] = [
        { c, o in VL.unIQ(c, o, 1) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 2) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 4) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 8) { (a: UInt64, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
    ]
    static let sqshrnShift: [OpFn?] = [
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        nil,
    ]
    static let sqrshrnShift: [OpFn?] = [
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        nil,
    ]
    static let ushrShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.ushr(a, sh) } },
    ]
    static let usraShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.ushr(a, sh) } },
    ]
    static let urshrShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.unI(c, o, 8) { (a: UInt64, sh: Int) in K.urshr(a, sh) } },
    ]
    static let ursraShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.urshr(a, sh) } },
    ]
    static let sriShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in K.sri(d, a, sh) } },
    ]
    static let sliShift: [OpFn?] = [
        nil,
        nil,
        nil,
        { c, o in VL.accI(c, o, 8) { (d: UInt64, a: UInt64, sh: Int) in K.sli(d, a, sh) } },
    ]
    static let sqshluShift: [OpFn?] = [
        { c, o in VL.unIQ(c, o, 1) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 2) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 4) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 8) { (a: UInt64, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
    ]
    static let uqshlShift: [OpFn?] = [
        { c, o in VL.unIQ(c, o, 1) { (a: UInt8, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 2) { (a: UInt16, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 4) { (a: UInt32, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        { c, o in VL.unIQ(c, o, 8) { (a: UInt64, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
    ]
    static let sqshrunShift: [OpFn?] = [
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        nil,
    ]
    static let sqrshrunShift: [OpFn?] = [
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        nil,
    ]
    static let uqshrnShift: [OpFn?] = [
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        nil,
    ]
    static let uqrshrnShift: [OpFn?] = [
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        { c, o in let sh = Int(o.pointee.imm); VL.narrowScalar(c, o) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        nil,
    ]
    static let scvtfFixed: [OpFn?] = [{ c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.sToF(v, s) } }, { c, o in let s = Double(bits: UInt64(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.sToD(v, s) } }]
    static let fcvtzsFixed: [OpFn?] = [{ c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: true) } }, { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.laneScaled(c, a, s, signed: true) } }]
    static let ucvtfFixed: [OpFn?] = [{ c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 4) { (v: UInt32) in VFConv.uToF(v, s) } }, { c, o in let s = Double(bits: UInt64(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 8) { (v: UInt64) in VFConv.uToD(v, s) } }]
    static let fcvtzuFixed: [OpFn?] = [{ c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 4) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: false) } }, { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 8) { (c, a: Double) in FPToInt.laneScaled(c, a, s, signed: false) } }]
    static let addp: OpFn = { c, o in VL.reduce(c, o, 16) { (a: UInt64, b: UInt64) in a &+ b } }
    static let fcvtxn: OpFn = { c, o in
        let x = FPEnv.flushIn(c, c.fpcr, c.fpRead(o.pointee.b, Double.self))
        c.vWrite(o.pointee.a, V128(UInt64(VFNarrowOps.roundOdd(c, x)), 0))
    }
    static let dup: [OpFn] = [
        { c, o in c.vWrite(o.pointee.a, V128(UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self)), 0)) },
        { c, o in c.vWrite(o.pointee.a, V128(UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self)), 0)) },
        { c, o in c.vWrite(o.pointee.a, V128(UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt32.self)), 0)) },
        { c, o in c.vWrite(o.pointee.a, V128(c.lane(o.pointee.b, Int(o.pointee.imm), UInt64.self), 0)) },
    ]
    static let same: [[[OpFn?]?]] = [
        [nil, sqaddSame, nil, nil, nil, sqsubSame, cmgtSame, cmgeSame, sshlSame, sqshlSame, srshlSame, sqrshlSame, nil, nil, nil, nil, addSame, cmtstSame, nil, nil, nil, nil, sqdmulhSame, nil],
        [nil, uqaddSame, nil, nil, nil, uqsubSame, cmhiSame, cmhsSame, ushlSame, uqshlSame, urshlSame, uqrshlSame, nil, nil, nil, nil, subSame, cmeqSame, nil, nil, nil, nil, sqrdmulhSame, nil],
    ]
    static let misc: [[[OpFn?]?]] = [
        [nil, nil, nil, VSatAccOps.suqaddScalar, nil, nil, nil, sqabs, cmgtZero, cmeqZero, cmltZero, abs, nil, nil, nil, nil, nil, nil, nil, nil, sqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [nil, nil, nil, VSatAccOps.usqaddScalar, nil, nil, nil, sqneg, cmgeZero, cmleZero, nil, neg, nil, nil, nil, nil, nil, nil, sqxtun, nil, uqxtn, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    /// [U][size<1>][opcode - 24]
    static let fpSame: [[[[OpFn?]?]]] = [
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
    static let fpMisc: [[[[OpFn?]?]]] = [
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
    static let fpPair: [[[OpFn?]?]] = [
        [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fmaxnmp, faddp, nil, fmaxp, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, fminnmp, nil, nil, fminp, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
    static let shifts: [[Entry?]] = [
        [Entry(ops: sshrShift, kind: 1), nil, Entry(ops: ssraShift, kind: 1), nil, Entry(ops: srshrShift, kind: 0), nil, Entry(ops: srsraShift, kind: 0), nil, nil, nil, Entry(ops: shlShift, kind: 2), nil, nil, nil, Entry(ops: sqshlShift, kind: 2), nil, nil, nil, Entry(ops: sqshrnShift, kind: 0), Entry(ops: sqrshrnShift, kind: 0), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [Entry(ops: ushrShift, kind: 0), nil, Entry(ops: usraShift, kind: 0), nil, Entry(ops: urshrShift, kind: 0), nil, Entry(ops: ursraShift, kind: 0), nil, Entry(ops: sriShift, kind: 0), nil, Entry(ops: sliShift, kind: 2), nil, Entry(ops: sqshluShift, kind: 2), nil, Entry(ops: uqshlShift, kind: 2), nil, Entry(ops: sqshrunShift, kind: 0), Entry(ops: sqrshrunShift, kind: 0), Entry(ops: uqshrnShift, kind: 0), Entry(ops: uqrshrnShift, kind: 0), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
}
