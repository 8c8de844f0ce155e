import XrunCore

/// Single general-register loads and stores (LDR/STR/LDRB/LDRSB/... in every
/// immediate and register-offset form, C6.2 "LDR (immediate)" etc.). One body per
/// access size and extension; `LSAddress.run` supplies the addressing mode, so each
/// table below holds that body specialised for every mode, in `LSMode` order
/// offset, pre, post, regX, regUXTW, regSXTW.
///
/// Op fields: a = Rt (loads: 31 → discard, so the access still happens; stores:
/// 31 → XZR), b = Rn (31 = SP), imm = offset, c = Rm, d = index shift.
enum LSSingleGPR {
    @inline(__always)
    static func strb(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: UInt8(truncatingIfNeeded: cpu.x[Int(op.pointee.a)]), as: UInt8.self)
    }
    @inline(__always)
    static func ldrb(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(cpu.host(addr).load(as: UInt8.self))
    }
    @inline(__always)
    static func ldrsbX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(cpu.host(addr).load(as: Int8.self)))
    }
    /// LDRSB Wt: sign-extend to 32 bits, then the W write zero-extends.
    @inline(__always)
    static func ldrsbW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: Int32(cpu.host(addr).load(as: Int8.self))))
    }
    @inline(__always)
    static func strh(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: UInt16(truncatingIfNeeded: cpu.x[Int(op.pointee.a)]), as: UInt16.self)
    }
    @inline(__always)
    static func ldrh(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(cpu.host(addr).loadUnaligned(as: UInt16.self))
    }
    @inline(__always)
    static func ldrshX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(cpu.host(addr).loadUnaligned(as: Int16.self)))
    }
    @inline(__always)
    static func ldrshW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: Int32(cpu.host(addr).loadUnaligned(as: Int16.self))))
    }
    @inline(__always)
    static func strW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: UInt32(truncatingIfNeeded: cpu.x[Int(op.pointee.a)]), as: UInt32.self)
    }
    @inline(__always)
    static func ldrW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(cpu.host(addr).loadUnaligned(as: UInt32.self))
    }
    @inline(__always)
    static func ldrsw(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(cpu.host(addr).loadUnaligned(as: Int32.self)))
    }
    @inline(__always)
    static func strX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.host(addr).storeBytes(of: cpu.x[Int(op.pointee.a)], as: UInt64.self)
    }
    @inline(__always)
    static func ldrX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = cpu.host(addr).loadUnaligned(as: UInt64.self)
    }
}
