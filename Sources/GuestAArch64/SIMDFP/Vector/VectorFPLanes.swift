import XrunCore

/// Lane-wise shapes of the Advanced SIMD floating-point ops (a = Vd, b = Vn, c = Vm;
/// `bytes` 8 or 16). Like the scalar shapes, a guest FPCR asking for a directed
/// rounding mode or FZ takes the slow path; the fast path is host arithmetic with
/// `fpcr` folded to 0.
enum VF {
    @inline(__always)
    static func un<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                _ f: (UnsafeMutableRawPointer, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return unSlow(cpu, op, bytes, f) }
        unImpl(cpu, op, bytes, 0, f)
    }
    @inline(never)
    static func unSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                    _ f: (UnsafeMutableRawPointer, F) -> F) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        unImpl(cpu, op, bytes, fpcr, f)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func unImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                    _ f: (UnsafeMutableRawPointer, F) -> F) {
        let o = op.pointee, n = cpu.v(o.b), w = F.byteWidth
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                FPEnv.nextLane(cpu, fpcr)
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, f(cpu, a)).bits, toByteOffset: i, as: F.Bits.self)
            }
        })
    }

    @inline(__always)
    static func bin<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                 _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return binSlow(cpu, op, bytes, f) }
        binImpl(cpu, op, bytes, 0, f)
    }
    @inline(never)
    static func binSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                     _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        binImpl(cpu, op, bytes, fpcr, f)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func binImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                     _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = F.byteWidth
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                FPEnv.nextLane(cpu, fpcr)
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                let b = FPEnv.flushIn(cpu, fpcr, F(bits: m.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, f(cpu, a, b)).bits, toByteOffset: i, as: F.Bits.self)
            }
        })
    }

    /// d = f(d, n, m): FMLA/FMLS.
    @inline(__always)
    static func acc<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                 _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return accSlow(cpu, op, bytes, f) }
        accImpl(cpu, op, bytes, 0, f)
    }
    @inline(never)
    static func accSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                     _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        accImpl(cpu, op, bytes, fpcr, f)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func accImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                     _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), m = cpu.v(o.c), w = F.byteWidth
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                FPEnv.nextLane(cpu, fpcr)
                let x = FPEnv.flushIn(cpu, fpcr, F(bits: d.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                let b = FPEnv.flushIn(cpu, fpcr, F(bits: m.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, f(cpu, x, a, b)).bits, toByteOffset: i, as: F.Bits.self)
            }
        })
    }

    /// Pairwise (FADDP, FMAXP, ...): low half from pairs of Vn, high half from Vm.
    @inline(__always)
    static func pair<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                  _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return pairSlow(cpu, op, bytes, f) }
        pairImpl(cpu, op, bytes, 0, f)
    }
    @inline(never)
    static func pairSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                      _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        pairImpl(cpu, op, bytes, fpcr, f)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func pairImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                      _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        let o = op.pointee, w = F.byteWidth, half = bytes / 2
        let n = cpu.v(o.b), m = cpu.v(o.c)
        @inline(__always) func ld(_ p: UnsafeMutableRawPointer, _ off: Int) -> F {
            FPEnv.flushIn(cpu, fpcr, F(bits: p.loadUnaligned(fromByteOffset: off, as: F.Bits.self)))
        }
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: half, by: w) {
                FPEnv.nextLane(cpu, fpcr)
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, f(cpu, ld(n, 2 * i), ld(n, 2 * i + w))).bits, toByteOffset: i, as: F.Bits.self)
                FPEnv.nextLane(cpu, fpcr)
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, f(cpu, ld(m, 2 * i), ld(m, 2 * i + w))).bits, toByteOffset: half + i, as: F.Bits.self)
            }
        })
    }

    /// Compares: lanes become all ones or zeros. Only FZ matters (no rounding).
    @inline(__always)
    static func cmp<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                 _ f: (UnsafeMutableRawPointer, F, F) -> Bool) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = F.byteWidth, fpcr = cpu.fpcr
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                let b = FPEnv.flushIn(cpu, fpcr, F(bits: m.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: f(cpu, a, b) ? F.Bits.max : 0, toByteOffset: i, as: F.Bits.self)
            }
        })
    }
    /// Compares against zero (FCMEQ #0 ...): Vm is not read.
    @inline(__always)
    static func cmpZero<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                     _ f: (UnsafeMutableRawPointer, F, F) -> Bool) {
        let o = op.pointee, n = cpu.v(o.b), w = F.byteWidth, fpcr = cpu.fpcr
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: f(cpu, a, 0) ? F.Bits.max : 0, toByteOffset: i, as: F.Bits.self)
            }
        })
    }
}

