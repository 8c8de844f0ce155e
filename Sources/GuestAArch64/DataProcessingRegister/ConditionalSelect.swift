import XrunCore

/// CSEL/CSINC/CSINV/CSNEG: Rd = cond ? Rn : f(Rm). a = Rd, b = Rn, c = Rm,
/// imm = condition mask.
enum CondSelectOps {
    static let csel64: OpDef = OpDef("csel", native: NativeDataProcessing.conditionalSelect(.sel, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : x[Int(op.pointee.c)]
    }
    static let csinc64: OpDef = OpDef("csinc", native: NativeDataProcessing.conditionalSelect(.inc, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : x[Int(op.pointee.c)] &+ 1
    }
    static let csinv64: OpDef = OpDef("csinv", native: NativeDataProcessing.conditionalSelect(.inv, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : ~x[Int(op.pointee.c)]
    }
    static let csneg64: OpDef = OpDef("csneg", native: NativeDataProcessing.conditionalSelect(.neg, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : 0 &- x[Int(op.pointee.c)]
    }
    static let csel32: OpDef = OpDef("csel", native: NativeDataProcessing.conditionalSelect(.sel, w: false)) { cpu, op in
        let x = cpu.x
        let v = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = v & 0xFFFF_FFFF
    }
    static let csinc32: OpDef = OpDef("csinc", native: NativeDataProcessing.conditionalSelect(.inc, w: false)) { cpu, op in
        let x = cpu.x
        let v = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : x[Int(op.pointee.c)] &+ 1
        x[Int(op.pointee.a)] = v & 0xFFFF_FFFF
    }
    static let csinv32: OpDef = OpDef("csinv", native: NativeDataProcessing.conditionalSelect(.inv, w: false)) { cpu, op in
        let x = cpu.x
        let v = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : ~x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = v & 0xFFFF_FFFF
    }
    static let csneg32: OpDef = OpDef("csneg", native: NativeDataProcessing.conditionalSelect(.neg, w: false)) { cpu, op in
        let x = cpu.x
        let v = A64Cond.holds(op.pointee.imm, cpu.nzcv) ? x[Int(op.pointee.b)] : 0 &- x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = v & 0xFFFF_FFFF
    }
    /// CSET (CSINC Rd, ZR, ZR): 0 if the encoded condition holds, else 1. Branch-free.
    static let cset: OpDef = OpDef("cset", native: NativeDataProcessing.conditionalSet(mask: false, w: true)) { cpu, op in
        cpu.x[Int(op.pointee.a)] = ((op.pointee.imm >> (cpu.nzcv >> 28)) & 1) ^ 1
    }
    /// CSETM (CSINV Rd, ZR, ZR): 0 if the encoded condition holds, else all ones.
    static let csetm64: OpDef = OpDef("csetm", native: NativeDataProcessing.conditionalSet(mask: true, w: true)) { cpu, op in
        cpu.x[Int(op.pointee.a)] = ((op.pointee.imm >> (cpu.nzcv >> 28)) & 1) &- 1
    }
    static let csetm32: OpDef = OpDef("csetm", native: NativeDataProcessing.conditionalSet(mask: true, w: false)) { cpu, op in
        cpu.x[Int(op.pointee.a)] = (((op.pointee.imm >> (cpu.nzcv >> 28)) & 1) &- 1) & 0xFFFF_FFFF
    }
}

extension A64Decoder {
    /// C6.2 CSEL, CSINC, CSINV, CSNEG (and CSET/CSETM/CINC/CINV/CNEG):
    /// sf op S 11010100 Rm cond op2(2) Rn Rd, with S = 0 and op2 < 2.
    static func decodeConditionalSelect(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let op2 = (insn >> 10) & 3
        if (insn >> 29) & 1 != 0 || op2 > 1 { return .undefined }
        let sf = insn >> 31 == 1, op = (insn >> 30) & 1
        let rnF = (insn >> 5) & 31, rmF = (insn >> 16) & 31
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src(rnF), rm = A64Reg.src(rmF)
        let mask = UInt64(A64Cond.mask((insn >> 12) & 0xF))
        if rnF == 31 && rmF == 31 && op != op2 {
            // From XZR both ways: CSET (CSINC) or CSETM (CSINV).
            b.emit(op == 0 ? CondSelectOps.cset : (sf ? CondSelectOps.csetm64 : CondSelectOps.csetm32),
                   pc: pc, imm: mask, a: rd)
            return .next(length: 4)
        }
        let fn: OpDef
        switch (op, op2) {
        case (0, 0): fn = sf ? CondSelectOps.csel64 : CondSelectOps.csel32
        case (0, _): fn = sf ? CondSelectOps.csinc64 : CondSelectOps.csinc32
        case (_, 0): fn = sf ? CondSelectOps.csinv64 : CondSelectOps.csinv32
        default: fn = sf ? CondSelectOps.csneg64 : CondSelectOps.csneg32
        }
        b.emit(fn, pc: pc, imm: mask, a: rd, b: rn, c: rm)
        return .next(length: 4)
    }
}
