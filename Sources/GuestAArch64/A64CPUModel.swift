import XrunCore

/// The AArch64 CPU models `-cpu` offers (QEMU's names). A model is what the guest
/// can observe of a core: its AT_HWCAP/AT_HWCAP2 (hence the ID registers, derived
/// from them in SystemRegisterValues.swift, and /proc/cpuinfo), its MIDR_EL1, and
/// which instructions decode. Each is the real core's user-visible feature set as
/// Linux reports it, restricted to what xrun implements: none has FEAT_FP16
/// (fphp/asimdhp), FEAT_RDM (asimdrdm), FEAT_DPB (dcpop) or FEAT_SSBS (ssbs), which
/// xrun does not implement although Cortex-A76 and Neoverse N1 have them; and none
/// advertises evtstrm (a kernel timer setting, not an instruction set feature).
public struct A64CPUModel: Sendable, Equatable {
    public let name: String
    public let summary: String
    public let hwcap: UInt64
    public let hwcap2: UInt64
    /// MIDR_EL1: implementer 31:24, variant 23:20, architecture 19:16 (0xF: see the
    /// ID registers), part number 15:4, revision 3:0 — the values QEMU's model of the
    /// same core reports (target/arm/cpu64.c).
    public let midr: UInt64

    public init(name: String, summary: String, hwcap: UInt64, hwcap2: UInt64, midr: UInt64) {
        self.name = name
        self.summary = summary
        self.hwcap = hwcap
        self.hwcap2 = hwcap2
        self.midr = midr
    }

    typealias F = A64Features
    /// Armv8.0-A with the Cryptographic Extension (optional on both cores; present on
    /// the common parts, e.g. Raspberry Pi 3/4 lack it, most phones and servers have it).
    static let armv80: UInt64 = F.FP | F.ASIMD | F.AES | F.PMULL | F.SHA1 | F.SHA2 | F.CRC32 | F.CPUID
    /// Armv8.2-A as Cortex-A76/Neoverse N1 implement it: + LSE atomics (8.1), LDAPR
    /// (FEAT_LRCPC, 8.3 feature both cores include) and the dot product (8.2 optional).
    static let armv82: UInt64 = armv80 | F.ATOMICS | F.LRCPC | F.ASIMDDP

    public static let cortexA53 = A64CPUModel(
        name: "cortex-a53", summary: "Arm Cortex-A53 r0p4, Armv8.0-A: fp asimd aes pmull sha1 sha2 crc32, no LSE atomics",
        hwcap: armv80, hwcap2: 0, midr: 0x410F_D034)
    public static let cortexA72 = A64CPUModel(
        name: "cortex-a72", summary: "Arm Cortex-A72 r0p3, Armv8.0-A: fp asimd aes pmull sha1 sha2 crc32, no LSE atomics",
        hwcap: armv80, hwcap2: 0, midr: 0x410F_D083)
    public static let cortexA76 = A64CPUModel(
        name: "cortex-a76", summary: "Arm Cortex-A76 r4p1, Armv8.2-A: Armv8.0 + atomics (LSE), lrcpc, asimddp",
        hwcap: armv82, hwcap2: 0, midr: 0x414F_D0B1)
    public static let neoverseN1 = A64CPUModel(
        name: "neoverse-n1", summary: "Arm Neoverse N1 r4p1, Armv8.2-A: as cortex-a76",
        hwcap: armv82, hwcap2: 0, midr: 0x414F_D0C1)
    /// Implementer 0x00 ("reserved for software use"), part 0: a software implementer
    /// keeps libraries from picking core-specific code paths (glibc's memcpy
    /// selection, errata workarounds) for a core xrun does not model.
    public static let max = A64CPUModel(
        name: "max", summary: "everything xrun implements (default): Armv8.0 + atomics jscvt fcma lrcpc sha3 asimddp sha512 ilrcpc flagm sb flagm2",
        hwcap: A64Features.implementedHWCAP, hwcap2: A64Features.implementedHWCAP2, midr: 0x000F_0000)

    public static let all: [A64CPUModel] = [cortexA53, cortexA72, cortexA76, neoverseN1, max]

    public static func named(_ name: String) -> A64CPUModel? { all.first { $0.name == name } }
}

extension A64ISA {
    public static var cpuModels: [CPUModelDescription] {
        A64CPUModel.all.map { CPUModelDescription(name: $0.name, summary: $0.summary) }
    }

    public static func selectCPUModel(_ name: String) -> Bool {
        guard let model = A64CPUModel.named(name) else { return false }
        A64Features.select(model)
        return true
    }
}
