import XrunCore

/// FEAT_DotProd: SDOT/UDOT (vector), "Advanced SIMD three same extra"
/// (0 Q U 01110 size 0 Rm 1 opcode 1 Rn Rd, opcode 0010, size 10), and SDOT/UDOT (by
/// element), "Advanced SIMD vector x indexed element" opcode 1110 with size 10 (the
/// entries of `VByElementOps.int` come from here). C7.2 SDOT: each 32-bit lane of Vd
/// gains the sum of the four products of the corresponding bytes of Vn and Vm (or of
/// the 32-bit element Vm.4B[index]), wrapping. FCMLA/FCADD (opcodes 1xxx) are in
/// ComplexArithmetic.swift; the others (SQRDMLAH/SQRDMLSH of FEAT_RDM, USDOT, the
/// matrix and BFloat16 forms) are not implemented.
extension A64Decoder {
    static func decodeSIMDThreeSameExtra(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if insn >> 14 & 1 == 1 { return decodeComplexThreeSame(insn, pc: pc, into: &b) }
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1)
        guard A64Features.has(A64Features.ASIMDDP), insn >> 22 & 3 == 0b10, insn >> 11 & 0xF == 0b0010 else {
            return .undefined
        }
        b.emit(DotOps.vector[u * 2 + q], pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }
}

enum DotOps {
    /// Sum of the four byte products of 32-bit words `n` and `m`.
    @inline(__always) static func sdot4(_ n: UInt32, _ m: UInt32) -> UInt32 {
        var s: Int32 = 0
        for k in stride(from: 0, to: 32, by: 8) {
            s = s &+ Int32(Int8(truncatingIfNeeded: n &>> UInt32(k))) &* Int32(Int8(truncatingIfNeeded: m &>> UInt32(k)))
        }
        return UInt32(bitPattern: s)
    }
    @inline(__always) static func udot4(_ n: UInt32, _ m: UInt32) -> UInt32 {
        var s: UInt32 = 0
        for k in stride(from: 0, to: 32, by: 8) {
            s = s &+ (n &>> UInt32(k) & 0xFF) &* (m &>> UInt32(k) & 0xFF)
        }
        return s
    }
    /// Vd lanes += dot(Vn lane, Vm lane); `bytes` 8 (.2S, upper half zeroed) or 16.
    @inline(__always)
    static func same(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (UInt32, UInt32) -> UInt32) {
        VL.acc(cpu, op, bytes) { (d: UInt32, n: UInt32, m: UInt32) in d &+ f(n, m) }
    }
    /// Vd lanes += dot(Vn lane, Vm.S[imm]).
    @inline(__always)
    static func elem(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (UInt32, UInt32) -> UInt32) {
        VL.elem(cpu, op, bytes) { (d: UInt32, n: UInt32, e: UInt32, q: inout Bool) in d &+ f(n, e) }
    }
    /// [U * 2 + Q]: SDOT .2S, SDOT .4S, UDOT .2S, UDOT .4S.
    static let vector: [OpDef] = [
        OpDef("sdot") { c, o in same(c, o, 8) { sdot4($0, $1) } },
        OpDef("sdot") { c, o in same(c, o, 16) { sdot4($0, $1) } },
        OpDef("udot") { c, o in same(c, o, 8) { udot4($0, $1) } },
        OpDef("udot") { c, o in same(c, o, 16) { udot4($0, $1) } },
    ]
    /// By element, indexed like the other by-element tables (size * 2 + Q; size 10 only).
    static let sdotElem: [OpDef?] = [
        nil, nil, nil, nil,
        OpDef("sdot") { c, o in elem(c, o, 8) { sdot4($0, $1) } },
        OpDef("sdot") { c, o in elem(c, o, 16) { sdot4($0, $1) } },
        nil, nil,
    ]
    static let udotElem: [OpDef?] = [
        nil, nil, nil, nil,
        OpDef("udot") { c, o in elem(c, o, 8) { udot4($0, $1) } },
        OpDef("udot") { c, o in elem(c, o, 16) { udot4($0, $1) } },
        nil, nil,
    ]
}
