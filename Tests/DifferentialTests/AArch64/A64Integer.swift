/// Integer data processing (Arm ARM C4.1.86 "Data Processing -- Immediate" and
/// C4.1.88 "Data Processing -- Register"). A few percent of the encodings are the
/// UNALLOCATED neighbours of each class, so SIGILL decisions are compared as well.
extension A64Gen {
    /// imm12 biased towards the edges.
    mutating func imm12() -> UInt32 { r.weighted([(6, r.bits(12)), (1, 0), (1, 0xfff), (1, r.bits(3))]) }

    /// DecodeBitMasks' validity (Arm ARM J1 shared pseudocode): len = HighestSetBit(N:NOT(imms))
    /// must be >= 1, and imms<len-1:0> must not be all ones.
    static func validBitmask(n: UInt32, imms: UInt32, sf: UInt32) -> Bool {
        if sf == 0 && n == 1 { return false }
        let combined = n << 6 | (~imms & 0x3f)
        guard combined != 0 else { return false }
        let len = 31 - combined.leadingZeroBitCount
        guard len >= 1 else { return false }
        let levels = UInt32(1) << UInt32(len) - 1
        return imms & levels != levels
    }

    mutating func dpImmediate() -> UInt32 {
        let sf = r.bits(1), rd = reg(), rn = reg()
        let odd = r.chance(0.03)   // an UNALLOCATED neighbour
        switch r.below(7) {
        case 0, 1: // ADD/ADDS/SUB/SUBS (immediate): sf op S 100010 sh imm12 Rn Rd
            return sf << 31 | r.bits(2) << 29 | 0x22 << 23 | r.bits(1) << 22 | imm12() << 10 | rn << 5 | rd
        case 2: // AND/ORR/EOR/ANDS (immediate): sf opc 100100 N immr imms Rn Rd
            var n: UInt32, immr: UInt32, imms: UInt32
            repeat {
                n = sf == 1 ? r.bits(1) : 0
                immr = r.bits(6); imms = r.bits(6)
                if sf == 0 { immr &= 31 }
            } while !odd && !Self.validBitmask(n: n, imms: imms, sf: sf)
            if odd { n = r.bits(1) }
            return sf << 31 | r.bits(2) << 29 | 0x24 << 23 | n << 22 | immr << 16 | imms << 10 | rn << 5 | rd
        case 3: // MOVN/MOVZ/MOVK: sf opc 100101 hw imm16 Rd (opc 01 and sf=0 hw>=2 UNALLOCATED)
            let opc = odd ? 1 : r.pick([0, 2, 3] as [UInt32])
            let hw = sf == 1 || odd ? r.bits(2) : r.bits(1)
            let imm16 = r.weighted([(4, r.bits(16)), (1, 0), (1, 0xffff)])
            return sf << 31 | opc << 29 | 0x25 << 23 | hw << 21 | imm16 << 5 | rd
        case 4: // SBFM/BFM/UBFM: sf opc 100110 N immr imms Rn Rd (N must equal sf; 32-bit fields < 32)
            let opc = odd ? 3 : r.bits(2) % 3
            var immr = r.bits(6), imms = r.bits(6)
            if sf == 0 && !odd { immr &= 31; imms &= 31 }
            // Favour the alias shapes (LSL/LSR/ASR/UBFX/SBFIZ...) by making imms/immr related.
            if r.chance(0.3) { imms = sf == 1 ? 63 : 31 }
            let n = odd ? r.bits(1) : sf
            return sf << 31 | opc << 29 | 0x26 << 23 | n << 22 | immr << 16 | imms << 10 | rn << 5 | rd
        case 5: // EXTR: sf 00 100111 N 0 Rm imms Rn Rd
            var imms = r.bits(6)
            if sf == 0 && !odd { imms &= 31 }
            let n = odd ? r.bits(1) : sf
            return sf << 31 | 0x27 << 23 | n << 22 | reg() << 16 | imms << 10 | rn << 5 | rd
        default: // ADR/ADRP: op immlo 10000 immhi Rd (results depend on the PC, which is fixed)
            return r.bits(1) << 31 | r.bits(2) << 29 | 0x10 << 24 | r.bits(19) << 5 | rd
        }
    }

