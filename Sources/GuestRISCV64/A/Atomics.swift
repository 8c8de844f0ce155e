import XrunCore

/// A extension (spec chapter 14): LR/SC and the AMOs, W and D widths.
///
/// LR records (address, loaded value, size) in this thread's CPU state. SC succeeds
/// iff it names the reserved address and size and a host compare-exchange from the
/// remembered value to rs2 succeeds; it always drops the reservation. Another
/// thread's store between LR and SC changes the value and makes SC fail, whichever
/// host thread runs it (a store of the very same value is not detected — the ABA
/// case — which LR/SC loops built on value comparison tolerate).
/// AMOs are single host atomic instructions; aq/rl need nothing more, since every
/// host read-modify-write is a full barrier.
/// Misaligned LR/SC/AMO addresses raise SIGBUS (BUS_ADRALN), as on Linux, which
/// cannot emulate misaligned atomics.
/// Op fields: a = rd slot, b = rs1 (address), c = rs2 (operand).
enum AtomicOps {
    @inline(__always)
    static func address(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, size: UInt64) -> UInt64 {
        let addr = cpu.xreg[Int(op.pointee.b)]
        if _slowPath(addr & (size &- 1) != 0) { RV64Decoder.misaligned(cpu, op, addr) }
        cpu.beginAccess(op)
        return addr
    }

    static let lrw: OpDef = OpDef("lr.w") { cpu, op in
        let addr = address(cpu, op, size: 4)
        let v = cpu.host(addr).load(as: UInt32.self)
        cpu.reservationAddress = addr
        cpu.reservationValue = UInt64(v)
        cpu.reservationSize = 4
        cpu.xreg[Int(op.pointee.a)] = sext32(v)
    }
    static let lrd: OpDef = OpDef("lr.d") { cpu, op in
        let addr = address(cpu, op, size: 8)
        let v = cpu.host(addr).load(as: UInt64.self)
        cpu.reservationAddress = addr
        cpu.reservationValue = v
        cpu.reservationSize = 8
        cpu.xreg[Int(op.pointee.a)] = v
    }
    static let scw: OpDef = OpDef("sc.w") { cpu, op in
        let x = cpu.xreg
        let addr = address(cpu, op, size: 4)
        var result: UInt64 = 1
        if cpu.reservationAddress == addr && cpu.reservationSize == 4 {
            let expected = UInt32(truncatingIfNeeded: cpu.reservationValue)
            let desired = UInt32(truncatingIfNeeded: x[Int(op.pointee.c)])
            if xrun_cas_32(cpu.host(addr), expected, desired) == expected { result = 0 }
        }
        cpu.clearReservation()
        x[Int(op.pointee.a)] = result
    }
    static let scd: OpDef = OpDef("sc.d") { cpu, op in
        let x = cpu.xreg
        let addr = address(cpu, op, size: 8)
        var result: UInt64 = 1
        if cpu.reservationAddress == addr && cpu.reservationSize == 8 {
            let expected = cpu.reservationValue
            if xrun_cas_64(cpu.host(addr), expected, x[Int(op.pointee.c)]) == expected { result = 0 }
        }
        cpu.clearReservation()
        x[Int(op.pointee.a)] = result
    }

    /// rs2 is read before rd is written (they may be the same register).
    @inline(__always)
    static func amo32(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                      _ f: (UnsafeMutableRawPointer, UInt32) -> UInt32) {
        let x = cpu.xreg
        let addr = address(cpu, op, size: 4)
        let old = f(cpu.host(addr), UInt32(truncatingIfNeeded: x[Int(op.pointee.c)]))
        x[Int(op.pointee.a)] = sext32(old)
    }
    @inline(__always)
    static func amo64(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                      _ f: (UnsafeMutableRawPointer, UInt64) -> UInt64) {
        let x = cpu.xreg
        let addr = address(cpu, op, size: 8)
        x[Int(op.pointee.a)] = f(cpu.host(addr), x[Int(op.pointee.c)])
    }

