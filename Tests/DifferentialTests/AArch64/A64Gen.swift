/// Builds one AArch64 case: a random initial state and instruction words appended by
/// the group's generator. Encodings are assembled from fields (Arm ARM DDI 0487,
/// chapter C4 "A64 Instruction Set Encoding"), never drawn as raw random words except in
/// the random-word group.
struct A64Gen {
    var r: Rng
    var state = MachineState()
    var words: [UInt32] = []

    init(_ rng: Rng) {
        r = rng
        for i in 0..<31 { state.x[i] = r.interestingInt() }
        // SP inside the window, 16-byte aligned (SP-relative accesses then stay inside it).
        state.x[31] = Layout.window + 16 * UInt64(r.int(4...60))
        state.nzcv = UInt64(r.bits(4)) << 28
        for i in 0..<32 {
            let (lo, hi) = r.vectorValue()
            state.v[2 * i] = lo
            state.v[2 * i + 1] = hi
        }
        state.mem = r.windowBytes()
    }

    mutating func emit(_ w: UInt32) { words.append(w) }

    var finished: DiffCase {
        var c = DiffCase()
        c.state = state
        for w in words { c.code.appendLE(UInt64(w), 4) }
        return c
    }

    /// Room left for instructions (the code area holds 64 words).
    var room: Int { Layout.maxCode / 4 - words.count }

    // MARK: State

    /// FPCR with a random rounding mode (bits 23:22), FZ (24), DN (25), AHP (26) —
    /// the bits both xrun and the reference CPU implement. FZ16 (bit 19) belongs to
    /// FEAT_FP16 (the reference has it, xrun does not advertise it): never set.
    mutating func randomFPCR() -> UInt64 {
        var v: UInt64 = UInt64(r.weighted([(4, 0), (1, 1), (1, 2), (1, 3)])) << 22
        if r.chance(0.25) { v |= 1 << 24 }
        if r.chance(0.25) { v |= 1 << 25 }
        if r.chance(0.15) { v |= 1 << 26 }
        return v & A64Exclusions.fpcrGapMask
    }

    /// FPSR: cumulative exception bits IOC, DZC, OFC, UFC, IXC, IDC and QC, sometimes set.
    mutating func randomFPSR() -> UInt64 {
        guard r.chance(0.3) else { return 0 }
        return UInt64(r.bits(32)) & (0x9f | 1 << 27)
    }

    mutating func randomizeFP() {
        state.fpcr = randomFPCR()
        state.fpsr = randomFPSR()
    }

    /// A random address in the window for an access of `size` bytes, naturally aligned
    /// with probability `aligned`.
    mutating func windowAddress(size: Int, aligned: Double = 0.85) -> UInt64 {
        let span = Layout.windowSize - size
        var off = r.below(span + 1)
        if r.chance(aligned) { off &= ~(size - 1) }
        return Layout.window + UInt64(off)
    }

    // MARK: Registers

    mutating func reg() -> UInt32 { r.bits(5) }
    mutating func reg(from set: [UInt32]) -> UInt32 { r.pick(set) }
    mutating func reg(excluding ex: [UInt32]) -> UInt32 {
        while true {
            let x = r.bits(5)
            if !ex.contains(x) { return x }
        }
    }
}
