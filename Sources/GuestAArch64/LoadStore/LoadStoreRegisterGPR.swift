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

    static let strbOps: [OpDef] = [
        OpDef("strb", native: NativeLoadStore.single(.store(size: 1), .offset)) { c, o in LSAddress.run(c, o, .offset, strb) },
        OpDef("strb", native: NativeLoadStore.single(.store(size: 1), .pre)) { c, o in LSAddress.run(c, o, .pre, strb) },
        OpDef("strb", native: NativeLoadStore.single(.store(size: 1), .post)) { c, o in LSAddress.run(c, o, .post, strb) },
        OpDef("strb", native: NativeLoadStore.single(.store(size: 1), .regX)) { c, o in LSAddress.run(c, o, .regX, strb) },
        OpDef("strb", native: NativeLoadStore.single(.store(size: 1), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strb) },
        OpDef("strb", native: NativeLoadStore.single(.store(size: 1), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strb) },
    ]
    static let ldrbOps: [OpDef] = [
        OpDef("ldrb", native: NativeLoadStore.single(.load(size: 1, signed: false, w: false), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrb) },
        OpDef("ldrb", native: NativeLoadStore.single(.load(size: 1, signed: false, w: false), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrb) },
        OpDef("ldrb", native: NativeLoadStore.single(.load(size: 1, signed: false, w: false), .post)) { c, o in LSAddress.run(c, o, .post, ldrb) },
        OpDef("ldrb", native: NativeLoadStore.single(.load(size: 1, signed: false, w: false), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrb) },
        OpDef("ldrb", native: NativeLoadStore.single(.load(size: 1, signed: false, w: false), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrb) },
        OpDef("ldrb", native: NativeLoadStore.single(.load(size: 1, signed: false, w: false), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrb) },
    ]
    static let ldrsbXOps: [OpDef] = [
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: true), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrsbX) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: true), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrsbX) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: true), .post)) { c, o in LSAddress.run(c, o, .post, ldrsbX) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: true), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrsbX) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: true), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrsbX) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: true), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrsbX) },
    ]
    static let ldrsbWOps: [OpDef] = [
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: false), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrsbW) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: false), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrsbW) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: false), .post)) { c, o in LSAddress.run(c, o, .post, ldrsbW) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: false), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrsbW) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: false), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrsbW) },
        OpDef("ldrsb", native: NativeLoadStore.single(.load(size: 1, signed: true, w: false), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrsbW) },
    ]
    static let strhOps: [OpDef] = [
        OpDef("strh", native: NativeLoadStore.single(.store(size: 2), .offset)) { c, o in LSAddress.run(c, o, .offset, strh) },
        OpDef("strh", native: NativeLoadStore.single(.store(size: 2), .pre)) { c, o in LSAddress.run(c, o, .pre, strh) },
        OpDef("strh", native: NativeLoadStore.single(.store(size: 2), .post)) { c, o in LSAddress.run(c, o, .post, strh) },
        OpDef("strh", native: NativeLoadStore.single(.store(size: 2), .regX)) { c, o in LSAddress.run(c, o, .regX, strh) },
        OpDef("strh", native: NativeLoadStore.single(.store(size: 2), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strh) },
        OpDef("strh", native: NativeLoadStore.single(.store(size: 2), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strh) },
    ]
    static let ldrhOps: [OpDef] = [
        OpDef("ldrh", native: NativeLoadStore.single(.load(size: 2, signed: false, w: false), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrh) },
        OpDef("ldrh", native: NativeLoadStore.single(.load(size: 2, signed: false, w: false), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrh) },
        OpDef("ldrh", native: NativeLoadStore.single(.load(size: 2, signed: false, w: false), .post)) { c, o in LSAddress.run(c, o, .post, ldrh) },
        OpDef("ldrh", native: NativeLoadStore.single(.load(size: 2, signed: false, w: false), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrh) },
        OpDef("ldrh", native: NativeLoadStore.single(.load(size: 2, signed: false, w: false), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrh) },
        OpDef("ldrh", native: NativeLoadStore.single(.load(size: 2, signed: false, w: false), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrh) },
    ]
    static let ldrshXOps: [OpDef] = [
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: true), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrshX) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: true), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrshX) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: true), .post)) { c, o in LSAddress.run(c, o, .post, ldrshX) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: true), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrshX) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: true), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrshX) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: true), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrshX) },
    ]
    static let ldrshWOps: [OpDef] = [
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: false), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrshW) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: false), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrshW) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: false), .post)) { c, o in LSAddress.run(c, o, .post, ldrshW) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: false), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrshW) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: false), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrshW) },
        OpDef("ldrsh", native: NativeLoadStore.single(.load(size: 2, signed: true, w: false), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrshW) },
    ]
    static let strWOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.store(size: 4), .offset)) { c, o in LSAddress.run(c, o, .offset, strW) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 4), .pre)) { c, o in LSAddress.run(c, o, .pre, strW) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 4), .post)) { c, o in LSAddress.run(c, o, .post, strW) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 4), .regX)) { c, o in LSAddress.run(c, o, .regX, strW) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 4), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strW) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 4), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strW) },
    ]
    static let ldrWOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 4, signed: false, w: false), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrW) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 4, signed: false, w: false), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrW) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 4, signed: false, w: false), .post)) { c, o in LSAddress.run(c, o, .post, ldrW) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 4, signed: false, w: false), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrW) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 4, signed: false, w: false), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrW) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 4, signed: false, w: false), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrW) },
    ]
    static let ldrswOps: [OpDef] = [
        OpDef("ldrsw", native: NativeLoadStore.single(.load(size: 4, signed: true, w: true), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrsw) },
        OpDef("ldrsw", native: NativeLoadStore.single(.load(size: 4, signed: true, w: true), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrsw) },
        OpDef("ldrsw", native: NativeLoadStore.single(.load(size: 4, signed: true, w: true), .post)) { c, o in LSAddress.run(c, o, .post, ldrsw) },
        OpDef("ldrsw", native: NativeLoadStore.single(.load(size: 4, signed: true, w: true), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrsw) },
        OpDef("ldrsw", native: NativeLoadStore.single(.load(size: 4, signed: true, w: true), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrsw) },
        OpDef("ldrsw", native: NativeLoadStore.single(.load(size: 4, signed: true, w: true), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrsw) },
    ]
    static let strXOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.store(size: 8), .offset)) { c, o in LSAddress.run(c, o, .offset, strX) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 8), .pre)) { c, o in LSAddress.run(c, o, .pre, strX) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 8), .post)) { c, o in LSAddress.run(c, o, .post, strX) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 8), .regX)) { c, o in LSAddress.run(c, o, .regX, strX) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 8), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strX) },
        OpDef("str", native: NativeLoadStore.single(.store(size: 8), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strX) },
    ]
    static let ldrXOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 8, signed: false, w: true), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrX) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 8, signed: false, w: true), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrX) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 8, signed: false, w: true), .post)) { c, o in LSAddress.run(c, o, .post, ldrX) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 8, signed: false, w: true), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrX) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 8, signed: false, w: true), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrX) },
        OpDef("ldr", native: NativeLoadStore.single(.load(size: 8, signed: false, w: true), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrX) },
    ]
}
