import XrunCore

/// ADD/SUB (immediate) ops: a = Rd, b = Rn, imm = the (shifted) immediate.
/// SUB without flags is ADD of the negated immediate.
enum AddSubImmOps {
    static let add64: OpDef = OpDef("add", native: NativeDataProcessing.addImm(w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ op.pointee.imm
    }
    static let add32: OpDef = OpDef("add", native: NativeDataProcessing.addImm(w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &+ op.pointee.imm) & 0xFFFF_FFFF
    }
    /// ADD #0: MOV to/from SP (and MOV (register) via ORR with XZR).
    static let mov64: OpDef = OpDef("mov", native: NativeDataProcessing.addImm(w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)]
    }
    static let mov32: OpDef = OpDef("mov", native: NativeDataProcessing.addImm(w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & 0xFFFF_FFFF
    }
    static let adds64: OpDef = OpDef("adds", native: NativeDataProcessing.addsImm(sub: false, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], op.pointee.imm)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subs64: OpDef = OpDef("subs", native: NativeDataProcessing.addsImm(sub: true, w: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], op.pointee.imm)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let adds32: OpDef = OpDef("adds", native: NativeDataProcessing.addsImm(sub: false, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(op.pointee.imm))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subs32: OpDef = OpDef("subs", native: NativeDataProcessing.addsImm(sub: true, w: false)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(op.pointee.imm))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
}

extension A64Decoder {
    /// C6.2 ADD (immediate), C6.2 ADDS, C6.2 SUB, C6.2 SUBS:
    /// sf op S 100010 sh imm12 Rn Rd. Rn is SP-or; Rd is SP-or unless S (then XZR).
    static func decodeAddSubImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, sub = (insn >> 30) & 1 == 1, setFlags = (insn >> 29) & 1 == 1
        let imm = UInt64((insn >> 10) & 0xFFF) << ((insn >> 22) & 1 == 1 ? 12 : 0)
        let rn = A64Reg.spOr((insn >> 5) & 31)
        if setFlags {
            let rd = A64Reg.dst(insn & 31)
            let fn = sf ? (sub ? AddSubImmOps.subs64 : AddSubImmOps.adds64)
                        : (sub ? AddSubImmOps.subs32 : AddSubImmOps.adds32)
            b.emit(fn, pc: pc, imm: imm, a: rd, b: rn)
        } else {
            let rd = A64Reg.spOr(insn & 31)
            if imm == 0 {
                b.emit(sf ? AddSubImmOps.mov64 : AddSubImmOps.mov32, pc: pc, a: rd, b: rn)
            } else {
                b.emit(sf ? AddSubImmOps.add64 : AddSubImmOps.add32, pc: pc,
                       imm: sub ? 0 &- imm : imm, a: rd, b: rn)
            }
        }
        return .next(length: 4)
    }
}
