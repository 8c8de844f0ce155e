/// The feature set of the selected CPU model (A64CPUModel, `-cpu`). AT_HWCAP/AT_HWCAP2,
/// the ID registers read through MRS (HWCAP_CPUID), /proc/cpuinfo and which
/// instructions decode all derive from here, so they cannot disagree. Bits:
/// arch/arm64/include/uapi/asm/hwcap.h; names: arch/arm64/kernel/cpuinfo.c (hwcap_str).
public enum A64Features {
    public static let FP: UInt64 = 1 << 0
    public static let ASIMD: UInt64 = 1 << 1
    public static let AES: UInt64 = 1 << 3
    public static let PMULL: UInt64 = 1 << 4
    public static let SHA1: UInt64 = 1 << 5
    public static let SHA2: UInt64 = 1 << 6
    public static let CRC32: UInt64 = 1 << 7
    public static let ATOMICS: UInt64 = 1 << 8
    public static let CPUID: UInt64 = 1 << 11
    public static let JSCVT: UInt64 = 1 << 13
    public static let FCMA: UInt64 = 1 << 14
    public static let LRCPC: UInt64 = 1 << 15
    public static let SHA3: UInt64 = 1 << 17
    public static let ASIMDDP: UInt64 = 1 << 20
    public static let SHA512: UInt64 = 1 << 21
    public static let ILRCPC: UInt64 = 1 << 26
    public static let FLAGM: UInt64 = 1 << 27
    public static let SB: UInt64 = 1 << 29
    /// AT_HWCAP2 bits.
    public static let FLAGM2: UInt64 = 1 << 7

    /// Everything xrun implements ("max"): FEAT_AES/PMULL/SHA1/SHA256/SHA512/SHA3
    /// (SIMDFP/Crypto), FEAT_LSE (LoadStoreAtomic), FEAT_JSCVT (JSConvert.swift),
    /// FEAT_FCMA (ComplexArithmetic.swift), FEAT_DotProd (DotProduct.swift),
    /// FEAT_LRCPC/LRCPC2 (LoadStoreAtomic/LoadStoreOrdered), FEAT_FlagM/FlagM2
    /// (FlagManipulation.swift), FEAT_SB (Barriers.swift).
    public static let implementedHWCAP: UInt64 = FP | ASIMD | AES | PMULL | SHA1 | SHA2 | CRC32 | ATOMICS | CPUID
        | JSCVT | FCMA | LRCPC | SHA3 | ASIMDDP | SHA512 | ILRCPC | FLAGM | SB
    public static let implementedHWCAP2: UInt64 = FLAGM2

    /// The selected model's AT_HWCAP / AT_HWCAP2 and MIDR_EL1. Plain process-wide
    /// values, set once by `select` before the first translation and only read after
    /// (by decoders at translation time, never by ops).
    public nonisolated(unsafe) private(set) static var hwcap: UInt64 = implementedHWCAP
    public nonisolated(unsafe) private(set) static var hwcap2: UInt64 = implementedHWCAP2
    public nonisolated(unsafe) private(set) static var midr: UInt64 = A64CPUModel.max.midr
    public nonisolated(unsafe) private(set) static var modelName: String = A64CPUModel.max.name

    /// Makes `model` the CPU of this process (start-up, and tests that restore "max").
    public static func select(_ model: A64CPUModel) {
        hwcap = model.hwcap
        hwcap2 = model.hwcap2
        midr = model.midr
        modelName = model.name
    }

    /// Whether the selected model has the AT_HWCAP feature `bit` (decode-time gate).
    @inline(__always) static func has(_ bit: UInt64) -> Bool { hwcap & bit != 0 }
    @inline(__always) static func has2(_ bit: UInt64) -> Bool { hwcap2 & bit != 0 }

    /// /proc/cpuinfo "Features" names, in the kernel's order (HWCAP bit order, then HWCAP2).
    public static var featureNames: [String] { names(hwcap: hwcap, hwcap2: hwcap2) }

    public static func names(hwcap: UInt64, hwcap2: UInt64) -> [String] {
        let names: [(UInt64, String)] = [(FP, "fp"), (ASIMD, "asimd"), (AES, "aes"), (PMULL, "pmull"),
                                         (SHA1, "sha1"), (SHA2, "sha2"), (CRC32, "crc32"),
                                         (ATOMICS, "atomics"), (CPUID, "cpuid"), (JSCVT, "jscvt"), (FCMA, "fcma"), (LRCPC, "lrcpc"),
                                         (SHA3, "sha3"), (ASIMDDP, "asimddp"), (SHA512, "sha512"),
                                         (ILRCPC, "ilrcpc"), (FLAGM, "flagm"), (SB, "sb")]
        let names2: [(UInt64, String)] = [(FLAGM2, "flagm2")]
        return names.filter { hwcap & $0.0 != 0 }.map(\.1) + names2.filter { hwcap2 & $0.0 != 0 }.map(\.1)
    }
}