/// FP compare kernels (FPCompareEQ/GE/GT): EQ is quiet (IOC for signalling NaNs only),
/// GE/GT signal on any NaN.
extension FPK {
    @inline(__always) static func cmeq<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> Bool {
        if a == b { return true }
        if a.isNaN || b.isNaN { unorderedCompare(cpu, a, b, signalling: false) }
        return false
    }
    @inline(__always) static func cmge<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> Bool {
        if a >= b { return true }
        if a.isNaN || b.isNaN { unorderedCompare(cpu, a, b, signalling: true) }
        return false
    }
    @inline(__always) static func cmgt<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> Bool {
        if a > b { return true }
        if a.isNaN || b.isNaN { unorderedCompare(cpu, a, b, signalling: true) }
        return false
    }
    @inline(__always) static func acge<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> Bool {
        cmge(cpu, a.absolute, b.absolute)
    }
    @inline(__always) static func acgt<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F) -> Bool {
        cmgt(cpu, a.absolute, b.absolute)
    }
    @inline(never) static func unorderedCompare<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ a: F, _ b: F, signalling: Bool) {
        if signalling || a.isSNaN || b.isSNaN { cpu.fpsr |= A64FPBits.ioc }
    }
}

extension VF {
    /// FP lanes to integer lanes of the same width (FCVTZS...): only FZ input flushing.
    @inline(__always)
    static func toBits<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                    _ f: (UnsafeMutableRawPointer, F) -> F.Bits) {
        let o = op.pointee, n = cpu.v(o.b), w = F.byteWidth, fpcr = cpu.fpcr
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: f(cpu, a), toByteOffset: i, as: F.Bits.self)
            }
        })
    }
    /// Integer lanes to FP lanes (SCVTF...): rounding by FPCR, FZ output flushing.
    @inline(__always)
    static func fromBits<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                      _ f: (F.Bits) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return fromBitsSlow(cpu, op, bytes, f) }
        fromBitsImpl(cpu, op, bytes, 0, f)
    }
    @inline(never)
    static func fromBitsSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                          _ f: (F.Bits) -> F) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        fromBitsImpl(cpu, op, bytes, fpcr, f)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func fromBitsImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                          _ f: (F.Bits) -> F) {
        let o = op.pointee, n = cpu.v(o.b), w = F.byteWidth
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                FPEnv.nextLane(cpu, fpcr)
                let x = f(n.loadUnaligned(fromByteOffset: i, as: F.Bits.self))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, x).bits, toByteOffset: i, as: F.Bits.self)
            }
        })
    }
}

/// Integer to FP lane conversions (FixedToFP): `scale` is 2^-fbits (1 for the plain forms).
enum VFConv {
    @inline(__always) static func sToF(_ v: UInt32, _ scale: Float) -> Float { Float(Int32(bitPattern: v)) * scale }
    @inline(__always) static func uToF(_ v: UInt32, _ scale: Float) -> Float { Float(Int64(v)) * scale }
    @inline(__always) static func sToD(_ v: UInt64, _ scale: Double) -> Double { Double(Int64(bitPattern: v)) * scale }
    @inline(__always) static func uToD(_ v: UInt64, _ scale: Double) -> Double { FPFromInt.unsigned(v) * scale }
}

