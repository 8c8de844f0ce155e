/// xoshiro256** seeded through SplitMix64: fast, good enough, and the same on every
/// machine, so a case is reproduced from (seed, group, index) alone.
struct Rng {
    private var s0, s1, s2, s3: UInt64

    init(seed: UInt64) {
        var z = seed
        func splitmix(_ z: inout UInt64) -> UInt64 {
            z &+= 0x9e37_79b9_7f4a_7c15
            var r = z
            r = (r ^ (r >> 30)) &* 0xbf58_476d_1ce4_e5b9
            r = (r ^ (r >> 27)) &* 0x94d0_49bb_1331_11eb
            return r ^ (r >> 31)
        }
        s0 = splitmix(&z); s1 = splitmix(&z); s2 = splitmix(&z); s3 = splitmix(&z)
    }

    /// The generator of case `index` of `group` for run seed `seed`.
    init(seed: UInt64, group: String, index: UInt64) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in group.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        self.init(seed: seed ^ h &* 0x9e37_79b9_7f4a_7c15 ^ index &* 0xd6e8_feb8_6659_fd93)
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    /// Uniform in range.
    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + below(r.upperBound - r.lowerBound + 1) }
    /// `n` random low bits.
    mutating func bits(_ n: Int) -> UInt32 { n == 0 ? 0 : UInt32(truncatingIfNeeded: next() >> (64 - UInt64(n))) }
    mutating func bits64(_ n: Int) -> UInt64 { n == 0 ? 0 : next() >> (64 - UInt64(n)) }
    /// True with probability p.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    mutating func bool() -> Bool { next() >> 63 != 0 }

    /// Picks by weight: `choices` are (weight, value).
    mutating func weighted<T>(_ choices: [(Int, T)]) -> T {
        var r = below(choices.reduce(0) { $0 + $1.0 })
        for (w, v) in choices {
            if r < w { return v }
            r -= w
        }
        return choices[choices.count - 1].1
    }
}
