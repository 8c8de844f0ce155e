/// Encodings kept out of the AArch64 comparison, each with its reason.
enum A64Exclusions {
    /// Features the reference CPU (qemu-aarch64 -cpu cortex-a76, Armv8.2) implements and
    /// xrun does not advertise (A64Features: xrun has fp asimd aes pmull sha1 sha2 crc32
    /// atomics cpuid lrcpc sha3 asimddp sha512 ilrcpc sb): under the reference these
    /// execute, under xrun they are (rightly) undefined. Returns the feature's name, or
    /// nil if the word is outside all of them.
    static func referenceOnly(_ w: UInt32) -> String? {
        func m(_ mask: UInt32, _ value: UInt32) -> Bool { w & mask == value }
        let opc4 = w >> 12 & 0xf, opc5 = w >> 12 & 0x1f, u = w >> 29 & 1

        // FEAT_FP16, scalar: every ftype=11 data-processing or conversion encoding, except
        // FCVT Sd/Dd, Hn, which is base FP (FCVT Hd, Sn/Dn has ftype of its source).
        if (m(0x5f00_0000, 0x1e00_0000) || m(0x5f00_0000, 0x1f00_0000)) && w >> 22 & 3 == 3
            && !m(0xffff_7c00, 0x1ee2_4000) { return "FEAT_FP16 (scalar half precision)" }
        // FEAT_FP16, vector and scalar SIMD: three same (FP16), two-register misc (FP16),
        // by element with size 00 and an FP opcode, across lanes / pairwise with U=0,
        // fixed-point conversions with immh=001x, FMOV (vector, half).
        if m(0x9f60_c400, 0x0e40_0400) || m(0xdf60_c400, 0x5e40_0400) { return "FEAT_FP16 (three same)" }
        if m(0x9f7e_0c00, 0x0e78_0800) || m(0xdf7e_0c00, 0x5e78_0800) { return "FEAT_FP16 (two-register misc)" }
        if (m(0x9fc0_0400, 0x0f00_0000) || m(0xdfc0_0400, 0x5f00_0000)) && [1, 5, 9].contains(opc4) {
            return "FEAT_FP16 (by element)"
        }
        if m(0xbf3e_0c00, 0x0e30_0800) && (opc5 == 12 || opc5 == 15) { return "FEAT_FP16 (across lanes)" }
        if m(0xff3e_0c00, 0x5e30_0800) && [12, 13, 15].contains(opc5) { return "FEAT_FP16 (scalar pairwise)" }
        if (m(0x9f80_0400, 0x0f00_0400) || m(0xdf80_0400, 0x5f00_0400)) && w >> 20 & 7 == 1
            && (w >> 11 & 0x1f == 0x1c || w >> 11 & 0x1f == 0x1f) { return "FEAT_FP16 (fixed-point conversion)" }
        if m(0xbff8_fc00, 0x0f00_fc00) { return "FEAT_FP16 (FMOV vector immediate)" }
        // FEAT_RDM (SQRDMLAH/SQRDMLSH) lives in "three same extra" with FEAT_DotProd
        // (SDOT/UDOT, opcode 0010: compared) and FEAT_FCMA (xrun-only, see `xrunOnly`);
        // the rest of the class (I8MM, BF16, FP16 FCMA) is excluded with it.
        if (m(0x9f20_8400, 0x0e00_8400) && w >> 11 & 0xf != 0b0010) || m(0xdf20_8400, 0x5e00_8400) {
            return "FEAT_RDM and others (three same extra)"
        }
        // By element: SQRDMLAH/SQRDMLSH (U=1, 1101/1111), USDOT/SUDOT (1111, FEAT_I8MM, which
        // the reference does not have either, kept out all the same); SDOT/UDOT (1110) compared.
        if m(0x9f00_0400, 0x0f00_0000) || m(0xdf00_0400, 0x5f00_0000) {
            if opc4 == 15 || (u == 1 && opc4 == 13) { return "FEAT_RDM (by element)" }
        }
        // FEAT_LOR: LDLAR/STLLR (load/store ordered with o0=0).
        if m(0x3fa0_8000, 0x0880_0000) { return "FEAT_LOR" }
        return nil
    }

    /// QEMU 7.2 bugs (KNOWN-DIFFERENCES.md, "QEMU"): encodings where the reference is
    /// wrong, kept out of every group.
    static func qemuBug(_ w: UInt32) -> String? {
        func m(_ mask: UInt32, _ value: UInt32) -> Bool { w & mask == value }
        // Q2: modified immediate with op=1, cmode=1111, o2=1 is UNALLOCATED; QEMU (with
        // FEAT_FP16) runs it as FMOV (vector, double), for either Q.
        if m(0xbff8_fc00, 0x2f00_fc00) { return "QEMU: modified immediate op=1 o2=1 accepted" }
        return nil
    }

