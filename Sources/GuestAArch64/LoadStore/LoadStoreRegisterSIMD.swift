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

    static let strBOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 1), .offset)) { c, o in LSAddress.run(c, o, .offset, strB) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 1), .pre)) { c, o in LSAddress.run(c, o, .pre, strB) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 1), .post)) { c, o in LSAddress.run(c, o, .post, strB) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 1), .regX)) { c, o in LSAddress.run(c, o, .regX, strB) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 1), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strB) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 1), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strB) },
    ]
    static let ldrBOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 1), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrB) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 1), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrB) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 1), .post)) { c, o in LSAddress.run(c, o, .post, ldrB) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 1), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrB) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 1), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrB) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 1), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrB) },
    ]
    static let strHOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 2), .offset)) { c, o in LSAddress.run(c, o, .offset, strH) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 2), .pre)) { c, o in LSAddress.run(c, o, .pre, strH) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 2), .post)) { c, o in LSAddress.run(c, o, .post, strH) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 2), .regX)) { c, o in LSAddress.run(c, o, .regX, strH) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 2), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strH) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 2), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strH) },
    ]
    static let ldrHOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 2), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrH) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 2), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrH) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 2), .post)) { c, o in LSAddress.run(c, o, .post, ldrH) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 2), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrH) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 2), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrH) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 2), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrH) },
    ]
    static let strSOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 4), .offset)) { c, o in LSAddress.run(c, o, .offset, strS) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 4), .pre)) { c, o in LSAddress.run(c, o, .pre, strS) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 4), .post)) { c, o in LSAddress.run(c, o, .post, strS) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 4), .regX)) { c, o in LSAddress.run(c, o, .regX, strS) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 4), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strS) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 4), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strS) },
    ]
    static let ldrSOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 4), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrS) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 4), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrS) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 4), .post)) { c, o in LSAddress.run(c, o, .post, ldrS) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 4), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrS) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 4), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrS) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 4), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrS) },
    ]
    static let strDOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 8), .offset)) { c, o in LSAddress.run(c, o, .offset, strD) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 8), .pre)) { c, o in LSAddress.run(c, o, .pre, strD) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 8), .post)) { c, o in LSAddress.run(c, o, .post, strD) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 8), .regX)) { c, o in LSAddress.run(c, o, .regX, strD) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 8), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strD) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 8), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strD) },
    ]
    static let ldrDOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 8), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrD) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 8), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrD) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 8), .post)) { c, o in LSAddress.run(c, o, .post, ldrD) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 8), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrD) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 8), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrD) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 8), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrD) },
    ]
    static let strQOps: [OpDef] = [
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 16), .offset)) { c, o in LSAddress.run(c, o, .offset, strQ) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 16), .pre)) { c, o in LSAddress.run(c, o, .pre, strQ) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 16), .post)) { c, o in LSAddress.run(c, o, .post, strQ) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 16), .regX)) { c, o in LSAddress.run(c, o, .regX, strQ) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 16), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, strQ) },
        OpDef("str", native: NativeLoadStore.single(.storeVector(size: 16), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, strQ) },
    ]
    static let ldrQOps: [OpDef] = [
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 16), .offset)) { c, o in LSAddress.run(c, o, .offset, ldrQ) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 16), .pre)) { c, o in LSAddress.run(c, o, .pre, ldrQ) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 16), .post)) { c, o in LSAddress.run(c, o, .post, ldrQ) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 16), .regX)) { c, o in LSAddress.run(c, o, .regX, ldrQ) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 16), .regUXTW)) { c, o in LSAddress.run(c, o, .regUXTW, ldrQ) },
        OpDef("ldr", native: NativeLoadStore.single(.loadVector(size: 16), .regSXTW)) { c, o in LSAddress.run(c, o, .regSXTW, ldrQ) },
    ]
}
