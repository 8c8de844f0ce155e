import XrunCore

/// C4.1.x "Floating-point compare", "Floating-point conditional compare",
/// "Floating-point conditional select" and "Floating-point immediate".
extension A64Decoder {
    /// FCMP/FCMPE: M 0 S 11110 ftype 1 Rm op(15:14)=00 1000 Rn opcode2(4:0).
    /// opcode2 bit 4 = E (signalling), bit 3 = compare with +0.0 (Rm ignored).
    static func decodeFPCompare(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let ftype = insn >> 22 & 3
        guard insn >> 29 & 7 == 0, ftype < 2, insn >> 14 & 3 == 0, insn & 7 == 0 else { return .undefined }
        let i = Int(ftype << 2 | (insn >> 3 & 3))
        b.emit(FPCompareOps.compare[i], pc: pc, b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// FCCMP/FCCMPE: M 0 S 11110 ftype 1 Rm cond 01 Rn op nzcv.
    static func decodeFPCondCompare(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let ftype = insn >> 22 & 3
        guard insn >> 29 & 7 == 0, ftype < 2 else { return .undefined }
        let i = Int(ftype << 1 | (insn >> 4 & 1))
        let imm = UInt64(A64Cond.mask(insn >> 12 & 0xF)) | UInt64(insn & 0xF) << 44
        b.emit(FPCompareOps.condCompare[i], pc: pc, imm: imm, b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// FCSEL: M 0 S 11110 ftype 1 Rm cond 11 Rn Rd.
    static func decodeFPCondSelect(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let ftype = insn >> 22 & 3
        guard insn >> 29 & 7 == 0, ftype < 2 else { return .undefined }
        b.emit(ftype == 0 ? FPCompareOps.cselS : FPCompareOps.cselD, pc: pc,
               imm: UInt64(A64Cond.mask(insn >> 12 & 0xF)),
               a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// FMOV (scalar, immediate): M 0 S 11110 ftype 1 imm8 100 imm5(=0) Rd.
    static func decodeFPImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let ftype = insn >> 22 & 3
        guard insn >> 29 & 7 == 0, ftype < 2, insn >> 5 & 31 == 0 else { return .undefined }
        let imm8 = insn >> 13 & 0xFF
        let bits = ftype == 0 ? UInt64(A64FPImm.single(imm8)) : A64FPImm.double(imm8)
        b.emit(FPCompareOps.setLow64, pc: pc, imm: bits, a: UInt8(insn & 31))
        return .next(length: 4)
    }
}

/// VFPExpandImm (Arm ARM shared pseudocode): sign = imm8<7>,
/// exponent = NOT(imm8<6>) : Replicate(imm8<6>) : imm8<5:4>, fraction = imm8<3:0> : zeros.
public enum A64FPImm {
    public static func single(_ imm8: UInt32) -> UInt32 {
        let b6 = imm8 >> 6 & 1
        let exp = (b6 ^ 1) << 7 | (b6 == 1 ? 0x1F : 0) << 2 | (imm8 >> 4 & 3)
        return (imm8 >> 7) << 31 | exp << 23 | (imm8 & 0xF) << 19
    }
    public static func double(_ imm8: UInt32) -> UInt64 {
        let b6 = UInt64(imm8 >> 6 & 1)
        let exp = (b6 ^ 1) << 10 | (b6 == 1 ? 0xFF : 0) << 2 | UInt64(imm8 >> 4 & 3)
        return UInt64(imm8 >> 7) << 63 | exp << 52 | UInt64(imm8 & 0xF) << 48
    }
}

enum FPCompareOps {
    /// FPCompare -> NZCV (PSTATE format): unordered 0011, equal 0110, less 1000,
    /// greater 0010. `signalling` (FCMPE) raises IOC for any NaN, quiet compares only
    /// for signalling NaNs. FPCR.FZ flushes denormal operands first.
    @inline(__always)
    static func flags<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a0: F, _ b0: F, signalling: Bool) -> UInt64 {
        let fpcr = cpu.fpcr
        let a = FPEnv.flushIn(cpu, fpcr, a0), b = FPEnv.flushIn(cpu, fpcr, b0)
        if a < b { return 0x8000_0000 }
        if a == b { return 0x6000_0000 }
        if a > b { return 0x2000_0000 }
        return unordered(cpu, a, b, signalling: signalling)
    }
    @inline(never)
    static func unordered<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F, signalling: Bool) -> UInt64 {
        if signalling || a.isSNaN || b.isSNaN { cpu.fpsr |= A64FPBits.ioc }
        return 0x3000_0000
    }

    /// Index ftype * 4 + (E, zero).
    static let compare: [OpDef] = [
        OpDef("fcmp", native: NativeScalarFP.compare(withZero: false, double: false)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Float.self), cpu.fpRead(op.pointee.c, Float.self), signalling: false) },
        OpDef("fcmp", native: NativeScalarFP.compare(withZero: true, double: false)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Float.self), Float(0), signalling: false) },
        OpDef("fcmpe", native: NativeScalarFP.compare(withZero: false, double: false)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Float.self), cpu.fpRead(op.pointee.c, Float.self), signalling: true) },
        OpDef("fcmpe", native: NativeScalarFP.compare(withZero: true, double: false)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Float.self), Float(0), signalling: true) },
        OpDef("fcmp", native: NativeScalarFP.compare(withZero: false, double: true)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Double.self), cpu.fpRead(op.pointee.c, Double.self), signalling: false) },
        OpDef("fcmp", native: NativeScalarFP.compare(withZero: true, double: true)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Double.self), Double(0), signalling: false) },
        OpDef("fcmpe", native: NativeScalarFP.compare(withZero: false, double: true)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Double.self), cpu.fpRead(op.pointee.c, Double.self), signalling: true) },
        OpDef("fcmpe", native: NativeScalarFP.compare(withZero: true, double: true)) { cpu, op in cpu.nzcv = flags(cpu, cpu.fpRead(op.pointee.b, Double.self), Double(0), signalling: true) },
    ]

    /// FCCMP/FCCMPE: the compare if the condition holds, else NZCV = #nzcv.
    /// imm: condition mask in bits 15:0, #nzcv in bits 47:44 (PSTATE bits 31:28 after >> 16).
    static let condCompare: [OpDef] = [
        OpDef("fccmp") { cpu, op in
            let imm = op.pointee.imm
            cpu.nzcv = A64Cond.holds(imm & 0xFFFF, cpu.nzcv)
                ? flags(cpu, cpu.fpRead(op.pointee.b, Float.self), cpu.fpRead(op.pointee.c, Float.self), signalling: false)
                : (imm >> 16) & 0xF000_0000
        },
        OpDef("fccmpe") { cpu, op in
            let imm = op.pointee.imm
            cpu.nzcv = A64Cond.holds(imm & 0xFFFF, cpu.nzcv)
                ? flags(cpu, cpu.fpRead(op.pointee.b, Float.self), cpu.fpRead(op.pointee.c, Float.self), signalling: true)
                : (imm >> 16) & 0xF000_0000
        },
        OpDef("fccmp") { cpu, op in
            let imm = op.pointee.imm
            cpu.nzcv = A64Cond.holds(imm & 0xFFFF, cpu.nzcv)
                ? flags(cpu, cpu.fpRead(op.pointee.b, Double.self), cpu.fpRead(op.pointee.c, Double.self), signalling: false)
                : (imm >> 16) & 0xF000_0000
        },
        OpDef("fccmpe") { cpu, op in
            let imm = op.pointee.imm
            cpu.nzcv = A64Cond.holds(imm & 0xFFFF, cpu.nzcv)
                ? flags(cpu, cpu.fpRead(op.pointee.b, Double.self), cpu.fpRead(op.pointee.c, Double.self), signalling: true)
                : (imm >> 16) & 0xF000_0000
        },
    ]

    static let cselS: OpDef = OpDef("csel", native: NativeScalarFP.conditionalSelect(double: false)) { cpu, op in
        let o = op.pointee
        let src = A64Cond.holds(o.imm, cpu.nzcv) ? o.b : o.c
        cpu.vWrite64(o.a, UInt64(cpu.v(src).loadUnaligned(as: UInt32.self)))
    }
    static let cselD: OpDef = OpDef("csel", native: NativeScalarFP.conditionalSelect(double: true)) { cpu, op in
        let o = op.pointee
        let src = A64Cond.holds(o.imm, cpu.nzcv) ? o.b : o.c
        cpu.vWrite64(o.a, cpu.v(src).loadUnaligned(as: UInt64.self))
    }
    /// Vd = imm in the low 64 bits, upper half zero (FMOV immediate, MOVI D forms).
    static let setLow64: OpDef = OpDef("fmov", native: NativeScalarFP.setLow64) { cpu, op in cpu.vWrite64(op.pointee.a, op.pointee.imm) }
}
