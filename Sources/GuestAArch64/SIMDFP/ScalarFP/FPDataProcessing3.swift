import XrunCore

/// C4.1.x "Floating-point data-processing (3 source)":
/// M 0 S 11111 ftype o1 Rm o0 Ra Rn Rd. FMADD (o1:o0 = 00), FMSUB (01), FNMADD (10),
/// FNMSUB (11), each one fused multiply-add (FPMulAdd) with operands negated first:
/// FMSUB = Ra + (-Rn)*Rm, FNMADD = (-Ra) + (-Rn)*Rm, FNMSUB = (-Ra) + Rn*Rm.
/// The negations flip NaN signs too, as FPNeg does.
extension A64Decoder {
    static func decodeFPDataProcessing3(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let ftype = insn >> 22 & 3
        guard insn >> 29 & 7 == 0, ftype < 2 else { return .undefined }
        let kind = Int((insn >> 20 & 2) | (insn >> 15 & 1))
        let fn = ftype == 0 ? FPDP3Ops.single[kind] : FPDP3Ops.double[kind]
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31),
               d: UInt8(insn >> 10 & 31))
        return .next(length: 4)
    }
}

enum FPDP3Ops {
    typealias S = Float
    typealias D = Double
    static let single: [OpDef] = [
        OpDef("fmadd", native: NativeScalarFP.fusedMultiplyAdd(.madd, double: false)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: S, n: S, m: S) in FPK.mulAdd(c, a, n, m) } },
        OpDef("fmsub", native: NativeScalarFP.fusedMultiplyAdd(.nmadd, double: false)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: S, n: S, m: S) in FPK.mulAdd(c, a, n.negated, m) } },
        OpDef("fnmadd", native: NativeScalarFP.fusedMultiplyAdd(.nmsub, double: false)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: S, n: S, m: S) in FPK.mulAdd(c, a.negated, n.negated, m) } },
        OpDef("fnmsub", native: NativeScalarFP.fusedMultiplyAdd(.msub, double: false)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: S, n: S, m: S) in FPK.mulAdd(c, a.negated, n, m) } },
    ]
    static let double: [OpDef] = [
        OpDef("fmadd", native: NativeScalarFP.fusedMultiplyAdd(.madd, double: true)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: D, n: D, m: D) in FPK.mulAdd(c, a, n, m) } },
        OpDef("fmsub", native: NativeScalarFP.fusedMultiplyAdd(.nmadd, double: true)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: D, n: D, m: D) in FPK.mulAdd(c, a, n.negated, m) } },
        OpDef("fnmadd", native: NativeScalarFP.fusedMultiplyAdd(.nmsub, double: true)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: D, n: D, m: D) in FPK.mulAdd(c, a.negated, n.negated, m) } },
        OpDef("fnmsub", native: NativeScalarFP.fusedMultiplyAdd(.msub, double: true)) { cpu, op in FPScalar.ternary(cpu, op) { (c, a: D, n: D, m: D) in FPK.mulAdd(c, a.negated, n, m) } },
    ]
}
