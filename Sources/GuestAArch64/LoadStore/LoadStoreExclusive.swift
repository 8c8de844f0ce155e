import XrunCore

/// The exclusive monitor in the CPU state (A64Layout.exclusive*). Address ~0 means
/// "open" (no exclusive access pending).
extension UnsafeMutableRawPointer {
    @inline(__always) fileprivate var monitorAddr: UInt64 {
        get { load(fromByteOffset: A64Layout.exclusiveAddr, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.exclusiveAddr, as: UInt64.self) }
    }
    @inline(__always) fileprivate var monitorValue: UInt64 {
        get { load(fromByteOffset: A64Layout.exclusiveValue, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.exclusiveValue, as: UInt64.self) }
    }
    @inline(__always) fileprivate var monitorValue2: UInt64 {
        get { load(fromByteOffset: A64Layout.exclusiveValue2, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.exclusiveValue2, as: UInt64.self) }
    }
    @inline(__always) fileprivate var monitorSize: UInt64 {
        get { load(fromByteOffset: A64Layout.exclusiveSize, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: A64Layout.exclusiveSize, as: UInt64.self) }
    }
}

/// Load/store exclusive (C6.2 "LDXR", "STXR", "LDXP", "STXP" and their acquire/release
/// forms). The monitor remembers address, size and the value loaded; a store-exclusive
/// succeeds iff it names the same address and size and a host compare-and-swap from the
/// remembered value to the new one succeeds, so it stays correct when other guest
/// threads (host threads) write the location in between. (A write of the same value in
/// between, ABA, is not detected: the guest sees a store-exclusive that an idle
/// monitor would have let pass, which software cannot tell apart.) The monitor is
/// cleared by every store-exclusive, pass or fail ("Synchronization and semaphores").
///
/// Acquire (LDAXR) needs nothing beyond an x86 load; release (STLXR) is implied by the
/// locked compare-and-swap. Both use the same ops as the plain forms.
///
/// Alignment: to the access size, and to the total size for pairs ("Alignment of data accesses"), checked
/// before the monitor, as the architecture does.
///
/// Op fields: b = Rn (31 = SP);
///   loads:  a = Rt, c = Rt2 (pairs) — 31 → discard;
///   stores: a = Rs (status, 31 → discard), c = Rt, d = Rt2 (pairs) — 31 → XZR.
enum LSExclusive {
    /// Monitor sizes of the pair forms, distinct from the single ones so that LDXP and
    /// STXR of the same 8 bytes do not pair up (CONSTRAINED UNPREDICTABLE: fail).
    static let pair32Size: UInt64 = 0x108
    static let pair64Size: UInt64 = 0x110

    @inline(__always)
    static func load<T: FixedWidthInteger & UnsignedInteger>(_ cpu: UnsafeMutableRawPointer,
                                                            _ op: UnsafePointer<Op>, _: T.Type) {
        let addr = LSAddress.base(cpu, op)
        let size = UInt64(MemoryLayout<T>.size)
        LSAddress.checkAligned(addr, size &- 1)
        let v = UInt64(cpu.host(addr).load(as: T.self))
        cpu.monitorAddr = addr
        cpu.monitorSize = size
        cpu.monitorValue = v
        cpu.x[Int(op.pointee.a)] = v
    }

    @inline(__always)
    static func store<T: FixedWidthInteger & UnsignedInteger>(
        _ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
        _ cas: (UnsafeMutableRawPointer, T, T) -> T
    ) {
        let addr = LSAddress.base(cpu, op)
        let size = UInt64(MemoryLayout<T>.size)
        LSAddress.checkAligned(addr, size &- 1)
        let x = cpu.x
        let hit = cpu.monitorAddr == addr && cpu.monitorSize == size
        let expected = T(truncatingIfNeeded: cpu.monitorValue)
        // Clear first: if the store faults, the monitor is already open.
        cpu.monitorAddr = UInt64.max
        var status: UInt64 = 1
        if hit {
            let new = T(truncatingIfNeeded: x[Int(op.pointee.c)])
            if cas(cpu.host(addr), expected, new) == expected { status = 0 }
        }
        x[Int(op.pointee.a)] = status
    }

    static let ldxr8: OpDef = OpDef("ldxr") { c, o in load(c, o, UInt8.self) }
    static let ldxr16: OpDef = OpDef("ldxr") { c, o in load(c, o, UInt16.self) }
    static let ldxr32: OpDef = OpDef("ldxr") { c, o in load(c, o, UInt32.self) }
    static let ldxr64: OpDef = OpDef("ldxr") { c, o in load(c, o, UInt64.self) }
    static let stxr8: OpDef = OpDef("stxr") { c, o in store(c, o) { xrun_cas_8($0, $1, $2) } }
    static let stxr16: OpDef = OpDef("stxr") { c, o in store(c, o) { xrun_cas_16($0, $1, $2) } }
    static let stxr32: OpDef = OpDef("stxr") { c, o in store(c, o) { xrun_cas_32($0, $1, $2) } }
    static let stxr64: OpDef = OpDef("stxr") { c, o in store(c, o) { xrun_cas_64($0, $1, $2) } }

    static let loads: [OpDef] = [ldxr8, ldxr16, ldxr32, ldxr64]
    static let stores: [OpDef] = [stxr8, stxr16, stxr32, stxr64]

