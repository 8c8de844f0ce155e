import XrunCore

/// The one place that says what the RISC-V guest advertises: AT_HWCAP, the
/// riscv_hwprobe(2) answers, the /proc/cpuinfo lines and which optional instructions
/// decode all derive from here and the selected model (RV64CPUModel, `-cpu`), so
/// they cannot disagree with each other or with what the decoder implements.
public enum RV64Features {
    // MARK: AT_HWCAP

    /// Single-letter extensions as Linux reports them in AT_HWCAP: bit ('x' - 'a')
    /// (arch/riscv/include/uapi/asm/hwcap.h, COMPAT_HWCAP_ISA_*). Multi-letter
    /// extensions are only visible through hwprobe and /proc/cpuinfo.
    public static let letters = "imafdc"
    public static let hwcap: UInt64 = letters.utf8.reduce(0) { $0 | 1 << UInt64($1 - UInt8(ascii: "a")) }

    // MARK: riscv_hwprobe (arch/riscv/include/uapi/asm/hwprobe.h)

    public enum Key {
        public static let mvendorid: Int64 = 0
        public static let marchid: Int64 = 1
        public static let mimpid: Int64 = 2
        public static let baseBehavior: Int64 = 3
        public static let imaExt0: Int64 = 4
        public static let cpuperf0: Int64 = 5
        public static let zicbozBlockSize: Int64 = 6
        public static let highestVirtualAddress: Int64 = 7
        public static let timeCSRFrequency: Int64 = 8
        public static let misalignedScalarPerf: Int64 = 9
        public static let misalignedVectorPerf: Int64 = 10
        public static let vendorExtTHead0: Int64 = 11
        public static let zicbomBlockSize: Int64 = 12
        public static let vendorExtSiFive0: Int64 = 13
    }

    /// RISCV_HWPROBE_KEY_IMA_EXT_0 bits.
    public enum IMAExt0 {
        public static let fd: UInt64 = 1 << 0
        public static let c: UInt64 = 1 << 1
        public static let zba: UInt64 = 1 << 3
        public static let zbb: UInt64 = 1 << 4
        public static let zbs: UInt64 = 1 << 5
        public static let zihintntl: UInt64 = 1 << 29
        public static let zicond: UInt64 = 1 << 35
        public static let zihintpause: UInt64 = 1 << 36
        public static let zca: UInt64 = 1 << 43
        public static let zcd: UInt64 = 1 << 45
        public static let zicntr: UInt64 = 1 << 50
        public static let zaamo: UInt64 = 1 << 56
        public static let zalrsc: UInt64 = 1 << 57
    }

    /// The multi-letter extensions xrun implements, in the order of the kernel's
    /// riscv_isa_ext[] table, which /proc/cpuinfo's isa line follows (Z extensions
    /// grouped by their second letter in canonical order i, m, a, f, d, q, c, b, ...,
    /// alphabetical within a group), with their IMA_EXT_0 bit (0: not reported by
    /// hwprobe). Zihintntl (ntl.* = add x0, x0, x2–x5 and their c.add forms) and
    /// Zihintpause (pause = fence w,0) are HINT encodings, executed as no-ops by every
    /// model as the base ISA requires; Zicntr is the cycle/time/instret CSRs;
    /// Zaamo/Zalrsc and Zca/Zcd are the parts of A and C (with D) that current kernels
    /// report separately.
    public static let extensions: [(ext: RV64Extensions, name: String, hwprobe: UInt64)] = [
        (.zicntr, "zicntr", IMAExt0.zicntr), (.zicond, "zicond", IMAExt0.zicond), (.zicsr, "zicsr", 0),
        (.zifencei, "zifencei", 0), (.zihintntl, "zihintntl", IMAExt0.zihintntl),
        (.zihintpause, "zihintpause", IMAExt0.zihintpause), (.zaamo, "zaamo", IMAExt0.zaamo),
        (.zalrsc, "zalrsc", IMAExt0.zalrsc), (.zca, "zca", IMAExt0.zca), (.zcd, "zcd", IMAExt0.zcd),
        (.zba, "zba", IMAExt0.zba), (.zbb, "zbb", IMAExt0.zbb), (.zbs, "zbs", IMAExt0.zbs),
    ]

