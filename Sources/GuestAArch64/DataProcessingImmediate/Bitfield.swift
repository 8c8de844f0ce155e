import XrunCore

/// SBFM/BFM/UBFM ops. The generic forms use the identity (for field bits imms..immr
/// when imms >= immr, or imms..0 placed at size-immr otherwise):
///   UBFM = (x << L) >>> Rs,  SBFM = (x << L) >> Rs (arithmetic),
///   L = size-1-imms, Rs = (size-1-imms+immr) mod size,
/// which is what C6.2 SBFM / C6.2 UBFM compute via DecodeBitMasks.
/// a = Rd, b = Rn, c = L, d = Rs.
enum BitfieldOps {
    static let ubfm64: OpDef = OpDef("ubfm", native: NativeDataProcessing.bitfield(left: true, right: .shr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = (x[Int(op.pointee.b)] &<< UInt64(op.pointee.c)) &>> UInt64(op.pointee.d)
    }
    static let ubfm32: OpDef = OpDef("ubfm", native: NativeDataProcessing.bitfield(left: true, right: .shr, w: false)) { cpu, op in
        let x = cpu.x
        let v = (A64ALU.w(x[Int(op.pointee.b)]) &<< UInt32(op.pointee.c)) &>> UInt32(op.pointee.d)
        x[Int(op.pointee.a)] = UInt64(v)
    }
    static let sbfm64: OpDef = OpDef("sbfm", native: NativeDataProcessing.bitfield(left: true, right: .sar, w: true)) { cpu, op in
        let x = cpu.x
        let v = Int64(bitPattern: x[Int(op.pointee.b)] &<< UInt64(op.pointee.c)) &>> Int64(op.pointee.d)
        x[Int(op.pointee.a)] = UInt64(bitPattern: v)
    }
    static let sbfm32: OpDef = OpDef("sbfm", native: NativeDataProcessing.bitfield(left: true, right: .sar, w: false)) { cpu, op in
        let x = cpu.x
        let v = Int32(bitPattern: A64ALU.w(x[Int(op.pointee.b)]) &<< UInt32(op.pointee.c)) &>> Int32(op.pointee.d)
        x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: v))
    }
    // Shift aliases (C6.2 LSL, C6.2 LSR, C6.2 ASR (immediate)): c = amount.
    static let lsl64: OpDef = OpDef("lsl", native: NativeDataProcessing.bitfield(left: true, right: nil, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &<< UInt64(op.pointee.c)
    }
    static let lsl32: OpDef = OpDef("lsl", native: NativeDataProcessing.bitfield(left: true, right: nil, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &<< UInt32(op.pointee.c))
    }
    static let lsr64: OpDef = OpDef("lsr", native: NativeDataProcessing.bitfield(left: false, right: .shr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] &>> UInt64(op.pointee.c)
    }
    static let lsr32: OpDef = OpDef("lsr", native: NativeDataProcessing.bitfield(left: false, right: .shr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) &>> UInt32(op.pointee.c))
    }
    static let asr64: OpDef = OpDef("asr", native: NativeDataProcessing.bitfield(left: false, right: .sar, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(bitPattern: x[Int(op.pointee.b)]) &>> Int64(op.pointee.c))
    }
    static let asr32: OpDef = OpDef("asr", native: NativeDataProcessing.bitfield(left: false, right: .sar, w: false)) { cpu, op in
        let x = cpu.x
        let v = Int32(bitPattern: A64ALU.w(x[Int(op.pointee.b)])) &>> Int32(op.pointee.c)
        x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: v))
    }
    // Sign extensions (C6.2 SXTB, SXTH, SXTW).
    static let sxtb64: OpDef = OpDef("sxtb", native: NativeDataProcessing.signExtend(bits: 8, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(Int8(truncatingIfNeeded: x[Int(op.pointee.b)])))
    }
    static let sxth64: OpDef = OpDef("sxth", native: NativeDataProcessing.signExtend(bits: 16, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(Int16(truncatingIfNeeded: x[Int(op.pointee.b)])))
    }
    static let sxtw64: OpDef = OpDef("sxtw", native: NativeDataProcessing.signExtend(bits: 32, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: x[Int(op.pointee.b)])))
    }
    static let sxtb32: OpDef = OpDef("sxtb", native: NativeDataProcessing.signExtend(bits: 8, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: Int32(Int8(truncatingIfNeeded: x[Int(op.pointee.b)]))))
    }
    static let sxth32: OpDef = OpDef("sxth", native: NativeDataProcessing.signExtend(bits: 16, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: Int32(Int16(truncatingIfNeeded: x[Int(op.pointee.b)]))))
    }
    /// BFM (BFI/BFXIL, C6.2 BFM): Rd = (Rd & ~imm) | (((Rn >> c) << d) & imm),
    /// imm = the destination field mask.
    static let bfm64: OpDef = OpDef("bfm", native: NativeFieldInsert.bitfieldMove(w: true)) { cpu, op in
        let x = cpu.x, d = Int(op.pointee.a)
        let field = (x[Int(op.pointee.b)] &>> UInt64(op.pointee.c)) &<< UInt64(op.pointee.d)
        x[d] = (x[d] & ~op.pointee.imm) | (field & op.pointee.imm)
    }
    static let bfm32: OpDef = OpDef("bfm", native: NativeFieldInsert.bitfieldMove(w: false)) { cpu, op in
        let x = cpu.x, d = Int(op.pointee.a)
        let field = (x[Int(op.pointee.b)] &>> UInt64(op.pointee.c)) &<< UInt64(op.pointee.d)
        x[d] = ((x[d] & ~op.pointee.imm) | (field & op.pointee.imm)) & 0xFFFF_FFFF
    }
}