    mutating func dpRegister() -> UInt32 {
        let sf = r.bits(1), rd = reg(), rn = reg(), rm = reg()
        let odd = r.chance(0.03)
        func imm6() -> UInt32 {
            let v = r.weighted([(4, r.bits(6)), (1, 0), (1, 63), (1, 31), (1, 32)])
            return sf == 0 && !odd ? v & 31 : v
        }
        switch r.below(12) {
        case 0, 1: // logical (shifted register): sf opc 01010 shift N imm6 Rm Rn Rd
            return sf << 31 | r.bits(2) << 29 | 0x0a << 24 | r.bits(2) << 22 | r.bits(1) << 21 | rm << 16 | imm6() << 10 | rn << 5 | rd
        case 2, 3: // add/subtract (shifted register): sf op S 01011 shift 0 Rm imm6 Rn Rd (shift 11 UNALLOCATED)
            let shift = odd ? 3 : r.bits(2) % 3
            return sf << 31 | r.bits(2) << 29 | 0x0b << 24 | shift << 22 | rm << 16 | imm6() << 10 | rn << 5 | rd
        case 4: // add/subtract (extended register): sf op S 01011 00 1 Rm option imm3 Rn Rd (imm3 > 4 UNALLOCATED)
            let imm3 = odd ? UInt32(r.int(5...7)) : UInt32(r.int(0...4))
            return sf << 31 | r.bits(2) << 29 | 0x0b << 24 | 1 << 21 | rm << 16 | r.bits(3) << 13 | imm3 << 10 | rn << 5 | rd
        case 5: // ADC/ADCS/SBC/SBCS: sf op S 11010000 Rm 000000 Rn Rd
            return sf << 31 | r.bits(2) << 29 | 0xd0 << 21 | rm << 16 | rn << 5 | rd
        case 6: // CCMN/CCMP (register or immediate): sf op 1 11010010 Rm|imm5 cond imm 0 Rn 0 nzcv
            let o = odd ? (r.bool() ? 1 << 10 : 1 << 4) : UInt32(0)   // o2/o3 set: UNALLOCATED
            return sf << 31 | r.bits(1) << 30 | 1 << 29 | 0xd2 << 21 | rm << 16 | r.bits(4) << 12 | r.bits(1) << 11
                | rn << 5 | r.bits(4) | o
        case 7: // CSEL/CSINC/CSINV/CSNEG: sf op S 11010100 Rm cond op2 Rn Rd (S=1 or op2>=2 UNALLOCATED)
            let s: UInt32 = odd ? 1 : 0
            return sf << 31 | r.bits(1) << 30 | s << 29 | 0xd4 << 21 | rm << 16 | r.bits(4) << 12 | r.bits(1) << 10 | rn << 5 | rd
        case 8: // data processing (3 source): sf 00 11011 op31 Rm o0 Ra Rn Rd
            let forms: [(UInt32, UInt32)] = sf == 1
                ? [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (5, 0), (5, 1), (6, 0)]
                : [(0, 0), (0, 1)]
            var (op31, o0) = r.pick(forms)
            if odd { op31 = r.bits(3); o0 = r.bits(1) }
            // SMULH/UMULH: Ra is "should be 11111" (CONSTRAINED UNPREDICTABLE otherwise).
            let ra = op31 == 2 || op31 == 6 ? 31 : reg()
            return sf << 31 | 0x1b << 24 | op31 << 21 | rm << 16 | o0 << 15 | ra << 10 | rn << 5 | rd
        case 9: // data processing (2 source): sf 0 S 11010110 Rm opcode Rn Rd
            // UDIV SDIV | LSLV LSRV ASRV RORV | CRC32B/H/W/X CRC32CB/CH/CW/CX (X forms need sf=1)
            var opcode = r.pick([2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23] as [UInt32])
            var size = sf
            if opcode >= 16 { size = opcode & 3 == 3 ? 1 : 0 }
            if odd { opcode = r.bits(6); size = r.bits(1) }
            return size << 31 | 0xd6 << 21 | rm << 16 | opcode << 10 | rn << 5 | rd
        case 10: // data processing (1 source): sf 1 0 11010110 00000 opcode Rn Rd
            // RBIT REV16 REV32|REV(W) REV(X) CLZ CLS; opcode 3 with sf=0 UNALLOCATED
            var opcode = UInt32(r.int(0...5))
            if sf == 0 && opcode == 3 && !odd { opcode = 2 }
            if odd { opcode = r.bits(6) & 0x0f }
            return sf << 31 | 1 << 30 | 0xd6 << 21 | opcode << 10 | rn << 5 | rd
        default: // MRS Xt, NZCV / MSR NZCV, Xt (only bits 31:28 are kept)
            return r.bool() ? 0xd53b_4200 | rd : 0xd51b_4200 | rn
        }
    }

    /// An instruction that sets NZCV (for the branch group).
    mutating func flagSetter() -> UInt32 {
        let sf = r.bits(1), rn = reg(), rm = reg()
        switch r.below(5) {
        case 0: // ADDS/SUBS (immediate), Rd = XZR sometimes (CMP/CMN)
            return sf << 31 | r.bits(1) << 30 | 1 << 29 | 0x22 << 23 | imm12() << 10 | rn << 5 | (r.bool() ? 31 : reg())
        case 1: // ADDS/SUBS (shifted register)
            return sf << 31 | r.bits(1) << 30 | 1 << 29 | 0x0b << 24 | rm << 16 | rn << 5 | (r.bool() ? 31 : reg())
        case 2: // ANDS (shifted register) / TST
            return sf << 31 | 3 << 29 | 0x0a << 24 | rm << 16 | rn << 5 | (r.bool() ? 31 : reg())
        case 3: // CCMP/CCMN
            return sf << 31 | r.bits(1) << 30 | 1 << 29 | 0xd2 << 21 | rm << 16 | r.bits(4) << 12 | r.bits(1) << 11 | rn << 5 | r.bits(4)
        default:
            return dpRegister()
        }
    }
}
