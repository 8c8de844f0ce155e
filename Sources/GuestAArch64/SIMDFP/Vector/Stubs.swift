import XrunCore
extension A64Decoder {
    static func decodeSIMDScalarShiftImmediate(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult { .undefined }
    static func decodeSIMDScalarThreeSame(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult { .undefined }
    static func decodeSIMDScalarTwoRegMisc(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult { .undefined }
    static func decodeSIMDScalarPairwise(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult { .undefined }
    static func decodeSIMDScalarCopy(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult { .undefined }
}