    /// Features xrun advertises beyond the reference CPU (Cortex-A76 is Armv8.2 without
    /// them: SHA512, SHA3, LRCPC2, JSCVT, FCMA, FlagM): they execute under xrun and are UNDEFINED under the reference. SHA512/SHA3
    /// are compared against `-cpu max` in their own group (`testSHA512AndSHA3`).
    static func xrunOnly(_ w: UInt32) -> String? {
        func m(_ mask: UInt32, _ value: UInt32) -> Bool { w & mask == value }
        // FEAT_SHA3: EOR3/BCAX (four-register, Op0 0x), XAR, RAX1; FEAT_SHA512.
        if m(0xffc0_8000, 0xce00_0000) || m(0xffe0_0000, 0xce80_0000) { return "FEAT_SHA3" }
        if m(0xffe0_f000, 0xce60_8000) { return "FEAT_SHA512/FEAT_SHA3 (three-register SHA512)" }
        if m(0xffff_fc00, 0xcec0_8000) { return "FEAT_SHA512 (SHA512SU0)" }
        // FEAT_LRCPC2: LDAPUR*/STLUR*.
        if m(0x3f20_0c00, 0x1900_0000) { return "FEAT_LRCPC2 (LDAPUR/STLUR)" }
        // FEAT_JSCVT: FJCVTZS.
        if m(0xffff_fc00, 0x1e7e_0000) { return "FEAT_JSCVT (FJCVTZS)" }
        // FEAT_FCMA: FCMLA/FCADD (three same extra, U=1, opcode 1xxx) and FCMLA (by
        // element, U=1, opcode 0xx1).
        if m(0xbf20_c400, 0x2e00_c400) || m(0xbf00_9400, 0x2f00_1000) { return "FEAT_FCMA (FCMLA/FCADD)" }
        // FEAT_FlagM: RMIF, SETF8/SETF16 (CFINV/XAFLAG/AXFLAG are system instructions,
        // which the random words leave out anyway).
        if m(0xffe0_7c10, 0xba00_0400) || m(0xffff_bc1f, 0x3a00_080d) { return "FEAT_FlagM (RMIF/SETF)" }
        return nil
    }

    /// Instructions xrun does not implement yet although they are part of what it
    /// advertises (KNOWN-DIFFERENCES.md, "Open in xrun"): left out unless XRUN_DIFF_STRICT=1.
    /// None at present (X1 and X2 are fixed; X4 became an advertised feature, `xrunOnly`).
    static func xrunGap(_ w: UInt32) -> String? { nil }

    /// FPCR bits whose effect xrun does not implement yet, masked out of generated FPCR
    /// values unless strict. None at present (X3, FPCR.AHP, is fixed).
    static var fpcrGapMask: UInt64 { ~0 }

    /// CONSTRAINED UNPREDICTABLE encodings (Arm ARM K1.2): implementations may differ,
    /// so they are not compared.
    static func constrainedUnpredictable(_ w: UInt32) -> String? {
        func m(_ mask: UInt32, _ value: UInt32) -> Bool { w & mask == value }
        let rt = w & 31, rn = w >> 5 & 31, rt2 = w >> 10 & 31, rs = w >> 16 & 31
        // Load/store register, pre/post-index, general register: Rt == Rn (Rn != SP).
        if m(0x3f20_0400, 0x3800_0400) && rt == rn && rn != 31 { return "writeback with Rt == Rn" }
        // Load/store pair: LDP/LDNP/LDPSW with Rt == Rt2; writeback with Rt or Rt2 == Rn.
        if m(0x3800_0000, 0x2800_0000) {
            if w >> 22 & 1 == 1 && rt == rt2 { return "load pair with Rt == Rt2" }
            if w >> 23 & 1 == 1 && w >> 26 & 1 == 0 && (rt == rn || rt2 == rn) && rn != 31 { return "pair writeback with Rt/Rt2 == Rn" }
        }
        // Exclusives and ordered (size 001000 o2 L o1 Rs o0 Rt2 Rn Rt): fields that should be
        // all ones, LDXP with Rt == Rt2.
        if m(0x3f00_0000, 0x0800_0000) {
            let o2 = w >> 23 & 1, l = w >> 22 & 1, o1 = w >> 21 & 1
            let pair = o1 == 1 && o2 == 0 && w >> 31 == 1
            if !pair && rt2 != 31 { return "Rt2 should be 11111" }
            if o1 == 0 && (l == 1 || o2 == 1) && rs != 31 { return "Rs should be 11111" }
            if pair && l == 1 && rt == rt2 { return "LDXP with Rt == Rt2" }
        }
        // SMULH/UMULH: Ra should be 11111.
        if m(0xff60_0000, 0x9b40_0000) && rt2 != 31 { return "SMULH/UMULH with Ra != 11111" }
        // FCMP/FCMPE with zero: Rm should be 00000.
        if m(0x5f20_3c07, 0x1e20_2000) && w >> 3 & 1 == 1 && rs != 0 { return "FCMP #0 with Rm != 0" }
        return nil
    }

    /// Words the random-word group must not run, with the reason.
    static func randomWordHazard(_ w: UInt32) -> String? {
        func m(_ mask: UInt32, _ value: UInt32) -> Bool { w & mask == value }
        if let f = referenceOnly(w) ?? xrunOnly(w) ?? qemuBug(w) ?? xrunGap(w) ?? constrainedUnpredictable(w) { return f }
        // Store-exclusives at random addresses: QEMU 7.2 checks the monitor before the
        // alignment (KNOWN-DIFFERENCES.md, Q1); the atomics group covers them aligned.
        if m(0x3fc0_0000, 0x0800_0000) { return "store-exclusive (QEMU alignment order)" }
        // Immediate branches to random offsets can land in the harness's stub pages
        // (which run with whatever state there is): the branch group covers them.
        if m(0x7c00_0000, 0x1400_0000) || m(0xff00_0000, 0x5400_0000) || m(0x7e00_0000, 0x3400_0000)
            || m(0x7e00_0000, 0x3600_0000) { return "immediate branch" }
        // SVC/HVC/SMC/HLT/DCPS: real system calls with random arguments. BRK stays (SIGTRAP).
        if m(0xff00_0000, 0xd400_0000) && !m(0xffe0_001f, 0xd420_0000) { return "exception generation" }
        // System instructions: ID and other system registers are implementation defined,
        // DC ZVA writes a block of implementation-defined size, TPIDR_EL0 holds the harness's
        // thread pointer. The other groups cover MRS/MSR of NZCV, FPCR and FPSR.
        if m(0xffc0_0000, 0xd500_0000) { return "system instruction" }
        return nil
    }
}
