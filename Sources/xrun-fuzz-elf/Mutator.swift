/// A seeded mutator for the plain (non-libFuzzer) build: CI's bounded run and a
/// reproducible input by index. Not coverage-guided — libFuzzer is, by hand — but it
/// aims at the ELF fields the loader reads: the header's offsets and counts, the
/// program headers' type, offset, addresses, sizes and alignment.
struct Mutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64 (Steele, Lea, Flood, OOPSLA 2014).
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }

    /// Values at the edges of what the loader computes with.
    static let interesting: [UInt64] = [
        0, 1, 2, 3, 7, 8, 0x38, 0x40, 0x7f, 0x80, 0xff, 0x100, 0xfff, 0x1000, 0x1001, 0xffff, 0x10000,
        0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 0x1_0000_0000, 0xff_ffff_f000, 1 << 40, (1 << 40) - 1,
        1 << 47, 1 << 48, 1 << 62, 1 << 63, UInt64.max, UInt64.max - 0xfff, UInt64.max - 55,
    ]

    /// 1 to 8 mutations of `input`; `other` is a second seed to splice from.
    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var b = input
        for _ in 0...below(8) {
            // Offsets the loader reads: the ELF header, then the program header table
            // (e_phoff as the seed has it), weighted over the rest of the file.
            let phoff = b.count >= 64 ? Int(readLE(b, 0x20, 8) & 0xffff) : 64
            let pos: Int
            switch below(4) {
            case 0: pos = below(64)
            case 1, 2: pos = phoff + below(56 * 8)
            default: pos = below(max(b.count, 1))
            }
            switch below(9) {
            case 0:
                if pos < b.count { b[pos] ^= UInt8(1) << UInt8(below(8)) }
            case 1:
                if pos < b.count { b[pos] = UInt8(truncatingIfNeeded: next()) }
            case 2, 3, 4:
                let width = [2, 4, 8][below(3)]
                var v = Self.interesting[below(Self.interesting.count)]
                if below(4) == 0 { v = v &+ UInt64(b.count) &- UInt64(below(3)) }
                writeLE(&b, pos & ~(width - 1), width, v)
            case 5:
                b = Array(b.prefix(below(b.count + 1)))
            case 6:
                if !other.isEmpty {
                    let from = below(other.count), n = min(1 + below(256), other.count - from)
                    for i in 0..<n where pos + i < b.count { b[pos + i] = other[from + i] }
                }
            case 7:
                if pos <= b.count { b.insert(contentsOf: [UInt8](repeating: UInt8(truncatingIfNeeded: next()), count: 1 + below(64)), at: pos) }
            default:
                // A whole program header's type or flags from the interesting ones
                // (PT_LOAD 1, PT_INTERP 3, PT_PHDR 6, PT_GNU_STACK).
                let types: [UInt64] = [1, 3, 6, 0x6474_e551, 0, 7]
                let ph = phoff + 56 * below(8)
                writeLE(&b, ph, 4, types[below(types.count)])
            }
        }
        return b
    }

    private func readLE(_ b: [UInt8], _ at: Int, _ width: Int) -> UInt64 {
        var v: UInt64 = 0
        for i in (0..<width).reversed() where at + i < b.count { v = v << 8 | UInt64(b[at + i]) }
        return v
    }

    private func writeLE(_ b: inout [UInt8], _ at: Int, _ width: Int, _ v: UInt64) {
        for i in 0..<width where at >= 0 && at + i < b.count { b[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
    }
}
