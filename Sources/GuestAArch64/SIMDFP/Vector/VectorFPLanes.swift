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
