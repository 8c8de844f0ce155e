import XrunCore

/// CCMP/CCMN: if the condition holds, NZCV = flags of Rn - op2 (CCMP) or Rn + op2
/// (CCMN); otherwise NZCV = the #nzcv immediate. b = Rn, c = Rm (register form) or
/// imm5 (immediate form); imm = condition mask (bits 15:0) | immediate flags in
/// PSTATE position << 32.
enum CondCompareOps {
    static let ccmpReg64: OpDef = OpDef("ccmp", native: NativeConditionalCompare.compare(sub: true, immediate: false, w: true)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.subs64(x[Int(op.pointee.b)], x[Int(op.pointee.c)]).1 : op.pointee.imm >> 32
    }
    static let ccmpImm64: OpDef = OpDef("ccmp", native: NativeConditionalCompare.compare(sub: true, immediate: true, w: true)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.subs64(x[Int(op.pointee.b)], UInt64(op.pointee.c)).1 : op.pointee.imm >> 32
    }
    static let ccmnReg64: OpDef = OpDef("ccmn", native: NativeConditionalCompare.compare(sub: false, immediate: false, w: true)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.adds64(x[Int(op.pointee.b)], x[Int(op.pointee.c)]).1 : op.pointee.imm >> 32
    }
    static let ccmnImm64: OpDef = OpDef("ccmn", native: NativeConditionalCompare.compare(sub: false, immediate: true, w: true)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.adds64(x[Int(op.pointee.b)], UInt64(op.pointee.c)).1 : op.pointee.imm >> 32
    }
    static let ccmpReg32: OpDef = OpDef("ccmp", native: NativeConditionalCompare.compare(sub: true, immediate: false, w: false)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(x[Int(op.pointee.c)])).1 : op.pointee.imm >> 32
    }
    static let ccmpImm32: OpDef = OpDef("ccmp", native: NativeConditionalCompare.compare(sub: true, immediate: true, w: false)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), UInt32(op.pointee.c)).1 : op.pointee.imm >> 32
    }
    static let ccmnReg32: OpDef = OpDef("ccmn", native: NativeConditionalCompare.compare(sub: false, immediate: false, w: false)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(x[Int(op.pointee.c)])).1 : op.pointee.imm >> 32
    }
    static let ccmnImm32: OpDef = OpDef("ccmn", native: NativeConditionalCompare.compare(sub: false, immediate: true, w: false)) { cpu, op in
        let x = cpu.x, flags = cpu.nzcv
        cpu.nzcv = A64Cond.holds(op.pointee.imm & 0xFFFF, flags)
            ? A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), UInt32(op.pointee.c)).1 : op.pointee.imm >> 32
    }
}

extension A64Decoder {
    /// C6.2 CCMN/CCMP (register and immediate):
    /// sf op 1 11010010 Rm|imm5 cond imm o2 Rn o3 nzcv, with o2 = o3 = 0.
    static func decodeConditionalCompare(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if (insn >> 29) & 1 == 0 || (insn >> 10) & 1 != 0 || (insn >> 4) & 1 != 0 { return .undefined }
        let sf = insn >> 31 == 1, ccmp = (insn >> 30) & 1 == 1, immediate = (insn >> 11) & 1 == 1
        let field = (insn >> 16) & 31
        let imm = UInt64(A64Cond.mask((insn >> 12) & 0xF)) | (UInt64(insn & 0xF) << 28) << 32
        let fn: OpDef
        switch (sf, ccmp, immediate) {
        case (true, true, false): fn = CondCompareOps.ccmpReg64
        case (true, true, true): fn = CondCompareOps.ccmpImm64
        case (true, false, false): fn = CondCompareOps.ccmnReg64
        case (true, false, true): fn = CondCompareOps.ccmnImm64
        case (false, true, false): fn = CondCompareOps.ccmpReg32
        case (false, true, true): fn = CondCompareOps.ccmpImm32
        case (false, false, false): fn = CondCompareOps.ccmnReg32
        case (false, false, true): fn = CondCompareOps.ccmnImm32
        }
        b.emit(fn, pc: pc, imm: imm, b: A64Reg.src((insn >> 5) & 31),
               c: immediate ? UInt8(field) : A64Reg.src(field))
        return .next(length: 4)
    }
}
