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

/// Tables indexed by size * 2 + Q; nil = reserved. The per-family variant tables are
/// generated (Generated/ShiftImmediateVariants.swift, from tools/gen-a64-vector).
enum VShiftOps {
    struct Entry { let ops: [OpDef?]; let kind: Int }
    static let table: [[Entry?]] = [
        [Entry(ops: sshr, kind: 1), nil, Entry(ops: ssra, kind: 1), nil, Entry(ops: srshr, kind: 0), nil, Entry(ops: srsra, kind: 0), nil, nil, nil, Entry(ops: shl, kind: 2), nil, nil, nil, Entry(ops: sqshl, kind: 2), nil, Entry(ops: shrn, kind: 0), Entry(ops: rshrn, kind: 0), Entry(ops: sqshrn, kind: 0), Entry(ops: sqrshrn, kind: 0), Entry(ops: sshll, kind: 2), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
        [Entry(ops: ushr, kind: 0), nil, Entry(ops: usra, kind: 0), nil, Entry(ops: urshr, kind: 0), nil, Entry(ops: ursra, kind: 0), nil, Entry(ops: sri, kind: 0), nil, Entry(ops: sli, kind: 2), nil, Entry(ops: sqshlu, kind: 2), nil, Entry(ops: uqshl, kind: 2), nil, Entry(ops: sqshrun, kind: 0), Entry(ops: sqrshrun, kind: 0), Entry(ops: uqshrn, kind: 0), Entry(ops: uqrshrn, kind: 0), Entry(ops: ushll, kind: 2), nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil],
    ]
}
