import XrunCore

extension RV64ISA {
    /// RVC instructions are 16 bits, the others 32 (RISC-V ISA manual, "Base Instruction-Length
    /// Encoding"): the low half decides, and a compressed one may be the last two bytes
    /// of an executable page.
    public func disassemble(at pc: UInt64, code: CodeReader) -> (encoding: UInt64, length: Int, text: String) {
        guard let low = code.fetch16(pc) else { return (0, 0, "(not executable)") }
        let word = low & 3 == 3 ? code.fetch32(pc) ?? UInt32(low) : UInt32(low)
        let insn = RV64Disassembler.disassemble(word, pc: pc)
        let encoding = insn.length == 2 ? UInt64(low) : UInt64(word)
        return (encoding, insn.length, insn.text)
    }
}
