import XrunCore

/// Zbb basic bit manipulation: logic with negation, count leading/trailing zeros
/// and population count (64- and 32-bit), min/max, sign/zero extension, rotates,
/// orc.b and rev8.
/// Op fields: a = rd slot, b = rs1, c = rs2, imm = rotate amount (immediate forms).
enum Zbb {
    static let andn: OpDef = OpDef("andn", native: NativeBitmanipTemplates.negatedLogic(.andn)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~x[Int(op.pointee.c)]
    }
    static let orn: OpDef = OpDef("orn", native: NativeBitmanipTemplates.negatedLogic(.orn)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ~x[Int(op.pointee.c)]
    }
    static let xnor: OpDef = OpDef("xnor", native: NativeBitmanipTemplates.negatedLogic(.xnor)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = ~(x[Int(op.pointee.b)] ^ x[Int(op.pointee.c)])
    }
    static let clz: OpDef = OpDef("clz") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(x[Int(op.pointee.b)].leadingZeroBitCount)
    }
    static let ctz: OpDef = OpDef("ctz") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(x[Int(op.pointee.b)].trailingZeroBitCount)
    }
    static let cpop: OpDef = OpDef("cpop") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(x[Int(op.pointee.b)].nonzeroBitCount)
    }
    static let clzw: OpDef = OpDef("clzw") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]).leadingZeroBitCount)
    }
    static let ctzw: OpDef = OpDef("ctzw") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]).trailingZeroBitCount)
    }
    static let cpopw: OpDef = OpDef("cpopw") { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]).nonzeroBitCount)
    }
    static let max: OpDef = OpDef("max", native: NativeBitmanipTemplates.minMax(takeRs2: .l)) { cpu, op in
        let x = cpu.xreg
        let p = Int64(bitPattern: x[Int(op.pointee.b)]), q = Int64(bitPattern: x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = UInt64(bitPattern: p > q ? p : q)
    }
    static let maxu: OpDef = OpDef("maxu", native: NativeBitmanipTemplates.minMax(takeRs2: .b)) { cpu, op in
        let x = cpu.xreg
        let p = x[Int(op.pointee.b)], q = x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = p > q ? p : q
    }
    static let min: OpDef = OpDef("min", native: NativeBitmanipTemplates.minMax(takeRs2: .g)) { cpu, op in
        let x = cpu.xreg
        let p = Int64(bitPattern: x[Int(op.pointee.b)]), q = Int64(bitPattern: x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = UInt64(bitPattern: p < q ? p : q)
    }
    static let minu: OpDef = OpDef("minu", native: NativeBitmanipTemplates.minMax(takeRs2: .a)) { cpu, op in
        let x = cpu.xreg
        let p = x[Int(op.pointee.b)], q = x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = p < q ? p : q
    }
    static let sextb: OpDef = OpDef("sext.b", native: NativeBitmanipTemplates.signExtend(fromBits: 8)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: x[Int(op.pointee.b)])))
    }
    static let sexth: OpDef = OpDef("sext.h", native: NativeBitmanipTemplates.signExtend(fromBits: 16)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: x[Int(op.pointee.b)])))
    }
    static let zexth: OpDef = OpDef("zext.h", native: NativeBitmanipTemplates.zexth) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & 0xffff
    }

    @inline(__always) static func rotl(_ v: UInt64, _ s: UInt64) -> UInt64 { (v &<< s) | (v &>> (64 &- s)) }
    @inline(__always) static func rotl32(_ v: UInt32, _ s: UInt32) -> UInt32 { (v &<< s) | (v &>> (32 &- s)) }

    static let rol: OpDef = OpDef("rol", native: NativeIntegerTemplates.shiftReg(.rol)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = rotl(x[Int(op.pointee.b)], x[Int(op.pointee.c)] & 63)
    }
    static let ror: OpDef = OpDef("ror", native: NativeIntegerTemplates.shiftReg(.ror)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = rotl(x[Int(op.pointee.b)], (64 &- (x[Int(op.pointee.c)] & 63)) & 63)
    }
    /// rori by imm: stored as the equivalent left rotation (64 - shamt) mod 64.
    static let rotli: OpDef = OpDef("rori", native: NativeIntegerTemplates.shiftImm(.rol)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = rotl(x[Int(op.pointee.b)], op.pointee.imm)
    }
    static let rolw: OpDef = OpDef("rolw", native: NativeIntegerTemplates.shiftReg(.rol, word: true)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = sext32(rotl32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]),
                                             UInt32(truncatingIfNeeded: x[Int(op.pointee.c)]) & 31))
    }
    static let rorw: OpDef = OpDef("rorw", native: NativeIntegerTemplates.shiftReg(.ror, word: true)) { cpu, op in
        let x = cpu.xreg
        let s = (32 &- (UInt32(truncatingIfNeeded: x[Int(op.pointee.c)]) & 31)) & 31
        x[Int(op.pointee.a)] = sext32(rotl32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]), s))
    }
    /// roriw by imm: stored as the equivalent left rotation (32 - shamt) mod 32.
    static let rotliw: OpDef = OpDef("roriw", native: NativeIntegerTemplates.shiftImmWord(.rol)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = sext32(rotl32(UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]), UInt32(op.pointee.imm)))
    }
    /// orc.b: each byte becomes 0xff if it is non-zero, else 0x00.
    static let orcb: OpDef = OpDef("orc.b") { cpu, op in
        let x = cpu.xreg
        let v = x[Int(op.pointee.b)]
        let low7: UInt64 = 0x7f7f_7f7f_7f7f_7f7f
        let nonzero = (((v & low7) &+ low7) | v) & ~low7   // bit 7 of each non-zero byte
        x[Int(op.pointee.a)] = (nonzero &>> 7) &* 0xff
    }
    static let rev8: OpDef = OpDef("rev8", native: NativeBitmanipTemplates.rev8) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)].byteSwapped
    }
}

