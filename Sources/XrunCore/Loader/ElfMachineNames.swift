/// Names of ELF machines (e_machine, System V gABI "ELF Header"; the values are
/// elf.h's EM_*), for messages about a file of another machine. A generic table:
/// which machines xrun runs, and under which names, each guest ISA says itself
/// (`GuestISA.machine`).
public enum ElfMachineNames {
    public static func name(_ m: UInt16) -> String {
        switch m {
        case 3: return "i386"
        case 8: return "MIPS"
        case 20: return "PowerPC"
        case 21: return "PowerPC64"
        case 22: return "s390"
        case 40: return "ARM (32-bit)"
        case 62: return "x86-64"
        case 183: return "AArch64"
        case 243: return "RISC-V"
        case 258: return "LoongArch"
        default: return "machine \(m)"
        }
    }
}
