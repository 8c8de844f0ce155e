import XrunCore

/// MRS/MSR ops: a = Rt.
enum SysRegOps {
    static let readNZCV: OpDef = OpDef("mrs") { cpu, op in cpu.x[Int(op.pointee.a)] = cpu.nzcv & 0xF000_0000 }
    static let writeNZCV: OpDef = OpDef("msr") { cpu, op in cpu.nzcv = cpu.x[Int(op.pointee.a)] & 0xF000_0000 }
    static let readFPCR: OpDef = OpDef("mrs") { cpu, op in cpu.x[Int(op.pointee.a)] = UInt64(cpu.fpcr) }
    static let writeFPCR: OpDef = OpDef("msr") { cpu, op in
        cpu.fpcr = UInt32(truncatingIfNeeded: cpu.x[Int(op.pointee.a)] & A64SysReg.fpcrWritable)
    }
    // FPSR's cumulative flags live partly in the host's sticky flags (A64FPStatus).
    static let readFPSR: OpDef = OpDef("mrs") { cpu, op in cpu.x[Int(op.pointee.a)] = UInt64(A64FPStatus.read(cpu)) }
    static let writeFPSR: OpDef = OpDef("msr") { cpu, op in
        A64FPStatus.write(cpu, UInt32(truncatingIfNeeded: cpu.x[Int(op.pointee.a)] & A64SysReg.fpsrWritable))
    }
    static let readTPIDR: OpDef = OpDef("mrs", native: NativeSystemRegisters.readThreadPointer) { cpu, op in
        cpu.x[Int(op.pointee.a)] = cpu.tpidr
    }
    static let writeTPIDR: OpDef = OpDef("msr") { cpu, op in cpu.tpidr = cpu.x[Int(op.pointee.a)] }
    static let readCounter: OpDef = OpDef("mrs") { cpu, op in cpu.x[Int(op.pointee.a)] = A64SystemRegisters.virtualCount() }
}

/// System register encodings (op0, op1, CRn, CRm, op2) as the 16-bit field at
/// instruction bits 20:5.
enum A64SysReg {
    static func key(_ op0: UInt32, _ op1: UInt32, _ crn: UInt32, _ crm: UInt32, _ op2: UInt32) -> UInt32 {
        op0 << 14 | op1 << 11 | crn << 7 | crm << 3 | op2
    }
    static let nzcv = key(3, 3, 4, 2, 0)
    static let fpcr = key(3, 3, 4, 4, 0)
    static let fpsr = key(3, 3, 4, 4, 1)
    static let tpidr = key(3, 3, 13, 0, 2)
    static let tpidrro = key(3, 3, 13, 0, 3)
    static let ctr = key(3, 3, 0, 0, 1)
    static let dczid = key(3, 3, 0, 0, 7)
    static let cntfrq = key(3, 3, 14, 0, 0)
    static let cntvct = key(3, 3, 14, 0, 2)
    static let cntvctss = key(3, 3, 14, 0, 6)

    /// FPCR bits that exist with FP + AdvSIMD and nothing else: AHP, DN, FZ, RMode.
    /// The trap enables are RAZ/WI (no FP exception trapping; glibc's feenableexcept
    /// reads FPCR back to detect this), FZ16/AH/FIZ/NEP/EBF need features xrun lacks,
    /// Len/Stride are AArch32-only.
    static let fpcrWritable: UInt64 = 0x07C0_0000
    /// FPSR: QC and the cumulative exception flags. Bits 31:28 are RES0 without AArch32.
    static let fpsrWritable: UInt64 = 0x0800_009F
}

extension A64Decoder {
    /// C6.2 MRS / MSR (register): 1101010100 L 1 o0 op1 CRn CRm op2 Rt.
    /// Only registers EL0 can reach under Linux; everything else is UNDEFINED
    /// (SIGILL, as when the kernel does not emulate the trapped access).
    static func decodeSystemRegisterMove(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let read = (insn >> 21) & 1 == 1
        let reg = (insn >> 5) & 0xFFFF
        let rtField = insn & 31
        if read {
            let rt = A64Reg.dst(rtField)
            switch reg {
            case A64SysReg.nzcv: b.emit(SysRegOps.readNZCV, pc: pc, a: rt)
            case A64SysReg.fpcr: b.emit(SysRegOps.readFPCR, pc: pc, a: rt)
            case A64SysReg.fpsr: b.emit(SysRegOps.readFPSR, pc: pc, a: rt)
            case A64SysReg.tpidr: b.emit(SysRegOps.readTPIDR, pc: pc, a: rt)
            // Linux zeroes TPIDRRO_EL0 for native (non-compat) tasks.
            case A64SysReg.tpidrro: b.emit(MoveWideOps.setConst, pc: pc, imm: 0, a: rt)
            case A64SysReg.ctr: b.emit(MoveWideOps.setConst, pc: pc, imm: A64SystemRegisters.ctr, a: rt)
            case A64SysReg.dczid: b.emit(MoveWideOps.setConst, pc: pc, imm: A64SystemRegisters.dczid, a: rt)
            case A64SysReg.cntfrq: b.emit(MoveWideOps.setConst, pc: pc, imm: A64SystemRegisters.cntfrq, a: rt)
            case A64SysReg.cntvct, A64SysReg.cntvctss: b.emit(SysRegOps.readCounter, pc: pc, a: rt)
            default:
                // ID register space Op0=3, Op1=0, CRn=0: emulated by Linux only with HWCAP_CPUID.
                guard A64Features.hwcap & A64Features.CPUID != 0, reg >> 7 == A64SysReg.key(3, 0, 0, 0, 0) >> 7,
                      let value = A64SystemRegisters.idRegister(crm: (reg >> 3) & 0xF, op2: reg & 7)
                else { return .undefined }
                b.emit(MoveWideOps.setConst, pc: pc, imm: value, a: rt)
            }
        } else {
            let rt = A64Reg.src(rtField)
            switch reg {
            case A64SysReg.nzcv: b.emit(SysRegOps.writeNZCV, pc: pc, a: rt)
            case A64SysReg.fpcr: b.emit(SysRegOps.writeFPCR, pc: pc, a: rt)
            case A64SysReg.fpsr: b.emit(SysRegOps.writeFPSR, pc: pc, a: rt)
            case A64SysReg.tpidr: b.emit(SysRegOps.writeTPIDR, pc: pc, a: rt)
            default: return .undefined
            }
        }
        return .next(length: 4)
    }
}
