import XrunCore

/// Advanced SIMD load/store multiple structures (C7.2 "LD1 (multiple structures)",
/// "LD2".."LD4", "ST1".."ST4"). LD1/ST1 of n registers is a plain copy of n × 8 or
/// n × 16 consecutive bytes whatever the arrangement (lanes are little-endian), so one
/// body serves every element size. LD2..LD4/ST2..ST4 interleave: element e of register
/// t+s is at memory element e * n + s; they are specialised by element size. A 64-bit
/// arrangement (Q = 0) clears the upper half of each register loaded. Registers wrap
/// from V31 to V0.
/// Tables in order: no offset (offset, imm = 0), post-index immediate, post-index Xm.
/// Op fields: a = Vt, b = Rn (31 = SP), c = Xm (post-index register), imm = post-index
/// immediate, d = number of registers, e = register bytes (8 or 16).
enum LSStructMultiple {
    @inline(__always)
    static func reg(_ t: UInt8, _ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: (Int(t) &+ i) & 31) }

    @inline(__always)
    static func ld1(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let p = cpu.host(addr)
        if op.pointee.e == 16 {
            var i = 0
            while i < n {
                let lo = p.loadUnaligned(fromByteOffset: i &* 16, as: UInt64.self)
                let hi = p.loadUnaligned(fromByteOffset: i &* 16 &+ 8, as: UInt64.self)
                let v = cpu.v(reg(t, i))
                v.storeBytes(of: lo, as: UInt64.self)
                v.storeBytes(of: hi, toByteOffset: 8, as: UInt64.self)
                i &+= 1
            }
        } else {
            var i = 0
            while i < n {
                let lo = p.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self)
                let v = cpu.v(reg(t, i))
                v.storeBytes(of: lo, as: UInt64.self)
                v.storeBytes(of: 0 as UInt64, toByteOffset: 8, as: UInt64.self)
                i &+= 1
            }
        }
    }

    @inline(__always)
    static func st1(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ addr: UInt64) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let bytes = Int(op.pointee.e)
        let p = cpu.host(addr)
        var i = 0
        while i < n {
            let v = cpu.v(reg(t, i))
            p.storeBytes(of: v.load(as: UInt64.self), toByteOffset: i &* bytes, as: UInt64.self)
            if bytes == 16 {
                p.storeBytes(of: v.load(fromByteOffset: 8, as: UInt64.self),
                             toByteOffset: i &* 16 &+ 8, as: UInt64.self)
            }
            i &+= 1
        }
    }

    @inline(__always)
    static func ldN<T: FixedWidthInteger>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                          _ addr: UInt64, _: T.Type) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let bytes = Int(op.pointee.e)
        let esize = MemoryLayout<T>.size
        let p = cpu.host(addr)
        var off = 0
        var lane = 0
        while lane < bytes {
            var s = 0
            while s < n {
                let v = p.loadUnaligned(fromByteOffset: off, as: T.self)
                cpu.v(reg(t, s)).storeBytes(of: v, toByteOffset: lane, as: T.self)
                off &+= esize
                s &+= 1
            }
            lane &+= esize
        }
        if bytes == 8 {
            var s = 0
            while s < n {
                cpu.v(reg(t, s)).storeBytes(of: 0 as UInt64, toByteOffset: 8, as: UInt64.self)
                s &+= 1
            }
        }
    }

    @inline(__always)
    static func stN<T: FixedWidthInteger>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>,
                                          _ addr: UInt64, _: T.Type) {
        let n = Int(op.pointee.d)
        let t = op.pointee.a
        let bytes = Int(op.pointee.e)
        let esize = MemoryLayout<T>.size
        let p = cpu.host(addr)
        var off = 0
        var lane = 0
        while lane < bytes {
            var s = 0
            while s < n {
                let v = cpu.v(reg(t, s)).load(fromByteOffset: lane, as: T.self)
                p.storeBytes(of: v, toByteOffset: off, as: T.self)
                off &+= esize
                s &+= 1
            }
            lane &+= esize
        }
    }

    @inline(__always)
    static func ldN8(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldN(c, o, a, UInt8.self) }
    @inline(__always)
    static func ldN16(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldN(c, o, a, UInt16.self) }
    @inline(__always)
    static func ldN32(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldN(c, o, a, UInt32.self) }
    @inline(__always)
    static func ldN64(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { ldN(c, o, a, UInt64.self) }
    @inline(__always)
    static func stN8(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stN(c, o, a, UInt8.self) }
    @inline(__always)
    static func stN16(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stN(c, o, a, UInt16.self) }
    @inline(__always)
    static func stN32(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stN(c, o, a, UInt32.self) }
    @inline(__always)
    static func stN64(_ c: UnsafeMutableRawPointer, _ o: UnsafePointer<Op>, _ a: UInt64) { stN(c, o, a, UInt64.self) }

    static let ld1Ops: [OpDef] = [
        OpDef("ld", native: NativeVector.structureOne(load: true, .offset)) { c, o in LSAddress.run(c, o, .offset, ld1) },
        OpDef("ld", native: NativeVector.structureOne(load: true, .post)) { c, o in LSAddress.run(c, o, .post, ld1) },
        OpDef("ld", native: NativeVector.structureOne(load: true, .postReg)) { c, o in LSAddress.run(c, o, .postReg, ld1) },
    ]
    static let st1Ops: [OpDef] = [
        OpDef("st", native: NativeVector.structureOne(load: false, .offset)) { c, o in LSAddress.run(c, o, .offset, st1) },
        OpDef("st", native: NativeVector.structureOne(load: false, .post)) { c, o in LSAddress.run(c, o, .post, st1) },
        OpDef("st", native: NativeVector.structureOne(load: false, .postReg)) { c, o in LSAddress.run(c, o, .postReg, st1) },
    ]
    static let ldN8Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldN8) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldN8) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldN8) },
    ]
    static let ldN16Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldN16) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldN16) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldN16) },
    ]
    static let ldN32Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldN32) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldN32) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldN32) },
    ]
    static let ldN64Ops: [OpDef] = [
        OpDef("ld") { c, o in LSAddress.run(c, o, .offset, ldN64) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .post, ldN64) },
        OpDef("ld") { c, o in LSAddress.run(c, o, .postReg, ldN64) },
    ]
    static let stN8Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, stN8) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, stN8) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, stN8) },
    ]
    static let stN16Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, stN16) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, stN16) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, stN16) },
    ]
    static let stN32Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, stN32) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, stN32) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, stN32) },
    ]
    static let stN64Ops: [OpDef] = [
        OpDef("st") { c, o in LSAddress.run(c, o, .offset, stN64) },
        OpDef("st") { c, o in LSAddress.run(c, o, .post, stN64) },
        OpDef("st") { c, o in LSAddress.run(c, o, .postReg, stN64) },
    ]

    static let ldNOps: [[OpDef]] = [ldN8Ops, ldN16Ops, ldN32Ops, ldN64Ops]
    static let stNOps: [[OpDef]] = [stN8Ops, stN16Ops, stN32Ops, stN64Ops]
}

