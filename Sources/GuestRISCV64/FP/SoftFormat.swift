/// IEEE 754 binary32/binary64 arithmetic in software, on bit patterns, for every
/// case the host fast path does not cover: rounding modes other than RNE, results
/// that may be tiny, overflow, NaN operands, and the first inexact result (before
/// fflags.NX is set its exact value must be known). All five RISC-V rounding modes;
/// fflags as the F extension defines them (tininess detected after rounding; every
/// NaN result is the canonical NaN).
///
/// Cold code: this is the slow path, called through `@inline(never)` wrappers.
struct SoftFormat {
    let expBits: Int
    let fracBits: Int
    let canonicalNaN: UInt64

    static let single = SoftFormat(expBits: 8, fracBits: 23, canonicalNaN: 0x7fc0_0000)
    static let double = SoftFormat(expBits: 11, fracBits: 52, canonicalNaN: 0x7ff8_0000_0000_0000)

    /// Precision in bits (with the hidden bit).
    var p: Int { fracBits + 1 }
    var bias: Int { (1 << (expBits - 1)) - 1 }
    var emin: Int { 1 - bias }
    var emax: Int { bias }
    var fracMask: UInt64 { (1 << UInt64(fracBits)) - 1 }
    var signBit: UInt64 { 1 << UInt64(expBits + fracBits) }
    var infinity: UInt64 { ((1 << UInt64(expBits)) - 1) << UInt64(fracBits) }
    var maxFinite: UInt64 { infinity - 1 }
    var quietBit: UInt64 { 1 << UInt64(fracBits - 1) }

    func isNaN(_ x: UInt64) -> Bool { x & ~signBit > infinity }
    func isSignalingNaN(_ x: UInt64) -> Bool { isNaN(x) && x & quietBit == 0 }
    func isInfinite(_ x: UInt64) -> Bool { x & ~signBit == infinity }
    func isZero(_ x: UInt64) -> Bool { x & ~signBit == 0 }
    func isNegative(_ x: UInt64) -> Bool { x & signBit != 0 }
    func zero(negative: Bool) -> UInt64 { negative ? signBit : 0 }
    func infinity(negative: Bool) -> UInt64 { infinity | (negative ? signBit : 0) }
}

/// RISC-V rounding modes (frm encoding).
enum RoundingMode {
    static let rne: UInt32 = 0, rtz: UInt32 = 1, rdn: UInt32 = 2, rup: UInt32 = 3, rmm: UInt32 = 4
}

/// A finite non-zero value: (-1)^negative × sig × 2^exp.
struct Unpacked {
    var negative: Bool
    var exp: Int
    var sig: UInt128
}
