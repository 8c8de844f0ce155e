/// RV64I, M and Zba/Zbb/Zbs. A few percent of the encodings use funct fields outside
/// the defined ones (neighbours that must raise SIGILL — or, where they land on another
/// extension both sides implement, must agree).
extension RVGen {
    mutating func imm12() -> Int { r.weighted([(5, r.int(-2048...2047)), (1, 0), (1, -1), (1, 2047), (1, -2048), (2, r.int(-16...16))]) }

    /// Zicond (czero.eqz/czero.nez: OP, funct7 0000111, funct3 101/111): xrun implements
    /// it, QEMU 7.2 does not know it, so it is never generated.
    static func isZicond(_ w: UInt32) -> Bool { w & 0xfe00_507f == 0x0e00_5033 }

    /// RV64I register-register and register-immediate arithmetic, LUI, AUIPC.
    mutating func rv64iALU() -> UInt32 {
        while true {
            let w = rv64iALUOnce()
            if !Self.isZicond(w) { return w }
        }
    }

    private mutating func rv64iALUOnce() -> UInt32 {
        let rd = dst(), rs1 = src(), rs2 = src()
        let odd = r.chance(0.03)
        switch r.below(8) {
        case 0, 1: // OP: ADD SUB SLL SLT SLTU XOR SRL SRA OR AND
            let (f7, f3): (UInt32, UInt32) = r.pick([(0, 0), (0x20, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0x20, 5), (0, 6), (0, 7)])
            return Self.rType(odd ? r.bits(7) : f7, rs2, rs1, f3, rd, 0x33)
        case 2: // OP-32: ADDW SUBW SLLW SRLW SRAW
            let (f7, f3): (UInt32, UInt32) = r.pick([(0, 0), (0x20, 0), (0, 1), (0, 5), (0x20, 5)])
            return Self.rType(odd ? r.bits(7) : f7, rs2, rs1, f3, rd, 0x3b)
        case 3, 4: // OP-IMM: ADDI SLTI SLTIU XORI ORI ANDI, SLLI SRLI SRAI (6-bit shamt)
            let f3 = r.pick([0, 2, 3, 4, 6, 7, 1, 5, 5] as [UInt32])
            if f3 == 1 || f3 == 5 {
                let hi: UInt32 = odd ? r.bits(6) : (f3 == 5 && r.bool() ? 0x10 : 0)
                return Self.iType(Int(hi << 6 | r.bits(6)), rs1, f3, rd, 0x13)
            }
            return Self.iType(imm12(), rs1, f3, rd, 0x13)
        case 5: // OP-IMM-32: ADDIW, SLLIW SRLIW SRAIW (5-bit shamt)
            let f3 = r.pick([0, 1, 5, 5] as [UInt32])
            if f3 == 0 { return Self.iType(imm12(), rs1, 0, rd, 0x1b) }
            let hi: UInt32 = odd ? r.bits(7) : (f3 == 5 && r.bool() ? 0x20 : 0)
            return Self.iType(Int(hi << 5 | r.bits(5)), rs1, f3, rd, 0x1b)
        case 6: // LUI, AUIPC (AUIPC's result depends on the PC, which is fixed)
            return r.weighted([(3, r.bits(20)), (1, 0xfffff), (1, 0x80000), (1, 0)]) << 12 | rd << 7 | (r.bool() ? 0x37 : 0x17)
        default: // FENCE (pred/succ random), FENCE.I
            if r.bool() { return 0x0000_100f }
            return r.bits(8) << 20 | 0x0000_000f
        }
    }

    /// M: MUL MULH MULHSU MULHU DIV DIVU REM REMU and the W forms.
    mutating func mExtension() -> UInt32 {
        let rd = dst(), rs1 = src(), rs2 = src()
        if r.bool() { return Self.rType(1, rs2, rs1, r.bits(3), rd, 0x33) }
        let f3 = r.chance(0.03) ? r.pick([1, 2, 3] as [UInt32]) : r.pick([0, 4, 5, 6, 7] as [UInt32])   // 1-3: no W form
        return Self.rType(1, rs2, rs1, f3, rd, 0x3b)
    }

