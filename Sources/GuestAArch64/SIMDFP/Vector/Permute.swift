import XrunCore

/// C4.1.x "Advanced SIMD permute" (0 Q 001110 size 0 Rm 0 opcode 10 Rn Rd: UZP1, TRN1,
/// ZIP1, UZP2, TRN2, ZIP2), "Advanced SIMD extract" (EXT) and "Advanced SIMD table
/// lookup" (TBL, TBX with 1-4 table registers).
extension A64Decoder {
    static func decodeSIMDPermute(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = Int(insn >> 30 & 1), size = Int(insn >> 22 & 3), opcode = Int(insn >> 12 & 7)
        guard size < 3 || q == 1, opcode & 3 != 0 else { return .undefined }
        // opcode: 1 UZP1, 2 TRN1, 3 ZIP1, 5 UZP2, 6 TRN2, 7 ZIP2 -> kind 0...5.
        let kind = (opcode & 3) - 1 + (opcode >> 2) * 3
        guard let fn = VPermuteOps.table[kind][size * 2 + q] else { return .undefined }
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// EXT: 0 Q 101110 op2(=00) 0 Rm 0 imm4 0 Rn Rd. Bytes imm4... of Vm:Vn.
    static func decodeSIMDExtract(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let q = insn >> 30 & 1, imm4 = insn >> 11 & 0xF
        guard insn >> 22 & 3 == 0, q == 1 || imm4 < 8 else { return .undefined }
        b.emit(q == 1 ? VPermuteOps.ext16 : VPermuteOps.ext8, pc: pc, imm: UInt64(imm4),
               a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31), c: UInt8(insn >> 16 & 31))
        return .next(length: 4)
    }

    /// TBL/TBX: 0 Q 001110 op2(=00) 0 Rm 0 len op 00 Rn Rd.
    static func decodeSIMDTableLookup(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard insn >> 22 & 3 == 0 else { return .undefined }
        let q = Int(insn >> 30 & 1), len = insn >> 13 & 3, tbx = Int(insn >> 12 & 1)
        b.emit(VPermuteOps.tbl[tbx * 2 + q], pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31),
               c: UInt8(insn >> 16 & 31), d: UInt8(len + 1))
        return .next(length: 4)
    }
}

enum VPermute {
    /// Element i of the result comes from `pick(i, count)` = (from Vm?, source index).
    @inline(__always)
    static func apply<T: VLane>(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, _: T.Type,
                                _ pick: (Int, Int) -> (Bool, Int)) {
        let o = op.pointee, n = cpu.v(o.b), m = cpu.v(o.c), w = MemoryLayout<T>.size, count = bytes / w
        cpu.vWrite(o.a, vBuild { r in
            for i in 0..<count {
                let (fromM, j) = pick(i, count)
                r.storeBytes(of: (fromM ? m : n).loadUnaligned(fromByteOffset: j * w, as: T.self), toByteOffset: i * w, as: T.self)
            }
        })
    }
    // Arm ARM C7.2: UZP1/2 take even/odd elements of Vn:Vm; TRN1/2 interleave even/odd
    // elements; ZIP1/2 interleave the low/high halves.
    @inline(__always) static func uzp(_ part: Int) -> (Int, Int) -> (Bool, Int) {
        { i, c in let k = 2 * i + part; return (k >= c, k % c) }
    }
    @inline(__always) static func trn(_ part: Int) -> (Int, Int) -> (Bool, Int) {
        { i, _ in (i & 1 == 1, (i & ~1) + part) }
    }
    @inline(__always) static func zip(_ part: Int) -> (Int, Int) -> (Bool, Int) {
        { i, c in (i & 1 == 1, part * c / 2 + i / 2) }
    }
}

