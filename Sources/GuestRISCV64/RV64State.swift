import XrunCore

/// Layout of the RV64GC register file after the engine's `CPUHeader` (offsets from
/// the CPU pointer). Ops address it with these constants; nothing is looked up.
///
/// Integer registers: index 0...31 are x0–x31; index 32 swallows writes. The decoder
/// maps a destination field of 0 to `RVReg.discard`, so x0 (index 0) is never written
/// and always reads zero: ops never test for it.
///
/// FP registers f0–f31 are 64 bits each. A single-precision value is NaN-boxed (upper
/// 32 bits all ones, RISC-V unprivileged spec 13.2 "NaN Boxing of Narrower Values").
public enum RV64Layout {
    public static let x = CPUHeader.size              // 33 × UInt64
    public static let f = x + 33 * 8                  // 32 × UInt64
    /// fcsr is kept as two fields: accrued exception flags (fcsr[4:0]) ...
    public static let fflags = f + 32 * 8             // UInt32
    /// ... and the dynamic rounding mode (fcsr[7:5]); values 5–7 are stored as written
    /// (an FP instruction using the dynamic mode then raises SIGILL).
    public static let frm = fflags + 4                // UInt32
    /// LR/SC reservation: address (`noReservation` when none), the value LR read and
    /// its size in bytes. SC succeeds iff address and size match and a host
    /// compare-and-swap from the remembered value succeeds.
    public static let resAddr = frm + 4               // UInt64
    public static let resValue = resAddr + 8          // UInt64
    public static let resSize = resValue + 8          // UInt64
    /// Op scratch space.
    public static let scratch = resSize + 8           // 64 bytes
    public static let end = scratch + 64
    public static var stateSize: Int { end - CPUHeader.size }

    public static let noReservation = UInt64.max
}

/// Register-field mapping, done at decode time.
public enum RVReg {
    public static let zero: UInt8 = 0
    public static let ra: UInt8 = 1
    public static let sp: UInt8 = 2
    public static let tp: UInt8 = 4
    public static let a0: UInt8 = 10
    public static let a7: UInt8 = 17
    /// Destination slot for rd = x0: writes vanish.
    public static let discard: UInt8 = 32

    /// Source register field (x0 reads as zero from slot 0).
    @inline(__always) public static func src(_ r: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: r & 31) }
    /// Destination register field: x0 becomes the discard slot.
    @inline(__always) public static func dst(_ r: UInt32) -> UInt8 {
        let v = UInt8(truncatingIfNeeded: r & 31)
        return v == 0 ? discard : v
    }
    /// FP register field.
    @inline(__always) public static func fp(_ r: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: r & 31) }
}

/// fflags bits (spec 13.2, "Floating-Point Control and Status Register").
public enum RVFlags {
    public static let NX: UInt32 = 1 << 0  // inexact
    public static let UF: UInt32 = 1 << 1  // underflow
    public static let OF: UInt32 = 1 << 2  // overflow
    public static let DZ: UInt32 = 1 << 3  // divide by zero
    public static let NV: UInt32 = 1 << 4  // invalid operation
}

extension UnsafeMutableRawPointer {
    /// x0–x31 and the discard slot.
    @inline(__always) public var xreg: UnsafeMutablePointer<UInt64> {
        (self + RV64Layout.x).assumingMemoryBound(to: UInt64.self)
    }
    /// f0–f31, raw 64-bit contents.
    @inline(__always) public var freg: UnsafeMutablePointer<UInt64> {
        (self + RV64Layout.f).assumingMemoryBound(to: UInt64.self)
    }
    @inline(__always) public var fflags: UInt32 {
        get { load(fromByteOffset: RV64Layout.fflags, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: RV64Layout.fflags, as: UInt32.self) }
    }
    @inline(__always) public var frm: UInt32 {
        get { load(fromByteOffset: RV64Layout.frm, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: RV64Layout.frm, as: UInt32.self) }
    }
    @inline(__always) public var reservationAddress: UInt64 {
        get { load(fromByteOffset: RV64Layout.resAddr, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: RV64Layout.resAddr, as: UInt64.self) }
    }
    @inline(__always) public var reservationValue: UInt64 {
        get { load(fromByteOffset: RV64Layout.resValue, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: RV64Layout.resValue, as: UInt64.self) }
    }
    @inline(__always) public var reservationSize: UInt64 {
        get { load(fromByteOffset: RV64Layout.resSize, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: RV64Layout.resSize, as: UInt64.self) }
    }
    /// Drops any LR reservation (SC, traps, signal delivery: the kernel clears it on
    /// every return to user mode).
    @inline(__always) public func clearReservation() {
        reservationAddress = RV64Layout.noReservation
    }
}
