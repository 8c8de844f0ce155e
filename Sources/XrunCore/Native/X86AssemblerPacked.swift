import CXrunHost
import Glibc

/// A packed (whole-register) SSE instruction of the `xmm, xmm/m128` shape: its mandatory
/// prefix (0 for none), the escape after 0F (0x38 for the three-byte SSSE3/SSE4.1 map,
/// 0 for none) and the opcode (Intel SDM Vol. 2, the instruction's "66 0F 38 3D /r" line).
public struct SSEPacked: Sendable, Equatable {
    public let prefix: UInt8, escape: UInt8, opcode: UInt8
    /// Needs SSE4.1 (or SSSE3, which every SSE4.1 host has): the 0F 38 map.
    public var needsSSE41: Bool { escape == 0x38 }
    init(_ prefix: UInt8, _ escape: UInt8, _ opcode: UInt8) {
        self.prefix = prefix
        self.escape = escape
        self.opcode = opcode
    }

    // Integer lanes, SSE2.
    public static let paddb = SSEPacked(0x66, 0, 0xFC), paddw = SSEPacked(0x66, 0, 0xFD)
    public static let paddd = SSEPacked(0x66, 0, 0xFE), paddq = SSEPacked(0x66, 0, 0xD4)
    public static let psubb = SSEPacked(0x66, 0, 0xF8), psubw = SSEPacked(0x66, 0, 0xF9)
    public static let psubd = SSEPacked(0x66, 0, 0xFA), psubq = SSEPacked(0x66, 0, 0xFB)
    public static let pmullw = SSEPacked(0x66, 0, 0xD5), pmuludq = SSEPacked(0x66, 0, 0xF4)
    public static let pcmpeqb = SSEPacked(0x66, 0, 0x74), pcmpeqw = SSEPacked(0x66, 0, 0x75)
    public static let pcmpeqd = SSEPacked(0x66, 0, 0x76)
    public static let pcmpgtb = SSEPacked(0x66, 0, 0x64), pcmpgtw = SSEPacked(0x66, 0, 0x65)
    public static let pcmpgtd = SSEPacked(0x66, 0, 0x66)
    public static let pmaxub = SSEPacked(0x66, 0, 0xDE), pminub = SSEPacked(0x66, 0, 0xDA)
    public static let pmaxsw = SSEPacked(0x66, 0, 0xEE), pminsw = SSEPacked(0x66, 0, 0xEA)
    public static let pand = SSEPacked(0x66, 0, 0xDB), pandn = SSEPacked(0x66, 0, 0xDF)
    public static let por = SSEPacked(0x66, 0, 0xEB), pxor = SSEPacked(0x66, 0, 0xEF)
    public static let packuswb = SSEPacked(0x66, 0, 0x67)
    public static let punpcklqdq = SSEPacked(0x66, 0, 0x6C), punpckhqdq = SSEPacked(0x66, 0, 0x6D)
    public static let punpcklbw = SSEPacked(0x66, 0, 0x60), punpckhbw = SSEPacked(0x66, 0, 0x68)
    public static let punpcklwd = SSEPacked(0x66, 0, 0x61), punpckhwd = SSEPacked(0x66, 0, 0x69)
    public static let punpckldq = SSEPacked(0x66, 0, 0x62), punpckhdq = SSEPacked(0x66, 0, 0x6A)
    /// Signed dwords to singles, rounded by MXCSR.RC (0F 5B).
    public static let cvtdq2ps = SSEPacked(0, 0, 0x5B)
    // Integer lanes, SSE4.1.
    public static let pmulld = SSEPacked(0x66, 0x38, 0x40), pmuldq = SSEPacked(0x66, 0x38, 0x28)
    public static let pcmpeqq = SSEPacked(0x66, 0x38, 0x29)
    public static let pmaxsb = SSEPacked(0x66, 0x38, 0x3C), pmaxsd = SSEPacked(0x66, 0x38, 0x3D)
    public static let pminsb = SSEPacked(0x66, 0x38, 0x38), pminsd = SSEPacked(0x66, 0x38, 0x39)
    public static let pmaxuw = SSEPacked(0x66, 0x38, 0x3E), pmaxud = SSEPacked(0x66, 0x38, 0x3F)
    public static let pminuw = SSEPacked(0x66, 0x38, 0x3A), pminud = SSEPacked(0x66, 0x38, 0x3B)
    public static let packusdw = SSEPacked(0x66, 0x38, 0x2B)
    /// Sign / zero extension of the low lanes to twice their width (SSE4.1).
    public static let pmovsxbw = SSEPacked(0x66, 0x38, 0x20), pmovsxwd = SSEPacked(0x66, 0x38, 0x23)
    public static let pmovsxdq = SSEPacked(0x66, 0x38, 0x25)
    public static let pmovzxbw = SSEPacked(0x66, 0x38, 0x30), pmovzxwd = SSEPacked(0x66, 0x38, 0x33)
    public static let pmovzxdq = SSEPacked(0x66, 0x38, 0x35)
    // Floating-point lanes (ps: no prefix, pd: 66).
    public static func addp(double: Bool) -> SSEPacked { SSEPacked(double ? 0x66 : 0, 0, 0x58) }
    public static func mulp(double: Bool) -> SSEPacked { SSEPacked(double ? 0x66 : 0, 0, 0x59) }
    public static func subp(double: Bool) -> SSEPacked { SSEPacked(double ? 0x66 : 0, 0, 0x5C) }
    public static func divp(double: Bool) -> SSEPacked { SSEPacked(double ? 0x66 : 0, 0, 0x5E) }
}

