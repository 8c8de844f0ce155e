import XrunCore

/// Zbs single-bit instructions: bclr, bext, binv, bset and their immediate forms.
/// The bit index is rs2 (or shamt) modulo 64.
/// Op fields: a = rd slot, b = rs1, c = rs2, imm = bit index (immediate forms).
enum Zbs {
    static let bclr: OpDef = OpDef("bclr") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~(1 &<< (x[Int(op.pointee.c)] & 63))
    }
    static let bext: OpDef = OpDef("bext", native: NativeBitmanipTemplates.bitExtract(immediate: false)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &>> (x[Int(op.pointee.c)] & 63)) & 1
    }
    static let binv: OpDef = OpDef("binv") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ (1 &<< (x[Int(op.pointee.c)] & 63))
    }
    static let bset: OpDef = OpDef("bset") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | (1 &<< (x[Int(op.pointee.c)] & 63))
    }
    static let bexti: OpDef = OpDef("bexti", native: NativeBitmanipTemplates.bitExtract(immediate: true)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &>> op.pointee.imm) & 1
    }
}

extension RV64Decoder {
    /// OP: funct7 0100100 (001 bclr, 101 bext), 0110100 (001 binv), 0010100 (001 bset).
    static func decodeZbsOp(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zbs) else { return .undefined }
        let fn: OpDef
        switch (i.funct7, i.funct3) {
        case (0b010_0100, 0b001): fn = Zbs.bclr
        case (0b010_0100, 0b101): fn = Zbs.bext
        case (0b011_0100, 0b001): fn = Zbs.binv
        case (0b001_0100, 0b001): fn = Zbs.bset
        default: return .undefined
        }
        emitRegReg(fn, rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2), pc: pc, into: &b)
        return .next(length: 4)
    }

    /// OP-IMM with imm[11:6]: 010010 (001 bclri, 101 bexti), 011010 (001 binvi),
    /// 001010 (001 bseti). bclri/binvi/bseti become andi/xori/ori with a constant mask.
    static func decodeZbsOpImm(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zbs) else { return .undefined }
        let funct6 = i.bits >> 26, shamt = UInt64((i.bits >> 20) & 63)
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1)
        switch (funct6, i.funct3) {
        case (0b010010, 0b001): emitRegImm(IntImm.andi, rd: rd, rs1: rs1, imm: ~(1 << shamt), pc: pc, into: &b)
        case (0b010010, 0b101): emitRegImm(Zbs.bexti, rd: rd, rs1: rs1, imm: shamt, pc: pc, into: &b)
        case (0b011010, 0b001): emitRegImm(IntImm.xori, rd: rd, rs1: rs1, imm: 1 << shamt, pc: pc, into: &b)
        case (0b001010, 0b001): emitRegImm(IntImm.ori, rd: rd, rs1: rs1, imm: 1 << shamt, pc: pc, into: &b)
        default: return .undefined
        }
        return .next(length: 4)
    }
}
