/// The SSE registers, numbered as the encodings number them (ModRM reg/rm, REX.R/B).
public enum XMM: UInt8, Sendable {
    case xmm0, xmm1, xmm2, xmm3, xmm4, xmm5, xmm6, xmm7
    case xmm8, xmm9, xmm10, xmm11, xmm12, xmm13, xmm14, xmm15
}

/// Scalar SSE arithmetic: the opcode after the F2 (double) / F3 (single) prefix
/// (Intel SDM Vol. 2: ADDSD F2 0F 58, MULSD 59, SUBSD 5C, MINSD 5D, DIVSD 5E, MAXSD 5F,
/// SQRTSD 51).
public enum SSEScalarOp: UInt8, Sendable {
    case add = 0x58, mul = 0x59, sub = 0x5C, min = 0x5D, div = 0x5E, max = 0x5F, sqrt = 0x51
}

/// FMA3 scalar forms (VEX.66.0F38, W1 double / W0 single), the "231" operand order:
/// dst = ±(src1 × src2) ± dst (Intel SDM Vol. 2, VFMADD231SD B9, VFMSUB231SD BB,
/// VFNMADD231SD BD, VFNMSUB231SD BF).
public enum FMA231Op: UInt8, Sendable {
    /// dst = a × b + dst
    case madd = 0xB9
    /// dst = a × b − dst
    case msub = 0xBB
    /// dst = −(a × b) + dst
    case nmadd = 0xBD
    /// dst = −(a × b) − dst
    case nmsub = 0xBF
}

/// The SSE/AVX encodings the FP templates use. `double` picks the sd/pd form, else
/// the ss/ps one. A general register in an `X86Operand` is a GPR r/m; memory is memory.
extension X86Assembler {
    /// prefix? REX 0F opcode ModRM: the legacy SSE shape (the mandatory prefix goes
    /// before REX).
    private mutating func sse(_ prefix: UInt8?, _ opcode: UInt8, w: Bool = false, reg: UInt8, _ rm: X86Operand) {
        if let prefix { byte(prefix) }
        rex(w: w, reg: reg, rm: rm)
        byte(0x0F)
        byte(opcode)
        modrm(reg: reg, rm: rm)
    }
    private static func xmmOperand(_ x: XMM) -> X86Operand { .reg(X86Reg(rawValue: x.rawValue)!) }

