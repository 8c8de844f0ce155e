/// C: every RV64C instruction (quadrants 0-2), HINTs (which must do nothing) and
/// reserved encodings (which must raise SIGILL), mixed with 32-bit instructions, with
/// forward C.BEQZ/C.BNEZ/C.J and AUIPC+ADDI+C.JR/C.JALR jumps. sp (x2) and one of
/// x8-x15 point into the window; C.ADDI16SP moves sp (later sp-relative accesses may
/// then fault, which is compared too).
extension RVGen {
    /// rd'/rs1'/rs2' field for register x8+n.
    static func cr(_ x: UInt32) -> UInt32 { x - 8 }

    /// One compressed instruction (not a branch), given the rd' base.
    mutating func compressed(base cb: UInt32) -> UInt16 {
        let sp = state.x[2], cbase = state.x[Int(cb)]
        func h(_ v: UInt32) -> UInt16 { UInt16(truncatingIfNeeded: v) }
        func nz6() -> UInt32 { var v: UInt32; repeat { v = r.bits(6) } while v == 0; return v }
        let rdp = Self.cr(dstC()), rsp = r.bits(3)
        switch r.below(24) {
        case 0: // C.ADDI4SPN rd', sp, nzuimm (nzuimm = 0: reserved)
            let u = r.chance(0.03) ? 0 : max(4, r.bits(8) << 2)
            return h((u >> 4 & 3) << 11 | (u >> 6 & 0xf) << 7 | (u >> 2 & 1) << 6 | (u >> 3 & 1) << 5 | rdp << 2)
        case 1, 2: // C.LW / C.LD rd', off(rs1')
            let w = r.bool()
            let bytes = w ? 4 : 8
            let u = UInt32(max(0, min(w ? 124 : 248, offset12(base: cbase, bytes: bytes, aligned: 1)))) & (w ? 0x7c : 0xf8)
            if w { return h(0x4000 | (u >> 3 & 7) << 10 | Self.cr(cb) << 7 | (u >> 2 & 1) << 6 | (u >> 6 & 1) << 5 | rdp << 2) }
            return h(0x6000 | (u >> 3 & 7) << 10 | Self.cr(cb) << 7 | (u >> 6 & 3) << 5 | rdp << 2)
        case 3: // C.FLD / C.FSD
            let u = UInt32(max(0, min(248, offset12(base: cbase, bytes: 8, aligned: 1)))) & 0xf8
            return h((r.bool() ? 0x2000 : 0xa000) | (u >> 3 & 7) << 10 | Self.cr(cb) << 7 | (u >> 6 & 3) << 5 | r.bits(3) << 2)
        case 4, 5: // C.SW / C.SD rs2', off(rs1')
            let w = r.bool()
            let u = UInt32(max(0, min(w ? 124 : 248, offset12(base: cbase, bytes: w ? 4 : 8, aligned: 1)))) & (w ? 0x7c : 0xf8)
            if w { return h(0xc000 | (u >> 3 & 7) << 10 | Self.cr(cb) << 7 | (u >> 2 & 1) << 6 | (u >> 6 & 1) << 5 | rsp << 2) }
            return h(0xe000 | (u >> 3 & 7) << 10 | Self.cr(cb) << 7 | (u >> 6 & 3) << 5 | rsp << 2)
        case 6: // quadrant 0, funct3 100: reserved
            return h(0x8000 | r.bits(13) & 0x1ffc)
        case 7: // C.ADDI rd, nzimm (rd = 0: C.NOP / HINT; imm = 0: HINT)
            let rd = r.chance(0.1) ? 0 : dst(), i = r.bits(6)
            return h((i >> 5) << 12 | rd << 7 | (i & 31) << 2 | 1)
        case 8: // C.ADDIW rd, imm (rd = 0: reserved)
            let rd = r.chance(0.03) ? 0 : dst(), i = r.bits(6)
            return h(0x2000 | (i >> 5) << 12 | rd << 7 | (i & 31) << 2 | 1)
        case 9: // C.LI rd, imm (rd = 0: HINT)
            let rd = r.chance(0.1) ? 0 : dst(), i = r.bits(6)
            return h(0x4000 | (i >> 5) << 12 | rd << 7 | (i & 31) << 2 | 1)
        case 10: // C.LUI rd, nzimm (rd != 2; imm = 0: reserved; rd = 0: HINT)
            var rd = dst()
            while rd == 2 { rd = dst() }
            let i = r.chance(0.03) ? 0 : nz6()
            return h(0x6000 | (i >> 5) << 12 | rd << 7 | (i & 31) << 2 | 1)
        case 11: // C.ADDI16SP (moves sp; nzimm = 0: reserved)
            let i = r.chance(0.03) ? 0 : nz6() << 4   // nzimm[9:4]
            return h(0x6000 | (i >> 9 & 1) << 12 | 2 << 7 | (i >> 4 & 1) << 6 | (i >> 6 & 1) << 5 | (i >> 7 & 3) << 3 | (i >> 5 & 1) << 2 | 1)
        case 12: // C.SRLI / C.SRAI rd', shamt (shamt = 0: HINT on RV64)
            return h(0x8000 | r.bits(1) << 10 | r.bits(1) << 12 | rdp << 7 | r.bits(5) << 2 | 1)
        case 13: // C.ANDI rd', imm
            let i = r.bits(6)
            return h(0x8800 | (i >> 5) << 12 | rdp << 7 | (i & 31) << 2 | 1)
        case 14, 15: // C.SUB C.XOR C.OR C.AND, C.SUBW C.ADDW (and the two reserved ones)
            return h(0x8c00 | r.bits(1) << 12 | rdp << 7 | r.bits(2) << 5 | r.bits(3) << 2 | 1)
        case 16: // C.SLLI rd, shamt (rd = 0 or shamt = 0: HINT)
            let rd = r.chance(0.05) ? 0 : dst(), s = r.bits(6)
            return h((s >> 5) << 12 | rd << 7 | (s & 31) << 2 | 2)
        case 17, 18: // C.LWSP / C.LDSP rd, off(sp) (rd = 0: reserved), C.FLDSP
            let kind = r.below(3), bytes = kind == 0 ? 4 : 8
            let u = UInt32(max(0, min(kind == 0 ? 252 : 504, offset12(base: sp, bytes: bytes, aligned: 1)))) & (kind == 0 ? 0xfc : 0x1f8)
            let rd = kind == 2 ? r.bits(5) : (r.chance(0.03) ? 0 : dst())
            if kind == 0 { return h(0x4000 | (u >> 5 & 1) << 12 | rd << 7 | (u >> 2 & 7) << 4 | (u >> 6 & 3) << 2 | 2) }
            return h((kind == 1 ? 0x6000 : 0x2000) | (u >> 5 & 1) << 12 | rd << 7 | (u >> 3 & 3) << 5 | (u >> 6 & 7) << 2 | 2)
        case 19, 20: // C.SWSP / C.SDSP / C.FSDSP rs2, off(sp)
            let kind = r.below(3), bytes = kind == 0 ? 4 : 8
            let u = UInt32(max(0, min(kind == 0 ? 252 : 504, offset12(base: sp, bytes: bytes, aligned: 1)))) & (kind == 0 ? 0xfc : 0x1f8)
            if kind == 0 { return h(0xc000 | (u >> 2 & 0xf) << 9 | (u >> 6 & 3) << 7 | src() << 2 | 2) }
            return h((kind == 1 ? 0xe000 : 0xa000) | (u >> 3 & 7) << 10 | (u >> 6 & 7) << 7 | src() << 2 | 2)
        case 21: // C.MV rd, rs2 (rd = 0: HINT)
            let rd = r.chance(0.05) ? 0 : dst()
            return h(0x8000 | rd << 7 | max(1, src()) << 2 | 2)
        case 22: // C.ADD rd, rs2 (rd = 0: HINT)
            let rd = r.chance(0.05) ? 0 : dst()
            return h(0x9000 | rd << 7 | max(1, src()) << 2 | 2)
        default: // C.EBREAK (SIGTRAP), rarely; else C.MV
            if r.chance(0.1) { return 0x9002 }
            return h(0x8000 | dst() << 7 | max(1, src()) << 2 | 2)
        }
    }

