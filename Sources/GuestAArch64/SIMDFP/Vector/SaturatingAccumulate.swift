import XrunCore

/// SUQADD and USQADD (C7.2), vector and scalar: "two-register miscellaneous" opcode
/// 00011, U selecting the form. The Vd lane is both an operand and the destination:
/// SUQADD: Vd = SignedSat(SInt(Vd) + UInt(Vn)); USQADD: Vd = UnsignedSat(UInt(Vd) +
/// SInt(Vn)); saturation sets FPSR.QC. Tables are referenced from `VMiscOps.int`
/// (size * 2 + Q) and `VScalarOps.misc` (size).
extension K {
    /// The exact sum lies in [Smin, Smax + 2^w - 1]: it can only overflow upwards, when
    /// n > Smax - SInt(d) (a value in [0, 2^w - 1], so `T(s: .max) &- d` is exact).
    @inline(__always) static func suqadd<T: VLane>(_ d: T, _ n: T, _ q: inout Bool) -> T {
        if n > T(s: T.Signed.max) &- d { q = true; return T(s: T.Signed.max) }
        return d &+ n
    }
    /// Non-negative n overflows past UInt max; negative n underflows below 0.
    @inline(__always) static func usqadd<T: VLane>(_ d: T, _ n: T, _ q: inout Bool) -> T {
        if n.s >= 0 {
            let (r, o) = d.addingReportingOverflow(n)
            if o { q = true; return T.max }
            return r
        }
        if 0 &- n > d { q = true; return 0 }
        return d &+ n
    }
}

extension VL {
    /// d = f(d, n) with saturation (SUQADD/USQADD).
    @inline(__always)
    static func accQ<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T, inout Bool) -> T) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), w = MemoryLayout<T>.size
        var sat = false
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(d.loadUnaligned(fromByteOffset: i, as: T.self), n.loadUnaligned(fromByteOffset: i, as: T.self), &sat),
                             toByteOffset: i, as: T.self)
            }
        })
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
}

enum VSatAccOps {
    static let suqadd: [OpDef?] = [
        OpDef("suqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt8, n: UInt8, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt8, n: UInt8, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt16, n: UInt16, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt16, n: UInt16, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt32, n: UInt32, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt32, n: UInt32, q: inout Bool) in K.suqadd(d, n, &q) } },
        nil,
        OpDef("suqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt64, n: UInt64, q: inout Bool) in K.suqadd(d, n, &q) } },
    ]
    static let usqadd: [OpDef?] = [
        OpDef("usqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt8, n: UInt8, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt8, n: UInt8, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt16, n: UInt16, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt16, n: UInt16, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt32, n: UInt32, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt32, n: UInt32, q: inout Bool) in K.usqadd(d, n, &q) } },
        nil,
        OpDef("usqadd") { c, o in VL.accQ(c, o, 16) { (d: UInt64, n: UInt64, q: inout Bool) in K.usqadd(d, n, &q) } },
    ]
    /// Scalar forms (Bd, Hd, Sd, Dd): one element, the rest of Vd zeroed.
    static let suqaddScalar: [OpDef?] = [
        OpDef("suqadd") { c, o in VL.accQ(c, o, 1) { (d: UInt8, n: UInt8, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 2) { (d: UInt16, n: UInt16, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 4) { (d: UInt32, n: UInt32, q: inout Bool) in K.suqadd(d, n, &q) } },
        OpDef("suqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt64, n: UInt64, q: inout Bool) in K.suqadd(d, n, &q) } },
    ]
    static let usqaddScalar: [OpDef?] = [
        OpDef("usqadd") { c, o in VL.accQ(c, o, 1) { (d: UInt8, n: UInt8, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 2) { (d: UInt16, n: UInt16, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 4) { (d: UInt32, n: UInt32, q: inout Bool) in K.usqadd(d, n, &q) } },
        OpDef("usqadd") { c, o in VL.accQ(c, o, 8) { (d: UInt64, n: UInt64, q: inout Bool) in K.usqadd(d, n, &q) } },
    ]
}
