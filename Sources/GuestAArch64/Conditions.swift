/// A64 condition codes (Arm ARM C1.2.4, ConditionHolds()). The decoder turns a
/// 4-bit condition into a 16-bit truth table over the NZCV nibble, so evaluating a
/// condition at run time is one shift and one mask, with no branch on the code.
public enum A64Cond {
    /// Bit `nzcv` of the result says whether `cond` holds for that flag nibble.
    /// (A table: the decoder asks for every B.cond, CSEL and CCMP it translates.)
    public static func mask(_ cond: UInt32) -> UInt16 { masks[Int(cond & 0xF)] }
    private static let masks: [UInt16] = (0..<16).map { truthTable($0) }

    private static func truthTable(_ cond: UInt32) -> UInt16 {
        var m: UInt16 = 0
        for nzcv in 0..<16 {
            let n = nzcv >> 3 & 1, z = nzcv >> 2 & 1, c = nzcv >> 1 & 1, v = nzcv & 1
            var r: Bool
            switch cond >> 1 {
            case 0: r = z == 1              // EQ / NE
            case 1: r = c == 1              // CS / CC
            case 2: r = n == 1              // MI / PL
            case 3: r = v == 1              // VS / VC
            case 4: r = c == 1 && z == 0    // HI / LS
            case 5: r = n == v              // GE / LT
            case 6: r = n == v && z == 0    // GT / LE
            default: r = true               // AL / NV (both always)
            }
            if cond & 1 == 1 && cond != 15 { r.toggle() }
            if r { m |= 1 << nzcv }
        }
        return m
    }

    /// Evaluates a mask from `mask(_:)` against the stored PSTATE flags (bits 31:28).
    @inline(__always) public static func holds(_ mask: UInt64, _ nzcv: UInt64) -> Bool {
        (mask >> (nzcv >> 28)) & 1 != 0
    }
}

/// NZCV as stored in `A64Layout.nzcv`: the PSTATE/NZCV register format, N at bit 31.
public enum A64Flags {
    public static let n: UInt64 = 1 << 31
    public static let z: UInt64 = 1 << 30
    public static let c: UInt64 = 1 << 29
    public static let v: UInt64 = 1 << 28
}