/// FCVTN, FCVTXN (narrow) and FCVTL (widen) between single/double and half/single.
enum VFNarrowOps {
    @inline(__always)
    static func narrowImpl<W: A64Float, N: FixedWidthInteger>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool,
                                                               _: W.Type, _ f: (W) -> N) {
        let o = op.pointee, n = cpu.v(o.b), count = 16 / W.byteWidth
        var r = V128(0, 0)
        if upper { r[0] = cpu.v(o.a).loadUnaligned(as: UInt64.self) }
        let base = upper ? 8 : 0
        withUnsafeMutableBytes(of: &r) { rb in
            for i in 0..<count {
                // With FZ, a flushed lane drops the host flags: earlier lanes' go to FPSR first.
                FPEnv.nextLane(cpu, cpu.fpcr)
                let x = FPEnv.flushIn(cpu, cpu.fpcr, W(bits: n.loadUnaligned(fromByteOffset: i * W.byteWidth, as: W.Bits.self)))
                rb.storeBytes(of: f(x), toByteOffset: base + i * MemoryLayout<N>.size, as: N.self)
            }
        }
        cpu.vWrite(o.a, r)
    }
    /// FCVTN 2D -> 2S with FPCR rounding (host conversion; slow path sets the mode).
    @inline(__always) static func dToS(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return dToSSlow(cpu, op, upper: upper) }
        narrowImpl(cpu, op, upper: upper, Double.self) { FPConvertOps.dToSValue(cpu, $0).bits }
    }
    @inline(never) static func dToSSlow(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, upper: Bool) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        narrowImpl(cpu, op, upper: upper, Double.self) { FPEnv.flushOut(cpu, fpcr, FPConvertOps.dToSValue(cpu, $0)).bits }
        FPEnv.leave(fpcr)
    }
    /// FCVTXN: round to odd (the truncated value with its last bit forced to 1 when inexact).
    @inline(__always) static func roundOdd(_ cpu: UnsafeMutableRawPointer, _ x: Double) -> UInt32 {
        if x.isNaN { return FPConvertOps.narrowNaN(cpu, x).bits }
        if cpu.fpcr & A64FPBits.fz != 0 && x != 0 && x.magnitude < 0x1p-126 {
            cpu.fpsr |= A64FPBits.ufc          // FZ: tiny results flush before rounding
            return x.sign == .minus ? 0x8000_0000 : 0
        }
        let r = Float(x)
        let back = Double(r)
        if back == x { return r.bits }
        let t = back.magnitude > x.magnitude ? r.nextDownMagnitude : r
        return t.bits | 1
    }
    static let fcvtnS: [OpDef] = [
        OpDef("fcvtn") { cpu, op in
            narrowImpl(cpu, op, upper: false, Float.self) { FPHalf.fromDouble(cpu, FPConvertOps.widenForHalf($0), FPEnv.rmode(cpu.fpcr)) }
        },
        OpDef("fcvtn") { cpu, op in
            narrowImpl(cpu, op, upper: true, Float.self) { FPHalf.fromDouble(cpu, FPConvertOps.widenForHalf($0), FPEnv.rmode(cpu.fpcr)) }
        },
    ]
    static let fcvtnD: [OpDef] = [OpDef("fcvtn") { cpu, op in dToS(cpu, op, upper: false) }, OpDef("fcvtn") { cpu, op in dToS(cpu, op, upper: true) }]
    static let fcvtxn: [OpDef] = [
        OpDef("fcvtxn") { cpu, op in narrowImpl(cpu, op, upper: false, Double.self) { roundOdd(cpu, $0) } },
        OpDef("fcvtxn") { cpu, op in narrowImpl(cpu, op, upper: true, Double.self) { roundOdd(cpu, $0) } },
    ]
    /// FCVTL/FCVTL2: 4H -> 4S, 2S -> 2D (exact).
    static let fcvtlS: [OpDef] = [
        OpDef("fcvtl") { cpu, op in VL.widen(cpu, op, upper: false) { (h: UInt16) -> UInt32 in FPConvertOps.halfToSingle(cpu, h).bits } },
        OpDef("fcvtl") { cpu, op in VL.widen(cpu, op, upper: true) { (h: UInt16) -> UInt32 in FPConvertOps.halfToSingle(cpu, h).bits } },
    ]
    static let fcvtlD: [OpDef] = [
        OpDef("fcvtl") { cpu, op in
            VL.widen(cpu, op, upper: false) { (s: UInt32) -> UInt64 in
                FPConvertOps.sToDValue(cpu, FPEnv.flushIn(cpu, cpu.fpcr, Float(bits: s))).bits
            }
        },
        OpDef("fcvtl") { cpu, op in
            VL.widen(cpu, op, upper: true) { (s: UInt32) -> UInt64 in
                FPConvertOps.sToDValue(cpu, FPEnv.flushIn(cpu, cpu.fpcr, Float(bits: s))).bits
            }
        },
    ]
}

