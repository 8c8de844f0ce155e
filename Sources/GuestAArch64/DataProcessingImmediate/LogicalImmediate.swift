import XrunCore

/// AND/ORR/EOR/ANDS (immediate) ops: a = Rd, b = Rn, imm = the decoded bit mask.
enum LogicalImmOps {
    static let and64: OpDef = OpDef("and", native: NativeDataProcessing.logicImm(.and, flags: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & op.pointee.imm
    }
    static let orr64: OpDef = OpDef("orr", native: NativeDataProcessing.logicImm(.orr, flags: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | op.pointee.imm
    }
    static let eor64: OpDef = OpDef("eor", native: NativeDataProcessing.logicImm(.eor, flags: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ op.pointee.imm
    }
    /// 32-bit AND needs no truncation: the mask has no bits above 31.
    static let and32 = and64
    static let orr32: OpDef = OpDef("orr", native: NativeDataProcessing.logicImm(.orr, flags: false, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] | op.pointee.imm) & 0xFFFF_FFFF
    }
    static let eor32: OpDef = OpDef("eor", native: NativeDataProcessing.logicImm(.eor, flags: false, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] ^ op.pointee.imm) & 0xFFFF_FFFF
    }
    static let ands64: OpDef = OpDef("ands", native: NativeDataProcessing.logicImm(.and, flags: true, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & op.pointee.imm
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let ands32: OpDef = OpDef("ands", native: NativeDataProcessing.logicImm(.and, flags: true, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)] & op.pointee.imm)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
}

/// DecodeBitMasks() (Arm ARM J1, shared pseudocode) for logical immediates
/// (`immediate` = TRUE): a run of S+1 ones in an element of 2/4/.../64 bits,
/// rotated right by R and replicated. Returns nil for the reserved encodings (UNDEFINED).
enum A64BitMasks {
    static func logicalImmediate(n: UInt32, immr: UInt32, imms: UInt32, is64: Bool) -> UInt64? {
        let combined = (n << 6) | (~imms & 0x3F)
        if combined == 0 { return nil }
        let len = 31 - combined.leadingZeroBitCount          // HighestSetBit
        if len < 1 || (!is64 && len > 5) { return nil }
        let levels = UInt32((1 << len) - 1)
        if imms & levels == levels { return nil }           // all-ones element: reserved
        let s = imms & levels, r = immr & levels
        let esize = 1 << len
        let emask: UInt64 = esize == 64 ? ~0 : (1 << UInt64(esize)) - 1
        let welem = (UInt64(1) << UInt64(s + 1)) - 1        // s + 1 < esize <= 64
        let rotated = r == 0 ? welem
            : ((welem >> UInt64(r)) | (welem << UInt64(esize - Int(r)))) & emask
        var value: UInt64 = 0
        var shift = 0
        while shift < (is64 ? 64 : 32) {
            value |= rotated << UInt64(shift)
            shift += esize
        }
        return value
    }
}

extension A64Decoder {
    /// C6.2 AND, C6.2 ORR, C6.2 EOR, C6.2 ANDS (immediate):
    /// sf opc(2) 100100 N immr imms Rn Rd. Rd is SP-or except for ANDS (XZR).
    static func decodeLogicalImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, opc = (insn >> 29) & 3, n = (insn >> 22) & 1
        if !sf && n == 1 { return .undefined }
        guard let imm = A64BitMasks.logicalImmediate(n: n, immr: (insn >> 16) & 0x3F,
                                                      imms: (insn >> 10) & 0x3F, is64: sf)
        else { return .undefined }
        let rnField = (insn >> 5) & 31
        let rn = A64Reg.src(rnField)
        if opc == 0b11 {
            b.emit(sf ? LogicalImmOps.ands64 : LogicalImmOps.ands32, pc: pc, imm: imm,
                   a: A64Reg.dst(insn & 31), b: rn)
            return .next(length: 4)
        }
        let rd = A64Reg.spOr(insn & 31)
        if rnField == 31 {
            // From XZR the result is a constant: AND gives 0, ORR/EOR the mask (MOV bitmask).
            b.emit(MoveWideOps.setConst, pc: pc, imm: opc == 0 ? 0 : imm, a: rd)
            return .next(length: 4)
        }
        let fn: OpDef
        switch opc {
        case 0b00: fn = sf ? LogicalImmOps.and64 : LogicalImmOps.and32
        case 0b01: fn = sf ? LogicalImmOps.orr64 : LogicalImmOps.orr32
        default: fn = sf ? LogicalImmOps.eor64 : LogicalImmOps.eor32
        }
        b.emit(fn, pc: pc, imm: imm, a: rd, b: rn)
        return .next(length: 4)
    }
}
