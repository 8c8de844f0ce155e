/// The two IEEE formats A64 arithmetic runs on (binary32, binary64), with the bit
/// level access the Arm ARM pseudocode needs (NaN kinds, default NaN, sign).
/// Half precision only appears in conversions (FPConvert.swift), so it is not here.
public protocol A64Float: BinaryFloatingPoint, Sendable {
    associatedtype Bits: FixedWidthInteger & UnsignedInteger & Sendable
    var bits: Bits { get }
    init(bits: Bits)
    /// Arm's default NaN (FPDefaultNaN, A1.4.3): positive, quiet, zero payload.
    /// x86 produces the negative one, so generated NaNs are always rewritten.
    static var defaultNaNBits: Bits { get }
    /// The most significant fraction bit: set in a quiet NaN.
    static var quietBit: Bits { get }
    static var signBit: Bits { get }
    /// Width in bytes.
    static var byteWidth: Int { get }
}

extension Float: A64Float {
    @inline(__always) public var bits: UInt32 { bitPattern }
    @inline(__always) public init(bits: UInt32) { self.init(bitPattern: bits) }
    public static var defaultNaNBits: UInt32 { 0x7FC0_0000 }
    public static var quietBit: UInt32 { 0x0040_0000 }
    public static var signBit: UInt32 { 0x8000_0000 }
    public static var byteWidth: Int { 4 }
}

extension Double: A64Float {
    @inline(__always) public var bits: UInt64 { bitPattern }
    @inline(__always) public init(bits: UInt64) { self.init(bitPattern: bits) }
    public static var defaultNaNBits: UInt64 { 0x7FF8_0000_0000_0000 }
    public static var quietBit: UInt64 { 0x0008_0000_0000_0000 }
    public static var signBit: UInt64 { 0x8000_0000_0000_0000 }
    public static var byteWidth: Int { 8 }
}

extension A64Float {
    @inline(__always) static var defaultNaN: Self { Self(bits: defaultNaNBits) }
    @inline(__always) var isSNaN: Bool { isNaN && bits & Self.quietBit == 0 }
    @inline(__always) var quieted: Self { Self(bits: bits | Self.quietBit) }
    /// FPNeg: flips the sign bit, NaNs included (x86 `-x` does the same: xor).
    @inline(__always) var negated: Self { Self(bits: bits ^ Self.signBit) }
    @inline(__always) var absolute: Self { Self(bits: bits & ~Self.signBit) }
}

/// Scalar FP register access: the value sits in the low bytes of Vn; a scalar write
/// zeroes the rest of the 128-bit register (Arm ARM, V[] with a smaller width).
extension UnsafeMutableRawPointer {
    @inline(__always) func fpRead<F: A64Float>(_ n: UInt8, _: F.Type) -> F {
        F(bits: v(n).loadUnaligned(as: F.Bits.self))
    }
    @inline(__always) func fpWrite<F: A64Float>(_ d: UInt8, _ x: F) {
        v(d).storeBytes(of: SIMD2<UInt64>(UInt64(truncatingIfNeeded: x.bits), 0), as: SIMD2<UInt64>.self)
    }
    /// Writes the low 64 bits of Vd and zeroes the upper half.
    @inline(__always) func vWrite64(_ d: UInt8, _ x: UInt64) {
        v(d).storeBytes(of: SIMD2<UInt64>(x, 0), as: SIMD2<UInt64>.self)
    }
}
