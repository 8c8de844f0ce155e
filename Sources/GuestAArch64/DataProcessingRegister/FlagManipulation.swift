import XrunCore

/// FEAT_FlagM and FEAT_FlagM2 (C6.2 "CFINV", "RMIF", "SETF8, SETF16", "XAFLAG",
/// "AXFLAG"): direct writes of PSTATE.NZCV.
///   RMIF:   1 0 1 11010000 imm6 00001 Rn 0 mask   (Data Processing -- Register, op2 0000)
///   SETF:   0 0 1 11010000 000000 sz 0010 Rn 0 1101
///   CFINV, XAFLAG, AXFLAG: MSR (immediate) to PSTATE with op1 000, CRm 0000, op2 000 /
///   001 / 010, Rt 11111 (d500401f, d500403f, d500405f).
extension A64Decoder {
    /// Called for Data Processing -- Register, op2 = 0000 with op3 != 000000.
    static func decodeFlagManipulation(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard A64Features.has(A64Features.FLAGM) else { return .undefined }
        let n = A64Reg.src(insn >> 5 & 31)
        if insn & 0xFFE0_7C10 == 0xBA00_0400 {
            b.emit(FlagMOps.rmif, pc: pc, imm: UInt64(insn >> 15 & 0x3F), a: n, b: UInt8(insn & 0xF))
            return .next(length: 4)
        }
        if insn & 0xFFFF_BC1F == 0x3A00_080D {
            b.emit(insn >> 14 & 1 == 0 ? FlagMOps.setf8 : FlagMOps.setf16, pc: pc, a: n)
            return .next(length: 4)
        }
        return .undefined
    }

    /// The FlagM forms of MSR (immediate); other PSTATE fields stay undefined.
    static func decodeFlagMPState(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        // CFINV is FEAT_FlagM; XAFLAG and AXFLAG are FEAT_FlagM2 (HWCAP2_FLAGM2).
        switch insn {
        case 0xD500_401F where A64Features.has(A64Features.FLAGM): b.emit(FlagMOps.cfinv, pc: pc)
        case 0xD500_403F where A64Features.has2(A64Features.FLAGM2): b.emit(FlagMOps.xaflag, pc: pc)
        case 0xD500_405F where A64Features.has2(A64Features.FLAGM2): b.emit(FlagMOps.axflag, pc: pc)
        default: return .undefined
        }
        return .next(length: 4)
    }
}

enum FlagMOps {
    /// RMIF Xn, #imm6, #mask: each flag whose mask bit (3 N, 2 Z, 1 C, 0 V) is set takes
    /// the same bit of ROR(Xn, imm6). Operand fields: a = Xn, b = mask, imm = rotation.
    static let rmif: OpDef = OpDef("rmif") { cpu, op in
        let o = op.pointee, x = cpu.x[Int(o.a)], r = o.imm
        let t = (x &>> r | x &<< (64 &- r)) & 0xF, mask = UInt64(o.b)
        cpu.nzcv = cpu.nzcv & ~(mask << 28) | (t & mask) << 28
    }
    /// SETF8/SETF16 Wn: N = Wn<7>, Z = (Wn<7:0> == 0), V = Wn<8> EOR Wn<7>, C kept
    /// (bits 15/16 for SETF16).
    @inline(__always) static func setf(_ cpu: UnsafeMutableRawPointer, _ x: UInt64, _ bits: UInt64) {
        let top = x &>> (bits &- 1) & 1, above = x &>> bits & 1
        let z: UInt64 = x & (1 &<< bits &- 1) == 0 ? 1 : 0
        cpu.nzcv = cpu.nzcv & A64Flags.c | top << 31 | z << 30 | (top ^ above) << 28
    }
    static let setf8: OpDef = OpDef("setf8") { cpu, op in setf(cpu, cpu.x[Int(op.pointee.a)], 8) }
    static let setf16: OpDef = OpDef("setf16") { cpu, op in setf(cpu, cpu.x[Int(op.pointee.a)], 16) }
    /// CFINV: C = NOT C.
    static let cfinv: OpDef = OpDef("cfinv") { cpu, _ in cpu.nzcv ^= A64Flags.c }
    /// XAFLAG (external to Arm format): N = !C & !Z, Z = Z & C, C = C | Z, V = !C & Z.
    static let xaflag: OpDef = OpDef("xaflag") { cpu, _ in
        let f = cpu.nzcv, c = f >> 29 & 1, z = f >> 30 & 1
        cpu.nzcv = (~c & ~z & 1) << 31 | (z & c) << 30 | (c | z) << 29 | (~c & z & 1) << 28
    }
    /// AXFLAG (Arm to external format): Z = Z | V, C = C & !V, N = V = 0.
    static let axflag: OpDef = OpDef("axflag") { cpu, _ in
        let f = cpu.nzcv, c = f >> 29 & 1, z = f >> 30 & 1, v = f >> 28 & 1
        cpu.nzcv = (z | v) << 30 | (c & ~v & 1) << 29
    }
}
