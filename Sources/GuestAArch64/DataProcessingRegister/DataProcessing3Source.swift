import XrunCore

/// MADD/MSUB and the widening multiplies: a = Rd, b = Rn, c = Rm, d = Ra.
enum ThreeSourceOps {
    static let madd64: OpDef = OpDef("madd", native: NativeDataProcessing.multiplyAdd(sub: false, accumulate: true, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.d)] &+ x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]
    }
    static let msub64: OpDef = OpDef("msub", native: NativeDataProcessing.multiplyAdd(sub: true, accumulate: true, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.d)] &- x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]
    }
    static let mul64: OpDef = OpDef("mul", native: NativeDataProcessing.multiplyAdd(sub: false, accumulate: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]
    }
    static let madd32: OpDef = OpDef("madd", native: NativeDataProcessing.multiplyAdd(sub: false, accumulate: true, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.d)] &+ x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]) & 0xFFFF_FFFF
    }
    static let msub32: OpDef = OpDef("msub", native: NativeDataProcessing.multiplyAdd(sub: true, accumulate: true, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.d)] &- x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]) & 0xFFFF_FFFF
    }
    static let mul32: OpDef = OpDef("mul", native: NativeDataProcessing.multiplyAdd(sub: false, accumulate: false, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &* x[Int(op.pointee.c)]) & 0xFFFF_FFFF
    }

    @inline(__always) static func sw(_ v: UInt64) -> UInt64 {
        UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: v)))
    }
    // SMADDL/SMSUBL/UMADDL/UMSUBL: 32 x 32 -> 64 products (the low 64 bits of the
    // sign/zero-extended product are the same for wrapping 64-bit arithmetic).
    static let smaddl: OpDef = OpDef("smaddl", native: NativeWideMultiply.multiplyLong(signed: true, sub: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.d)] &+ sw(x[Int(op.pointee.b)]) &* sw(x[Int(op.pointee.c)])
    }
    static let smsubl: OpDef = OpDef("smsubl", native: NativeWideMultiply.multiplyLong(signed: true, sub: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.d)] &- sw(x[Int(op.pointee.b)]) &* sw(x[Int(op.pointee.c)])
    }
    static let umaddl: OpDef = OpDef("umaddl", native: NativeWideMultiply.multiplyLong(signed: false, sub: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.d)] &+ (x[Int(op.pointee.b)] & 0xFFFF_FFFF) &* (x[Int(op.pointee.c)] & 0xFFFF_FFFF)
    }
    static let umsubl: OpDef = OpDef("umsubl", native: NativeWideMultiply.multiplyLong(signed: false, sub: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.d)] &- (x[Int(op.pointee.b)] & 0xFFFF_FFFF) &* (x[Int(op.pointee.c)] & 0xFFFF_FFFF)
    }
    static let smulh: OpDef = OpDef("smulh", native: NativeWideMultiply.multiplyHigh(signed: true)) { cpu, op in
        let x = cpu.x
        let n = Int64(bitPattern: x[Int(op.pointee.b)]), m = Int64(bitPattern: x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = UInt64(bitPattern: n.multipliedFullWidth(by: m).high)
    }
    static let umulh: OpDef = OpDef("umulh", native: NativeWideMultiply.multiplyHigh(signed: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)].multipliedFullWidth(by: x[Int(op.pointee.c)]).high
    }
}

extension A64Decoder {
    /// C4.1 Data-processing (3 source): sf op54(2) 11011 op31(3) Rm o0 Ra Rn Rd.
    static func decodeDataProcessing3Source(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, op54 = (insn >> 29) & 3, op31 = (insn >> 21) & 7, o0 = (insn >> 15) & 1
        if op54 != 0 { return .undefined }
        let raF = (insn >> 10) & 31
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src((insn >> 5) & 31)
        let rm = A64Reg.src((insn >> 16) & 31), ra = A64Reg.src(raF)
        let fn: OpDef
        switch (op31, o0) {
        case (0b000, 0):
            fn = raF == 31 ? (sf ? ThreeSourceOps.mul64 : ThreeSourceOps.mul32)
                           : (sf ? ThreeSourceOps.madd64 : ThreeSourceOps.madd32)
        case (0b000, _): fn = sf ? ThreeSourceOps.msub64 : ThreeSourceOps.msub32
        case (0b001, 0) where sf: fn = ThreeSourceOps.smaddl
        case (0b001, 1) where sf: fn = ThreeSourceOps.smsubl
        // SMULH/UMULH: Ra is should-be-ones and otherwise ignored.
        case (0b010, 0) where sf: fn = ThreeSourceOps.smulh
        case (0b101, 0) where sf: fn = ThreeSourceOps.umaddl
        case (0b101, 1) where sf: fn = ThreeSourceOps.umsubl
        case (0b110, 0) where sf: fn = ThreeSourceOps.umulh
        default: return .undefined
        }
        b.emit(fn, pc: pc, a: rd, b: rn, c: rm, d: ra)
        return .next(length: 4)
    }
}
