import XrunCore

/// C4.1.x "Advanced SIMD shift by immediate": 0 Q U 011110 immh immb opcode(15:11) 1 Rn Rd.
/// The element size is the highest set bit of immh; right shifts are 2 * esize - immh:immb,
/// left shifts immh:immb - esize (decoded into imm). Narrowing/widening forms use the
/// narrow element size; Q selects the "2" (upper half) forms.
extension A64Decoder {
    static func decodeSIMDShiftImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = insn >> 29 & 1, immh = insn >> 19 & 0xF, opcode = insn >> 11 & 0x1F
        let size = 31 - immh.leadingZeroBitCount           // 0...3 (immh != 0 here)
        let esize = 8 << size
        let immhb = Int(insn >> 16 & 0x7F)
        let right = 2 * esize - immhb, left = immhb - esize
        let d = UInt8(insn & 31), n = UInt8(insn >> 5 & 31)
        let i = size * 2 + q
        var fn: OpDef?
        var imm = UInt64(right)
        switch (u, opcode) {
        case (0, 28), (1, 28), (0, 31), (1, 31):
            // SCVTF/UCVTF/FCVTZS/FCVTZU (fixed-point), fbits = right; 32/64-bit lanes only.
            guard size >= 2, size == 2 || q == 1 else { return .undefined }
            let fi = (size - 2) * 2 + q
            switch (u, opcode) {
            case (0, 28): fn = VShiftOps.scvtfFixed[fi]
            case (1, 28): fn = VShiftOps.ucvtfFixed[fi]
            case (0, 31): fn = VShiftOps.fcvtzsFixed[fi]
            default: fn = VShiftOps.fcvtzuFixed[fi]
            }
            if opcode == 28 {
                imm = size == 2 ? UInt64(Float(sign: .plus, exponent: -right, significand: 1).bits)
                                : Double(sign: .plus, exponent: -right, significand: 1).bits
            } else {
                imm = Double(sign: .plus, exponent: right, significand: 1).bits
            }
        default:
            guard let entry = VShiftOps.table[Int(u)][Int(opcode)] else { return .undefined }
            fn = entry.ops[i]
            switch entry.kind {
            case 0: break                                          // right shift
            case 1: imm = UInt64(min(right, esize - 1))             // arithmetic right, clamped
            default: imm = UInt64(left)                             // left / widening
            }
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, imm: imm, a: d, b: n)
        return .next(length: 4)
    }
}

