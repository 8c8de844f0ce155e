import XrunCore

/// UDIV/SDIV and the variable shifts: a = Rd, b = Rn, c = Rm.
enum TwoSourceOps {
    /// C6.2 UDIV: division by zero gives 0 (no exception on A64).
    static let udiv64: OpDef = OpDef("udiv", native: NativeDivide.divide(signed: false, w: true)) { cpu, op in
        let x = cpu.x, n = x[Int(op.pointee.b)], m = x[Int(op.pointee.c)]
        x[Int(op.pointee.a)] = m == 0 ? 0 : n.dividedReportingOverflow(by: m).partialValue
    }
    static let udiv32: OpDef = OpDef("udiv", native: NativeDivide.divide(signed: false, w: false)) { cpu, op in
        let x = cpu.x, n = A64ALU.w(x[Int(op.pointee.b)]), m = A64ALU.w(x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = m == 0 ? 0 : UInt64(n.dividedReportingOverflow(by: m).partialValue)
    }
    /// C6.2 SDIV: x / 0 = 0; INT_MIN / -1 = INT_MIN (the quotient rounds toward
    /// zero and is truncated to the register size), which is exactly the
    /// partial value Swift reports on overflow.
    static let sdiv64: OpDef = OpDef("sdiv", native: NativeDivide.divide(signed: true, w: true)) { cpu, op in
        let x = cpu.x
        let n = Int64(bitPattern: x[Int(op.pointee.b)]), m = Int64(bitPattern: x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = m == 0 ? 0 : UInt64(bitPattern: n.dividedReportingOverflow(by: m).partialValue)
    }
    static let sdiv32: OpDef = OpDef("sdiv", native: NativeDivide.divide(signed: true, w: false)) { cpu, op in
        let x = cpu.x
        let n = Int32(truncatingIfNeeded: x[Int(op.pointee.b)]), m = Int32(truncatingIfNeeded: x[Int(op.pointee.c)])
        let q = m == 0 ? 0 : n.dividedReportingOverflow(by: m).partialValue
        x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: q))
    }
    // C6.2 LSLV/LSRV/ASRV/RORV: the amount is Rm modulo the data size (&<< masks it).
    static let lslv64: OpDef = OpDef("lslv", native: NativeDataProcessing.variableShift(.shl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &<< x[Int(op.pointee.c)]
    }
    static let lsrv64: OpDef = OpDef("lsrv", native: NativeDataProcessing.variableShift(.shr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &>> x[Int(op.pointee.c)]
    }
    static let asrv64: OpDef = OpDef("asrv", native: NativeDataProcessing.variableShift(.sar, w: true)) { cpu, op in
        let x = cpu.x
        let s = Int64(bitPattern: x[Int(op.pointee.c)] & 63)
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(bitPattern: x[Int(op.pointee.b)]) &>> s)
    }
    static let rorv64: OpDef = OpDef("rorv", native: NativeDataProcessing.variableShift(.ror, w: true)) { cpu, op in
        let x = cpu.x, v = x[Int(op.pointee.b)], s = x[Int(op.pointee.c)] & 63
        x[Int(op.pointee.a)] = (v &>> s) | (v &<< (64 &- s))
    }
    static let lslv32: OpDef = OpDef("lslv", native: NativeDataProcessing.variableShift(.shl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &<< A64ALU.w(x[Int(op.pointee.c)]))
    }
    static let lsrv32: OpDef = OpDef("lsrv", native: NativeDataProcessing.variableShift(.shr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &>> A64ALU.w(x[Int(op.pointee.c)]))
    }
    static let asrv32: OpDef = OpDef("asrv", native: NativeDataProcessing.variableShift(.sar, w: false)) { cpu, op in
        let x = cpu.x
        let s = Int32(bitPattern: A64ALU.w(x[Int(op.pointee.c)]) & 31)
        let v = Int32(bitPattern: A64ALU.w(x[Int(op.pointee.b)])) &>> s
        x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: v))
    }
    static let rorv32: OpDef = OpDef("rorv", native: NativeDataProcessing.variableShift(.ror, w: false)) { cpu, op in
        let x = cpu.x, v = A64ALU.w(x[Int(op.pointee.b)]), s = A64ALU.w(x[Int(op.pointee.c)]) & 31
        x[Int(op.pointee.a)] = UInt64((v &>> s) | (v &<< (32 &- s)))
    }
}

extension A64Decoder {
    /// C4.1 Data-processing (2 source): sf 0 S 11010110 Rm opcode(6) Rn Rd.
    /// SUBP/IRG/GMI (MTE), PACGA (PAuth) and SMAX/UMIN... (CSSC) are not implemented.
    static func decodeDataProcessing2Source(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if (insn >> 29) & 1 != 0 { return .undefined }
        let sf = insn >> 31 == 1, opcode = (insn >> 10) & 0x3F
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src((insn >> 5) & 31), rm = A64Reg.src((insn >> 16) & 31)
        if opcode & 0b111000 == 0b010000 {
            return decodeCRC32(insn, pc: pc, into: &b)
        }
        let fn: OpDef
        switch opcode {
        case 0b000010: fn = sf ? TwoSourceOps.udiv64 : TwoSourceOps.udiv32
        case 0b000011: fn = sf ? TwoSourceOps.sdiv64 : TwoSourceOps.sdiv32
        case 0b001000: fn = sf ? TwoSourceOps.lslv64 : TwoSourceOps.lslv32
        case 0b001001: fn = sf ? TwoSourceOps.lsrv64 : TwoSourceOps.lsrv32
        case 0b001010: fn = sf ? TwoSourceOps.asrv64 : TwoSourceOps.asrv32
        case 0b001011: fn = sf ? TwoSourceOps.rorv64 : TwoSourceOps.rorv32
        default: return .undefined
        }
        b.emit(fn, pc: pc, a: rd, b: rn, c: rm)
        return .next(length: 4)
    }
}
