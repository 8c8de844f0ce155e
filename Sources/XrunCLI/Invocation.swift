import XrunCore

/// The name xrun was started by — argv[0]'s last part — which chooses the guest ISA
/// the way QEMU's binary names do: started as `qemu-aarch64`, `qemu-aarch64-static`,
/// `qemu-riscv64[-static]`, `xrun-aarch64`, `xrun-riscv64` or BuildKit's
/// `buildkit-qemu-<arch>` (a symlink, a binfmt_misc registration written for QEMU, a
/// copy bind-mounted into a build container), xrun runs that ISA only and refuses
/// another with one line, as that emulator would. Under any other name it runs every
/// ISA it has.
struct Invocation {
    /// What messages, -h and -version call this program.
    let name: String
    /// argv[0] as given: where this xrun is when /proc/self/exe cannot say (a chroot
    /// without /proc that BuildKit or a test started xrun in by an absolute path).
    let path: String
    /// The ISA the name chose; nil: all of GuestISAs.
    let only: (any GuestISAs.ISA.Type)?

    static let qemuPrefixes = ["buildkit-qemu-", "qemu-"]

    /// Throws for a QEMU name of an ISA xrun does not run (qemu-x86_64 linked to xrun).
    init(argv0: String) throws {
        path = argv0
        let base = argv0.split(separator: "/").last.map(String.init) ?? "xrun"
        var stem = Substring(base)
        if stem.hasSuffix("-static") { stem = stem.dropLast(7) }
        for prefix in Self.qemuPrefixes + ["xrun-"] where stem.hasPrefix(prefix) {
            let arch = String(stem.dropFirst(prefix.count))
            if let isa = GuestISAs.isa(named: arch) {
                name = base
                only = isa
                return
            }
            if prefix != "xrun-" {
                throw XrunUsageError("started as '\(base)', but this xrun runs \(GuestISAs.machineNames) programs only")
            }
        }
        name = base.hasPrefix("xrun") ? "xrun" : base
        only = nil
    }

    /// The ISA that runs ELF files of `machine` under this name.
    func isa(forMachine machine: UInt16) -> (any GuestISAs.ISA.Type)? {
        if let only { return only.runs(elfMachine: machine) ? only : nil }
        return GuestISAs.isa(forMachine: machine)
    }

    /// "AArch64" or "AArch64 and RISC-V 64" for messages.
    var isaNames: String { only?.machine.displayName ?? GuestISAs.names }

    /// "AArch64 or RISC-V 64" for -h.
    var isaAlternatives: String {
        only?.machine.displayName ?? GuestISAs.all.map { $0.machine.displayName }.joined(separator: " or ")
    }

    /// "aarch64, riscv64" for -version.
    var machineNames: String { only?.machine.name ?? GuestISAs.all.map { $0.machine.name }.joined(separator: ", ") }

    var versionLine: String {
        name == "xrun" ? "xrun \(XrunMain.version) (guests: \(machineNames))"
            : "\(name) version \(XrunMain.version) (xrun \(XrunMain.version); guest: \(machineNames))"
    }
}
