import XrunCore

/// The 0xCE crypto classes (C4.1.x, op0 = 1100 in "Data Processing -- Scalar FP and
/// Advanced SIMD"): FEAT_SHA512 and FEAT_SHA3. FEAT_SM3/FEAT_SM4 encodings in the same
/// classes are not implemented (not advertised) and stay undefined.
///   four-register:        1100 1110 0 Op0 Rm 0 Ra Rn Rd       Op0 00 EOR3, 01 BCAX
///   XAR:                  1100 1110 100 Rm imm6 Rn Rd
///   three-register SHA512: 1100 1110 011 Rm 1 O 00 opcode Rn Rd O=0: SHA512H, SHA512H2,
///                                                                SHA512SU1, RAX1
///   two-register SHA512:  1100 1110 1100 0000 1000 opcode Rn Rd  00 SHA512SU0
extension A64Decoder {
    static func decodeCryptoSHA512SHA3(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let d = UInt8(insn & 31), n = UInt8(insn >> 5 & 31), m = UInt8(insn >> 16 & 31)
        let sha3 = A64Features.has(A64Features.SHA3), sha512 = A64Features.has(A64Features.SHA512)
        if insn & 0xFFC0_8000 == 0xCE00_0000 {           // four-register, Op0 = 0x
            guard sha3 else { return .undefined }
            let fn = insn >> 21 & 1 == 0 ? SHA3Ops.eor3 : SHA3Ops.bcax
            b.emit(fn, pc: pc, a: d, b: n, c: m, d: UInt8(insn >> 10 & 31))
            return .next(length: 4)
        }
        if insn & 0xFFE0_0000 == 0xCE80_0000 {           // XAR
            guard sha3 else { return .undefined }
            b.emit(SHA3Ops.xar, pc: pc, imm: UInt64(insn >> 10 & 0x3F), a: d, b: n, c: m)
            return .next(length: 4)
        }
        if insn & 0xFFE0_F000 == 0xCE60_8000 {           // three-register SHA512, O = 0
            let fn: OpDef
            switch insn >> 10 & 3 {
            case 0: fn = SHA512Ops.sha512h
            case 1: fn = SHA512Ops.sha512h2
            case 2: fn = SHA512Ops.sha512su1
            default: fn = SHA3Ops.rax1
            }
            // RAX1 (opcode 11) is FEAT_SHA3, the other three FEAT_SHA512.
            guard insn >> 10 & 3 == 3 ? sha3 : sha512 else { return .undefined }
            b.emit(fn, pc: pc, a: d, b: n, c: m)
            return .next(length: 4)
        }
        if insn & 0xFFFF_FC00 == 0xCEC0_8000 {           // SHA512SU0
            guard sha512 else { return .undefined }
            b.emit(SHA512Ops.sha512su0, pc: pc, a: d, b: n)
            return .next(length: 4)
        }
        return .undefined
    }
}

/// FEAT_SHA512 (C7.2 SHA512H, SHA512H2, SHA512SU0, SHA512SU1), operand fields a = Vd,
/// b = Vn, c = Vm; 64-bit lanes [0] = bits 63:0. x86 has no SHA-512 instructions
/// before SHA512 (AVX10), so these are portable.
enum SHA512Ops {
    @inline(__always) static func bigSigma0(_ x: UInt64) -> UInt64 { ror64(x, 28) ^ ror64(x, 34) ^ ror64(x, 39) }
    @inline(__always) static func bigSigma1(_ x: UInt64) -> UInt64 { ror64(x, 14) ^ ror64(x, 18) ^ ror64(x, 41) }
    @inline(__always) static func sigma0(_ x: UInt64) -> UInt64 { ror64(x, 1) ^ ror64(x, 8) ^ x &>> 7 }
    @inline(__always) static func sigma1(_ x: UInt64) -> UInt64 { ror64(x, 19) ^ ror64(x, 61) ^ x &>> 6 }
    @inline(__always) static func ch(_ x: UInt64, _ y: UInt64, _ z: UInt64) -> UInt64 { (x & y) ^ (~x & z) }
    @inline(__always) static func maj(_ x: UInt64, _ y: UInt64, _ z: UInt64) -> UInt64 { (x & y) ^ (x & z) ^ (y & z) }

