import XrunCore

/// RBIT, REV16, REV32, REV, CLZ, CLS: a = Rd, b = Rn.
enum OneSourceOps {
    @inline(__always)
    static func reverseBits(_ v: UInt64) -> UInt64 {
        var x = v.byteSwapped
        x = ((x >> 4) & 0x0F0F_0F0F_0F0F_0F0F) | ((x & 0x0F0F_0F0F_0F0F_0F0F) << 4)
        x = ((x >> 2) & 0x3333_3333_3333_3333) | ((x & 0x3333_3333_3333_3333) << 2)
        return ((x >> 1) & 0x5555_5555_5555_5555) | ((x & 0x5555_5555_5555_5555) << 1)
    }
    @inline(__always)
    static func swapHalfwordBytes(_ x: UInt64) -> UInt64 {
        ((x >> 8) & 0x00FF_00FF_00FF_00FF) | ((x & 0x00FF_00FF_00FF_00FF) << 8)
    }

    static let rbit64: OpDef = OpDef("rbit", native: NativeBitOps.reverseBits(w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = reverseBits(x[Int(op.pointee.b)])
    }
    static let rbit32: OpDef = OpDef("rbit", native: NativeBitOps.reverseBits(w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = reverseBits(x[Int(op.pointee.b)] & 0xFFFF_FFFF) >> 32
    }
    static let rev16_64: OpDef = OpDef("rev") { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = swapHalfwordBytes(x[Int(op.pointee.b)])
    }
    static let rev16_32: OpDef = OpDef("rev") { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = swapHalfwordBytes(x[Int(op.pointee.b)] & 0xFFFF_FFFF)
    }
    /// REV32 Xd: byte-reverse each word.
    static let rev32_64: OpDef = OpDef("rev") { cpu, op in
        let x = cpu.x
        let s = x[Int(op.pointee.b)].byteSwapped
        x[Int(op.pointee.a)] = (s >> 32) | (s << 32)
    }
    static let rev64: OpDef = OpDef("rev", native: NativeDataProcessing.byteReverse(w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)].byteSwapped
    }
    static let rev32: OpDef = OpDef("rev", native: NativeDataProcessing.byteReverse(w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]).byteSwapped)
    }
    static let clz64: OpDef = OpDef("clz", native: NativeBitOps.countLeadingZeros(w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(x[Int(op.pointee.b)].leadingZeroBitCount)
    }
    static let clz32: OpDef = OpDef("clz", native: NativeBitOps.countLeadingZeros(w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]).leadingZeroBitCount)
    }
    /// CLS = CountLeadingZeroBits(x<N-1:1> EOR x<N-2:0>): the bits of v ^ (v << 1)
    /// above bit 0, with bit 0 forced so the count stops at N-1.
    static let cls64: OpDef = OpDef("cls") { cpu, op in
        let x = cpu.x, v = x[Int(op.pointee.b)]
        x[Int(op.pointee.a)] = UInt64(((v ^ (v << 1)) | 1).leadingZeroBitCount)
    }
    static let cls32: OpDef = OpDef("cls") { cpu, op in
        let x = cpu.x, v = A64ALU.w(x[Int(op.pointee.b)])
        x[Int(op.pointee.a)] = UInt64(((v ^ (v << 1)) | 1).leadingZeroBitCount)
    }
}

extension A64Decoder {
    /// C4.1 Data-processing (1 source): sf 1 S 11010110 opcode2(5) opcode(6) Rn Rd.
    /// opcode2 = 00001 (PACIA, AUTIA, XPACI, ...) needs FEAT_PAuth, which is not
    /// advertised, and CTZ/CNT/ABS need FEAT_CSSC: UNDEFINED.
    static func decodeDataProcessing1Source(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if (insn >> 29) & 1 != 0 || (insn >> 16) & 31 != 0 { return .undefined }
        let sf = insn >> 31 == 1, opcode = (insn >> 10) & 0x3F
        let fn: OpDef
        switch opcode {
        case 0b000000: fn = sf ? OneSourceOps.rbit64 : OneSourceOps.rbit32
        case 0b000001: fn = sf ? OneSourceOps.rev16_64 : OneSourceOps.rev16_32
        case 0b000010: fn = sf ? OneSourceOps.rev32_64 : OneSourceOps.rev32
        case 0b000011:
            guard sf else { return .undefined }
            fn = OneSourceOps.rev64
        case 0b000100: fn = sf ? OneSourceOps.clz64 : OneSourceOps.clz32
        case 0b000101: fn = sf ? OneSourceOps.cls64 : OneSourceOps.cls32
        default: return .undefined
        }
        b.emit(fn, pc: pc, a: A64Reg.dst(insn & 31), b: A64Reg.src((insn >> 5) & 31))
        return .next(length: 4)
    }
}
