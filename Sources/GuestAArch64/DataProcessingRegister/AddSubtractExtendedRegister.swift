import XrunCore

/// Operand 2 of the extended-register forms for byte/half/word extensions:
/// ((Rm << d) >> e) with d = 64 - width, e = d - shift, logical for UXT*, arithmetic
/// for SXT* (c = Rm). This extends and shifts left by 0...4 in two instructions.
enum ExtendedOperand {
    @inline(__always) static func u(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        (x[Int(op.pointee.c)] &<< UInt64(op.pointee.d)) &>> UInt64(op.pointee.e)
    }
    @inline(__always) static func s(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        UInt64(bitPattern: Int64(bitPattern: x[Int(op.pointee.c)] &<< UInt64(op.pointee.d)) &>> Int64(op.pointee.e))
    }
}

/// ADD/ADDS/SUB/SUBS (extended register) with a byte/half/word extension:
/// a = Rd, b = Rn, c = Rm, d/e = the extension shifts.
enum AddSubExtOps {
    static let addU64: OpDef = OpDef("add", native: NativeDataProcessing.addSubExtended(sub: false, signed: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ExtendedOperand.u(x, op)
    }
    static let subU64: OpDef = OpDef("sub", native: NativeDataProcessing.addSubExtended(sub: true, signed: false, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- ExtendedOperand.u(x, op)
    }
    static let addsU64: OpDef = OpDef("adds", native: NativeDataProcessing.addSubExtended(sub: false, signed: false, w: true, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], ExtendedOperand.u(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsU64: OpDef = OpDef("subs", native: NativeDataProcessing.addSubExtended(sub: true, signed: false, w: true, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], ExtendedOperand.u(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addS64: OpDef = OpDef("add", native: NativeDataProcessing.addSubExtended(sub: false, signed: true, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &+ ExtendedOperand.s(x, op)
    }
    static let subS64: OpDef = OpDef("sub", native: NativeDataProcessing.addSubExtended(sub: true, signed: true, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &- ExtendedOperand.s(x, op)
    }
    static let addsS64: OpDef = OpDef("adds", native: NativeDataProcessing.addSubExtended(sub: false, signed: true, w: true, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds64(x[Int(op.pointee.b)], ExtendedOperand.s(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsS64: OpDef = OpDef("subs", native: NativeDataProcessing.addSubExtended(sub: true, signed: true, w: true, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs64(x[Int(op.pointee.b)], ExtendedOperand.s(x, op))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addU32: OpDef = OpDef("add", native: NativeDataProcessing.addSubExtended(sub: false, signed: false, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &+ A64ALU.w(ExtendedOperand.u(x, op)))
    }
    static let subU32: OpDef = OpDef("sub", native: NativeDataProcessing.addSubExtended(sub: true, signed: false, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &- A64ALU.w(ExtendedOperand.u(x, op)))
    }
    static let addsU32: OpDef = OpDef("adds", native: NativeDataProcessing.addSubExtended(sub: false, signed: false, w: false, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(ExtendedOperand.u(x, op)))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsU32: OpDef = OpDef("subs", native: NativeDataProcessing.addSubExtended(sub: true, signed: false, w: false, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(ExtendedOperand.u(x, op)))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let addS32: OpDef = OpDef("add", native: NativeDataProcessing.addSubExtended(sub: false, signed: true, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &+ A64ALU.w(ExtendedOperand.s(x, op)))
    }
    static let subS32: OpDef = OpDef("sub", native: NativeDataProcessing.addSubExtended(sub: true, signed: true, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &- A64ALU.w(ExtendedOperand.s(x, op)))
    }
    static let addsS32: OpDef = OpDef("adds", native: NativeDataProcessing.addSubExtended(sub: false, signed: true, w: false, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.adds32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(ExtendedOperand.s(x, op)))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }
    static let subsS32: OpDef = OpDef("subs", native: NativeDataProcessing.addSubExtended(sub: true, signed: true, w: false, flags: true)) { cpu, op in
        let x = cpu.x
        let (r, f) = A64ALU.subs32(A64ALU.w(x[Int(op.pointee.b)]), A64ALU.w(ExtendedOperand.s(x, op)))
        x[Int(op.pointee.a)] = r
        cpu.nzcv = f
    }

    /// Indexed [(op << 1 | S) * 2 + signed].
    static let table64: [OpDef] = [
        addU64, addS64,
        addsU64, addsS64,
        subU64, subS64,
        subsU64, subsS64,
    ]
    static let table32: [OpDef] = [
        addU32, addS32,
        addsU32, addsS32,
        subU32, subS32,
        subsU32, subsS32,
    ]
}

extension A64Decoder {
    /// C6.2 ADD/ADDS/SUB/SUBS (extended register): sf op S 01011 opt(2)=00 1 Rm option(3) imm3 Rn Rd.
    /// Rn is SP-or; Rd is SP-or unless S (then XZR); shift imm3 > 4 is reserved.
    static func decodeAddSubExtendedRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, opS = (insn >> 29) & 3, setFlags = opS & 1 == 1
        let option = (insn >> 13) & 7, shift = (insn >> 10) & 7
        if (insn >> 22) & 3 != 0 || shift > 4 { return .undefined }
        let rd = setFlags ? A64Reg.dst(insn & 31) : A64Reg.spOr(insn & 31)
        let rn = A64Reg.spOr((insn >> 5) & 31), rm = A64Reg.src((insn >> 16) & 31)
        let width = UInt32(8) << (option & 3)
        if width == 64 || (!sf && width == 32) {
            // The extension does nothing at this data size: Rm LSL #shift.
            let index = Int(opS) * 4 + (shift == 0 ? 0 : 1)
            b.emit(sf ? AddSubRegOps.table64[index] : AddSubRegOps.table32[index], pc: pc,
                   a: rd, b: rn, c: rm, d: UInt8(shift))
        } else {
            let index = Int(opS) * 2 + Int(option >> 2)
            let up = 64 - width
            b.emit(sf ? AddSubExtOps.table64[index] : AddSubExtOps.table32[index], pc: pc,
                   a: rd, b: rn, c: rm, d: UInt8(up), e: UInt8(up - shift))
        }
        return .next(length: 4)
    }
}
