import XrunCore

/// FENCE, ECALL and EBREAK (spec 2.7 "Memory Ordering Instructions", 2.8
/// "Environment Call and Breakpoints"). The rest of SYSTEM is Zicsr (CSR
/// instructions) or privileged (SIGILL in user mode).
enum SystemOps {
    /// FENCE whose predecessor set holds writes and successor set holds reads: the one
    /// ordering x86-TSO does not give by itself (a store may pass a later load).
    static let fenceStoreLoad: OpDef = OpDef("fence") { _, _ in xrun_fence_seq_cst() }
    /// Traps to the Linux layer; the kernel drops any LR reservation on the way back.
    static let ecall: OpDef = OpDef("ecall") { cpu, op in
        cpu.clearReservation()
        cpu.trap(.syscall, pc: op.pointee.pc &+ 4)
    }
    static let ebreak: OpDef = OpDef("ebreak") { cpu, op in
        cpu.trap(.breakpoint, pc: op.pointee.pc)
    }
}

extension RV64Decoder {
    /// MISC-MEM: FENCE (funct3 000) and FENCE.I (001, Zifencei).
    static func decodeMiscMem(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.funct3 {
        case 0b000:
            // fm (31:28), pred (27:24: I O R W), succ (23:20). rs1/rd are reserved
            // and ignored. FENCE.TSO (fm 1000, RW,RW) orders everything but W→R, which
            // TSO already does; PAUSE (pred W, succ 0) orders nothing. Only a W (or O)
            // predecessor with an R (or I) successor needs a host fence. Other fm
            // values are reserved and act as a normal fence.
            let fm = i.bits >> 28, pred = (i.bits >> 24) & 0xf, succ = (i.bits >> 20) & 0xf
            let writesBefore = pred & 0b0101 != 0, readsAfter = succ & 0b1010 != 0
            let isTSO = fm == 0b1000 && pred == 0b0011 && succ == 0b0011
            if writesBefore && readsAfter && !isTSO {
                b.emit(SystemOps.fenceStoreLoad, pc: pc)
            }
            return .next(length: 4)
        case 0b001:
            return decodeFenceI(i, pc: pc, into: &b)
        default:
            return .undefined
        }
    }

    static func decodeSystem(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        switch i.bits {
        case 0x0000_0073:
            b.emit(SystemOps.ecall, pc: pc)
            return .end(length: 4)
        case 0x0010_0073:
            b.emit(SystemOps.ebreak, pc: pc)
            return .end(length: 4)
        default:
            // funct3 000 otherwise holds privileged instructions (xRET, WFI,
            // SFENCE.VMA): illegal in U-mode. 100 is reserved.
            if i.funct3 == 0 || i.funct3 == 0b100 { return .undefined }
            return decodeCSR(i, pc: pc, into: &b)
        }
    }
}
