import CXrunHost

/// The host's sticky floating-point exception flags belong to the guest: guest FP ops
/// run as host FP instructions on the guest's host thread, and the ISA reads the
/// guest's cumulative flags (FPSR, fflags) from them. The emulator's own Swift code
/// (translation, the Linux layer) may raise flags too — e.g. a Dictionary's load
/// factor arithmetic sets "inexact". Translation, which happens in the middle of guest
/// code, runs between save() and restore(); around traps the ISA absorbs the guest's
/// flags into its state first (GuestISA.absorbHostFPFlags) and the host's are cleared after.
/// Only MXCSR is saved and restored (xrun_fpenv.h says why x87 plays no part).
struct HostFPFlags {
    /// FE_ALL_EXCEPT on x86-64: the five IEEE flags, not x86's denormal-operand flag.
    static let all: UInt32 = 0x3D
    private var saved: UInt32 = 0

    @inline(__always) static func save() -> HostFPFlags {
        var f = HostFPFlags()
        f.saved = xrun_fpflags_test(all)
        return f
    }

    @inline(__always) func restore() { xrun_fpflags_set(saved, Self.all) }

    /// Drops whatever the emulator's own code raised (the guest's flags were absorbed
    /// into its CPU state when it stopped).
    @inline(__always) static func clear() { xrun_fpflags_clear(all) }
}
