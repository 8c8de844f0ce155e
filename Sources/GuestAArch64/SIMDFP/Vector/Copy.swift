import XrunCore

/// C4.1.x "Advanced SIMD copy": 0 Q op 01110000 imm5 0 imm4 1 Rn Rd.
/// DUP (element), DUP (general), SMOV, UMOV, INS (general), INS (element).
/// The element size is the lowest set bit of imm5; the index is the bits above it.
extension A64Decoder {
    static func decodeSIMDCopy(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), op = insn >> 29 & 1, imm5 = insn >> 16 & 0x1F, imm4 = insn >> 11 & 0xF
        let d = insn & 31, n = insn >> 5 & 31
        guard imm5 & 0xF != 0 else { return .undefined }
        let size = imm5.trailingZeroBitCount              // 0 B, 1 H, 2 S, 3 D
        let index = UInt64(imm5 >> (size + 1))
        if op == 1 {
            guard q == 1 else { return .undefined }
            // INS (element): Vd[index] = Vn[imm4 >> size].
            let index2 = UInt64(imm4 >> UInt32(size))
            b.emit(VCopyOps.insElement[size], pc: pc, imm: index | index2 << 8, a: UInt8(d), b: UInt8(n))
            return .next(length: 4)
        }
        switch imm4 {
        case 0b0000:  // DUP (element)
            guard size < 3 || q == 1 else { return .undefined }
            b.emit(VCopyOps.dupElement[size * 2 + q], pc: pc, imm: index, a: UInt8(d), b: UInt8(n))
        case 0b0001:  // DUP (general)
            guard size < 3 || q == 1 else { return .undefined }
            b.emit(VCopyOps.dupGeneral[size * 2 + q], pc: pc, a: UInt8(d), b: A64Reg.src(n))
        case 0b0011:  // INS (general)
            guard q == 1 else { return .undefined }
            b.emit(VCopyOps.insGeneral[size], pc: pc, imm: index, a: UInt8(d), b: A64Reg.src(n))
        case 0b0101:  // SMOV: B/H to W (Q = 0) or X, S to X only
            guard size < 2 || (size == 2 && q == 1) else { return .undefined }
            b.emit(VCopyOps.smov[size * 2 + q], pc: pc, imm: index, a: A64Reg.dst(d), b: UInt8(n))
        case 0b0111:  // UMOV: B/H/S to W (Q = 0), D to X (Q = 1)
            guard (size < 3 && q == 0) || (size == 3 && q == 1) else { return .undefined }
            b.emit(VCopyOps.umov[size], pc: pc, imm: index, a: A64Reg.dst(d), b: UInt8(n))
        default:
            return .undefined
        }
        return .next(length: 4)
    }
}

extension VL {
    /// The 64-bit pattern repeating lane value x.
    @inline(__always) static func broadcast<T: VLane>(_ x: T) -> UInt64 {
        UInt64(truncatingIfNeeded: x) &* (UInt64.max / UInt64(truncatingIfNeeded: T.max))
    }
    @inline(__always) static func fill(_ cpu: UnsafeMutableRawPointer, _ d: UInt8, _ pattern: UInt64, full: Bool) {
        cpu.vWrite(d, V128(pattern, full ? pattern : 0))
    }
    @inline(__always) static func setLane<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ d: UInt8, _ i: Int, _ x: T) {
        cpu.v(d).storeBytes(of: x, toByteOffset: i &* MemoryLayout<T>.size, as: T.self)
    }
}

