import XrunCore

/// F extension (spec chapter 13 "F Standard Extension for Single-Precision
/// Floating-Point"): the binary32 instances of the shared FP semantics in FP/.
/// Loads/stores are in FP/FPLoadStore.swift; FCVT.S.D rounds a double.
enum SingleOps: FPOpTable {
    static let add: OpFn = { cpu, op in FPArith.add(Float.self, cpu, op, subtract: false) }
    static let sub: OpFn = { cpu, op in FPArith.add(Float.self, cpu, op, subtract: true) }
    static let mul: OpFn = { cpu, op in FPArith.mul(Float.self, cpu, op) }
    static let div: OpFn = { cpu, op in FPArith.div(Float.self, cpu, op) }
    static let sqrt: OpFn = { cpu, op in FPArith.sqrt(Float.self, cpu, op) }
    static let fmadd: OpFn = { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: false, negateAddend: false) }
    static let fmsub: OpFn = { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: false, negateAddend: true) }
    static let fnmsub: OpFn = { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: true, negateAddend: false) }
    static let fnmadd: OpFn = { cpu, op in FPArith.fma(Float.self, cpu, op, negateProduct: true, negateAddend: true) }
    static let sgnj: OpFn = { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 0) }
    static let sgnjn: OpFn = { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 1) }
    static let sgnjx: OpFn = { cpu, op in FPMisc.signInject(Float.self, cpu, op, kind: 2) }
    static let min: OpFn = { cpu, op in FPMisc.minMax(Float.self, cpu, op, max: false) }
    static let max: OpFn = { cpu, op in FPMisc.minMax(Float.self, cpu, op, max: true) }
    static let le: OpFn = { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 0) }
    static let lt: OpFn = { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 1) }
    static let eq: OpFn = { cpu, op in FPMisc.compare(Float.self, cpu, op, kind: 2) }
    static let classify: OpFn = { cpu, op in FPMisc.classify(Float.self, cpu, op) }
    static let toW: OpFn = { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .w) }
    static let toWU: OpFn = { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .wu) }
    static let toL: OpFn = { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .l) }
    static let toLU: OpFn = { cpu, op in FPConvert.toInteger(Float.self, cpu, op, .lu) }
    static let fromW: OpFn = { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .w) }
    static let fromWU: OpFn = { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .wu) }
    static let fromL: OpFn = { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .l) }
    static let fromLU: OpFn = { cpu, op in FPConvert.fromInteger(Float.self, cpu, op, .lu) }
    static let moveToInteger: OpFn = FPMisc.fmvXW
    static let moveFromInteger: OpFn = FPMisc.fmvWX
    static let convertFromOther: OpFn = FPConvert.singleFromDouble
    static let otherFormatField: UInt32 = 1 // FCVT.S.D: rs2 = 00001
}