extension RV64Decoder {
    /// OP: funct7 0100000 (111 andn, 110 orn, 100 xnor), 0000101 (100 min, 101 minu,
    /// 110 max, 111 maxu), 0110000 (001 rol, 101 ror).
    static func decodeZbbOp(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zbb) else { return .undefined }
        let fn: OpDef
        switch (i.funct7, i.funct3) {
        case (0b010_0000, 0b111): fn = Zbb.andn
        case (0b010_0000, 0b110): fn = Zbb.orn
        case (0b010_0000, 0b100): fn = Zbb.xnor
        case (0b000_0101, 0b100): fn = Zbb.min
        case (0b000_0101, 0b101): fn = Zbb.minu
        case (0b000_0101, 0b110): fn = Zbb.max
        case (0b000_0101, 0b111): fn = Zbb.maxu
        case (0b011_0000, 0b001): fn = Zbb.rol
        case (0b011_0000, 0b101): fn = Zbb.ror
        default: return .undefined
        }
        emitRegReg(fn, rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2), pc: pc, into: &b)
        return .next(length: 4)
    }

    /// OP-32: funct7 0110000 (001 rolw, 101 rorw); zext.h = funct7 0000100, 100, rs2 = 0.
    static func decodeZbbOp32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zbb) else { return .undefined }
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1), rs2 = RVReg.src(i.rs2)
        switch (i.funct7, i.funct3) {
        case (0b011_0000, 0b001): emitRegReg(Zbb.rolw, rd: rd, rs1: rs1, rs2: rs2, pc: pc, into: &b)
        case (0b011_0000, 0b101): emitRegReg(Zbb.rorw, rd: rd, rs1: rs1, rs2: rs2, pc: pc, into: &b)
        case (0b000_0100, 0b100) where i.rs2 == 0:
            emitRegImm(Zbb.zexth, rd: rd, rs1: rs1, imm: 0, pc: pc, into: &b)
        default: return .undefined // packw (Zbkb) and the rest
        }
        return .next(length: 4)
    }

    /// OP-IMM: imm[11:0] 0x600 clz, 0x601 ctz, 0x602 cpop, 0x604 sext.b, 0x605 sext.h
    /// (funct3 001); imm[11:6] 011000 rori, imm 0x287 orc.b, 0x6b8 rev8 (funct3 101).
    static func decodeZbbOpImm(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zbb) else { return .undefined }
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1)
        let imm12 = i.bits >> 20
        if i.funct3 == 0b001 {
            let fn: OpDef
            switch imm12 {
            case 0x600: fn = Zbb.clz
            case 0x601: fn = Zbb.ctz
            case 0x602: fn = Zbb.cpop
            case 0x604: fn = Zbb.sextb
            case 0x605: fn = Zbb.sexth
            default: return .undefined
            }
            emitRegImm(fn, rd: rd, rs1: rs1, imm: 0, pc: pc, into: &b)
        } else {
            if imm12 >> 6 == 0b011000 {
                let shamt = UInt64(imm12 & 63)
                emitRegImm(Zbb.rotli, rd: rd, rs1: rs1, imm: (64 - shamt) & 63, pc: pc, into: &b)
            } else if imm12 == 0x287 {
                emitRegImm(Zbb.orcb, rd: rd, rs1: rs1, imm: 0, pc: pc, into: &b)
            } else if imm12 == 0x6b8 {
                emitRegImm(Zbb.rev8, rd: rd, rs1: rs1, imm: 0, pc: pc, into: &b)
            } else {
                return .undefined
            }
        }
        return .next(length: 4)
    }

    /// OP-IMM-32: funct7 0110000 with funct3 001: rs2 field 0 clzw, 1 ctzw, 2 cpopw;
    /// with funct3 101: roriw (5-bit shamt).
    static func decodeZbbOpImm32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard RV64Features.has(.zbb) else { return .undefined }
        guard i.funct7 == 0b011_0000 else { return .undefined }
        let rd = RVReg.dst(i.rd), rs1 = RVReg.src(i.rs1)
        if i.funct3 == 0b001 {
            let fn: OpDef
            switch i.rs2 {
            case 0: fn = Zbb.clzw
            case 1: fn = Zbb.ctzw
            case 2: fn = Zbb.cpopw
            default: return .undefined
            }
            emitRegImm(fn, rd: rd, rs1: rs1, imm: 0, pc: pc, into: &b)
        } else {
            emitRegImm(Zbb.rotliw, rd: rd, rs1: rs1, imm: UInt64((32 - i.rs2) & 31), pc: pc, into: &b)
        }
        return .next(length: 4)
    }
}
