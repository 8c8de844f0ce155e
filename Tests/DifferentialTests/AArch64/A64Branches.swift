/// Branches (Arm ARM C4.1.85 "Branches, Exception Generating and System
/// instructions"): B.cond, CBZ/CBNZ, TBZ/TBNZ, B, BL, and BR/BLR/RET through a
/// register set by ADR, all forward inside the sequence (or to its end), mixed with
/// flag-setting instructions so the conditions vary. No branch targets the second half
/// of an ADR + BR pair (its register would hold an older, possibly backward, target).
extension A64Gen {
    mutating func branchSequence() {
        enum Kind { case plain, branch, pairFirst, pairSecond }
        let n = r.int(3...16)
        var kinds = [Kind](repeating: .plain, count: n)
        var i = 0
        while i < n {
            if r.chance(0.45) { i += 1; continue }
            if i + 2 < n && r.chance(0.25) {
                kinds[i] = .pairFirst; kinds[i + 1] = .pairSecond
                i += 2
            } else {
                kinds[i] = .branch
                i += 1
            }
        }
        // A forward target after `from` (n = the sequence's end).
        func target(after from: Int, atLeast: Int = 1) -> Int {
            let allowed = ((from + atLeast)...n).filter { $0 == n || kinds[$0] != .pairSecond }
            return r.pick(allowed)
        }
        for i in 0..<n {
            switch kinds[i] {
            case .plain:
                emit(r.chance(0.7) ? flagSetter() : dpImmediate())
            case .branch:
                let d = UInt32(truncatingIfNeeded: target(after: i) - i)
                switch r.below(5) {
                case 0, 1: // B.cond: 01010100 imm19 0 cond (bit 4 set: BC.cond, FEAT_HBC, UNALLOCATED here)
                    let o0: UInt32 = r.chance(0.02) ? 1 << 4 : 0
                    emit(0x5400_0000 | (d & 0x7ffff) << 5 | o0 | r.bits(4))
                case 2: // CBZ/CBNZ: sf 011010 op imm19 Rt
                    emit(r.bits(1) << 31 | 0x3400_0000 | r.bits(1) << 24 | (d & 0x7ffff) << 5 | reg())
                case 3: // TBZ/TBNZ: b5 011011 op b40 imm14 Rt
                    emit(r.bits(1) << 31 | 0x3600_0000 | r.bits(1) << 24 | r.bits(5) << 19 | (d & 0x3fff) << 5 | reg())
                default: // B / BL: op 00101 imm26 (BL leaves the fixed return address in X30)
                    emit(r.bits(1) << 31 | 0x1400_0000 | (d & 0x3ff_ffff))
                }
            case .pairFirst: // ADR Xk, target; BR/BLR/RET Xk (k != 31: ADR writes XZR there)
                let d = UInt32(truncatingIfNeeded: target(after: i, atLeast: 2) - i)
                let k = r.bits(5) % 31
                emit(0x1000_0000 | (d & 0x7ffff) << 5 | k)   // ADR: immhi:immlo = 4 * d bytes
                emit(r.pick([0xd61f_0000, 0xd63f_0000, 0xd65f_0000] as [UInt32]) | k << 5)
            case .pairSecond:
                break
            }
        }
    }
}
