/// The random-word group: uniformly random 32-bit words, and words of the other
/// groups' templates with one to three bits flipped (near-valid encodings, where
/// decoders draw their boundaries), minus `A64Exclusions.randomWordHazard`. Most end in
/// SIGILL; what is compared is that both sides agree on which, and on what the rest do.
extension A64Gen {
    mutating func randomWord() -> UInt32 {
        while true {
            var w: UInt32
            if r.bool() {
                w = UInt32(truncatingIfNeeded: r.next())
            } else {
                let saved = words
                switch r.below(7) {
                case 0: w = dpImmediate()
                case 1: w = dpRegister()
                case 2: w = fpScalar()
                case 3: w = simdInteger()
                case 4: w = simdFP()
                case 5:
                    var roles = makeRoles()
                    loadStore(&roles)
                    w = words.last ?? 0
                default:
                    atomicSequence()
                    w = words.count > saved.count ? words[saved.count + r.below(words.count - saved.count)] : 0
                }
                words = saved
                for _ in 0..<r.int(1...3) { w ^= 1 << UInt32(r.below(32)) }
            }
            if A64Exclusions.randomWordHazard(w) == nil && !multiAccessNearWindow(w) && !branchesIntoHarness(w) { return w }
        }
    }

    /// A pair or structure load/store whose base points near the window: it could fault
    /// after part of its accesses (the registers or memory it already wrote are then
    /// UNKNOWN; see `offset(straddle:)`). Wild bases fault on the first access.
    func multiAccessNearWindow(_ w: UInt32) -> Bool {
        let pair = w & 0x3800_0000 == 0x2800_0000
        let structure = w & 0xbe00_0000 == 0x0c00_0000
        guard pair || structure else { return false }
        let base = state.x[Int(w >> 5 & 31)] & 0x00ff_ffff_ffff_ffff
        return base >= Layout.dataPage - 4096 && base < Layout.windowEnd + 4096
    }

    /// BR/BLR/RET (and the PAC forms, UNDEFINED here) to a register holding an address in
    /// the harness's text or stub pages: that would run harness code.
    func branchesIntoHarness(_ w: UInt32) -> Bool {
        guard w & 0xfe00_0000 == 0xd600_0000 else { return false }
        return RVExclusions.jumpsIntoHarness(state.x[Int(w >> 5 & 31)])
    }

    /// State for random words: some registers point into the window, so loads and
    /// stores sometimes succeed.
    mutating func randomWordState() {
        randomizeFP()
        for i in 0..<31 where r.chance(0.3) { state.x[i] = windowAddress(size: 16, aligned: 0.7) }
        // No base, index or branch target near the harness's own memory (it would corrupt it).
        for i in 0..<31 where Layout.nearHarness(state.x[i]) { state.x[i] = r.next() }
    }
}
