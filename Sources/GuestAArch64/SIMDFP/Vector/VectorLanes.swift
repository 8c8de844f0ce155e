import XrunCore

/// A 128-bit vector register value.
typealias V128 = SIMD2<UInt64>

/// Unsigned lane types with their signed and double-width counterparts. Lanes are
/// held unsigned; signed operations reinterpret them.
protocol VLane: FixedWidthInteger & UnsignedInteger & Sendable {
    associatedtype Signed: FixedWidthInteger & SignedInteger
    associatedtype Wide: FixedWidthInteger & UnsignedInteger
}
extension UInt8: VLane { typealias Signed = Int8; typealias Wide = UInt16 }
extension UInt16: VLane { typealias Signed = Int16; typealias Wide = UInt32 }
extension UInt32: VLane { typealias Signed = Int32; typealias Wide = UInt64 }
extension UInt64: VLane { typealias Signed = Int64; typealias Wide = UInt64 }

extension VLane {
    @inline(__always) var s: Signed { Signed(truncatingIfNeeded: self) }
    @inline(__always) init(s: Signed) { self.init(truncatingIfNeeded: s) }
    @inline(__always) static var signBit: Self { 1 &<< (bitWidth - 1) }
    @inline(__always) static func mask(_ b: Bool) -> Self { b ? Self.max : 0 }
}

extension UnsafeMutableRawPointer {
    @inline(__always) func vRead(_ n: UInt8) -> V128 { v(n).loadUnaligned(as: V128.self) }
    @inline(__always) func vWrite(_ d: UInt8, _ x: V128) { v(d).storeBytes(of: x, as: V128.self) }
    @inline(__always) func lane<T>(_ n: UInt8, _ i: Int, _: T.Type) -> T {
        v(n).loadUnaligned(fromByteOffset: i &* MemoryLayout<T>.size, as: T.self)
    }
}

/// Builds a 128-bit result lane by lane in a local, so Vd may alias the sources; the
/// bytes past `bytes` (the upper half for 64-bit arrangements) stay zero.
@inline(__always)
func vBuild(_ body: (UnsafeMutableRawBufferPointer) -> Void) -> V128 {
    var r = V128(0, 0)
    withUnsafeMutableBytes(of: &r) { body($0) }
    return r
}

/// Lane-wise shapes of the Advanced SIMD ops. Operand fields: a = Vd, b = Vn, c = Vm;
/// `bytes` is 8 or 16 (Q), fixed per op at decode time.
enum VL {
    @inline(__always)
    static func un<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T) -> T) {
        let o = op.pointee, n = cpu.v(o.b), w = MemoryLayout<T>.size
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i, as: T.self)), toByteOffset: i, as: T.self)
            }
        })
    }
    @inline(__always)
    static func bin<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T) -> T) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = MemoryLayout<T>.size
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i, as: T.self), m.loadUnaligned(fromByteOffset: i, as: T.self)),
                             toByteOffset: i, as: T.self)
            }
        })
    }
    /// d = f(d, n, m) (MLA, BSL, SABA, ...).
    @inline(__always)
    static func acc<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T, T) -> T) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), m = cpu.v(o.c), w = MemoryLayout<T>.size
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(d.loadUnaligned(fromByteOffset: i, as: T.self), n.loadUnaligned(fromByteOffset: i, as: T.self),
                                   m.loadUnaligned(fromByteOffset: i, as: T.self)), toByteOffset: i, as: T.self)
            }
        })
    }
    /// Saturating forms: `f` sets its flag on saturation, which sets FPSR.QC.
    @inline(__always)
    static func binQ<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T, inout Bool) -> T) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = MemoryLayout<T>.size
        var sat = false
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i, as: T.self), m.loadUnaligned(fromByteOffset: i, as: T.self), &sat),
                             toByteOffset: i, as: T.self)
            }
        })
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
    @inline(__always)
    static func unQ<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, inout Bool) -> T) {
        let o = op.pointee, n = cpu.v(o.b), w = MemoryLayout<T>.size
        var sat = false
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i, as: T.self), &sat), toByteOffset: i, as: T.self)
            }
        })
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
    /// Pairwise: the result's low half comes from adjacent pairs of Vn, the high half
    /// from pairs of Vm (ADDP, SMAXP, ...; Arm ARM: concatenate Vm:Vn, reduce pairs).
    @inline(__always)
    static func pair<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T) -> T) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = MemoryLayout<T>.size
        let half = bytes / 2
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: half, by: w) {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: 2 * i, as: T.self), n.loadUnaligned(fromByteOffset: 2 * i + w, as: T.self)),
                             toByteOffset: i, as: T.self)
                r.storeBytes(of: f(m.loadUnaligned(fromByteOffset: 2 * i, as: T.self), m.loadUnaligned(fromByteOffset: 2 * i + w, as: T.self)),
                             toByteOffset: half + i, as: T.self)
            }
        })
    }
}

