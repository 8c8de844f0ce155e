import GuestAArch64
import GuestRISCV64
import XrunCore

/// The architectural registers of a guest ISA, as the tier comparison reads them:
/// only guest-visible state, through the ISA's accessors, since the native tier may
/// keep other things its own way (AArch64's lazy NZCV, op scratch space).
public struct RegisterFile: Sendable {
    public let names: [String]
    public let read: @Sendable (UnsafeMutableRawPointer) -> [UInt64]

    public init(names: [String], read: @escaping @Sendable (UnsafeMutableRawPointer) -> [UInt64]) {
        self.names = names
        self.read = read
    }

    public static func of(_ isa: GuestISA) -> RegisterFile {
        switch isa.elfMachine {
        case A64ISA().elfMachine: return aarch64
        case RV64ISA().elfMachine: return riscv64
        default: return RegisterFile(names: ["pc"]) { cpu in [cpu.guestPC] }
        }
    }

    /// X0–X30, SP, the zero register (must stay 0), NZCV (materialised from lazy
    /// flags), FPCR, FPSR as the guest reads it (with the host's accumulated flags),
    /// TPIDR_EL0, V0–V31 and the PC.
    public static let aarch64 = RegisterFile(
        names: (0..<31).map { "x\($0)" } + ["sp", "xzr", "nzcv", "fpcr", "fpsr", "tpidr_el0"]
            + (0..<32).flatMap { ["v\($0)[63:0]", "v\($0)[127:64]"] } + ["pc"]
    ) { cpu in
        var v = (0..<33).map { cpu.x[$0] }
        v += [cpu.nzcv, UInt64(cpu.fpcr), UInt64(A64FPStatus.read(cpu)), cpu.tpidr]
        for n in 0..<32 as Range<UInt8> {
            v += [cpu.v(n).load(as: UInt64.self), cpu.v(n).load(fromByteOffset: 8, as: UInt64.self)]
        }
        return v + [cpu.guestPC]
    }

    /// x1–x31, f0–f31, fflags as the guest reads it (with the host's accumulated
    /// flags), frm, the LR/SC reservation's address and the PC.
    public static let riscv64 = RegisterFile(
        names: (1..<32).map { "x\($0)" } + (0..<32).map { "f\($0)" } + ["fflags", "frm", "reservation", "pc"]
    ) { cpu in
        (1..<32).map { cpu.xreg[$0] } + (0..<32).map { cpu.freg[$0] }
            + [UInt64(RV64FPStatus.read(cpu)), UInt64(cpu.frm), cpu.reservationAddress, cpu.guestPC]
    }
}
