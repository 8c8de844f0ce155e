import XrunCore

/// C4.1.x "Floating-point data-processing (1 source)":
/// M 0 S 11110 ftype 1 opcode(20:15) 10000 Rn Rd.
/// FMOV (register), FABS, FNEG, FSQRT, FCVT (between H, S, D), FRINTN/P/M/Z/A/X/I.
/// Half-precision arithmetic (FEAT_FP16), BFCVT and FRINT32/64 are not implemented.
extension A64Decoder {
    static func decodeFPDataProcessing1(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard insn >> 29 & 7 == 0 else { return .undefined }
        let ftype = insn >> 22 & 3, opcode = insn >> 15 & 0x3F
        let d = UInt8(insn & 31), n = UInt8(insn >> 5 & 31)
        var fn: OpDef?
        switch (ftype, opcode) {
        case (0, 0...3): fn = FPDP1Ops.single[Int(opcode)]
        case (1, 0...3): fn = FPDP1Ops.double[Int(opcode)]
        case (0, 8...15) where opcode != 13: fn = FPDP1Ops.roundSingle[Int(opcode - 8)]
        case (1, 8...15) where opcode != 13: fn = FPDP1Ops.roundDouble[Int(opcode - 8)]
        case (0, 5): fn = FPConvertOps.sToD
        case (0, 7): fn = FPConvertOps.sToH
        case (1, 4): fn = FPConvertOps.dToS
        case (1, 7): fn = FPConvertOps.dToH
        case (3, 4): fn = FPConvertOps.hToS
        case (3, 5): fn = FPConvertOps.hToD
        default: fn = nil
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: d, b: n)
        return .next(length: 4)
    }
}

enum FPDP1Ops {
    typealias S = Float
    typealias D = Double
    /// FMOV, FABS, FNEG: bit operations (FPAbs/FPNeg do not process NaNs), FSQRT.
    static let single: [OpDef] = [
        OpDef("fmov", native: NativeScalarFP.bitOperation(.move, double: false)) { cpu, op in cpu.fpWrite(op.pointee.a, cpu.fpRead(op.pointee.b, S.self)) },
        OpDef("fabs", native: NativeScalarFP.bitOperation(.abs, double: false)) { cpu, op in cpu.fpWrite(op.pointee.a, cpu.fpRead(op.pointee.b, S.self).absolute) },
        OpDef("fneg", native: NativeScalarFP.bitOperation(.neg, double: false)) { cpu, op in cpu.fpWrite(op.pointee.a, cpu.fpRead(op.pointee.b, S.self).negated) },
        OpDef("fsqrt", native: NativeScalarFP.squareRoot(double: false)) { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.sqrt(c, a) } },
    ]
    static let double: [OpDef] = [
        OpDef("fmov", native: NativeScalarFP.bitOperation(.move, double: true)) { cpu, op in cpu.fpWrite(op.pointee.a, cpu.fpRead(op.pointee.b, D.self)) },
        OpDef("fabs", native: NativeScalarFP.bitOperation(.abs, double: true)) { cpu, op in cpu.fpWrite(op.pointee.a, cpu.fpRead(op.pointee.b, D.self).absolute) },
        OpDef("fneg", native: NativeScalarFP.bitOperation(.neg, double: true)) { cpu, op in cpu.fpWrite(op.pointee.a, cpu.fpRead(op.pointee.b, D.self).negated) },
        OpDef("fsqrt", native: NativeScalarFP.squareRoot(double: true)) { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.sqrt(c, a) } },
    ]
    /// FRINTN, P, M, Z, A, (13 unallocated), X, I: opcode - 8.
    static let roundSingle: [OpDef] = [
        OpDef("frintn") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
        OpDef("frintp") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
        OpDef("frintm") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
        OpDef("frintz") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
        OpDef("frinta") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
        CommonOps.undefined,
        OpDef("frintx") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
        OpDef("frinti") { cpu, op in FPScalar.unary(cpu, op) { (c, a: S) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
    ]
    static let roundDouble: [OpDef] = [
        OpDef("frintn") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPRound.nearestEven, exact: false) } },
        OpDef("frintp") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPRound.plusInf, exact: false) } },
        OpDef("frintm") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPRound.minusInf, exact: false) } },
        OpDef("frintz") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPRound.zero, exact: false) } },
        OpDef("frinta") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPRound.nearestAway, exact: false) } },
        CommonOps.undefined,
        OpDef("frintx") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: true) } },
        OpDef("frinti") { cpu, op in FPScalar.unary(cpu, op) { (c, a: D) in FPK.roundInt(c, a, FPEnv.rmode(c.fpcr), exact: false) } },
    ]
}

extension FPK {
    /// FPRoundInt; `exact` (FRINTX) raises IXC when the value changed.
    @inline(__always) static func roundInt<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ mode: UInt32, exact: Bool) -> F {
        if a.isNaN { return FPNaN.process1(cpu, a) }
        let r = FPRound.integral(a, mode)
        if exact && r != a { cpu.fpsr |= A64FPBits.ixc }
        return r
    }
}