/// Integer lane kernels (Arm ARM C7.2 instruction pseudocode, element by element).
enum K {
    @inline(__always) static func add<T: VLane>(_ a: T, _ b: T) -> T { a &+ b }
    @inline(__always) static func sub<T: VLane>(_ a: T, _ b: T) -> T { a &- b }
    @inline(__always) static func mul<T: VLane>(_ a: T, _ b: T) -> T { a &* b }
    @inline(__always) static func cmeq<T: VLane>(_ a: T, _ b: T) -> T { .mask(a == b) }
    @inline(__always) static func cmtst<T: VLane>(_ a: T, _ b: T) -> T { .mask(a & b != 0) }
    @inline(__always) static func cmhi<T: VLane>(_ a: T, _ b: T) -> T { .mask(a > b) }
    @inline(__always) static func cmhs<T: VLane>(_ a: T, _ b: T) -> T { .mask(a >= b) }
    @inline(__always) static func cmgt<T: VLane>(_ a: T, _ b: T) -> T { .mask(a.s > b.s) }
    @inline(__always) static func cmge<T: VLane>(_ a: T, _ b: T) -> T { .mask(a.s >= b.s) }
    @inline(__always) static func umax<T: VLane>(_ a: T, _ b: T) -> T { a > b ? a : b }
    @inline(__always) static func umin<T: VLane>(_ a: T, _ b: T) -> T { a < b ? a : b }
    @inline(__always) static func smax<T: VLane>(_ a: T, _ b: T) -> T { a.s > b.s ? a : b }
    @inline(__always) static func smin<T: VLane>(_ a: T, _ b: T) -> T { a.s < b.s ? a : b }
    @inline(__always) static func uabd<T: VLane>(_ a: T, _ b: T) -> T { a > b ? a &- b : b &- a }
    @inline(__always) static func sabd<T: VLane>(_ a: T, _ b: T) -> T { a.s > b.s ? a &- b : b &- a }
    // Halving: floor((a + b) / 2) etc. without a wider type (arithmetic shifts for signed).
    @inline(__always) static func uhadd<T: VLane>(_ a: T, _ b: T) -> T { (a >> 1) &+ (b >> 1) &+ (a & b & 1) }
    @inline(__always) static func urhadd<T: VLane>(_ a: T, _ b: T) -> T { (a >> 1) &+ (b >> 1) &+ ((a | b) & 1) }
    @inline(__always) static func uhsub<T: VLane>(_ a: T, _ b: T) -> T { (a >> 1) &- (b >> 1) &- (~a & b & 1) }
    @inline(__always) static func shadd<T: VLane>(_ a: T, _ b: T) -> T { T(s: (a.s >> 1) &+ (b.s >> 1)) &+ (a & b & 1) }
    @inline(__always) static func srhadd<T: VLane>(_ a: T, _ b: T) -> T { T(s: (a.s >> 1) &+ (b.s >> 1)) &+ ((a | b) & 1) }
    @inline(__always) static func shsub<T: VLane>(_ a: T, _ b: T) -> T { T(s: (a.s >> 1) &- (b.s >> 1)) &- (~a & b & 1) }
    // Saturating (SatQ): flag set on saturation.
    @inline(__always) static func uqadd<T: VLane>(_ a: T, _ b: T, _ q: inout Bool) -> T {
        let (r, o) = a.addingReportingOverflow(b)
        if o { q = true; return T.max }
        return r
    }
    @inline(__always) static func uqsub<T: VLane>(_ a: T, _ b: T, _ q: inout Bool) -> T {
        let (r, o) = a.subtractingReportingOverflow(b)
        if o { q = true; return 0 }
        return r
    }
    @inline(__always) static func sqadd<T: VLane>(_ a: T, _ b: T, _ q: inout Bool) -> T {
        let (r, o) = a.s.addingReportingOverflow(b.s)
        if o { q = true; return a.s < 0 ? T.signBit : T.signBit &- 1 }
        return T(s: r)
    }
    @inline(__always) static func sqsub<T: VLane>(_ a: T, _ b: T, _ q: inout Bool) -> T {
        let (r, o) = a.s.subtractingReportingOverflow(b.s)
        if o { q = true; return a.s < 0 ? T.signBit : T.signBit &- 1 }
        return T(s: r)
    }
    @inline(__always) static func sqabs<T: VLane>(_ a: T, _ q: inout Bool) -> T {
        if a == T.signBit { q = true; return T.signBit &- 1 }
        return a.s < 0 ? 0 &- a : a
    }
    @inline(__always) static func sqneg<T: VLane>(_ a: T, _ q: inout Bool) -> T {
        if a == T.signBit { q = true; return T.signBit &- 1 }
        return 0 &- a
    }
    /// SSHL/USHL/SRSHL/URSHL: shift by the signed low byte of b; negative shifts right
    /// (arithmetic for signed), with rounding for the R forms.
    @inline(__always) static func shl<T: VLane>(_ a: T, _ b: T, signed: Bool, round: Bool) -> T {
        let sh = Int(Int8(truncatingIfNeeded: b))
        let w = T.bitWidth
        if sh >= 0 { return sh >= w ? 0 : a &<< sh }
        let r = -sh
        // Infinite-precision (a + round_const) >> r, round_const = 1 << (r - 1):
        // the shifted value plus bit r-1 of a (the sign bit beyond the width).
        if signed {
            let sa = a.s
            if !round { return r >= w ? T(s: sa < 0 ? -1 : 0) : T(s: sa >> r) }
            if r > w { return 0 }
            let v: T.Signed = r == w ? (sa < 0 ? -1 : 0) : sa >> r
            return T(s: v) &+ ((a >> (r - 1)) & 1)
        }
        if !round { return r >= w ? 0 : a >> r }
        if r > w { return 0 }
        return (r == w ? 0 : a >> r) &+ ((a >> (r - 1)) & 1)
    }
    /// UQSHL/UQRSHL (register): saturating left shifts, plain/rounded right shifts.
    @inline(__always) static func uqshlReg<T: VLane>(_ a: T, _ b: T, round: Bool, _ q: inout Bool) -> T {
        let sh = Int(Int8(truncatingIfNeeded: b))
        if sh < 0 { return shl(a, b, signed: false, round: round) }
        if sh >= T.bitWidth {
            if a != 0 { q = true; return T.max }
            return 0
        }
        return uqshl(a, sh, &q)
    }
    /// SQSHL/SQRSHL (register).
    @inline(__always) static func sqshlReg<T: VLane>(_ a: T, _ b: T, round: Bool, _ q: inout Bool) -> T {
        let sh = Int(Int8(truncatingIfNeeded: b))
        if sh < 0 { return shl(a, b, signed: true, round: round) }
        if sh >= T.bitWidth {
            if a != 0 { q = true; return a.s < 0 ? T.signBit : T.signBit &- 1 }
            return 0
        }
        return sqshl(a, sh, &q)
    }
    @inline(__always) static func sabs<T: VLane>(_ a: T) -> T { a.s < 0 ? 0 &- a : a }
    @inline(__always) static func neg<T: VLane>(_ a: T) -> T { 0 &- a }
    @inline(__always) static func clz<T: VLane>(_ a: T) -> T { T(truncatingIfNeeded: a.leadingZeroBitCount) }
    /// CLS: leading bits equal to the sign bit, not counting the sign bit itself.
    @inline(__always) static func cls<T: VLane>(_ a: T) -> T {
        T(truncatingIfNeeded: (a.s < 0 ? ~a : a).leadingZeroBitCount &- 1)
    }
    @inline(__always) static func cnt<T: VLane>(_ a: T) -> T { T(truncatingIfNeeded: a.nonzeroBitCount) }
    @inline(__always) static func rbit8(_ a: UInt8) -> UInt8 {
        var x = a
        x = (x & 0xF0) >> 4 | (x & 0x0F) << 4
        x = (x & 0xCC) >> 2 | (x & 0x33) << 2
        return (x & 0xAA) >> 1 | (x & 0x55) << 1
    }
    /// PMUL: polynomial (carry-less) multiply of bytes, low 8 bits.
    @inline(__always) static func pmul8(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var r: UInt8 = 0
        for i in 0..<8 where (b >> i) & 1 != 0 { r ^= a &<< i }
        return r
    }
    /// SQDMULH / SQRDMULH for 16- and 32-bit lanes: high half of 2*a*b (rounded),
    /// saturating the one overflowing case (min * min).
    @inline(__always) static func sqdmulh<T: VLane>(_ a: T, _ b: T, round: Bool, _ q: inout Bool) -> T {
        if a == T.signBit && b == T.signBit { q = true; return T.signBit &- 1 }
        let p = Int64(a.s) * Int64(b.s) * 2 + (round ? Int64(1) << (T.bitWidth - 1) : 0)
        return T(truncatingIfNeeded: p >> T.bitWidth)
    }
}

