import XrunCore

enum CacheOps {
    /// DC ZVA (C5): zeroes the naturally aligned block of 2^(DCZID_EL0.BS+2)
    /// = 64 bytes containing the address in Xa. A bad address faults like a store.
    static let dcZVA: OpDef = OpDef("dc zva") { cpu, op in
        cpu.beginAccess(op)
        let p = cpu.host(cpu.x[Int(op.pointee.a)] & ~(A64SystemRegisters.zvaBlockBytes - 1))
        for i in 0..<8 { p.storeBytes(of: UInt64(0), toByteOffset: i &* 8, as: UInt64.self) }
    }
}

extension A64Decoder {
    /// C6.2 SYS and its aliases DC/IC: 1101010100 0 01 op1 CRn CRm op2 Rt.
    /// EL0 may use DC ZVA and the by-address clean/invalidate operations (Linux sets
    /// SCTLR_EL1.UCI and DZE). Cache maintenance has no effect on emulated memory,
    /// and code writes reach the engine through write protection, so DC CVAU/CVAC/
    /// CIVAC/CVAP and IC IVAU are decoded as no-ops. Anything else: UNDEFINED.
    static func decodeSysInstruction(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let op1 = (insn >> 16) & 7, crn = (insn >> 12) & 0xF, crm = (insn >> 8) & 0xF
        let op2 = (insn >> 5) & 7, rt = insn & 31
        if op1 != 3 || crn != 7 || op2 != 1 { return .undefined }
        switch crm {
        case 4: // DC ZVA (DCZID_EL0.DZP = 0)
            b.emit(CacheOps.dcZVA, pc: pc, a: A64Reg.src(rt))
        case 5, 10, 11, 12, 14: // IC IVAU, DC CVAC, DC CVAU, DC CVAP, DC CIVAC
            break
        default:
            return .undefined
        }
        return .next(length: 4)
    }
}