/// Shifts of every lane by an immediate: the /digit and opcode of the 66 0F 71/72/73
/// group (PSRLW 71 /2, PSRAW 71 /4, PSLLW 71 /6; 72 for dwords; PSRLQ 73 /2, PSLLQ
/// 73 /6, PSRLDQ 73 /3 shifts the whole register by bytes).
public enum SSEShift: Sendable {
    case left, rightLogical, rightArithmetic, rightBytes
}

extension X86Assembler {
    private static func xmm(_ x: XMM) -> X86Operand { .reg(X86Reg(rawValue: x.rawValue)!) }

    /// prefix REX 0F [escape] opcode ModRM.
    private mutating func legacySSE(_ prefix: UInt8, _ escape: UInt8, _ opcode: UInt8, w: Bool = false, reg: UInt8, _ rm: X86Operand) {
        if prefix != 0 { byte(prefix) }
        rex(w: w, reg: reg, rm: rm)
        byte(0x0F)
        if escape != 0 { byte(escape) }
        byte(opcode)
        modrm(reg: reg, rm: rm)
    }

    /// `op dst, src`.
    public mutating func packed(_ op: SSEPacked, _ dst: XMM, _ src: XMM) {
        legacySSE(op.prefix, op.escape, op.opcode, reg: dst.rawValue, Self.xmm(src))
    }
    /// `op dst, [m]`: 16-byte operands must be 16-byte aligned (the pmovsx/zx forms
    /// read 8 bytes and need not be).
    public mutating func packed(_ op: SSEPacked, _ dst: XMM, _ m: X86Mem) {
        legacySSE(op.prefix, op.escape, op.opcode, reg: dst.rawValue, .mem(m))
    }
    /// `movdqu dst, [m]` (F3 0F 6F).
    public mutating func loadVector(_ dst: XMM, _ m: X86Mem) {
        legacySSE(0xF3, 0, 0x6F, reg: dst.rawValue, .mem(m))
    }
    /// `movdqu [m], src` (F3 0F 7F).
    public mutating func storeVector(_ m: X86Mem, _ src: XMM) {
        legacySSE(0xF3, 0, 0x7F, reg: src.rawValue, .mem(m))
    }
    /// `movq dst, [m]` (F3 0F 7E): the low 64 bits, the rest zero.
    public mutating func loadLow64(_ dst: XMM, _ m: X86Mem) {
        legacySSE(0xF3, 0, 0x7E, reg: dst.rawValue, .mem(m))
    }
    /// `movq dst, src` (F3 0F 7E): keeps the low 64 bits, zeroes the rest.
    public mutating func keepLow64(_ dst: XMM, _ src: XMM) {
        legacySSE(0xF3, 0, 0x7E, reg: dst.rawValue, Self.xmm(src))
    }
    /// `movdqa dst, src` (66 0F 6F).
    public mutating func moveVector(_ dst: XMM, _ src: XMM) {
        legacySSE(0x66, 0, 0x6F, reg: dst.rawValue, Self.xmm(src))
    }
    /// `pshufd dst, src, imm` (66 0F 70 /r ib): dword i of dst = dword imm[2i+1:2i] of src.
    public mutating func shuffleDwords(_ dst: XMM, _ src: XMM, _ imm: UInt8) {
        legacySSE(0x66, 0, 0x70, reg: dst.rawValue, Self.xmm(src))
        byte(imm)
    }
    /// `shufps dst, src, imm` (0F C6 /r ib): dwords 0-1 of dst from dst, 2-3 from src.
    public mutating func shuffleSingles(_ dst: XMM, _ src: XMM, _ imm: UInt8) {
        legacySSE(0, 0, 0xC6, reg: dst.rawValue, Self.xmm(src))
        byte(imm)
    }
    /// Every `laneBytes` (2, 4, 8) lane of x shifted by `count` (`rightBytes`: the whole
    /// register right by `count` bytes; `laneBytes` ignored).
    public mutating func shiftLanes(_ kind: SSEShift, _ x: XMM, laneBytes: Int, _ count: UInt8) {
        let opcode: UInt8, digit: UInt8
        switch kind {
        case .left: digit = 6; opcode = laneBytes == 2 ? 0x71 : laneBytes == 4 ? 0x72 : 0x73
        case .rightLogical: digit = 2; opcode = laneBytes == 2 ? 0x71 : laneBytes == 4 ? 0x72 : 0x73
        case .rightArithmetic:
            precondition(laneBytes != 8, "no PSRAQ before AVX-512")
            digit = 4; opcode = laneBytes == 2 ? 0x71 : 0x72
        case .rightBytes: digit = 3; opcode = 0x73
        }
        legacySSE(0x66, 0, opcode, reg: digit, Self.xmm(x))
        byte(count)
    }
    /// `cmpunordps/pd dst, src` (0F C2 /r 3, 66 for pd): lanes where either is a NaN
    /// become all ones. A quiet predicate: raises invalid only for a signalling NaN.
    public mutating func compareUnordered(_ dst: XMM, _ src: XMM, double: Bool) {
        legacySSE(double ? 0x66 : 0, 0, 0xC2, reg: dst.rawValue, Self.xmm(src))
        byte(3)
    }
    /// `movmskps/pd r32, x` (0F 50, 66 for pd): the lanes' sign bits.
    public mutating func signMask(_ dst: X86Reg, _ x: XMM, double: Bool) {
        legacySSE(double ? 0x66 : 0, 0, 0x50, reg: dst.rawValue, Self.xmm(x))
    }

