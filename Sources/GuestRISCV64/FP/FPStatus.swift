import CXrunHost
import XrunCore

/// fflags as the guest sees it (spec 13.2, "Floating-Point Control and Status
/// Register"). Host SSE arithmetic accumulates IEEE flags in MXCSR, and the guest
/// thread is a host thread, so the native tier's FP templates leave their flags there
/// (no store per op): the host's sticky flags are part of the guest's fflags, and
/// `cpu.fflags` holds the rest (what the ops' functions and SoftFloat set, and what
/// the guest wrote). They are folded together lazily: when the guest reads or
/// writes fflags/fcsr (`CSROps`), at every trap (`GuestISA.absorbHostFPFlags`, for
/// signal frames, the debugger, system calls), and by the tests' register reads.
///
/// Exact because every host FP instruction that runs on the guest's behalf (the
/// templates, the ops' host fast paths) computes the same IEEE operation in
/// round-to-nearest-even as the guest instruction: x86 and RISC-V raise the same
/// five flags for it (both detect tininess after rounding; an invalid operation
/// gives NaN, which the templates hand to the op's function for RISC-V's canonical
/// NaN). Host code that could raise other flags (`FPConvert.toInteger`) drops them.
public enum RV64FPStatus {
    /// x86 MXCSR IE 0x01, ZE 0x04, OE 0x08, UE 0x10, PE 0x20 (FE_ALL_EXCEPT without
    /// the denormal-operand flag).
    static let hostMask: UInt32 = 0x3D

    /// The host's accumulated flags in fflags positions: NV 0x10, DZ 0x08, OF 0x04,
    /// UF 0x02, NX 0x01.
    @inline(__always)
    static func hostFlags() -> UInt32 {
        let h = xrun_fpflags_test(hostMask)
        return (h & 0x01) << 4 | (h & 0x04) << 1 | (h & 0x08) >> 1 | (h & 0x10) >> 3 | (h & 0x20) >> 5
    }

    /// fflags as the guest reads it.
    public static func read(_ cpu: UnsafeMutableRawPointer) -> UInt32 {
        cpu.fflags | hostFlags()
    }

    /// Moves the host's accumulated flags into `cpu.fflags` (the guest value is
    /// unchanged), leaving the host's clear.
    public static func absorb(_ cpu: UnsafeMutableRawPointer) {
        let h = hostFlags()
        if h != 0 {
            cpu.fflags |= h
            xrun_fpflags_clear(hostMask)
        }
    }

    /// fflags = value (a CSR write, a signal return, a test's setup).
    public static func write(_ cpu: UnsafeMutableRawPointer, _ value: UInt32) {
        xrun_fpflags_clear(hostMask)
        cpu.fflags = value
    }

    /// Drops what host code raised that is no guest flag (after `absorb`).
    static func dropHostFlags() { xrun_fpflags_clear(hostMask) }
}
