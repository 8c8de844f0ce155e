import XrunCore

extension A64ISA {
    /// A64 instructions are one 32-bit little-endian word each (Arm ARM A1.2.2 / C1.2).
    public func disassemble(at pc: UInt64, code: CodeReader) -> (encoding: UInt64, length: Int, text: String) {
        guard let word = code.fetch32(pc) else { return (0, 0, "(not executable)") }
        return (UInt64(word), 4, A64Disassembler.disassemble(word, pc: pc))
    }
}
