import XrunCore

/// The ops of one FP format; SingleOps (F/) and DoubleOps (D/) provide them, and
/// the shared decoder below picks from the table of the instruction's fmt field.
protocol FPOpTable {
    static var add: OpDef { get }
    static var sub: OpDef { get }
    static var mul: OpDef { get }
    static var div: OpDef { get }
    static var sqrt: OpDef { get }
    static var fmadd: OpDef { get }
    static var fmsub: OpDef { get }
    static var fnmsub: OpDef { get }
    static var fnmadd: OpDef { get }
    static var sgnj: OpDef { get }
    static var sgnjn: OpDef { get }
    static var sgnjx: OpDef { get }
    static var min: OpDef { get }
    static var max: OpDef { get }
    static var le: OpDef { get }
    static var lt: OpDef { get }
    static var eq: OpDef { get }
    static var classify: OpDef { get }
    static var toW: OpDef { get }
    static var toWU: OpDef { get }
    static var toL: OpDef { get }
    static var toLU: OpDef { get }
    static var fromW: OpDef { get }
    static var fromWU: OpDef { get }
    static var fromL: OpDef { get }
    static var fromLU: OpDef { get }
    /// FMV.X.W / FMV.X.D and FMV.W.X / FMV.D.X.
    static var moveToInteger: OpDef { get }
    static var moveFromInteger: OpDef { get }
    /// FCVT from the other format (FCVT.S.D / FCVT.D.S) and its rs2 field value.
    static var convertFromOther: OpDef { get }
    static var otherFormatField: UInt32 { get }
}

extension RV64Decoder {
    /// OP-FP (spec 13.6–13.9, 14.x): funct5 (31:27), fmt (26:25; 00 S, 01 D), rs2,
    /// rm/funct3. H and Q formats and the Zfa additions are not implemented.
    static func decodeOpFP(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.fmt {
        case 0: return decodeOpFP(i, SingleOps.self, pc: pc, into: &b)
        case 1: return decodeOpFP(i, DoubleOps.self, pc: pc, into: &b)
        default: return .undefined
        }
    }

    static func decodeFusedMultiplyAdd(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.fmt {
        case 0: return decodeFusedMultiplyAdd(i, SingleOps.self, pc: pc, into: &b)
        case 1: return decodeFusedMultiplyAdd(i, DoubleOps.self, pc: pc, into: &b)
        default: return .undefined
        }
    }

    private static func decodeFusedMultiplyAdd<T: FPOpTable>(_ i: RVInsn, _: T.Type, pc: UInt64,
                                                              into b: inout BlockBuilder) -> DecodeResult {
        guard let rm = FPRounding.field(i.rm) else { return .undefined }
        let fn: OpDef
        switch (i.bits >> 2) & 3 {
        case 0: fn = T.fmadd
        case 1: fn = T.fmsub
        case 2: fn = T.fnmsub
        default: fn = T.fnmadd
        }
        b.emit(fn, pc: pc, a: RVReg.fp(i.rd), b: RVReg.fp(i.rs1), c: RVReg.fp(i.rs2), d: rm, e: RVReg.fp(i.rs3))
        return .next(length: 4)
    }

    private static func decodeOpFP<T: FPOpTable>(_ i: RVInsn, _: T.Type, pc: UInt64,
                                                 into b: inout BlockBuilder) -> DecodeResult {
        let rd = RVReg.fp(i.rd), rs1 = RVReg.fp(i.rs1), rs2 = RVReg.fp(i.rs2)
        let funct5 = i.bits >> 27
        /// An op with a rounding mode, writing an FP register.
        func rounded(_ fn: OpDef, rdSlot: UInt8 = rd, rs1Slot: UInt8 = rs1) -> DecodeResult {
            guard let rm = FPRounding.field(i.rm) else { return .undefined }
            b.emit(fn, pc: pc, a: rdSlot, b: rs1Slot, c: rs2, d: rm)
            return .next(length: 4)
        }
        /// An op without a rounding mode.
        func plain(_ fn: OpDef, rdSlot: UInt8 = rd, rs1Slot: UInt8 = rs1) -> DecodeResult {
            b.emit(fn, pc: pc, a: rdSlot, b: rs1Slot, c: rs2)
            return .next(length: 4)
        }
        let xrd = RVReg.dst(i.rd), xrs1 = RVReg.src(i.rs1)

        switch funct5 {
        case 0b00000: return rounded(T.add)
        case 0b00001: return rounded(T.sub)
        case 0b00010: return rounded(T.mul)
        case 0b00011: return rounded(T.div)
        case 0b01011:
            guard i.rs2 == 0 else { return .undefined }
            return rounded(T.sqrt)
        case 0b00100:
            switch i.funct3 {
            case 0b000: return plain(T.sgnj)
            case 0b001: return plain(T.sgnjn)
            case 0b010: return plain(T.sgnjx)
            default: return .undefined
            }
        case 0b00101:
            switch i.funct3 {
            case 0b000: return plain(T.min)
            case 0b001: return plain(T.max)
            default: return .undefined // Zfa fminm/fmaxm
            }
        case 0b01000:
            guard i.rs2 == T.otherFormatField else { return .undefined } // Zfa fround, H/Q forms
            return rounded(T.convertFromOther)
        case 0b10100:
            // The comparison's result is an integer register; x0 still raises flags.
            switch i.funct3 {
            case 0b000: return plain(T.le, rdSlot: xrd)
            case 0b001: return plain(T.lt, rdSlot: xrd)
            case 0b010: return plain(T.eq, rdSlot: xrd)
            default: return .undefined // Zfa fleq/fltq
            }
        case 0b11000:
            let fns = [T.toW, T.toWU, T.toL, T.toLU]
            guard i.rs2 < 4 else { return .undefined } // Zfa fcvtmod.w.d
            return rounded(fns[Int(i.rs2)], rdSlot: xrd)
        case 0b11010:
            let fns = [T.fromW, T.fromWU, T.fromL, T.fromLU]
            guard i.rs2 < 4 else { return .undefined }
            return rounded(fns[Int(i.rs2)], rs1Slot: xrs1)
        case 0b11100:
            guard i.rs2 == 0 else { return .undefined }
            switch i.funct3 {
            case 0b000:
                if xrd == RVReg.discard { return .next(length: 4) }
                return plain(T.moveToInteger, rdSlot: xrd)
            case 0b001: return plain(T.classify, rdSlot: xrd)
            default: return .undefined
            }
        case 0b11110:
            guard i.rs2 == 0, i.funct3 == 0 else { return .undefined } // Zfa fli
            return plain(T.moveFromInteger, rs1Slot: xrs1)
        default:
            return .undefined
        }
    }
}