/// Shapes that change element width or order.
extension VL {
    /// Narrowing (XTN, SQXTN, SHRN...): the 128-bit source's W lanes become N lanes in
    /// the low half of Vd (upper half zeroed), or in the upper half for the "2" forms
    /// (`upper`), keeping the low half.
    @inline(__always)
    static func narrow<W: VLane, N: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                           _ f: (W, inout Bool) -> N) {
        let o = op.pointee, n = cpu.v(o.b), count = 16 / MemoryLayout<W>.size
        var sat = false
        var r = V128(0, 0)
        if upper { r[0] = cpu.v(o.a).loadUnaligned(as: UInt64.self) }
        let base = upper ? 8 : 0
        withUnsafeMutableBytes(of: &r) { rb in
            for i in 0..<count {
                rb.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i * MemoryLayout<W>.size, as: W.self), &sat),
                              toByteOffset: base + i * MemoryLayout<N>.size, as: N.self)
            }
        }
        cpu.vWrite(o.a, r)
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
    /// Widening (SXTL/SSHLL, SHLL, FCVTL-like): N lanes from the low half of Vn (or the
    /// upper half for the "2" forms) become W lanes filling Vd.
    @inline(__always)
    static func widen<N: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                          _ f: (N) -> W) {
        let o = op.pointee, n = cpu.v(o.b), count = 16 / MemoryLayout<W>.size, base = upper ? 8 : 0
        cpu.vWrite(o.a, vBuild { r in
            for i in 0..<count {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: base + i * MemoryLayout<N>.size, as: N.self)),
                             toByteOffset: i * MemoryLayout<W>.size, as: W.self)
            }
        })
    }
    /// Pairwise add long (SADDLP, UADALP...): adjacent N lanes of Vn summed as W,
    /// optionally added to Vd's W lanes.
    @inline(__always)
    static func pairLong<N: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                             accumulate: Bool, _ ext: (N) -> W) {
        let o = op.pointee, n = cpu.v(o.b), d = cpu.v(o.a), ws = MemoryLayout<W>.size, ns = MemoryLayout<N>.size
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: ws) {
                var s = ext(n.loadUnaligned(fromByteOffset: 2 * (i / ws) * ns, as: N.self))
                    &+ ext(n.loadUnaligned(fromByteOffset: (2 * (i / ws) + 1) * ns, as: N.self))
                if accumulate { s = s &+ d.loadUnaligned(fromByteOffset: i, as: W.self) }
                r.storeBytes(of: s, toByteOffset: i, as: W.self)
            }
        })
    }
    /// Element reversal inside containers (REV16/32/64): lane i takes lane i ^ flip.
    @inline(__always)
    static func reverse<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _: T.Type, flip: Int) {
        let o = op.pointee, n = cpu.v(o.b), w = MemoryLayout<T>.size
        cpu.vWrite(o.a, vBuild { r in
            for i in 0..<(bytes / w) {
                r.storeBytes(of: n.loadUnaligned(fromByteOffset: (i ^ flip) * w, as: T.self), toByteOffset: i * w, as: T.self)
            }
        })
    }
}

