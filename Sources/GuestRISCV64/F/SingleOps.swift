import XrunCore

/// F extension (spec chapter 13 "F Standard Extension for Single-Precision
/// Floating-Point"): the binary32 instances of the shared FP semantics in FP/.
/// Loads/stores are in FP/FPLoadStore.swift; FCVT.S.D rounds a double.
enum SingleOps: FPOpTable {
    static let add: OpDef = OpDef("fadd.s", native: NativeFPArithmeticTemplates.arithmetic(.add, double: false)) { cpu, op in FPArith.add(Float.self, cpu, op, subtract: false) }
    static let sub: OpDef = OpDef("fsub.s", native: NativeFPArithmeticTemplates.arithmetic(.sub, double: false)) { cpu, op in FPArith.add(Float.self, cpu, op, subtract: true) }
    static let mul: OpDef = OpDef("fmul.s", native: NativeFPArithmeticTemplates.arithmetic(.mul, double: false)) { cpu, op in FPArith.mul(Float.self, cpu, op) }
    static let div: OpDef = OpDef("fdiv.s", native: NativeFPArithmeticTemplates.arithmetic(.div, double: false)) { cpu, op in FPArith.div(Float.self, cpu, op) }
    static let sqrt: OpDef = OpDef("fsqrt.s", native: NativeFPArithmeticTemplates.squareRoot(double: false)) { cpu, op in FPArith.sqrt(Float.self, cpu, op) }
    static let fmadd: OpDef = OpDef("fmadd.s", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.madd, double: false)) { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: false, negateAddend: false) }
    static let fmsub: OpDef = OpDef("fmsub.s", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.msub, double: false)) { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: false, negateAddend: true) }
    static let fnmsub: OpDef = OpDef("fnmsub.s", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.nmadd, double: false)) { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: true, negateAddend: false) }
    static let fnmadd: OpDef = OpDef("fnmadd.s", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.nmsub, double: false)) { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: true, negateAddend: true) }
    static let sgnj: OpDef = OpDef("fsgnj.s", native: NativeFPArithmeticTemplates.signInject(kind: 0, double: false)) { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 0) }
    static let sgnjn: OpDef = OpDef("fsgnjn.s", native: NativeFPArithmeticTemplates.signInject(kind: 1, double: false)) { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 1) }
    static let sgnjx: OpDef = OpDef("fsgnjx.s", native: NativeFPArithmeticTemplates.signInject(kind: 2, double: false)) { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 2) }
    static let min: OpDef = OpDef("fmin.s", native: NativeFPConvertTemplates.minMax(max: false, double: false)) { cpu, op in FPMisc.minMax(Float.self, cpu, op, max: false) }
    static let max: OpDef = OpDef("fmax.s", native: NativeFPConvertTemplates.minMax(max: true, double: false)) { cpu, op in FPMisc.minMax(Float.self, cpu, op, max: true) }
    static let le: OpDef = OpDef("fle.s", native: NativeFPArithmeticTemplates.compare(kind: 0, double: false)) { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 0) }
    static let lt: OpDef = OpDef("flt.s", native: NativeFPArithmeticTemplates.compare(kind: 1, double: false)) { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 1) }
    static let eq: OpDef = OpDef("feq.s", native: NativeFPArithmeticTemplates.compare(kind: 2, double: false)) { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 2) }
    static let classify: OpDef = OpDef("fclass.s") { cpu, op in FPMisc.classify(Float.self, cpu, op) }
    static let toW: OpDef = OpDef("fcvt.w.s", native: NativeFPConvertTemplates.toSignedInteger(word: true, double: false)) { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .w) }
    static let toWU: OpDef = OpDef("fcvt.wu.s") { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .wu) }
    static let toL: OpDef = OpDef("fcvt.l.s", native: NativeFPConvertTemplates.toSignedInteger(word: false, double: false)) { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .l) }
    static let toLU: OpDef = OpDef("fcvt.lu.s") { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .lu) }
    static let fromW: OpDef = OpDef("fcvt.s.w", native: NativeFPConvertTemplates.fromInteger(.w, double: false)) { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .w) }
    static let fromWU: OpDef = OpDef("fcvt.s.wu", native: NativeFPConvertTemplates.fromInteger(.wu, double: false)) { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .wu) }
    static let fromL: OpDef = OpDef("fcvt.s.l", native: NativeFPConvertTemplates.fromInteger(.l, double: false)) { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .l) }
    static let fromLU: OpDef = OpDef("fcvt.s.lu") { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .lu) }
    static let moveToInteger: OpDef = FPMisc.fmvXW
    static let moveFromInteger: OpDef = FPMisc.fmvWX
    static let convertFromOther: OpDef = FPConvert.singleFromDouble
    static let otherFormatField: UInt32 = 1 // FCVT.S.D: rs2 = 00001
}
