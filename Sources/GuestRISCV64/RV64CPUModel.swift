import XrunCore

/// The optional extensions a RISC-V CPU model may lack (RV64GC's I, M, A, F, D and C
/// are in every model: Linux's riscv64 ABI needs them).
public struct RV64Extensions: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let zicntr = RV64Extensions(rawValue: 1 << 0)
    public static let zicond = RV64Extensions(rawValue: 1 << 1)
    public static let zicsr = RV64Extensions(rawValue: 1 << 2)
    public static let zifencei = RV64Extensions(rawValue: 1 << 3)
    public static let zihintntl = RV64Extensions(rawValue: 1 << 4)
    public static let zihintpause = RV64Extensions(rawValue: 1 << 5)
    public static let zaamo = RV64Extensions(rawValue: 1 << 6)
    public static let zalrsc = RV64Extensions(rawValue: 1 << 7)
    public static let zca = RV64Extensions(rawValue: 1 << 8)
    public static let zcd = RV64Extensions(rawValue: 1 << 9)
    public static let zba = RV64Extensions(rawValue: 1 << 10)
    public static let zbb = RV64Extensions(rawValue: 1 << 11)
    public static let zbs = RV64Extensions(rawValue: 1 << 12)
}

/// The RISC-V CPU models `-cpu` offers (QEMU's names). A model sets what the guest
/// observes: riscv_hwprobe's IMA_EXT_0, /proc/cpuinfo's isa line, and which optional
/// instructions decode (Zba, Zbb, Zbs, Zicond, Zifencei; an instruction of an
/// extension the model lacks raises SIGILL). AT_HWCAP (the single letters IMAFDC) is
/// the same for all.
public struct RV64CPUModel: Sendable, Equatable {
    public let name: String
    public let summary: String
    public let extensions: RV64Extensions

    public init(name: String, summary: String, extensions: RV64Extensions) {
        self.name = name
        self.summary = summary
        self.extensions = extensions
    }

    /// Parts of A and C(+D) that newer kernels report on their own: in every model.
    static let splitAC: RV64Extensions = [.zaamo, .zalrsc, .zca, .zcd]

    /// QEMU's generic "rv64" CPU with its default properties (target/riscv/cpu.c,
    /// riscv_cpu_extensions[]: zicsr, zifencei, zicntr, zihpm, zihintntl,
    /// zihintpause, zawrs, zfa, zba, zbb, zbc, zbs, zicbom, zicboz on; zicond off),
    /// restricted to what xrun implements — so without zihpm, zawrs, zfa, zbc,
    /// zicbom and zicboz.
    public static let rv64 = RV64CPUModel(
        name: "rv64", summary: "QEMU's generic rv64: rv64gc + zicntr zihintntl zihintpause zba zbb zbs (no zicond)",
        extensions: splitAC.union([.zicntr, .zicsr, .zifencei, .zihintntl, .zihintpause, .zba, .zbb, .zbs]))
    /// The RVA22U64 profile's mandatory user extensions that xrun implements: RV64GC's
    /// IMAFDC with Zicsr, Zicntr, Zihintpause, Zba, Zbb, Zbs (RVA22 profiles, ratified
    /// 2023; its Zihpm, Zicbom/Zicbop/Zicboz, Zfhmin and Zkt are not implemented).
    /// Zifencei is not mandatory in RVA22U64 (it is in RVA22S64), so FENCE.I is
    /// undefined here, as on QEMU's rva22u64.
    public static let rva22u64 = RV64CPUModel(
        name: "rva22u64", summary: "RVA22U64 profile: rv64imafdc + zicsr zicntr zihintpause zba zbb zbs (no zifencei, zicond)",
        extensions: splitAC.union([.zicntr, .zicsr, .zihintpause, .zba, .zbb, .zbs]))
    public static let max = RV64CPUModel(
        name: "max", summary: "everything xrun implements (default): rv64 + zicond",
        extensions: splitAC.union([.zicntr, .zicond, .zicsr, .zifencei, .zihintntl, .zihintpause, .zba, .zbb, .zbs]))

    public static let all: [RV64CPUModel] = [rv64, rva22u64, max]

    public static func named(_ name: String) -> RV64CPUModel? { all.first { $0.name == name } }
}

extension RV64ISA {
    public static var cpuModels: [CPUModelDescription] {
        RV64CPUModel.all.map { CPUModelDescription(name: $0.name, summary: $0.summary) }
    }

    public static func selectCPUModel(_ name: String) -> Bool {
        guard let model = RV64CPUModel.named(name) else { return false }
        RV64Features.select(model)
        return true
    }
}
