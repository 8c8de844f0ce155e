import XrunCore

/// RV64I loads and stores (spec 2.6, 4.3). The effective address is rs1 + offset.
/// Misaligned accesses succeed: Linux emulates them on harts that trap, and the x86
/// host does them directly. Op fields: a = rd slot, b = rs1, c = rs2 (stores),
/// imm = offset.
enum LoadStore {
    @inline(__always)
    static func address(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) -> UnsafeMutableRawPointer {
        cpu.beginAccess(op)
        return cpu.host(cpu.xreg[Int(op.pointee.b)] &+ op.pointee.imm)
    }

    static let lb: OpDef = OpDef("lb", native: NativeLoadStoreTemplates.load(size: 1, signed: true)) { cpu, op in
        let v = address(cpu, op).load(as: Int8.self)
        cpu.xreg[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
    static let lh: OpDef = OpDef("lh", native: NativeLoadStoreTemplates.load(size: 2, signed: true)) { cpu, op in
        let v = address(cpu, op).loadUnaligned(as: Int16.self)
        cpu.xreg[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
    static let lw: OpDef = OpDef("lw", native: NativeLoadStoreTemplates.load(size: 4, signed: true)) { cpu, op in
        let v = address(cpu, op).loadUnaligned(as: Int32.self)
        cpu.xreg[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
    static let ld: OpDef = OpDef("ld", native: NativeLoadStoreTemplates.load(size: 8, signed: false)) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = address(cpu, op).loadUnaligned(as: UInt64.self)
    }
    static let lbu: OpDef = OpDef("lbu", native: NativeLoadStoreTemplates.load(size: 1, signed: false)) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = UInt64(address(cpu, op).load(as: UInt8.self))
    }
    static let lhu: OpDef = OpDef("lhu", native: NativeLoadStoreTemplates.load(size: 2, signed: false)) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = UInt64(address(cpu, op).loadUnaligned(as: UInt16.self))
    }
    static let lwu: OpDef = OpDef("lwu", native: NativeLoadStoreTemplates.load(size: 4, signed: false)) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = UInt64(address(cpu, op).loadUnaligned(as: UInt32.self))
    }

    static let sb: OpDef = OpDef("sb", native: NativeLoadStoreTemplates.store(size: 1)) { cpu, op in
        let p = address(cpu, op)
        p.storeBytes(of: UInt8(truncatingIfNeeded: cpu.xreg[Int(op.pointee.c)]), as: UInt8.self)
    }
    static let sh: OpDef = OpDef("sh", native: NativeLoadStoreTemplates.store(size: 2)) { cpu, op in
        let p = address(cpu, op)
        p.storeBytes(of: UInt16(truncatingIfNeeded: cpu.xreg[Int(op.pointee.c)]), as: UInt16.self)
    }
    static let sw: OpDef = OpDef("sw", native: NativeLoadStoreTemplates.store(size: 4)) { cpu, op in
        let p = address(cpu, op)
        p.storeBytes(of: UInt32(truncatingIfNeeded: cpu.xreg[Int(op.pointee.c)]), as: UInt32.self)
    }
    static let sd: OpDef = OpDef("sd", native: NativeLoadStoreTemplates.store(size: 8)) { cpu, op in
        let p = address(cpu, op)
        p.storeBytes(of: cpu.xreg[Int(op.pointee.c)], as: UInt64.self)
    }
}

extension RV64Decoder {
    /// funct3: 000 lb, 001 lh, 010 lw, 011 ld, 100 lbu, 101 lhu, 110 lwu.
    /// A load into x0 still accesses memory (it can fault), so it is kept, writing
    /// the discard slot.
    static func emitLoad(funct3: UInt32, rd: UInt8, rs1: UInt8, offset: Int64, length: Int = 4, pc: UInt64,
                         into b: inout BlockBuilder) -> DecodeResult {
        let fn: OpDef
        switch funct3 {
        case 0b000: fn = LoadStore.lb
        case 0b001: fn = LoadStore.lh
        case 0b010: fn = LoadStore.lw
        case 0b011: fn = LoadStore.ld
        case 0b100: fn = LoadStore.lbu
        case 0b101: fn = LoadStore.lhu
        case 0b110: fn = LoadStore.lwu
        default: return .undefined
        }
        b.emit(fn, pc: pc, imm: immBits(offset), a: rd, b: rs1)
        return .next(length: length)
    }

    /// funct3: 000 sb, 001 sh, 010 sw, 011 sd.
    static func emitStore(funct3: UInt32, rs1: UInt8, rs2: UInt8, offset: Int64, length: Int = 4, pc: UInt64,
                          into b: inout BlockBuilder) -> DecodeResult {
        let fn: OpDef
        switch funct3 {
        case 0b000: fn = LoadStore.sb
        case 0b001: fn = LoadStore.sh
        case 0b010: fn = LoadStore.sw
        case 0b011: fn = LoadStore.sd
        default: return .undefined
        }
        b.emit(fn, pc: pc, imm: immBits(offset), b: rs1, c: rs2)
        return .next(length: length)
    }

    static func decodeLoad(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitLoad(funct3: i.funct3, rd: RVReg.dst(i.rd), rs1: RVReg.src(i.rs1), offset: i.immI, pc: pc, into: &b)
    }

    static func decodeStore(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitStore(funct3: i.funct3, rs1: RVReg.src(i.rs1), rs2: RVReg.src(i.rs2), offset: i.immS, pc: pc, into: &b)
    }
}
