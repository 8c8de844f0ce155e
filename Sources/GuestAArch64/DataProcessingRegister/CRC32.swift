import XrunCore

/// CRC32B/H/W/X and CRC32CB/H/W/X (C6.2 CRC32*, CRC32C*): Wd = CRC of the low
/// 8/16/32/64 bits of Rm folded into the accumulator Wn, using the bit-reflected
/// polynomial (0x04C11DB7 reflected = 0xEDB88320, 0x1EDC6F41 reflected =
/// 0x82F63B78), with no pre- or post-inversion — the Arm ARM's
/// BitReverse(Poly32Mod2(BitReverse(acc):0 EOR BitReverse(val):0, poly)).
///
/// Slicing-by-8 tables: t[k][i] is the CRC of byte i followed by k zero bytes, so
/// a W (X) step is 4 (8) independent table lookups. The tables are built on first
/// decode (never freed, read-only afterwards) and their address travels in the
/// op's `imm`.
enum CRC32Tables {
    static let ieee: UInt64 = build(0xEDB8_8320)
    static let castagnoli: UInt64 = build(0x82F6_3B78)

    static func build(_ poly: UInt32) -> UInt64 {
        let t = UnsafeMutablePointer<UInt32>.allocate(capacity: 8 * 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = (c >> 1) ^ (c & 1 == 1 ? poly : 0) }
            t[i] = c
        }
        for k in 1..<8 {
            for i in 0..<256 {
                let prev = t[(k - 1) * 256 + i]
                t[k * 256 + i] = (prev >> 8) ^ t[Int(prev & 0xFF)]
            }
        }
        return UInt64(UInt(bitPattern: t))
    }
}

/// a = Rd, b = Rn (accumulator), c = Rm (data), imm = table address.
enum CRC32Ops {
    @inline(__always)
    static func table(_ op: UnsafePointer<Op>) -> UnsafePointer<UInt32> {
        UnsafePointer(bitPattern: UInt(op.pointee.imm)).unsafelyUnwrapped
    }
    @inline(__always)
    static func word(_ t: UnsafePointer<UInt32>, _ crc: UInt32, base: Int) -> UInt32 {
        t[base + 3 * 256 + Int(crc & 0xFF)] ^ t[base + 2 * 256 + Int((crc >> 8) & 0xFF)]
            ^ t[base + 256 + Int((crc >> 16) & 0xFF)] ^ t[base + Int(crc >> 24)]
    }

    static let crcB: OpDef = OpDef("crc32b") { cpu, op in
        let x = cpu.x, t = table(op)
        let crc = A64ALU.w(x[Int(op.pointee.b)]) ^ UInt32(truncatingIfNeeded: x[Int(op.pointee.c)] & 0xFF)
        x[Int(op.pointee.a)] = UInt64((crc >> 8) ^ t[Int(crc & 0xFF)])
    }
    static let crcH: OpDef = OpDef("crc32h") { cpu, op in
        let x = cpu.x, t = table(op)
        let crc = A64ALU.w(x[Int(op.pointee.b)]) ^ UInt32(truncatingIfNeeded: x[Int(op.pointee.c)] & 0xFFFF)
        x[Int(op.pointee.a)] = UInt64((crc >> 16) ^ t[256 + Int(crc & 0xFF)] ^ t[Int((crc >> 8) & 0xFF)])
    }
    static let crcW: OpDef = OpDef("crc32w") { cpu, op in
        let x = cpu.x, t = table(op)
        let crc = A64ALU.w(x[Int(op.pointee.b)]) ^ A64ALU.w(x[Int(op.pointee.c)])
        x[Int(op.pointee.a)] = UInt64(word(t, crc, base: 0))
    }
    static let crcX: OpDef = OpDef("crc32x") { cpu, op in
        let x = cpu.x, t = table(op), data = x[Int(op.pointee.c)]
        let lo = A64ALU.w(x[Int(op.pointee.b)]) ^ A64ALU.w(data)
        let hi = UInt32(truncatingIfNeeded: data >> 32)
        x[Int(op.pointee.a)] = UInt64(word(t, lo, base: 4 * 256) ^ word(t, hi, base: 0))
    }
}

extension A64Decoder {
    /// sf 0 0 11010110 Rm 010 C sz(2) Rn Rd; sz = 11 needs sf = 1 and the others sf = 0.
    static func decodeCRC32(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, sz = (insn >> 10) & 3, castagnoli = (insn >> 12) & 1 == 1
        if sf != (sz == 3) { return .undefined }
        let fn: OpDef
        switch sz {
        case 0: fn = CRC32Ops.crcB
        case 1: fn = CRC32Ops.crcH
        case 2: fn = CRC32Ops.crcW
        default: fn = CRC32Ops.crcX
        }
        let table = castagnoli ? CRC32Tables.castagnoli : CRC32Tables.ieee
        b.emit(fn, pc: pc, imm: table, a: A64Reg.dst(insn & 31),
               b: A64Reg.src((insn >> 5) & 31), c: A64Reg.src((insn >> 16) & 31))
        return .next(length: 4)
    }
}
