import XrunCore

/// C4.1.x "Advanced SIMD three same": 0 Q U 01110 size 1 Rm opcode(15:11) 1 Rn Rd.
/// Integer ops are specialised per (op, element size, Q); the floating-point ones
/// (opcode 11xxx, size<1> selects the op, size<0> single/double) per (op, sz, Q).
/// Not implemented (undefined): FMLAL/FMLSL and the FP16 forms.
extension A64Decoder {
    static func decodeSIMDThreeSame(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 11 & 0x1F)
        let fn: OpFn?
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
    static let table: [[OpFn]] = [
        [{ c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a & b } }, { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a & b } }],
        [{ c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a & ~b } }, { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a & ~b } }],
        [{ c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a | b } }, { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a | b } }],
        [{ c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a | ~b } }, { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a | ~b } }],
        [{ c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a ^ b } }, { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a ^ b } }],
        // BSL: Vd selects between Vn (1 bits) and Vm (0 bits).
        [{ c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in m ^ ((m ^ n) & d) } },
         { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in m ^ ((m ^ n) & d) } }],
        // BIT: insert Vn bits where Vm is 1.
        [{ c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & m) } },
         { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & m) } }],
        // BIF: insert Vn bits where Vm is 0.
        [{ c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & ~m) } },
         { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & ~m) } }],
    ]
}