/// Widening/narrowing kernels.
extension K {
    @inline(__always) static func sext<N: VLane, W: VLane>(_ a: N) -> W { W(truncatingIfNeeded: a.s) }
    @inline(__always) static func zext<N: VLane, W: VLane>(_ a: N) -> W { W(truncatingIfNeeded: a) }
    @inline(__always) static func trunc<W: VLane, N: VLane>(_ a: W, _ q: inout Bool) -> N { N(truncatingIfNeeded: a) }
    /// SQXTN: signed W to signed N, saturating.
    @inline(__always) static func sqxtn<W: VLane, N: VLane>(_ a: W, _ q: inout Bool) -> N {
        let v = a.s, lo = W.Signed(truncatingIfNeeded: N.signBit.s), hi = W.Signed(truncatingIfNeeded: (N.signBit &- 1).s)
        if v < lo { q = true; return N.signBit }
        if v > hi { q = true; return N.signBit &- 1 }
        return N(truncatingIfNeeded: a)
    }
    /// UQXTN: unsigned W to unsigned N, saturating.
    @inline(__always) static func uqxtn<W: VLane, N: VLane>(_ a: W, _ q: inout Bool) -> N {
        if a > W(truncatingIfNeeded: N.max) { q = true; return N.max }
        return N(truncatingIfNeeded: a)
    }
    /// SQXTUN: signed W to unsigned N, saturating.
    @inline(__always) static func sqxtun<W: VLane, N: VLane>(_ a: W, _ q: inout Bool) -> N {
        if a.s < 0 { q = true; return 0 }
        if a > W(truncatingIfNeeded: N.max) { q = true; return N.max }
        return N(truncatingIfNeeded: a)
    }
}