enum VPermuteOps {
    /// [kind: UZP1 TRN1 ZIP1 UZP2 TRN2 ZIP2][size * 2 + Q]
    static let table: [[OpDef?]] = [
        [
            OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 1, q: false)) { c, o in VPermute.apply(c, o, 8, UInt8.self, VPermute.uzp(0)) }, OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 1, q: true)) { c, o in VPermute.apply(c, o, 16, UInt8.self, VPermute.uzp(0)) },
            OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 2, q: false)) { c, o in VPermute.apply(c, o, 8, UInt16.self, VPermute.uzp(0)) }, OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 2, q: true)) { c, o in VPermute.apply(c, o, 16, UInt16.self, VPermute.uzp(0)) },
            OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 4, q: false)) { c, o in VPermute.apply(c, o, 8, UInt32.self, VPermute.uzp(0)) }, OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 4, q: true)) { c, o in VPermute.apply(c, o, 16, UInt32.self, VPermute.uzp(0)) },
            nil, OpDef("uzp1", native: NativeVector.permute(.uzp1, lane: 8, q: true)) { c, o in VPermute.apply(c, o, 16, UInt64.self, VPermute.uzp(0)) },
        ],
        [
            OpDef("trn1") { c, o in VPermute.apply(c, o, 8, UInt8.self, VPermute.trn(0)) }, OpDef("trn1") { c, o in VPermute.apply(c, o, 16, UInt8.self, VPermute.trn(0)) },
            OpDef("trn1") { c, o in VPermute.apply(c, o, 8, UInt16.self, VPermute.trn(0)) }, OpDef("trn1") { c, o in VPermute.apply(c, o, 16, UInt16.self, VPermute.trn(0)) },
            OpDef("trn1") { c, o in VPermute.apply(c, o, 8, UInt32.self, VPermute.trn(0)) }, OpDef("trn1") { c, o in VPermute.apply(c, o, 16, UInt32.self, VPermute.trn(0)) },
            nil, OpDef("trn1") { c, o in VPermute.apply(c, o, 16, UInt64.self, VPermute.trn(0)) },
        ],
        [
            OpDef("zip1", native: NativeVector.permute(.zip1, lane: 1, q: false)) { c, o in VPermute.apply(c, o, 8, UInt8.self, VPermute.zip(0)) }, OpDef("zip1", native: NativeVector.permute(.zip1, lane: 1, q: true)) { c, o in VPermute.apply(c, o, 16, UInt8.self, VPermute.zip(0)) },
            OpDef("zip1", native: NativeVector.permute(.zip1, lane: 2, q: false)) { c, o in VPermute.apply(c, o, 8, UInt16.self, VPermute.zip(0)) }, OpDef("zip1", native: NativeVector.permute(.zip1, lane: 2, q: true)) { c, o in VPermute.apply(c, o, 16, UInt16.self, VPermute.zip(0)) },
            OpDef("zip1", native: NativeVector.permute(.zip1, lane: 4, q: false)) { c, o in VPermute.apply(c, o, 8, UInt32.self, VPermute.zip(0)) }, OpDef("zip1", native: NativeVector.permute(.zip1, lane: 4, q: true)) { c, o in VPermute.apply(c, o, 16, UInt32.self, VPermute.zip(0)) },
            nil, OpDef("zip1", native: NativeVector.permute(.zip1, lane: 8, q: true)) { c, o in VPermute.apply(c, o, 16, UInt64.self, VPermute.zip(0)) },
        ],
        [
            OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 1, q: false)) { c, o in VPermute.apply(c, o, 8, UInt8.self, VPermute.uzp(1)) }, OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 1, q: true)) { c, o in VPermute.apply(c, o, 16, UInt8.self, VPermute.uzp(1)) },
            OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 2, q: false)) { c, o in VPermute.apply(c, o, 8, UInt16.self, VPermute.uzp(1)) }, OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 2, q: true)) { c, o in VPermute.apply(c, o, 16, UInt16.self, VPermute.uzp(1)) },
            OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 4, q: false)) { c, o in VPermute.apply(c, o, 8, UInt32.self, VPermute.uzp(1)) }, OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 4, q: true)) { c, o in VPermute.apply(c, o, 16, UInt32.self, VPermute.uzp(1)) },
            nil, OpDef("uzp2", native: NativeVector.permute(.uzp2, lane: 8, q: true)) { c, o in VPermute.apply(c, o, 16, UInt64.self, VPermute.uzp(1)) },
        ],
        [
            OpDef("trn2") { c, o in VPermute.apply(c, o, 8, UInt8.self, VPermute.trn(1)) }, OpDef("trn2") { c, o in VPermute.apply(c, o, 16, UInt8.self, VPermute.trn(1)) },
            OpDef("trn2") { c, o in VPermute.apply(c, o, 8, UInt16.self, VPermute.trn(1)) }, OpDef("trn2") { c, o in VPermute.apply(c, o, 16, UInt16.self, VPermute.trn(1)) },
            OpDef("trn2") { c, o in VPermute.apply(c, o, 8, UInt32.self, VPermute.trn(1)) }, OpDef("trn2") { c, o in VPermute.apply(c, o, 16, UInt32.self, VPermute.trn(1)) },
            nil, OpDef("trn2") { c, o in VPermute.apply(c, o, 16, UInt64.self, VPermute.trn(1)) },
        ],
        [
            OpDef("zip2", native: NativeVector.permute(.zip2, lane: 1, q: false)) { c, o in VPermute.apply(c, o, 8, UInt8.self, VPermute.zip(1)) }, OpDef("zip2", native: NativeVector.permute(.zip2, lane: 1, q: true)) { c, o in VPermute.apply(c, o, 16, UInt8.self, VPermute.zip(1)) },
            OpDef("zip2", native: NativeVector.permute(.zip2, lane: 2, q: false)) { c, o in VPermute.apply(c, o, 8, UInt16.self, VPermute.zip(1)) }, OpDef("zip2", native: NativeVector.permute(.zip2, lane: 2, q: true)) { c, o in VPermute.apply(c, o, 16, UInt16.self, VPermute.zip(1)) },
            OpDef("zip2", native: NativeVector.permute(.zip2, lane: 4, q: false)) { c, o in VPermute.apply(c, o, 8, UInt32.self, VPermute.zip(1)) }, OpDef("zip2", native: NativeVector.permute(.zip2, lane: 4, q: true)) { c, o in VPermute.apply(c, o, 16, UInt32.self, VPermute.zip(1)) },
            nil, OpDef("zip2", native: NativeVector.permute(.zip2, lane: 8, q: true)) { c, o in VPermute.apply(c, o, 16, UInt64.self, VPermute.zip(1)) },
        ],
    ]

    /// EXT: the 32-byte (or 16-byte) concatenation Vm:Vn, shifted right by imm bytes.
    static let ext16: OpDef = OpDef("ext") { cpu, op in
        let o = op.pointee
        var buf = (cpu.vRead(o.b), cpu.vRead(o.c))
        let r = withUnsafeBytes(of: &buf) { $0.loadUnaligned(fromByteOffset: Int(o.imm), as: V128.self) }
        cpu.vWrite(o.a, r)
    }
    static let ext8: OpDef = OpDef("ext") { cpu, op in
        let o = op.pointee
        let lo = cpu.v(o.b).loadUnaligned(as: UInt64.self), hi = cpu.v(o.c).loadUnaligned(as: UInt64.self)
        let sh = o.imm * 8
        cpu.vWrite64(o.a, sh == 0 ? lo : (lo >> sh) | (hi << (64 - sh)))
    }

    /// TBL/TBX, index tbx * 2 + Q; d = number of table registers (Vn, Vn+1... mod 32).
    /// An out-of-range index gives 0 (TBL) or leaves the Vd byte (TBX).
    @inline(__always)
    static func lookup(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ bytes: Int, tbx: Bool) {
        let o = op.pointee
        var table = (V128(0, 0), V128(0, 0), V128(0, 0), V128(0, 0))
        let regs = Int(o.d)
        withUnsafeMutableBytes(of: &table) { t in
            for i in 0..<regs { t.storeBytes(of: cpu.vRead(UInt8((Int(o.b) + i) & 31)), toByteOffset: 16 * i, as: V128.self) }
        }
        let idx = cpu.vRead(o.c), old = cpu.vRead(o.a), limit = 16 * regs
        let r = withUnsafeBytes(of: table) { t in
            vBuild { r in
                withUnsafeBytes(of: idx) { ix in
                    withUnsafeBytes(of: old) { od in
                        for i in 0..<bytes {
                            let k = Int(ix[i])
                            r[i] = k < limit ? t[k] : (tbx ? od[i] : 0)
                        }
                    }
                }
            }
        }
        cpu.vWrite(o.a, r)
    }
    static let tbl: [OpDef] = [
        OpDef("tbl") { c, o in lookup(c, o, 8, tbx: false) }, OpDef("tbl") { c, o in lookup(c, o, 16, tbx: false) },
        OpDef("tbl") { c, o in lookup(c, o, 8, tbx: true) }, OpDef("tbl") { c, o in lookup(c, o, 16, tbx: true) },
    ]
}
