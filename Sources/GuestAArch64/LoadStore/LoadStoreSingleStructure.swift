import XrunCore

/// Advanced SIMD load/store single structure (C7.2 "LD1 (single structure)".."LD4",
/// "ST1".."ST4" single structure, "LD1R".."LD4R"). A lane access moves one element per
/// register (t, t+1, ... wrapping at V31) from/to consecutive memory elements and leaves
/// the other lanes alone; LDnR loads one element per register and replicates it to every
/// lane, clearing the upper half for a 64-bit arrangement. Specialised by element size.
/// Tables in order: no offset, post-index immediate, post-index Xm.
/// Op fields: a = Vt, b = Rn (31 = SP), c = Xm, imm = post-index immediate,
/// d = number of registers (selem), e = register bytes for LDnR (8 or 16),
/// f = byte offset of the lane (index × element size).
enum LSStructSingle {
    @inline(__always)
    static func ldLane<T: FixedWidthInteger>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                             _ addr: UInt64, _: T.Type) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let lane = Int(op.pointee.f)
        let esize = MemoryLayout<T>.size
        let p = cpu.host(addr)
        var s = 0
        while s < n {
            let v = p.loadUnaligned(fromByteOffset: s &* esize, as: T.self)
            cpu.v(LSStructMultiple.reg(t, s)).storeBytes(of: v, toByteOffset: lane, as: T.self)
            s &+= 1
        }
    }

    @inline(__always)
    static func stLane<T: FixedWidthInteger>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                             _ addr: UInt64, _: T.Type) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let lane = Int(op.pointee.f)
        let esize = MemoryLayout<T>.size
        let p = cpu.host(addr)
        var s = 0
        while s < n {
            let v = cpu.v(LSStructMultiple.reg(t, s)).load(fromByteOffset: lane, as: T.self)
            p.storeBytes(of: v, toByteOffset: s &* esize, as: T.self)
            s &+= 1
        }
    }

    @inline(__always)
    static func ldRep<T: FixedWidthInteger & UnsignedInteger>(_ cpu: UnsafeMutableRawPointer,
                                                             _ op: UnsafePointer<Op>,
                                                             _ addr: UInt64, _: T.Type) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let full = op.pointee.e == 16
        let esize = MemoryLayout<T>.size
        // 0x0101...01 for bytes, 0x0001...0001 for halfwords, ...: multiplying an element
        // by it copies the element into every lane of a 64-bit half.
        let spread = UInt64.max / UInt64(truncatingIfNeeded: T.max)
        let p = cpu.host(addr)
        var s = 0
        while s < n {
            let e = UInt64(p.loadUnaligned(fromByteOffset: s &* esize, as: T.self))
            let pattern = e &* spread
            let v = cpu.v(LSStructMultiple.reg(t, s))
            v.storeBytes(of: pattern, as: UInt64.self)
            v.storeBytes(of: full ? pattern : 0, toByteOffset: 8, as: UInt64.self)
            s &+= 1
        }
    }

    @inline(__always)
    static func ld8(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldLane(c, o, a, UInt8.self) }
    @inline(__always)
    static func ld16(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldLane(c, o, a, UInt16.self) }
    @inline(__always)
    static func ld32(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldLane(c, o, a, UInt32.self) }
    @inline(__always)
    static func ld64(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldLane(c, o, a, UInt64.self) }
    @inline(__always)
    static func st8(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stLane(c, o, a, UInt8.self) }
    @inline(__always)
    static func st16(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stLane(c, o, a, UInt16.self) }
    @inline(__always)
    static func st32(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stLane(c, o, a, UInt32.self) }
    @inline(__always)
    static func st64(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stLane(c, o, a, UInt64.self) }
    @inline(__always)
    static func ldR8(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldRep(c, o, a, UInt8.self) }
    @inline(__always)
    static func ldR16(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldRep(c, o, a, UInt16.self) }
    @inline(__always)
    static func ldR32(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldRep(c, o, a, UInt32.self) }
    @inline(__always)
    static func ldR64(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldRep(c, o, a, UInt64.self) }

    static let ld8Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ld8) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ld8) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ld8) },
    ]
    static let ld16Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ld16) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ld16) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ld16) },
    ]
    static let ld32Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ld32) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ld32) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ld32) },
    ]
    static let ld64Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ld64) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ld64) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ld64) },
    ]
    static let st8Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, st8) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, st8) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, st8) },
    ]
    static let st16Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, st16) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, st16) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, st16) },
    ]
    static let st32Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, st32) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, st32) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, st32) },
    ]
    static let st64Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, st64) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, st64) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, st64) },
    ]
    static let ldR8Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldR8) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldR8) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldR8) },
    ]
    static let ldR16Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldR16) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldR16) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldR16) },
    ]
    static let ldR32Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldR32) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldR32) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldR32) },
    ]
    static let ldR64Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldR64) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldR64) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldR64) },
    ]

    static let loadOps: [[OpDef]] = [ld8Ops, ld16Ops, ld32Ops, ld64Ops]
    static let storeOps: [[OpDef]] = [st8Ops, st16Ops, st32Ops, st64Ops]
    static let replicateOps: [[OpDef]] = [ldR8Ops, ldR16Ops, ldR32Ops, ldR64Ops]
}

extension A64Decoder {
    /// Advanced SIMD load/store single structure:
    /// 0 Q 0011010 L R 00000 opcode S size Rn Rt (no offset),
    /// 0 Q 0011011 L R Rm opcode S size Rn Rt (post-index; Rm = 31: by the bytes transferred).
    /// selem = opcode<0>:R + 1; opcode<2:1> = 00 B, 01 H, 10 S or D, 11 replicate (L = 1).
    static func decodeSIMDLoadStoreSingle(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let post = insn & (1 << 23) != 0
        let rm = LSField.rm(insn)
        if !post && rm != 0 { return .undefined }
        let q = (insn >> 30) & 1
        let load = insn & (1 << 22) != 0
        let r = (insn >> 21) & 1
        let opcode = (insn >> 13) & 7
        let s = (insn >> 12) & 1
        let size = (insn >> 10) & 3
        let selem = Int(((opcode & 1) << 1 | r) + 1)
        let scale: UInt32
        let index: UInt32
        switch opcode >> 1 {
        case 0:
            scale = 0; index = q << 3 | s << 2 | size
        case 1:
            guard size & 1 == 0 else { return .undefined }
            scale = 1; index = q << 2 | s << 1 | size >> 1
        case 2:
            if size == 0 {
                scale = 2; index = q << 1 | s
            } else if size == 1 && s == 0 {
                scale = 3; index = q
            } else {
                return .undefined
            }
        default:
            // LDnR: loads only, S = 0; size is the element size.
            guard load && s == 0 else { return .undefined }
            emitLSStructure(LSStructSingle.replicateOps[Int(size)], post: post, rm: rm,
                          total: selem << Int(size), insn: insn, pc: pc,
                          d: UInt8(selem), e: q != 0 ? 16 : 8, f: 0, into: &b)
            return .next(length: 4)
        }
        let ops = load ? LSStructSingle.loadOps[Int(scale)] : LSStructSingle.storeOps[Int(scale)]
        emitLSStructure(ops, post: post, rm: rm, total: selem << Int(scale), insn: insn, pc: pc,
                      d: UInt8(selem), e: 0, f: UInt8(index << scale), into: &b)
        return .next(length: 4)
    }
}