/// Shift-by-immediate kernels; `sh` is the decoded shift (right shifts 1...esize).
extension K {
    /// Logical right shift valid for sh = esize (two steps, each < esize).
    @inline(__always) static func lsr<T: VLane>(_ a: T, _ sh: Int) -> T { (a >> (sh - 1)) >> 1 }
    @inline(__always) static func roundBit<T: VLane>(_ a: T, _ sh: Int) -> T { (a >> (sh - 1)) & 1 }
    @inline(__always) static func ushr<T: VLane>(_ a: T, _ sh: Int) -> T { lsr(a, sh) }
    /// The decoder clamps SSHR's shift to esize - 1 (same result: all sign bits).
    @inline(__always) static func sshr<T: VLane>(_ a: T, _ sh: Int) -> T { T(s: a.s >> sh) }
    @inline(__always) static func urshr<T: VLane>(_ a: T, _ sh: Int) -> T { lsr(a, sh) &+ roundBit(a, sh) }
    @inline(__always) static func srshr<T: VLane>(_ a: T, _ sh: Int) -> T { T(s: (a.s >> (sh - 1)) >> 1) &+ roundBit(a, sh) }
    @inline(__always) static func sri<T: VLane>(_ d: T, _ a: T, _ sh: Int) -> T {
        let mask = lsr(T.max, sh)
        return (d & ~mask) | (lsr(a, sh) & mask)
    }
    @inline(__always) static func shli<T: VLane>(_ a: T, _ sh: Int) -> T { a << sh }
    @inline(__always) static func sli<T: VLane>(_ d: T, _ a: T, _ sh: Int) -> T {
        let mask = T.max << sh
        return (d & ~mask) | (a << sh)
    }
    @inline(__always) static func uqshl<T: VLane>(_ a: T, _ sh: Int, _ q: inout Bool) -> T {
        if a > T.max >> sh { q = true; return T.max }
        return a << sh
    }
    @inline(__always) static func sqshl<T: VLane>(_ a: T, _ sh: Int, _ q: inout Bool) -> T {
        let r = a.s << sh
        if r >> sh != a.s { q = true; return a.s < 0 ? T.signBit : T.signBit &- 1 }
        return T(s: r)
    }
    @inline(__always) static func sqshlu<T: VLane>(_ a: T, _ sh: Int, _ q: inout Bool) -> T {
        if a.s < 0 { q = true; return 0 }
        return uqshl(a, sh, &q)
    }
    /// Narrowing right shifts on the wide value (sh <= narrow esize < wide esize).
    @inline(__always) static func shrW<W: VLane>(_ a: W, _ sh: Int, signed: Bool, round: Bool) -> W {
        let v = signed ? W(s: a.s >> sh) : a >> sh
        return round ? v &+ roundBit(a, sh) : v
    }
}

