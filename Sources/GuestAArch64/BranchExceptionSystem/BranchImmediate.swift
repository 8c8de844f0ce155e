import XrunCore

/// Direct branches. The target is a decode-time constant in `imm`; slot 0 is
/// always the taken target and slot 1 the fall-through (pc + 4).
enum BranchOps {
    static let b: OpDef = OpDef("b", native: NativeBranches.b) { cpu, op in cpu.branch(to: op.pointee.imm, slot: 0) }
    static let bl: OpDef = OpDef("bl", native: NativeBranches.bl) { cpu, op in
        cpu.x[30] = op.pointee.pc &+ 4
        cpu.branch(to: op.pointee.imm, slot: 0)
    }
    /// B.cond: a | b << 8 = the condition's truth table (`A64Cond.mask`).
    static let bcond: OpDef = OpDef("b.cond", native: NativeBranches.bcond) { cpu, op in
        let mask = UInt64(op.pointee.a) | UInt64(op.pointee.b) << 8
        if A64Cond.holds(mask, cpu.nzcv) {
            cpu.branch(to: op.pointee.imm, slot: 0)
        } else {
            cpu.branch(to: op.pointee.pc &+ 4, slot: 1)
        }
    }
    // CBZ/CBNZ: a = Rt.
    static let cbz64: OpDef = OpDef("cbz", native: NativeBranches.compareAndBranch(zero: true, w: true)) { cpu, op in
        if cpu.x[Int(op.pointee.a)] == 0 { cpu.branch(to: op.pointee.imm, slot: 0) }
        else { cpu.branch(to: op.pointee.pc &+ 4, slot: 1) }
    }
    static let cbnz64: OpDef = OpDef("cbnz", native: NativeBranches.compareAndBranch(zero: false, w: true)) { cpu, op in
        if cpu.x[Int(op.pointee.a)] != 0 { cpu.branch(to: op.pointee.imm, slot: 0) }
        else { cpu.branch(to: op.pointee.pc &+ 4, slot: 1) }
    }
    static let cbz32: OpDef = OpDef("cbz", native: NativeBranches.compareAndBranch(zero: true, w: false)) { cpu, op in
        if cpu.x[Int(op.pointee.a)] & 0xFFFF_FFFF == 0 { cpu.branch(to: op.pointee.imm, slot: 0) }
        else { cpu.branch(to: op.pointee.pc &+ 4, slot: 1) }
    }
    static let cbnz32: OpDef = OpDef("cbnz", native: NativeBranches.compareAndBranch(zero: false, w: false)) { cpu, op in
        if cpu.x[Int(op.pointee.a)] & 0xFFFF_FFFF != 0 { cpu.branch(to: op.pointee.imm, slot: 0) }
        else { cpu.branch(to: op.pointee.pc &+ 4, slot: 1) }
    }
    // TBZ/TBNZ: a = Rt, b = bit number.
    static let tbz: OpDef = OpDef("tbz", native: NativeBranches.testAndBranch(zero: true)) { cpu, op in
        if (cpu.x[Int(op.pointee.a)] &>> UInt64(op.pointee.b)) & 1 == 0 { cpu.branch(to: op.pointee.imm, slot: 0) }
        else { cpu.branch(to: op.pointee.pc &+ 4, slot: 1) }
    }
    static let tbnz: OpDef = OpDef("tbnz", native: NativeBranches.testAndBranch(zero: false)) { cpu, op in
        if (cpu.x[Int(op.pointee.a)] &>> UInt64(op.pointee.b)) & 1 != 0 { cpu.branch(to: op.pointee.imm, slot: 0) }
        else { cpu.branch(to: op.pointee.pc &+ 4, slot: 1) }
    }
}

extension A64Decoder {
    /// Sign-extends the `bits`-wide field at `shift` and scales it by 4.
    @inline(__always)
    static func branchOffset(_ insn: UInt32, shift: UInt32, bits: UInt32) -> UInt64 {
        let field = Int64(insn >> shift) << (64 - Int64(bits))
        return UInt64(bitPattern: (field >> (64 - Int64(bits))) << 2)
    }

    /// C6.2 B, C6.2 BL: op 00101 imm26.
    static func decodeBranchImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let target = pc &+ branchOffset(insn, shift: 0, bits: 26)
        b.emit(insn >> 31 == 1 ? BranchOps.bl : BranchOps.b, pc: pc, imm: target)
        return .end(length: 4)
    }

    /// C6.2 B.cond: 0101010 o1 imm19 o0 cond. o0 = 1 is BC.cond (FEAT_HBC, not implemented).
    static func decodeConditionalBranch(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if (insn >> 24) & 1 != 0 || (insn >> 4) & 1 != 0 { return .undefined }
        let target = pc &+ branchOffset(insn, shift: 5, bits: 19)
        let cond = insn & 0xF
        if cond >= 0b1110 {         // AL and NV: always taken
            b.emit(BranchOps.b, pc: pc, imm: target)
        } else {
            let mask = A64Cond.mask(cond)
            b.emit(BranchOps.bcond, pc: pc, imm: target, a: UInt8(mask & 0xFF), b: UInt8(mask >> 8))
        }
        return .end(length: 4)
    }

    /// C6.2 CBZ, C6.2 CBNZ: sf 011010 op imm19 Rt.
    static func decodeCompareAndBranch(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let target = pc &+ branchOffset(insn, shift: 5, bits: 19)
        let sf = insn >> 31 == 1, nonzero = (insn >> 24) & 1 == 1
        let rt = A64Reg.src(insn & 31)
        let fn = sf ? (nonzero ? BranchOps.cbnz64 : BranchOps.cbz64)
                    : (nonzero ? BranchOps.cbnz32 : BranchOps.cbz32)
        b.emit(fn, pc: pc, imm: target, a: rt)
        return .end(length: 4)
    }

    /// C6.2 TBZ, C6.2 TBNZ: b5 011011 op b40 imm14 Rt.
    static func decodeTestAndBranch(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let target = pc &+ branchOffset(insn, shift: 5, bits: 14)
        let bit = UInt8(((insn >> 31) << 5) | ((insn >> 19) & 31))
        let rt = A64Reg.src(insn & 31)
        b.emit((insn >> 24) & 1 == 1 ? BranchOps.tbnz : BranchOps.tbz, pc: pc, imm: target, a: rt, b: bit)
        return .end(length: 4)
    }
}
