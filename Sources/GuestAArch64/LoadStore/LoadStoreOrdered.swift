import XrunCore

/// Load-acquire / store-release (C6.2 "LDAR", "STLR", "LDLAR", "STLLR", "LDAPR",
/// "LDAPUR", "STLUR", ...). Without FEAT_LSE2 these must be naturally aligned
/// ("Alignment of data accesses"), else an alignment fault. On x86-64 an aligned load is already an acquire,
/// and STLR is a seq_cst store (see xrun_atomics.h for why). LDAPR (RCpc) and LDLAR/
/// STLLR (LORegions, none of which exist) are at least as strong as needed with the
/// same ops.
/// Bodies for `LSAddress.run(.offset)`: imm = 0 for the [Xn|SP] forms, imm9 for
/// LDAPUR/STLUR. Op fields: a = Rt (loads: 31 → discard; stores: 31 → XZR), b = Rn.
enum LSOrdered {
    @inline(__always)
    static func ldar8(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        cpu.x[Int(op.pointee.a)] = UInt64(xrun_load_acquire_8(cpu.host(addr)))
    }
    @inline(__always)
    static func ldar16(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 1)
        cpu.x[Int(op.pointee.a)] = UInt64(xrun_load_acquire_16(cpu.host(addr)))
    }
    @inline(__always)
    static func ldar32(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 3)
        cpu.x[Int(op.pointee.a)] = UInt64(xrun_load_acquire_32(cpu.host(addr)))
    }
    @inline(__always)
    static func ldar64(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 7)
        cpu.x[Int(op.pointee.a)] = xrun_load_acquire_64(cpu.host(addr))
    }
    // Sign-extending forms (LDAPURSB/SH/SW, FEAT_LRCPC2 only).
    @inline(__always)
    static func ldarsbX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let v = Int8(truncatingIfNeeded: xrun_load_acquire_8(cpu.host(addr)))
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
    @inline(__always)
    static func ldarsbW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let v = Int8(truncatingIfNeeded: xrun_load_acquire_8(cpu.host(addr)))
        cpu.x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: Int32(v)))
    }
    @inline(__always)
    static func ldarshX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 1)
        let v = Int16(truncatingIfNeeded: xrun_load_acquire_16(cpu.host(addr)))
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
    @inline(__always)
    static func ldarshW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 1)
        let v = Int16(truncatingIfNeeded: xrun_load_acquire_16(cpu.host(addr)))
        cpu.x[Int(op.pointee.a)] = UInt64(UInt32(bitPattern: Int32(v)))
    }
    @inline(__always)
    static func ldarsw(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 3)
        let v = Int32(truncatingIfNeeded: xrun_load_acquire_32(cpu.host(addr)))
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v))
    }
    @inline(__always)
    static func stlr8(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        xrun_store_release_8(cpu.host(addr), UInt8(truncatingIfNeeded: cpu.x[Int(op.pointee.a)]))
    }
    @inline(__always)
    static func stlr16(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 1)
        xrun_store_release_16(cpu.host(addr), UInt16(truncatingIfNeeded: cpu.x[Int(op.pointee.a)]))
    }
    @inline(__always)
    static func stlr32(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 3)
        xrun_store_release_32(cpu.host(addr), UInt32(truncatingIfNeeded: cpu.x[Int(op.pointee.a)]))
    }
    @inline(__always)
    static func stlr64(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        LSAddress.checkAligned(addr, 7)
        xrun_store_release_64(cpu.host(addr), cpu.x[Int(op.pointee.a)])
    }

    static let ldar8Op: OpDef = OpDef("ldar", native: NativeOrdered.loadAcquire(size: 1)) { c, o in LSAddress.run(c, o, .offset, ldar8) }
    static let ldar16Op: OpDef = OpDef("ldar", native: NativeOrdered.loadAcquire(size: 2)) { c, o in LSAddress.run(c, o, .offset, ldar16) }
    static let ldar32Op: OpDef = OpDef("ldar", native: NativeOrdered.loadAcquire(size: 4)) { c, o in LSAddress.run(c, o, .offset, ldar32) }
    static let ldar64Op: OpDef = OpDef("ldar", native: NativeOrdered.loadAcquire(size: 8)) { c, o in LSAddress.run(c, o, .offset, ldar64) }
    static let ldarsbXOp: OpDef = OpDef("ldarsb") { c, o in LSAddress.run(c, o, .offset, ldarsbX) }
    static let ldarsbWOp: OpDef = OpDef("ldarsb") { c, o in LSAddress.run(c, o, .offset, ldarsbW) }
    static let ldarshXOp: OpDef = OpDef("ldarsh") { c, o in LSAddress.run(c, o, .offset, ldarshX) }
    static let ldarshWOp: OpDef = OpDef("ldarsh") { c, o in LSAddress.run(c, o, .offset, ldarshW) }
    static let ldarswOp: OpDef = OpDef("ldarsw") { c, o in LSAddress.run(c, o, .offset, ldarsw) }
    static let stlr8Op: OpDef = OpDef("stlr") { c, o in LSAddress.run(c, o, .offset, stlr8) }
    static let stlr16Op: OpDef = OpDef("stlr") { c, o in LSAddress.run(c, o, .offset, stlr16) }
    static let stlr32Op: OpDef = OpDef("stlr") { c, o in LSAddress.run(c, o, .offset, stlr32) }
    static let stlr64Op: OpDef = OpDef("stlr") { c, o in LSAddress.run(c, o, .offset, stlr64) }

    static let loads: [OpDef] = [ldar8Op, ldar16Op, ldar32Op, ldar64Op]
    static let stores: [OpDef] = [stlr8Op, stlr16Op, stlr32Op, stlr64Op]
}

extension A64Decoder {
    /// LDAPUR/STLUR (FEAT_LRCPC2, "LDAPR/STLR (unscaled immediate)"):
    /// size (31:30) 011001 opc (23:22) 0 imm9 00 Rn Rt; opc as in LDUR (00 store,
    /// 01 load, 10 load signed to 64, 11 load signed to 32).
    static func decodeOrderedUnscaled(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard A64Features.has(A64Features.ILRCPC) else { return .undefined }
        let size = insn >> 30
        let opc = (insn >> 22) & 3
        let fn: OpDef
        switch (size, opc) {
        case (_, 0): fn = LSOrdered.stores[Int(size)]
        case (_, 1): fn = LSOrdered.loads[Int(size)]
        case (0, 2): fn = LSOrdered.ldarsbXOp
        case (0, 3): fn = LSOrdered.ldarsbWOp
        case (1, 2): fn = LSOrdered.ldarshXOp
        case (1, 3): fn = LSOrdered.ldarshWOp
        case (2, 2): fn = LSOrdered.ldarswOp
        default: return .undefined
        }
        let rt = LSField.rt(insn)
        b.emit(fn, pc: pc, imm: LSField.signExtend((insn >> 12) & 0x1FF, bits: 9),
               a: opc == 0 ? A64Reg.src(rt) : A64Reg.dst(rt), b: A64Reg.spOr(LSField.rn(insn)))
        return .next(length: 4)
    }
}
