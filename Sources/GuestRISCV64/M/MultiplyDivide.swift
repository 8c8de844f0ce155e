import XrunCore

/// M extension (spec chapter 13 "M Extension for Integer Multiplication and
/// Division"): OP/OP-32 with funct7 0000001. Division never traps: x/0 gives all
/// ones (DIVU/REMU: 2^XLEN-1, DIV: -1) and the remainder x; the signed overflow
/// INT_MIN / -1 gives INT_MIN and remainder 0 (table 13.1).
/// Op fields: a = rd slot, b = rs1, c = rs2.
enum MulDiv {
    static let mul: OpDef = OpDef("mul", native: NativeMultiplyDivideTemplates.mul(word: false)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]
    }
    static let mulh: OpDef = OpDef("mulh", native: NativeMultiplyDivideTemplates.mulHigh(.signed)) { cpu, op in
        let x = cpu.xreg
        let r = Int64(bitPattern: x[Int(op.pointee.b)]).multipliedFullWidth(by: Int64(bitPattern: x[Int(op.pointee.c)]))
        x[Int(op.pointee.a)] = UInt64(bitPattern: r.high)
    }
    static let mulhu: OpDef = OpDef("mulhu", native: NativeMultiplyDivideTemplates.mulHigh(.unsigned)) { cpu, op in
        let x = cpu.xreg
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)].multipliedFullWidth(by: x[Int(op.pointee.c)]).high
    }
    /// Signed rs1 × unsigned rs2: the unsigned high half, minus rs2 when rs1 < 0
    /// (rs1 read as unsigned is rs1 + 2^64).
    static let mulhsu: OpDef = OpDef("mulhsu", native: NativeMultiplyDivideTemplates.mulHigh(.signedUnsigned)) { cpu, op in
        let x = cpu.xreg
        let a = x[Int(op.pointee.b)], b = x[Int(op.pointee.c)]
        let hi = a.multipliedFullWidth(by: b).high
        x[Int(op.pointee.a)] = Int64(bitPattern: a) < 0 ? hi &- b : hi
    }
    static let div: OpDef = OpDef("div", native: NativeMultiplyDivideTemplates.divide(signed: true, remainder: false, word: false)) { cpu, op in
        let x = cpu.xreg
        let a = Int64(bitPattern: x[Int(op.pointee.b)]), d = Int64(bitPattern: x[Int(op.pointee.c)])
        let q: Int64
        if d == 0 { q = -1 } else if d == -1 { q = 0 &- a } else { q = a / d }
        x[Int(op.pointee.a)] = UInt64(bitPattern: q)
    }
    static let divu: OpDef = OpDef("divu", native: NativeMultiplyDivideTemplates.divide(signed: false, remainder: false, word: false)) { cpu, op in
        let x = cpu.xreg
        let a = x[Int(op.pointee.b)], d = x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = d == 0 ? UInt64.max : a / d
    }
    static let rem: OpDef = OpDef("rem", native: NativeMultiplyDivideTemplates.divide(signed: true, remainder: true, word: false)) { cpu, op in
        let x = cpu.xreg
        let a = Int64(bitPattern: x[Int(op.pointee.b)]), d = Int64(bitPattern: x[Int(op.pointee.c)])
        let r: Int64
        if d == 0 { r = a } else if d == -1 { r = 0 } else { r = a % d }
        x[Int(op.pointee.a)] = UInt64(bitPattern: r)
    }
    static let remu: OpDef = OpDef("remu", native: NativeMultiplyDivideTemplates.divide(signed: false, remainder: true, word: false)) { cpu, op in
        let x = cpu.xreg
        let a = x[Int(op.pointee.b)], d = x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = d == 0 ? a : a % d
    }

    static let mulw: OpDef = OpDef("mulw", native: NativeMultiplyDivideTemplates.mul(word: true)) { cpu, op in
        let x = cpu.xreg; x[Int(op.pointee.a)] = sext32(x[Int(op.pointee.b)] &* x[Int(op.pointee.c)])
    }
    static let divw: OpDef = OpDef("divw", native: NativeMultiplyDivideTemplates.divide(signed: true, remainder: false, word: true)) { cpu, op in
        let x = cpu.xreg
        let a = Int32(truncatingIfNeeded: x[Int(op.pointee.b)]), d = Int32(truncatingIfNeeded: x[Int(op.pointee.c)])
        let q: Int32
        if d == 0 { q = -1 } else if d == -1 { q = 0 &- a } else { q = a / d }
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(q))
    }
    static let divuw: OpDef = OpDef("divuw", native: NativeMultiplyDivideTemplates.divide(signed: false, remainder: false, word: true)) { cpu, op in
        let x = cpu.xreg
        let a = UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]), d = UInt32(truncatingIfNeeded: x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = sext32(d == 0 ? UInt32.max : a / d)
    }
    static let remw: OpDef = OpDef("remw", native: NativeMultiplyDivideTemplates.divide(signed: true, remainder: true, word: true)) { cpu, op in
        let x = cpu.xreg
        let a = Int32(truncatingIfNeeded: x[Int(op.pointee.b)]), d = Int32(truncatingIfNeeded: x[Int(op.pointee.c)])
        let r: Int32
        if d == 0 { r = a } else if d == -1 { r = 0 } else { r = a % d }
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(r))
    }
    static let remuw: OpDef = OpDef("remuw", native: NativeMultiplyDivideTemplates.divide(signed: false, remainder: true, word: true)) { cpu, op in
        let x = cpu.xreg
        let a = UInt32(truncatingIfNeeded: x[Int(op.pointee.b)]), d = UInt32(truncatingIfNeeded: x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = sext32(d == 0 ? a : a % d)
    }
}

extension RV64Decoder {
    static func decodeMulDiv(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let fns: [OpDef] = [MulDiv.mul, MulDiv.mulh, MulDiv.mulhsu, MulDiv.mulhu,
                           MulDiv.div, MulDiv.divu, MulDiv.rem, MulDiv.remu]
        emitRegReg(fns[Int(i.funct3)], rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2),
                   pc: pc, into: &b)
        return .next(length: 4)
    }

    static func decodeMulDiv32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let fn: OpDef
        switch i.funct3 {
        case 0b000: fn = MulDiv.mulw
        case 0b100: fn = MulDiv.divw
        case 0b101: fn = MulDiv.divuw
        case 0b110: fn = MulDiv.remw
        case 0b111: fn = MulDiv.remuw
        default: return .undefined
        }
        emitRegReg(fn, rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2), pc: pc, into: &b)
        return .next(length: 4)
    }
}
