import XrunCore

/// FLW/FLD/FSW/FSD (spec 13.5, 14.3). A loaded single is NaN-boxed; FSW stores the
/// low 32 bits of the register as they are. Op fields: a = frd, b = rs1 (address
/// base), c = frs2, imm = offset.
enum FPLoadStore {
    static let flw: OpDef = OpDef("flw", native: NativeLoadStoreTemplates.loadFP(size: 4)) { cpu, op in
        let v = LoadStore.address(cpu, op).loadUnaligned(as: UInt32.self)
        cpu.freg[Int(op.pointee.a)] = 0xffff_ffff_0000_0000 | UInt64(v)
    }
    static let fld: OpDef = OpDef("fld", native: NativeLoadStoreTemplates.loadFP(size: 8)) { cpu, op in
        cpu.freg[Int(op.pointee.a)] = LoadStore.address(cpu, op).loadUnaligned(as: UInt64.self)
    }
    static let fsw: OpDef = OpDef("fsw", native: NativeLoadStoreTemplates.storeFP(size: 4)) { cpu, op in
        let p = LoadStore.address(cpu, op)
        p.storeBytes(of: UInt32(truncatingIfNeeded: cpu.freg[Int(op.pointee.c)]), as: UInt32.self)
    }
    static let fsd: OpDef = OpDef("fsd", native: NativeLoadStoreTemplates.storeFP(size: 8)) { cpu, op in
        let p = LoadStore.address(cpu, op)
        p.storeBytes(of: cpu.freg[Int(op.pointee.c)], as: UInt64.self)
    }
}

extension RV64Decoder {
    /// funct3: 010 FLW, 011 FLD (001 FLH and 100 FLQ are not implemented).
    static func emitFPLoad(funct3: UInt32, frd: UInt8, rs1: UInt8, offset: Int64, length: Int = 4, pc: UInt64,
                           into b: inout BlockBuilder) -> DecodeResult {
        let fn: OpDef
        switch funct3 {
        case 0b010: fn = FPLoadStore.flw
        case 0b011: fn = FPLoadStore.fld
        default: return .undefined // also the vector loads sharing LOAD-FP
        }
        b.emit(fn, pc: pc, imm: immBits(offset), a: frd, b: rs1)
        return .next(length: length)
    }

    /// funct3: 010 FSW, 011 FSD.
    static func emitFPStore(funct3: UInt32, rs1: UInt8, frs2: UInt8, offset: Int64, length: Int = 4, pc: UInt64,
                            into b: inout BlockBuilder) -> DecodeResult {
        let fn: OpDef
        switch funct3 {
        case 0b010: fn = FPLoadStore.fsw
        case 0b011: fn = FPLoadStore.fsd
        default: return .undefined
        }
        b.emit(fn, pc: pc, imm: immBits(offset), b: rs1, c: frs2)
        return .next(length: length)
    }

    static func decodeLoadFP(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitFPLoad(funct3: i.funct3, frd: RVReg.fp(i.rd), rs1: RVReg.src(i.rs1), offset: i.immI, pc: pc, into: &b)
    }

    static func decodeStoreFP(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        emitFPStore(funct3: i.funct3, rs1: RVReg.src(i.rs1), frs2: RVReg.fp(i.rs2), offset: i.immS, pc: pc, into: &b)
    }
}
