extension A64Disassembler {
    static func disassembleSIMDVector(_ w: A64Word) -> String? { nil }
    static func disassembleSIMDScalar(_ w: A64Word) -> String? { nil }
}
