import XrunCore

/// RV64I integer register-immediate instructions (spec 2.4.1, 4.2.1): OP-IMM,
/// OP-IMM-32, LUI, AUIPC. Op fields: a = rd slot, b = rs1, imm = immediate/shamt.
enum IntImm {
    static let li: OpDef = OpDef("li", native: NativeIntegerTemplates.li) { cpu, op in cpu.xreg[Int(op.pointee.a)] = op.pointee.imm }
    static let mv: OpDef = OpDef("mv", native: NativeIntegerTemplates.mv) { cpu, op in let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] }
    static let addi: OpDef = OpDef("addi", native: NativeIntegerTemplates.addi) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ op.pointee.imm
    }
    static let slti: OpDef = OpDef("slti", native: NativeIntegerTemplates.setLessThanImm(signed: true)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = Int64(bitPattern: x[Int(op.pointee.b)]) < Int64(bitPattern: op.pointee.imm) ? 1 : 0
    }
    static let sltiu: OpDef = OpDef("sltiu", native: NativeIntegerTemplates.setLessThanImm(signed: false)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] < op.pointee.imm ? 1 : 0
    }
    static let xori: OpDef = OpDef("xori", native: NativeIntegerTemplates.logicImm(.xor)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ op.pointee.imm
    }
    static let ori: OpDef = OpDef("ori", native: NativeIntegerTemplates.logicImm(.or)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | op.pointee.imm
    }
    static let andi: OpDef = OpDef("andi", native: NativeIntegerTemplates.logicImm(.and)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & op.pointee.imm
    }
    static let slli: OpDef = OpDef("slli", native: NativeIntegerTemplates.shiftImm(.shl)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &<< op.pointee.imm
    }
    static let srli: OpDef = OpDef("srli", native: NativeIntegerTemplates.shiftImm(.shr)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &>> op.pointee.imm
    }
    static let srai: OpDef = OpDef("srai", native: NativeIntegerTemplates.shiftImm(.sar)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(bitPattern: x[Int(op.pointee.b)]) &>> Int64(op.pointee.imm))
    }
    static let addiw: OpDef = OpDef("addiw", native: NativeIntegerTemplates.addiw) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = sext32(x[Int(op.pointee.b)] &+ op.pointee.imm)
    }
    /// sext.w (addiw rd, rs, 0)
    static let sextw: OpDef = OpDef("sext.w", native: NativeIntegerTemplates.sextw) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = sext32(x[Int(op.pointee.b)])
    }
    static let slliw: OpDef = OpDef("slliw", native: NativeIntegerTemplates.shiftImmWord(.shl)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = sext32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]) &<< UInt32(op.pointee.imm))
    }
    static let srliw: OpDef = OpDef("srliw", native: NativeIntegerTemplates.shiftImmWord(.shr)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = sext32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]) &>> UInt32(op.pointee.imm))
    }
    static let sraiw: OpDef = OpDef("sraiw", native: NativeIntegerTemplates.shiftImmWord(.sar)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: x[Int(op.pointee.b)]) &>> Int32(op.pointee.imm)))
    }
}

extension RV64Decoder {
    /// addi with the usual specialisations (li, mv); shared with C.ADDI, C.LI, C.MV,
    /// C.ADDI4SPN, C.ADDI16SP, C.NOP.
    static func emitAddi(rd: UInt8, rs1: UInt8, imm: Int64, pc: UInt64, into b: inout BlockBuilder) {
        if rd == RVReg.discard { return } // a HINT or NOP: no architectural effect
        if rs1 == RVReg.zero {
            b.emit(IntImm.li, pc: pc, imm: immBits(imm), a: rd)
        } else if imm == 0 {
            b.emit(IntImm.mv, pc: pc, a: rd, b: rs1)
        } else {
            b.emit(IntImm.addi, pc: pc, imm: immBits(imm), a: rd, b: rs1)
        }
    }

    static func emitLoadImmediate(rd: UInt8, value: UInt64, pc: UInt64, into b: inout BlockBuilder) {
        if rd == RVReg.discard { return }
        b.emit(IntImm.li, pc: pc, imm: value, a: rd)
    }

