import XrunCore

/// C4.1.x "Advanced SIMD across lanes": 0 Q U 01110 size 11000 opcode(16:12) 10 Rn Rd.
/// ADDV, SADDLV, UADDLV, SMAXV, UMAXV, SMINV, UMINV (8B/16B/4H/8H/4S) and FMAXV,
/// FMINV, FMAXNMV, FMINNMV (4S). The result is a scalar in Vd (rest zeroed). FP16 forms
/// are not implemented.
extension A64Decoder {
    static func decodeSIMDAcrossLanes(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), u = Int(insn >> 29 & 1), size = Int(insn >> 22 & 3), opcode = insn >> 12 & 0x1F
        let i = size * 2 + q
        let fn: OpDef?
        switch (u, opcode) {
        case (0, 3): fn = VAcrossOps.saddlv[i]
        case (1, 3): fn = VAcrossOps.uaddlv[i]
        case (0, 10): fn = VAcrossOps.smaxv[i]
        case (1, 10): fn = VAcrossOps.umaxv[i]
        case (0, 26): fn = VAcrossOps.sminv[i]
        case (1, 26): fn = VAcrossOps.uminv[i]
        case (0, 27): fn = VAcrossOps.addv[i]
        case (1, 12), (1, 15):
            // FMAXNMV/FMINNMV (12), FMAXV/FMINV (15): only 4S (sz = 0, Q = 1).
            guard size & 1 == 0, q == 1 else { return .undefined }
            fn = VAcrossOps.fp[(opcode == 15 ? 2 : 0) + (size >> 1)]
        default: fn = nil
        }
        guard let fn else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }
}

extension VL {
    /// Reduction to one element of the same width, written as a scalar.
    @inline(__always)
    static func reduce<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ f: (T, T) -> T) {
        let o = op.pointee, n = cpu.v(o.b), w = MemoryLayout<T>.size
        var acc = n.loadUnaligned(as: T.self)
        for i in stride(from: w, to: bytes, by: w) { acc = f(acc, n.loadUnaligned(fromByteOffset: i, as: T.self)) }
        cpu.vWrite(o.a, V128(UInt64(truncatingIfNeeded: acc), 0))
    }
    /// Sum into a double-width scalar (SADDLV/UADDLV).
    @inline(__always)
    static func reduceLong<T: VLane, W: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _ ext: (T) -> W) {
        let o = op.pointee, n = cpu.v(o.b), w = MemoryLayout<T>.size
        var acc: W = 0
        for i in stride(from: 0, to: bytes, by: w) { acc = acc &+ ext(n.loadUnaligned(fromByteOffset: i, as: T.self)) }
        cpu.vWrite(o.a, V128(UInt64(truncatingIfNeeded: acc), 0))
    }
}

