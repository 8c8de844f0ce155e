import XrunCore

/// Zicond integer conditional operations (Zicond 1.0): czero.eqz rd = rs2 == 0 ? 0 : rs1,
/// czero.nez rd = rs2 != 0 ? 0 : rs1. Op fields: a = rd slot, b = rs1, c = rs2.
enum Zicond {
    static let czeroEqz: OpDef = OpDef("czero.eqz", native: NativeBitmanipTemplates.conditionalZero(whenZero: true)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.c)] == 0 ? 0 : x[Int(op.pointee.b)]
    }
    static let czeroNez: OpDef = OpDef("czero.nez", native: NativeBitmanipTemplates.conditionalZero(whenZero: false)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.c)] != 0 ? 0 : x[Int(op.pointee.b)]
    }
}

extension RV64Decoder {
    /// OP, funct7 0000111: funct3 101 czero.eqz, 111 czero.nez.
    static func decodeZicond(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zicond) else { return .undefined }
        let fn: OpDef
        switch i.funct3 {
        case 0b101: fn = Zicond.czeroEqz
        case 0b111: fn = Zicond.czeroNez
        default: return .undefined
        }
        emitRegReg(fn, rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2), pc: pc, into: &b)
        return .next(length: 4)
    }
}
