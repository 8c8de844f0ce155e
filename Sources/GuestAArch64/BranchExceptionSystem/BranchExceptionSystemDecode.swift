import XrunCore

// LOCAL TEST SHIM — NOT FOR COMMIT (BRK only, so runA64 works in the mem worktree).
extension A64Decoder {
    static let localBrk: OpFn = { cpu, op in cpu.trap(.breakpoint, pc: op.pointee.pc, info: op.pointee.imm) }
    static func decodeBranchExceptionSystem(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if insn & 0xFFE0_001F == 0xD420_0000 {
            b.emit(localBrk, pc: pc, imm: UInt64((insn >> 5) & 0xFFFF))
            return .end(length: 4)
        }
        return .undefined
    }
}