    /// `movsd/movss dst, [m]`: loads the scalar, zeroes the rest of dst.
    public mutating func loadScalar(_ dst: XMM, _ m: X86Mem, double: Bool) {
        sse(double ? 0xF2 : 0xF3, 0x10, reg: dst.rawValue, .mem(m))
    }
    /// `movups dst, [m]` (0F 10): 16 bytes, no alignment needed.
    public mutating func load128(_ dst: XMM, _ m: X86Mem) {
        sse(nil, 0x10, reg: dst.rawValue, .mem(m))
    }
    /// `movups [m], src` (0F 11): stores all 16 bytes.
    public mutating func store128(_ m: X86Mem, _ src: XMM) {
        sse(nil, 0x11, reg: src.rawValue, .mem(m))
    }
    /// `movq [m], src` (66 0F D6): stores the low 64 bits.
    public mutating func storeLow64(_ m: X86Mem, _ src: XMM) {
        sse(0x66, 0xD6, reg: src.rawValue, .mem(m))
    }
    /// `movss [m], src`: stores the low 32 bits.
    public mutating func storeLow32(_ m: X86Mem, _ src: XMM) {
        sse(0xF3, 0x11, reg: src.rawValue, .mem(m))
    }
    /// `movq xmm, r/m64` (w) / `movd xmm, r/m32`: zeroes the rest of dst.
    public mutating func movToXMM(_ dst: XMM, _ src: X86Operand, w: Bool = true) {
        sse(0x66, 0x6E, w: w, reg: dst.rawValue, src)
    }
    /// `movq r64, xmm` (w) / `movd r32, xmm` (zero-extends).
    public mutating func movFromXMM(_ dst: X86Reg, _ src: XMM, w: Bool = true) {
        sse(0x66, 0x7E, w: w, reg: src.rawValue, .reg(dst))
    }
    /// `op{sd,ss} dst, src` (src an xmm register or memory).
    public mutating func scalar(_ op: SSEScalarOp, _ dst: XMM, _ src: XMM, double: Bool) {
        sse(double ? 0xF2 : 0xF3, op.rawValue, reg: dst.rawValue, Self.xmmOperand(src))
    }
    public mutating func scalar(_ op: SSEScalarOp, _ dst: XMM, _ m: X86Mem, double: Bool) {
        sse(double ? 0xF2 : 0xF3, op.rawValue, reg: dst.rawValue, .mem(m))
    }
    /// `ucomisd/ucomiss a, b`: ZF PF CF = 111 unordered, 100 equal, 001 less, 000
    /// greater. Raises invalid only for a signalling NaN.
    public mutating func ucomis(_ a: XMM, _ b: XMM, double: Bool) {
        sse(double ? 0x66 : nil, 0x2E, reg: a.rawValue, Self.xmmOperand(b))
    }
    /// `andpd/andps`, `orpd/orps`, `xorpd/xorps dst, src`: bitwise, no FP flags.
    public mutating func andBits(_ dst: XMM, _ src: XMM, double: Bool) {
        sse(double ? 0x66 : nil, 0x54, reg: dst.rawValue, Self.xmmOperand(src))
    }
    public mutating func orBits(_ dst: XMM, _ src: XMM, double: Bool) {
        sse(double ? 0x66 : nil, 0x56, reg: dst.rawValue, Self.xmmOperand(src))
    }
    public mutating func xorBits(_ dst: XMM, _ src: XMM, double: Bool) {
        sse(double ? 0x66 : nil, 0x57, reg: dst.rawValue, Self.xmmOperand(src))
    }
    /// `cvtss2sd dst, src` (toDouble) / `cvtsd2ss dst, src`: rounds by MXCSR.RC.
    public mutating func convertPrecision(_ dst: XMM, _ src: XMM, toDouble: Bool) {
        sse(toDouble ? 0xF3 : 0xF2, 0x5A, reg: dst.rawValue, Self.xmmOperand(src))
    }
    /// `cvtsi2sd/cvtsi2ss dst, r/m` from a signed 64-bit (w) or 32-bit integer.
    /// Writes only the low element of dst: zero dst first to break the dependency.
    public mutating func convertFromInteger(_ dst: XMM, _ src: X86Reg, w: Bool, double: Bool) {
        sse(double ? 0xF2 : 0xF3, 0x2A, w: w, reg: dst.rawValue, .reg(src))
    }

    /// VEX 3-byte prefix (Intel SDM Vol. 2, 2.3.5): C4, R̄X̄B̄ mmmmm, W v̄v̄v̄v̄ L pp.
    private mutating func vex3(map: UInt8, w: Bool, vvvv: UInt8, pp: UInt8, reg: UInt8, rm: X86Operand) {
        var b: UInt8 = 0
        switch rm {
        case .reg(let r): b = r.high
        case .mem(let m): b = m.base.high
        }
        let x: UInt8
        if case .mem(let m) = rm, let i = m.index { x = i.high } else { x = 0 }
        byte(0xC4)
        byte(((~(reg >> 3) & 1) << 7) | ((~x & 1) << 6) | ((~b & 1) << 5) | map)
        byte((w ? 0x80 : 0) | ((~vvvv & 15) << 3) | pp)
    }
    /// `vfm*231sd/ss dst, a, b`: dst = ±(a × b) ± dst with one rounding (FMA3).
    public mutating func fma231(_ op: FMA231Op, _ dst: XMM, _ a: XMM, _ b: XMM, double: Bool) {
        fma231(op, dst, a, Self.xmmOperand(b), double: double)
    }
    /// The same with `b` in memory (a 32- or 64-bit operand).
    public mutating func fma231(_ op: FMA231Op, _ dst: XMM, _ a: XMM, _ b: X86Mem, double: Bool) {
        fma231(op, dst, a, .mem(b), double: double)
    }
    private mutating func fma231(_ op: FMA231Op, _ dst: XMM, _ a: XMM, _ rm: X86Operand, double: Bool) {
        vex3(map: 2, w: double, vvvv: a.rawValue, pp: 1, reg: dst.rawValue, rm: rm)
        byte(op.rawValue)
        modrm(reg: dst.rawValue, rm: rm)
    }
}
