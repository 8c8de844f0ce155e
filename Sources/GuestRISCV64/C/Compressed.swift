import XrunCore

/// C extension (spec chapter 28 "C Extension for Compressed Instructions", RV64C
/// forms of table 28.x "RVC opcode map"). Every 16-bit instruction expands to the
/// 32-bit instruction it stands for and emits the very same ops, with length 2 for
/// link values and fall-through addresses. HINT encodings (rd = x0 and friends)
/// execute as no-ops; reserved encodings — including the all-zero halfword — and
/// the Zcb/Zcmop additions are SIGILL.
extension RV64Decoder {
    @inline(__always) private static func field(_ h: UInt32, _ hi: UInt32, _ lo: UInt32) -> UInt32 {
        (h >> lo) & ((1 << (hi - lo + 1)) - 1)
    }
    /// Sign-extends the low `width` bits.
    @inline(__always) private static func sext(_ v: UInt32, _ width: UInt32) -> Int64 {
        Int64(Int32(bitPattern: v << (32 - width)) >> (32 - width))
    }
    /// rd'/rs1'/rs2': three-bit fields naming x8–x15 (or f8–f15).
    @inline(__always) private static func creg(_ v: UInt32) -> UInt32 { 8 + (v & 7) }

    static func decodeCompressed(_ half: UInt16, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let h = UInt32(half)
        let funct3 = h >> 13
        switch h & 3 {
        case 0: return decodeQuadrant0(h, funct3: funct3, pc: pc, into: &b)
        case 1: return decodeQuadrant1(h, funct3: funct3, pc: pc, into: &b)
        default: return decodeQuadrant2(h, funct3: funct3, pc: pc, into: &b)
        }
    }

    /// Offset of C.LD/C.SD/C.FLD/C.FSD: uimm[5:3] = 12:10, uimm[7:6] = 6:5.
    private static func offsetD(_ h: UInt32) -> Int64 { Int64(field(h, 12, 10) << 3 | field(h, 6, 5) << 6) }
    /// Offset of C.LW/C.SW: uimm[5:3] = 12:10, uimm[2] = 6, uimm[6] = 5.
    private static func offsetW(_ h: UInt32) -> Int64 {
        Int64(field(h, 12, 10) << 3 | field(h, 6, 6) << 2 | field(h, 5, 5) << 6)
    }

    private static func decodeQuadrant0(_ h: UInt32, funct3: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rdp = creg(field(h, 4, 2)), rs1p = creg(field(h, 9, 7))
        switch funct3 {
        case 0b000:
            // C.ADDI4SPN: addi rd', x2, nzuimm[5:4|9:6|2|3]; nzuimm = 0 is reserved
            // (and covers the all-zero halfword, defined illegal).
            let imm = field(h, 12, 11) << 4 | field(h, 10, 7) << 6 | field(h, 6, 6) << 2 | field(h, 5, 5) << 3
            guard imm != 0 else { return .undefined }
            emitAddi(rd: RVReg.dst(rdp), rs1: RVReg.sp, imm: Int64(imm), pc: pc, into: &b)
            return .next(length: 2)
        case 0b001: // C.FLD
            return emitFPLoad(funct3: 0b011, frd: RVReg.fp(rdp), rs1: RVReg.src(rs1p), offset: offsetD(h),
                              length: 2, pc: pc, into: &b)
        case 0b010: // C.LW
            return emitLoad(funct3: 0b010, rd: RVReg.dst(rdp), rs1: RVReg.src(rs1p), offset: offsetW(h),
                            length: 2, pc: pc, into: &b)
        case 0b011: // C.LD
            return emitLoad(funct3: 0b011, rd: RVReg.dst(rdp), rs1: RVReg.src(rs1p), offset: offsetD(h),
                            length: 2, pc: pc, into: &b)
        case 0b101: // C.FSD
            return emitFPStore(funct3: 0b011, rs1: RVReg.src(rs1p), frs2: RVReg.fp(rdp), offset: offsetD(h),
                               length: 2, pc: pc, into: &b)
        case 0b110: // C.SW
            return emitStore(funct3: 0b010, rs1: RVReg.src(rs1p), rs2: RVReg.src(rdp), offset: offsetW(h),
                             length: 2, pc: pc, into: &b)
        case 0b111: // C.SD
            return emitStore(funct3: 0b011, rs1: RVReg.src(rs1p), rs2: RVReg.src(rdp), offset: offsetD(h),
                             length: 2, pc: pc, into: &b)
        default:    // 100: reserved (Zcb loads/stores)
            return .undefined
        }
    }

