import XrunCore

/// Scalar SQDMLAL, SQDMLSL, SQDMULL ("Advanced SIMD scalar three different",
/// 01 U 11110 size 1 Rm opcode 00 Rn Rd, U = 0, opcodes 1001/1011/1101) and the scalar
/// by-element integer forms SQDMLAL, SQDMLSL, SQDMULL, SQDMULH, SQRDMULH
/// (01 U 11111 size L M Rm opcode H 0 Rn Rd, U = 0, opcodes 0011/0111/1011/1100/1101).
/// size 01: Sd, Hn, Hm; size 10: Dd, Sn, Sm (the doubling-high forms: Hd/Sd). Other
/// sizes are UNALLOCATED; the U = 1 by-element forms are FEAT_RDM (not implemented).
extension A64Decoder {
    static func decodeSIMDScalarThreeDifferent(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let size = Int(insn >> 22 & 3)
        guard insn >> 29 & 1 == 0, size == 1 || size == 2 else { return .undefined }
        let ops: [OpDef]
        switch insn >> 12 & 0xF {
        case 0b1001: ops = VScalarLongOps.sqdmlal
        case 0b1011: ops = VScalarLongOps.sqdmlsl
        case 0b1101: ops = VScalarLongOps.sqdmull
        default: return .undefined
        }
        b.emit(ops[size - 1], pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// The integer half of "scalar x indexed element"; the element index is an `imm`
    /// and Vm.T[index] is read as lane `imm` of Vm, as in the vector forms.
    static func decodeSIMDScalarByElementInteger(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let size = Int(insn >> 22 & 3)
        guard insn >> 29 & 1 == 0, size == 1 || size == 2,
              let (index, m) = byElementOperand(insn, size: size) else { return .undefined }
        let ops: [OpDef]
        switch insn >> 12 & 0xF {
        case 0b0011: ops = VScalarLongOps.sqdmlalElem
        case 0b0111: ops = VScalarLongOps.sqdmlslElem
        case 0b1011: ops = VScalarLongOps.sqdmullElem
        case 0b1100: ops = VScalarLongOps.sqdmulhElem
        case 0b1101: ops = VScalarLongOps.sqrdmulhElem
        default: return .undefined
        }
        b.emit(ops[size - 1], pc: pc, imm: index, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: m)
        return .next(length: 4)
    }
}

extension VL {
    /// Scalar long: W result from the N elements 0 of Vn and of Vm (or Vm[imm] when
    /// `indexed`), the old W element 0 of Vd passed for the accumulating forms; the rest
    /// of Vd is zeroed.
    @inline(__always)
    static func longScalar<N: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, indexed: Bool,
                                               _ f: (W, N, N, inout Bool) -> W) {
        let o = op.pointee
        let m = cpu.lane(o.c, indexed ? Int(o.imm) : 0, N.self)
        var sat = false
        let r = f(cpu.v(o.a).loadUnaligned(as: W.self), cpu.v(o.b).loadUnaligned(as: N.self), m, &sat)
        cpu.vWrite(o.a, V128(UInt64(truncatingIfNeeded: r), 0))
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
}

/// [size - 1]: H -> S, S -> D.
enum VScalarLongOps {
    static let sqdmlal: [OpDef] = [
        OpDef("sqdmlal") { c, o in VL.longScalar(c, o, indexed: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlal") { c, o in VL.longScalar(c, o, indexed: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
    ]
    static let sqdmlsl: [OpDef] = [
        OpDef("sqdmlsl") { c, o in VL.longScalar(c, o, indexed: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlsl") { c, o in VL.longScalar(c, o, indexed: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
    ]
    static let sqdmull: [OpDef] = [
        OpDef("sqdmull") { c, o in VL.longScalar(c, o, indexed: false) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqdmull(a, b, &q) as UInt32 } },
        OpDef("sqdmull") { c, o in VL.longScalar(c, o, indexed: false) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqdmull(a, b, &q) as UInt64 } },
    ]
    static let sqdmlalElem: [OpDef] = [
        OpDef("sqdmlal") { c, o in VL.longScalar(c, o, indexed: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlal") { c, o in VL.longScalar(c, o, indexed: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
    ]
    static let sqdmlslElem: [OpDef] = [
        OpDef("sqdmlsl") { c, o in VL.longScalar(c, o, indexed: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt32, &q) } },
        OpDef("sqdmlsl") { c, o in VL.longScalar(c, o, indexed: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(d, K.sqdmull(a, b, &q) as UInt64, &q) } },
    ]
    static let sqdmullElem: [OpDef] = [
        OpDef("sqdmull") { c, o in VL.longScalar(c, o, indexed: true) { (d: UInt32, a: UInt16, b: UInt16, q: inout Bool) in K.sqdmull(a, b, &q) as UInt32 } },
        OpDef("sqdmull") { c, o in VL.longScalar(c, o, indexed: true) { (d: UInt64, a: UInt32, b: UInt32, q: inout Bool) in K.sqdmull(a, b, &q) as UInt64 } },
    ]
    /// Same-width forms: Hd, Hn, Vm.H[i] / Sd, Sn, Vm.S[i] (VL.elem with one element).
    static let sqdmulhElem: [OpDef] = [
        OpDef("sqdmulh") { c, o in VL.elem(c, o, 2) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmulh(a, e, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.elem(c, o, 4) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmulh(a, e, round: false, &q) } },
    ]
    static let sqrdmulhElem: [OpDef] = [
        OpDef("sqrdmulh") { c, o in VL.elem(c, o, 2) { (d: UInt16, a: UInt16, e: UInt16, q: inout Bool) in K.sqdmulh(a, e, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.elem(c, o, 4) { (d: UInt32, a: UInt32, e: UInt32, q: inout Bool) in K.sqdmulh(a, e, round: true, &q) } },
    ]
}
