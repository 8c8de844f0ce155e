import XrunCore

/// C4.1.x "Advanced SIMD three same": 0 Q U 01110 size 1 Rm opcode(15:11) 1 Rn Rd.
/// Integer ops are specialised per (op, element size, Q); the floating-point ones
/// (opcode 11xxx, size<1> selects the op, size<0> single/double) per (op, sz, Q).
/// Not implemented (undefined): FMLAL/FMLSL and the FP16 forms.
extension A64Decoder {
    static func decodeSIMDThreeSame(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 11 & 0x1F)
        let fn: OpDef?
        if opcode == 3 {
            fn = VLogicOps.table[u * 4 + size][q]
        } else if opcode >= 24 {
            fn = VThreeSameOps.fp[u][size >> 1][opcode - 24]?[(size & 1) * 2 + q]
        } else {
            fn = VThreeSameOps.int[u][opcode]?[size * 2 + q]
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }
}

/// AND, BIC, ORR, ORN (U = 0, size 0...3) and EOR, BSL, BIT, BIF (U = 1): whole-register
/// bit operations, index [U * 4 + size][Q].
enum VLogicOps {
    static let table: [[OpDef]] = [
        [OpDef("and", native: NativeVector.logic(.and, q: false)) { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a & b } }, OpDef("and", native: NativeVector.logic(.and, q: true)) { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a & b } }],
        [OpDef("bic", native: NativeVector.logic(.bic, q: false)) { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a & ~b } }, OpDef("bic", native: NativeVector.logic(.bic, q: true)) { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a & ~b } }],
        [OpDef("orr", native: NativeVector.logic(.orr, q: false)) { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a | b } }, OpDef("orr", native: NativeVector.logic(.orr, q: true)) { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a | b } }],
        [OpDef("orn", native: NativeVector.logic(.orn, q: false)) { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a | ~b } }, OpDef("orn", native: NativeVector.logic(.orn, q: true)) { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a | ~b } }],
        [OpDef("eor", native: NativeVector.logic(.eor, q: false)) { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a ^ b } }, OpDef("eor", native: NativeVector.logic(.eor, q: true)) { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a ^ b } }],
        // BSL: Vd selects between Vn (1 bits) and Vm (0 bits).
        [OpDef("bsl", native: NativeVector.logic(.bsl, q: false)) { c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in m ^ ((m ^ n) & d) } },
         OpDef("bsl", native: NativeVector.logic(.bsl, q: true)) { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in m ^ ((m ^ n) & d) } }],
        // BIT: insert Vn bits where Vm is 1.
        [OpDef("bit", native: NativeVector.logic(.bit, q: false)) { c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & m) } },
         OpDef("bit", native: NativeVector.logic(.bit, q: true)) { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & m) } }],
        // BIF: insert Vn bits where Vm is 0.
        [OpDef("bif", native: NativeVector.logic(.bif, q: false)) { c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & ~m) } },
         OpDef("bif", native: NativeVector.logic(.bif, q: true)) { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & ~m) } }],
    ]
}

/// Tables indexed by size * 2 + Q (integer) or sz * 2 + Q (FP); nil = reserved. The
/// per-family variant tables are generated (Generated/ThreeSameVariants.swift, from
/// tools/gen-a64-vector).
enum VThreeSameOps {
    static let int: [[[OpDef?]?]] = [
        [shadd, sqadd, srhadd, nil, shsub, sqsub, cmgt, cmge, sshl, sqshl, srshl, sqrshl, smax, smin, sabd, saba, add, cmtst, mla, mul, smaxp, sminp, sqdmulh, addp],
        [uhadd, uqadd, urhadd, nil, uhsub, uqsub, cmhi, cmhs, ushl, uqshl, urshl, uqrshl, umax, umin, uabd, uaba, sub, cmeq, mls, pmul, umaxp, uminp, sqrdmulh, nil],
    ]
    /// [U][size<1>][opcode - 24]
    static let fp: [[[[OpDef?]?]]] = [
        [
            [fmaxnm, fmla, fadd, fmulx, fcmeq, nil, fmax, frecps],
            [fminnm, fmls, fsub, nil, nil, nil, fmin, frsqrts],
        ],
        [
            [fmaxnmp, nil, faddp, fmul, fcmge, facge, fmaxp, fdiv],
            [fminnmp, nil, fabd, nil, fcmgt, facgt, fminp, nil],
        ],
    ]
}