    /// C.BEQZ/C.BNEZ offset bits: imm[8|4:3] at 12:10, imm[7:6|2:1|5] at 6:2.
    static func cbImmediate(_ d: UInt32) -> UInt16 {
        var v: UInt32 = (d >> 8 & 1) << 12
        v |= (d >> 3 & 3) << 10
        v |= (d >> 6 & 3) << 5
        v |= (d >> 1 & 3) << 3
        v |= (d >> 5 & 1) << 2
        return UInt16(v)
    }

    /// C.J offset bits: imm[11|4|9:8|10|6|7|3:1|5] at 12:2.
    static func cjImmediate(_ d: UInt32) -> UInt16 {
        var v: UInt32 = (d >> 11 & 1) << 12
        v |= (d >> 4 & 1) << 11
        v |= (d >> 8 & 3) << 9
        v |= (d >> 10 & 1) << 8
        v |= (d >> 6 & 1) << 7
        v |= (d >> 7 & 1) << 6
        v |= (d >> 1 & 7) << 3
        v |= (d >> 5 & 1) << 2
        return UInt16(v)
    }

    mutating func compressedSequence() {
        // sp and one compressed base register point into the window.
        state.x[2] = Layout.window + 16 * UInt64(r.int(0...32))
        pinned.insert(2)
        let cb = 8 + r.bits(3)
        pinned.insert(cb)
        state.x[Int(cb)] = Layout.window + 8 * UInt64(r.int(0...96))
        let bases: [UInt32] = [2, cb]

        enum Item { case bytes([UInt8]), cbranch(UInt16, target: Int), cjump(target: Int), regJump(UInt32, link: Bool, target: Int) }
        var items: [Item] = []
        let n = r.int(2...20)
        for _ in 0..<n {
            switch r.weighted([(10, 0), (3, 1), (2, 2), (1, 3), (1, 4)]) {
            case 0: var b: [UInt8] = []; b.appendLE(UInt64(compressed(base: cb)), 2); items.append(.bytes(b))
            case 1:
                var b: [UInt8] = []
                b.appendLE(UInt64(r.chance(0.5) ? rv64iALU() : (r.bool() ? mExtension() : loadStore(bases))), 4)
                items.append(.bytes(b))
            case 2: // C.BEQZ / C.BNEZ rs1'
                items.append(.cbranch(UInt16(r.bool() ? 0xc001 : 0xe001) | UInt16(r.bits(3)) << 7, target: -1))
            case 3: items.append(.cjump(target: -1))
            default: // AUIPC t; ADDI t, t, off; C.JR t / C.JALR t
                var t = dst()
                while t == 0 { t = dst() }
                items.append(.regJump(t, link: r.bool(), target: -1))
            }
        }
        // Targets: forward, item boundaries only (n = the end).
        for i in items.indices {
            let t = r.int((i + 1)...items.count)
            switch items[i] {
            case .cbranch(let w, _): items[i] = .cbranch(w, target: t)
            case .cjump: items[i] = .cjump(target: t)
            case .regJump(let reg, let link, _): items[i] = .regJump(reg, link: link, target: t)
            case .bytes: break
            }
        }
        func size(_ it: Item) -> Int {
            switch it {
            case .bytes(let b): return b.count
            case .cbranch, .cjump: return 2
            case .regJump: return 10
            }
        }
        var offsets = [0]
        for it in items { offsets.append(offsets.last! + size(it)) }
        guard offsets.last! <= Layout.maxCode else { return }
        for (i, it) in items.enumerated() {
            switch it {
            case .bytes(let b): code += b
            case .cbranch(let w, var t):
                if offsets[t] - offsets[i] > 254 { t = i + 1 }   // C.BEQZ/C.BNEZ reach 254 bytes forward
                emit16(w | Self.cbImmediate(UInt32(offsets[t] - offsets[i])))
            case .cjump(let t):
                emit16(0xa001 | Self.cjImmediate(UInt32(offsets[t] - offsets[i])))
            case .regJump(let reg, let link, let t):
                emit32(reg << 7 | 0x17)                                            // AUIPC reg, 0
                emit32(Self.iType(offsets[t] - offsets[i], reg, 0, reg, 0x13))     // ADDI reg, reg, off
                emit16(UInt16(truncatingIfNeeded: (link ? 0x9002 : 0x8002) | reg << 7))   // C.JALR / C.JR
            }
        }
    }
}
