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

    /// "AArch64" or "AArch64 and RISC-V 64" for messages.
    static var names: String { all.map { $0.machine.displayName }.joined(separator: " and ") }
}
