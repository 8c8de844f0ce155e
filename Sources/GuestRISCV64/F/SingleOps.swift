import XrunCore

/// F extension (spec chapter 13 "F Standard Extension for Single-Precision
/// Floating-Point"): the binary32 instances of the shared FP semantics in FP/.
/// Loads/stores are in FP/FPLoadStore.swift; FCVT.S.D rounds a double.
enum SingleOps: FPOpTable {
    static let add: OpDef = OpDef("add") { cpu, op in FPArith.add(Float.self, cpu, op, subtract: false) }
    static let sub: OpDef = OpDef("sub") { cpu, op in FPArith.add(Float.self, cpu, op, subtract: true) }
    static let mul: OpDef = OpDef("mul") { cpu, op in FPArith.mul(Float.self, cpu, op) }
    static let div: OpDef = OpDef("div") { cpu, op in FPArith.div(Float.self, cpu, op) }
    static let sqrt: OpDef = OpDef("sqrt") { cpu, op in FPArith.sqrt(Float.self, cpu, op) }
    static let fmadd: OpDef = OpDef("fmadd") { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: false, negateAddend: false) }
    static let fmsub: OpDef = OpDef("fmsub") { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: false, negateAddend: true) }
    static let fnmsub: OpDef = OpDef("fnmsub") { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: true, negateAddend: false) }
    static let fnmadd: OpDef = OpDef("fnmadd") { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: true, negateAddend: true) }
    static let sgnj: OpDef = OpDef("sgnj") { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 0) }
    static let sgnjn: OpDef = OpDef("sgnjn") { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 1) }
    static let sgnjx: OpDef = OpDef("sgnjx") { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 2) }
    static let min: OpDef = OpDef("min") { cpu, op in FPMisc.minMax(Float.self, cpu, op, max: false) }
    static let max: OpDef = OpDef("max") { cpu, op in FPMisc.minMax(Float.self, cpu, op, max: true) }
    static let le: OpDef = OpDef("le") { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 0) }
    static let lt: OpDef = OpDef("lt") { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 1) }
    static let eq: OpDef = OpDef("eq") { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 2) }
    static let classify: OpDef = OpDef("classify") { cpu, op in FPMisc.classify(Float.self, cpu, op) }
    static let toW: OpDef = OpDef("to") { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .w) }
    static let toWU: OpDef = OpDef("to") { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .wu) }
    static let toL: OpDef = OpDef("to") { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .l) }
    static let toLU: OpDef = OpDef("to") { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .lu) }
    static let fromW: OpDef = OpDef("from") { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .w) }
    static let fromWU: OpDef = OpDef("from") { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .wu) }
    static let fromL: OpDef = OpDef("from") { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .l) }
    static let fromLU: OpDef = OpDef("from") { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .lu) }
    static let moveToInteger: OpDef = FPMisc.fmvXW
    static let moveFromInteger: OpDef = FPMisc.fmvWX
    static let convertFromOther: OpDef = FPConvert.singleFromDouble
    static let otherFormatField: UInt32 = 1 // FCVT.S.D: rs2 = 00001
}
