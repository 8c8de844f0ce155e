import XrunCore

/// Operand shapes shared by the scalar FP ops: read Sn/Dn (and Sm, Sa), compute, write
/// Sd/Dd zeroing the rest of the vector register. Field use: a = d, b = n, c = m,
/// d = a (addend). The fast path is host arithmetic; a guest FPCR with a directed
/// rounding mode or FZ takes the slow path (FPEnv), which re-reads the operands after
/// switching the host mode.
enum FPScalar {
    @inline(__always)
    static func unary<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                   _ f: (UnsafeMutableRawPointer, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return unarySlow(cpu, op, f) }
        let o = op.pointee
        cpu.fpWrite(o.a, f(cpu, cpu.fpRead(o.b, F.self)))
    }
    @inline(never)
    static func unarySlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                       _ f: (UnsafeMutableRawPointer, F) -> F) {
        let o = op.pointee, fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        let a = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(o.b, F.self))
        cpu.fpWrite(o.a, FPEnv.flushOut(cpu, fpcr, f(cpu, a)))
        FPEnv.leave(fpcr)
    }

    @inline(__always)
    static func binary<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                    _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return binarySlow(cpu, op, f) }
        let o = op.pointee
        cpu.fpWrite(o.a, f(cpu, cpu.fpRead(o.b, F.self), cpu.fpRead(o.c, F.self)))
    }
    @inline(never)
    static func binarySlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                        _ f: (UnsafeMutableRawPointer, F, F) -> F) {
        let o = op.pointee, fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        let a = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(o.b, F.self))
        let b = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(o.c, F.self))
        cpu.fpWrite(o.a, FPEnv.flushOut(cpu, fpcr, f(cpu, a, b)))
        FPEnv.leave(fpcr)
    }

    /// d = f(Ra, Rn, Rm) for the fused multiply-adds.
    @inline(__always)
    static func ternary<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                     _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return ternarySlow(cpu, op, f) }
        let o = op.pointee
        cpu.fpWrite(o.a, f(cpu, cpu.fpRead(o.d, F.self), cpu.fpRead(o.b, F.self), cpu.fpRead(o.c, F.self)))
    }
    @inline(never)
    static func ternarySlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                         _ f: (UnsafeMutableRawPointer, F, F, F) -> F) {
        let o = op.pointee, fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        let a = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(o.d, F.self))
        let n = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(o.b, F.self))
        let m = FPEnv.flushIn(cpu, fpcr, cpu.fpRead(o.c, F.self))
        cpu.fpWrite(o.a, FPEnv.flushOut(cpu, fpcr, f(cpu, a, n, m)))
        FPEnv.leave(fpcr)
    }
}
