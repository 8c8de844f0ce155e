import XrunCore

/// FJCVTZS Wd, Dn (FEAT_JSCVT, C7.2 "FJCVTZS"): 0 00 11110 01 1 11 110 000000 Rn Rd.
/// JavaScript ToInt32: the double truncated toward zero, taken modulo 2^32 (FPToFixedJS).
/// PSTATE.NZCV = 0 Z 0 0, Z set when the conversion was exact and in range (not for -0
/// or a denormal flushed by FPCR.FZ). NaN and infinity give 0 with IOC; out-of-range
/// values IOC, other inexact ones IXC. Done in integer arithmetic on the encoding, so
/// no host flag is raised.
extension A64Decoder {
    static func decodeFJCVTZS(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard A64Features.has(A64Features.JSCVT) else { return .undefined }
        b.emit(JSConvertOps.fjcvtzs, pc: pc, a: A64Reg.dst(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }
}

enum JSConvertOps {
    /// Operand fields: a = Wd (XZR -> discard), b = Dn.
    static let fjcvtzs: OpDef = OpDef("fjcvtzs") { cpu, op in
        let (r, z) = convert(cpu, cpu.v(op.pointee.b).loadUnaligned(as: UInt64.self))
        cpu.x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = z ? A64Flags.z : 0
    }

    /// (result, Z) of FPToFixedJS for the double with encoding `bits`.
    @inline(never)
    static func convert(_ cpu: UnsafeMutableRawPointer, _ bits: UInt64) -> (UInt32, Bool) {
        let negative = bits >> 63 != 0
        let exp = Int(bits >> 52 & 0x7FF), frac = bits & (1 << 52 &- 1)
        if exp == 0x7FF {                               // NaN or infinity
            cpu.fpsr |= A64FPBits.ioc
            return (0, false)
        }
        if exp == 0 {
            if frac == 0 { return (0, !negative) }      // +0 exact; -0 clears Z
            if cpu.fpcr & A64FPBits.fz != 0 {           // flushed: a zero, but not an exact one
                cpu.fpsr |= A64FPBits.idc
                return (0, false)
            }
            cpu.fpsr |= A64FPBits.ixc                   // |x| < 1 truncates to 0
            return (0, false)
        }
        // |x| = m * 2^e with a 53-bit m.
        let m = frac | 1 << 52, e = exp - 1075
        let low: UInt32, inexact: Bool, outOfRange: Bool
        if e >= 0 {                                     // |x| >= 2^52: an integer, out of range
            low = e >= 32 ? 0 : UInt32(truncatingIfNeeded: m &<< UInt64(e))
            inexact = false
            outOfRange = true
        } else {
            let sh = -e
            let int: UInt64 = sh >= 64 ? 0 : m >> UInt64(sh)
            inexact = sh >= 64 || m & (1 &<< UInt64(sh) &- 1) != 0
            low = UInt32(truncatingIfNeeded: int)
            outOfRange = negative ? int > 1 << 31 : int >= 1 << 31
        }
        let r = negative ? 0 &- low : low
        if outOfRange {
            cpu.fpsr |= A64FPBits.ioc
            return (r, false)
        }
        if inexact {
            cpu.fpsr |= A64FPBits.ixc
            return (r, false)
        }
        return (r, true)
    }
}
