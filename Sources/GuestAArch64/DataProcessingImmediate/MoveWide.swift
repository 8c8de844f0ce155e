import XrunCore

/// Ops that write a value known at decode time, and MOVK.
enum MoveWideOps {
    /// Xa = imm. Used for MOVZ/MOVN, ADR/ADRP, ORR-immediate from XZR (MOV), and
    /// system registers whose value is a constant.
    static let setConst: OpDef = OpDef("mov", native: NativeDataProcessing.setConst) { cpu, op in cpu.x[Int(op.pointee.a)] = op.pointee.imm }
    /// MOVK Xa, #imm16, LSL #c: imm is the shifted half-word, b the shift.
    static let movk64: OpDef = OpDef("movk", native: NativeFieldInsert.moveKeep(w: true)) { cpu, op in
        let x = cpu.x, d = Int(op.pointee.a)
        x[d] = (x[d] & ~(0xFFFF &<< UInt64(op.pointee.b))) | op.pointee.imm
    }
    /// MOVK Wa: the untouched half-word is kept, the upper 32 bits cleared.
    static let movk32: OpDef = OpDef("movk", native: NativeFieldInsert.moveKeep(w: false)) { cpu, op in
        let x = cpu.x, d = Int(op.pointee.a)
        x[d] = (x[d] & 0xFFFF_FFFF & ~(0xFFFF &<< UInt64(op.pointee.b))) | op.pointee.imm
    }
}

extension A64Decoder {
    /// C6.2 MOVN, C6.2 MOVZ, C6.2 MOVK: sf opc(2) 100101 hw(2) imm16 Rd.
    static func decodeMoveWide(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31, opc = (insn >> 29) & 3, hw = (insn >> 21) & 3
        let imm16 = UInt64((insn >> 5) & 0xFFFF), rd = A64Reg.dst(insn & 31)
        if opc == 0b01 || (sf == 0 && hw >= 2) { return .undefined }
        let shift = UInt64(hw * 16)
        let value = imm16 << shift
        switch opc {
        case 0b00: // MOVN
            let v = sf == 1 ? ~value : UInt64(UInt32(truncatingIfNeeded: ~value))
            b.emit(MoveWideOps.setConst, pc: pc, imm: v, a: rd)
        case 0b10: // MOVZ
            b.emit(MoveWideOps.setConst, pc: pc, imm: value, a: rd)
        default: // MOVK
            if rd == A64Reg.discard { break }
            b.emit(sf == 1 ? MoveWideOps.movk64 : MoveWideOps.movk32, pc: pc, imm: value, a: rd, b: UInt8(shift))
        }
        return .next(length: 4)
    }
}