    /// M-friendly operands: division by zero, INT_MIN / -1, and their 32-bit versions.
    mutating func mState() {
        for i in 1..<32 where i != 4 && r.chance(0.4) {
            state.x[i] = r.pick([0, 1, ~0, 1 << 63, (1 << 63) - 1, 0x8000_0000, 0xffff_ffff_8000_0000, 0x7fff_ffff,
                                 0xffff_ffff, 0x1_0000_0000, 0xffff_ffff_0000_0000, 2, ~1])
        }
    }

    /// Zba, Zbb, Zbs.
    mutating func bitmanip() -> UInt32 {
        let rd = dst(), rs1 = src(), rs2 = src()
        switch r.below(8) {
        case 0: // Zba: SH1ADD SH2ADD SH3ADD (OP), ADD.UW SH1ADD.UW SH2ADD.UW SH3ADD.UW (OP-32), SLLI.UW
            switch r.below(3) {
            case 0: return Self.rType(0x10, rs2, rs1, r.pick([2, 4, 6] as [UInt32]), rd, 0x33)
            case 1: let (f7, f3): (UInt32, UInt32) = r.pick([(4, 0), (0x10, 2), (0x10, 4), (0x10, 6)]); return Self.rType(f7, rs2, rs1, f3, rd, 0x3b)
            default: return Self.iType(Int(0x02 << 6 | r.bits(6)), rs1, 1, rd, 0x1b)
            }
        case 1: // Zbb logic/min/max: ANDN ORN XNOR (OP 0100000), MIN MINU MAX MAXU (OP 0000101)
            let (f7, f3): (UInt32, UInt32) = r.pick([(0x20, 7), (0x20, 6), (0x20, 4), (5, 4), (5, 5), (5, 6), (5, 7)])
            return Self.rType(f7, rs2, rs1, f3, rd, 0x33)
        case 2: // Zbb unary: CLZ CTZ CPOP SEXT.B SEXT.H (OP-IMM 0110000), ORC.B, REV8, ZEXT.H (OP-32)
            switch r.below(4) {
            case 0, 1: return Self.iType(Int(0x600 | r.pick([0, 1, 2, 4, 5] as [UInt32])), rs1, 1, rd, 0x13)
            case 2: return Self.iType(r.bool() ? 0x287 : 0x6b8, rs1, 5, rd, 0x13)
            default: return Self.rType(4, 0, rs1, 4, rd, 0x3b)
            }
        case 3: // Zbb word unary: CLZW CPOPW, CTZW on a non-zero low word (see ctzwSource)
            if r.chance(0.35), let s = ctzwSource() { return Self.iType(0x601, s, 1, rd, 0x1b) }
            return Self.iType(Int(0x600 | r.pick([0, 2] as [UInt32])), rs1, 1, rd, 0x1b)
        case 4: // Zbb rotates: ROL ROR (OP 0110000), ROLW RORW (OP-32), RORI (OP-IMM 011000), RORIW
            switch r.below(4) {
            case 0: return Self.rType(0x30, rs2, rs1, r.pick([1, 5] as [UInt32]), rd, 0x33)
            case 1: return Self.rType(0x30, rs2, rs1, r.pick([1, 5] as [UInt32]), rd, 0x3b)
            case 2: return Self.iType(Int(0x18 << 6 | r.bits(6)), rs1, 5, rd, 0x13)
            default: return Self.iType(Int(0x30 << 5 | r.bits(5)), rs1, 5, rd, 0x1b)
            }
        case 5: // Zbs register: BCLR BEXT (0100100), BINV (0110100), BSET (0010100)
            let (f7, f3): (UInt32, UInt32) = r.pick([(0x24, 1), (0x24, 5), (0x34, 1), (0x14, 1)])
            return Self.rType(f7, rs2, rs1, f3, rd, 0x33)
        case 6: // Zbs immediate: BCLRI BEXTI (010010), BINVI (011010), BSETI (001010)
            let (f6, f3): (UInt32, UInt32) = r.pick([(0x12, 1), (0x12, 5), (0x1a, 1), (0x0a, 1)])
            return Self.iType(Int(f6 << 6 | r.bits(6)), rs1, f3, rd, 0x13)
        default: // a neighbour: OP/OP-IMM with a bit-manipulation-like funct7 that is not defined
            // (0000111, Zicond, is not in the list)
            return Self.rType(r.pick([0x30, 0x20, 0x24, 0x34, 0x14, 0x05, 0x04, 0x10]), rs2, rs1, r.bits(3), rd, r.pick([0x33, 0x3b, 0x13, 0x1b]))
        }
    }

