import XrunCore

/// RV64I integer register-register instructions (spec 2.4.2, 4.2.2): OP and OP-32
/// with funct7 0000000/0100000. Op fields: a = rd slot, b = rs1, c = rs2.
/// Shift amounts come from the low 6 (5 for W forms) bits of rs2.
enum IntReg {
    static let add: OpDef = OpDef("add", native: NativeIntegerTemplates.alu(.add)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ x[Int(op.pointee.c)]
    }
    static let sub: OpDef = OpDef("sub", native: NativeIntegerTemplates.alu(.sub)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- x[Int(op.pointee.c)]
    }
    static let sll: OpDef = OpDef("sll", native: NativeIntegerTemplates.shiftReg(.shl)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &<< (x[Int(op.pointee.c)] & 63)
    }
    static let slt: OpDef = OpDef("slt", native: NativeIntegerTemplates.setLessThan(signed: true)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = Int64(bitPattern: x[Int(op.pointee.b)]) < Int64(bitPattern: x[Int(op.pointee.c)]) ? 1 : 0
    }
    static let sltu: OpDef = OpDef("sltu", native: NativeIntegerTemplates.setLessThan(signed: false)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] < x[Int(op.pointee.c)] ? 1 : 0
    }
    static let xor: OpDef = OpDef("xor", native: NativeIntegerTemplates.alu(.xor)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ x[Int(op.pointee.c)]
    }
    static let srl: OpDef = OpDef("srl", native: NativeIntegerTemplates.shiftReg(.shr)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &>> (x[Int(op.pointee.c)] & 63)
    }
    static let sra: OpDef = OpDef("sra", native: NativeIntegerTemplates.shiftReg(.sar)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(bitPattern: x[Int(op.pointee.b)]) &>> Int64(x[Int(op.pointee.c)] & 63))
    }
    static let or: OpDef = OpDef("or", native: NativeIntegerTemplates.alu(.or)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | x[Int(op.pointee.c)]
    }
    static let and: OpDef = OpDef("and", native: NativeIntegerTemplates.alu(.and)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & x[Int(op.pointee.c)]
    }

    static let addw: OpDef = OpDef("addw", native: NativeIntegerTemplates.alu(.add, word: true)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = sext32(x[Int(op.pointee.b)] &+ x[Int(op.pointee.c)])
    }
    static let subw: OpDef = OpDef("subw", native: NativeIntegerTemplates.alu(.sub, word: true)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = sext32(x[Int(op.pointee.b)] &- x[Int(op.pointee.c)])
    }
    static let sllw: OpDef = OpDef("sllw", native: NativeIntegerTemplates.shiftReg(.shl, word: true)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = sext32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]) &<< UInt32(x[Int(op.pointee.c)] & 31))
    }
    static let srlw: OpDef = OpDef("srlw", native: NativeIntegerTemplates.shiftReg(.shr, word: true)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = sext32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]) &>> UInt32(x[Int(op.pointee.c)] & 31))
    }
    static let sraw: OpDef = OpDef("sraw", native: NativeIntegerTemplates.shiftReg(.sar, word: true)) { cpu, op in
        let x = cpu.xreg
        let v = Int32(truncatingIfNeeded: x[Int(op.pointee.b)]) &>> Int32(x[Int(op.pointee.c)] & 31)
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
}

extension RV64Decoder {
    /// Emits a three-register op unless rd is x0 (a HINT: no effect).
    static func emitRegReg(_ fn: OpDef, rd: UInt8, rs1: UInt8, rs2: UInt8, pc: UInt64, into b: inout BlockBuilder) {
        if rd == RVReg.discard { return }
        b.emit(fn, pc: pc, a: rd, b: rs1, c: rs2)
    }

    /// add with a `mv` specialisation for a zero operand (C.MV expands to add rd, x0, rs2).
    static func emitAdd(rd: UInt8, rs1: UInt8, rs2: UInt8, pc: UInt64, into b: inout BlockBuilder) {
        if rd == RVReg.discard { return }
        if rs1 == RVReg.zero {
            b.emit(IntImm.mv, pc: pc, a: rd, b: rs2)
        } else if rs2 == RVReg.zero {
            b.emit(IntImm.mv, pc: pc, a: rd, b: rs1)
        } else {
            b.emit(IntReg.add, pc: pc, a: rd, b: rs1, c: rs2)
        }
    }

    static func decodeIntegerRegister(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1), rs2 = RVReg.src(i.rs2)
        let alt = i.funct7 == 0b010_0000
        let fn: OpDef
        switch (i.funct3, alt) {
        case (0b000, false):
            emitAdd(rd: rd, rs1: rs1, rs2: rs2, pc: pc, into: &b)
            return .next(length: 4)
        case (0b000, true): fn = IntReg.sub
        case (0b001, false): fn = IntReg.sll
        case (0b010, false): fn = IntReg.slt
        case (0b011, false): fn = IntReg.sltu
        case (0b100, false): fn = IntReg.xor
        case (0b101, false): fn = IntReg.srl
        case (0b101, true): fn = IntReg.sra
        case (0b110, false): fn = IntReg.or
        case (0b111, false): fn = IntReg.and
        // funct7 0100000 with funct3 100/110/111 is Zbb (xnor, orn, andn).
        default: return decodeBitmanipOp(i, pc: pc, into: &b)
        }
        emitRegReg(fn, rd: rd, rs1: rs1, rs2: rs2, pc: pc, into: &b)
        return .next(length: 4)
    }

    static func decodeIntegerRegister32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1), rs2 = RVReg.src(i.rs2)
        let fn: OpDef
        switch (i.funct3, i.funct7 == 0b010_0000) {
        case (0b000, false): fn = IntReg.addw
        case (0b000, true): fn = IntReg.subw
        case (0b001, false): fn = IntReg.sllw
        case (0b101, false): fn = IntReg.srlw
        case (0b101, true): fn = IntReg.sraw
        default: return decodeBitmanipOp32(i, pc: pc, into: &b)
        }
        emitRegReg(fn, rd: rd, rs1: rs1, rs2: rs2, pc: pc, into: &b)
        return .next(length: 4)
    }
}
