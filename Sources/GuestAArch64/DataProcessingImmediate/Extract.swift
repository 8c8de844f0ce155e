import XrunCore

/// EXTR ops: a = Rd, b = Rn (high half), c = Rm (low half), d = lsb (1...size-1).
enum ExtractOps {
    static let extr64: OpDef = OpDef("extr") { cpu, op in
        let x = cpu.x, lsb = UInt64(op.pointee.d)
        x[Int(op.pointee.a)] = (x[Int(op.pointee.c)] &>> lsb) | (x[Int(op.pointee.b)] &<< (64 &- lsb))
    }
    static let extr32: OpDef = OpDef("extr") { cpu, op in
        let x = cpu.x, lsb = UInt32(op.pointee.d)
        let v = (A64ALU.w(x[Int(op.pointee.c)]) &>> lsb) | (A64ALU.w(x[Int(op.pointee.b)]) &<< (32 &- lsb))
        x[Int(op.pointee.a)] = UInt64(v)
    }
    /// ROR (immediate) = EXTR with Rn == Rm.
    static let ror64: OpDef = OpDef("ror", native: NativeDataProcessing.rotate(w: true)) { cpu, op in
        let x = cpu.x, lsb = UInt64(op.pointee.d), v = x[Int(op.pointee.b)]
        x[Int(op.pointee.a)] = (v &>> lsb) | (v &<< (64 &- lsb))
    }
    static let ror32: OpDef = OpDef("ror", native: NativeDataProcessing.rotate(w: false)) { cpu, op in
        let x = cpu.x, lsb = UInt32(op.pointee.d), v = A64ALU.w(x[Int(op.pointee.b)])
        x[Int(op.pointee.a)] = UInt64((v &>> lsb) | (v &<< (32 &- lsb)))
    }
}

extension A64Decoder {
    /// C6.2 EXTR (and C6.2 ROR (immediate)): sf op21(2) 100111 N o0 Rm imms Rn Rd.
    static func decodeExtract(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31, n = (insn >> 22) & 1, imms = (insn >> 10) & 0x3F
        if (insn >> 29) & 3 != 0 || (insn >> 21) & 1 != 0 || n != sf { return .undefined }
        if sf == 0 && imms >= 32 { return .undefined }
        let is64 = sf == 1
        let rd = A64Reg.dst(insn & 31), rnF = (insn >> 5) & 31, rmF = (insn >> 16) & 31
        let rn = A64Reg.src(rnF), rm = A64Reg.src(rmF)
        if imms == 0 {
            // The result is all of Rm.
            b.emit(is64 ? AddSubImmOps.mov64 : AddSubImmOps.mov32, pc: pc, a: rd, b: rm)
        } else if rnF == rmF {
            b.emit(is64 ? ExtractOps.ror64 : ExtractOps.ror32, pc: pc, a: rd, b: rn, d: UInt8(imms))
        } else {
            b.emit(is64 ? ExtractOps.extr64 : ExtractOps.extr32, pc: pc, a: rd, b: rn, c: rm, d: UInt8(imms))
        }
        return .next(length: 4)
    }
}
