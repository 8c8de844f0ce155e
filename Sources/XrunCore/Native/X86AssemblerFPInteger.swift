/// SSE conversions from a scalar to a general register, for the FP-to-integer
/// templates (Intel SDM Vol. 2: CVTSD2SI, CVTSS2SI, CVTTSD2SI, CVTTSS2SI).
extension X86Assembler {
    /// `cvt(t)sd2si / cvt(t)ss2si dst, src`: a signed 64-bit (w) or 32-bit result,
    /// truncated (`truncate`) or rounded by MXCSR.RC. NaN and out-of-range give the
    /// "integer indefinite" value (the minimum signed integer) and raise invalid.
    public mutating func convertToInteger(_ dst: X86Reg, _ src: XMM, w: Bool, double: Bool, truncate: Bool) {
        byte(double ? 0xF2 : 0xF3)
        let rm = X86Operand.reg(X86Reg(rawValue: src.rawValue)!)
        rex(w: w, reg: dst.rawValue, rm: rm)
        byte(0x0F)
        byte(truncate ? 0x2C : 0x2D)
        modrm(reg: dst.rawValue, rm: rm)
    }
}
