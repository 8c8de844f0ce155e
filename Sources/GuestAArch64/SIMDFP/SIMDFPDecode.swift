import XrunCore

/// C4.1.9 "Data Processing -- Scalar Floating-Point and Advanced SIMD" (op0 = x111):
/// splits the group into its encoding classes; each class's file decodes the rest.
/// The crypto classes (AES, SHA, SHA512/SHA3) and "three same extra" (dot products) are
/// routed to Crypto/ and DotProduct.swift; FP16 arithmetic and other extensions xrun does
/// not advertise stay undefined.
extension A64Decoder {
    static func decodeSIMDFP(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let bit = { (i: UInt32) -> UInt32 in insn >> i & 1 }
        if bit(30) == 0 {
            // Scalar floating point: bits 28:24 = 11110 or 11111 (bit 31 is sf/M).
            switch insn >> 24 & 0x1F {
            case 0b11110: return decodeScalarFP(insn, pc: pc, into: &b)
            case 0b11111: return decodeFPDataProcessing3(insn, pc: pc, into: &b)
            default: break
            }
        }
        if insn >> 24 == 0xCE { return decodeCryptoSHA512SHA3(insn, pc: pc, into: &b) }
        guard bit(31) == 0 else { return .undefined }
        if bit(28) == 1 {
            // Advanced SIMD scalar: 01 U 1111x ...
            guard bit(30) == 1 else { return .undefined }
            if bit(24) == 1 {
                if bit(10) == 0 { return decodeSIMDScalarByElement(insn, pc: pc, into: &b) }
                guard bit(23) == 0, insn >> 19 & 0xF != 0 else { return .undefined }
                return decodeSIMDScalarShiftImmediate(insn, pc: pc, into: &b)
            }
            if bit(21) == 1 {
                if bit(10) == 1 { return decodeSIMDScalarThreeSame(insn, pc: pc, into: &b) }
                if insn >> 10 & 3 == 0 { return decodeSIMDScalarThreeDifferent(insn, pc: pc, into: &b) }
                guard insn >> 10 & 3 == 0b10 else { return .undefined }
                switch insn >> 17 & 0xF {
                case 0b0000: return decodeSIMDScalarTwoRegMisc(insn, pc: pc, into: &b)
                case 0b0100: return decodeCryptoTwoRegSHA(insn, pc: pc, into: &b)
                case 0b1000: return decodeSIMDScalarPairwise(insn, pc: pc, into: &b)
                default: return .undefined
                }
            }
            if insn >> 21 & 7 == 0, bit(15) == 0, bit(10) == 1, bit(29) == 0 {
                return decodeSIMDScalarCopy(insn, pc: pc, into: &b)
            }
            if bit(21) == 0, bit(15) == 0, insn >> 10 & 3 == 0 { return decodeCryptoThreeRegSHA(insn, pc: pc, into: &b) }
            return .undefined
        }
        // Advanced SIMD vector: 0 Q U 0111x ...
        if bit(24) == 1 {
            if bit(10) == 0 { return decodeSIMDByElement(insn, pc: pc, into: &b) }
            guard bit(23) == 0 else { return .undefined }
            if insn >> 19 & 0xF == 0 { return decodeSIMDModifiedImmediate(insn, pc: pc, into: &b) }
            return decodeSIMDShiftImmediate(insn, pc: pc, into: &b)
        }
        if bit(21) == 1 {
            if bit(10) == 1 { return decodeSIMDThreeSame(insn, pc: pc, into: &b) }
            if bit(11) == 0 { return decodeSIMDThreeDifferent(insn, pc: pc, into: &b) }
            switch insn >> 17 & 0xF {
            case 0b0000: return decodeSIMDTwoRegMisc(insn, pc: pc, into: &b)
            case 0b0100: return decodeCryptoAES(insn, pc: pc, into: &b)
            case 0b1000: return decodeSIMDAcrossLanes(insn, pc: pc, into: &b)
            default: return .undefined
            }
        }
        if insn >> 21 & 7 == 0, bit(15) == 0, bit(10) == 1 { return decodeSIMDCopy(insn, pc: pc, into: &b) }
        if bit(15) == 1, bit(10) == 1 { return decodeSIMDThreeSameExtra(insn, pc: pc, into: &b) }
        guard bit(15) == 0, bit(10) == 0 else { return .undefined }
        if bit(29) == 0 {
            return bit(11) == 1 ? decodeSIMDPermute(insn, pc: pc, into: &b)
                                : decodeSIMDTableLookup(insn, pc: pc, into: &b)
        }
        return decodeSIMDExtract(insn, pc: pc, into: &b)
    }

    /// Scalar FP classes with bits 28:24 = 11110, told apart by bit 21 and bits 15:10.
    static func decodeScalarFP(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        if insn >> 21 & 1 == 0 { return decodeFPFixedConvert(insn, pc: pc, into: &b) }
        switch insn >> 10 & 3 {
        case 0b01: return decodeFPCondCompare(insn, pc: pc, into: &b)
        case 0b10: return decodeFPDataProcessing2(insn, pc: pc, into: &b)
        case 0b11: return decodeFPCondSelect(insn, pc: pc, into: &b)
        default:
            if insn >> 10 & 0x3F == 0 { return decodeFPIntegerConvert(insn, pc: pc, into: &b) }
            if insn >> 10 & 0x1F == 0b10000 { return decodeFPDataProcessing1(insn, pc: pc, into: &b) }
            if insn >> 10 & 0xF == 0b1000 { return decodeFPCompare(insn, pc: pc, into: &b) }
            if insn >> 10 & 0x7 == 0b100 { return decodeFPImmediate(insn, pc: pc, into: &b) }
            return .undefined
        }
    }
}