    /// The selected model's extensions (RV64CPUModel, `-cpu`): a plain process-wide
    /// value set once by `select` before the first translation; decoders read it at
    /// translation time only.
    public nonisolated(unsafe) private(set) static var enabled: RV64Extensions = RV64CPUModel.max.extensions

    public static func select(_ model: RV64CPUModel) { enabled = model.extensions }

    /// Decode-time gate: whether the selected model has `ext`.
    @inline(__always) static func has(_ ext: RV64Extensions) -> Bool { enabled.contains(ext) }

    /// RISCV_HWPROBE_KEY_IMA_EXT_0 of the selected model (F and D, and C, are in every model).
    public static var imaExt0: UInt64 {
        extensions.reduce(IMAExt0.fd | IMAExt0.c) { enabled.contains($1.ext) ? $0 | $1.hwprobe : $0 }
    }

    /// RISCV_HWPROBE_MISALIGNED_SCALAR_FAST: misaligned scalar loads and stores are
    /// done directly by the x86 host, at the speed of aligned ones.
    public static let misalignedScalarFast: UInt64 = 3
    /// RISCV_HWPROBE_MISALIGNED_VECTOR_UNSUPPORTED: there is no vector unit.
    public static let misalignedVectorUnsupported: UInt64 = 4
    /// The time CSR counts nanoseconds (see Zicsr/CSR.swift).
    public static let timebaseFrequency: UInt64 = 1_000_000_000

    /// The value Linux's hwprobe_one_pair() gives for `key` on this machine, or nil
    /// for a key it does not know (the syscall then stores key = -1, value = 0).
    /// Every hart is the same, so the CPU set does not matter.
    public static func hwprobe(_ key: Int64) -> UInt64? {
        switch key {
        case Key.mvendorid, Key.marchid, Key.mimpid: return 0
        case Key.baseBehavior: return 1 // RISCV_HWPROBE_BASE_BEHAVIOR_IMA
        case Key.imaExt0: return imaExt0
        case Key.cpuperf0, Key.misalignedScalarPerf: return misalignedScalarFast
        case Key.misalignedVectorPerf: return misalignedVectorUnsupported
        case Key.zicbozBlockSize, Key.zicbomBlockSize: return 0 // no Zicboz/Zicbom
        case Key.highestVirtualAddress: return GuestMemory.reservedVA - 1
        case Key.timeCSRFrequency: return timebaseFrequency
        case Key.vendorExtTHead0, Key.vendorExtSiFive0: return 0
        default: return nil
        }
    }

    // MARK: /proc/cpuinfo (arch/riscv/kernel/cpu.c, c_show)

    /// The "isa" line's value: "rv64", the single letters, then the multi-letter
    /// extensions each after an underscore, in the order of the kernel's
    /// riscv_isa_ext[] table (Z extensions grouped by their second letter in
    /// canonical order i, m, a, f, d, q, c, b, ..., alphabetical within a group).
    public static var isaString: String {
        "rv64" + letters + extensions.filter { enabled.contains($0.ext) }.map { "_" + $0.name }.joined()
    }
    /// Sv48: a 48-bit virtual address space (what a 64-bit Linux program expects;
    /// xrun's guest space is smaller, see hwprobe's highest virtual address).
    public static let mmu = "sv48"

    /// One processor's /proc/cpuinfo block, as the kernel prints it (tab-separated
    /// names, a blank line after each block).
    public static func cpuinfo(processor: Int) -> String {
        "processor\t: \(processor)\n"
            + "hart\t\t: \(processor)\n"
            + "isa\t\t: \(isaString)\n"
            + "mmu\t\t: \(mmu)\n"
            + "mvendorid\t: 0x0\n"
            + "marchid\t\t: 0x0\n"
            + "mimpid\t\t: 0x0\n"
            + "hart isa\t: \(isaString)\n"
            + "\n"
    }
}
