import XrunCore

/// C4.1.x "Cryptographic three-register SHA" (0101 1110 size 0 Rm 0 opcode 00 Rn Rd)
/// and "Cryptographic two-register SHA" (0101 1110 size 10100 opcode 10 Rn Rd):
/// FEAT_SHA1 and FEAT_SHA256. size != 00 and unlisted opcodes are UNALLOCATED.
extension A64Decoder {
    static func decodeCryptoThreeRegSHA(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard insn & 0xFFE0_8C00 == 0x5E00_0000 else { return .undefined }
        let fn: OpDef
        switch insn >> 12 & 7 {
        case 0: fn = SHA1Ops.sha1c
        case 1: fn = SHA1Ops.sha1p
        case 2: fn = SHA1Ops.sha1m
        case 3: fn = SHA1Ops.sha1su0
        case 4: fn = CryptoHost.sha ? SHA256Ops.sha256hHost : SHA256Ops.sha256h
        case 5: fn = CryptoHost.sha ? SHA256Ops.sha256h2Host : SHA256Ops.sha256h2
        case 6: fn = CryptoHost.sha ? SHA256Ops.sha256su1Host : SHA256Ops.sha256su1
        default: return .undefined
        }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    static func decodeCryptoTwoRegSHA(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard insn & 0xFFFE_0C00 == 0x5E28_0800 else { return .undefined }
        let fn: OpDef
        switch insn >> 12 & 0x1F {
        case 0: fn = SHA1Ops.sha1h
        case 1: fn = SHA1Ops.sha1su1
        case 2: fn = CryptoHost.sha ? SHA256Ops.sha256su0Host : SHA256Ops.sha256su0
        default: return .undefined
        }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }
}

/// 32-bit lanes of a vector register.
typealias U32x4 = SIMD4<UInt32>

extension UnsafeMutableRawPointer {
    @inline(__always) func v32(_ n: UInt8) -> U32x4 { v(n).loadUnaligned(as: U32x4.self) }
    @inline(__always) func v32Write(_ d: UInt8, _ x: U32x4) { v(d).storeBytes(of: x, as: U32x4.self) }
}

@inline(__always) func rol32(_ x: UInt32, _ n: UInt32) -> UInt32 { x &<< n | x &>> (32 &- n) }
@inline(__always) func ror32(_ x: UInt32, _ n: UInt32) -> UInt32 { x &>> n | x &<< (32 &- n) }
@inline(__always) func ror64(_ x: UInt64, _ n: UInt64) -> UInt64 { x &>> n | x &<< (64 &- n) }

/// The SHA boolean functions as the Arm ARM's pseudocode names them (SHAchoose,
/// SHAparity, SHAmajority); generic so SHA-512 shares them.
enum SHAFn {
    @inline(__always) static func choose<T: FixedWidthInteger>(_ x: T, _ y: T, _ z: T) -> T { ((y ^ z) & x) ^ z }
    @inline(__always) static func parity<T: FixedWidthInteger>(_ x: T, _ y: T, _ z: T) -> T { x ^ y ^ z }
    @inline(__always) static func majority<T: FixedWidthInteger>(_ x: T, _ y: T, _ z: T) -> T { (x & y) | ((x | y) & z) }
}