/// Tables indexed by size * 2 + Q; nil = reserved.
enum VShiftOps {
    struct Entry { let ops: [OpDef?]; let kind: Int }
    static let sshr: [OpDef?] = [
        OpDef("sshr") { c, o in VL.unI(c, o, 8) { (a: UInt8, sh: Int) in K.sshr(a, sh) } },
        OpDef("sshr") { c, o in VL.unI(c, o, 16) { (a: UInt8, sh: Int) in K.sshr(a, sh) } },
        OpDef("sshr") { c, o in VL.unI(c, o, 8) { (a: UInt16, sh: Int) in K.sshr(a, sh) } },
        OpDef("sshr") { c, o in VL.unI(c, o, 16) { (a: UInt16, sh: Int) in K.sshr(a, sh) } },
        OpDef("sshr") { c, o in VL.unI(c, o, 8) { (a: UInt32, sh: Int) in K.sshr(a, sh) } },
        OpDef("sshr") { c, o in VL.unI(c, o, 16) { (a: UInt32, sh: Int) in K.sshr(a, sh) } },
        nil,
        OpDef("sshr") { c, o in VL.unI(c, o, 16) { (a: UInt64, sh: Int) in K.sshr(a, sh) } },
    ]
    static let ssra: [OpDef?] = [
        OpDef("ssra") { c, o in VL.accI(c, o, 8) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.sshr(a, sh) } },
        OpDef("ssra") { c, o in VL.accI(c, o, 16) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.sshr(a, sh) } },
        OpDef("ssra") { c, o in VL.accI(c, o, 8) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.sshr(a, sh) } },
        OpDef("ssra") { c, o in VL.accI(c, o, 16) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.sshr(a, sh) } },
        OpDef("ssra") { c, o in VL.accI(c, o, 8) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.sshr(a, sh) } },
        OpDef("ssra") { c, o in VL.accI(c, o, 16) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.sshr(a, sh) } },
        nil,
        OpDef("ssra") { c, o in VL.accI(c, o, 16) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.sshr(a, sh) } },
    ]
    static let srshr: [OpDef?] = [
        OpDef("srshr") { c, o in VL.unI(c, o, 8) { (a: UInt8, sh: Int) in K.srshr(a, sh) } },
        OpDef("srshr") { c, o in VL.unI(c, o, 16) { (a: UInt8, sh: Int) in K.srshr(a, sh) } },
        OpDef("srshr") { c, o in VL.unI(c, o, 8) { (a: UInt16, sh: Int) in K.srshr(a, sh) } },
        OpDef("srshr") { c, o in VL.unI(c, o, 16) { (a: UInt16, sh: Int) in K.srshr(a, sh) } },
        OpDef("srshr") { c, o in VL.unI(c, o, 8) { (a: UInt32, sh: Int) in K.srshr(a, sh) } },
        OpDef("srshr") { c, o in VL.unI(c, o, 16) { (a: UInt32, sh: Int) in K.srshr(a, sh) } },
        nil,
        OpDef("srshr") { c, o in VL.unI(c, o, 16) { (a: UInt64, sh: Int) in K.srshr(a, sh) } },
    ]
    static let srsra: [OpDef?] = [
        OpDef("srsra") { c, o in VL.accI(c, o, 8) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.srshr(a, sh) } },
        OpDef("srsra") { c, o in VL.accI(c, o, 16) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.srshr(a, sh) } },
        OpDef("srsra") { c, o in VL.accI(c, o, 8) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.srshr(a, sh) } },
        OpDef("srsra") { c, o in VL.accI(c, o, 16) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.srshr(a, sh) } },
        OpDef("srsra") { c, o in VL.accI(c, o, 8) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.srshr(a, sh) } },
        OpDef("srsra") { c, o in VL.accI(c, o, 16) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.srshr(a, sh) } },
        nil,
        OpDef("srsra") { c, o in VL.accI(c, o, 16) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.srshr(a, sh) } },
    ]
    static let shl: [OpDef?] = [
        OpDef("shl") { c, o in VL.unI(c, o, 8) { (a: UInt8, sh: Int) in K.shli(a, sh) } },
        OpDef("shl") { c, o in VL.unI(c, o, 16) { (a: UInt8, sh: Int) in K.shli(a, sh) } },
        OpDef("shl") { c, o in VL.unI(c, o, 8) { (a: UInt16, sh: Int) in K.shli(a, sh) } },
        OpDef("shl") { c, o in VL.unI(c, o, 16) { (a: UInt16, sh: Int) in K.shli(a, sh) } },
        OpDef("shl") { c, o in VL.unI(c, o, 8) { (a: UInt32, sh: Int) in K.shli(a, sh) } },
        OpDef("shl") { c, o in VL.unI(c, o, 16) { (a: UInt32, sh: Int) in K.shli(a, sh) } },
        nil,
        OpDef("shl") { c, o in VL.unI(c, o, 16) { (a: UInt64, sh: Int) in K.shli(a, sh) } },
    ]
    static let sqshl: [OpDef?] = [
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
        nil,
        OpDef("sqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt64, sh: Int, q: inout Bool) in K.sqshl(a, sh, &q) } },
    ]
    static let shrn: [OpDef?] = [
        OpDef("shrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("shrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("shrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("shrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("shrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("shrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(K.shrW(a, sh, signed: false, round: false), &q) } },
        nil,
        nil,
    ]
    static let rshrn: [OpDef?] = [
        OpDef("rshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("rshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.trunc(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("rshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("rshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.trunc(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("rshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("rshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.trunc(K.shrW(a, sh, signed: false, round: true), &q) } },
        nil,
        nil,
    ]
    static let sqshrn: [OpDef?] = [
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: false), &q) } },
        nil,
        nil,
    ]
    static let sqrshrn: [OpDef?] = [
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtn(K.shrW(a, sh, signed: true, round: true), &q) } },
        nil,
        nil,
    ]
    static let sshll: [OpDef?] = [
        OpDef("sshll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: false) { (a: UInt8) -> UInt16 in (K.sext(a) as UInt16) &<< sh } },
        OpDef("sshll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: true) { (a: UInt8) -> UInt16 in (K.sext(a) as UInt16) &<< sh } },
        OpDef("sshll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: false) { (a: UInt16) -> UInt32 in (K.sext(a) as UInt32) &<< sh } },
        OpDef("sshll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: true) { (a: UInt16) -> UInt32 in (K.sext(a) as UInt32) &<< sh } },
        OpDef("sshll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: false) { (a: UInt32) -> UInt64 in (K.sext(a) as UInt64) &<< sh } },
        OpDef("sshll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: true) { (a: UInt32) -> UInt64 in (K.sext(a) as UInt64) &<< sh } },
        nil,
        nil,
    ]
    static let ushr: [OpDef?] = [
        OpDef("ushr") { c, o in VL.unI(c, o, 8) { (a: UInt8, sh: Int) in K.ushr(a, sh) } },
        OpDef("ushr") { c, o in VL.unI(c, o, 16) { (a: UInt8, sh: Int) in K.ushr(a, sh) } },
        OpDef("ushr") { c, o in VL.unI(c, o, 8) { (a: UInt16, sh: Int) in K.ushr(a, sh) } },
        OpDef("ushr") { c, o in VL.unI(c, o, 16) { (a: UInt16, sh: Int) in K.ushr(a, sh) } },
        OpDef("ushr") { c, o in VL.unI(c, o, 8) { (a: UInt32, sh: Int) in K.ushr(a, sh) } },
        OpDef("ushr") { c, o in VL.unI(c, o, 16) { (a: UInt32, sh: Int) in K.ushr(a, sh) } },
        nil,
        OpDef("ushr") { c, o in VL.unI(c, o, 16) { (a: UInt64, sh: Int) in K.ushr(a, sh) } },
    ]
    static let usra: [OpDef?] = [
        OpDef("usra") { c, o in VL.accI(c, o, 8) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.ushr(a, sh) } },
        OpDef("usra") { c, o in VL.accI(c, o, 16) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.ushr(a, sh) } },
        OpDef("usra") { c, o in VL.accI(c, o, 8) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.ushr(a, sh) } },
        OpDef("usra") { c, o in VL.accI(c, o, 16) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.ushr(a, sh) } },
        OpDef("usra") { c, o in VL.accI(c, o, 8) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.ushr(a, sh) } },
        OpDef("usra") { c, o in VL.accI(c, o, 16) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.ushr(a, sh) } },
        nil,
        OpDef("usra") { c, o in VL.accI(c, o, 16) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.ushr(a, sh) } },
    ]
    static let urshr: [OpDef?] = [
        OpDef("urshr") { c, o in VL.unI(c, o, 8) { (a: UInt8, sh: Int) in K.urshr(a, sh) } },
        OpDef("urshr") { c, o in VL.unI(c, o, 16) { (a: UInt8, sh: Int) in K.urshr(a, sh) } },
        OpDef("urshr") { c, o in VL.unI(c, o, 8) { (a: UInt16, sh: Int) in K.urshr(a, sh) } },
        OpDef("urshr") { c, o in VL.unI(c, o, 16) { (a: UInt16, sh: Int) in K.urshr(a, sh) } },
        OpDef("urshr") { c, o in VL.unI(c, o, 8) { (a: UInt32, sh: Int) in K.urshr(a, sh) } },
        OpDef("urshr") { c, o in VL.unI(c, o, 16) { (a: UInt32, sh: Int) in K.urshr(a, sh) } },
        nil,
        OpDef("urshr") { c, o in VL.unI(c, o, 16) { (a: UInt64, sh: Int) in K.urshr(a, sh) } },
    ]
    static let ursra: [OpDef?] = [
        OpDef("ursra") { c, o in VL.accI(c, o, 8) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.urshr(a, sh) } },
        OpDef("ursra") { c, o in VL.accI(c, o, 16) { (d: UInt8, a: UInt8, sh: Int) in d &+ K.urshr(a, sh) } },
        OpDef("ursra") { c, o in VL.accI(c, o, 8) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.urshr(a, sh) } },
        OpDef("ursra") { c, o in VL.accI(c, o, 16) { (d: UInt16, a: UInt16, sh: Int) in d &+ K.urshr(a, sh) } },
        OpDef("ursra") { c, o in VL.accI(c, o, 8) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.urshr(a, sh) } },
        OpDef("ursra") { c, o in VL.accI(c, o, 16) { (d: UInt32, a: UInt32, sh: Int) in d &+ K.urshr(a, sh) } },
        nil,
        OpDef("ursra") { c, o in VL.accI(c, o, 16) { (d: UInt64, a: UInt64, sh: Int) in d &+ K.urshr(a, sh) } },
    ]
    static let sri: [OpDef?] = [
        OpDef("sri") { c, o in VL.accI(c, o, 8) { (d: UInt8, a: UInt8, sh: Int) in K.sri(d, a, sh) } },
        OpDef("sri") { c, o in VL.accI(c, o, 16) { (d: UInt8, a: UInt8, sh: Int) in K.sri(d, a, sh) } },
        OpDef("sri") { c, o in VL.accI(c, o, 8) { (d: UInt16, a: UInt16, sh: Int) in K.sri(d, a, sh) } },
        OpDef("sri") { c, o in VL.accI(c, o, 16) { (d: UInt16, a: UInt16, sh: Int) in K.sri(d, a, sh) } },
        OpDef("sri") { c, o in VL.accI(c, o, 8) { (d: UInt32, a: UInt32, sh: Int) in K.sri(d, a, sh) } },
        OpDef("sri") { c, o in VL.accI(c, o, 16) { (d: UInt32, a: UInt32, sh: Int) in K.sri(d, a, sh) } },
        nil,
        OpDef("sri") { c, o in VL.accI(c, o, 16) { (d: UInt64, a: UInt64, sh: Int) in K.sri(d, a, sh) } },
    ]
    static let sli: [OpDef?] = [
        OpDef("sli") { c, o in VL.accI(c, o, 8) { (d: UInt8, a: UInt8, sh: Int) in K.sli(d, a, sh) } },
        OpDef("sli") { c, o in VL.accI(c, o, 16) { (d: UInt8, a: UInt8, sh: Int) in K.sli(d, a, sh) } },
        OpDef("sli") { c, o in VL.accI(c, o, 8) { (d: UInt16, a: UInt16, sh: Int) in K.sli(d, a, sh) } },
        OpDef("sli") { c, o in VL.accI(c, o, 16) { (d: UInt16, a: UInt16, sh: Int) in K.sli(d, a, sh) } },
        OpDef("sli") { c, o in VL.accI(c, o, 8) { (d: UInt32, a: UInt32, sh: Int) in K.sli(d, a, sh) } },
        OpDef("sli") { c, o in VL.accI(c, o, 16) { (d: UInt32, a: UInt32, sh: Int) in K.sli(d, a, sh) } },
        nil,
        OpDef("sli") { c, o in VL.accI(c, o, 16) { (d: UInt64, a: UInt64, sh: Int) in K.sli(d, a, sh) } },
    ]
    static let sqshlu: [OpDef?] = [
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 8) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 16) { (a: UInt8, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 8) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 16) { (a: UInt16, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 8) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 16) { (a: UInt32, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
        nil,
        OpDef("sqshlu") { c, o in VL.unIQ(c, o, 16) { (a: UInt64, sh: Int, q: inout Bool) in K.sqshlu(a, sh, &q) } },
    ]
    static let uqshl: [OpDef?] = [
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt8, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt8, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt16, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt16, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 8) { (a: UInt32, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt32, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
        nil,
        OpDef("uqshl") { c, o in VL.unIQ(c, o, 16) { (a: UInt64, sh: Int, q: inout Bool) in K.uqshl(a, sh, &q) } },
    ]
    static let sqshrun: [OpDef?] = [
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        OpDef("sqshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: false), &q) } },
        nil,
        nil,
    ]
    static let sqrshrun: [OpDef?] = [
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        OpDef("sqrshrun") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.sqxtun(K.shrW(a, sh, signed: true, round: true), &q) } },
        nil,
        nil,
    ]
    static let uqshrn: [OpDef?] = [
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        OpDef("uqshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: false), &q) } },
        nil,
        nil,
    ]
    static let uqrshrn: [OpDef?] = [
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt16, q: inout Bool) -> UInt8 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt32, q: inout Bool) -> UInt16 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: false) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        OpDef("uqrshrn") { c, o in let sh = Int(o.pointee.imm); VL.narrow(c, o, upper: true) { (a: UInt64, q: inout Bool) -> UInt32 in K.uqxtn(K.shrW(a, sh, signed: false, round: true), &q) } },
        nil,
        nil,
    ]
    static let ushll: [OpDef?] = [
        OpDef("ushll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: false) { (a: UInt8) -> UInt16 in (K.zext(a) as UInt16) &<< sh } },
        OpDef("ushll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: true) { (a: UInt8) -> UInt16 in (K.zext(a) as UInt16) &<< sh } },
        OpDef("ushll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: false) { (a: UInt16) -> UInt32 in (K.zext(a) as UInt32) &<< sh } },
        OpDef("ushll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: true) { (a: UInt16) -> UInt32 in (K.zext(a) as UInt32) &<< sh } },
        OpDef("ushll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: false) { (a: UInt32) -> UInt64 in (K.zext(a) as UInt64) &<< sh } },
        OpDef("ushll") { c, o in let sh = Int(o.pointee.imm); VL.widen(c, o, upper: true) { (a: UInt32) -> UInt64 in (K.zext(a) as UInt64) &<< sh } },
        nil,
        nil,
    ]
    static let scvtfFixed: [OpDef?] = [
        OpDef("scvtf") { c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 8) { (v: UInt32) in VFConv.sToF(v, s) } },
        OpDef("scvtf") { c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 16) { (v: UInt32) in VFConv.sToF(v, s) } },
        nil,
        OpDef("scvtf") { c, o in let s = Double(bits: UInt64(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 16) { (v: UInt64) in VFConv.sToD(v, s) } },
    ]
    static let fcvtzsFixed: [OpDef?] = [
        OpDef("fcvtzs") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: true) } },
        OpDef("fcvtzs") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: true) } },
        nil,
        OpDef("fcvtzs") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.laneScaled(c, a, s, signed: true) } },
    ]
    static let ucvtfFixed: [OpDef?] = [
        OpDef("ucvtf") { c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 8) { (v: UInt32) in VFConv.uToF(v, s) } },
        OpDef("ucvtf") { c, o in let s = Float(bits: UInt32(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 16) { (v: UInt32) in VFConv.uToF(v, s) } },
        nil,
        OpDef("ucvtf") { c, o in let s = Double(bits: UInt64(truncatingIfNeeded: o.pointee.imm)); VF.fromBits(c, o, 16) { (v: UInt64) in VFConv.uToD(v, s) } },
    ]
    static let fcvtzuFixed: [OpDef?] = [
        OpDef("fcvtzu") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 8) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: false) } },
        OpDef("fcvtzu") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 16) { (c, a: Float) in FPToInt.laneScaled(c, a, s, signed: false) } },
        nil,
        OpDef("fcvtzu") { c, o in let s = Double(bits: o.pointee.imm); VF.toBits(c, o, 16) { (c, a: Double) in FPToInt.laneScaled(c, a, s, signed: false) } },
    ]
    static let table: [[Entry?]] = [
        [Entry(ops: sshr, kind: 1), nil, Entry(ops: ssra, kind: 1), nil, Entry(ops: srshr, kind: 0), nil, Entry(ops: srsra, kind: 0), nil, nil, nil, Entry(ops: shl, kind: 2), nil, nil, nil, Entry(ops: sqshl, kind: 2), nil, Entry(ops: shrn, kind: 0), Entry(ops: rshrn, kind: 0), Entry(ops: sqshrn, kind: 0), Entry(ops: sqrshrn, kind: 0), Entry(ops: sshll, kind: 2), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [Entry(ops: ushr, kind: 0), nil, Entry(ops: usra, kind: 0), nil, Entry(ops: urshr, kind: 0), nil, Entry(ops: ursra, kind: 0), nil, Entry(ops: sri, kind: 0), nil, Entry(ops: sli, kind: 2), nil, Entry(ops: sqshlu, kind: 2), nil, Entry(ops: uqshl, kind: 2), nil, Entry(ops: sqshrun, kind: 0), Entry(ops: sqrshrun, kind: 0), Entry(ops: uqshrn, kind: 0), Entry(ops: uqrshrn, kind: 0), Entry(ops: ushll, kind: 2), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
}
