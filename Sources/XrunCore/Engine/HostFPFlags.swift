import Glibc

/// The host's sticky floating-point exception flags belong to the guest: guest FP ops
/// run as host FP instructions on the guest's host thread, and the ISA reads the
/// guest's cumulative flags (FPSR, fflags) from them. The emulator's own Swift code
/// (translation, the Linux layer) may raise flags too — e.g. a Dictionary's load
/// factor arithmetic sets "inexact". Translation, which happens in the middle of guest
/// code, runs between save() and restore(); around traps the ISA absorbs the guest's
/// flags into its state first (GuestISA.absorbHostFPFlags) and the host's are cleared after.
struct HostFPFlags {
    private var saved = fexcept_t()

    @inline(__always) static func save() -> HostFPFlags {
        var f = HostFPFlags()
        fegetexceptflag(&f.saved, 0x3D /* FE_ALL_EXCEPT on x86-64 */)
        return f
    }

    @inline(__always) func restore() {
        var s = saved
        fesetexceptflag(&s, 0x3D /* FE_ALL_EXCEPT on x86-64 */)
    }

    /// Drops whatever the emulator's own code raised (the guest's flags were absorbed
    /// into its CPU state when it stopped).
    @inline(__always) static func clear() { feclearexcept(0x3D /* FE_ALL_EXCEPT on x86-64 */) }
}
