import XrunCore

/// Top-level RV64GC decode. An instruction whose lowest two bits are not 11 is a
/// 16-bit compressed one (C/); otherwise bits 6:2 of the 32-bit word select the major
/// opcode (unprivileged spec 34, "RV32/64G Instruction Set Listings", table "RISC-V
/// base opcode map"), and each extension's file decodes the rest next to its ops.
public enum RV64Decoder {
    public static func decode(at pc: UInt64, code: CodeReader, into b: inout BlockBuilder) -> DecodeResult {
        // With C, instructions are 2-byte aligned; branch targets always are (JALR
        // clears bit 0), so an odd PC cannot arise.
        guard pc & 1 == 0, let low = code.fetch16(pc) else { return .undefined }
        if low & 3 != 3 { return decodeCompressed(low, pc: pc, into: &b) }
        // bits 4:2 = 111: 48-bit and longer encodings; none is defined for RV64GC.
        if low & 0x1c == 0x1c { return .undefined }
        guard let insn = code.fetch32(pc) else {
            // The first half is executable, the second half lies on the next page,
            // which is not: an instruction fetch fault at that page, reported with this
            // instruction's PC (the hart writes the faulting portion's address to
            // stval, sepc points at the instruction; Linux sends SIGSEGV there).
            b.emit(Self.fetchFaultSecondHalf, pc: pc, imm: pc &+ 2)
            return .end(length: 4)
        }
        return decode32(insn, pc: pc, into: &b)
    }

    static func decode32(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let i = RVInsn(insn)
        switch (insn >> 2) & 0x1f {
        case 0x00: return decodeLoad(i, pc: pc, into: &b)
        case 0x01: return decodeLoadFP(i, pc: pc, into: &b)
        case 0x03: return decodeMiscMem(i, pc: pc, into: &b)
        case 0x04: return decodeOpImm(i, pc: pc, into: &b)
        case 0x05: return decodeAUIPC(i, pc: pc, into: &b)
        case 0x06: return decodeOpImm32(i, pc: pc, into: &b)
        case 0x08: return decodeStore(i, pc: pc, into: &b)
        case 0x09: return decodeStoreFP(i, pc: pc, into: &b)
        case 0x0b: return decodeAMO(i, pc: pc, into: &b)
        case 0x0c: return decodeOp(i, pc: pc, into: &b)
        case 0x0d: return decodeLUI(i, pc: pc, into: &b)
        case 0x0e: return decodeOp32(i, pc: pc, into: &b)
        case 0x10, 0x11, 0x12, 0x13: return decodeFusedMultiplyAdd(i, pc: pc, into: &b)
        case 0x14: return decodeOpFP(i, pc: pc, into: &b)
        case 0x18: return decodeBranch(i, pc: pc, into: &b)
        case 0x19: return decodeJALR(i, pc: pc, into: &b)
        case 0x1b: return decodeJAL(i, pc: pc, into: &b)
        case 0x1c: return decodeSystem(i, pc: pc, into: &b)
        default: return .undefined
        }
    }

    /// OP (register-register): funct7 picks the extension sharing the major opcode.
    static func decodeOp(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.funct7 {
        case 0b000_0000, 0b010_0000: return decodeIntegerRegister(i, pc: pc, into: &b)
        case 0b000_0001: return decodeMulDiv(i, pc: pc, into: &b)
        case 0b000_0111: return decodeZicond(i, pc: pc, into: &b)
        default: return decodeBitmanipOp(i, pc: pc, into: &b)
        }
    }

    /// OP-32 (register-register, 32-bit results).
    static func decodeOp32(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.funct7 {
        case 0b000_0000, 0b010_0000: return decodeIntegerRegister32(i, pc: pc, into: &b)
        case 0b000_0001: return decodeMulDiv32(i, pc: pc, into: &b)
        default: return decodeBitmanipOp32(i, pc: pc, into: &b)
        }
    }

    /// An instruction straddling into a page that is not executable. The byte read
    /// faults by itself when the page is not readable either (SIGSEGV with MAPERR or
    /// ACCERR from the guest page flags); a readable page without execute permission
    /// gets SEGV_ACCERR explicitly.
    static let fetchFaultSecondHalf: OpDef = OpDef("(fetch fault)") { cpu, op in
        cpu.beginAccess(op)
        let addr = op.pointee.imm
        // An atomic load: a plain load whose value is unused would be optimized away.
        _ = xrun_load_acquire_8(cpu.host(addr))
        xrun_guest_fault(addr, 11 /* SIGSEGV */, 2 /* SEGV_ACCERR */)
    }

    /// SIGILL raised by an op at run time (e.g. the dynamic rounding mode holds a
    /// reserved value): ILL_ILLOPC at this instruction, leaving the block at once.
    @inline(never)
    static func illegalAtRunTime(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) -> Never {
        cpu.beginAccess(op)
        xrun_guest_fault(op.pointee.pc, 4 /* SIGILL */, 1 /* ILL_ILLOPC */)
    }

    /// SIGBUS for a misaligned atomic access (Linux cannot emulate those).
    @inline(never)
    static func misaligned(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) -> Never {
        cpu.beginAccess(op)
        xrun_guest_fault(addr, 7 /* SIGBUS */, 1 /* BUS_ADRALN */)
    }
}