    /// CTZW source: a register the sequence has not written (so its value is the initial
    /// one) for which QEMU is right. QEMU 7.2 counts the trailing zeros of the whole
    /// register when its low word is zero (63 for 0x8000000000000000) where Zbb says 32
    /// (KNOWN-DIFFERENCES.md, Q3): exactly that case — low word zero, high word not — is
    /// left out.
    mutating func ctzwSource() -> UInt32? {
        let ok = (1..<32).map(UInt32.init).filter { !written.contains($0) && $0 != 4 && !Self.ctzwQEMUBug(state.x[Int($0)]) }
        return ok.isEmpty ? nil : r.pick(ok)
    }

    static func ctzwQEMUBug(_ v: UInt64) -> Bool { v & 0xffff_ffff == 0 && v != 0 }

    // MARK: Loads and stores

    /// LB LH LW LD LBU LHU LWU / SB SH SW SD relative to pinned bases.
    mutating func loadStore(_ bases: [UInt32]) -> UInt32 {
        let b = r.pick(bases), a = state.x[Int(b)]
        if r.bool() {
            let f3 = r.pick([0, 1, 2, 3, 4, 5, 6] as [UInt32])
            let bytes = 1 << Int(f3 & 3)
            return Self.iType(offset12(base: a, bytes: bytes), b, r.chance(0.02) ? 7 : f3, dst(), 0x03)
        }
        let f3 = UInt32(r.int(0...3))
        return Self.sType(offset12(base: a, bytes: 1 << Int(f3)), src(), b, f3, 0x23)
    }

    // MARK: Branches

    /// A sequence of ALU instructions and forward branches: BEQ..BGEU, JAL, and
    /// AUIPC + JALR pairs (no branch targets the JALR of a pair: its register would hold
    /// another target). Compressed branches and jumps are in the C group.
    mutating func branchSequence() {
        enum Kind { case plain, branch, pairFirst, pairSecond }
        let n = r.int(3...16)
        var kinds = [Kind](repeating: .plain, count: n)
        var i = 0
        while i < n {
            if r.chance(0.45) { i += 1; continue }
            if i + 2 < n && r.chance(0.25) { kinds[i] = .pairFirst; kinds[i + 1] = .pairSecond; i += 2 }
            else { kinds[i] = .branch; i += 1 }
        }
        func target(after from: Int, atLeast: Int = 1) -> Int {
            r.pick(((from + atLeast)...n).filter { $0 == n || kinds[$0] != .pairSecond })
        }
        // All 32-bit: slot k is at byte 4k.
        for k in 0..<n {
            switch kinds[k] {
            case .plain:
                emit32(r.chance(0.8) ? rv64iALU() : mExtension())
            case .branch:
                let d = 4 * (target(after: k) - k)
                if r.chance(0.2) { emit32(Self.jType(d, dst())) }
                else { emit32(Self.bType(d, src(), src(), r.pick([0, 1, 4, 5, 6, 7, r.chance(0.1) ? 2 : 0] as [UInt32]))) }
            case .pairFirst:
                // AUIPC t, 0 ; JALR rd, off(t) with off = target - the AUIPC's address.
                var t = dst()
                while t == 0 { t = dst() }
                let d = 4 * (target(after: k, atLeast: 2) - k)
                emit32(t << 7 | 0x17)
                var rd = dst()
                if rd == t { rd = 0 }
                emit32(Self.iType(d, t, 0, rd, 0x67))
            case .pairSecond:
                break
            }
        }
    }
}
