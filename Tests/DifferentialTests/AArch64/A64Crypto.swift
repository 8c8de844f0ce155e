/// The cryptographic extensions and dot products (Arm ARM C4.1.x "Cryptographic AES",
/// "Cryptographic three-register SHA", "Cryptographic two-register SHA", PMULL .1Q in
/// "Advanced SIMD three different", SDOT/UDOT in "three same extra" and "x indexed
/// element"; the 0xCE classes "Cryptographic four-register", "XAR", "three-register
/// SHA512", "two-register SHA512"). Register operands and vector contents are random
/// (A64Gen's initial state); a few percent of the words are UNALLOCATED neighbours.
extension A64Gen {
    private mutating func dnm() -> UInt32 { reg() << 16 | reg() << 5 | reg() }

    /// Classes the Cortex-A76 reference implements.
    mutating func cryptoA76() -> UInt32 {
        let valid = r.chance(0.93)
        let size = valid ? 0 : r.bits(2) << 22
        switch r.below(7) {
        case 0: // AES: 0100 1110 size 10100 opcode 10 Rn Rd (AESE AESD AESMC AESIMC = 4..7)
            let opcode = valid ? UInt32(r.int(4...7)) : r.bits(5)
            return 0x4e28_0800 | size | opcode << 12 | reg() << 5 | reg()
        case 1: // three-register SHA: 0101 1110 size 0 Rm 0 opcode 00 Rn Rd (0..6; 7 UNALLOCATED)
            let opcode = valid ? UInt32(r.int(0...6)) : r.bits(3)
            return 0x5e00_0000 | size | opcode << 12 | dnm()
        case 2: // two-register SHA: 0101 1110 size 10100 opcode 10 Rn Rd (SHA1H SHA1SU1 SHA256SU0 = 0..2)
            let opcode = valid ? UInt32(r.int(0...2)) : r.bits(5)
            return 0x5e28_0800 | size | opcode << 12 | reg() << 5 | reg()
        case 3: // PMULL/PMULL2 .1Q: 0 Q 001110 11 1 Rm 1110 00 Rn Rd (other sizes: the 8-bit form / UNALLOCATED)
            let sz = valid ? 3 << 22 : r.bits(2) << 22
            return r.bits(1) << 30 | 0x0e20_e000 | sz | dnm()
        case 4: // SDOT/UDOT (vector): 0 Q U 01110 10 0 Rm 1 0010 1 Rn Rd
            let sz = valid ? 2 << 22 : r.bits(2) << 22
            return r.bits(1) << 30 | r.bits(1) << 29 | 0x0e00_9400 | sz | dnm()
        case 5: // SDOT/UDOT (by element): 0 Q U 01111 10 L M Rm 1110 H 0 Rn Rd
            let sz = valid ? 2 << 22 : r.bits(2) << 22
            return r.bits(1) << 30 | r.bits(1) << 29 | 0x0f00_e000 | sz | r.bits(2) << 20 | r.bits(4) << 16
                | r.bits(1) << 11 | reg() << 5 | reg()
        default: // SHA256H/H2/SU1 chains: the same Vd, Vn, Vm shape software uses (q0, q1, v2)
            let opcode = UInt32(r.int(4...6))
            return 0x5e00_0000 | opcode << 12 | UInt32(r.int(0...3)) << 16 | UInt32(r.int(0...3)) << 5 | UInt32(r.int(0...3))
        }
    }

    /// SHA512 and SHA3 classes, plus UNALLOCATED neighbours outside SM3/SM4 (which the
    /// max CPU has and xrun does not advertise).
    mutating func sha512SHA3() -> UInt32 {
        if r.chance(0.05) {
            return r.pick([0xce60_cc00,                      // three-register SHA512, O=1 opcode 11
                           0xcec0_8800, 0xcec0_8c00,         // two-register SHA512, opcode 10/11
                           0xce60_0000] as [UInt32])         // four-register, Op0 = 11
                | dnm()
        }
        switch r.below(4) {
        case 0: // EOR3 / BCAX: 1100 1110 0 Op0 Rm 0 Ra Rn Rd
            return 0xce00_0000 | r.bits(1) << 21 | reg() << 10 | dnm()
        case 1: // XAR: 1100 1110 100 Rm imm6 Rn Rd
            return 0xce80_0000 | r.bits(6) << 10 | dnm()
        case 2: // SHA512H, SHA512H2, SHA512SU1, RAX1: 1100 1110 011 Rm 1 0 00 opcode Rn Rd
            return 0xce60_8000 | r.bits(2) << 10 | dnm()
        default: // SHA512SU0: 1100 1110 1100 0000 1000 00 Rn Rd
            return 0xcec0_8000 | reg() << 5 | reg()
        }
    }

