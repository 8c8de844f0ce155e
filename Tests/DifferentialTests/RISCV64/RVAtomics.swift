/// A: LR/SC pairs and AMOs (funct5 aq rl rs2 rs1 funct3 rd 0101111), .W and .D, all
/// aq/rl combinations, on pinned bases in the window; a few misaligned (an address-
/// misaligned exception, SIGBUS).
///
/// Excluded: an SC to another address or width than the LR before it, and ordinary
/// stores or AMOs between LR and SC — whether the reservation survives them is not
/// fixed by the ISA (the reservation set may be larger than the bytes accessed; a
/// store by the same hart may or may not invalidate it). A lone SC (nothing reserved:
/// the harness's entry stub ends any reservation) must fail.
extension RVGen {
    mutating func atomicSequence() {
        let bases = makeBases(r.int(1...3))
        var aligned = bases
        for b in bases where r.chance(0.04) {   // misaligned
            state.x[Int(b)] += UInt64(r.int(1...3))
            aligned.removeAll { $0 == b }
        }
        let funct5: [UInt32] = [0x01, 0x00, 0x04, 0x0c, 0x08, 0x10, 0x14, 0x18, 0x1c]   // SWAP ADD XOR AND OR MIN MAX MINU MAXU
        for _ in 0..<r.int(1...4) where room > 24 {
            let b = r.pick(bases)
            let f3: UInt32 = r.bool() ? 2 : 3
            let aqrl = r.bits(2)
            switch r.weighted([(3, 0), (1, 1), (5, 2)]) {
            case 0: // LR; ALU; SC on the same address and width
                let rd = dst()
                emit32(0x02 << 27 | aqrl << 25 | 0 << 20 | b << 15 | f3 << 12 | rd << 7 | 0x2f)
                for _ in 0..<r.int(0...2) { emit32(rv64iALU()) }
                emit32(0x03 << 27 | r.bits(2) << 25 | (r.chance(0.6) ? rd : src()) << 20 | b << 15 | f3 << 12 | dst() << 7 | 0x2f)
            case 1: // a lone SC (fails), or an LR followed by nothing that stores
                if r.bool() {
                    // Aligned only: QEMU 7.2 fails an SC on the reservation before its
                    // alignment check (KNOWN-DIFFERENCES.md, Q4).
                    guard let ab = aligned.isEmpty ? nil : r.pick(aligned) else { continue }
                    emit32(0x03 << 27 | aqrl << 25 | src() << 20 | ab << 15 | f3 << 12 | dst() << 7 | 0x2f)
                }
                else {
                    // LR with rs2 != 0 is reserved: sometimes, to compare the decision.
                    let rs2: UInt32 = r.chance(0.05) ? 1 + r.bits(4) : 0
                    emit32(0x02 << 27 | aqrl << 25 | rs2 << 20 | b << 15 | f3 << 12 | dst() << 7 | 0x2f)
                    return
                }
            default: // AMO
                var f5 = r.pick(funct5)
                if r.chance(0.03) { repeat { f5 = r.bits(5) } while f5 == 2 || f5 == 3 }   // mostly reserved
                emit32(f5 << 27 | aqrl << 25 | src() << 20 | b << 15 | (r.chance(0.02) ? r.bits(3) : f3) << 12 | dst() << 7 | 0x2f)
            }
        }
    }
}
