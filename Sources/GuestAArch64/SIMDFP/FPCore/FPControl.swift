import CXrunHost
import Glibc

/// FPCR and FPSR bits (Arm ARM D17.2.x "FPCR, Floating-point Control Register",
/// "FPSR, Floating-point Status Register").
public enum A64FPBits {
    // FPSR cumulative exception flags.
    public static let ioc: UInt32 = 1 << 0
    public static let dzc: UInt32 = 1 << 1
    public static let ofc: UInt32 = 1 << 2
    public static let ufc: UInt32 = 1 << 3
    public static let ixc: UInt32 = 1 << 4
    public static let idc: UInt32 = 1 << 7
    public static let qc: UInt32 = 1 << 27
    // FPCR controls.
    public static let rmodeShift: UInt32 = 22
    public static let fz: UInt32 = 1 << 24
    public static let dn: UInt32 = 1 << 25
    /// FPCR bits that move arithmetic off the fast path: a rounding mode other than
    /// round-to-nearest (RMode, 23:22) or flush-to-zero (FZ, 24). DN only matters once
    /// a NaN came out, which is already the cold path.
    public static let slowMask: UInt32 = 0x01C0_0000
}

/// FPSR as the guest sees it. Host SSE arithmetic accumulates IEEE flags in MXCSR,
/// and the guest thread is a host thread, so the host's sticky flags ARE the guest's
/// for every operation done with host arithmetic (FADD, FMUL, FDIV, FSQRT, FMADD, FCVT,
/// SCVTF...). `cpu.fpsr` holds the bits xrun sets itself (saturating conversions,
/// FPCR.FZ flushes, QC) and anything the guest wrote.
/// MRS FPSR must return `read(cpu)`; MSR FPSR must call `write(cpu, value)`.
public enum A64FPStatus {
    public static func read(_ cpu: UnsafeMutableRawPointer) -> UInt32 {
        cpu.fpsr | hostFlags()
    }
    /// The host's accumulated flags in FPSR bit positions: x86 FE_INVALID 1,
    /// FE_DIVBYZERO 4, FE_OVERFLOW 8, FE_UNDERFLOW 0x10, FE_INEXACT 0x20 become Arm IOC 1,
    /// DZC 2, OFC 4, UFC 8, IXC 0x10.
    static func hostFlags() -> UInt32 {
        let h = UInt32(truncatingIfNeeded: xrun_fpflags_test(0x3D))
        return (h & 1) | ((h & 0x3C) >> 1)
    }
    /// Moves the host's accumulated flags into cpu.fpsr (the guest value is unchanged).
    public static func moveHostFlags(_ cpu: UnsafeMutableRawPointer) {
        cpu.fpsr |= hostFlags()
        xrun_fpflags_clear(0x3D)
    }
    static func dropHostFlags() { xrun_fpflags_clear(0x3D) }
    public static func write(_ cpu: UnsafeMutableRawPointer, _ value: UInt32) {
        xrun_fpflags_clear(0x3D)
        cpu.fpsr = value
    }
}

/// Host floating-point environment for the slow path. The fast path assumes the host
/// rounds to nearest-even (the default MXCSR); when the guest's FPCR asks for another
/// rounding mode, the slow path switches the host mode around the arithmetic.
/// Callers must load operands from guest registers after `enter` and store results
/// before `leave`, so the opaque calls order the host arithmetic (LLVM treats FP
/// arithmetic as independent of the environment otherwise).
enum FPEnv {
    @inline(__always) static func rmode(_ fpcr: UInt32) -> UInt32 { (fpcr >> A64FPBits.rmodeShift) & 3 }

