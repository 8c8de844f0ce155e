import GuestAArch64
import GuestRISCV64
import XrunCore

/// The guest ISAs this build runs, by ELF e_machine. The one place a new guest plugs
/// into the command line: running a program and the binfmt_misc registrations
/// (Binfmt.swift registers an entry only for a machine listed here).
enum GuestISAs {
    static func isa(forMachine machine: UInt16) -> GuestISA? {
        switch machine {
        case 183: return A64ISA()
        case 243: return RV64ISA()
        default: return nil
        }
    }

    /// "AArch64" or "AArch64 and RISC-V" for messages.
    static var names: String {
        Binfmt.known.filter { isa(forMachine: $0.machine) != nil }.map(\.isaName).joined(separator: " and ")
    }
}
