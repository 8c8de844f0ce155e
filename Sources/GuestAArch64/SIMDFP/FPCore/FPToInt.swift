/// FPToFixed (Arm ARM shared pseudocode) for the four integer destinations: round by
/// `mode` (FPRound constants), saturate out-of-range values to the destination's
/// limits with IOC, NaN gives 0 with IOC, an in-range inexact result sets IXC.
/// Sources are widened to Double first (exact for Float), so one bound check serves.
/// Results come back as the guest register value (32-bit results zero-extended).
enum FPToInt {
    @inline(__always) static func round(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ mode: UInt32) -> Double {
        // Truncation is left to the host conversion (cvttsd2si), which raises the
        // host's inexact flag itself; the other modes round first and flag here.
        mode == FPRound.zero ? x : FPRound.integral(x, mode)
    }
    /// Fixed-point scaling by 2^fbits: exact below 2^64; larger values saturate anyway,
    /// so they are clamped to ±2^64 first and the product never overflows. (Choosing
    /// between `x * scale` and `x` after the fact is not enough: the optimizer may compute
    /// the product on both paths, and the host's overflow and inexact flags then reach
    /// FPSR.) NaN passes through: NaN * scale is quiet and raises nothing.
    @inline(__always) static func scaled(_ x: Double, _ scale: Double) -> Double {
        let clamped = x.magnitude < 0x1p64 ? x : (x < 0 ? -0x1p64 : (x > 0 ? 0x1p64 : x))
        return clamped * scale
    }
    /// In range: IXC when rounding (other than the host's truncation) changed the value.
    @inline(__always) static func inexact(_ cpu: UnsafeMutableRawPointer, _ r: Double, _ x: Double, _ mode: UInt32) {
        if mode != FPRound.zero && r != x { cpu.fpsr |= A64FPBits.ixc }
    }

    @inline(__always) static func s64(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ mode: UInt32) -> UInt64 {
        let r = round(cpu, x, mode)
        if r >= -0x1p63 && r < 0x1p63 { inexact(cpu, r, x, mode); return UInt64(bitPattern: Int64(r)) }
        return saturate(cpu, x, 0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000)
    }
    @inline(__always) static func s32(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ mode: UInt32) -> UInt64 {
        let r = round(cpu, x, mode)
        if r > -0x1p31 - 1 && r < 0x1p31 { inexact(cpu, r, x, mode); return UInt64(UInt32(bitPattern: Int32(r))) }
        return saturate(cpu, x, 0x7FFF_FFFF, 0x8000_0000)
    }
    @inline(__always) static func u64(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ mode: UInt32) -> UInt64 {
        let r = round(cpu, x, mode)
        if r > -1 && r < 0x1p63 { inexact(cpu, r, x, mode); return UInt64(bitPattern: Int64(r)) }
        if r >= 0x1p63 && r < 0x1p64 { inexact(cpu, r, x, mode); return UInt64(bitPattern: Int64(r - 0x1p63)) | 1 << 63 }
        return saturate(cpu, x, 0xFFFF_FFFF_FFFF_FFFF, 0)
    }
    @inline(__always) static func u32(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ mode: UInt32) -> UInt64 {
        let r = round(cpu, x, mode)
        if r > -1 && r < 0x1p32 { inexact(cpu, r, x, mode); return UInt64(bitPattern: Int64(r)) }
        return saturate(cpu, x, 0xFFFF_FFFF, 0)
    }

    @inline(never) static func saturate(_ cpu: UnsafeMutableRawPointer, _ x: Double, _ max: UInt64, _ min: UInt64) -> UInt64 {
        cpu.fpsr |= A64FPBits.ioc
        if x.isNaN { return 0 }
        return x > 0 ? max : min
    }

    /// Vector and scalar-SIMD forms use lanes as wide as the source: these return the
    /// lane value for element widths 32 (from Float) and 64 (from Double).
    @inline(__always) static func lane<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ x: F, _ mode: UInt32, signed: Bool) -> F.Bits {
        let d = Double(x)
        if F.byteWidth == 8 {
            return F.Bits(truncatingIfNeeded: signed ? s64(cpu, d, mode) : u64(cpu, d, mode))
        }
        return F.Bits(truncatingIfNeeded: signed ? s32(cpu, d, mode) : u32(cpu, d, mode))
    }
}
