import XrunCore

/// FEAT_LSE atomics on host atomics (C6.2 "CAS", "CASP", "SWP", "LDADD", "LDCLR",
/// "LDEOR", "LDSET", "LDSMAX", "LDSMIN", "LDUMAX", "LDUMIN" and the ST* aliases, which
/// are the same instructions with Rt = XZR). Every host read-modify-write is a locked
/// x86 instruction, a full barrier, so the A/L/AL ordering variants share the plain
/// op. All require natural alignment ("Alignment of data accesses"; to the pair size for CASP). The old value
/// is returned zero-extended, also for the signed min/max of B/H/W.
enum LSAtomic {
    /// Op fields: a = Rt (old value; 31 → discard), b = Rn (31 = SP), c = Rs (operand; 31 → XZR).
    @inline(__always)
    static func rmw<T: FixedWidthInteger & UnsignedInteger>(
        _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
        _ f: (UnsafeMutableRawPointer, T) -> T
    ) {
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, UInt64(MemoryLayout<T>.size &- 1))
        let x = cpu.x
        let old = f(cpu.host(addr), T(truncatingIfNeeded: x[Int(op.pointee.c)]))
        x[Int(op.pointee.a)] = UInt64(old)
    }

    /// CAS: Op fields: a = Rs as destination (31 → discard), c = Rs as source (31 → XZR),
    /// e = Rt (new value, 31 → XZR), b = Rn.
    @inline(__always)
    static func cas<T: FixedWidthInteger & UnsignedInteger>(
        _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
        _ f: (UnsafeMutableRawPointer, T, T) -> T
    ) {
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, UInt64(MemoryLayout<T>.size &- 1))
        let x = cpu.x
        let expected = T(truncatingIfNeeded: x[Int(op.pointee.c)])
        let new = T(truncatingIfNeeded: x[Int(op.pointee.e)])
        x[Int(op.pointee.a)] = UInt64(f(cpu.host(addr), expected, new))
    }

    static let cas8: OpDef = OpDef("cas") { c, o in cas(c, o) { xrun_cas_8($0, $1, $2) } }
    static let cas16: OpDef = OpDef("cas") { c, o in cas(c, o) { xrun_cas_16($0, $1, $2) } }
    static let cas32: OpDef = OpDef("cas") { c, o in cas(c, o) { xrun_cas_32($0, $1, $2) } }
    static let cas64: OpDef = OpDef("cas") { c, o in cas(c, o) { xrun_cas_64($0, $1, $2) } }
    static let casOps: [OpDef] = [cas8, cas16, cas32, cas64]

    /// CASP Ws, Ws+1, Wt, Wt+1: one 8-byte compare-and-swap, the first register of each
    /// pair at the lower address. Op fields: a/d = Rs/Rs+1 as destinations, c/e = Rs/Rs+1
    /// as sources, f/g = Rt/Rt+1, b = Rn.
    static let casp32: OpDef = OpDef("casp") { cpu, op in
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, 7)
        let x = cpu.x
        let o = op.pointee
        let expected = (x[Int(o.c)] & 0xFFFF_FFFF) | (x[Int(o.e)] &<< 32)
        let new = (x[Int(o.f)] & 0xFFFF_FFFF) | (x[Int(o.g)] &<< 32)
        let old = xrun_cas_64(cpu.host(addr), expected, new)
        x[Int(o.a)] = old & 0xFFFF_FFFF
        x[Int(o.d)] = old >> 32
    }
    static let casp64: OpDef = OpDef("casp") { cpu, op in
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, 15)
        let x = cpu.x
        let o = op.pointee
        let old = xrun_cas_128(cpu.host(addr), x[Int(o.c)], x[Int(o.e)], x[Int(o.f)], x[Int(o.g)])
        x[Int(o.a)] = old.lo
        x[Int(o.d)] = old.hi
    }

    static let ldadd8: OpDef = OpDef("ldadd") { c, o in rmw(c, o) { xrun_fetch_add_8($0, $1) } }
    static let ldadd16: OpDef = OpDef("ldadd") { c, o in rmw(c, o) { xrun_fetch_add_16($0, $1) } }
    static let ldadd32: OpDef = OpDef("ldadd") { c, o in rmw(c, o) { xrun_fetch_add_32($0, $1) } }
    static let ldadd64: OpDef = OpDef("ldadd") { c, o in rmw(c, o) { xrun_fetch_add_64($0, $1) } }
    static let ldclr8: OpDef = OpDef("ldclr") { c, o in rmw(c, o) { xrun_fetch_andnot_8($0, $1) } }
    static let ldclr16: OpDef = OpDef("ldclr") { c, o in rmw(c, o) { xrun_fetch_andnot_16($0, $1) } }
    static let ldclr32: OpDef = OpDef("ldclr") { c, o in rmw(c, o) { xrun_fetch_andnot_32($0, $1) } }
    static let ldclr64: OpDef = OpDef("ldclr") { c, o in rmw(c, o) { xrun_fetch_andnot_64($0, $1) } }
    static let ldeor8: OpDef = OpDef("ldeor") { c, o in rmw(c, o) { xrun_fetch_xor_8($0, $1) } }
    static let ldeor16: OpDef = OpDef("ldeor") { c, o in rmw(c, o) { xrun_fetch_xor_16($0, $1) } }
    static let ldeor32: OpDef = OpDef("ldeor") { c, o in rmw(c, o) { xrun_fetch_xor_32($0, $1) } }
    static let ldeor64: OpDef = OpDef("ldeor") { c, o in rmw(c, o) { xrun_fetch_xor_64($0, $1) } }
    static let ldset8: OpDef = OpDef("ldset") { c, o in rmw(c, o) { xrun_fetch_or_8($0, $1) } }
    static let ldset16: OpDef = OpDef("ldset") { c, o in rmw(c, o) { xrun_fetch_or_16($0, $1) } }
    static let ldset32: OpDef = OpDef("ldset") { c, o in rmw(c, o) { xrun_fetch_or_32($0, $1) } }
    static let ldset64: OpDef = OpDef("ldset") { c, o in rmw(c, o) { xrun_fetch_or_64($0, $1) } }
    static let ldsmax8: OpDef = OpDef("ldsmax") { c, o in rmw(c, o) { xrun_fetch_smax_8($0, $1) } }
    static let ldsmax16: OpDef = OpDef("ldsmax") { c, o in rmw(c, o) { xrun_fetch_smax_16($0, $1) } }
    static let ldsmax32: OpDef = OpDef("ldsmax") { c, o in rmw(c, o) { xrun_fetch_smax_32($0, $1) } }
    static let ldsmax64: OpDef = OpDef("ldsmax") { c, o in rmw(c, o) { xrun_fetch_smax_64($0, $1) } }
    static let ldsmin8: OpDef = OpDef("ldsmin") { c, o in rmw(c, o) { xrun_fetch_smin_8($0, $1) } }
    static let ldsmin16: OpDef = OpDef("ldsmin") { c, o in rmw(c, o) { xrun_fetch_smin_16($0, $1) } }
    static let ldsmin32: OpDef = OpDef("ldsmin") { c, o in rmw(c, o) { xrun_fetch_smin_32($0, $1) } }
    static let ldsmin64: OpDef = OpDef("ldsmin") { c, o in rmw(c, o) { xrun_fetch_smin_64($0, $1) } }
    static let ldumax8: OpDef = OpDef("ldumax") { c, o in rmw(c, o) { xrun_fetch_umax_8($0, $1) } }
    static let ldumax16: OpDef = OpDef("ldumax") { c, o in rmw(c, o) { xrun_fetch_umax_16($0, $1) } }
    static let ldumax32: OpDef = OpDef("ldumax") { c, o in rmw(c, o) { xrun_fetch_umax_32($0, $1) } }
    static let ldumax64: OpDef = OpDef("ldumax") { c, o in rmw(c, o) { xrun_fetch_umax_64($0, $1) } }
    static let ldumin8: OpDef = OpDef("ldumin") { c, o in rmw(c, o) { xrun_fetch_umin_8($0, $1) } }
    static let ldumin16: OpDef = OpDef("ldumin") { c, o in rmw(c, o) { xrun_fetch_umin_16($0, $1) } }
    static let ldumin32: OpDef = OpDef("ldumin") { c, o in rmw(c, o) { xrun_fetch_umin_32($0, $1) } }
    static let ldumin64: OpDef = OpDef("ldumin") { c, o in rmw(c, o) { xrun_fetch_umin_64($0, $1) } }
    static let swp8: OpDef = OpDef("swp") { c, o in rmw(c, o) { xrun_swp_8($0, $1) } }
    static let swp16: OpDef = OpDef("swp") { c, o in rmw(c, o) { xrun_swp_16($0, $1) } }
    static let swp32: OpDef = OpDef("swp") { c, o in rmw(c, o) { xrun_swp_32($0, $1) } }
    static let swp64: OpDef = OpDef("swp") { c, o in rmw(c, o) { xrun_swp_64($0, $1) } }

    /// By o3:opc (C4.1 "Atomic memory operations"): 0000...0111, then SWP (1000); by size.
    static let rmwOps: [[OpDef]] = [
        [ldadd8, ldadd16, ldadd32, ldadd64],
        [ldclr8, ldclr16, ldclr32, ldclr64],
        [ldeor8, ldeor16, ldeor32, ldeor64],
        [ldset8, ldset16, ldset32, ldset64],
        [ldsmax8, ldsmax16, ldsmax32, ldsmax64],
        [ldsmin8, ldsmin16, ldsmin32, ldsmin64],
        [ldumax8, ldumax16, ldumax32, ldumax64],
        [ldumin8, ldumin16, ldumin32, ldumin64],
        [swp8, swp16, swp32, swp64],
    ]
}

