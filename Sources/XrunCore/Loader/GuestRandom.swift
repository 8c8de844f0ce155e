import Glibc

/// The guest's random bytes: AT_RANDOM (glibc's stack protector and pointer guard) and
/// getrandom(2). From the host's generator, or with `-seed N` (QEMU's -seed /
/// QEMU_RAND_SEED) a deterministic stream, so a run repeats byte for byte.
public enum GuestRandom {
    /// SplitMix64 (Steele, Lea, Flood: "Fast splittable pseudorandom number generators",
    /// OOPSLA 2014): a full-period 64-bit state, good enough for reproducible runs and
    /// deliberately not a CSPRNG — a seeded run asked for predictability.
    nonisolated(unsafe) private static var state: UInt64 = 0
    nonisolated(unsafe) public private(set) static var isSeeded = false
    private static let lock = HostLock()

    /// Called once at start-up, before the guest runs.
    public static func seed(_ s: UInt64) {
        state = s
        isSeeded = true
    }

    /// Fills `count` bytes at `p`: the seeded stream, else the host's getrandom with
    /// `flags`. Returns the byte count or -errno, as getrandom(2).
    public static func fill(_ p: UnsafeMutableRawPointer, _ count: Int, flags: UInt32 = 0) -> Int {
        guard isSeeded else {
            let r = getrandom(p, count, flags)
            return r < 0 ? -Int(errno) : r
        }
        lock.withLock {
            var i = 0
            while i < count {
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                z ^= z >> 31
                for b in 0..<min(8, count - i) {
                    p.storeBytes(of: UInt8(truncatingIfNeeded: z >> (8 * UInt64(b))), toByteOffset: i + b, as: UInt8.self)
                }
                i += 8
            }
        }
        return count
    }
}