/// Tables indexed by size * 2 + Q (integer) or sz * 2 + Q (FP); nil = reserved.
enum VThreeSameOps {
    static let shadd: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shadd(a, b) } },
        nil,
        nil,
    ]
    static let sqadd: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(a, b, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqadd(a, b, &q) } },
    ]
    static let srhadd: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.srhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.srhadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.srhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.srhadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.srhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.srhadd(a, b) } },
        nil,
        nil,
    ]
    static let shsub: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shsub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shsub(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shsub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shsub(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shsub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shsub(a, b) } },
        nil,
        nil,
    ]
    static let sqsub: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(a, b, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqsub(a, b, &q) } },
    ]
    static let cmgt: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmgt(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmgt(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmgt(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmgt(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmgt(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmgt(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmgt(a, b) } },
    ]
    static let cmge: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmge(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmge(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmge(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmge(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmge(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmge(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmge(a, b) } },
    ]
    static let sshl: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: false) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: false) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: false) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: false) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: false) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: false) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: false) } },
    ]
    static let sqshl: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
    ]
    static let srshl: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: true) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: true) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: true) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: true) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: true) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: true) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: true) } },
    ]
    static let sqrshl: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
    ]
    static let smax: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        nil,
        nil,
    ]
    static let smin: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        nil,
        nil,
    ]
    static let sabd: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.sabd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.sabd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.sabd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.sabd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.sabd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.sabd(a, b) } },
        nil,
        nil,
    ]
    static let saba: [OpFn?] = [
        { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.sabd(a, b) } },
        { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.sabd(a, b) } },
        { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.sabd(a, b) } },
        { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.sabd(a, b) } },
        { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.sabd(a, b) } },
        { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.sabd(a, b) } },
        nil,
        nil,
    ]
    static let add: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.add(a, b) } },
    ]
    static let cmtst: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmtst(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmtst(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmtst(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmtst(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmtst(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmtst(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmtst(a, b) } },
    ]
    static let mla: [OpFn?] = [
        { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &+ a &* b } },
        { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &+ a &* b } },
        { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &+ a &* b } },
        { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &+ a &* b } },
        { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &+ a &* b } },
        { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &+ a &* b } },
        nil,
        nil,
    ]
    static let mul: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.mul(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.mul(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.mul(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.mul(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.mul(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.mul(a, b) } },
        nil,
        nil,
    ]
    static let smaxp: [OpFn?] = [
        { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        nil,
        nil,
    ]
    static let sminp: [OpFn?] = [
        { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        nil,
        nil,
    ]
    static let sqdmulh: [OpFn?] = [
        nil,
        nil,
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        nil,
        nil,
    ]
    static let addp: [OpFn?] = [
        { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        nil,
        { c, o in VL.pair(c, o, 16) { (a: UInt64, b: UInt64) in K.add(a, b) } },
    ]
    static let uhadd: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.uhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.uhadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.uhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.uhadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.uhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.uhadd(a, b) } },
        nil,
        nil,
    ]
    static let uqadd: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqadd(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqadd(a, b, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqadd(a, b, &q) } },
    ]
    static let urhadd: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.urhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.urhadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.urhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.urhadd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.urhadd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.urhadd(a, b) } },
        nil,
        nil,
    ]
    static let uhsub: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.uhsub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.uhsub(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.uhsub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.uhsub(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.uhsub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.uhsub(a, b) } },
        nil,
        nil,
    ]
    static let uqsub: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqsub(a, b, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqsub(a, b, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqsub(a, b, &q) } },
    ]
    static let cmhi: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmhi(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmhi(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmhi(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmhi(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmhi(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmhi(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmhi(a, b) } },
    ]
    static let cmhs: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmhs(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmhs(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmhs(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmhs(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmhs(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmhs(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmhs(a, b) } },
    ]
    static let ushl: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: false) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: false) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: false) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: false) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: false) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: false) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: false) } },
    ]
    static let uqshl: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
    ]
    static let urshl: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: true) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: true) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: true) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: true) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: true) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: true) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: true) } },
    ]
    static let uqrshl: [OpFn?] = [
        { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        nil,
        { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
    ]
    static let umax: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        nil,
        nil,
    ]
    static let umin: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        nil,
        nil,
    ]
    static let uabd: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.uabd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.uabd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.uabd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.uabd(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.uabd(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.uabd(a, b) } },
        nil,
        nil,
    ]
    static let uaba: [OpFn?] = [
        { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.uabd(a, b) } },
        { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.uabd(a, b) } },
        { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.uabd(a, b) } },
        { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.uabd(a, b) } },
        { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.uabd(a, b) } },
        { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.uabd(a, b) } },
        nil,
        nil,
    ]
    static let sub: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.sub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.sub(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.sub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.sub(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.sub(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.sub(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.sub(a, b) } },
    ]
    static let cmeq: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmeq(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmeq(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmeq(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmeq(a, b) } },
        { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmeq(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmeq(a, b) } },
        nil,
        { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmeq(a, b) } },
    ]
    static let mls: [OpFn?] = [
        { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &- a &* b } },
        { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &- a &* b } },
        { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &- a &* b } },
        { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &- a &* b } },
        { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &- a &* b } },
        { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &- a &* b } },
        nil,
        nil,
    ]
    static let pmul: [OpFn?] = [
        { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.pmul8(a, b) } },
        { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.pmul8(a, b) } },
        nil,
        nil,
        nil,
        nil,
        nil,
        nil,
    ]
    static let umaxp: [OpFn?] = [
        { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        nil,
        nil,
    ]
    static let uminp: [OpFn?] = [
        { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        nil,
        nil,
    ]
    static let sqrdmulh: [OpFn?] = [
        nil,
        nil,
        { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        nil,
        nil,
    ]
    static let fmaxnm: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.maxnm(c, a, b) } },
    ]
    static let fmla: [OpFn?] = [
        { c, o in VF.acc(c, o, 8) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a, b) } },
        { c, o in VF.acc(c, o, 16) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a, b) } },
        nil,
        { c, o in VF.acc(c, o, 16) { (c, d: Double, a: Double, b: Double) in FPK.mulAdd(c, d, a, b) } },
    ]
    static let fadd: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.add(c, a, b) } },
    ]
    static let fmulx: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.mulx(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.mulx(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.mulx(c, a, b) } },
    ]
    static let fcmeq: [OpFn?] = [
        { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.cmeq(c, a, b) } },
        { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.cmeq(c, a, b) } },
        nil,
        { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.cmeq(c, a, b) } },
    ]
    static let fmax: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.max(c, a, b) } },
    ]
    static let frecps: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPEstimate.recipStep(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPEstimate.recipStep(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPEstimate.recipStep(c, a, b) } },
    ]
    static let fminnm: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.minnm(c, a, b) } },
    ]
    static let fmls: [OpFn?] = [
        { c, o in VF.acc(c, o, 8) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a.negated, b) } },
        { c, o in VF.acc(c, o, 16) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a.negated, b) } },
        nil,
        { c, o in VF.acc(c, o, 16) { (c, d: Double, a: Double, b: Double) in FPK.mulAdd(c, d, a.negated, b) } },
    ]
    static let fsub: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.sub(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.sub(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.sub(c, a, b) } },
    ]
    static let fmin: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.min(c, a, b) } },
    ]
    static let frsqrts: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPEstimate.rsqrtStep(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPEstimate.rsqrtStep(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPEstimate.rsqrtStep(c, a, b) } },
    ]
    static let fmaxnmp: [OpFn?] = [
        { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        nil,
        { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.maxnm(c, a, b) } },
    ]
    static let faddp: [OpFn?] = [
        { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        nil,
        { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.add(c, a, b) } },
    ]
    static let fmul: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.mul(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.mul(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.mul(c, a, b) } },
    ]
    static let fcmge: [OpFn?] = [
        { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.cmge(c, a, b) } },
        { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.cmge(c, a, b) } },
        nil,
        { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.cmge(c, a, b) } },
    ]
    static let facge: [OpFn?] = [
        { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.acge(c, a, b) } },
        { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.acge(c, a, b) } },
        nil,
        { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.acge(c, a, b) } },
    ]
    static let fmaxp: [OpFn?] = [
        { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        nil,
        { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.max(c, a, b) } },
    ]
    static let fdiv: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.div(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.div(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.div(c, a, b) } },
    ]
    static let fminnmp: [OpFn?] = [
        { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        nil,
        { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.minnm(c, a, b) } },
    ]
    static let fabd: [OpFn?] = [
        { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.abd(c, a, b) } },
        { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.abd(c, a, b) } },
        nil,
        { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.abd(c, a, b) } },
    ]
    static let fcmgt: [OpFn?] = [
        { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.cmgt(c, a, b) } },
        { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.cmgt(c, a, b) } },
        nil,
        { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.cmgt(c, a, b) } },
    ]
    static let facgt: [OpFn?] = [
        { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.acgt(c, a, b) } },
        { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.acgt(c, a, b) } },
        nil,
        { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.acgt(c, a, b) } },
    ]
    static let fminp: [OpFn?] = [
        { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        nil,
        { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.min(c, a, b) } },
    ]
    static let int: [[[OpFn?]?]] = [
        [shadd, sqadd, srhadd, nil, shsub, sqsub, cmgt, cmge, sshl, sqshl, srshl, sqrshl, smax, smin, sabd, saba, add, cmtst, mla, mul, smaxp, sminp, sqdmulh, addp],
        [uhadd, uqadd, urhadd, nil, uhsub, uqsub, cmhi, cmhs, ushl, uqshl, urshl, uqrshl, umax, umin, uabd, uaba, sub, cmeq, mls, pmul, umaxp, uminp, sqrdmulh, nil],
    ]
    /// [U][size<1>][opcode - 24]
    static let fp: [[[[OpFn?]?]]] = [
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
