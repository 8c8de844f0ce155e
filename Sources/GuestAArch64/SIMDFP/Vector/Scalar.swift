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

/// Tables indexed by element size (integer) or sz (FP); nil = reserved. The per-family
/// variant tables are generated (Generated/ScalarVariants.swift, from tools/gen-a64-vector).
enum VScalarOps {
    struct Entry { let ops: [OpDef?]; let kind: Int }
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
