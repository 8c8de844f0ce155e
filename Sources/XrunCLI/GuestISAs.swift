import GuestAArch64
import GuestRISCV64
import XrunCore

/// The guest ISAs this build runs. The one place a new guest plugs into the command
/// line: running a program, the binfmt_misc registrations (one per ISA listed here),
/// messages. Each ISA type says itself which ELF files it runs and its names.
enum GuestISAs {
    /// Each conforms to both seams: `GuestISA` (engine) and `LinuxArch` (Linux layer).
    typealias ISA = GuestISA & LinuxArch

    static let all: [any ISA.Type] = [A64ISA.self, RV64ISA.self]

    /// The ISA that runs ELF files of `machine`, nil when none does.
    static func isa(forMachine machine: UInt16) -> (any ISA.Type)? {
        all.first { $0.runs(elfMachine: machine) }
    }

    /// The ISA of a Linux machine name (`uname -m`: aarch64, riscv64) or of its Debian
    /// architecture name (arm64, as Debian's qemu-arm64 link), nil when none.
    static func isa(named name: String) -> (any ISA.Type)? {
        all.first { $0.machine.name == name || $0.machine.debianArchitecture == name }
    }

    /// "AArch64" or "AArch64 and RISC-V 64" for messages.
    static var names: String { all.map { $0.machine.displayName }.joined(separator: " and ") }

    /// "aarch64 and riscv64" for messages about binary names.
    static var machineNames: String { all.map { $0.machine.name }.joined(separator: " and ") }
}