    private static func decodeQuadrant1(_ h: UInt32, funct3: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rd = field(h, 11, 7)
        let imm6 = sext(field(h, 12, 12) << 5 | field(h, 6, 2), 6)
        switch funct3 {
        case 0b000: // C.ADDI (C.NOP for rd = 0; a zero immediate is a HINT)
            emitAddi(rd: RVReg.dst(rd), rs1: RVReg.src(rd), imm: imm6, pc: pc, into: &b)
        case 0b001: // C.ADDIW; rd = 0 is reserved
            guard rd != 0 else { return .undefined }
            emitAddiw(rd: RVReg.dst(rd), rs1: RVReg.src(rd), imm: imm6, pc: pc, into: &b)
        case 0b010: // C.LI
            emitAddi(rd: RVReg.dst(rd), rs1: RVReg.zero, imm: imm6, pc: pc, into: &b)
        case 0b011:
            if rd == 2 {
                // C.ADDI16SP: nzimm[9] = 12, nzimm[4|6|8:7|5] = 6:2; zero is reserved.
                let v = field(h, 12, 12) << 9 | field(h, 6, 6) << 4 | field(h, 5, 5) << 6
                    | field(h, 4, 3) << 7 | field(h, 2, 2) << 5
                guard v != 0 else { return .undefined }
                emitAddi(rd: RVReg.sp, rs1: RVReg.sp, imm: sext(v, 10), pc: pc, into: &b)
            } else {
                // C.LUI: nzimm[17] = 12, nzimm[16:12] = 6:2; zero is reserved.
                let v = field(h, 12, 12) << 17 | field(h, 6, 2) << 12
                guard v != 0 else { return .undefined }
                emitLoadImmediate(rd: RVReg.dst(rd), value: immBits(sext(v, 18)), pc: pc, into: &b)
            }
        case 0b100:
            return decodeCompressedArithmetic(h, pc: pc, into: &b)
        case 0b101: // C.J: offset[11|4|9:8|10|6|7|3:1|5]
            let v = field(h, 12, 12) << 11 | field(h, 11, 11) << 4 | field(h, 10, 9) << 8 | field(h, 8, 8) << 10
                | field(h, 7, 7) << 6 | field(h, 6, 6) << 7 | field(h, 5, 3) << 1 | field(h, 2, 2) << 5
            return emitJal(rd: RVReg.discard, target: pc &+ immBits(sext(v, 12)), length: 2, pc: pc, into: &b)
        default: // C.BEQZ (110), C.BNEZ (111): offset[8|4:3] = 12:10, [7:6|2:1|5] = 6:2
            let v = field(h, 12, 12) << 8 | field(h, 11, 10) << 3 | field(h, 6, 5) << 6
                | field(h, 4, 3) << 1 | field(h, 2, 2) << 5
            return emitBranch(funct3: funct3 == 0b110 ? 0b000 : 0b001, rs1: RVReg.src(creg(field(h, 9, 7))),
                              rs2: RVReg.zero, target: pc &+ immBits(sext(v, 9)), length: 2, pc: pc, into: &b)
        }
        return .next(length: 2)
    }

    /// Quadrant 1, funct3 100: C.SRLI, C.SRAI, C.ANDI and the register-register group.
    private static func decodeCompressedArithmetic(_ h: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rdp = UInt8(creg(field(h, 9, 7))), rs2p = UInt8(creg(field(h, 4, 2)))
        let shamt = UInt64(field(h, 12, 12) << 5 | field(h, 6, 2))
        switch field(h, 11, 10) {
        case 0b00: // C.SRLI (shamt 0 is a HINT on RV64C)
            emitRegImm(IntImm.srli, rd: rdp, rs1: rdp, imm: shamt, pc: pc, into: &b)
        case 0b01: // C.SRAI
            emitRegImm(IntImm.srai, rd: rdp, rs1: rdp, imm: shamt, pc: pc, into: &b)
        case 0b10: // C.ANDI
            let imm = sext(field(h, 12, 12) << 5 | field(h, 6, 2), 6)
            emitRegImm(IntImm.andi, rd: rdp, rs1: rdp, imm: immBits(imm), pc: pc, into: &b)
        default:
            let fn: OpDef
            switch (field(h, 12, 12), field(h, 6, 5)) {
            case (0, 0b00): fn = IntReg.sub
            case (0, 0b01): fn = IntReg.xor
            case (0, 0b10): fn = IntReg.or
            case (0, 0b11): fn = IntReg.and
            case (1, 0b00): fn = IntReg.subw
            case (1, 0b01): fn = IntReg.addw
            default: return .undefined // reserved (Zcb c.mul and the c.zext/sext/not group)
            }
            emitRegReg(fn, rd: rdp, rs1: rdp, rs2: rs2p, pc: pc, into: &b)
        }
        return .next(length: 2)
    }

