import XrunCore

/// Register pairs: LDP/STP (W, X, S, D, Q), LDPSW, LDNP/STNP (C6.2 "LDP", "STP",
/// "LDPSW", "LDNP"; C7.2 "LDP (SIMD&FP)" ...). The no-allocate hint of LDNP/STNP has
/// no effect here, so they are LDP/STP with a signed offset. Both values are loaded
/// before either register is written, so a fault in the second half changes nothing.
/// Tables in order offset, pre, post.
/// Op fields: a = Rt, c = Rt2 (loads: 31 → discard, stores: 31 → XZR; Vt as is),
/// b = Rn (31 = SP), imm = scaled offset.
enum LSPair {
    @inline(__always)
    static func stpW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let x = cpu.x
        let p = cpu.host(addr)
        p.storeBytes(of: UInt32(truncatingIfNeeded: x[Int(op.pointee.a)]), as: UInt32.self)
        p.storeBytes(of: UInt32(truncatingIfNeeded: x[Int(op.pointee.c)]), toByteOffset: 4, as: UInt32.self)
    }
    @inline(__always)
    static func ldpW(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let v1 = p.loadUnaligned(as: UInt32.self)
        let v2 = p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        cpu.x[Int(op.pointee.a)] = UInt64(v1)
        cpu.x[Int(op.pointee.c)] = UInt64(v2)
    }
    @inline(__always)
    static func ldpsw(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let v1 = p.loadUnaligned(as: Int32.self)
        let v2 = p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        cpu.x[Int(op.pointee.a)] = UInt64(bitPattern: Int64(v1))
        cpu.x[Int(op.pointee.c)] = UInt64(bitPattern: Int64(v2))
    }
    @inline(__always)
    static func stpX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let x = cpu.x
        let p = cpu.host(addr)
        p.storeBytes(of: x[Int(op.pointee.a)], as: UInt64.self)
        p.storeBytes(of: x[Int(op.pointee.c)], toByteOffset: 8, as: UInt64.self)
    }
    @inline(__always)
    static func ldpX(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let v1 = p.loadUnaligned(as: UInt64.self)
        let v2 = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        cpu.x[Int(op.pointee.a)] = v1
        cpu.x[Int(op.pointee.c)] = v2
    }
    @inline(__always)
    static func stpS(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        p.storeBytes(of: cpu.v(op.pointee.a).load(as: UInt32.self), as: UInt32.self)
        p.storeBytes(of: cpu.v(op.pointee.c).load(as: UInt32.self), toByteOffset: 4, as: UInt32.self)
    }
    @inline(__always)
    static func ldpS(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let v1 = p.loadUnaligned(as: UInt32.self)
        let v2 = p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        LSSingleSIMD.setScalar(cpu, op.pointee.a, UInt64(v1))
        LSSingleSIMD.setScalar(cpu, op.pointee.c, UInt64(v2))
    }
    @inline(__always)
    static func stpD(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        p.storeBytes(of: cpu.v(op.pointee.a).load(as: UInt64.self), as: UInt64.self)
        p.storeBytes(of: cpu.v(op.pointee.c).load(as: UInt64.self), toByteOffset: 8, as: UInt64.self)
    }
    @inline(__always)
    static func ldpD(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let v1 = p.loadUnaligned(as: UInt64.self)
        let v2 = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        LSSingleSIMD.setScalar(cpu, op.pointee.a, v1)
        LSSingleSIMD.setScalar(cpu, op.pointee.c, v2)
    }
    @inline(__always)
    static func stpQ(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let v1 = cpu.v(op.pointee.a)
        let v2 = cpu.v(op.pointee.c)
        p.storeBytes(of: v1.load(as: UInt64.self), as: UInt64.self)
        p.storeBytes(of: v1.load(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8, as: UInt64.self)
        p.storeBytes(of: v2.load(as: UInt64.self), toByteOffset: 16, as: UInt64.self)
        p.storeBytes(of: v2.load(fromByteOffset: 8, as: UInt64.self), toByteOffset: 24, as: UInt64.self)
    }
    @inline(__always)
    static func ldpQ(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let p = cpu.host(addr)
        let a0 = p.loadUnaligned(as: UInt64.self)
        let a1 = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        let b0 = p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        let b1 = p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        let v1 = cpu.v(op.pointee.a)
        let v2 = cpu.v(op.pointee.c)
        v1.storeBytes(of: a0, as: UInt64.self)
        v1.storeBytes(of: a1, toByteOffset: 8, as: UInt64.self)
        v2.storeBytes(of: b0, as: UInt64.self)
        v2.storeBytes(of: b1, toByteOffset: 8, as: UInt64.self)
    }
}

extension A64Decoder {
    /// Load/store register pair, op0 = xx10: opc (31:30) 101 V 0 idx (24:23) L imm7 Rt2 Rn Rt.
    /// idx: 00 no-allocate offset (LDNP/STNP), 01 post-indexed, 10 signed offset, 11 pre-indexed.
    static func decodeLoadStorePair(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let opc = insn >> 30
        let simd = (insn >> 26) & 1 != 0
        let idx = (insn >> 23) & 3
        let load = (insn >> 22) & 1 != 0
        let ops: [OpDef]
        let scale: UInt32
        switch (simd, opc) {
        case (false, 0): ops = load ? LSPair.ldpWOps : LSPair.stpWOps; scale = 2
        case (false, 1):
            // LDPSW has no no-allocate form; opc = 01 with L = 0 is STGP (FEAT_MTE).
            guard load && idx != 0 else { return .undefined }
            ops = LSPair.ldpswOps; scale = 2
        case (false, 2): ops = load ? LSPair.ldpXOps : LSPair.stpXOps; scale = 3
        case (true, 0): ops = load ? LSPair.ldpSOps : LSPair.stpSOps; scale = 2
        case (true, 1): ops = load ? LSPair.ldpDOps : LSPair.stpDOps; scale = 3
        case (true, 2): ops = load ? LSPair.ldpQOps : LSPair.stpQOps; scale = 4
        default: return .undefined
        }
        let mode: Int
        switch idx {
        case 0b01: mode = 2 // post
        case 0b11: mode = 1 // pre
        default: mode = 0   // offset (and no-allocate)
        }
        let imm = LSField.signExtend((insn >> 15) & 0x7F, bits: 7) &<< UInt64(scale)
        let rt = LSField.rt(insn), rt2 = LSField.rt2(insn)
        let a: UInt8, c: UInt8
        if simd {
            a = UInt8(rt); c = UInt8(rt2)
        } else if load {
            a = A64Reg.dst(rt); c = A64Reg.dst(rt2)
        } else {
            a = A64Reg.src(rt); c = A64Reg.src(rt2)
        }
        b.emit(ops[mode], pc: pc, imm: imm, a: a, b: A64Reg.spOr(LSField.rn(insn)), c: c)
        return .next(length: 4)
    }
}