/// FCVT between precisions (FPConvert). Single <-> double use the host conversion
/// (cvtsd2ss honours the host rounding mode, which the slow path sets); NaNs are
/// rebuilt Arm's way: sign and top payload bits kept, quieted, or the default NaN.
enum FPConvertOps {
    @inline(__always) static func narrowNaN(_ cpu: UnsafeMutableRawPointer, _ x: Double) -> Float {
        if x.isSNaN { cpu.fpsr |= A64FPBits.ioc }
        if cpu.fpcr & A64FPBits.dn != 0 { return Float.defaultNaN }
        let sign = UInt32(truncatingIfNeeded: x.bits >> 32) & 0x8000_0000
        return Float(bits: sign | 0x7FC0_0000 | UInt32(truncatingIfNeeded: x.bits >> 29) & 0x003F_FFFF)
    }
    @inline(__always) static func widenNaN(_ cpu: UnsafeMutableRawPointer, _ x: Float) -> Double {
        if x.isSNaN { cpu.fpsr |= A64FPBits.ioc }
        if cpu.fpcr & A64FPBits.dn != 0 { return Double.defaultNaN }
        let sign = UInt64(x.bits & 0x8000_0000) << 32
        return Double(bits: sign | 0x7FF8_0000_0000_0000 | UInt64(x.bits & 0x003F_FFFF) << 29)
    }
    @inline(__always) static func dToSValue(_ cpu: UnsafeMutableRawPointer, _ x: Double) -> Float {
        x.isNaN ? narrowNaN(cpu, x) : Float(x)
    }
    @inline(__always) static func sToDValue(_ cpu: UnsafeMutableRawPointer, _ x: Float) -> Double {
        x.isNaN ? widenNaN(cpu, x) : Double(x)
    }

    static let sToD: OpDef = OpDef("fcvt", native: NativeScalarFP.convertPrecision(toDouble: true)) { cpu, op in
        let x = FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))
        cpu.fpWrite(op.pointee.a, sToDValue(cpu, x))
    }
    static let dToS: OpDef = OpDef("fcvt", native: NativeScalarFP.convertPrecision(toDouble: false)) { cpu, op in
        if cpu.fpcr & A64FPBits.slowMask != 0 { return dToSSlow(cpu, op) }
        cpu.fpWrite(op.pointee.a, dToSValue(cpu, cpu.fpRead(op.pointee.b, Double.self)))
    }
    @inline(never) static func dToSSlow(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        let x = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(op.pointee.b, Double.self))
        cpu.fpWrite(op.pointee.a, FPEnv.flushOut(cpu, fpcr, dToSValue(cpu, x)))
        FPEnv.leave(fpcr)
    }
    static let sToH: OpDef = OpDef("fcvt") { cpu, op in
        let x = FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))
        cpu.vWrite64(op.pointee.a, UInt64(FPHalf.fromDouble(cpu, widenForHalf(x), FPEnv.rmode(cpu.fpcr))))
    }
    /// A single widened for FPHalf: exact, NaNs bit-for-bit (keeping signalling-ness).
    @inline(__always) static func widenForHalf(_ x: Float) -> Double { x.isNaN ? widenNaNQuiet(x) : Double(x) }
    static let dToH: OpDef = OpDef("fcvt") { cpu, op in
        let x = FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))
        cpu.vWrite64(op.pointee.a, UInt64(FPHalf.fromDouble(cpu, x, FPEnv.rmode(cpu.fpcr))))
    }
    static let hToS: OpDef = OpDef("fcvt") { cpu, op in
        cpu.fpWrite(op.pointee.a, halfToSingle(cpu, cpu.v(op.pointee.b).loadUnaligned(as: UInt16.self)))
    }
    /// The half's value is exact in double, and so in single; a NaN comes back from
    /// FPHalf already quieted (or the default NaN) and is narrowed bit-wise.
    @inline(__always) static func halfToSingle(_ cpu: UnsafeMutableRawPointer, _ h: UInt16) -> Float {
        let d = FPHalf.toDouble(cpu, h)
        let sign = UInt32(truncatingIfNeeded: d.bits >> 32) & 0x8000_0000
        return d.isNaN ? Float(bits: sign | 0x7FC0_0000 | UInt32(truncatingIfNeeded: d.bits >> 29) & 0x003F_FFFF) : Float(d)
    }
    static let hToD: OpDef = OpDef("fcvt") { cpu, op in
        cpu.fpWrite(op.pointee.a, FPHalf.toDouble(cpu, cpu.v(op.pointee.b).loadUnaligned(as: UInt16.self)))
    }
    /// A single NaN widened bit-for-bit (keeps signalling-ness for FPHalf to see).
    @inline(__always) static func widenNaNQuiet(_ x: Float) -> Double {
        Double(bits: UInt64(x.bits & 0x8000_0000) << 32 | 0x7FF0_0000_0000_0000 | UInt64(x.bits & 0x007F_FFFF) << 29)
    }
}
