import XrunCore

/// Single SIMD&FP register loads and stores (LDR/STR/LDUR/STUR of Bt/Ht/St/Dt/Qt,
/// C7.2 "LDR (immediate, SIMD&FP)" etc.), bodies for `LSAddress.run` and their tables
/// in `LSMode` order offset, pre, post, regX, regUXTW, regSXTW.
///
/// A load of a B/H/S/D register writes the whole 128-bit Vt, zeroing the bytes above
/// the loaded value (a scalar SIMD&FP register write clears the rest of the vector register).
/// Op fields: a = Vt, b = Rn (31 = SP), imm = offset, c = Rm, d = index shift.
enum LSSingleSIMD {
    /// Writes a scalar value (already zero-extended to 64 bits) into Vt and clears the rest.
    @inline(__always)
    static func setScalar(_ cpu: UnsafeMutableRawPointer, _ t: UInt8, _ value: UInt64) {
        let v = cpu.v(t)
        v.storeBytes(of: value, as: UInt64.self)
        v.storeBytes(of: 0 as UInt64, toByteOffset: 8, as: UInt64.self)
    }

    @inline(__always)
    static func strB(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: cpu.v(op.pointee.a).load(as: UInt8.self), as: UInt8.self)
    }
    @inline(__always)
    static func ldrB(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        setScalar(cpu, op.pointee.a, UInt64(cpu.host(addr).load(as: UInt8.self)))
    }
    @inline(__always)
    static func strH(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: cpu.v(op.pointee.a).load(as: UInt16.self), as: UInt16.self)
    }
    @inline(__always)
    static func ldrH(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        setScalar(cpu, op.pointee.a, UInt64(cpu.host(addr).loadUnaligned(as: UInt16.self)))
    }
    @inline(__always)
    static func strS(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: cpu.v(op.pointee.a).load(as: UInt32.self), as: UInt32.self)
    }
    @inline(__always)
    static func ldrS(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        setScalar(cpu, op.pointee.a, UInt64(cpu.host(addr).loadUnaligned(as: UInt32.self)))
    }
    @inline(__always)
    static func strD(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: cpu.v(op.pointee.a).load(as: UInt64.self), as: UInt64.self)
    }
    @inline(__always)
    static func ldrD(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        setScalar(cpu, op.pointee.a, cpu.host(addr).loadUnaligned(as: UInt64.self))
    }
    @inline(__always)
    static func strQ(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let v = cpu.v(op.pointee.a)
        let p = cpu.host(addr)
        p.storeBytes(of: v.load(as: UInt64.self), as: UInt64.self)
        p.storeBytes(of: v.load(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
    }
    @inline(__always)
    static func ldrQ(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let lo = p.loadUnaligned(as: UInt64.self)
        let hi = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let v = cpu.v(op.pointee.a)
        v.storeBytes(of: lo, as: UInt64.self)
        v.storeBytes(of: hi, toByteOffset: 8, as: UInt64.self)
    }

}
