import Glibc
import XrunCore

/// Zicsr (spec chapter 7): CSRRW/CSRRS/CSRRC and their immediate forms, for the CSRs
/// user mode can reach on Linux: fflags (0x001), frm (0x002), fcsr (0x003) and the
/// read-only counters cycle (0xC00), time (0xC01), instret (0xC02) (Zicntr). Any
/// other CSR, and any write to a read-only one, is SIGILL.
///
/// The counters read the host's CLOCK_MONOTONIC in nanoseconds: time then ticks at
/// 1 GHz (what RV64Features reports as the time base), and cycle/instret are
/// monotonic counters of the same rate — there is no meaningful guest cycle count.
/// Op fields: a = rd slot, b = rs1 (x0 for the immediate forms), imm = uimm (0 for
/// the register forms), so the source operand is x[b] | imm either way.
enum CSROps {
    enum Kind { case write, set, clear }

    @inline(__always)
    static func fp(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, csr: Int, _ kind: Kind) {
        let x = cpu.xreg
        let src = x[Int(op.pointee.b)] | op.pointee.imm
        // The flags the native tier's templates left in MXCSR first: the old value
        // includes them, and a write replaces them too (RV64FPStatus).
        RV64FPStatus.absorb(cpu)
        let flags = UInt64(cpu.fflags), rm = UInt64(cpu.frm)
        let old: UInt64
        switch csr {
        case 1: old = flags
        case 2: old = rm
        default: old = rm << 5 | flags
        }
        let new: UInt64
        switch kind {
        case .write: new = src
        case .set: new = old | src
        case .clear: new = old & ~src
        }
        switch csr {
        case 1: cpu.fflags = UInt32(truncatingIfNeeded: new & 0x1f)
        case 2: cpu.frm = UInt32(truncatingIfNeeded: new & 7)
        default:
            cpu.fflags = UInt32(truncatingIfNeeded: new & 0x1f)
            cpu.frm = UInt32(truncatingIfNeeded: (new >> 5) & 7)
        }
        x[Int(op.pointee.a)] = old
    }

    static let fflagsWrite: OpDef = OpDef("csrrw", native: NativeFPCSRTemplates.access(csr: 1, .write)) { cpu, op in fp(cpu, op, csr: 1, .write) }
    static let fflagsSet: OpDef = OpDef("csrrs", native: NativeFPCSRTemplates.access(csr: 1, .set)) { cpu, op in fp(cpu, op, csr: 1, .set) }
    static let fflagsClear: OpDef = OpDef("csrrc", native: NativeFPCSRTemplates.access(csr: 1, .clear)) { cpu, op in fp(cpu, op, csr: 1, .clear) }
    static let frmWrite: OpDef = OpDef("csrrw", native: NativeFPCSRTemplates.access(csr: 2, .write)) { cpu, op in fp(cpu, op, csr: 2, .write) }
    static let frmSet: OpDef = OpDef("csrrs", native: NativeFPCSRTemplates.access(csr: 2, .set)) { cpu, op in fp(cpu, op, csr: 2, .set) }
    static let frmClear: OpDef = OpDef("csrrc", native: NativeFPCSRTemplates.access(csr: 2, .clear)) { cpu, op in fp(cpu, op, csr: 2, .clear) }
    static let fcsrWrite: OpDef = OpDef("csrrw", native: NativeFPCSRTemplates.access(csr: 3, .write)) { cpu, op in fp(cpu, op, csr: 3, .write) }
    static let fcsrSet: OpDef = OpDef("csrrs", native: NativeFPCSRTemplates.access(csr: 3, .set)) { cpu, op in fp(cpu, op, csr: 3, .set) }
    static let fcsrClear: OpDef = OpDef("csrrc", native: NativeFPCSRTemplates.access(csr: 3, .clear)) { cpu, op in fp(cpu, op, csr: 3, .clear) }

    /// cycle, time, instret.
    static let readCounter: OpDef = OpDef("mrs") { cpu, op in
        cpu.xreg[Int(op.pointee.a)] = monotonicNanoseconds()
    }

    @inline(never)
    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }
}

extension RV64Decoder {
    static func decodeCSR(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let csr = i.bits >> 20
        let immediate = i.funct3 & 4 != 0
        let kind = i.funct3 & 3                      // 1 write, 2 set, 3 clear
        // CSRRW always writes; CSRRS/CSRRC write only with a non-zero rs1/uimm field.
        let writes = kind == 1 || i.rs1 != 0
        let rd = RVReg.dst(i.rd)
        let rs1: UInt8 = immediate ? RVReg.zero : RVReg.src(i.rs1)
        let uimm: UInt64 = immediate ? UInt64(i.rs1) : 0

        switch csr {
        case 0x001, 0x002, 0x003:
            let table: [[OpDef]] = [[CSROps.fflagsWrite, CSROps.fflagsSet, CSROps.fflagsClear],
                                   [CSROps.frmWrite, CSROps.frmSet, CSROps.frmClear],
                                   [CSROps.fcsrWrite, CSROps.fcsrSet, CSROps.fcsrClear]]
            b.emit(table[Int(csr) - 1][Int(kind) - 1], pc: pc, imm: uimm, a: rd, b: rs1)
        case 0xC00, 0xC01, 0xC02:
            // Read-only (csr[11:10] = 11): an attempted write is illegal.
            if writes { return .undefined }
            if rd != RVReg.discard { b.emit(CSROps.readCounter, pc: pc, a: rd) }
        default:
            return .undefined
        }
        return .next(length: 4)
    }
}