    /// LDXP Wt, Wt2: one 8-byte access, Wt from the lower address.
    static let ldxp32: OpDef = OpDef("ldxp") { cpu, op in
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, 7)
        let v = cpu.host(addr).load(as: UInt64.self)
        cpu.monitorAddr = addr
        cpu.monitorSize = pair32Size
        cpu.monitorValue = v
        cpu.x[Int(op.pointee.a)] = v & 0xFFFF_FFFF
        cpu.x[Int(op.pointee.c)] = v >> 32
    }

    /// LDXP Xt, Xt2: 16-byte aligned. The two halves are read separately; a torn read
    /// only makes the following STXP's compare-and-swap fail, and the guest retries.
    static let ldxp64: OpDef = OpDef("ldxp") { cpu, op in
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, 15)
        let p = cpu.host(addr)
        let v1 = p.load(as: UInt64.self)
        let v2 = p.load(fromByteOffset: 8, as: UInt64.self)
        cpu.monitorAddr = addr
        cpu.monitorSize = pair64Size
        cpu.monitorValue = v1
        cpu.monitorValue2 = v2
        cpu.x[Int(op.pointee.a)] = v1
        cpu.x[Int(op.pointee.c)] = v2
    }

    static let stxp32: OpDef = OpDef("stxp") { cpu, op in
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, 7)
        let x = cpu.x
        let hit = cpu.monitorAddr == addr && cpu.monitorSize == pair32Size
        let expected = cpu.monitorValue
        cpu.monitorAddr = UInt64.max
        var status: UInt64 = 1
        if hit {
            let new = (x[Int(op.pointee.c)] & 0xFFFF_FFFF) | (x[Int(op.pointee.d)] &<< 32)
            if xrun_cas_64(cpu.host(addr), expected, new) == expected { status = 0 }
        }
        x[Int(op.pointee.a)] = status
    }

    static let stxp64: OpDef = OpDef("stxp") { cpu, op in
        let addr = LSAddress.base(cpu, op)
        LSAddress.checkAligned(addr, 15)
        let x = cpu.x
        let hit = cpu.monitorAddr == addr && cpu.monitorSize == pair64Size
        let e1 = cpu.monitorValue, e2 = cpu.monitorValue2
        cpu.monitorAddr = UInt64.max
        var status: UInt64 = 1
        if hit {
            let old = xrun_cas_128(cpu.host(addr), e1, e2, x[Int(op.pointee.c)], x[Int(op.pointee.d)])
            if old.lo == e1 && old.hi == e2 { status = 0 }
        }
        x[Int(op.pointee.a)] = status
    }
}

extension A64Decoder {
    /// Op0 = xx00, op1 = 0, op2 = 0x: size (31:30) 001000 o2 L o1 Rs o0 Rt2 Rn Rt.
    ///   o2 o1 = 00: exclusive register (LDXR/LDAXR, STXR/STLXR; o0 = acquire/release)
    ///   o2 o1 = 01: size 1x exclusive pair (LDXP/STXP...), size 0x CASP* (FEAT_LSE)
    ///   o2 o1 = 10: ordered (o0 = 1: LDAR/STLR; o0 = 0: LDLAR/STLLR)
    ///   o2 o1 = 11: CAS* (FEAT_LSE)
    /// Fields marked (1)(1)(1)(1)(1) in the Arm ARM (Rs of loads and of LDAR/STLR, Rt2 of
    /// the single-register forms) are CONSTRAINED UNPREDICTABLE when not all ones: UNDEFINED,
    /// or executed as if they were (Arm ARM glossary, "SBOP"). They execute here, as on
    /// hardware and under QEMU. CAS/CASP keep Rt2 = 11111 as a fixed part of their encoding;
    /// other values there are treated as unallocated.
    static func decodeLoadStoreExclusive(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let size = Int(insn >> 30)
        let o2 = (insn >> 23) & 1
        let load = (insn >> 22) & 1 != 0
        let o1 = (insn >> 21) & 1
        let rs = LSField.rm(insn)
        let rt2 = LSField.rt2(insn)
        let rt = LSField.rt(insn)
        let rn = A64Reg.spOr(LSField.rn(insn))

        switch (o2, o1) {
        case (0, 0):
            if load {
                b.emit(LSExclusive.loads[size], pc: pc, a: A64Reg.dst(rt), b: rn)
            } else {
                b.emit(LSExclusive.stores[size], pc: pc, a: A64Reg.dst(rs), b: rn, c: A64Reg.src(rt))
            }
        case (0, 1):
            if size < 2 { return decodeCompareAndSwapPair(insn, pc: pc, into: &b) }
            if load {
                b.emit(size == 2 ? LSExclusive.ldxp32 : LSExclusive.ldxp64, pc: pc,
                       a: A64Reg.dst(rt), b: rn, c: A64Reg.dst(rt2))
            } else {
                b.emit(size == 2 ? LSExclusive.stxp32 : LSExclusive.stxp64, pc: pc,
                       a: A64Reg.dst(rs), b: rn, c: A64Reg.src(rt), d: A64Reg.src(rt2))
            }
        case (1, 0):
            if load {
                b.emit(LSOrdered.loads[size], pc: pc, a: A64Reg.dst(rt), b: rn)
            } else {
                b.emit(LSOrdered.stores[size], pc: pc, a: A64Reg.src(rt), b: rn)
            }
        default:
            return decodeCompareAndSwap(insn, pc: pc, into: &b)
        }
        return .next(length: 4)
    }
}
