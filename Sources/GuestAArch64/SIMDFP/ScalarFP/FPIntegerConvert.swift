import XrunCore

/// C4.1.x "Conversion between floating-point and integer":
/// sf 0 S 11110 ftype 1 rmode(20:19) opcode(18:16) 000000 Rn Rd, and
/// "Conversion between floating-point and fixed-point":
/// sf 0 S 11110 ftype 0 rmode opcode scale(15:10) Rn Rd.
/// FCVT(N|P|M|Z|A)(S|U), SCVTF, UCVTF (integer and fixed-point), FMOV (general) incl.
/// the FMOV Xd, Vn.D[1] / FMOV Vd.D[1], Xn forms; FJCVTZS is in JSConvert.swift.
/// Half-precision forms (FEAT_FP16) are not implemented.
extension A64Decoder {
    static func decodeFPIntegerConvert(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard insn >> 29 & 3 == 0, insn >> 10 & 0x3F == 0 else { return .undefined }
        let sf = insn >> 31, ftype = insn >> 22 & 3, rmode = insn >> 19 & 3, opcode = insn >> 16 & 7
        let d = insn & 31, n = insn >> 5 & 31
        switch opcode {
        case 6, 7:  // FMOV (general); FJCVTZS is sf 0, ftype 01, rmode 11, opcode 110
            if (sf, ftype, rmode, opcode) == (0, 1, 3, 6) { return decodeFJCVTZS(insn, pc: pc, into: &b) }
            let toFP = opcode == 7
            let fn: OpDef
            switch (sf, ftype, rmode) {
            case (0, 0, 0): fn = toFP ? FPMoveOps.wToS : FPMoveOps.sToW
            case (1, 1, 0): fn = toFP ? FPMoveOps.xToD : FPMoveOps.dToX
            case (1, 2, 1): fn = toFP ? FPMoveOps.xToTop : FPMoveOps.topToX
            default: return .undefined
            }
            b.emit(fn, pc: pc, a: toFP ? UInt8(d) : A64Reg.dst(d), b: toFP ? A64Reg.src(n) : UInt8(n))
            return .next(length: 4)
        case 2, 3:  // SCVTF, UCVTF
            guard ftype < 2, rmode == 0 else { return .undefined }
            let i = Int(ftype << 2 | sf << 1 | (opcode & 1))
            b.emit(FPIntConvertOps.fromInt[i], pc: pc, imm: ftype == 0 ? UInt64(Float(1).bits) : Double(1).bits,
                   a: UInt8(d), b: A64Reg.src(n))
            return .next(length: 4)
        default:    // FCVT*: 0/1 with rmode N P M Z, 4/5 with rmode 0 = A
            guard ftype < 2, opcode < 2 || rmode == 0 else { return .undefined }
            let mode = opcode < 2 ? rmode : FPRound.nearestAway
            let i = Int((ftype << 2 | sf << 1 | (opcode & 1)) * 5 + mode)
            b.emit(FPIntConvertOps.toInt[i], pc: pc, a: A64Reg.dst(d), b: UInt8(n))
            return .next(length: 4)
        }
    }

    static func decodeFPFixedConvert(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31, ftype = insn >> 22 & 3, rmode = insn >> 19 & 3, opcode = insn >> 16 & 7
        let scale = insn >> 10 & 0x3F, d = insn & 31, n = insn >> 5 & 31
        guard insn >> 29 & 3 == 0, ftype < 2, sf == 1 || scale >= 32 else { return .undefined }
        let fbits = Int(64 - scale)
        switch (rmode, opcode) {
        case (0, 2), (0, 3):  // SCVTF, UCVTF: convert, then scale by 2^-fbits (exact)
            let i = Int(ftype << 2 | sf << 1 | (opcode & 1))
            let imm = ftype == 0 ? UInt64(Float(sign: .plus, exponent: -fbits, significand: 1).bits)
                                 : Double(sign: .plus, exponent: -fbits, significand: 1).bits
            b.emit(FPIntConvertOps.fromInt[i], pc: pc, imm: imm, a: UInt8(d), b: A64Reg.src(n))
        case (3, 0), (3, 1):  // FCVTZS, FCVTZU: scale by 2^fbits (exact or overflowing), truncate
            let i = Int(ftype << 2 | sf << 1 | (opcode & 1))
            b.emit(FPIntConvertOps.toFixed[i], pc: pc, imm: Double(sign: .plus, exponent: fbits, significand: 1).bits,
                   a: A64Reg.dst(d), b: UInt8(n))
        default:
            return .undefined
        }
        return .next(length: 4)
    }
}

