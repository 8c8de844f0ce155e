import XrunCore

/// FEAT_FCMA (C7.2 FCMLA, FCMLA (by element), FCADD): complex numbers as (real,
/// imaginary) pairs of adjacent lanes.
///   FCMLA (vector):     0 Q 1 01110 size 0 Rm 1 10 rot 1 Rn Rd  ("three same extra" 10xx)
///   FCADD:              0 Q 1 01110 size 0 Rm 1 11 rot 0 1 Rn Rd  (11x0; rot 0 = #90)
///   FCMLA (by element): 0 Q 1 01111 size L M Rm 0 rot 1 H 0 Rn Rd (U = 1, opcode 0xx1)
/// size 10 = single, 11 = double (.2D only; no by-element form); size 01 (half
/// precision) needs FEAT_FP16, not advertised, and stays undefined like size 00. The
/// single by-element form is .4S only with index H (L = 1 UNDEFINED).
extension A64Decoder {
    /// "Three same extra" with U = 1 and opcode 1xxx.
    static func decodeComplexThreeSame(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), size = insn >> 22 & 3, opcode = Int(insn >> 11 & 0xF)
        guard A64Features.has(A64Features.FCMA), insn >> 29 & 1 == 1, size >= 2, size == 2 || q == 1 else { return .undefined }
        let shape = size == 3 ? 2 : q                   // 0 = 2S, 1 = 4S, 2 = 2D
        let fn: OpDef
        if opcode & 0b1100 == 0b1000 {
            fn = ComplexOps.fcmla[shape * 4 + (opcode & 3)]
        } else if opcode & 0b1101 == 0b1100 {
            fn = ComplexOps.fcadd[shape * 2 + (opcode >> 1 & 1)]
        } else {
            return .undefined
        }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// FCMLA (by element): by-element class with U = 1 and opcode 0xx1.
    static func decodeComplexByElement(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        // Single precision only (size 10), Q = 1, L = 0; index H, Vm = M:Rm.
        guard A64Features.has(A64Features.FCMA), insn & 0xBFE0_9400 == 0x2F80_1000, insn >> 30 & 1 == 1 else { return .undefined }
        b.emit(ComplexOps.fcmlaElem[Int(insn >> 13 & 3)], pc: pc, imm: UInt64(insn >> 11 & 1),
               a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }
}

enum ComplexOps {
    @inline(__always)
    static func load<F: A64Float>(_ p: UnsafeMutableRawPointer, _ off: Int, _: F.Type) -> F {
        F(bits: p.loadUnaligned(fromByteOffset: off, as: F.Bits.self))
    }

