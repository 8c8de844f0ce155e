import XrunCore

extension A64Decoder {
    /// Placeholder until this group lands.
    static func decodeBranchExceptionSystem(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        .undefined
    }
}