extension A64Decoder {
    /// Atomic memory operations: size 111 V 00 A R 1 Rs o3 opc 00 Rn Rt
    /// (from decodeLoadStoreRegister: op3<5> = 1, op4 = 00).
    /// o3 = 0: LDADD, LDCLR, LDEOR, LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN by opc;
    /// o3 = 1: opc 000 SWP; opc 100 with A = 1, R = 0, Rs = 31 LDAPR (FEAT_LRCPC).
    /// The rest (ST64B/LD64B, FEAT_LSE128, SIMD&FP) is not implemented.
    static func decodeAtomicMemory(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard (insn >> 26) & 1 == 0 else { return .undefined }
        let size = Int(insn >> 30)
        let acquire = (insn >> 23) & 1 != 0
        let release = (insn >> 22) & 1 != 0
        let rs = LSField.rm(insn)
        let o3 = (insn >> 15) & 1
        let opc = Int((insn >> 12) & 7)
        let rt = LSField.rt(insn)
        let rn = A64Reg.spOr(LSField.rn(insn))
        let row: Int
        if o3 == 0 {
            row = opc
        } else if opc == 0 {
            row = 8
        } else if opc == 4 && acquire && !release && rs == 31 {
            guard A64Features.has(A64Features.LRCPC) else { return .undefined }
            b.emit(LSOrdered.loads[size], pc: pc, a: A64Reg.dst(rt), b: rn)
            return .next(length: 4)
        } else {
            return .undefined
        }
        // Without FEAT_LSE (an Armv8.0 model) the whole class is unallocated.
        guard A64Features.has(A64Features.ATOMICS) else { return .undefined }
        b.emit(LSAtomic.rmwOps[row][size], pc: pc, a: A64Reg.dst(rt), b: rn, c: A64Reg.src(rs))
        return .next(length: 4)
    }

