import XrunCore

/// Zba address generation (bit-manipulation spec 1.0, chapter "Zba"): shNadd,
/// add.uw / shNadd.uw (rs1 zero-extended from 32 bits), slli.uw.
/// Op fields: a = rd slot, b = rs1, c = rs2, imm = shift (0–3 for shNadd, 0–63 slli.uw).
enum Zba {
    static let shadd: OpDef = OpDef("shNadd", native: NativeBitmanipTemplates.shiftAdd(unsignedWord: false)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &<< op.pointee.imm) &+ x[Int(op.pointee.c)]
    }
    static let shaddUW: OpDef = OpDef("shNadd.uw", native: NativeBitmanipTemplates.shiftAdd(unsignedWord: true)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = ((x[Int(op.pointee.b)] & 0xffff_ffff) &<< op.pointee.imm) &+ x[Int(op.pointee.c)]
    }
    static let slliUW: OpDef = OpDef("slli.uw", native: NativeBitmanipTemplates.slliUW) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] & 0xffff_ffff) &<< op.pointee.imm
    }
}

extension RV64Decoder {
    /// OP, funct7 0010000: sh1add (010), sh2add (100), sh3add (110).
    static func decodeZbaOp(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zba) else { return .undefined }
        guard i.funct3 & 1 == 0, i.funct3 != 0 else { return .undefined }
        emitZba(Zba.shadd, i, shift: UInt64(i.funct3 >> 1), pc: pc, into: &b)
        return .next(length: 4)
    }

    /// OP-32: add.uw (funct7 0000100, 000), shNadd.uw (funct7 0010000, 010/100/110).
    static func decodeZbaOp32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zba) else { return .undefined }
        switch (i.funct7, i.funct3) {
        case (0b000_0100, 0b000): emitZba(Zba.shaddUW, i, shift: 0, pc: pc, into: &b)
        case (0b001_0000, 0b010), (0b001_0000, 0b100), (0b001_0000, 0b110):
            emitZba(Zba.shaddUW, i, shift: UInt64(i.funct3 >> 1), pc: pc, into: &b)
        default: return .undefined
        }
        return .next(length: 4)
    }

    /// OP-IMM-32, funct3 001, imm[11:6] = 000010: slli.uw with a 6-bit shamt.
    static func decodeSlliUW(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zba) else { return .undefined }
        emitRegImm(Zba.slliUW, rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), imm: UInt64((i.bits >> 20) & 63),
                   pc: pc, into: &b)
        return .next(length: 4)
    }

    private static func emitZba(_ fn: OpDef, _ i: RVInsn, shift: UInt64, pc: UInt64, into b: inout BlockBuilder) {
        let rd = RVReg.dst(i.rd)
        if rd == RVReg.discard { return }
        b.emit(fn, pc: pc, imm: shift, a: rd, b: RVReg.src(i.rs1), c: RVReg.src(i.rs2))
    }
}