    static func emitAddiw(rd: UInt8, rs1: UInt8, imm: Int64, pc: UInt64, into b: inout BlockBuilder) {
        if rd == RVReg.discard { return }
        if imm == 0 {
            b.emit(IntImm.sextw, pc: pc, a: rd, b: rs1)
        } else {
            b.emit(IntImm.addiw, pc: pc, imm: immBits(imm), a: rd, b: rs1)
        }
    }

    /// Emits `fn` unless rd is x0 (then the instruction has no effect: a HINT).
    static func emitRegImm(_ fn: OpDef, rd: UInt8, rs1: UInt8, imm: UInt64, pc: UInt64, into b: inout BlockBuilder) {
        if rd == RVReg.discard { return }
        b.emit(fn, pc: pc, imm: imm, a: rd, b: rs1)
    }

    static func decodeOpImm(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1)
        let imm = i.immI
        switch i.funct3 {
        case 0b000: emitAddi(rd: rd, rs1: rs1, imm: imm, pc: pc, into: &b)
        case 0b010: emitRegImm(IntImm.slti, rd: rd, rs1: rs1, imm: immBits(imm), pc: pc, into: &b)
        case 0b011: emitRegImm(IntImm.sltiu, rd: rd, rs1: rs1, imm: immBits(imm), pc: pc, into: &b)
        case 0b100: emitRegImm(IntImm.xori, rd: rd, rs1: rs1, imm: immBits(imm), pc: pc, into: &b)
        case 0b110: emitRegImm(IntImm.ori, rd: rd, rs1: rs1, imm: immBits(imm), pc: pc, into: &b)
        case 0b111: emitRegImm(IntImm.andi, rd: rd, rs1: rs1, imm: immBits(imm), pc: pc, into: &b)
        case 0b001:
            // slli: imm[11:6] = 000000, 6-bit shamt (RV64I 4.2.1); others are Zbb/Zbs.
            guard i.bits >> 26 == 0 else { return decodeBitmanipOpImm(i, pc: pc, into: &b) }
            emitRegImm(IntImm.slli, rd: rd, rs1: rs1, imm: UInt64((i.bits >> 20) & 63), pc: pc, into: &b)
        default: // 0b101
            switch i.bits >> 26 {
            case 0b000000: emitRegImm(IntImm.srli, rd: rd, rs1: rs1, imm: UInt64((i.bits >> 20) & 63), pc: pc, into: &b)
            case 0b010000: emitRegImm(IntImm.srai, rd: rd, rs1: rs1, imm: UInt64((i.bits >> 20) & 63), pc: pc, into: &b)
            default: return decodeBitmanipOpImm(i, pc: pc, into: &b)
            }
        }
        return .next(length: 4)
    }

    static func decodeOpImm32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1)
        switch i.funct3 {
        case 0b000:
            emitAddiw(rd: rd, rs1: rs1, imm: i.immI, pc: pc, into: &b)
        case 0b001:
            // slliw: funct7 = 0 (a set shamt[5] is reserved on RV64).
            guard i.funct7 == 0 else { return decodeBitmanipOpImm32(i, pc: pc, into: &b) }
            emitRegImm(IntImm.slliw, rd: rd, rs1: rs1, imm: UInt64(i.rs2), pc: pc, into: &b)
        case 0b101:
            switch i.funct7 {
            case 0b000_0000: emitRegImm(IntImm.srliw, rd: rd, rs1: rs1, imm: UInt64(i.rs2), pc: pc, into: &b)
            case 0b010_0000: emitRegImm(IntImm.sraiw, rd: rd, rs1: rs1, imm: UInt64(i.rs2), pc: pc, into: &b)
            default: return decodeBitmanipOpImm32(i, pc: pc, into: &b)
            }
        default:
            return .undefined
        }
        return .next(length: 4)
    }

    /// LUI: rd = sext(imm[31:12] << 12), a constant.
    static func decodeLUI(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitLoadImmediate(rd: RVReg.dst(i.rd), value: immBits(i.immU), pc: pc, into: &b)
        return .next(length: 4)
    }

    /// AUIPC: rd = pc + sext(imm[31:12] << 12), known at decode time.
    static func decodeAUIPC(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitLoadImmediate(rd: RVReg.dst(i.rd), value: pc &+ immBits(i.immU), pc: pc, into: &b)
        return .next(length: 4)
    }
}