    /// CAS, CASA, CASL, CASAL (B, H, W, X): size 001000 1 L 1 Rs o0 11111 Rn Rt.
    static func decodeCompareAndSwap(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard A64Features.has(A64Features.ATOMICS), LSField.rt2(insn) == 31 else { return .undefined }
        let rs = LSField.rm(insn)
        b.emit(LSAtomic.casOps[Int(insn >> 30)], pc: pc,
               a: A64Reg.dst(rs), b: A64Reg.spOr(LSField.rn(insn)), c: A64Reg.src(rs),
               e: A64Reg.src(LSField.rt(insn)))
        return .next(length: 4)
    }

    /// CASP, CASPA, CASPL, CASPAL: 0 sz 001000 0 L 1 Rs o0 11111 Rn Rt; Rs and Rt must be
    /// even (odd is UNDEFINED); Rs = 30 pairs X30 with XZR.
    static func decodeCompareAndSwapPair(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rs = LSField.rm(insn), rt = LSField.rt(insn)
        guard A64Features.has(A64Features.ATOMICS), LSField.rt2(insn) == 31, rs & 1 == 0, rt & 1 == 0 else {
            return .undefined
        }
        b.emit(insn & (1 << 30) == 0 ? LSAtomic.casp32 : LSAtomic.casp64, pc: pc,
               a: A64Reg.dst(rs), b: A64Reg.spOr(LSField.rn(insn)), c: A64Reg.src(rs),
               d: A64Reg.dst(rs + 1), e: A64Reg.src(rs + 1),
               f: A64Reg.src(rt), g: A64Reg.src(rt + 1))
        return .next(length: 4)
    }
}
