import XrunCore

/// Indirect branches: a = Rn.
enum BranchRegisterOps {
    static let br: OpDef = OpDef("br", native: NativeBranches.indirect(link: false)) { cpu, op in cpu.branchIndirect(to: cpu.x[Int(op.pointee.a)]) }
    /// BLR: the target is read before X30 is written (BLR X30 branches to the old X30).
    static let blr: OpDef = OpDef("blr", native: NativeBranches.indirect(link: true)) { cpu, op in
        let x = cpu.x
        let target = x[Int(op.pointee.a)]
        x[30] = op.pointee.pc &+ 4
        cpu.branchIndirect(to: target)
    }
}

extension A64Decoder {
    /// C6.2 BR, C6.2 BLR, C6.2 RET: 1101011 opc(4) op2(5)=11111 op3(6) Rn op4(5).
    /// The pointer-authenticating forms (BRAA, BLRAA, RETAA, ...; op3 = 00001x) and
    /// ERET/DRPS are UNDEFINED here: FEAT_PAuth is not advertised and EL0 cannot ERET.
    static func decodeBranchRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let opc = (insn >> 21) & 0xF, op2 = (insn >> 16) & 31, op3 = (insn >> 10) & 0x3F, op4 = insn & 31
        if op2 != 31 || op3 != 0 || op4 != 0 { return .undefined }
        let rn = A64Reg.src((insn >> 5) & 31)
        switch opc {
        case 0b0000, 0b0010: b.emit(BranchRegisterOps.br, pc: pc, a: rn)   // BR, RET
        case 0b0001: b.emit(BranchRegisterOps.blr, pc: pc, a: rn)
        default: return .undefined
        }
        return .end(length: 4)
    }
}