extension A64Decoder {
    /// C6.2 SBFM, C6.2 BFM, C6.2 UBFM: sf opc(2) 100110 N immr imms Rn Rd,
    /// with every alias (LSL/LSR/ASR immediate, [SU]XT[BHW], [SU]BFX, [SU]BFIZ, BFI,
    /// BFXIL) specialised at decode time.
    static func decodeBitfield(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31, opc = (insn >> 29) & 3, n = (insn >> 22) & 1
        let immr = (insn >> 16) & 0x3F, imms = (insn >> 10) & 0x3F
        if opc == 0b11 || n != sf { return .undefined }
        if sf == 0 && (immr >= 32 || imms >= 32) { return .undefined }
        let is64 = sf == 1, size: UInt32 = is64 ? 64 : 32
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src((insn >> 5) & 31)
        let lsh = UInt8(size - 1 - imms), rsh = UInt8((size - 1 - imms + immr) & (size - 1))
        let mov = is64 ? AddSubImmOps.mov64 : AddSubImmOps.mov32

        switch opc {
        case 0b10: // UBFM
            if imms == size - 1 {                       // LSR #immr
                if immr == 0 { b.emit(mov, pc: pc, a: rd, b: rn) }
                else { b.emit(is64 ? BitfieldOps.lsr64 : BitfieldOps.lsr32, pc: pc, a: rd, b: rn, c: UInt8(immr)) }
            } else if imms + 1 == immr {                // LSL #(size-immr)
                b.emit(is64 ? BitfieldOps.lsl64 : BitfieldOps.lsl32, pc: pc, a: rd, b: rn, c: UInt8(size - immr))
            } else if immr == 0 {                       // UXTB/UXTH/UBFX #0: a mask
                b.emit(LogicalImmOps.and64, pc: pc, imm: (UInt64(1) << UInt64(imms + 1)) - 1, a: rd, b: rn)
            } else {
                b.emit(is64 ? BitfieldOps.ubfm64 : BitfieldOps.ubfm32, pc: pc, a: rd, b: rn, c: lsh, d: rsh)
            }
        case 0b00: // SBFM
            if imms == size - 1 {                       // ASR #immr
                if immr == 0 { b.emit(mov, pc: pc, a: rd, b: rn) }
                else { b.emit(is64 ? BitfieldOps.asr64 : BitfieldOps.asr32, pc: pc, a: rd, b: rn, c: UInt8(immr)) }
            } else if immr == 0 && imms == 7 {
                b.emit(is64 ? BitfieldOps.sxtb64 : BitfieldOps.sxtb32, pc: pc, a: rd, b: rn)
            } else if immr == 0 && imms == 15 {
                b.emit(is64 ? BitfieldOps.sxth64 : BitfieldOps.sxth32, pc: pc, a: rd, b: rn)
            } else if immr == 0 && imms == 31 && is64 {
                b.emit(BitfieldOps.sxtw64, pc: pc, a: rd, b: rn)
            } else {
                b.emit(is64 ? BitfieldOps.sbfm64 : BitfieldOps.sbfm32, pc: pc, a: rd, b: rn, c: lsh, d: rsh)
            }
        default: // BFM
            if rd == A64Reg.discard { break }
            let fn = is64 ? BitfieldOps.bfm64 : BitfieldOps.bfm32
            if imms >= immr {                           // BFXIL: Rn<imms:immr> -> Rd<imms-immr:0>
                let mask = (UInt64(2) << UInt64(imms - immr)) &- 1
                b.emit(fn, pc: pc, imm: mask, a: rd, b: rn, c: UInt8(immr), d: 0)
            } else {                                    // BFI: Rn<imms:0> -> Rd at size-immr
                let lsb = UInt64(size - immr)
                let mask = ((UInt64(2) << UInt64(imms)) &- 1) << lsb
                b.emit(fn, pc: pc, imm: mask, a: rd, b: rn, c: 0, d: UInt8(lsb))
            }
        }
        return .next(length: 4)
    }
}