enum VCopyOps {
    /// Index size * 2 + Q.
    static let dupElement: [OpDef] = [
        OpDef("dup", native: NativeVector.dupElement(lane: 1, q: false)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self)), full: false) },
        OpDef("dup", native: NativeVector.dupElement(lane: 1, q: true)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self)), full: true) },
        OpDef("dup", native: NativeVector.dupElement(lane: 2, q: false)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self)), full: false) },
        OpDef("dup", native: NativeVector.dupElement(lane: 2, q: true)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self)), full: true) },
        OpDef("dup", native: NativeVector.dupElement(lane: 4, q: false)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(c.lane(o.pointee.b, Int(o.pointee.imm), UInt32.self)), full: false) },
        OpDef("dup", native: NativeVector.dupElement(lane: 4, q: true)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(c.lane(o.pointee.b, Int(o.pointee.imm), UInt32.self)), full: true) },
        CommonOps.undefined,
        OpDef("dup", native: NativeVector.dupElement(lane: 8, q: true)) { c, o in VL.fill(c, o.pointee.a, c.lane(o.pointee.b, Int(o.pointee.imm), UInt64.self), full: true) },
    ]
    static let dupGeneral: [OpDef] = [
        OpDef("dup", native: NativeVector.dupGeneral(lane: 1, q: false)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(UInt8(truncatingIfNeeded: c.x[Int(o.pointee.b)])), full: false) },
        OpDef("dup", native: NativeVector.dupGeneral(lane: 1, q: true)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(UInt8(truncatingIfNeeded: c.x[Int(o.pointee.b)])), full: true) },
        OpDef("dup", native: NativeVector.dupGeneral(lane: 2, q: false)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(UInt16(truncatingIfNeeded: c.x[Int(o.pointee.b)])), full: false) },
        OpDef("dup", native: NativeVector.dupGeneral(lane: 2, q: true)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(UInt16(truncatingIfNeeded: c.x[Int(o.pointee.b)])), full: true) },
        OpDef("dup", native: NativeVector.dupGeneral(lane: 4, q: false)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(UInt32(truncatingIfNeeded: c.x[Int(o.pointee.b)])), full: false) },
        OpDef("dup", native: NativeVector.dupGeneral(lane: 4, q: true)) { c, o in VL.fill(c, o.pointee.a, VL.broadcast(UInt32(truncatingIfNeeded: c.x[Int(o.pointee.b)])), full: true) },
        CommonOps.undefined,
        OpDef("dup", native: NativeVector.dupGeneral(lane: 8, q: true)) { c, o in VL.fill(c, o.pointee.a, c.x[Int(o.pointee.b)], full: true) },
    ]
    /// INS (general): only the one lane changes. Index = size.
    static let insGeneral: [OpDef] = [
        OpDef("ins", native: NativeVector.insertGeneral(lane: 1)) { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm), UInt8(truncatingIfNeeded: c.x[Int(o.pointee.b)])) },
        OpDef("ins", native: NativeVector.insertGeneral(lane: 2)) { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm), UInt16(truncatingIfNeeded: c.x[Int(o.pointee.b)])) },
        OpDef("ins", native: NativeVector.insertGeneral(lane: 4)) { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm), UInt32(truncatingIfNeeded: c.x[Int(o.pointee.b)])) },
        OpDef("ins", native: NativeVector.insertGeneral(lane: 8)) { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm), c.x[Int(o.pointee.b)]) },
    ]
    /// INS (element): imm = dst index | src index << 8.
    static let insElement: [OpDef] = [
        OpDef("ins") { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm & 0xFF), c.lane(o.pointee.b, Int(o.pointee.imm >> 8), UInt8.self)) },
        OpDef("ins") { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm & 0xFF), c.lane(o.pointee.b, Int(o.pointee.imm >> 8), UInt16.self)) },
        OpDef("ins") { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm & 0xFF), c.lane(o.pointee.b, Int(o.pointee.imm >> 8), UInt32.self)) },
        OpDef("ins") { c, o in VL.setLane(c, o.pointee.a, Int(o.pointee.imm & 0xFF), c.lane(o.pointee.b, Int(o.pointee.imm >> 8), UInt64.self)) },
    ]
    /// SMOV, index size * 2 + Q (W results zero-extended from 32 bits).
    static let smov: [OpDef] = [
        OpDef("smov") { c, o in c.x[Int(o.pointee.a)] = UInt64(UInt32(bitPattern: Int32(Int8(bitPattern: c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self))))) },
        OpDef("smov") { c, o in c.x[Int(o.pointee.a)] = UInt64(bitPattern: Int64(Int8(bitPattern: c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self)))) },
        OpDef("smov") { c, o in c.x[Int(o.pointee.a)] = UInt64(UInt32(bitPattern: Int32(Int16(bitPattern: c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self))))) },
        OpDef("smov") { c, o in c.x[Int(o.pointee.a)] = UInt64(bitPattern: Int64(Int16(bitPattern: c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self)))) },
        CommonOps.undefined,
        OpDef("smov") { c, o in c.x[Int(o.pointee.a)] = UInt64(bitPattern: Int64(Int32(bitPattern: c.lane(o.pointee.b, Int(o.pointee.imm), UInt32.self)))) },
    ]
    /// UMOV, index size.
    static let umov: [OpDef] = [
        OpDef("umov", native: NativeVector.laneToGeneral(lane: 1)) { c, o in c.x[Int(o.pointee.a)] = UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt8.self)) },
        OpDef("umov", native: NativeVector.laneToGeneral(lane: 2)) { c, o in c.x[Int(o.pointee.a)] = UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt16.self)) },
        OpDef("umov", native: NativeVector.laneToGeneral(lane: 4)) { c, o in c.x[Int(o.pointee.a)] = UInt64(c.lane(o.pointee.b, Int(o.pointee.imm), UInt32.self)) },
        OpDef("umov", native: NativeVector.laneToGeneral(lane: 8)) { c, o in c.x[Int(o.pointee.a)] = c.lane(o.pointee.b, Int(o.pointee.imm), UInt64.self) },
    ]
}