    /// With FZ on, the host's accumulated flags move into cpu.fpsr first, so that
    /// `flushOut` sees only this operation's flags.
    @inline(__always) static func enter(_ cpu: UnsafeMutableRawPointer, _ fpcr: UInt32) {
        let rm = rmode(fpcr)
        if rm != 0 { setHostRounding(rm) }
        if fpcr & A64FPBits.fz != 0 { A64FPStatus.moveHostFlags(cpu) }
    }
    /// Vector ops with FZ: each lane's flags are judged alone by `flushOut`.
    @inline(__always) static func nextLane(_ cpu: UnsafeMutableRawPointer, _ fpcr: UInt32) {
        if fpcr & A64FPBits.fz != 0 { A64FPStatus.moveHostFlags(cpu) }
    }
    @inline(__always) static func leave(_ fpcr: UInt32) {
        if rmode(fpcr) != 0 { setHostRounding(0) }
    }
    @inline(never) static func setHostRounding(_ armMode: UInt32) {
        // Arm RMode 0 RN, 1 RP, 2 RM, 3 RZ -> x86 FE_TONEAREST 0, FE_UPWARD 0x800,
        // FE_DOWNWARD 0x400, FE_TOWARDZERO 0xC00.
        let host: UInt32
        switch armMode {
        case 1: host = 0x800
        case 2: host = 0x400
        case 3: host = 0xC00
        default: host = 0
        }
        xrun_fpround_set(host)
    }

    /// FPCR.FZ input flush (Arm ARM FPUnpack): a denormal operand becomes a zero of the
    /// same sign and sets IDC.
    @inline(__always) static func flushIn<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ fpcr: UInt32, _ x: F) -> F {
        if fpcr & A64FPBits.fz != 0 && x.isSubnormal {
            cpu.fpsr |= A64FPBits.idc
            return F(bits: x.bits & F.signBit)
        }
        return x
    }
    /// FPCR.FZ output flush (FPRound): a tiny result (subnormal, or rounded to zero
    /// with underflow) becomes a zero of the same sign with UFC only. The host raised
    /// its own underflow and inexact flags for this operation alone (`enter` moved the
    /// older ones to cpu.fpsr); they are dropped.
    @inline(__always) static func flushOut<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ fpcr: UInt32, _ x: F) -> F {
        if fpcr & A64FPBits.fz != 0 && (x.isSubnormal || (x.isZero && A64FPStatus.hostFlags() & A64FPBits.ufc != 0)) {
            A64FPStatus.dropHostFlags()
            cpu.fpsr |= A64FPBits.ufc
            return F(bits: x.bits & F.signBit)
        }
        return x
    }
}

/// NaN propagation (Arm ARM FPProcessNaN, FPProcessNaNs, FPProcessNaNs3): the first
/// signalling NaN operand wins, else the first quiet one; the result is quieted; with
/// FPCR.DN the default NaN is returned instead. A NaN produced from non-NaN operands
/// (inf - inf, 0 * inf, sqrt(-1)...) is the default NaN with IOC.
/// Called only when the host result was a NaN, so all of this is off the fast path.
enum FPNaN {
    @inline(__always) static func pick<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ x: F) -> F {
        if x.isSNaN { cpu.fpsr |= A64FPBits.ioc }
        return cpu.fpcr & A64FPBits.dn != 0 ? F.defaultNaN : x.quieted
    }
    @inline(__always) static func invalid<F: A64Float>(_ cpu: UnsafeMutableRawPointer) -> F {
        cpu.fpsr |= A64FPBits.ioc
        return F.defaultNaN
    }

    @inline(never) static func process1<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F) -> F {
        a.isNaN ? pick(cpu, a) : invalid(cpu)
    }

    @inline(never) static func process2<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> F {
        if a.isSNaN { return pick(cpu, a) }
        if b.isSNaN { return pick(cpu, b) }
        if a.isNaN { return pick(cpu, a) }
        if b.isNaN { return pick(cpu, b) }
        return invalid(cpu)
    }

    /// FPMulAdd order: addend first, then the two factors. A quiet-NaN addend with an
    /// infinity times zero product gives the default NaN and IOC (FPMulAdd).
    @inline(never) static func process3<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ addend: F, _ a: F, _ b: F) -> F {
        if addend.isSNaN { return pick(cpu, addend) }
        if a.isSNaN { return pick(cpu, a) }
        if b.isSNaN { return pick(cpu, b) }
        if addend.isNaN {
            if (a.isInfinite && b.isZero) || (a.isZero && b.isInfinite) { return invalid(cpu) }
            return pick(cpu, addend)
        }
        if a.isNaN { return pick(cpu, a) }
        if b.isNaN { return pick(cpu, b) }
        return invalid(cpu)
    }
}
