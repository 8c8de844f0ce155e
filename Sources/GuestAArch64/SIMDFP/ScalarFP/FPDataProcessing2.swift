import XrunCore

/// C4.1.x "Floating-point data-processing (2 source)":
/// M 0 S 11110 ftype 1 Rm opcode(15:12) 10 Rn Rd.
/// FMUL FDIV FADD FSUB FMAX FMIN FMAXNM FMINNM FNMUL (single and double; half is
/// FEAT_FP16, not implemented).
extension A64Decoder {
    static func decodeFPDataProcessing2(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let ftype = insn >> 22 & 3, opcode = Int(insn >> 12 & 0xF)
        guard insn >> 29 & 7 == 0, ftype < 2, opcode < 9 else { return .undefined }
        let fn = ftype == 0 ? FPDP2Ops.single[opcode] : FPDP2Ops.double[opcode]
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }
}

enum FPDP2Ops {
    typealias S = Float
    typealias D = Double
    static let single: [OpDef] = [
        OpDef("fmul", native: NativeScalarFP.arithmetic(.mul, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.mul(c, a, b) } },
        OpDef("fdiv", native: NativeScalarFP.arithmetic(.div, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.div(c, a, b) } },
        OpDef("fadd", native: NativeScalarFP.arithmetic(.add, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.add(c, a, b) } },
        OpDef("fsub", native: NativeScalarFP.arithmetic(.sub, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.sub(c, a, b) } },
        OpDef("fmax", native: NativeScalarFP.minMax(max: true, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.max(c, a, b) } },
        OpDef("fmin", native: NativeScalarFP.minMax(max: false, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.min(c, a, b) } },
        OpDef("fmaxnm", native: NativeScalarFP.minMax(max: true, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.maxnm(c, a, b) } },
        OpDef("fminnm", native: NativeScalarFP.minMax(max: false, double: false)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.minnm(c, a, b) } },
        OpDef("fnmul", native: NativeScalarFP.arithmetic(.mul, double: false, negate: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: S, b: S) in FPK.nmul(c, a, b) } },
    ]
    static let double: [OpDef] = [
        OpDef("fmul", native: NativeScalarFP.arithmetic(.mul, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.mul(c, a, b) } },
        OpDef("fdiv", native: NativeScalarFP.arithmetic(.div, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.div(c, a, b) } },
        OpDef("fadd", native: NativeScalarFP.arithmetic(.add, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.add(c, a, b) } },
        OpDef("fsub", native: NativeScalarFP.arithmetic(.sub, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.sub(c, a, b) } },
        OpDef("fmax", native: NativeScalarFP.minMax(max: true, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.max(c, a, b) } },
        OpDef("fmin", native: NativeScalarFP.minMax(max: false, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.min(c, a, b) } },
        OpDef("fmaxnm", native: NativeScalarFP.minMax(max: true, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.maxnm(c, a, b) } },
        OpDef("fminnm", native: NativeScalarFP.minMax(max: false, double: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.minnm(c, a, b) } },
        OpDef("fnmul", native: NativeScalarFP.arithmetic(.mul, double: true, negate: true)) { cpu, op in FPScalar.binary(cpu, op) { (c, a: D, b: D) in FPK.nmul(c, a, b) } },
    ]
}
