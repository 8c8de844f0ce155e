/// Inputs of the self-loop tests of both ISAs (`NativeSelfLoopTests`): a float and a
/// double array in the data page and room for results, with NaNs, infinities, zeros
/// of both signs and subnormals mixed among ordinary values, so the FP templates'
/// slow paths run inside the loops.
public enum SelfLoopData {
    public static let n: UInt64 = 300
    public static let floats = GuestRun.dataAddress, doubles = GuestRun.dataAddress + 0x1000
    public static let out = GuestRun.dataAddress + 0x3000

    public static func inputs(_ i: UInt64) -> (Float, Double) {
        switch i % 23 {
        case 5: return (.nan, -.infinity)
        case 11: return (Float(bitPattern: 0x0000_0003), Double(bitPattern: 0x7FF0_0000_0000_0789))   // subnormal, sNaN
        case 17: return (-0.0, .leastNonzeroMagnitude)
        default: return (Float(i) / 7 - 3, 1 / Double(1 + i % 89))
        }
    }

    /// Writes the arrays into `r`'s data page.
    public static func write(into r: GuestRun) {
        for i in 0..<n {
            let (f, d) = inputs(i)
            r.memory.write(floats + 4 * i, f.bitPattern)
            r.memory.write(doubles + 8 * i, d.bitPattern)
        }
    }
}