    static let amoswapw: OpDef = OpDef("amoswap.w") { cpu, op in amo32(cpu, op) { xrun_swp_32($0, $1) } }
    static let amoaddw: OpDef = OpDef("amoadd.w") { cpu, op in amo32(cpu, op) { xrun_fetch_add_32($0, $1) } }
    static let amoxorw: OpDef = OpDef("amoxor.w") { cpu, op in amo32(cpu, op) { xrun_fetch_xor_32($0, $1) } }
    static let amoandw: OpDef = OpDef("amoand.w") { cpu, op in amo32(cpu, op) { xrun_fetch_andnot_32($0, ~$1) } }
    static let amoorw: OpDef = OpDef("amoor.w") { cpu, op in amo32(cpu, op) { xrun_fetch_or_32($0, $1) } }
    static let amominw: OpDef = OpDef("amomin.w") { cpu, op in
        amo32(cpu, op) { xrun_fetch_smin_32($0, $1) }
    }
    static let amomaxw: OpDef = OpDef("amomax.w") { cpu, op in
        amo32(cpu, op) { xrun_fetch_smax_32($0, $1) }
    }
    static let amominuw: OpDef = OpDef("amominu.w") { cpu, op in amo32(cpu, op) { xrun_fetch_umin_32($0, $1) } }
    static let amomaxuw: OpDef = OpDef("amomaxu.w") { cpu, op in amo32(cpu, op) { xrun_fetch_umax_32($0, $1) } }

    static let amoswapd: OpDef = OpDef("amoswap.d") { cpu, op in amo64(cpu, op) { xrun_swp_64($0, $1) } }
    static let amoaddd: OpDef = OpDef("amoadd.d") { cpu, op in amo64(cpu, op) { xrun_fetch_add_64($0, $1) } }
    static let amoxord: OpDef = OpDef("amoxor.d") { cpu, op in amo64(cpu, op) { xrun_fetch_xor_64($0, $1) } }
    static let amoandd: OpDef = OpDef("amoand.d") { cpu, op in amo64(cpu, op) { xrun_fetch_andnot_64($0, ~$1) } }
    static let amoord: OpDef = OpDef("amoor.d") { cpu, op in amo64(cpu, op) { xrun_fetch_or_64($0, $1) } }
    static let amomind: OpDef = OpDef("amomin.d") { cpu, op in
        amo64(cpu, op) { xrun_fetch_smin_64($0, $1) }
    }
    static let amomaxd: OpDef = OpDef("amomax.d") { cpu, op in
        amo64(cpu, op) { xrun_fetch_smax_64($0, $1) }
    }
    static let amominud: OpDef = OpDef("amominu.d") { cpu, op in amo64(cpu, op) { xrun_fetch_umin_64($0, $1) } }
    static let amomaxud: OpDef = OpDef("amomaxu.d") { cpu, op in amo64(cpu, op) { xrun_fetch_umax_64($0, $1) } }
}

extension RV64Decoder {
    /// AMO major opcode: funct5 (31:27), aq (26), rl (25), funct3 = width (010 W, 011 D).
    static func decodeAMO(_ i: RVInsn, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let funct5 = i.bits >> 27
        let wide: Bool
        switch i.funct3 {
        case 0b010: wide = false
        case 0b011: wide = true
        default: return .undefined // Zabha byte/halfword AMOs are not implemented
        }
        let fn: OpDef
        switch funct5 {
        case 0b00010:
            guard i.rs2 == 0 else { return .undefined }
            fn = wide ? AtomicOps.lrd : AtomicOps.lrw
        case 0b00011: fn = wide ? AtomicOps.scd : AtomicOps.scw
        case 0b00001: fn = wide ? AtomicOps.amoswapd : AtomicOps.amoswapw
        case 0b00000: fn = wide ? AtomicOps.amoaddd : AtomicOps.amoaddw
        case 0b00100: fn = wide ? AtomicOps.amoxord : AtomicOps.amoxorw
        case 0b01100: fn = wide ? AtomicOps.amoandd : AtomicOps.amoandw
        case 0b01000: fn = wide ? AtomicOps.amoord : AtomicOps.amoorw
        case 0b10000: fn = wide ? AtomicOps.amomind : AtomicOps.amominw
        case 0b10100: fn = wide ? AtomicOps.amomaxd : AtomicOps.amomaxw
        case 0b11000: fn = wide ? AtomicOps.amominud : AtomicOps.amominuw
        case 0b11100: fn = wide ? AtomicOps.amomaxud : AtomicOps.amomaxuw
        default: return .undefined // Zacas (00101) and reserved values
        }
        b.emit(fn, pc: pc, a: RVReg.dst(i.rd), b: RVReg.src(i.rs1), c: RVReg.src(i.rs2))
        return .next(length: 4)
    }
}
