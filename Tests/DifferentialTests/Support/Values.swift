/// Input values that find bugs: integer boundaries, and floating-point specials
/// (±0, ±inf, quiet and signalling NaNs with payloads, denormals, extremes, ties,
/// integer-conversion boundaries) for half, single and double precision.
extension Rng {
    /// An integer register value.
    mutating func interestingInt() -> UInt64 {
        switch below(20) {
        case 0: return 0
        case 1: return 1
        case 2: return ~0
        case 3: return pick([0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff,
                             0x1_0000_0000, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000, 0xffff_ffff_0000_0000,
                             0x0000_0000_8000_0001, 0xffff_ffff_7fff_ffff])
        case 4: return UInt64(bitPattern: Int64(int(-64...64)))
        case 5: return 1 << UInt64(below(64))
        case 6: return (1 << UInt64(below(64))) &- 1
        case 7: return next() & 0xffff_ffff
        case 8: return UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: next())))
        case 9: return next() & 0xffff
        case 10: return UInt64(bitPattern: Int64(int(-4096...4096)))
        case 11: return next() >> UInt64(below(64))
        case 12: return ~(next() >> UInt64(below(64)))
        default: return next()
        }
    }

    /// A floating-point bit pattern of `width` (16, 32 or 64) bits.
    mutating func fpSpecial(_ width: Int) -> UInt64 {
        let (eBits, fBits) = width == 16 ? (5, 10) : width == 32 ? (8, 23) : (11, 52)
        let eMax = UInt64(1) << UInt64(eBits) - 1
        let bias = eMax >> 1
        let fMask = UInt64(1) << UInt64(fBits) - 1
        let quiet = UInt64(1) << UInt64(fBits - 1)
        let sign: UInt64 = bool() ? 1 << UInt64(width - 1) : 0
        func make(_ e: UInt64, _ f: UInt64) -> UInt64 { sign | e << UInt64(fBits) | (f & fMask) }
        switch below(18) {
        case 0: return make(0, 0)                                         // ±0
        case 1: return make(eMax, 0)                                      // ±inf
        case 2: return make(eMax, quiet)                                  // default NaN (and its negation)
        case 3: return make(eMax, quiet | bits64(fBits - 1))              // quiet NaN with a payload
        case 4: return make(eMax, max(1, bits64(fBits - 1)))              // signalling NaN with a payload
        case 5: return make(0, max(1, bits64(fBits) >> UInt64(below(fBits))))   // denormal
        case 6: return make(0, pick([1, fMask, quiet]))                   // smallest, largest, middle denormal
        case 7: return make(1, bits64(fBits) >> UInt64(below(fBits)))     // smallest normals
        case 8: return make(eMax - 1, fMask - UInt64(below(3)))           // largest finite
        case 9:                                                           // small integers and halves: ties
            return fromDouble(Double(int(0...40)) / 2, width) | sign
        case 10:                                                          // integer-conversion boundaries
            let p = Double(pick([7, 8, 15, 16, 31, 32, 52, 53, 63, 64]) as Int)
            let v = fromDouble(pow2(p), width)
            return (v &+ UInt64(bitPattern: Int64(int(-2...2)))) | sign
        case 11, 12, 13: return make(bias &- 12 &+ bits64(5) , bits64(fBits))  // around 1
        case 14: return make(UInt64(int(1...Int(eMax - 1))), bits64(fBits))   // any normal
        case 15: return make(bias &+ UInt64(fBits) &- UInt64(below(4)), bits64(fBits))  // where the ulp is ~1
        case 16: return make(UInt64(int(0...2)), bits64(fBits))               // the denormal/normal boundary
        default: return bits64(width)
        }
    }

    /// A lane of `width` bits: mostly floating-point specials, sometimes integers.
    mutating func lane(_ width: Int) -> UInt64 {
        if width == 8 { return bits64(8) }
        let mask: UInt64 = width == 64 ? ~0 : (1 << UInt64(width)) - 1
        return chance(0.7) ? fpSpecial(width) : interestingInt() & mask
    }

    /// A 128-bit register value (lo, hi) made of lanes of one random width.
    mutating func vectorValue() -> (UInt64, UInt64) {
        let width = pick([8, 16, 32, 32, 64, 64])
        var halves: [UInt64] = [0, 0]
        for i in 0..<(128 / width) {
            let bit = i * width
            halves[bit / 64] |= lane(width) << UInt64(bit % 64)
        }
        return (halves[0], halves[1])
    }

    /// Window contents: random bytes with interesting 8-byte slots.
    mutating func windowBytes() -> [UInt8] {
        var m = [UInt8](repeating: 0, count: Layout.windowSize)
        for slot in 0..<(Layout.windowSize / 8) {
            let v: UInt64 = switch below(4) {
            case 0: interestingInt()
            case 1: fpSpecial(64)
            case 2: fpSpecial(32) | fpSpecial(32) << 32
            default: next()
            }
            for b in 0..<8 { m[slot * 8 + b] = UInt8(truncatingIfNeeded: v >> UInt64(8 * b)) }
        }
        return m
    }
}

/// 2^p as a double (p <= 64).
func pow2(_ p: Double) -> Double { Double(sign: .plus, exponent: Int(p), significand: 1) }

/// The nearest `width`-bit binary floating-point pattern of a (non-negative, modest) double.
func fromDouble(_ d: Double, _ width: Int) -> UInt64 {
    switch width {
    case 64: return d.bitPattern
    case 32: return UInt64(Float(d).bitPattern)
    default:
        // Half precision by hand (values here are exact or near-exact small numbers).
        if d == 0 { return 0 }
        let f = Float(d)
        let bits = f.bitPattern
        let e = Int((bits >> 23) & 0xff) - 127 + 15
        if e >= 31 { return 0x7c00 }
        if e <= 0 { return 0 }
        return UInt64(e) << 10 | UInt64((bits >> 13) & 0x3ff)
    }
}