/// FP reductions use the Arm ARM Reduce() tree: f(f(e0, e1), f(e2, e3)).
enum VAcrossFP {
    @inline(__always)
    static func reduce4(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (UnsafeMutableRawPointer, Float, Float) -> Float) {
        let o = op.pointee, n = cpu.v(o.b), fpcr = cpu.fpcr
        @inline(__always) func e(_ i: Int) -> Float {
            FPEnv.flushIn(cpu, fpcr, Float(bits: n.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
        }
        cpu.fpWrite(o.a, f(cpu, f(cpu, e(0), e(1)), f(cpu, e(2), e(3))))
    }
}

enum VAcrossOps {
    static let addv: [OpDef?] = [
        OpDef("addv") { c, o in VL.reduce(c, o, 8) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        OpDef("addv") { c, o in VL.reduce(c, o, 16) { (a: UInt8, b: UInt8) in K.add(a, b) } },
        OpDef("addv") { c, o in VL.reduce(c, o, 8) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        OpDef("addv") { c, o in VL.reduce(c, o, 16) { (a: UInt16, b: UInt16) in K.add(a, b) } },
        nil,
        OpDef("addv") { c, o in VL.reduce(c, o, 16) { (a: UInt32, b: UInt32) in K.add(a, b) } },
        nil,
        nil,
    ]
    static let smaxv: [OpDef?] = [
        OpDef("smaxv") { c, o in VL.reduce(c, o, 8) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        OpDef("smaxv") { c, o in VL.reduce(c, o, 16) { (a: UInt8, b: UInt8) in K.smax(a, b) } },
        OpDef("smaxv") { c, o in VL.reduce(c, o, 8) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        OpDef("smaxv") { c, o in VL.reduce(c, o, 16) { (a: UInt16, b: UInt16) in K.smax(a, b) } },
        nil,
        OpDef("smaxv") { c, o in VL.reduce(c, o, 16) { (a: UInt32, b: UInt32) in K.smax(a, b) } },
        nil,
        nil,
    ]
    static let sminv: [OpDef?] = [
        OpDef("sminv") { c, o in VL.reduce(c, o, 8) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        OpDef("sminv") { c, o in VL.reduce(c, o, 16) { (a: UInt8, b: UInt8) in K.smin(a, b) } },
        OpDef("sminv") { c, o in VL.reduce(c, o, 8) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        OpDef("sminv") { c, o in VL.reduce(c, o, 16) { (a: UInt16, b: UInt16) in K.smin(a, b) } },
        nil,
        OpDef("sminv") { c, o in VL.reduce(c, o, 16) { (a: UInt32, b: UInt32) in K.smin(a, b) } },
        nil,
        nil,
    ]
    static let umaxv: [OpDef?] = [
        OpDef("umaxv") { c, o in VL.reduce(c, o, 8) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        OpDef("umaxv") { c, o in VL.reduce(c, o, 16) { (a: UInt8, b: UInt8) in K.umax(a, b) } },
        OpDef("umaxv") { c, o in VL.reduce(c, o, 8) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        OpDef("umaxv") { c, o in VL.reduce(c, o, 16) { (a: UInt16, b: UInt16) in K.umax(a, b) } },
        nil,
        OpDef("umaxv") { c, o in VL.reduce(c, o, 16) { (a: UInt32, b: UInt32) in K.umax(a, b) } },
        nil,
        nil,
    ]
    static let uminv: [OpDef?] = [
        OpDef("uminv") { c, o in VL.reduce(c, o, 8) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        OpDef("uminv") { c, o in VL.reduce(c, o, 16) { (a: UInt8, b: UInt8) in K.umin(a, b) } },
        OpDef("uminv") { c, o in VL.reduce(c, o, 8) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        OpDef("uminv") { c, o in VL.reduce(c, o, 16) { (a: UInt16, b: UInt16) in K.umin(a, b) } },
        nil,
        OpDef("uminv") { c, o in VL.reduce(c, o, 16) { (a: UInt32, b: UInt32) in K.umin(a, b) } },
        nil,
        nil,
    ]
    static let saddlv: [OpDef?] = [
        OpDef("saddlv") { c, o in VL.reduceLong(c, o, 8) { (a: UInt8) -> UInt16 in K.sext(a) } },
        OpDef("saddlv") { c, o in VL.reduceLong(c, o, 16) { (a: UInt8) -> UInt16 in K.sext(a) } },
        OpDef("saddlv") { c, o in VL.reduceLong(c, o, 8) { (a: UInt16) -> UInt32 in K.sext(a) } },
        OpDef("saddlv") { c, o in VL.reduceLong(c, o, 16) { (a: UInt16) -> UInt32 in K.sext(a) } },
        nil,
        OpDef("saddlv") { c, o in VL.reduceLong(c, o, 16) { (a: UInt32) -> UInt64 in K.sext(a) } },
        nil,
        nil,
    ]
    static let uaddlv: [OpDef?] = [
        OpDef("uaddlv") { c, o in VL.reduceLong(c, o, 8) { (a: UInt8) -> UInt16 in K.zext(a) } },
        OpDef("uaddlv") { c, o in VL.reduceLong(c, o, 16) { (a: UInt8) -> UInt16 in K.zext(a) } },
        OpDef("uaddlv") { c, o in VL.reduceLong(c, o, 8) { (a: UInt16) -> UInt32 in K.zext(a) } },
        OpDef("uaddlv") { c, o in VL.reduceLong(c, o, 16) { (a: UInt16) -> UInt32 in K.zext(a) } },
        nil,
        OpDef("uaddlv") { c, o in VL.reduceLong(c, o, 16) { (a: UInt32) -> UInt64 in K.zext(a) } },
        nil,
        nil,
    ]
    /// FMAXNMV, FMINNMV, FMAXV, FMINV.
    static let fp: [OpDef] = [
        OpDef("fmaxnmv") { c, o in VAcrossFP.reduce4(c, o) { (c, a: Float, b: Float) in FPK.maxnm(c, a, b) } },
        OpDef("fminnmv") { c, o in VAcrossFP.reduce4(c, o) { (c, a: Float, b: Float) in FPK.minnm(c, a, b) } },
        OpDef("fmaxv") { c, o in VAcrossFP.reduce4(c, o) { (c, a: Float, b: Float) in FPK.max(c, a, b) } },
        OpDef("fminv") { c, o in VAcrossFP.reduce4(c, o) { (c, a: Float, b: Float) in FPK.min(c, a, b) } },
    ]
}