    /// FCMLA: per pair, d.re = FPMulAdd(d.re, element2, element1) and d.im =
    /// FPMulAdd(d.im, element4, element3), the elements chosen and negated (FPNeg, a sign
    /// flip even of a NaN) by `rot` (0, 90, 180, 270 degrees). `pairFromM` is the byte
    /// offset of Vm's pair for the by-element form, or nil to use each lane's own pair.
    @inline(__always)
    static func fcmlaImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                       rot: Int, indexed: Bool, _: F.Type) {
        let o = op.pointee, d = cpu.v(o.a), n = cpu.v(o.b), m = cpu.v(o.c), w = F.byteWidth
        let mFixed = Int(o.imm) &* 2 &* w
        cpu.vWrite(o.a, vBuild { r in
            for p in stride(from: 0, to: bytes, by: 2 * w) {
                let mp = indexed ? mFixed : p
                let nRe = load(n, p, F.self), nIm = load(n, p + w, F.self)
                let mRe = load(m, mp, F.self), mIm = load(m, mp + w, F.self)
                let e1: F, e2: F, e3: F
                switch rot {
                case 0: e1 = mRe; e2 = nRe; e3 = mIm
                case 1: e1 = mIm.negated; e2 = nIm; e3 = mRe
                case 2: e1 = mRe.negated; e2 = nRe; e3 = mIm.negated
                default: e1 = mIm; e2 = nIm; e3 = mRe.negated
                }
                // element4 == element2 for every rotation.
                FPEnv.nextLane(cpu, fpcr)
                let re = FPK.mulAdd(cpu, FPEnv.flushIn(cpu, fpcr, load(d, p, F.self)), FPEnv.flushIn(cpu, fpcr, e2),
                                    FPEnv.flushIn(cpu, fpcr, e1))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, re).bits, toByteOffset: p, as: F.Bits.self)
                FPEnv.nextLane(cpu, fpcr)
                let im = FPK.mulAdd(cpu, FPEnv.flushIn(cpu, fpcr, load(d, p + w, F.self)), FPEnv.flushIn(cpu, fpcr, e2),
                                    FPEnv.flushIn(cpu, fpcr, e3))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, im).bits, toByteOffset: p + w, as: F.Bits.self)
            }
        })
    }
    @inline(never)
    static func fcmlaSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                       rot: Int, indexed: Bool, _: F.Type) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        fcmlaImpl(cpu, op, bytes, fpcr, rot: rot, indexed: indexed, F.self)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func fcmla<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                   rot: Int, indexed: Bool, _: F.Type) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return fcmlaSlow(cpu, op, bytes, rot: rot, indexed: indexed, F.self) }
        fcmlaImpl(cpu, op, bytes, 0, rot: rot, indexed: indexed, F.self)
    }

    /// FCADD: d.re = FPAdd(n.re, element1), d.im = FPAdd(n.im, element3) with
    /// (element1, element3) = (-m.im, m.re) for #90 (rot 0) and (m.im, -m.re) for #270.
    @inline(__always)
    static func fcaddImpl<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ fpcr: UInt32,
                                       rot270: Bool, _: F.Type) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = F.byteWidth
        cpu.vWrite(o.a, vBuild { r in
            for p in stride(from: 0, to: bytes, by: 2 * w) {
                let mRe = load(m, p, F.self), mIm = load(m, p + w, F.self)
                let e1 = rot270 ? mIm : mIm.negated, e3 = rot270 ? mRe.negated : mRe
                FPEnv.nextLane(cpu, fpcr)
                let re = FPK.add(cpu, FPEnv.flushIn(cpu, fpcr, load(n, p, F.self)), FPEnv.flushIn(cpu, fpcr, e1))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, re).bits, toByteOffset: p, as: F.Bits.self)
                FPEnv.nextLane(cpu, fpcr)
                let im = FPK.add(cpu, FPEnv.flushIn(cpu, fpcr, load(n, p + w, F.self)), FPEnv.flushIn(cpu, fpcr, e3))
                r.storeBytes(of: FPEnv.flushOut(cpu, fpcr, im).bits, toByteOffset: p + w, as: F.Bits.self)
            }
        })
    }
    @inline(never)
    static func fcaddSlow<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                       rot270: Bool, _: F.Type) {
        let fpcr = cpu.fpcr
        FPEnv.enter(cpu, fpcr)
        fcaddImpl(cpu, op, bytes, fpcr, rot270: rot270, F.self)
        FPEnv.leave(fpcr)
    }
    @inline(__always)
    static func fcadd<F: A64Float>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int,
                                   rot270: Bool, _: F.Type) {
        if cpu.fpcr & A64FPBits.slowMask != 0 { return fcaddSlow(cpu, op, bytes, rot270: rot270, F.self) }
        fcaddImpl(cpu, op, bytes, 0, rot270: rot270, F.self)
    }

    /// [shape * 4 + rot], shape 0 = 2S, 1 = 4S, 2 = 2D.
    static let fcmla: [OpDef] = [
        OpDef("fcmla") { c, o in fcmla(c, o, 8, rot: 0, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 8, rot: 1, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 8, rot: 2, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 8, rot: 3, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 0, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 1, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 2, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 3, indexed: false, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 0, indexed: false, Double.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 1, indexed: false, Double.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 2, indexed: false, Double.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 3, indexed: false, Double.self) },
    ]
    /// [rot]: FCMLA Vd.4S, Vn.4S, Vm.S[index] (imm = index of the pair).
    static let fcmlaElem: [OpDef] = [
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 0, indexed: true, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 1, indexed: true, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 2, indexed: true, Float.self) },
        OpDef("fcmla") { c, o in fcmla(c, o, 16, rot: 3, indexed: true, Float.self) },
    ]
    /// [shape * 2 + rot], rot 0 = #90, 1 = #270.
    static let fcadd: [OpDef] = [
        OpDef("fcadd") { c, o in fcadd(c, o, 8, rot270: false, Float.self) },
        OpDef("fcadd") { c, o in fcadd(c, o, 8, rot270: true, Float.self) },
        OpDef("fcadd") { c, o in fcadd(c, o, 16, rot270: false, Float.self) },
        OpDef("fcadd") { c, o in fcadd(c, o, 16, rot270: true, Float.self) },
        OpDef("fcadd") { c, o in fcadd(c, o, 16, rot270: false, Double.self) },
        OpDef("fcadd") { c, o in fcadd(c, o, 16, rot270: true, Double.self) },
    ]
}
