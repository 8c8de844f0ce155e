import XrunCore

/// D extension (spec chapter 14 "D Standard Extension for Double-Precision
/// Floating-Point"): the binary64 instances of the shared FP semantics in FP/.
/// Loads/stores are in FP/FPLoadStore.swift; FCVT.D.S widens exactly.
enum DoubleOps: FPOpTable {
    static let add: OpFn = { cpu, op in FPArith.add(Double.self, cpu, op, subtract: false) }
    static let sub: OpFn = { cpu, op in FPArith.add(Double.self, cpu, op, subtract: true) }
    static let mul: OpFn = { cpu, op in FPArith.mul(Double.self, cpu, op) }
    static let div: OpFn = { cpu, op in FPArith.div(Double.self, cpu, op) }
    static let sqrt: OpFn = { cpu, op in FPArith.sqrt(Double.self, cpu, op) }
    static let fmadd: OpFn = { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: false, negateAddend: false) }
    static let fmsub: OpFn = { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: false, negateAddend: true) }
    static let fnmsub: OpFn = { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: true, negateAddend: false) }
    static let fnmadd: OpFn = { cpu, op in FPArith.fma(Double.self, cpu, op, negateProduct: true, negateAddend: true) }
    static let sgnj: OpFn = { cpu, op in FPMisc.signInject(Double.self, cpu, op, kind: 0) }
    static let sgnjn: OpFn = { cpu, op in FPMisc.signInject(Double.self, cpu, op, kind: 1) }
    static let sgnjx: OpFn = { cpu, op in FPMisc.signInject(Double.self, cpu, op, kind: 2) }
    static let min: OpFn = { cpu, op in FPMisc.minMax(Double.self, cpu, op, max: false) }
    static let max: OpFn = { cpu, op in FPMisc.minMax(Double.self, cpu, op, max: true) }
    static let le: OpFn = { cpu, op in FPMisc.compare(Double.self, cpu, op, kind: 0) }
    static let lt: OpFn = { cpu, op in FPMisc.compare(Double.self, cpu, op, kind: 1) }
    static let eq: OpFn = { cpu, op in FPMisc.compare(Double.self, cpu, op, kind: 2) }
    static let classify: OpFn = { cpu, op in FPMisc.classify(Double.self, cpu, op) }
    static let toW: OpFn = { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .w) }
    static let toWU: OpFn = { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .wu) }
    static let toL: OpFn = { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .l) }
    static let toLU: OpFn = { cpu, op in FPConvert.toInteger(Double.self, cpu, op, .lu) }
    static let fromW: OpFn = { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .w) }
    static let fromWU: OpFn = { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .wu) }
    static let fromL: OpFn = { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .l) }
    static let fromLU: OpFn = { cpu, op in FPConvert.fromInteger(Double.self, cpu, op, .lu) }
    static let moveToInteger: OpFn = FPMisc.fmvXD
    static let moveFromInteger: OpFn = FPMisc.fmvDX
    static let convertFromOther: OpFn = FPConvert.doubleFromSingle
    static let otherFormatField: UInt32 = 0 // FCVT.D.S: rs2 = 00000
}