extension Float {
    /// The neighbour one step toward zero.
    @inline(__always) var nextDownMagnitude: Float { sign == .minus ? nextUp : nextDown }
}

extension VF {
    /// By element: f(d, n, Vm[imm]) per lane (FMLA, FMLS, FMUL, FMULX by element).
    @inline(__always)
    static func elem<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, accumulate: Bool,
                                  _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return elemSlow(cpu, op, bytes, accumulate: accumulate, f) }
        elemImpl(cpu, op, bytes, 0, accumulate: accumulate, f)
    }
    @inline(never)
    static func elemSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, accumulate: Bool,
                                      _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        elemImpl(cpu, op, bytes, fpcr, accumulate: accumulate, f)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func elemImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                      accumulate: Bool, _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), w = F.byteWidth
        let e = FPEnv.flushIn(cpu, fpcr, F(bits: cpu.v(o.c).loadUnaligned(fromByteOffset: Int(o.imm) * w, as: F.Bits.self)))
        cpu.vWrite(o.a, vBuild { r in
            for i in stride(from: 0, to: bytes, by: w) {
                FPEnv.nextLane(cpu, fpcr)
                // Vd is an operand (and flushed) only for FMLA/FMLS.
                let x = accumulate ? FPEnv.flushIn(cpu, fpcr, F(bits: d.loadUnaligned(fromByteOffset: i, as: F.Bits.self))) : 0
                let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: i, as: F.Bits.self)))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, f(cpu, x, a, e)).bits, toByteOffset: i, as: F.Bits.self)
            }
        })
    }
}

extension VF {
    /// Scalar pairwise (FADDP Sd, Vn.2S...): f(Vn[0], Vn[1]) as a scalar.
    @inline(__always)
    static func pairScalar<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return pairScalarSlow(cpu, op, f) }
        let n = cpu.v(op.pointee.b)
        cpu.fpWrite(op.pointee.a, f(cpu, F(bits: n.loadUnaligned(as: F.Bits.self)), F(bits: n.loadUnaligned(fromByteOffset: F.byteWidth, as: F.Bits.self))))
    }
    @inline(never)
    static func pairScalarSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        let fpcr = cpu.fpcr, n = cpu.v(op.pointee.b)
        FPEnv.enter(cpu, fpcr)
        let a = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(as: F.Bits.self)))
        let b = FPEnv.flushIn(cpu, fpcr, F(bits: n.loadUnaligned(fromByteOffset: F.byteWidth, as: F.Bits.self)))
        cpu.fpWrite(op.pointee.a, FPEnv.flushOut(cpu, fpcr, f(cpu, a, b)))
        FPEnv.leave(fpcr)
    }
}