    /// FlagM, FlagM2 and FJCVTZS (C6.2 RMIF, SETF8, SETF16, CFINV, XAFLAG, AXFLAG; C7.2
    /// FJCVTZS), a few percent UNALLOCATED neighbours (RMIF with sf=0 or o2=1, SETF with
    /// o3=1 or another mask).
    mutating func flagMJSCVT() -> UInt32 {
        if r.chance(0.05) {
            return r.pick([0x3a00_0400 | r.bits(6) << 15 | r.bits(4), 0xba00_0410 | r.bits(6) << 15 | r.bits(4),
                           0x3a00_081d | r.bits(1) << 14, 0x3a00_0800 | r.bits(1) << 14 | r.bits(4)] as [UInt32]) | reg() << 5
        }
        switch r.below(5) {
        case 0: // RMIF Xn, #imm6, #mask
            return 0xba00_0400 | r.bits(6) << 15 | reg() << 5 | r.bits(4)
        case 1: // SETF8 / SETF16 Wn
            return 0x3a00_080d | r.bits(1) << 14 | reg() << 5
        case 2: // CFINV, XAFLAG, AXFLAG
            return r.pick([0xd500_401f, 0xd500_403f, 0xd500_405f] as [UInt32])
        default: // FJCVTZS Wd, Dn
            return 0x1e7e_0000 | reg() << 5 | reg()
        }
    }

    /// Doubles with FP specials and conversion boundaries in the D registers, FPCR 0.
    mutating func flagMJSCVTState() {
        for i in 0..<32 where r.chance(0.7) {
            state.v[2 * i] = r.chance(0.5) ? r.fpSpecial(64)
                : Double(Int64(truncatingIfNeeded: r.interestingInt()) >> UInt64(r.below(40))).bitPattern
        }
    }

    /// FCMLA (vector, by element) and FCADD, single and double. Neighbours keep away from
    /// size 01 (half precision: FEAT_FP16, which the max CPU has and xrun does not
    /// advertise): size 00, .2D with Q = 0, by element with size 11, L = 1 or Q = 0.
    mutating func complexArithmetic() -> UInt32 {
        let valid = r.chance(0.93)
        var q = r.bits(1) << 30, size: UInt32 = r.bool() ? 2 : 3
        if size == 3 && valid { q = 1 << 30 }
        if !valid && r.bool() { size = 0 }
        switch r.below(3) {
        case 0: // FCMLA (vector): 0 Q 1 01110 size 0 Rm 110 rot 1 Rn Rd
            return q | 0x2e00_c400 | size << 22 | reg() << 16 | r.bits(2) << 11 | reg() << 5 | reg()
        case 1: // FCADD: 0 Q 1 01110 size 0 Rm 111 rot 01 Rn Rd
            return q | 0x2e00_e400 | size << 22 | reg() << 16 | r.bits(1) << 12 | reg() << 5 | reg()
        default: // FCMLA (by element): 0 Q 1 01111 size L M Rm 0 rot 1 H 0 Rn Rd
            var qq: UInt32 = 1 << 30, sz: UInt32 = 2, l: UInt32 = 0
            if !valid { switch r.below(3) { case 0: qq = 0; case 1: sz = 3; default: l = 1 } }
            return qq | 0x2f00_1000 | sz << 22 | l << 21 | reg() << 16 | r.bits(2) << 13 | r.bits(1) << 11 | reg() << 5 | reg()
        }
    }
}
