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
        [OpDef("table") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a & b } }, OpDef("table") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a & b } }],
        [OpDef("table") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a & ~b } }, OpDef("table") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a & ~b } }],
        [OpDef("table") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a | b } }, OpDef("table") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a | b } }],
        [OpDef("table") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a | ~b } }, OpDef("table") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a | ~b } }],
        [OpDef("table") { c, o in VL.bin(c, o, 8) { (a: UInt64, b: UInt64) in a ^ b } }, OpDef("table") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in a ^ b } }],
        // BSL: Vd selects between Vn (1 bits) and Vm (0 bits).
        [OpDef("table") { c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in m ^ ((m ^ n) & d) } },
         OpDef("table") { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in m ^ ((m ^ n) & d) } }],
        // BIT: insert Vn bits where Vm is 1.
        [OpDef("table") { c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & m) } },
         OpDef("table") { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & m) } }],
        // BIF: insert Vn bits where Vm is 0.
        [OpDef("table") { c, o in VL.acc(c, o, 8) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & ~m) } },
         OpDef("table") { c, o in VL.acc(c, o, 16) { (d: UInt64, n: UInt64, m: UInt64) in d ^ ((d ^ n) & ~m) } }],
    ]
}

/// Tables indexed by size * 2 + Q (integer) or sz * 2 + Q (FP); nil = reserved.
enum VThreeSameOps {
    static let shadd: [OpDef?] = [
        OpDef("shadd") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shadd(a, b) } },
        OpDef("shadd") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shadd(a, b) } },
        OpDef("shadd") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shadd(a, b) } },
        OpDef("shadd") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shadd(a, b) } },
        OpDef("shadd") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shadd(a, b) } },
        OpDef("shadd") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shadd(a, b) } },
        nil,
        nil,
    ]
    static let sqadd: [OpDef?] = [
        OpDef("sqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(a, b, &q) } },
        OpDef("sqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqadd(a, b, &q) } },
        nil,
        OpDef("sqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqadd(a, b, &q) } },
    ]
    static let srhadd: [OpDef?] = [
        OpDef("srhadd") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.srhadd(a, b) } },
        OpDef("srhadd") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.srhadd(a, b) } },
        OpDef("srhadd") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.srhadd(a, b) } },
        OpDef("srhadd") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.srhadd(a, b) } },
        OpDef("srhadd") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.srhadd(a, b) } },
        OpDef("srhadd") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.srhadd(a, b) } },
        nil,
        nil,
    ]
    static let shsub: [OpDef?] = [
        OpDef("shsub") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shsub(a, b) } },
        OpDef("shsub") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shsub(a, b) } },
        OpDef("shsub") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shsub(a, b) } },
        OpDef("shsub") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shsub(a, b) } },
        OpDef("shsub") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shsub(a, b) } },
        OpDef("shsub") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shsub(a, b) } },
        nil,
        nil,
    ]
    static let sqsub: [OpDef?] = [
        OpDef("sqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(a, b, &q) } },
        OpDef("sqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqsub(a, b, &q) } },
        nil,
        OpDef("sqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqsub(a, b, &q) } },
    ]
    static let cmgt: [OpDef?] = [
        OpDef("cmgt") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmgt(a, b) } },
        OpDef("cmgt") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmgt(a, b) } },
        OpDef("cmgt") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmgt(a, b) } },
        OpDef("cmgt") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmgt(a, b) } },
        OpDef("cmgt") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmgt(a, b) } },
        OpDef("cmgt") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmgt(a, b) } },
        nil,
        OpDef("cmgt") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmgt(a, b) } },
    ]
    static let cmge: [OpDef?] = [
        OpDef("cmge") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmge(a, b) } },
        OpDef("cmge") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmge(a, b) } },
        OpDef("cmge") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmge(a, b) } },
        OpDef("cmge") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmge(a, b) } },
        OpDef("cmge") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmge(a, b) } },
        OpDef("cmge") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmge(a, b) } },
        nil,
        OpDef("cmge") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmge(a, b) } },
    ]
    static let sshl: [OpDef?] = [
        OpDef("sshl") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: false) } },
        OpDef("sshl") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: false) } },
        OpDef("sshl") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: false) } },
        OpDef("sshl") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: false) } },
        OpDef("sshl") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: false) } },
        OpDef("sshl") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: false) } },
        nil,
        OpDef("sshl") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: false) } },
    ]
    static let sqshl: [OpDef?] = [
        OpDef("sqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        OpDef("sqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
        nil,
        OpDef("sqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: false, &q) } },
    ]
    static let srshl: [OpDef?] = [
        OpDef("srshl") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: true) } },
        OpDef("srshl") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: true, round: true) } },
        OpDef("srshl") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: true) } },
        OpDef("srshl") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: true, round: true) } },
        OpDef("srshl") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: true) } },
        OpDef("srshl") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: true, round: true) } },
        nil,
        OpDef("srshl") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: true, round: true) } },
    ]
    static let sqrshl: [OpDef?] = [
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
        nil,
        OpDef("sqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.sqshlReg(a, b, round: true, &q) } },
    ]
    static let smax: [OpDef?] = [
        OpDef("smax") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        OpDef("smax") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        OpDef("smax") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        OpDef("smax") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        OpDef("smax") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        OpDef("smax") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        nil,
        nil,
    ]
    static let smin: [OpDef?] = [
        OpDef("smin") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        OpDef("smin") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        OpDef("smin") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        OpDef("smin") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        OpDef("smin") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        OpDef("smin") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        nil,
        nil,
    ]
    static let sabd: [OpDef?] = [
        OpDef("sabd") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.sabd(a, b) } },
        OpDef("sabd") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.sabd(a, b) } },
        OpDef("sabd") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.sabd(a, b) } },
        OpDef("sabd") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.sabd(a, b) } },
        OpDef("sabd") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.sabd(a, b) } },
        OpDef("sabd") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.sabd(a, b) } },
        nil,
        nil,
    ]
    static let saba: [OpDef?] = [
        OpDef("saba") { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.sabd(a, b) } },
        OpDef("saba") { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.sabd(a, b) } },
        OpDef("saba") { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.sabd(a, b) } },
        OpDef("saba") { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.sabd(a, b) } },
        OpDef("saba") { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.sabd(a, b) } },
        OpDef("saba") { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.sabd(a, b) } },
        nil,
        nil,
    ]
    static let add: [OpDef?] = [
        OpDef("add") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        OpDef("add") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        OpDef("add") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        OpDef("add") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        OpDef("add") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        OpDef("add") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        nil,
        OpDef("add") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.add(a, b) } },
    ]
    static let cmtst: [OpDef?] = [
        OpDef("cmtst") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmtst(a, b) } },
        OpDef("cmtst") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmtst(a, b) } },
        OpDef("cmtst") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmtst(a, b) } },
        OpDef("cmtst") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmtst(a, b) } },
        OpDef("cmtst") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmtst(a, b) } },
        OpDef("cmtst") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmtst(a, b) } },
        nil,
        OpDef("cmtst") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmtst(a, b) } },
    ]
    static let mla: [OpDef?] = [
        OpDef("mla") { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &+ a &* b } },
        OpDef("mla") { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &+ a &* b } },
        OpDef("mla") { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &+ a &* b } },
        OpDef("mla") { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &+ a &* b } },
        OpDef("mla") { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &+ a &* b } },
        OpDef("mla") { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &+ a &* b } },
        nil,
        nil,
    ]
    static let mul: [OpDef?] = [
        OpDef("mul") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.mul(a, b) } },
        OpDef("mul") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.mul(a, b) } },
        OpDef("mul") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.mul(a, b) } },
        OpDef("mul") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.mul(a, b) } },
        OpDef("mul") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.mul(a, b) } },
        OpDef("mul") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.mul(a, b) } },
        nil,
        nil,
    ]
    static let smaxp: [OpDef?] = [
        OpDef("smaxp") { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        OpDef("smaxp") { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        OpDef("smaxp") { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        OpDef("smaxp") { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        OpDef("smaxp") { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        OpDef("smaxp") { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        nil,
        nil,
    ]
    static let sminp: [OpDef?] = [
        OpDef("sminp") { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        OpDef("sminp") { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        OpDef("sminp") { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        OpDef("sminp") { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        OpDef("sminp") { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        OpDef("sminp") { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        nil,
        nil,
    ]
    static let sqdmulh: [OpDef?] = [
        nil,
        nil,
        OpDef("sqdmulh") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        OpDef("sqdmulh") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: false, &q) } },
        nil,
        nil,
    ]
    static let addp: [OpDef?] = [
        OpDef("addp") { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        OpDef("addp") { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        OpDef("addp") { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        OpDef("addp") { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        OpDef("addp") { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        OpDef("addp") { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        nil,
        OpDef("addp") { c, o in VL.pair(c, o, 16) { (a: UInt64, b: UInt64) in K.add(a, b) } },
    ]
    static let uhadd: [OpDef?] = [
        OpDef("uhadd") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.uhadd(a, b) } },
        OpDef("uhadd") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.uhadd(a, b) } },
        OpDef("uhadd") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.uhadd(a, b) } },
        OpDef("uhadd") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.uhadd(a, b) } },
        OpDef("uhadd") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.uhadd(a, b) } },
        OpDef("uhadd") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.uhadd(a, b) } },
        nil,
        nil,
    ]
    static let uqadd: [OpDef?] = [
        OpDef("uqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqadd(a, b, &q) } },
        OpDef("uqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqadd(a, b, &q) } },
        nil,
        OpDef("uqadd") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqadd(a, b, &q) } },
    ]
    static let urhadd: [OpDef?] = [
        OpDef("urhadd") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.urhadd(a, b) } },
        OpDef("urhadd") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.urhadd(a, b) } },
        OpDef("urhadd") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.urhadd(a, b) } },
        OpDef("urhadd") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.urhadd(a, b) } },
        OpDef("urhadd") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.urhadd(a, b) } },
        OpDef("urhadd") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.urhadd(a, b) } },
        nil,
        nil,
    ]
    static let uhsub: [OpDef?] = [
        OpDef("uhsub") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.uhsub(a, b) } },
        OpDef("uhsub") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.uhsub(a, b) } },
        OpDef("uhsub") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.uhsub(a, b) } },
        OpDef("uhsub") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.uhsub(a, b) } },
        OpDef("uhsub") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.uhsub(a, b) } },
        OpDef("uhsub") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.uhsub(a, b) } },
        nil,
        nil,
    ]
    static let uqsub: [OpDef?] = [
        OpDef("uqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqsub(a, b, &q) } },
        OpDef("uqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqsub(a, b, &q) } },
        nil,
        OpDef("uqsub") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqsub(a, b, &q) } },
    ]
    static let cmhi: [OpDef?] = [
        OpDef("cmhi") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmhi(a, b) } },
        OpDef("cmhi") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmhi(a, b) } },
        OpDef("cmhi") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmhi(a, b) } },
        OpDef("cmhi") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmhi(a, b) } },
        OpDef("cmhi") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmhi(a, b) } },
        OpDef("cmhi") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmhi(a, b) } },
        nil,
        OpDef("cmhi") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmhi(a, b) } },
    ]
    static let cmhs: [OpDef?] = [
        OpDef("cmhs") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmhs(a, b) } },
        OpDef("cmhs") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmhs(a, b) } },
        OpDef("cmhs") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmhs(a, b) } },
        OpDef("cmhs") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmhs(a, b) } },
        OpDef("cmhs") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmhs(a, b) } },
        OpDef("cmhs") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmhs(a, b) } },
        nil,
        OpDef("cmhs") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmhs(a, b) } },
    ]
    static let ushl: [OpDef?] = [
        OpDef("ushl") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: false) } },
        OpDef("ushl") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: false) } },
        OpDef("ushl") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: false) } },
        OpDef("ushl") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: false) } },
        OpDef("ushl") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: false) } },
        OpDef("ushl") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: false) } },
        nil,
        OpDef("ushl") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: false) } },
    ]
    static let uqshl: [OpDef?] = [
        OpDef("uqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        OpDef("uqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
        nil,
        OpDef("uqshl") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: false, &q) } },
    ]
    static let urshl: [OpDef?] = [
        OpDef("urshl") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: true) } },
        OpDef("urshl") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.shl(a, b, signed: false, round: true) } },
        OpDef("urshl") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: true) } },
        OpDef("urshl") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.shl(a, b, signed: false, round: true) } },
        OpDef("urshl") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: true) } },
        OpDef("urshl") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.shl(a, b, signed: false, round: true) } },
        nil,
        OpDef("urshl") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.shl(a, b, signed: false, round: true) } },
    ]
    static let uqrshl: [OpDef?] = [
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt8, b: UInt8, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
        nil,
        OpDef("uqrshl") { c, o in VL.binQ(c, o, 16) { (a: UInt64, b: UInt64, q: inout Bool) in K.uqshlReg(a, b, round: true, &q) } },
    ]
    static let umax: [OpDef?] = [
        OpDef("umax") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        OpDef("umax") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        OpDef("umax") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        OpDef("umax") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        OpDef("umax") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        OpDef("umax") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        nil,
        nil,
    ]
    static let umin: [OpDef?] = [
        OpDef("umin") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        OpDef("umin") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        OpDef("umin") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        OpDef("umin") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        OpDef("umin") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        OpDef("umin") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        nil,
        nil,
    ]
    static let uabd: [OpDef?] = [
        OpDef("uabd") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.uabd(a, b) } },
        OpDef("uabd") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.uabd(a, b) } },
        OpDef("uabd") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.uabd(a, b) } },
        OpDef("uabd") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.uabd(a, b) } },
        OpDef("uabd") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.uabd(a, b) } },
        OpDef("uabd") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.uabd(a, b) } },
        nil,
        nil,
    ]
    static let uaba: [OpDef?] = [
        OpDef("uaba") { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.uabd(a, b) } },
        OpDef("uaba") { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &+ K.uabd(a, b) } },
        OpDef("uaba") { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.uabd(a, b) } },
        OpDef("uaba") { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &+ K.uabd(a, b) } },
        OpDef("uaba") { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.uabd(a, b) } },
        OpDef("uaba") { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &+ K.uabd(a, b) } },
        nil,
        nil,
    ]
    static let sub: [OpDef?] = [
        OpDef("sub") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.sub(a, b) } },
        OpDef("sub") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.sub(a, b) } },
        OpDef("sub") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.sub(a, b) } },
        OpDef("sub") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.sub(a, b) } },
        OpDef("sub") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.sub(a, b) } },
        OpDef("sub") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.sub(a, b) } },
        nil,
        OpDef("sub") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.sub(a, b) } },
    ]
    static let cmeq: [OpDef?] = [
        OpDef("cmeq") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.cmeq(a, b) } },
        OpDef("cmeq") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.cmeq(a, b) } },
        OpDef("cmeq") { c, o in VL.bin(c, o, 8) { (a: UInt16, b: UInt16) in K.cmeq(a, b) } },
        OpDef("cmeq") { c, o in VL.bin(c, o, 16) { (a: UInt16, b: UInt16) in K.cmeq(a, b) } },
        OpDef("cmeq") { c, o in VL.bin(c, o, 8) { (a: UInt32, b: UInt32) in K.cmeq(a, b) } },
        OpDef("cmeq") { c, o in VL.bin(c, o, 16) { (a: UInt32, b: UInt32) in K.cmeq(a, b) } },
        nil,
        OpDef("cmeq") { c, o in VL.bin(c, o, 16) { (a: UInt64, b: UInt64) in K.cmeq(a, b) } },
    ]
    static let mls: [OpDef?] = [
        OpDef("mls") { c, o in VL.acc(c, o, 8) { (d: UInt8, a: UInt8, b: UInt8) in d &- a &* b } },
        OpDef("mls") { c, o in VL.acc(c, o, 16) { (d: UInt8, a: UInt8, b: UInt8) in d &- a &* b } },
        OpDef("mls") { c, o in VL.acc(c, o, 8) { (d: UInt16, a: UInt16, b: UInt16) in d &- a &* b } },
        OpDef("mls") { c, o in VL.acc(c, o, 16) { (d: UInt16, a: UInt16, b: UInt16) in d &- a &* b } },
        OpDef("mls") { c, o in VL.acc(c, o, 8) { (d: UInt32, a: UInt32, b: UInt32) in d &- a &* b } },
        OpDef("mls") { c, o in VL.acc(c, o, 16) { (d: UInt32, a: UInt32, b: UInt32) in d &- a &* b } },
        nil,
        nil,
    ]
    static let pmul: [OpDef?] = [
        OpDef("pmul") { c, o in VL.bin(c, o, 8) { (a: UInt8, b: UInt8) in K.pmul8(a, b) } },
        OpDef("pmul") { c, o in VL.bin(c, o, 16) { (a: UInt8, b: UInt8) in K.pmul8(a, b) } },
        nil,
        nil,
        nil,
        nil,
        nil,
        nil,
    ]
    static let umaxp: [OpDef?] = [
        OpDef("umaxp") { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        OpDef("umaxp") { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        OpDef("umaxp") { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        OpDef("umaxp") { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        OpDef("umaxp") { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        OpDef("umaxp") { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        nil,
        nil,
    ]
    static let uminp: [OpDef?] = [
        OpDef("uminp") { c, o in VL.pair(c, o, 8) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        OpDef("uminp") { c, o in VL.pair(c, o, 16) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        OpDef("uminp") { c, o in VL.pair(c, o, 8) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        OpDef("uminp") { c, o in VL.pair(c, o, 16) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        OpDef("uminp") { c, o in VL.pair(c, o, 8) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        OpDef("uminp") { c, o in VL.pair(c, o, 16) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        nil,
        nil,
    ]
    static let sqrdmulh: [OpDef?] = [
        nil,
        nil,
        OpDef("sqrdmulh") { c, o in VL.binQ(c, o, 8) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.binQ(c, o, 16) { (a: UInt16, b: UInt16, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.binQ(c, o, 8) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        OpDef("sqrdmulh") { c, o in VL.binQ(c, o, 16) { (a: UInt32, b: UInt32, q: inout Bool) in K.sqdmulh(a, b, round: true, &q) } },
        nil,
        nil,
    ]
    static let fmaxnm: [OpDef?] = [
        OpDef("fmaxnm") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        OpDef("fmaxnm") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        nil,
        OpDef("fmaxnm") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.maxnm(c, a, b) } },
    ]
    static let fmla: [OpDef?] = [
        OpDef("fmla") { c, o in VF.acc(c, o, 8) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a, b) } },
        OpDef("fmla") { c, o in VF.acc(c, o, 16) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a, b) } },
        nil,
        OpDef("fmla") { c, o in VF.acc(c, o, 16) { (c, d: Double, a: Double, b: Double) in FPK.mulAdd(c, d, a, b) } },
    ]
    static let fadd: [OpDef?] = [
        OpDef("fadd") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        OpDef("fadd") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        nil,
        OpDef("fadd") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.add(c, a, b) } },
    ]
    static let fmulx: [OpDef?] = [
        OpDef("fmulx") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.mulx(c, a, b) } },
        OpDef("fmulx") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.mulx(c, a, b) } },
        nil,
        OpDef("fmulx") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.mulx(c, a, b) } },
    ]
    static let fcmeq: [OpDef?] = [
        OpDef("fcmeq") { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.cmeq(c, a, b) } },
        OpDef("fcmeq") { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.cmeq(c, a, b) } },
        nil,
        OpDef("fcmeq") { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.cmeq(c, a, b) } },
    ]
    static let fmax: [OpDef?] = [
        OpDef("fmax") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        OpDef("fmax") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        nil,
        OpDef("fmax") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.max(c, a, b) } },
    ]
    static let frecps: [OpDef?] = [
        OpDef("frecps") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPEstimate.recipStep(c, a, b) } },
        OpDef("frecps") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPEstimate.recipStep(c, a, b) } },
        nil,
        OpDef("frecps") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPEstimate.recipStep(c, a, b) } },
    ]
    static let fminnm: [OpDef?] = [
        OpDef("fminnm") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        OpDef("fminnm") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        nil,
        OpDef("fminnm") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.minnm(c, a, b) } },
    ]
    static let fmls: [OpDef?] = [
        OpDef("fmls") { c, o in VF.acc(c, o, 8) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a.negated, b) } },
        OpDef("fmls") { c, o in VF.acc(c, o, 16) { (c, d: Float, a: Float, b: Float) in FPK.mulAdd(c, d, a.negated, b) } },
        nil,
        OpDef("fmls") { c, o in VF.acc(c, o, 16) { (c, d: Double, a: Double, b: Double) in FPK.mulAdd(c, d, a.negated, b) } },
    ]
    static let fsub: [OpDef?] = [
        OpDef("fsub") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.sub(c, a, b) } },
        OpDef("fsub") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.sub(c, a, b) } },
        nil,
        OpDef("fsub") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.sub(c, a, b) } },
    ]
    static let fmin: [OpDef?] = [
        OpDef("fmin") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        OpDef("fmin") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        nil,
        OpDef("fmin") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.min(c, a, b) } },
    ]
    static let frsqrts: [OpDef?] = [
        OpDef("frsqrts") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPEstimate.rsqrtStep(c, a, b) } },
        OpDef("frsqrts") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPEstimate.rsqrtStep(c, a, b) } },
        nil,
        OpDef("frsqrts") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPEstimate.rsqrtStep(c, a, b) } },
    ]
    static let fmaxnmp: [OpDef?] = [
        OpDef("fmaxnmp") { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        OpDef("fmaxnmp") { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        nil,
        OpDef("fmaxnmp") { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.maxnm(c, a, b) } },
    ]
    static let faddp: [OpDef?] = [
        OpDef("faddp") { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        OpDef("faddp") { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.add(c, a, b) } },
        nil,
        OpDef("faddp") { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.add(c, a, b) } },
    ]
    static let fmul: [OpDef?] = [
        OpDef("fmul") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.mul(c, a, b) } },
        OpDef("fmul") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.mul(c, a, b) } },
        nil,
        OpDef("fmul") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.mul(c, a, b) } },
    ]
    static let fcmge: [OpDef?] = [
        OpDef("fcmge") { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.cmge(c, a, b) } },
        OpDef("fcmge") { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.cmge(c, a, b) } },
        nil,
        OpDef("fcmge") { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.cmge(c, a, b) } },
    ]
    static let facge: [OpDef?] = [
        OpDef("facge") { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.acge(c, a, b) } },
        OpDef("facge") { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.acge(c, a, b) } },
        nil,
        OpDef("facge") { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.acge(c, a, b) } },
    ]
    static let fmaxp: [OpDef?] = [
        OpDef("fmaxp") { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        OpDef("fmaxp") { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        nil,
        OpDef("fmaxp") { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.max(c, a, b) } },
    ]
    static let fdiv: [OpDef?] = [
        OpDef("fdiv") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.div(c, a, b) } },
        OpDef("fdiv") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.div(c, a, b) } },
        nil,
        OpDef("fdiv") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.div(c, a, b) } },
    ]
    static let fminnmp: [OpDef?] = [
        OpDef("fminnmp") { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        OpDef("fminnmp") { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        nil,
        OpDef("fminnmp") { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.minnm(c, a, b) } },
    ]
    static let fabd: [OpDef?] = [
        OpDef("fabd") { c, o in VF.bin(c, o, 8) { (c, a: Float, b: Float) in FPK.abd(c, a, b) } },
        OpDef("fabd") { c, o in VF.bin(c, o, 16) { (c, a: Float, b: Float) in FPK.abd(c, a, b) } },
        nil,
        OpDef("fabd") { c, o in VF.bin(c, o, 16) { (c, a: Double, b: Double) in FPK.abd(c, a, b) } },
    ]
    static let fcmgt: [OpDef?] = [
        OpDef("fcmgt") { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.cmgt(c, a, b) } },
        OpDef("fcmgt") { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.cmgt(c, a, b) } },
        nil,
        OpDef("fcmgt") { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.cmgt(c, a, b) } },
    ]
    static let facgt: [OpDef?] = [
        OpDef("facgt") { c, o in VF.cmp(c, o, 8) { (c, a: Float, b: Float) in FPK.acgt(c, a, b) } },
        OpDef("facgt") { c, o in VF.cmp(c, o, 16) { (c, a: Float, b: Float) in FPK.acgt(c, a, b) } },
        nil,
        OpDef("facgt") { c, o in VF.cmp(c, o, 16) { (c, a: Double, b: Double) in FPK.acgt(c, a, b) } },
    ]
    static let fminp: [OpDef?] = [
        OpDef("fminp") { c, o in VF.pair(c, o, 8) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        OpDef("fminp") { c, o in VF.pair(c, o, 16) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
        nil,
        OpDef("fminp") { c, o in VF.pair(c, o, 16) { (c, a: Double, b: Double) in FPK.min(c, a, b) } },
    ]
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
