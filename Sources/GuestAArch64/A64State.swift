import XrunCore

/// Layout of the AArch64 register file after the engine's `CPUHeader` (offsets from
/// the CPU pointer). Ops address it with these constants; nothing is looked up.
///
/// General registers: index 0...30 are X0–X30, 31 is SP. The decoder maps register
/// field 31 to `A64Reg.zr` (reads as zero) or `A64Reg.discard` (writes vanish) when
/// the encoding means XZR, so ops never test for register 31.
public enum A64Layout {
    public static let x = CPUHeader.size            // 34 × UInt64
    public static let nzcv = x + 34 * 8              // UInt64, PSTATE bits N31 Z30 C29 V28
    public static let fpcr = nzcv + 8                // UInt32
    public static let fpsr = fpcr + 4                // UInt32
    public static let tpidr = fpsr + 4               // TPIDR_EL0
    public static let exclusiveAddr = tpidr + 8      // exclusive monitor: address (~0: none)
    public static let exclusiveValue = exclusiveAddr + 8
    public static let exclusiveValue2 = exclusiveValue + 8
    public static let exclusiveSize = exclusiveValue2 + 8
    public static let v = 400                        // 32 × 16 bytes, 16-byte aligned
    public static let scratch = v + 32 * 16          // 112 bytes of op scratch space
    /// Lazy NZCV (`A64LazyNZCV`): what the last flag-setting native code computed,
    /// kept as its kind and operands; kind 0 means `nzcv` itself is current.
    public static let lazyKind = 1024
    public static let lazyA = lazyKind + 8
    public static let lazyB = lazyA + 8
    public static let end = lazyB + 8
    public static var stateSize: Int { end - CPUHeader.size }
}

public enum A64Reg {
    public static let sp: UInt8 = 31
    public static let zr: UInt8 = 32
    public static let discard: UInt8 = 33
    /// Register field used as a source where 31 means XZR.
    @inline(__always) public static func src(_ r: UInt32) -> UInt8 { r == 31 ? zr : UInt8(r) }
    /// Register field used as a destination where 31 means XZR.
    @inline(__always) public static func dst(_ r: UInt32) -> UInt8 { r == 31 ? discard : UInt8(r) }
    /// Register field where 31 means SP.
    @inline(__always) public static func spOr(_ r: UInt32) -> UInt8 { UInt8(r) }
}

extension UnsafeMutableRawPointer {
    /// X0–X30, SP, zero, discard.
    @inline(__always) public var x: UnsafeMutablePointer<UInt64> {
        (self + A64Layout.x).assumingMemoryBound(to: UInt64.self)
    }
    /// NZCV in PSTATE layout. Reading it computes flags the native tier left lazy.
    @inline(__always) public var nzcv: UInt64 {
        get {
            if _slowPath(load(fromByteOffset: A64Layout.lazyKind, as: UInt64.self) != 0) {
                return A64LazyNZCV.materialize(self)
            }
            return load(fromByteOffset: A64Layout.nzcv, as: UInt64.self)
        }
        nonmutating set {
            storeBytes(of: newValue, toByteOffset: A64Layout.nzcv, as: UInt64.self)
            storeBytes(of: 0, toByteOffset: A64Layout.lazyKind, as: UInt64.self)
        }
    }
    @inline(__always) public var fpcr: UInt32 {
        get { load(fromByteOffset: A64Layout.fpcr, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.fpcr, as: UInt32.self) }
    }
    @inline(__always) public var fpsr: UInt32 {
        get { load(fromByteOffset: A64Layout.fpsr, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.fpsr, as: UInt32.self) }
    }
    @inline(__always) public var tpidr: UInt64 {
        get { load(fromByteOffset: A64Layout.tpidr, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.tpidr, as: UInt64.self) }
    }
    /// Vector register Vn as 16 raw bytes (little-endian lanes).
    @inline(__always) public func v(_ n: UInt8) -> UnsafeMutableRawPointer {
        self + A64Layout.v + Int(n) &* 16
    }
}
