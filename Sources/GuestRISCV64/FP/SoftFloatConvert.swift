/// SoftFloat conversions: integers to floats and between the two formats.
extension SoftFloat {
    /// An integer (sign and magnitude) to the format.
    static func fromInteger(negative: Bool, magnitude: UInt64, _ f: SoftFormat, rm: UInt32,
                            flags: inout UInt32) -> UInt64 {
        if magnitude == 0 { return 0 }
        return roundPack(negative: negative, exp: 0, sig: UInt128(magnitude), f, rm: rm, flags: &flags)
    }

    /// Between formats (binary64 → binary32 rounds; binary32 → binary64 is exact).
    static func convert(_ a: UInt64, from: SoftFormat, to: SoftFormat, rm: UInt32, flags: inout UInt32) -> UInt64 {
        if from.isNaN(a) {
            _ = nanResult(from, a, flags: &flags)
            return to.canonicalNaN
        }
        let negative = from.isNegative(a)
        if from.isInfinite(a) { return to.infinity(negative: negative) }
        if from.isZero(a) { return to.zero(negative: negative) }
        let x = unpack(a, from)
        return roundPack(negative: negative, exp: x.exp, sig: x.sig, to, rm: rm, flags: &flags)
    }
}
