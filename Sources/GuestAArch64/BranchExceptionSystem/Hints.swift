import XrunCore

extension A64Decoder {
    /// C6.2 HINT: 1101010100 0 00 011 0010 CRm op2 11111. Every encoding in this
    /// space executes as NOP when its feature is absent (C6.2 HINT): NOP, YIELD, SEV,
    /// SEVL, DGH, ESB, PSB, TSB, CSDB, CLRBHB, GCSB, CHKFEAT, BTI and the hint-space
    /// pointer-authentication instructions (PACIASP, AUTIASP, PACIBSP, AUTIBSP,
    /// XPACLRI, PACIA1716, ...; FEAT_PAuth is not advertised). WFE/WFI only wait for
    /// an event or interrupt, which may be spurious, so a NOP is a valid
    /// implementation for them too. No op is emitted.
    static func decodeHint(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        .next(length: 4)
    }
}