enum FPIntConvertOps {
    /// Index ((ftype * 2 + sf) * 2 + unsigned) * 5 + mode.
    static let toInt: [OpDef] = [
        OpDef("fcvtns") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestEven) },
        OpDef("fcvtps") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.plusInf) },
        OpDef("fcvtms") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.minusInf) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.zero) },
        OpDef("fcvtas") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestAway) },
        OpDef("fcvtnu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestEven) },
        OpDef("fcvtpu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.plusInf) },
        OpDef("fcvtmu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.minusInf) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.zero) },
        OpDef("fcvtau") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestAway) },
        OpDef("fcvtns") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestEven) },
        OpDef("fcvtps") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.plusInf) },
        OpDef("fcvtms") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.minusInf) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.zero) },
        OpDef("fcvtas") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestAway) },
        OpDef("fcvtnu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestEven) },
        OpDef("fcvtpu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.plusInf) },
        OpDef("fcvtmu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.minusInf) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.zero) },
        OpDef("fcvtau") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), FPRound.nearestAway) },
        OpDef("fcvtns") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestEven) },
        OpDef("fcvtps") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.plusInf) },
        OpDef("fcvtms") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.minusInf) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.zero) },
        OpDef("fcvtas") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestAway) },
        OpDef("fcvtnu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestEven) },
        OpDef("fcvtpu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.plusInf) },
        OpDef("fcvtmu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.minusInf) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.zero) },
        OpDef("fcvtau") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestAway) },
        OpDef("fcvtns") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestEven) },
        OpDef("fcvtps") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.plusInf) },
        OpDef("fcvtms") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.minusInf) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.zero) },
        OpDef("fcvtas") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestAway) },
        OpDef("fcvtnu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestEven) },
        OpDef("fcvtpu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.plusInf) },
        OpDef("fcvtmu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.minusInf) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.zero) },
        OpDef("fcvtau") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), FPRound.nearestAway) },
    ]
    /// FCVTZS/FCVTZU (fixed-point), imm = 2^fbits as a Double. Index (ftype * 2 + sf) * 2 + unsigned.
    static let toFixed: [OpDef] = [
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Float.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s32(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u32(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzs") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.s64(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
        OpDef("fcvtzu") { cpu, op in cpu.x[Int(op.pointee.a)] = FPToInt.u64(cpu, FPToInt.scaled(Double(FPEnv.flushIn(cpu, cpu.fpcr, cpu.fpRead(op.pointee.b, Double.self))), Double(bits: op.pointee.imm)), FPRound.zero) },
    ]
    /// SCVTF/UCVTF, imm = 2^-fbits in the destination format (1.0 for the integer
    /// forms). Index (ftype * 2 + sf) * 2 + unsigned.
    static let fromInt: [OpDef] = [
        OpDef("scvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Float in Float(Int32(truncatingIfNeeded: v)) } },
        OpDef("ucvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Float in Float(Int64(UInt32(truncatingIfNeeded: v))) } },
        OpDef("scvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Float in Float(Int64(bitPattern: v)) } },
        OpDef("ucvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Float in FPFromInt.unsigned(v) } },
        OpDef("scvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Double in Double(Int32(truncatingIfNeeded: v)) } },
        OpDef("ucvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Double in Double(Int64(UInt32(truncatingIfNeeded: v))) } },
        OpDef("scvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Double in Double(Int64(bitPattern: v)) } },
        OpDef("ucvtf") { cpu, op in FPFromInt.run(cpu, op) { (v: UInt64) -> Double in FPFromInt.unsigned(v) } },
    ]
}

/// Integer to FP: the host conversion rounds by the host mode (set by the slow path).
/// The fixed-point scale multiplies after rounding, exactly (a power of two that cannot
/// underflow: at least 2^-64 of a non-zero integer).
enum FPFromInt {
    /// UInt64 to FP through the signed conversion: LLVM's own unsigned lowering (magic
    /// number subtraction) gives -0.0 for 0 when the host rounds downward. Values with
    /// bit 63 set are halved keeping a sticky bit, which rounds the same in every mode.
    @inline(__always) static func unsigned<F: A64Float>(_ v: UInt64) -> F {
        if Int64(bitPattern: v) >= 0 { return F(Int64(bitPattern: v)) }
        return F(Int64(bitPattern: v >> 1 | v & 1)) * 2
    }
    @inline(__always)
    static func run<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (UInt64) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return slow(cpu, op, f) }
        let o = op.pointee
        cpu.fpWrite(o.a, f(cpu.x[Int(o.b)]) * F(bits: F.Bits(truncatingIfNeeded: o.imm)))
    }
    @inline(never)
    static func slow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (UInt64) -> F) {
        let o = op.pointee, fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        let r = f(cpu.x[Int(o.b)]) * F(bits: F.Bits(truncatingIfNeeded: o.imm))
        cpu.fpWrite(o.a, FPEnv.flushOut(cpu, fpcr, r))
        FPEnv.leave(fpcr)
    }
}

/// FMOV (general): bit copies between general and vector registers.
enum FPMoveOps {
    static let sToW: OpDef = OpDef("fmov") { cpu, op in cpu.x[Int(op.pointee.a)] = UInt64(cpu.v(op.pointee.b).loadUnaligned(as: UInt32.self)) }
    static let dToX: OpDef = OpDef("fmov", native: NativeVector.laneToGeneral(lane: 8, byteOffset: 0)) { cpu, op in cpu.x[Int(op.pointee.a)] = cpu.v(op.pointee.b).loadUnaligned(as: UInt64.self) }
    static let topToX: OpDef = OpDef("fmov", native: NativeVector.laneToGeneral(lane: 8, byteOffset: 8)) { cpu, op in
        cpu.x[Int(op.pointee.a)] = cpu.v(op.pointee.b).loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    }
    static let wToS: OpDef = OpDef("fmov") { cpu, op in cpu.vWrite64(op.pointee.a, UInt64(UInt32(truncatingIfNeeded: cpu.x[Int(op.pointee.b)]))) }
    static let xToD: OpDef = OpDef("fmov", native: NativeVector.generalToDouble(top: false)) { cpu, op in cpu.vWrite64(op.pointee.a, cpu.x[Int(op.pointee.b)]) }
    /// FMOV Vd.D[1], Xn writes the top half only; the low half is kept.
    static let xToTop: OpDef = OpDef("fmov", native: NativeVector.generalToDouble(top: true)) { cpu, op in
        cpu.v(op.pointee.a).storeBytes(of: cpu.x[Int(op.pointee.b)], toByteOffset: 8, as: UInt64.self)
    }
}