    /// `vfmadd231ps/pd dst, a, b` (`negate`: vfnmadd231): dst = ±(a × b) + dst, one
    /// rounding, on all lanes of the 128-bit registers (VEX.128.66.0F38 B8 / BC,
    /// W1 for pd; Intel SDM Vol. 2). FMA3 hosts only.
    public mutating func fusedMultiplyAddPacked(_ dst: XMM, _ a: XMM, _ b: XMM, negate: Bool, double: Bool) {
        // VEX 3-byte prefix (Intel SDM Vol. 2, 2.3.5): C4, R̄X̄B̄ mmmmm, W v̄v̄v̄v̄ L pp.
        byte(0xC4)
        byte((~(dst.rawValue >> 3) & 1) << 7 | 1 << 6 | (~(b.rawValue >> 3) & 1) << 5 | 2)
        byte((double ? 0x80 : 0) | (~a.rawValue & 15) << 3 | 1)
        byte(negate ? 0xBC : 0xB8)
        modrm(reg: dst.rawValue, rm: Self.xmm(b))
    }
}

extension HostCPU {
    /// SSE4.1 (with SSSE3): the vector templates that need its instructions are not
    /// emitted without it (the ops' functions run). XRUN_NATIVE_SSE41=0 turns it off,
    /// so that fallback can be tested on an SSE4.1 host.
    public static let hasSSE41: Bool = {
        if let v = getenv("XRUN_NATIVE_SSE41"), String(cString: v) == "0" { return false }
        return xrun_host_has_sse41() != 0
    }()
}
