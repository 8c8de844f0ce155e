/// F and D: every OP-FP instruction, the fused multiply-adds, FLW/FLD/FSW/FSD and the
/// fflags/frm/fcsr CSR accesses, with all rounding modes (static 0-4, dynamic 7 under a
/// random frm, and the reserved 5/6 and invalid dynamic frm 5-7, which must raise
/// SIGILL). Registers hold specials, NaN-boxed singles and unboxed values.
/// Zfh (fmt 10) and Q (fmt 11) are not implemented on either side: they appear rarely,
/// as neighbours that must raise SIGILL.
extension RVGen {
    mutating func rm() -> UInt32 { r.weighted([(14, UInt32(r.int(0...4))), (5, 7), (1, UInt32(r.int(5...6)))]) }

    mutating func fpState() {
        // frm 0-4 mostly; 5-7 (invalid: dynamic rounding raises SIGILL) sometimes.
        let frm = r.chance(0.05) ? UInt64(r.int(5...7)) : UInt64(r.int(0...4))
        state.fpcr = frm << 5 | UInt64(r.bits(5))
        for i in 1..<32 where i != 4 && r.chance(0.25) { state.x[i] = r.fpSpecial(r.bool() ? 32 : 64) }
    }

    /// One F (fmt 0) or D (fmt 1) instruction.
    mutating func fpOp(fmt f: UInt32, bases: [UInt32]) -> UInt32 {
        let fmt = r.chance(0.01) ? UInt32(r.int(2...3)) : f
        let rd = UInt32(r.bits(5)), rs1 = r.bits(5), rs2 = r.bits(5)
        switch r.weighted([(8, 0), (2, 1), (2, 2), (2, 3), (2, 4), (3, 5), (3, 6), (1, 7), (4, 8), (2, 9), (2, 10), (2, 11)]) {
        case 0: // FADD FSUB FMUL FDIV
            return Self.rType(UInt32(r.int(0...3)) << 2 | fmt, rs2, rs1, rm(), rd, 0x53)
        case 1: // FSQRT (rs2 = 0)
            return Self.rType(0x2c | fmt, 0, rs1, rm(), rd, 0x53)
        case 2: // FSGNJ FSGNJN FSGNJX
            return Self.rType(0x10 | fmt, rs2, rs1, UInt32(r.int(0...2)), rd, 0x53)
        case 3: // FMIN FMAX
            return Self.rType(0x14 | fmt, rs2, rs1, r.bits(1), rd, 0x53)
        case 4: // FEQ FLT FLE (integer rd), FCLASS
            if r.chance(0.25) { return Self.rType(0x70 | fmt, 0, rs1, 1, dst(), 0x53) }
            return Self.rType(0x50 | fmt, rs2, rs1, UInt32(r.int(0...2)), dst(), 0x53)
        case 5: // FCVT.{W,WU,L,LU}.fmt (integer rd)
            return Self.rType(0x60 | fmt, UInt32(r.int(0...3)), rs1, rm(), dst(), 0x53)
        case 6: // FCVT.fmt.{W,WU,L,LU} (integer rs1)
            return Self.rType(0x68 | fmt, UInt32(r.int(0...3)), src(), rm(), rd, 0x53)
        case 7: // FCVT.S.D / FCVT.D.S
            return fmt == 0 ? Self.rType(0x20, 1, rs1, rm(), rd, 0x53) : Self.rType(0x21, 0, rs1, rm(), rd, 0x53)
        case 8: // FMADD FMSUB FNMSUB FNMADD
            return Self.r4Type(r.bits(5), fmt, rs2, rs1, rm(), rd, r.pick([0x43, 0x47, 0x4b, 0x4f]))
        case 9: // FMV.X.W/FMV.X.D, FMV.W.X/FMV.D.X
            return r.bool() ? Self.rType(0x70 | fmt, 0, rs1, 0, dst(), 0x53) : Self.rType(0x78 | fmt, 0, src(), 0, rd, 0x53)
        case 10: // FLW/FLD, FSW/FSD on a pinned base
            let b = r.pick(bases), bytes = f == 0 ? 4 : 8
            let off = offset12(base: state.x[Int(b)], bytes: bytes)
            return r.bool() ? Self.iType(off, b, 2 + f, rd, 0x07) : Self.sType(off, rs2, b, 2 + f, 0x27)
        default: // CSR access to fflags (1), frm (2), fcsr (3): CSRRW/S/C and their immediate forms
            let csr = r.int(1...3), op = r.pick([1, 2, 3, 5, 6, 7] as [UInt32])
            return Self.iType(csr, op >= 5 ? r.bits(5) : src(), op, dst(), 0x73)
        }
    }
}
