import XrunCore

/// RV64I control transfer (spec 2.5): JAL, JALR and the conditional branches. Each
/// ends its block. Exit slot 0 is the taken target, slot 1 the fall-through.
/// Op fields: a = rd slot (link register), b = rs1, c = rs2, imm = target (JAL,
/// branches) or offset (JALR), d = instruction length (4, or 2 for C forms), used
/// for the link value and the fall-through address.
enum Control {
    static let jal: OpDef = OpDef("jal", native: NativeControlTransferTemplates.jal) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = op.pointee.pc &+ UInt64(op.pointee.d)
        cpu.branch(to: op.pointee.imm, slot: 0)
    }
    /// The target is computed before rd is written (rd may be rs1); bit 0 is cleared.
    static let jalr: OpDef = OpDef("jalr", native: NativeControlTransferTemplates.jalr) { cpu, op in
        let x = cpu.xreg
        let target = (x[Int(op.pointee.b)] &+ op.pointee.imm) & ~1
        x[Int(op.pointee.a)] = op.pointee.pc &+ UInt64(op.pointee.d)
        cpu.branchIndirect(to: target)
    }

    @inline(__always)
    static func branch(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ taken: Bool) {
        if taken {
            cpu.branch(to: op.pointee.imm, slot: 0)
        } else {
            cpu.branch(to: op.pointee.pc &+ UInt64(op.pointee.d), slot: 1)
        }
    }
    static let beq: OpDef = OpDef("beq", native: NativeControlTransferTemplates.branch(taken: .e)) { cpu, op in
        let x = cpu.xreg; branch(cpu, op, x[Int(op.pointee.b)] == x[Int(op.pointee.c)])
    }
    static let bne: OpDef = OpDef("bne", native: NativeControlTransferTemplates.branch(taken: .ne)) { cpu, op in
        let x = cpu.xreg; branch(cpu, op, x[Int(op.pointee.b)] != x[Int(op.pointee.c)])
    }
    static let blt: OpDef = OpDef("blt", native: NativeControlTransferTemplates.branch(taken: .l)) { cpu, op in
        let x = cpu.xreg
        branch(cpu, op, Int64(bitPattern: x[Int(op.pointee.b)]) < Int64(bitPattern: x[Int(op.pointee.c)]))
    }
    static let bge: OpDef = OpDef("bge", native: NativeControlTransferTemplates.branch(taken: .ge)) { cpu, op in
        let x = cpu.xreg
        branch(cpu, op, Int64(bitPattern: x[Int(op.pointee.b)]) >= Int64(bitPattern: x[Int(op.pointee.c)]))
    }
    static let bltu: OpDef = OpDef("bltu", native: NativeControlTransferTemplates.branch(taken: .b)) { cpu, op in
        let x = cpu.xreg; branch(cpu, op, x[Int(op.pointee.b)] < x[Int(op.pointee.c)])
    }
    static let bgeu: OpDef = OpDef("bgeu", native: NativeControlTransferTemplates.branch(taken: .ae)) { cpu, op in
        let x = cpu.xreg; branch(cpu, op, x[Int(op.pointee.b)] >= x[Int(op.pointee.c)])
    }
}

extension RV64Decoder {
    static func emitJal(rd: UInt8, target: UInt64, length: Int, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        b.emit(Control.jal, pc: pc, imm: target, a: rd, d: UInt8(length))
        return .end(length: length)
    }

    static func emitJalr(rd: UInt8, rs1: UInt8, offset: Int64, length: Int, pc: UInt64,
                         into b: inout BlockBuilder) -> DecodeResult {
        b.emit(Control.jalr, pc: pc, imm: immBits(offset), a: rd, b: rs1, d: UInt8(length))
        return .end(length: length)
    }

    /// funct3: 000 beq, 001 bne, 100 blt, 101 bge, 110 bltu, 111 bgeu.
    static func emitBranch(funct3: UInt32, rs1: UInt8, rs2: UInt8, target: UInt64, length: Int, pc: UInt64,
                           into b: inout BlockBuilder) -> DecodeResult {
        let fn: OpDef
        switch funct3 {
        case 0b000: fn = Control.beq
        case 0b001: fn = Control.bne
        case 0b100: fn = Control.blt
        case 0b101: fn = Control.bge
        case 0b110: fn = Control.bltu
        case 0b111: fn = Control.bgeu
        default: return .undefined
        }
        b.emit(fn, pc: pc, imm: target, b: rs1, c: rs2, d: UInt8(length))
        return .end(length: length)
    }

    static func decodeJAL(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitJal(rd: RVReg.dst(i.rd), target: pc &+ immBits(i.immJ), length: 4, pc: pc, into: &b)
    }

    static func decodeJALR(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard i.funct3 == 0 else { return .undefined }
        return emitJalr(rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), offset: i.immI, length: 4, pc: pc, into: &b)
    }

    static func decodeBranch(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitBranch(funct3: i.funct3, rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2),
                   target: pc &+ immBits(i.immB), length: 4, pc: pc, into: &b)
    }
}
