import XrunCore

enum ExceptionOps {
    /// SVC: the Linux layer resumes at pc + 4 (the preferred return address).
    static let svc: OpDef = OpDef("svc") { cpu, op in cpu.trap(.syscall, pc: op.pointee.pc &+ 4) }
    /// BRK #imm16: SIGTRAP at this instruction; imm carries the comment field.
    static let brk: OpDef = OpDef("brk") { cpu, op in cpu.trap(.breakpoint, pc: op.pointee.pc, info: op.pointee.imm) }
}

extension A64Decoder {
    /// C4.1 Exception generation: 11010100 opc(3) imm16 op2(3) LL(2).
    /// Only SVC (C6.2.365; Linux ignores the immediate) and BRK (C6.2.38) reach EL0
    /// usefully. HVC/SMC are UNDEFINED at EL0, HLT is UNDEFINED without halting debug,
    /// DCPSx and TCANCEL are not available: all `.undefined` (SIGILL).
    static func decodeExceptionGeneration(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let opc = (insn >> 21) & 7, op2 = (insn >> 2) & 7, ll = insn & 3
        if op2 != 0 { return .undefined }
        if opc == 0b000 && ll == 0b01 {
            b.emit(ExceptionOps.svc, pc: pc)
            return .end(length: 4)
        }
        if opc == 0b001 && ll == 0b00 {
            b.emit(ExceptionOps.brk, pc: pc, imm: UInt64((insn >> 5) & 0xFFFF))
            return .end(length: 4)
        }
        return .undefined
    }
}
