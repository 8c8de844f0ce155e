/// Integer arithmetic with NZCV, shared by the immediate and register groups.
///
/// `AddWithCarry(x, y, carry_in)` (Arm ARM DDI 0487, J1 shared pseudocode): the
/// result is x + y + carry_in truncated to the data size, and
///   N = result<N-1>, Z = IsZero(result),
///   C = unsigned sum != UInt(result)  (carry out of the top bit),
///   V = signed sum != SInt(result)    (signed overflow).
/// SUB/SUBS/CMP compute AddWithCarry(x, NOT(y), 1), so C is "no borrow" (x >= y).
/// Flags are returned in PSTATE position (N31 Z30 C29 V28, `A64Flags`), ready to
/// store in `cpu.nzcv`. Everything here is `@inline(__always)` and branch-free.
enum A64ALU {
    /// NZCV from a 64-bit result plus C and V already in bit 0 and bit 63 form.
    @inline(__always)
    static func pack64(_ r: UInt64, c: UInt64, vTop: UInt64) -> UInt64 {
        let n = (r >> 32) & A64Flags.n
        let z: UInt64 = r == 0 ? A64Flags.z : 0
        return n | z | (c << 29) | ((vTop >> 63) << 28)
    }

    @inline(__always)
    static func pack32(_ r: UInt32, c: UInt64, vTop: UInt32) -> UInt64 {
        let n = UInt64(r) & A64Flags.n
        let z: UInt64 = r == 0 ? A64Flags.z : 0
        return n | z | (c << 29) | (UInt64(vTop >> 31) << 28)
    }

    // MARK: 64-bit

    /// AddWithCarry(x, y, carry) for 64 bits; `carry` is 0 or 1.
    @inline(__always)
    static func addWithCarry64(_ x: UInt64, _ y: UInt64, _ carry: UInt64) -> (UInt64, UInt64) {
        let (s, c1) = x.addingReportingOverflow(y)
        let (r, c2) = s.addingReportingOverflow(carry)
        let c: UInt64 = (c1 || c2) ? 1 : 0
        return (r, pack64(r, c: c, vTop: (x ^ r) & (y ^ r)))
    }

    /// ADDS: AddWithCarry(x, y, 0).
    @inline(__always)
    static func adds64(_ x: UInt64, _ y: UInt64) -> (UInt64, UInt64) {
        let r = x &+ y
        let c: UInt64 = r < x ? 1 : 0
        return (r, pack64(r, c: c, vTop: (x ^ r) & (y ^ r)))
    }

    /// SUBS/CMP: AddWithCarry(x, NOT(y), 1).
    @inline(__always)
    static func subs64(_ x: UInt64, _ y: UInt64) -> (UInt64, UInt64) {
        let r = x &- y
        let c: UInt64 = x >= y ? 1 : 0
        return (r, pack64(r, c: c, vTop: (x ^ y) & (x ^ r)))
    }

    /// ANDS/BICS/TST: N and Z from the result, C = V = 0 (C6.2 ANDS).
    @inline(__always)
    static func logic64(_ r: UInt64) -> UInt64 {
        ((r >> 32) & A64Flags.n) | (r == 0 ? A64Flags.z : 0)
    }

    // MARK: 32-bit (operands are the low words; results zero-extend into Xd)

    @inline(__always)
    static func addWithCarry32(_ x: UInt32, _ y: UInt32, _ carry: UInt32) -> (UInt64, UInt64) {
        let wide = UInt64(x) &+ UInt64(y) &+ UInt64(carry)
        let r = UInt32(truncatingIfNeeded: wide)
        return (UInt64(r), pack32(r, c: wide >> 32, vTop: (x ^ r) & (y ^ r)))
    }

    @inline(__always)
    static func adds32(_ x: UInt32, _ y: UInt32) -> (UInt64, UInt64) {
        let r = x &+ y
        let c: UInt64 = r < x ? 1 : 0
        return (UInt64(r), pack32(r, c: c, vTop: (x ^ r) & (y ^ r)))
    }

    @inline(__always)
    static func subs32(_ x: UInt32, _ y: UInt32) -> (UInt64, UInt64) {
        let r = x &- y
        let c: UInt64 = x >= y ? 1 : 0
        return (UInt64(r), pack32(r, c: c, vTop: (x ^ y) & (x ^ r)))
    }

    @inline(__always)
    static func logic32(_ r: UInt32) -> UInt64 {
        (UInt64(r) & A64Flags.n) | (r == 0 ? A64Flags.z : 0)
    }

    /// Low 32 bits of a register value (the W view).
    @inline(__always)
    static func w(_ v: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: v) }

    /// The carry flag as 0 or 1 (ADC/SBC).
    @inline(__always)
    static func carry(_ nzcv: UInt64) -> UInt64 { (nzcv >> 29) & 1 }
}
