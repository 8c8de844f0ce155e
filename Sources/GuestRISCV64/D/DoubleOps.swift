import XrunCore

/// D extension (spec chapter 14 "D Standard Extension for Double-Precision
/// Floating-Point"): the binary64 instances of the shared FP semantics in FP/.
/// Loads/stores are in FP/FPLoadStore.swift; FCVT.D.S widens exactly.
enum DoubleOps: FPOpTable {
    static let add: OpDef = OpDef("fadd.d", native: NativeFPArithmeticTemplates.arithmetic(.add, double: true)) { cpu, op in FPArith.add(Double.self, cpu, op, subtract: false) }
    static let sub: OpDef = OpDef("fsub.d", native: NativeFPArithmeticTemplates.arithmetic(.sub, double: true)) { cpu, op in FPArith.add(Double.self, cpu, op, subtract: true) }
    static let mul: OpDef = OpDef("fmul.d", native: NativeFPArithmeticTemplates.arithmetic(.mul, double: true)) { cpu, op in FPArith.mul(Double.self, cpu, op) }
    static let div: OpDef = OpDef("fdiv.d", native: NativeFPArithmeticTemplates.arithmetic(.div, double: true)) { cpu, op in FPArith.div(Double.self, cpu, op) }
    static let sqrt: OpDef = OpDef("fsqrt.d", native: NativeFPArithmeticTemplates.squareRoot(double: true)) { cpu, op in FPArith.sqrt(Double.self, cpu, op) }
    static let fmadd: OpDef = OpDef("fmadd.d", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.madd, double: true)) { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: false, negateAddend: false) }
    static let fmsub: OpDef = OpDef("fmsub.d", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.msub, double: true)) { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: false, negateAddend: true) }
    static let fnmsub: OpDef = OpDef("fnmsub.d", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.nmadd, double: true)) { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: true, negateAddend: false) }
    static let fnmadd: OpDef = OpDef("fnmadd.d", native: NativeFPArithmeticTemplates.fusedMultiplyAdd(.nmsub, double: true)) { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: true, negateAddend: true) }
    static let sgnj: OpDef = OpDef("fsgnj.d", native: NativeFPArithmeticTemplates.signInject(kind: 0, double: true)) { cpu, op in FPMisc.signInject(Double.self, cpu, op, kind: 0) }
    static let sgnjn: OpDef = OpDef("fsgnjn.d", native: NativeFPArithmeticTemplates.signInject(kind: 1, double: true)) { cpu, op in FPMisc.signInject(Double.self, cpu, op, kind: 1) }
    static let sgnjx: OpDef = OpDef("fsgnjx.d", native: NativeFPArithmeticTemplates.signInject(kind: 2, double: true)) { cpu, op in FPMisc.signInject(Double.self, cpu, op, kind: 2) }
    static let min: OpDef = OpDef("fmin.d", native: NativeFPConvertTemplates.minMax(max: false, double: true)) { cpu, op in FPMisc.minMax(Double.self, cpu, op, max: false) }
    static let max: OpDef = OpDef("fmax.d", native: NativeFPConvertTemplates.minMax(max: true, double: true)) { cpu, op in FPMisc.minMax(Double.self, cpu, op, max: true) }
    static let le: OpDef = OpDef("fle.d", native: NativeFPArithmeticTemplates.compare(kind: 0, double: true)) { cpu, op in FPMisc.compare(Double.self, cpu, op, kind: 0) }
    static let lt: OpDef = OpDef("flt.d", native: NativeFPArithmeticTemplates.compare(kind: 1, double: true)) { cpu, op in FPMisc.compare(Double.self, cpu, op, kind: 1) }
    static let eq: OpDef = OpDef("feq.d", native: NativeFPArithmeticTemplates.compare(kind: 2, double: true)) { cpu, op in FPMisc.compare(Double.self, cpu, op, kind: 2) }
    static let classify: OpDef = OpDef("fclass.d") { cpu, op in FPMisc.classify(Double.self, cpu, op) }
    static let toW: OpDef = OpDef("fcvt.w.d", native: NativeFPConvertTemplates.toSignedInteger(word: true, double: true)) { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .w) }
    static let toWU: OpDef = OpDef("fcvt.wu.d") { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .wu) }
    static let toL: OpDef = OpDef("fcvt.l.d", native: NativeFPConvertTemplates.toSignedInteger(word: false, double: true)) { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .l) }
    static let toLU: OpDef = OpDef("fcvt.lu.d") { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .lu) }
    static let fromW: OpDef = OpDef("fcvt.d.w", native: NativeFPConvertTemplates.fromInteger(.w, double: true)) { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .w) }
    static let fromWU: OpDef = OpDef("fcvt.d.wu", native: NativeFPConvertTemplates.fromInteger(.wu, double: true)) { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .wu) }
    static let fromL: OpDef = OpDef("fcvt.d.l", native: NativeFPConvertTemplates.fromInteger(.l, double: true)) { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .l) }
    static let fromLU: OpDef = OpDef("fcvt.d.lu") { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .lu) }
    static let moveToInteger: OpDef = FPMisc.fmvXD
    static let moveFromInteger: OpDef = FPMisc.fmvDX
    static let convertFromOther: OpDef = FPConvert.doubleFromSingle
    static let otherFormatField: UInt32 = 0 // FCVT.D.S: rs2 = 00000
}
