import Synchronization
import XrunCore

enum BarrierOps {
    /// A full host fence. Guest loads and stores are plain host accesses inside ops,
    /// and x86-64 (TSO) already keeps every order except store -> later load, so
    /// only barriers that order stores against later loads need this.
    static let fullFence: OpDef = OpDef("dmb") { _, _ in atomicMemoryFence(ordering: .sequentiallyConsistent) }
    /// C6.2 CLREX: the local exclusive monitor goes to Open Access.
    static let clrex: OpDef = OpDef("clrex") { cpu, _ in
        cpu.storeBytes(of: UInt64.max, toByteOffset: A64Layout.exclusiveAddr, as: UInt64.self)
    }
}

extension A64Decoder {
    /// C4.1 Barriers: 1101010100 0 00 011 0011 CRm op2 11111.
    static func decodeBarrier(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let crm = (insn >> 8) & 0xF, op2 = (insn >> 5) & 7
        switch op2 {
        case 0b010: // CLREX (CRm ignored)
            b.emit(BarrierOps.clrex, pc: pc)
        case 0b100, 0b101: // DSB, DMB (C6.2.111, C6.2.109)
            // CRm = 0000 / 0100 with DSB are SSBB / PSSBB: speculation barriers, no-ops here.
            if op2 == 0b100 && (crm == 0b0000 || crm == 0b0100) { break }
            // CRm<1:0>: 01 = loads only (LD), 10 = stores only (ST): both already
            // hold under TSO. 11 = all accesses; 00 (reserved) behaves as SY.
            let types = crm & 3
            if types == 0b11 || types == 0b00 { b.emit(BarrierOps.fullFence, pc: pc) }
        case 0b110: // ISB: the engine keeps translations coherent with code writes.
            break
        case 0b111: // SB: speculation barrier, nothing to order here.
            if crm != 0 || !A64Features.has(A64Features.SB) { return .undefined }
        default:
            // 000: unallocated; 001: DSB nXS (FEAT_XS); 011: TCOMMIT (FEAT_TME).
            return .undefined
        }
        return .next(length: 4)
    }

    /// C6.2 MSR (immediate), writes to PSTATE fields. Only CFINV/XAFLAG/AXFLAG (FlagM,
    /// FlagManipulation.swift) are available to EL0 with the advertised features:
    /// DAIFSet/DAIFClr trap (Linux leaves SCTLR_EL1.UMA clear), SPSel/PAN/UAO are EL1
    /// only, and SSBS, DIT, TCO, SVCR (SME) belong to features xrun does not implement.
    static func decodePStateAccess(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        decodeFlagMPState(insn, pc: pc, into: &b)
    }
}
