import Glibc

/// What EL0 reads from the system registers xrun implements. Values follow what a
/// Linux arm64 process sees on hardware, restricted to `A64Features` (the selected model).
enum A64SystemRegisters {
    /// CTR_EL0 as a Cortex-A72 reports it: RES1 bit 31, IDC = DIC = 0 (cache
    /// maintenance is required for coherence, as on most cores), CWG = ERG =
    /// DminLine = IminLine = 4 (64-byte lines, 16 words), L1Ip = 0b11 (PIPT).
    static let ctr: UInt64 = 0x8444_C004
    /// DCZID_EL0: BS = 4 (64-byte DC ZVA blocks), DZP = 0 (DC ZVA permitted).
    static let dczid: UInt64 = 4
    static let zvaBlockBytes: UInt64 = 64
    /// CNTFRQ_EL0: 1 GHz, the frequency Armv8.6 makes mandatory, so CNTVCT_EL0 is
    /// the host's CLOCK_MONOTONIC in nanoseconds with no scaling (exact, and no
    /// rounding drift between CNTVCT and clock_gettime).
    static let cntfrq: UInt64 = 1_000_000_000

    /// MIDR_EL1: the selected CPU model's (A64CPUModel; "max" reports implementer
    /// 0x00, "reserved for software use").
    static var midr: UInt64 { A64Features.midr }
    /// MPIDR_EL1 as Linux's emulate_id_reg() reports it (SYS_MPIDR_SAFE_VAL: RES1 bit 31).
    static let mpidr: UInt64 = 0x8000_0000
    /// REVIDR_EL1: IMPLEMENTATION DEFINED, reported as 0 by Linux.
    static let revidr: UInt64 = 0

    /// The value Linux's MRS emulation (arch/arm64/kernel/cpufeature.c, emulate_mrs,
    /// HWCAP_CPUID) returns for Op0=3, Op1=0, CRn=0, CRm, op2, or nil when it raises
    /// SIGILL. Visible fields carry the implemented features; hidden fields carry the
    /// kernel's safe value (init_cpu_ftr_reg: user_val = safe_val); registers without
    /// a table read 0. AArch32 registers (CRm 1-3) are 0: EL0 is AArch64-only.
    static func idRegister(crm: UInt32, op2: UInt32) -> UInt64? {
        let hw = A64Features.hwcap
        switch (crm, op2) {
        case (0, 0): return midr
        case (0, 5): return mpidr
        case (0, 6): return revidr
        case (0, _): return nil
        case (1, _): return nil             // not in the emulated space
        case (4, 0):                        // ID_AA64PFR0_EL1
            let fp: UInt64 = hw & A64Features.FP != 0 ? 0 : 0xF         // 0 = implemented
            let simd: UInt64 = hw & A64Features.ASIMD != 0 ? 0 : 0xF
            return simd << 20 | fp << 16 | 1 << 4 | 1                   // EL1, EL0: AArch64 only
        case (5, 0):                        // ID_AA64DFR0_EL1: DebugVer safe value 6 (Armv8.0)
            return 6
        case (6, 0):                        // ID_AA64ISAR0_EL1
            var v: UInt64 = 0
            if hw & A64Features.PMULL != 0 { v |= 2 << 4 } else if hw & A64Features.AES != 0 { v |= 1 << 4 }
            if hw & A64Features.SHA1 != 0 { v |= 1 << 8 }
            if hw & A64Features.SHA512 != 0 { v |= 2 << 12 } else if hw & A64Features.SHA2 != 0 { v |= 1 << 12 }
            if hw & A64Features.CRC32 != 0 { v |= 1 << 16 }
            if hw & A64Features.ATOMICS != 0 { v |= 2 << 20 }
            if hw & A64Features.SHA3 != 0 { v |= 1 << 32 }
            if hw & A64Features.ASIMDDP != 0 { v |= 1 << 44 }
            if A64Features.hwcap2 & A64Features.FLAGM2 != 0 { v |= 2 << 52 } else if hw & A64Features.FLAGM != 0 { v |= 1 << 52 }
            return v
        case (6, 1):                        // ID_AA64ISAR1_EL1: JSCVT (15:12), FCMA (19:16), LRCPC (23:20), SB (39:36)
            var v: UInt64 = 0
            if hw & A64Features.JSCVT != 0 { v |= 1 << 12 }
            if hw & A64Features.FCMA != 0 { v |= 1 << 16 }
            if hw & A64Features.ILRCPC != 0 { v |= 2 << 20 } else if hw & A64Features.LRCPC != 0 { v |= 1 << 20 }
            if hw & A64Features.SB != 0 { v |= 1 << 36 }
            return v
        case (7, 0):                        // ID_AA64MMFR0_EL1
            // TGRAN4_2 = TGRAN64_2 = TGRAN16_2 = 1, TGRAN4 = TGRAN64 = 0xF (hidden, safe values).
            return 1 << 40 | 1 << 36 | 1 << 32 | 0xF << 28 | 0xF << 24
        case (2...7, _): return 0
        default: return nil
        }
    }

    /// CNTVCT_EL0 at 1 GHz: CLOCK_MONOTONIC in nanoseconds.
    @inline(never)
    static func virtualCount() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(bitPattern: Int64(ts.tv_sec)) &* 1_000_000_000 &+ UInt64(bitPattern: Int64(ts.tv_nsec))
    }
}