extension VL {
    @inline(__always)
    static func unI<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, Int) -> T) {
        let sh = Int(op.pointee.imm)
        un(cpu, op, bytes) { (a: T) in f(a, sh) }
    }
    @inline(__always)
    static func unIQ<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, Int, inout Bool) -> T) {
        let sh = Int(op.pointee.imm)
        unQ(cpu, op, bytes) { (a: T, q: inout Bool) in f(a, sh, &q) }
    }
    /// d = f(d, n, sh): SSRA, SRI, SLI...
    @inline(__always)
    static func accI<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T, Int) -> T) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), w = MemoryLayout<T>.size, sh = Int(o.imm)
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(d.loadUnaligned(fromByteOffset: i, as: T.self), n.loadUnaligned(fromByteOffset: i, as: T.self), sh),
                             toByteOffset: i, as: T.self)
            }
        })
    }
}

extension FPToInt {
    /// Vector FCVTZS/FCVTZU (fixed-point) lanes: scale by 2^fbits first.
    @inline(__always) static func laneScaled<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ x: F, _ scale: Double, signed: Bool) -> F.Bits {
        let d = scaled(Double(x), scale)
        if F.byteWidth == 8 {
            return F.Bits(truncatingIfNeeded: signed ? s64(cpu, d, FPRound.zero) : u64(cpu, d, FPRound.zero))
        }
        return F.Bits(truncatingIfNeeded: signed ? s32(cpu, d, FPRound.zero) : u32(cpu, d, FPRound.zero))
    }
}

