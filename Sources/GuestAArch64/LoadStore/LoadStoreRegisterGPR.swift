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

    static let strbOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, strb) },
        { c, o in LSAddress.run(c, o, .pre, strb) },
        { c, o in LSAddress.run(c, o, .post, strb) },
        { c, o in LSAddress.run(c, o, .regX, strb) },
        { c, o in LSAddress.run(c, o, .regUXTW, strb) },
        { c, o in LSAddress.run(c, o, .regSXTW, strb) },
    ]
    static let ldrbOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrb) },
        { c, o in LSAddress.run(c, o, .pre, ldrb) },
        { c, o in LSAddress.run(c, o, .post, ldrb) },
        { c, o in LSAddress.run(c, o, .regX, ldrb) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrb) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrb) },
    ]
    static let ldrsbXOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrsbX) },
        { c, o in LSAddress.run(c, o, .pre, ldrsbX) },
        { c, o in LSAddress.run(c, o, .post, ldrsbX) },
        { c, o in LSAddress.run(c, o, .regX, ldrsbX) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrsbX) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrsbX) },
    ]
    static let ldrsbWOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrsbW) },
        { c, o in LSAddress.run(c, o, .pre, ldrsbW) },
        { c, o in LSAddress.run(c, o, .post, ldrsbW) },
        { c, o in LSAddress.run(c, o, .regX, ldrsbW) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrsbW) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrsbW) },
    ]
    static let strhOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, strh) },
        { c, o in LSAddress.run(c, o, .pre, strh) },
        { c, o in LSAddress.run(c, o, .post, strh) },
        { c, o in LSAddress.run(c, o, .regX, strh) },
        { c, o in LSAddress.run(c, o, .regUXTW, strh) },
        { c, o in LSAddress.run(c, o, .regSXTW, strh) },
    ]
    static let ldrhOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrh) },
        { c, o in LSAddress.run(c, o, .pre, ldrh) },
        { c, o in LSAddress.run(c, o, .post, ldrh) },
        { c, o in LSAddress.run(c, o, .regX, ldrh) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrh) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrh) },
    ]
    static let ldrshXOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrshX) },
        { c, o in LSAddress.run(c, o, .pre, ldrshX) },
        { c, o in LSAddress.run(c, o, .post, ldrshX) },
        { c, o in LSAddress.run(c, o, .regX, ldrshX) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrshX) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrshX) },
    ]
    static let ldrshWOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrshW) },
        { c, o in LSAddress.run(c, o, .pre, ldrshW) },
        { c, o in LSAddress.run(c, o, .post, ldrshW) },
        { c, o in LSAddress.run(c, o, .regX, ldrshW) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrshW) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrshW) },
    ]
    static let strWOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, strW) },
        { c, o in LSAddress.run(c, o, .pre, strW) },
        { c, o in LSAddress.run(c, o, .post, strW) },
        { c, o in LSAddress.run(c, o, .regX, strW) },
        { c, o in LSAddress.run(c, o, .regUXTW, strW) },
        { c, o in LSAddress.run(c, o, .regSXTW, strW) },
    ]
    static let ldrWOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrW) },
        { c, o in LSAddress.run(c, o, .pre, ldrW) },
        { c, o in LSAddress.run(c, o, .post, ldrW) },
        { c, o in LSAddress.run(c, o, .regX, ldrW) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrW) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrW) },
    ]
    static let ldrswOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrsw) },
        { c, o in LSAddress.run(c, o, .pre, ldrsw) },
        { c, o in LSAddress.run(c, o, .post, ldrsw) },
        { c, o in LSAddress.run(c, o, .regX, ldrsw) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrsw) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrsw) },
    ]
    static let strXOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, strX) },
        { c, o in LSAddress.run(c, o, .pre, strX) },
        { c, o in LSAddress.run(c, o, .post, strX) },
        { c, o in LSAddress.run(c, o, .regX, strX) },
        { c, o in LSAddress.run(c, o, .regUXTW, strX) },
        { c, o in LSAddress.run(c, o, .regSXTW, strX) },
    ]
    static let ldrXOps: [OpFn] = [
        { c, o in LSAddress.run(c, o, .offset, ldrX) },
        { c, o in LSAddress.run(c, o, .pre, ldrX) },
        { c, o in LSAddress.run(c, o, .post, ldrX) },
        { c, o in LSAddress.run(c, o, .regX, ldrX) },
        { c, o in LSAddress.run(c, o, .regUXTW, ldrX) },
        { c, o in LSAddress.run(c, o, .regSXTW, ldrX) },
    ]
}
