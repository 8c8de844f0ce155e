import XrunCore

/// What the FP ops need to know about a format, so each semantic is written once
/// and instantiated for S (Float) and D (Double).
protocol RVFloat: BinaryFloatingPoint {
    static var format: SoftFormat { get }
    /// Bit pattern widened to 64 bits (binary32 in the low half).
    var rvBits: UInt64 { get }
    init(rvBits: UInt64)
    /// Operand read: for S, a value that is not properly NaN-boxed reads as the
    /// canonical NaN (spec 13.2 "NaN Boxing of Narrower Values").
    static func read(_ cpu: UnsafeMutableRawPointer, _ r: UInt8) -> Self
    /// Result write (S results are NaN-boxed).
    static func write(_ cpu: UnsafeMutableRawPointer, _ r: UInt8, _ v: Self)
}

extension RVFloat {
    @inline(__always) static func readBits(_ cpu: UnsafeMutableRawPointer, _ r: UInt8) -> UInt64 {
        read(cpu, r).rvBits
    }
    @inline(__always) static func writeBits(_ cpu: UnsafeMutableRawPointer, _ r: UInt8, _ bits: UInt64) {
        write(cpu, r, Self(rvBits: bits))
    }
    /// Operands the host fast path takes: zero or normal (no subnormal, ∞ or NaN).
    @inline(__always) var isZeroOrNormal: Bool { isNormal || isZero }
    /// A result the host computed in round-to-nearest-even that needs no flag work
    /// beyond NX: finite and above the smallest normal (at 2^emin exactly, the
    /// unbounded-exponent rounding may still have been tiny).
    @inline(__always) var isSafelyNormal: Bool { isFinite && magnitude > Self.leastNormalMagnitude }
}

extension Float: RVFloat {
    static var format: SoftFormat { .single }
    @inline(__always) var rvBits: UInt64 { UInt64(bitPattern) }
    @inline(__always) init(rvBits: UInt64) { self.init(bitPattern: UInt32(truncatingIfNeeded: rvBits)) }
    @inline(__always) static func read(_ cpu: UnsafeMutableRawPointer, _ r: UInt8) -> Float {
        let v = cpu.freg[Int(r)]
        return v >> 32 == 0xffff_ffff ? Float(bitPattern: UInt32(truncatingIfNeeded: v)) : Float(bitPattern: 0x7fc0_0000)
    }
    @inline(__always) static func write(_ cpu: UnsafeMutableRawPointer, _ r: UInt8, _ v: Float) {
        cpu.freg[Int(r)] = 0xffff_ffff_0000_0000 | UInt64(v.bitPattern)
    }
}

extension Double: RVFloat {
    static var format: SoftFormat { .double }
    @inline(__always) var rvBits: UInt64 { bitPattern }
    @inline(__always) init(rvBits: UInt64) { self.init(bitPattern: rvBits) }
    @inline(__always) static func read(_ cpu: UnsafeMutableRawPointer, _ r: UInt8) -> Double {
        Double(bitPattern: cpu.freg[Int(r)])
    }
    @inline(__always) static func write(_ cpu: UnsafeMutableRawPointer, _ r: UInt8, _ v: Double) {
        cpu.freg[Int(r)] = v.bitPattern
    }
}

/// Rounding-mode operand of FP ops: op field `d` holds the instruction's rm (0–4),
/// or 7 for DYN (read frm at run time; 5–7 there is SIGILL). Reserved static values
/// 5 and 6 are refused at decode time.
enum FPRounding {
    static let dynamic: UInt8 = 7

    /// Decode-time check of an rm field; nil for the reserved encodings 101 and 110.
    static func field(_ rm: UInt32) -> UInt8? {
        rm == 5 || rm == 6 ? nil : UInt8(rm)
    }

    @inline(__always)
    static func resolve(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) -> UInt32 {
        let rm = UInt32(op.pointee.d)
        if rm != 7 { return rm }
        let dyn = cpu.frm
        if _slowPath(dyn > 4) { RV64Decoder.illegalAtRunTime(cpu, op) }
        return dyn
    }
}
