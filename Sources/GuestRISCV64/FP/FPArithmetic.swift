import XrunCore

/// FADD/FSUB/FMUL/FDIV/FSQRT and the fused multiply-adds (spec 13.6, 14.x), written
/// once for both formats.
///
/// Fast path: the host's SSE arithmetic, which rounds to nearest-even. It is taken
/// when the rounding mode is RNE, fflags.NX is already set (so whether this result
/// is inexact does not matter), the operands are zero or normal, and the result is
/// a normal number above 2^emin (so no underflow, overflow or NaN question arises);
/// what the host computed is then bit-for-bit the RISC-V result and sets no new
/// flag. Everything else — other rounding modes, NaNs, infinities, subnormals,
/// possible overflow or underflow, the first inexact operation — goes to SoftFloat.
/// The flags these functions find are ORed into cpu.fflags; what the host raises
/// meanwhile in MXCSR is a subset of them (the same IEEE operation) and is part of
/// the guest's fflags too (`RV64FPStatus`, where the native templates leave theirs).
/// The fast path assumes the host's default MXCSR (round to nearest, no FTZ/DAZ).
/// Op fields: a = rd, b = rs1, c = rs2, e = rs3, d = rm (7 = dynamic).
enum FPArith {
    @inline(__always)
    static func fastAllowed(_ cpu: UnsafeMutableRawPointer, _ rm: UInt32) -> Bool {
        rm == RoundingMode.rne && cpu.fflags & RVFlags.NX != 0
    }

    @inline(__always)
    static func add<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, subtract: Bool) {
        let rm = FPRounding.resolve(cpu, op)
        let a = T.read(cpu, op.pointee.b)
        let b = subtract ? -T.read(cpu, op.pointee.c) : T.read(cpu, op.pointee.c)
        if fastAllowed(cpu, rm) && a.isZeroOrNormal && b.isZeroOrNormal {
            let r = a + b
            // A zero sum of zero/normal operands is exact (x + -x, or zeros).
            if r.isSafelyNormal || r == 0 {
                T.write(cpu, op.pointee.a, r)
                return
            }
        }
        slowAdd(cpu, op.pointee.a, a.rvBits, b.rvBits, T.format, rm)
    }

    @inline(__always)
    static func mul<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) {
        let rm = FPRounding.resolve(cpu, op)
        let a = T.read(cpu, op.pointee.b), b = T.read(cpu, op.pointee.c)
        if fastAllowed(cpu, rm) && a.isZeroOrNormal && b.isZeroOrNormal {
            let r = a * b
            if r.isSafelyNormal || a == 0 || b == 0 {
                T.write(cpu, op.pointee.a, r)
                return
            }
        }
        slowMul(cpu, op.pointee.a, a.rvBits, b.rvBits, T.format, rm)
    }

    @inline(__always)
    static func div<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) {
        let rm = FPRounding.resolve(cpu, op)
        let a = T.read(cpu, op.pointee.b), b = T.read(cpu, op.pointee.c)
        if fastAllowed(cpu, rm) && a.isZeroOrNormal && b.isNormal {
            let r = a / b
            if r.isSafelyNormal || a == 0 {
                T.write(cpu, op.pointee.a, r)
                return
            }
        }
        slowDiv(cpu, op.pointee.a, a.rvBits, b.rvBits, T.format, rm)
    }

    @inline(__always)
    static func sqrt<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) {
        let rm = FPRounding.resolve(cpu, op)
        let a = T.read(cpu, op.pointee.b)
        // The root of a non-negative normal number is normal.
        if fastAllowed(cpu, rm) && a.isZeroOrNormal && a.sign == .plus {
            T.write(cpu, op.pointee.a, a.squareRoot())
            return
        }
        slowSqrt(cpu, op.pointee.a, a.rvBits, T.format, rm)
    }

    /// rd = (±rs1 × rs2) ± rs3 with a single rounding: FMADD (+,+), FMSUB (+,−),
    /// FNMSUB (−,+), FNMADD (−,−).
    @inline(__always)
    static func fma<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                negateProduct: Bool, negateAddend: Bool) {
        let rm = FPRounding.resolve(cpu, op)
        let a0 = T.read(cpu, op.pointee.b), b = T.read(cpu, op.pointee.c), c0 = T.read(cpu, op.pointee.e)
        let a = negateProduct ? -a0 : a0, c = negateAddend ? -c0 : c0
        if fastAllowed(cpu, rm) && a.isZeroOrNormal && b.isZeroOrNormal && c.isZeroOrNormal {
            let r = c.addingProduct(a, b)
            if r.isSafelyNormal {
                T.write(cpu, op.pointee.a, r)
                return
            }
        }
        slowFMA(cpu, op.pointee.a, a.rvBits, b.rvBits, c.rvBits, T.format, rm)
    }

    // MARK: - Slow paths (SoftFloat)

    /// Writes a result bit pattern of `f`'s format (binary32 gets NaN-boxed).
    @inline(__always)
    static func writeResult(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ bits: UInt64, _ f: SoftFormat) {
        cpu.freg[Int(rd)] = f.expBits == 8 ? 0xffff_ffff_0000_0000 | bits : bits
    }

    @inline(never)
    static func slowAdd(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ a: UInt64, _ b: UInt64, _ f: SoftFormat, _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.add(a, b, f, rm: rm, flags: &flags)
        cpu.fflags |= flags
        writeResult(cpu, rd, r, f)
    }
    @inline(never)
    static func slowMul(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ a: UInt64, _ b: UInt64, _ f: SoftFormat, _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.mul(a, b, f, rm: rm, flags: &flags)
        cpu.fflags |= flags
        writeResult(cpu, rd, r, f)
    }
    @inline(never)
    static func slowDiv(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ a: UInt64, _ b: UInt64, _ f: SoftFormat, _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.div(a, b, f, rm: rm, flags: &flags)
        cpu.fflags |= flags
        writeResult(cpu, rd, r, f)
    }
    @inline(never)
    static func slowSqrt(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ a: UInt64, _ f: SoftFormat, _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.sqrt(a, f, rm: rm, flags: &flags)
        cpu.fflags |= flags
        writeResult(cpu, rd, r, f)
    }
    @inline(never)
    static func slowFMA(_ cpu: UnsafeMutableRawPointer, _ rd: UInt8, _ a: UInt64, _ b: UInt64, _ c: UInt64,
                        _ f: SoftFormat, _ rm: UInt32) {
        var flags: UInt32 = 0
        let r = SoftFloat.fma(a, b, c, f, rm: rm, flags: &flags)
        cpu.fflags |= flags
        writeResult(cpu, rd, r, f)
    }
}
