import XrunCore

/// ADD/SUB/ADDS/SUBS (shifted register): a = Rd, b = Rn, c = Rm, d = shift amount.
/// Also used by the extended-register forms whose extension is the identity
/// (UXTX/SXTX, and UXTW/SXTW in 32-bit operations), where Rn/Rd may be SP.
enum AddSubRegOps {
    static let addPlain64: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ShiftedOperand.plain64(x, op)
    }
    static let subPlain64: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- ShiftedOperand.plain64(x, op)
    }
    static let addsPlain64: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], ShiftedOperand.plain64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsPlain64: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], ShiftedOperand.plain64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addLSL64: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ShiftedOperand.lsl64(x, op)
    }
    static let subLSL64: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- ShiftedOperand.lsl64(x, op)
    }
    static let addsLSL64: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], ShiftedOperand.lsl64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsLSL64: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], ShiftedOperand.lsl64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addLSR64: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ShiftedOperand.lsr64(x, op)
    }
    static let subLSR64: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- ShiftedOperand.lsr64(x, op)
    }
    static let addsLSR64: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], ShiftedOperand.lsr64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsLSR64: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], ShiftedOperand.lsr64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addASR64: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ShiftedOperand.asr64(x, op)
    }
    static let subASR64: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- ShiftedOperand.asr64(x, op)
    }
    static let addsASR64: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], ShiftedOperand.asr64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsASR64: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], ShiftedOperand.asr64(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addPlain32: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &+ ShiftedOperand.plain32(x, op))
    }
    static let subPlain32: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &- ShiftedOperand.plain32(x, op))
    }
    static let addsPlain32: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.plain32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsPlain32: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.plain32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addLSL32: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &+ ShiftedOperand.lsl32(x, op))
    }
    static let subLSL32: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &- ShiftedOperand.lsl32(x, op))
    }
    static let addsLSL32: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.lsl32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsLSL32: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.lsl32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addLSR32: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &+ ShiftedOperand.lsr32(x, op))
    }
    static let subLSR32: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &- ShiftedOperand.lsr32(x, op))
    }
    static let addsLSR32: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.lsr32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsLSR32: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.lsr32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addASR32: OpDef = OpDef("add", native: NativeDataProcessing.addSubReg(sub: false, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &+ ShiftedOperand.asr32(x, op))
    }
    static let subASR32: OpDef = OpDef("sub", native: NativeDataProcessing.addSubReg(sub: true, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &- ShiftedOperand.asr32(x, op))
    }
    static let addsASR32: OpDef = OpDef("adds", native: NativeDataProcessing.addSubReg(sub: false, flags: true, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.asr32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsASR32: OpDef = OpDef("subs", native: NativeDataProcessing.addSubReg(sub: true, flags: true, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), ShiftedOperand.asr32(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }

    /// Indexed [(op << 1 | S) * 4 + kind], kind 0 = no shift, 1 + shift type otherwise.
    static let table64: [OpDef] = [
        addPlain64, addLSL64, addLSR64, addASR64,
        addsPlain64, addsLSL64, addsLSR64, addsASR64,
        subPlain64, subLSL64, subLSR64, subASR64,
        subsPlain64, subsLSL64, subsLSR64, subsASR64,
    ]
    static let table32: [OpDef] = [
        addPlain32, addLSL32, addLSR32, addASR32,
        addsPlain32, addsLSL32, addsLSR32, addsASR32,
        subPlain32, subLSL32, subLSR32, subASR32,
        subsPlain32, subsLSL32, subsLSR32, subsASR32,
    ]
}

extension A64Decoder {
    /// C6.2 ADD/ADDS/SUB/SUBS (shifted register): sf op S 01011 shift(2) 0 Rm imm6 Rn Rd.
    /// Register 31 is XZR everywhere (NEG/NEGS/CMP/CMN are aliases).
    static func decodeAddSubShiftedRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, opS = (insn >> 29) & 3, shift = (insn >> 22) & 3
        let amount = (insn >> 10) & 0x3F
        if shift == 0b11 || (!sf && amount >= 32) { return .undefined }
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src((insn >> 5) & 31), rm = A64Reg.src((insn >> 16) & 31)
        let index = Int(opS) * 4 + (amount == 0 ? 0 : Int(shift) + 1)
        b.emit(sf ? AddSubRegOps.table64[index] : AddSubRegOps.table32[index], pc: pc,
               a: rd, b: rn, c: rm, d: UInt8(amount))
        return .next(length: 4)
    }
}
