import XrunCore

/// FP instructions that never round: sign injection, FMIN/FMAX, comparisons,
/// FCLASS and the bit-pattern moves (spec 13.7–13.9), written once for S and D.
/// Op fields: a = rd (x or f), b = rs1, c = rs2.
enum FPMisc {
    /// FSGNJ (kind 0), FSGNJN (1), FSGNJX (2): rs1's magnitude with a sign made from
    /// rs2's. Operates on bits; an improperly boxed S operand reads as the canonical NaN.
    @inline(__always)
    static func signInject<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, kind: Int) {
        let a = T.readBits(cpu, op.pointee.b), b = T.readBits(cpu, op.pointee.c)
        let s = T.format.signBit
        let r: UInt64
        switch kind {
        case 0: r = (a & ~s) | (b & s)
        case 1: r = (a & ~s) | (~b & s)
        default: r = a ^ (b & s)
        }
        T.writeBits(cpu, op.pointee.a, r)
    }

    /// FMIN/FMAX as in version 2.2 of the F extension (IEEE 754-2019 minimumNumber /
    /// maximumNumber): a NaN operand yields the other operand, two NaNs the canonical
    /// NaN, a signaling NaN raises NV; −0 is less than +0.
    @inline(__always)
    static func minMax<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, max: Bool) {
        let a = T.read(cpu, op.pointee.b), b = T.read(cpu, op.pointee.c)
        let r: T
        if _slowPath(a.isNaN || b.isNaN) {
            if a.isSignalingNaN || b.isSignalingNaN { cpu.fflags |= RVFlags.NV }
            if a.isNaN && b.isNaN {
                r = T(rvBits: T.format.canonicalNaN)
            } else {
                r = a.isNaN ? b : a
            }
        } else if a == b {
            // Equal values differ only for ±0: min takes the negative one, max the positive.
            r = (a.sign == .minus) != max ? a : b
        } else {
            r = (a < b) != max ? a : b
        }
        T.write(cpu, op.pointee.a, r)
    }

    /// FEQ (quiet: NV only for a signaling NaN), FLT and FLE (signaling: NV for any
    /// NaN). kind: 0 FLE, 1 FLT, 2 FEQ (the funct3 values).
    @inline(__always)
    static func compare<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, kind: Int) {
        let a = T.read(cpu, op.pointee.b), b = T.read(cpu, op.pointee.c)
        let r: Bool
        if _slowPath(a.isNaN || b.isNaN) {
            if kind != 2 || a.isSignalingNaN || b.isSignalingNaN { cpu.fflags |= RVFlags.NV }
            r = false
        } else {
            switch kind {
            case 0: r = a <= b
            case 1: r = a < b
            default: r = a == b
            }
        }
        cpu.xreg[Int(op.pointee.a)] = r ? 1 : 0
    }

    /// FCLASS: one bit of ten (table 13.5): −∞, −normal, −subnormal, −0, +0,
    /// +subnormal, +normal, +∞, signaling NaN, quiet NaN.
    @inline(__always)
    static func classify<T: RVFloat>(_: T.Type, _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) {
        let v = T.read(cpu, op.pointee.b)
        let negative = v.sign == .minus
        let bit: Int
        if v.isNaN {
            bit = v.isSignalingNaN ? 8 : 9
        } else if v.isInfinite {
            bit = negative ? 0 : 7
        } else if v.isZero {
            bit = negative ? 3 : 4
        } else if v.isSubnormal {
            bit = negative ? 2 : 5
        } else {
            bit = negative ? 1 : 6
        }
        cpu.xreg[Int(op.pointee.a)] = 1 << UInt64(bit)
    }

    // Moves copy bit patterns without NaN-box checks (FMV.X.W takes f[rs1][31:0]).
    static let fmvXW: OpDef = OpDef("fmv.x.w", native: NativeFPMoveTemplates.fmvXW) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = sext32(cpu.freg[Int(op.pointee.b)])
    }
    static let fmvWX: OpDef = OpDef("fmv.w.x", native: NativeFPMoveTemplates.fmvWX) { cpu, op in
        cpu.freg[Int(op.pointee.a)] = 0xffff_ffff_0000_0000 | (cpu.xreg[Int(op.pointee.b)] & 0xffff_ffff)
    }
    static let fmvXD: OpDef = OpDef("fmv.x.d", native: NativeFPMoveTemplates.fmvXD) { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = cpu.freg[Int(op.pointee.b)]
    }
    static let fmvDX: OpDef = OpDef("fmv.d.x", native: NativeFPMoveTemplates.fmvDX) { cpu, op in
        cpu.freg[Int(op.pointee.a)] = cpu.xreg[Int(op.pointee.b)]
    }
}
