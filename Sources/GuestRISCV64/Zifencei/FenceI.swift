import XrunCore

/// Zifencei: FENCE.I (spec chapter 6). The engine already catches every write to a
/// page it translated code from (the page is write-protected; the write drops the
/// page's blocks at the next block boundary), so there is no instruction cache to
/// synchronise and FENCE.I needs no work of its own. It does end the block, so that
/// code the guest just wrote further down this very block is translated afresh
/// rather than run from the copy decoded before the write.
extension RV64Decoder {
    static func decodeFenceI(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        // A model without Zifencei (rva22u64) leaves the encoding reserved: SIGILL.
        guard RV64Features.has(.zifencei) else { return .undefined }
        // imm, rs1 and rd are reserved for finer-grained fences and ignored.
        b.emit(CommonOps.goto, pc: pc, imm: pc &+ 4)
        return .end(length: 4)
    }
}
