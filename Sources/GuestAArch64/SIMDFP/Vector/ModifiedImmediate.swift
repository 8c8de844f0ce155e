import XrunCore

/// C4.1.x "Advanced SIMD modified immediate":
/// 0 Q op 0111100000 a b c cmode(15:12) o2 1 d e f g h Rd.
/// MOVI, MVNI, ORR (immediate), BIC (immediate), FMOV (vector, immediate); the 64-bit
/// pattern is expanded at decode time (AdvSIMDExpandImm). FMOV half (o2 = 1) is FP16.
extension A64Decoder {
    static func decodeSIMDModifiedImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), op = insn >> 29 & 1, cmode = insn >> 12 & 0xF
        guard insn >> 11 & 1 == 0 else { return .undefined }
        let imm8 = (insn >> 16 & 7) << 5 | (insn >> 5 & 0x1F)
        let d = UInt8(insn & 31)
        var imm: UInt64
        var kind = 0   // 0 move, 1 ORR, 2 BIC
        switch cmode {
        case 0...7:     // 32-bit lanes, imm8 << 8 * cmode<2:1>
            imm = UInt64(imm8) << (8 * UInt64(cmode >> 1))
            imm |= imm << 32
            if cmode & 1 == 1 { kind = op == 0 ? 1 : 2 } else if op == 1 { imm = ~imm }
        case 8...11:    // 16-bit lanes, imm8 << 8 * cmode<1>
            imm = UInt64(imm8) << (8 * UInt64(cmode >> 1 & 1))
            imm |= imm << 16
            imm |= imm << 32
            if cmode & 1 == 1 { kind = op == 0 ? 1 : 2 } else if op == 1 { imm = ~imm }
        case 12, 13:    // 32-bit lanes, shifting ones in (MSL)
            imm = cmode == 12 ? UInt64(imm8) << 8 | 0xFF : UInt64(imm8) << 16 | 0xFFFF
            imm |= imm << 32
            if op == 1 { imm = ~imm }
        case 14:
            if op == 0 {  // MOVI 8-bit
                imm = UInt64(imm8) &* 0x0101_0101_0101_0101
            } else {      // MOVI 64-bit: each bit of imm8 becomes a byte of ones or zeros
                imm = 0
                for i in 0..<8 where imm8 >> UInt32(i) & 1 == 1 { imm |= 0xFF << (8 * UInt64(i)) }
            }
        default:        // 15: FMOV single (op 0), double (op 1, 2D only)
            if op == 0 {
                imm = UInt64(A64FPImm.single(imm8))
                imm |= imm << 32
            } else {
                guard q == 1 else { return .undefined }
                imm = A64FPImm.double(imm8)
            }
        }
        b.emit(VModImmOps.table[kind * 2 + q], pc: pc, imm: imm, a: d)
        return .next(length: 4)
    }
}

enum VModImmOps {
    /// [kind * 2 + Q]: move, ORR, BIC; 64-bit forms zero the upper half.
    static let table: [OpDef] = [
        OpDef("movi", native: NativeVector.moveImmediate(q: false)) { c, o in c.vWrite(o.pointee.a, V128(o.pointee.imm, 0)) },
        OpDef("movi", native: NativeVector.moveImmediate(q: true)) { c, o in c.vWrite(o.pointee.a, V128(o.pointee.imm, o.pointee.imm)) },
        OpDef("orr", native: NativeVector.orImmediate(clear: false, q: false)) { c, o in c.vWrite(o.pointee.a, V128(c.v(o.pointee.a).loadUnaligned(as: UInt64.self) | o.pointee.imm, 0)) },
        OpDef("orr", native: NativeVector.orImmediate(clear: false, q: true)) { c, o in c.vWrite(o.pointee.a, c.vRead(o.pointee.a) | V128(o.pointee.imm, o.pointee.imm)) },
        OpDef("bic", native: NativeVector.orImmediate(clear: true, q: false)) { c, o in c.vWrite(o.pointee.a, V128(c.v(o.pointee.a).loadUnaligned(as: UInt64.self) & ~o.pointee.imm, 0)) },
        OpDef("bic", native: NativeVector.orImmediate(clear: true, q: true)) { c, o in c.vWrite(o.pointee.a, c.vRead(o.pointee.a) & ~V128(o.pointee.imm, o.pointee.imm)) },
    ]
}
