import XrunCore

/// ADC/ADCS/SBC/SBCS: a = Rd, b = Rn, c = Rm. SBC is Rn + NOT(Rm) + C.
enum CarryOps {
    static let adc64: OpDef = OpDef("adc", native: NativeCarry.addWithCarry(sub: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ x[Int(op.pointee.c)] &+ A64ALU.carry(cpu.nzcv)
    }
    static let sbc64: OpDef = OpDef("sbc", native: NativeCarry.addWithCarry(sub: true, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ~x[Int(op.pointee.c)] &+ A64ALU.carry(cpu.nzcv)
    }
    static let adc32: OpDef = OpDef("adc", native: NativeCarry.addWithCarry(sub: false, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &+ x[Int(op.pointee.c)] &+ A64ALU.carry(cpu.nzcv)) & 0xFFFF_FFFF
    }
    static let sbc32: OpDef = OpDef("sbc", native: NativeCarry.addWithCarry(sub: true, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &+ ~x[Int(op.pointee.c)] &+ A64ALU.carry(cpu.nzcv)) & 0xFFFF_FFFF
    }
    static let adcs64: OpDef = OpDef("adcs") { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.addWithCarry64(x[Int(op.pointee.b)], x[Int(op.pointee.c)], A64ALU.carry(cpu.nzcv))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let sbcs64: OpDef = OpDef("sbcs") { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.addWithCarry64(x[Int(op.pointee.b)], ~x[Int(op.pointee.c)], A64ALU.carry(cpu.nzcv))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let adcs32: OpDef = OpDef("adcs") { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.addWithCarry32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(x[Int(op.pointee.c)]),
                                           UInt32(truncatingIfNeeded: A64ALU.carry(cpu.nzcv)))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let sbcs32: OpDef = OpDef("sbcs") { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.addWithCarry32(A64ALU.w(x[Int(op.pointee.b)]), ~A64ALU.w(x[Int(op.pointee.c)]),
                                           UInt32(truncatingIfNeeded: A64ALU.carry(cpu.nzcv)))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
}

extension A64Decoder {
    /// C6.2 ADC, ADCS, SBC, SBCS (NGC/NGCS aliases): sf op S 11010000 Rm 000000 Rn Rd.
    static func decodeAddSubWithCarry(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, sub = (insn >> 30) & 1 == 1, s = (insn >> 29) & 1 == 1
        let fn: OpDef
        switch (sf, sub, s) {
        case (true, false, false): fn = CarryOps.adc64
        case (true, false, true): fn = CarryOps.adcs64
        case (true, true, false): fn = CarryOps.sbc64
        case (true, true, true): fn = CarryOps.sbcs64
        case (false, false, false): fn = CarryOps.adc32
        case (false, false, true): fn = CarryOps.adcs32
        case (false, true, false): fn = CarryOps.sbc32
        case (false, true, true): fn = CarryOps.sbcs32
        }
        b.emit(fn, pc: pc, a: A64Reg.dst(insn & 31), b: A64Reg.src((insn >> 5) & 31),
               c: A64Reg.src((insn >> 16) & 31))
        return .next(length: 4)
    }
}
