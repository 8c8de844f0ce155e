/// A guest ISA as the outside world names it: the ELF machine number its programs
/// carry, and its names for Linux and for people. Each ISA type states its own
/// (`GuestISA.machine`); nothing outside the guest modules spells a machine number.
public struct GuestMachine: Sendable, Equatable {
    /// ELF e_machine (System V gABI, "ELF Header"; the numbers are in elf.h).
    public let elfMachine: UInt16
    /// Linux's name: `uname -m`, the first part of the Debian triplet
    /// (/usr/<name>-linux-gnu), the binfmt_misc entry xrun-<name>.
    public let name: String
    /// The architecture's own name, for messages ("AArch64").
    public let displayName: String
    /// Debian's name for the architecture (arm64; dpkg --print-architecture), which
    /// QEMU's Debian packages also use for binaries (qemu-arm64).
    public let debianArchitecture: String

    public init(elfMachine: UInt16, name: String, displayName: String, debianArchitecture: String? = nil) {
        self.elfMachine = elfMachine
        self.name = name
        self.displayName = displayName
        self.debianArchitecture = debianArchitecture ?? name
    }
}