    private static func decodeQuadrant2(_ h: UInt32, funct3: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let rd = field(h, 11, 7), rs2 = field(h, 6, 2)
        switch funct3 {
        case 0b000: // C.SLLI (rd = 0 or shamt = 0: HINTs)
            let shamt = UInt64(field(h, 12, 12) << 5 | field(h, 6, 2))
            emitRegImm(IntImm.slli, rd: RVReg.dst(rd), rs1: RVReg.src(rd), imm: shamt, pc: pc, into: &b)
        case 0b001: // C.FLDSP: uimm[5] = 12, uimm[4:3] = 6:5, uimm[8:6] = 4:2
            let off = field(h, 12, 12) << 5 | field(h, 6, 5) << 3 | field(h, 4, 2) << 6
            return emitFPLoad(funct3: 0b011, frd: RVReg.fp(rd), rs1: RVReg.sp, offset: Int64(off),
                              length: 2, pc: pc, into: &b)
        case 0b010: // C.LWSP: uimm[5] = 12, uimm[4:2] = 6:4, uimm[7:6] = 3:2; rd = 0 reserved
            guard rd != 0 else { return .undefined }
            let off = field(h, 12, 12) << 5 | field(h, 6, 4) << 2 | field(h, 3, 2) << 6
            return emitLoad(funct3: 0b010, rd: RVReg.dst(rd), rs1: RVReg.sp, offset: Int64(off),
                            length: 2, pc: pc, into: &b)
        case 0b011: // C.LDSP: uimm[5] = 12, uimm[4:3] = 6:5, uimm[8:6] = 4:2; rd = 0 reserved
            guard rd != 0 else { return .undefined }
            let off = field(h, 12, 12) << 5 | field(h, 6, 5) << 3 | field(h, 4, 2) << 6
            return emitLoad(funct3: 0b011, rd: RVReg.dst(rd), rs1: RVReg.sp, offset: Int64(off),
                            length: 2, pc: pc, into: &b)
        case 0b100:
            if field(h, 12, 12) == 0 {
                if rs2 == 0 {
                    // C.JR: jalr x0, 0(rs1); rs1 = 0 is reserved.
                    guard rd != 0 else { return .undefined }
                    return emitJalr(rd: RVReg.discard, rs1: RVReg.src(rd), offset: 0, length: 2, pc: pc, into: &b)
                }
                // C.MV: add rd, x0, rs2 (rd = 0: HINT)
                emitAdd(rd: RVReg.dst(rd), rs1: RVReg.zero, rs2: RVReg.src(rs2), pc: pc, into: &b)
            } else {
                if rs2 == 0 {
                    if rd == 0 { // C.EBREAK
                        b.emit(SystemOps.ebreak, pc: pc)
                        return .end(length: 2)
                    }
                    // C.JALR: jalr x1, 0(rs1)
                    return emitJalr(rd: RVReg.ra, rs1: RVReg.src(rd), offset: 0, length: 2, pc: pc, into: &b)
                }
                // C.ADD: add rd, rd, rs2 (rd = 0: HINT)
                emitAdd(rd: RVReg.dst(rd), rs1: RVReg.src(rd), rs2: RVReg.src(rs2), pc: pc, into: &b)
            }
        case 0b101: // C.FSDSP: uimm[5:3] = 12:10, uimm[8:6] = 9:7
            let off = field(h, 12, 10) << 3 | field(h, 9, 7) << 6
            return emitFPStore(funct3: 0b011, rs1: RVReg.sp, frs2: RVReg.fp(rs2), offset: Int64(off),
                               length: 2, pc: pc, into: &b)
        case 0b110: // C.SWSP: uimm[5:2] = 12:9, uimm[7:6] = 8:7
            let off = field(h, 12, 9) << 2 | field(h, 8, 7) << 6
            return emitStore(funct3: 0b010, rs1: RVReg.sp, rs2: RVReg.src(rs2), offset: Int64(off),
                             length: 2, pc: pc, into: &b)
        default: // 111 C.SDSP: uimm[5:3] = 12:10, uimm[8:6] = 9:7
            let off = field(h, 12, 10) << 3 | field(h, 9, 7) << 6
            return emitStore(funct3: 0b011, rs1: RVReg.sp, rs2: RVReg.src(rs2), offset: Int64(off),
                             length: 2, pc: pc, into: &b)
        }
        return .next(length: 2)
    }
}
