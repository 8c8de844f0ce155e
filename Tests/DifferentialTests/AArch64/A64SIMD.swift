/// Advanced SIMD (Arm ARM C4.1.90, the "Advanced SIMD ..." classes): every vector and
/// scalar class with all of its fields random inside the class (Q, U, size, opcode,
/// registers, immediates), so all arrangements come up, valid and UNALLOCATED
/// combinations alike. The opcode pools split the classes into an integer and a
/// floating-point group. Encodings of features the reference CPU has and xrun does not
/// advertise (FP16, RDM, ...) are filtered out by `A64Exclusions.referenceOnly`; the
/// crypto and dot-product classes have a group of their own (A64Crypto.swift).
extension A64Gen {
    mutating func simd(fp: Bool) -> UInt32 {
        while true {
            let w = fp ? simdFP() : simdInteger()
            if A64Exclusions.referenceOnly(w) == nil && A64Exclusions.xrunOnly(w) == nil && A64Exclusions.qemuBug(w) == nil
                && A64Exclusions.xrunGap(w) == nil { return w }
        }
    }

    private mutating func rdnm() -> UInt32 { reg() << 16 | reg() << 5 | reg() }

    /// Most encodings get field values the class allows (e.g. no .1D arrangement where
    /// only .2D exists); the rest keep fully random fields, to hit UNALLOCATED neighbours.
    mutating func simdInteger() -> UInt32 {
        let valid = r.chance(0.85)
        let u = r.bits(1) << 29
        var size = r.bits(2) << 22, q = r.bits(1) << 30
        if valid && size == 3 << 22 { q = 1 << 30 }                       // .2D only
        let narrowSize = valid ? UInt32(r.int(0...2)) << 22 : size        // long/narrow/widening: no size 11
        let elemSize = valid ? UInt32(r.int(1...2)) << 22 : size          // by element: H or S
        switch r.weighted([(8, 0), (4, 1), (5, 2), (2, 3), (3, 4), (2, 5), (1, 6), (2, 7), (2, 8), (4, 9), (3, 10),
                           (4, 11), (2, 12), (3, 13), (1, 14), (2, 15)]) {
        case 0: // three same (integer opcodes 00000-10111): 0 Q U 01110 size 1 Rm opcode 1 Rn Rd
            return q | u | 0x0e20_0400 | size | UInt32(r.int(0...0x17)) << 11 | rdnm()
        case 1: // three different: 0 Q U 01110 size 1 Rm opcode 00 Rn Rd
            return q | u | 0x0e20_0000 | narrowSize | UInt32(r.int(0...14)) << 12 | rdnm()
        case 2: // two-register miscellaneous (integer opcodes): 0 Q U 01110 size 10000 opcode 10 Rn Rd
            return q | u | 0x0e20_0800 | size | r.pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 18, 19, 20, 21, 28] as [UInt32]) << 12
                | reg() << 5 | reg()
        case 3: // across lanes: SADDLV SMAXV SMINV ADDV (and U forms): 0 Q U 01110 size 11000 opcode 10 Rn Rd
            return q | u | 0x0e30_0800 | size | r.pick([3, 10, 26, 27] as [UInt32]) << 12 | reg() << 5 | reg()
        case 4: // copy: DUP (element, general), SMOV, UMOV, INS (general, element): 0 Q op 01110000 imm5 0 imm4 1 Rn Rd
            let imm5 = r.chance(0.05) ? r.bits(5) : (r.bits(4) | 1) << UInt32(r.below(4)) & 0x1f
            return q | r.bits(1) << 29 | 0x0e00_0400 | imm5 << 16 | r.pick([0, 1, 3, 5, 7, r.bits(4)] as [UInt32]) << 11
                | reg() << 5 | reg()
        case 5: // permute: UZP1 TRN1 ZIP1 UZP2 TRN2 ZIP2: 0 Q 001110 size 0 Rm 0 opcode 10 Rn Rd
            return q | 0x0e00_0800 | size | r.bits(3) << 12 | rdnm()
        case 6: // EXT: 0 Q 101110 00 0 Rm 0 imm4 0 Rn Rd (Q=0 with imm4<3> set: UNALLOCATED)
            return q | 0x2e00_0000 | r.bits(4) << 11 | rdnm()
        case 7: // TBL/TBX: 0 Q 001110 00 0 Rm 0 len op 00 Rn Rd
            return q | 0x0e00_0000 | r.bits(2) << 13 | r.bits(1) << 12 | rdnm()
        case 8: // modified immediate (not cmode 1111: FMOV): MOVI MVNI ORR BIC
            let cmode = UInt32(r.int(0...14))
            return q | r.bits(1) << 29 | 0x0f00_0400 | r.bits(3) << 16 | cmode << 12 | r.bits(5) << 5 | reg()
        case 9: // shift by immediate (integer opcodes): 0 Q U 011110 immh immb opcode 1 Rn Rd
            let immh = (UInt32(1) << UInt32(r.below(4)) | (r.bits(4) & (r.chance(0.5) ? 0 : 0xf))) & 0xf
            let qq = valid && immh >= 8 ? 1 << 30 : q                       // 64-bit lanes: .2D only
            return qq | u | 0x0f00_0400 | immh << 19 | r.bits(3) << 16
                | r.pick([0, 2, 4, 6, 8, 10, 12, 14, 16, 17, 18, 19, 20, 24, 25] as [UInt32]) << 11 | reg() << 5 | reg()
        case 10: // by element (integer opcodes): 0 Q U 01111 size L M Rm opcode H 0 Rn Rd
            return q | u | 0x0f00_0000 | elemSize | r.bits(2) << 20 | r.bits(4) << 16
                | r.pick([0, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13] as [UInt32]) << 12 | r.bits(1) << 11 | reg() << 5 | reg()
        case 11: // scalar three same (integer): 01 U 11110 size 1 Rm opcode 1 Rn Rd
            return u | 0x5e20_0400 | size | r.pick([1, 5, 6, 7, 8, 9, 10, 11, 16, 17, 22] as [UInt32]) << 11 | rdnm()
        case 12: // scalar three different: SQDMLAL SQDMLSL SQDMULL: 01 U 11110 size 1 Rm opcode 00 Rn Rd
            return u | 0x5e20_0000 | elemSize | r.pick([9, 11, 13] as [UInt32]) << 12 | rdnm()
        case 13: // scalar two-register misc (integer): 01 U 11110 size 10000 opcode 10 Rn Rd
            return u | 0x5e20_0800 | size | r.pick([3, 7, 8, 9, 10, 11, 18, 20] as [UInt32]) << 12 | reg() << 5 | reg()
        case 14: // scalar pairwise ADDP, scalar copy DUP: 01 0 11110 size 11000 11011 10 / 01 0 11110000 imm5 0 0000 1
            if r.bool() { return 0x5e31_b800 | size | reg() << 5 | reg() }
            return 0x5e00_0400 | ((r.bits(4) | 1) << UInt32(r.below(4)) & 0x1f) << 16 | reg() << 5 | reg()
        default: // scalar shift by immediate / scalar by element (integer)
            if r.bool() {
                let immh = UInt32(1) << UInt32(r.below(4)) | r.bits(4)
                return u | 0x5f00_0400 | (immh & 0xf) << 19 | r.bits(3) << 16
                    | r.pick([0, 2, 4, 6, 8, 10, 12, 14, 16, 17, 18, 19, 20] as [UInt32]) << 11 | reg() << 5 | reg()
            }
            return u | 0x5f00_0000 | elemSize | r.bits(2) << 20 | r.bits(4) << 16 | r.pick([3, 7, 11, 12, 13] as [UInt32]) << 12
                | r.bits(1) << 11 | reg() << 5 | reg()
        }
    }

    mutating func simdFP() -> UInt32 {
        let valid = r.chance(0.85)
        let u = r.bits(1) << 29, size = r.bits(2) << 22
        var q = r.bits(1) << 30
        if valid && size & (1 << 22) != 0 { q = 1 << 30 }                 // double lanes (sz=1): .2D only
        switch r.weighted([(8, 0), (6, 1), (2, 2), (2, 3), (3, 4), (3, 5), (4, 6), (4, 7), (2, 8)]) {
        case 0: // three same (FP opcodes 11000-11111): 0 Q U 01110 size 1 Rm opcode 1 Rn Rd
            return q | u | 0x0e20_0400 | size | UInt32(r.int(0x18...0x1f)) << 11 | rdnm()
        case 1: // two-register misc (FP opcodes): FCMxx #0, FABS/FNEG, FCVTN/L/XTN, FRINT*, FCVT*, SCVTF, FRECPE, FRSQRTE, FSQRT, URECPE...
            return q | u | 0x0e20_0800 | size | r.pick([12, 13, 14, 15, 22, 23, 24, 25, 26, 27, 28, 29, 31] as [UInt32]) << 12
                | reg() << 5 | reg()
        case 2: // across lanes (FP): FMAXNMV FMAXV FMINNMV FMINV (single precision: U=1)
            return q | u | 0x0e30_0800 | size | r.pick([12, 15] as [UInt32]) << 12 | reg() << 5 | reg()
        case 3: // modified immediate: FMOV (vector, single/double): cmode 1111, o2 0
            return q | r.bits(1) << 29 | 0x0f00_f400 | r.bits(3) << 16 | r.bits(5) << 5 | reg()
        case 4: // shift by immediate: SCVTF/UCVTF/FCVTZS/FCVTZU (fixed-point), immh 01xx (S) or 1xxx (D)
            let immh = r.bool() ? 4 | r.bits(2) : 8 | r.bits(3)
            let qq = valid && immh >= 8 ? 1 << 30 : q
            return qq | u | 0x0f00_0400 | immh << 19 | r.bits(3) << 16 | r.pick([28, 31] as [UInt32]) << 11 | reg() << 5 | reg()
        case 5: // by element (FP): FMLA FMLS FMUL FMULX: 0 Q U 01111 size L M Rm opcode H 0 Rn Rd (size 1x)
            let sz = r.bits(1)
            let qq = valid && sz == 1 ? 1 << 30 : q, l = valid && sz == 1 ? 0 : r.bits(1)   // D: .2D, index H only
            return qq | u | 0x0f00_0000 | (2 | sz) << 22 | l << 21 | r.bits(1) << 20 | r.bits(4) << 16
                | r.pick([1, 5, 9] as [UInt32]) << 12 | r.bits(1) << 11 | reg() << 5 | reg()
        case 6: // scalar three same (FP): FMULX FCMEQ FRECPS FRSQRTS FCMGE FACGE FABD FCMGT FACGT: 01 U 11110 size 1 Rm opcode 1 Rn Rd
            return u | 0x5e20_0400 | size | UInt32(r.int(0x18...0x1f)) << 11 | rdnm()
        case 7: // scalar two-register misc (FP) and scalar pairwise (FP, U=1: single/double)
            if r.chance(0.3) { return 1 << 29 | 0x5e30_0800 | size | r.pick([12, 13, 15] as [UInt32]) << 12 | reg() << 5 | reg() }
            return u | 0x5e20_0800 | size | r.pick([12, 13, 14, 22, 26, 27, 28, 29, 31] as [UInt32]) << 12 | reg() << 5 | reg()
        default: // scalar by element (FP) and scalar shift by immediate (FP conversions)
            if r.bool() {
                return u | 0x5f00_0000 | (2 | r.bits(1)) << 22 | r.bits(2) << 20 | r.bits(4) << 16
                    | r.pick([1, 5, 9] as [UInt32]) << 12 | r.bits(1) << 11 | reg() << 5 | reg()
            }
            let immh = r.bool() ? 4 | r.bits(2) : 8 | r.bits(3)
            return u | 0x5f00_0400 | immh << 19 | r.bits(3) << 16 | r.pick([28, 31] as [UInt32]) << 11 | reg() << 5 | reg()
        }
    }

    /// SIMD state: lanes of floating-point specials for the FP group.
    mutating func simdState(fp: Bool) {
        randomizeFP()
        guard fp else { return }
        for i in 0..<32 {
            let w = r.pick([32, 64, 32, 64, 16])
            var halves: [UInt64] = [0, 0]
            for k in 0..<(128 / w) {
                let v = r.chance(0.9) ? r.fpSpecial(w) : r.interestingInt() & (w == 64 ? ~0 : (1 << UInt64(w)) - 1)
                halves[k * w / 64] |= v << UInt64(k * w % 64)
            }
            state.v[2 * i] = halves[0]
            state.v[2 * i + 1] = halves[1]
        }
    }
}
