import XrunCore

/// The RISC-V ops the native tier emits inline: integer ALU, M, the simple Zba/Zbb/
/// Zbs/Zicond ops, integer and FP loads/stores, the FP bit moves, and the control
/// transfers. The compressed instructions decode into these same ops. Everything
/// else (atomics, FP arithmetic, CSRs, ecall, clz/ctz/cpop, ...) is called from the
/// native code.
enum RV64NativeTemplates {
    static let all: NativeTemplates = {
        var t = NativeTemplates()
        typealias I = NativeIntegerTemplates
        typealias M = NativeMultiplyDivideTemplates
        typealias B = NativeBitmanipTemplates
        typealias L = NativeLoadStoreTemplates
        typealias C = NativeControlTransferTemplates

        t.add(IntImm.li, I.li)
        t.add(IntImm.mv, I.mv)
        t.add(IntImm.addi, I.addi)
        t.add(IntImm.andi, I.logicImm(.and))
        t.add(IntImm.ori, I.logicImm(.or))
        t.add(IntImm.xori, I.logicImm(.xor))
        t.add(IntImm.slti, I.setLessThanImm(signed: true))
        t.add(IntImm.sltiu, I.setLessThanImm(signed: false))
        t.add(IntImm.slli, I.shiftImm(.shl))
        t.add(IntImm.srli, I.shiftImm(.shr))
        t.add(IntImm.srai, I.shiftImm(.sar))
        t.add(IntImm.addiw, I.addiw)
        t.add(IntImm.sextw, I.sextw)
        t.add(IntImm.slliw, I.shiftImmWord(.shl))
        t.add(IntImm.srliw, I.shiftImmWord(.shr))
        t.add(IntImm.sraiw, I.shiftImmWord(.sar))

        t.add(IntReg.add, I.alu(.add))
        t.add(IntReg.sub, I.alu(.sub))
        t.add(IntReg.and, I.alu(.and))
        t.add(IntReg.or, I.alu(.or))
        t.add(IntReg.xor, I.alu(.xor))
        t.add(IntReg.addw, I.alu(.add, word: true))
        t.add(IntReg.subw, I.alu(.sub, word: true))
        t.add(IntReg.sll, I.shiftReg(.shl))
        t.add(IntReg.srl, I.shiftReg(.shr))
        t.add(IntReg.sra, I.shiftReg(.sar))
        t.add(IntReg.sllw, I.shiftReg(.shl, word: true))
        t.add(IntReg.srlw, I.shiftReg(.shr, word: true))
        t.add(IntReg.sraw, I.shiftReg(.sar, word: true))
        t.add(IntReg.slt, I.setLessThan(signed: true))
        t.add(IntReg.sltu, I.setLessThan(signed: false))

        t.add(MulDiv.mul, M.mul(word: false))
        t.add(MulDiv.mulw, M.mul(word: true))
        t.add(MulDiv.mulh, M.mulHigh(.signed))
        t.add(MulDiv.mulhu, M.mulHigh(.unsigned))
        t.add(MulDiv.mulhsu, M.mulHigh(.signedUnsigned))
        t.add(MulDiv.div, M.divide(signed: true, remainder: false, word: false))
        t.add(MulDiv.divu, M.divide(signed: false, remainder: false, word: false))
        t.add(MulDiv.rem, M.divide(signed: true, remainder: true, word: false))
        t.add(MulDiv.remu, M.divide(signed: false, remainder: true, word: false))
        t.add(MulDiv.divw, M.divide(signed: true, remainder: false, word: true))
        t.add(MulDiv.divuw, M.divide(signed: false, remainder: false, word: true))
        t.add(MulDiv.remw, M.divide(signed: true, remainder: true, word: true))
        t.add(MulDiv.remuw, M.divide(signed: false, remainder: true, word: true))

        t.add(Zba.shadd, B.shiftAdd(unsignedWord: false))
        t.add(Zba.shaddUW, B.shiftAdd(unsignedWord: true))
        t.add(Zba.slliUW, B.slliUW)
        t.add(Zbb.andn, B.negatedLogic(.andn))
        t.add(Zbb.orn, B.negatedLogic(.orn))
        t.add(Zbb.xnor, B.negatedLogic(.xnor))
        t.add(Zbb.max, B.minMax(takeRs2: .l))
        t.add(Zbb.min, B.minMax(takeRs2: .g))
        t.add(Zbb.maxu, B.minMax(takeRs2: .b))
        t.add(Zbb.minu, B.minMax(takeRs2: .a))
        t.add(Zbb.sextb, B.signExtend(fromBits: 8))
        t.add(Zbb.sexth, B.signExtend(fromBits: 16))
        t.add(Zbb.zexth, B.zexth)
        t.add(Zbb.rev8, B.rev8)
        t.add(Zbb.rol, I.shiftReg(.rol))
        t.add(Zbb.ror, I.shiftReg(.ror))
        t.add(Zbb.rolw, I.shiftReg(.rol, word: true))
        t.add(Zbb.rorw, I.shiftReg(.ror, word: true))
        t.add(Zbb.rotli, I.shiftImm(.rol))       // rori, stored as a left rotation
        t.add(Zbb.rotliw, I.shiftImmWord(.rol))  // roriw, likewise
        t.add(Zbs.bext, B.bitExtract(immediate: false))
        t.add(Zbs.bexti, B.bitExtract(immediate: true))
        t.add(Zicond.czeroEqz, B.conditionalZero(whenZero: true))
        t.add(Zicond.czeroNez, B.conditionalZero(whenZero: false))

        t.add(LoadStore.lb, L.load(size: 1, signed: true))
        t.add(LoadStore.lh, L.load(size: 2, signed: true))
        t.add(LoadStore.lw, L.load(size: 4, signed: true))
        t.add(LoadStore.ld, L.load(size: 8, signed: false))
        t.add(LoadStore.lbu, L.load(size: 1, signed: false))
        t.add(LoadStore.lhu, L.load(size: 2, signed: false))
        t.add(LoadStore.lwu, L.load(size: 4, signed: false))
        t.add(LoadStore.sb, L.store(size: 1))
        t.add(LoadStore.sh, L.store(size: 2))
        t.add(LoadStore.sw, L.store(size: 4))
        t.add(LoadStore.sd, L.store(size: 8))
        t.add(FPLoadStore.flw, L.loadFP(size: 4))
        t.add(FPLoadStore.fld, L.loadFP(size: 8))
        t.add(FPLoadStore.fsw, L.storeFP(size: 4))
        t.add(FPLoadStore.fsd, L.storeFP(size: 8))
        t.add(FPMisc.fmvXD, NativeFPMoveTemplates.fmvXD)
        t.add(FPMisc.fmvDX, NativeFPMoveTemplates.fmvDX)
        t.add(FPMisc.fmvXW, NativeFPMoveTemplates.fmvXW)
        t.add(FPMisc.fmvWX, NativeFPMoveTemplates.fmvWX)

        t.add(Control.jal, C.jal)
        t.add(Control.jalr, C.jalr)
        t.add(Control.beq, C.branch(taken: .e))
        t.add(Control.bne, C.branch(taken: .ne))
        t.add(Control.blt, C.branch(taken: .l))
        t.add(Control.bge, C.branch(taken: .ge))
        t.add(Control.bltu, C.branch(taken: .b))
        t.add(Control.bgeu, C.branch(taken: .ae))
        return t
    }()
}

extension RV64ISA {
    public var nativeTemplates: NativeTemplates { RV64NativeTemplates.all }
}
