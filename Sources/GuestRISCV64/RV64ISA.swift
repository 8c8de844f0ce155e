import XrunCore

/// The RISC-V 64 guest: RV64GC plus Zba/Zbb/Zbs/Zicond for the engine (`GuestISA`;
/// RV64Features says what is advertised) and Linux's riscv64 ABI (arch/riscv in the
/// kernel sources) for the Linux layer (`LinuxArch`, RV64LinuxArch.swift).
public final class RV64ISA: GuestISA {
    public init() {}

    public static let machine = GuestMachine(elfMachine: 243 /* EM_RISCV */, name: "riscv64",
                                             displayName: "RISC-V 64")
    public var stateSize: Int { RV64Layout.stateSize }

    /// AT_MINSIGSTKSZ: the signal frame size without vector state (arch/riscv/
    /// kernel/signal.c, get_rt_frame_size(true)).
    public static let minSigStackSize = UInt64(RV64SignalFrame.frameSize)

    // e_flags (RISC-V ELF psABI, "File Header"): EF_RISCV_RVC 0x1, float ABI 0x6
    // (0 soft, 2 single, 4 double, 6 quad), EF_RISCV_RVE 0x8, EF_RISCV_TSO 0x10.
    static let flagRVC: UInt32 = 0x1
    static let floatABIMask: UInt32 = 0x6
    static let flagRVE: UInt32 = 0x8

    public func checkELF(flags: UInt32) -> String? {
        if flags & Self.flagRVE != 0 {
            return "built for the RV32E/RV64E embedded ABI (16 registers), which xrun does not run"
        }
        switch flags & Self.floatABIMask {
        case 0x4: return nil
        case 0x0:
            return "built for the soft-float ABI (lp64); xrun runs the Linux riscv64 double-float ABI (lp64d)"
        case 0x2:
            return "built for the single-float ABI (lp64f); xrun runs the Linux riscv64 double-float ABI (lp64d)"
        default:
            return "built for the quad-float ABI (lp64q); xrun runs the Linux riscv64 double-float ABI (lp64d)"
        }
    }

    public func decode(at pc: UInt64, code: CodeReader, into block: inout BlockBuilder) -> DecodeResult {
        RV64Decoder.decode(at: pc, code: code, into: &block)
    }

    /// Linux's start_thread(): pc = entry, sp = stack, everything else zero (a0 = 0
    /// is the rtld_fini of a static program); frm = RNE, no flags, no reservation.
    /// LP64D: a0–a7 = x10–x17, fa0–fa7 = f10–f17, ra = x1, sp = x2.
    public var callConvention: GuestCallConvention {
        GuestCallConvention(intArgument: RV64Layout.x + 10 * 8, fpArgument: RV64Layout.f + 10 * 8, fpStride: 8,
                            returnAddress: RV64Layout.x + 8, stackPointer: RV64Layout.x + 16)
    }

    public func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64) {
        cpu.guestPC = entry
        cpu.xreg[Int(RVReg.sp)] = stack
        cpu.fflags = 0
        cpu.frm = 0
        cpu.clearReservation()
    }

    /// The native tier's FP templates leave their flags in MXCSR (`RV64FPStatus`).
    public func absorbHostFPFlags(_ cpu: UnsafeMutableRawPointer) { RV64FPStatus.absorb(cpu) }
}