    /// SHA512H Qd, Qn, Vm.2D (X = Vn, Y = Vm, W = Vd): the T1 sums of two rounds.
    /// hi = W<127:64> + Ch(Y<127:64>, X<63:0>, X<127:64>) + Sigma1(Y<127:64>);
    /// tmp = hi + Y<63:0>; lo = W<63:0> + Ch(tmp, Y<127:64>, X<63:0>) + Sigma1(tmp).
    static let sha512h: OpDef = OpDef("sha512h") { c, o in
        let x = c.vRead(o.pointee.b), y = c.vRead(o.pointee.c), w = c.vRead(o.pointee.a)
        let hi = w[1] &+ ch(y[1], x[0], x[1]) &+ bigSigma1(y[1])
        let tmp = hi &+ y[0]
        let lo = w[0] &+ ch(tmp, y[1], x[0]) &+ bigSigma1(tmp)
        c.vWrite(o.pointee.a, V128(lo, hi))
    }
    /// SHA512H2 Qd, Qn, Vm.2D (X = Vn, Y = Vm, W = Vd): hi = W<127:64> + Maj(X<63:0>,
    /// Y<127:64>, Y<63:0>) + Sigma0(Y<63:0>); lo = W<63:0> + Maj(hi, Y<63:0>, Y<127:64>)
    /// + Sigma0(hi).
    static let sha512h2: OpDef = OpDef("sha512h2") { c, o in
        let x = c.vRead(o.pointee.b), y = c.vRead(o.pointee.c), w = c.vRead(o.pointee.a)
        let hi = w[1] &+ maj(x[0], y[1], y[0]) &+ bigSigma0(y[0])
        let lo = w[0] &+ maj(hi, y[0], y[1]) &+ bigSigma0(hi)
        c.vWrite(o.pointee.a, V128(lo, hi))
    }
    /// SHA512SU0 Vd.2D, Vn.2D: lo = Vd<63:0> + sigma0(Vd<127:64>); hi = Vd<127:64> +
    /// sigma0(Vn<63:0>).
    static let sha512su0: OpDef = OpDef("sha512su0") { c, o in
        let w = c.vRead(o.pointee.a), x = c.vRead(o.pointee.b)
        c.vWrite(o.pointee.a, V128(w[0] &+ sigma0(w[1]), w[1] &+ sigma0(x[0])))
    }
    /// SHA512SU1 Vd.2D, Vn.2D, Vm.2D: each lane Vd + sigma1(Vn) + Vm.
    static let sha512su1: OpDef = OpDef("sha512su1") { c, o in
        let w = c.vRead(o.pointee.a), x = c.vRead(o.pointee.b), y = c.vRead(o.pointee.c)
        c.vWrite(o.pointee.a, V128(w[0] &+ sigma1(x[0]) &+ y[0], w[1] &+ sigma1(x[1]) &+ y[1]))
    }
}

/// FEAT_SHA3 (C7.2 EOR3, BCAX, RAX1, XAR): operand fields a = Vd, b = Vn, c = Vm,
/// d = Va; imm = XAR's rotation.
enum SHA3Ops {
    /// EOR3 Vd.16B, Vn.16B, Vm.16B, Va.16B: Vn EOR Vm EOR Va.
    static let eor3: OpDef = OpDef("eor") { c, o in
        let o = o.pointee
        c.vWrite(o.a, c.vRead(o.b) ^ c.vRead(o.c) ^ c.vRead(o.d))
    }
    /// BCAX Vd.16B, Vn.16B, Vm.16B, Va.16B: Vn EOR (Vm AND NOT Va).
    static let bcax: OpDef = OpDef("bcax") { c, o in
        let o = o.pointee
        c.vWrite(o.a, c.vRead(o.b) ^ (c.vRead(o.c) & ~c.vRead(o.d)))
    }
    /// RAX1 Vd.2D, Vn.2D, Vm.2D: Vn EOR ROL(Vm, 1) per lane.
    static let rax1: OpDef = OpDef("rax1") { c, o in
        let n = c.vRead(o.pointee.b), m = c.vRead(o.pointee.c)
        c.vWrite(o.pointee.a, n ^ (m &<< 1 | m &>> 63))
    }
    /// XAR Vd.2D, Vn.2D, Vm.2D, #imm6: ROR(Vn EOR Vm, imm6) per lane (imm6 = 0 is a
    /// plain EOR: both masked shifts then give the value itself).
    static let xar: OpDef = OpDef("xar") { c, o in
        let x = c.vRead(o.pointee.b) ^ c.vRead(o.pointee.c), r = o.pointee.imm
        c.vWrite(o.pointee.a, V128(ror64(x[0], r), ror64(x[1], r)))
    }
}