extension A64Decoder {
    /// Advanced SIMD load/store multiple structures:
    /// 0 Q 0011000 L 000000 opcode size Rn Rt (no offset),
    /// 0 Q 0011001 L 0 Rm opcode size Rn Rt (post-index; Rm = 31: by the bytes transferred).
    static func decodeSIMDLoadStoreMultiple(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let post = insn & (1 << 23) != 0
        let rm = LSField.rm(insn)
        if post {
            guard insn & (1 << 21) == 0 else { return .undefined }
        } else {
            guard (insn >> 16) & 0x3F == 0 else { return .undefined }
        }
        let q = insn & (1 << 30) != 0
        let load = insn & (1 << 22) != 0
        let size = Int((insn >> 10) & 3)
        let regs: Int, selem: Int
        switch (insn >> 12) & 0xF {
        case 0b0000: regs = 4; selem = 4 // LD4/ST4
        case 0b0010: regs = 4; selem = 1 // LD1/ST1, four registers
        case 0b0100: regs = 3; selem = 3 // LD3/ST3
        case 0b0110: regs = 3; selem = 1 // LD1/ST1, three registers
        case 0b0111: regs = 1; selem = 1 // LD1/ST1, one register
        case 0b1000: regs = 2; selem = 2 // LD2/ST2
        case 0b1010: regs = 2; selem = 1 // LD1/ST1, two registers
        default: return .undefined
        }
        // .1D is reserved for the interleaving forms.
        if size == 3 && !q && selem != 1 { return .undefined }
        let bytes = q ? 16 : 8
        let ops: [OpDef]
        if selem == 1 {
            ops = load ? LSStructMultiple.ld1Ops : LSStructMultiple.st1Ops
        } else {
            ops = load ? LSStructMultiple.ldNOps[size] : LSStructMultiple.stNOps[size]
        }
        emitLSStructure(ops, post: post, rm: rm, total: regs * bytes, insn: insn, pc: pc,
                      d: UInt8(regs), e: UInt8(bytes), f: 0, into: &b)
        return .next(length: 4)
    }

    /// Emits a structure op in its addressing form: no offset, post-index by the bytes
    /// transferred (Rm = 31), or post-index by Xm.
    static func emitLSStructure(_ ops: [OpDef], post: Bool, rm: UInt32, total: Int, insn: UInt32, pc: UInt64,
                              d: UInt8, e: UInt8, f: UInt8, into b: inout BlockBuilder) {
        let mode = !post ? 0 : (rm == 31 ? 1 : 2)
        b.emit(ops[mode], pc: pc, imm: post && rm == 31 ? UInt64(total) : 0,
               a: UInt8(LSField.rt(insn)), b: A64Reg.spOr(LSField.rn(insn)),
               c: UInt8(rm), d: d, e: e, f: f)
    }
}