/// Three-different and by-element shapes.
extension VL {
    /// Long: W result lanes from N lanes of Vn and Vm (low half, or high half for "2").
    /// `f(d, n, m)` gets the old Vd lane for the accumulating forms.
    @inline(__always)
    static func long<N: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                         _ f: (W, N, N, inout Bool) -> W) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), m = cpu.v(o.c)
        let ws = MemoryLayout<W>.size, ns = MemoryLayout<N>.size, base = upper ? 8 : 0
        var sat = false
        cpu.vWrite(o.a, vBuild { r in
            for i in 0..<(16 / ws) {
                r.storeBytes(of: f(d.loadUnaligned(fromByteOffset: i * ws, as: W.self),
                                   n.loadUnaligned(fromByteOffset: base + i * ns, as: N.self),
                                   m.loadUnaligned(fromByteOffset: base + i * ns, as: N.self), &sat),
                             toByteOffset: i * ws, as: W.self)
            }
        })
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
    /// Wide: W lanes of Vn combined with N lanes of Vm (SADDW...).
    @inline(__always)
    static func wide<N: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                         _ f: (W, N) -> W) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c)
        let ws = MemoryLayout<W>.size, ns = MemoryLayout<N>.size, base = upper ? 8 : 0
        cpu.vWrite(o.a, vBuild { r in
            for i in 0..<(16 / ws) {
                r.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i * ws, as: W.self),
                                   m.loadUnaligned(fromByteOffset: base + i * ns, as: N.self)),
                             toByteOffset: i * ws, as: W.self)
            }
        })
    }
    /// High-narrow: N lanes from W lanes of Vn and Vm (ADDHN...), into the low half of Vd
    /// (upper zeroed) or the upper half (low kept).
    @inline(__always)
    static func narrowHigh<W: VLane, N: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                               _ f: (W, W) -> N) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), ws = MemoryLayout<W>.size, ns = MemoryLayout<N>.size
        var r = V128(0, 0)
        if upper { r[0] = cpu.v(o.a).loadUnaligned(as: UInt64.self) }
        let base = upper ? 8 : 0
        withUnsafeMutableBytes(of: &r) { rb in
            for i in 0..<(16 / ws) {
                rb.storeBytes(of: f(n.loadUnaligned(fromByteOffset: i * ws, as: W.self), m.loadUnaligned(fromByteOffset: i * ws, as: W.self)),
                              toByteOffset: base + i * ns, as: N.self)
            }
        }
        cpu.vWrite(o.a, r)
    }
    /// By element: lanes of Vn with Vm[imm] (Vd lane passed for MLA/MLS).
    @inline(__always)
    static func elem<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                               _ f: (T, T, T, inout Bool) -> T) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), w = MemoryLayout<T>.size
        let e = cpu.lane(o.c, Int(o.imm), T.self)
        var sat = false
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                r.storeBytes(of: f(d.loadUnaligned(fromByteOffset: i, as: T.self), n.loadUnaligned(fromByteOffset: i, as: T.self), e, &sat),
                             toByteOffset: i, as: T.self)
            }
        })
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
    /// Long by element (SMULL/SMLAL... by element).
    @inline(__always)
    static func longElem<N: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                             _ f: (W, N, N, inout Bool) -> W) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b)
        let ws = MemoryLayout<W>.size, ns = MemoryLayout<N>.size, base = upper ? 8 : 0
        let e = cpu.lane(o.c, Int(o.imm), N.self)
        var sat = false
        cpu.vWrite(o.a, vBuild { r in
            for i in 0..<(16 / ws) {
                r.storeBytes(of: f(d.loadUnaligned(fromByteOffset: i * ws, as: W.self),
                                   n.loadUnaligned(fromByteOffset: base + i * ns, as: N.self), e, &sat),
                             toByteOffset: i * ws, as: W.self)
            }
        })
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
}

extension K {
    /// SQDMULL: 2 * a * b in the wide type, saturating min * min.
    @inline(__always) static func sqdmull<N: VLane, W: VLane>(_ a: N, _ b: N, _ q: inout Bool) -> W {
        if a == N.signBit && b == N.signBit { q = true; return W.signBit &- 1 }
        let p = W(truncatingIfNeeded: a.s) &* W(truncatingIfNeeded: b.s)
        return p &+ p
    }
    @inline(__always) static func pmull8(_ a: UInt8, _ b: UInt8) -> UInt16 {
        var r: UInt16 = 0
        for i in 0..<8 where (b >> i) & 1 != 0 { r ^= UInt16(a) &<< i }
        return r
    }
    /// High half of a W value, optionally rounded (ADDHN/RADDHN...).
    @inline(__always) static func high<W: VLane, N: VLane>(_ x: W, round: Bool) -> N {
        let h = W.bitWidth / 2
        return N(truncatingIfNeeded: (round ? x &+ (1 &<< (h - 1)) : x) >> h)
    }
}

extension VL {
    /// Scalar narrowing (SQXTN Bd, Hn...): one element, the rest of Vd zeroed.
    @inline(__always)
    static func narrowScalar<W: VLane, N: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (W, inout Bool) -> N) {
        let o = op.pointee
        var sat = false
        let r = f(cpu.v(o.b).loadUnaligned(as: W.self), &sat)
        cpu.vWrite(o.a, V128(UInt64(truncatingIfNeeded: r), 0))
        if sat { cpu.fpsr |= A64FPBits.qc }
    }
}
