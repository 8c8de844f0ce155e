/// Scalar floating point (Arm ARM C4.1.90 "Data Processing -- Scalar Floating-Point
/// and Advanced SIMD", the scalar FP classes), single and double precision, with
/// special operands in the registers and random FPCR rounding mode / FZ / DN / AHP.
///
/// Half precision (ftype 11) needs FEAT_FP16 except for FCVT to and from half, so only
/// those use it: the reference CPU has FP16, xrun does not advertise it. FJCVTZS
/// (FEAT_JSCVT), FRINT32/64 (FEAT_FRINTTS) and BFCVT (FEAT_BF16) are not generated.
extension A64Gen {
    mutating func ftype() -> UInt32 { r.bits(1) }   // 00 single, 01 double

    mutating func fpScalar() -> UInt32 {
        let rd = reg(), rn = reg(), rm = reg()
        switch r.weighted([(4, 0), (5, 1), (3, 2), (2, 3), (1, 4), (1, 5), (1, 6), (2, 7), (3, 8), (2, 9)]) {
        case 0: // 1 source: 000 11110 ftype 1 opcode 10000 Rn Rd
            // FMOV FABS FNEG FSQRT, FCVT (to S, D, H), FRINTN/P/M/Z/A/X/I
            var t = ftype()
            var opcode = r.pick([0, 1, 2, 3, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15] as [UInt32])
            if opcode == 4 || opcode == 5 || opcode == 7 {
                // FCVT: source ftype (S, D or H) differs from the destination type.
                t = r.pick([0, 1, 3] as [UInt32])
                let dest: UInt32 = opcode == 4 ? 0 : opcode == 5 ? 1 : 3
                if t == dest { t = dest == 0 ? 1 : 0 }
                opcode = 4 | (dest == 3 ? 3 : dest)
            }
            return 0x1e20_4000 | t << 22 | opcode << 15 | rn << 5 | rd
        case 1: // 2 source: 000 11110 ftype 1 Rm opcode 10 Rn Rd: FMUL FDIV FADD FSUB FMAX FMIN FMAXNM FMINNM FNMUL
            return 0x1e20_0800 | ftype() << 22 | rm << 16 | UInt32(r.int(0...8)) << 12 | rn << 5 | rd
        case 2: // 3 source: 000 11111 ftype o1 Rm o0 Ra Rn Rd: FMADD FMSUB FNMADD FNMSUB
            return 0x1f00_0000 | ftype() << 22 | r.bits(1) << 21 | rm << 16 | r.bits(1) << 15 | reg() << 10 | rn << 5 | rd
        case 3: // compare: 000 11110 ftype 1 Rm 00 1000 Rn opcode2: FCMP, FCMPE, with zero (Rm = 0)
            let opc2 = r.pick([0, 8, 16, 24] as [UInt32])
            return 0x1e20_2000 | ftype() << 22 | (opc2 & 8 != 0 ? 0 : rm) << 16 | rn << 5 | opc2
        case 4: // conditional compare: 000 11110 ftype 1 Rm cond 01 Rn op nzcv: FCCMP, FCCMPE
            return 0x1e20_0400 | ftype() << 22 | rm << 16 | r.bits(4) << 12 | rn << 5 | r.bits(1) << 4 | r.bits(4)
        case 5: // conditional select: 000 11110 ftype 1 Rm cond 11 Rn Rd
            return 0x1e20_0c00 | ftype() << 22 | rm << 16 | r.bits(4) << 12 | rn << 5 | rd
        case 6: // FMOV (immediate): 000 11110 ftype 1 imm8 100 00000 Rd
            return 0x1e20_1000 | ftype() << 22 | r.bits(8) << 13 | rd
        case 7: // fixed-point conversions: sf 0 0 11110 ftype 0 rmode opcode scale Rn Rd
            // SCVTF UCVTF (rmode 00, opcode 010/011), FCVTZS FCVTZU (rmode 11, opcode 000/001); sf=0 needs scale >= 32
            let sf = r.bits(1)
            let (rmode, opcode) = r.pick([(0, 2), (0, 3), (3, 0), (3, 1)] as [(UInt32, UInt32)])
            let scale = sf == 0 ? UInt32(r.int(32...63)) : r.bits(6)
            return sf << 31 | 0x1e00_0000 | ftype() << 22 | rmode << 19 | opcode << 16 | scale << 10 | rn << 5 | rd
        case 8: // integer conversions: sf 0 0 11110 ftype 1 rmode opcode 000000 Rn Rd
            let sf = r.bits(1)
            switch r.below(4) {
            case 0, 1: // FCVT{N,P,M,Z}{S,U}, FCVTA{S,U}
                if r.chance(0.25) { return sf << 31 | 0x1e20_0000 | ftype() << 22 | (4 | r.bits(1)) << 16 | rn << 5 | rd }
                return sf << 31 | 0x1e20_0000 | ftype() << 22 | r.bits(2) << 19 | r.bits(1) << 16 | rn << 5 | rd
            case 2: // SCVTF, UCVTF
                return sf << 31 | 0x1e20_0000 | ftype() << 22 | (2 | r.bits(1)) << 16 | rn << 5 | rd
            default: // FMOV between general and FP registers: W<->S, X<->D, X<->D[1]
                let toGeneral = r.bits(1) == 0   // opcode 110: to general, 111: from general
                let op: UInt32 = toGeneral ? 6 : 7
                switch r.below(3) {
                case 0: return 0x1e20_0000 | op << 16 | rn << 5 | rd
                case 1: return 1 << 31 | 0x1e20_0000 | 1 << 22 | op << 16 | rn << 5 | rd
                default: return 1 << 31 | 0x1e20_0000 | 2 << 22 | 1 << 19 | op << 16 | rn << 5 | rd
                }
            }
        default: // FPCR/FPSR access: MRS, MSR FPSR from a register, MSR FPCR from a controlled value
            switch r.below(4) {
            case 0: return 0xd53b_4400 | rd                               // MRS Xt, FPCR
            case 1: return 0xd53b_4420 | rd                               // MRS Xt, FPSR
            case 2:
                // MOVZ/MOVK Xt with random bits except 31:28 (the AArch32 flags, see
                // KNOWN-DIFFERENCES.md K2), MSR FPSR, Xt: RES0 bits must read back as 0.
                let t = r.bits(5) % 31
                emit(0xd280_0000 | r.bits(16) << 5 | t)
                emit(0xf2a0_0000 | (r.bits(16) & 0x0fff) << 5 | t)
                return 0xd51b_4420 | t
            default:
                // MOVZ Xt, #(AHP:DN:FZ:RMode << 6), LSL #16 ; MSR FPCR, Xt (only implemented bits).
                let t = r.bits(5) % 31
                let bits = UInt32(UInt64(r.bits(5)) << 22 & A64Exclusions.fpcrGapMask) >> 22
                emit(0xd2a0_0000 | bits << 11 | t)
                return 0xd51b_4400 | t
            }
        }
    }

    /// Fills V0-V31 with scalar-friendly values: each register a single/double special
    /// in its low lane (the rest random), and general registers with conversion inputs.
    mutating func fpState() {
        randomizeFP()
        for i in 0..<32 {
            if r.chance(0.8) {
                let w = r.pick([32, 64, 64, 16])
                let mask: UInt64 = w == 64 ? ~0 : (1 << UInt64(w)) - 1
                state.v[2 * i] = state.v[2 * i] & ~mask | r.fpSpecial(w)
            }
        }
        for i in 0..<31 where r.chance(0.3) { state.x[i] = r.fpSpecial(r.bool() ? 32 : 64) }
    }
}
