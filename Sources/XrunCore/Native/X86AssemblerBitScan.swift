extension X86Assembler {
    /// `bsr dst, src` (REX.W 0F BD /r): the index of src's highest set bit; with src
    /// zero, ZF is set and dst is not to be relied on (Intel SDM Vol. 2, BSR).
    public mutating func bitScanReverse(_ dst: X86Reg, _ src: X86Reg, w: Bool = true) {
        rex(w: w, reg: dst.rawValue, rm: .reg(src))
        byte(0x0F)
        byte(0xBD)
        modrm(reg: dst.rawValue, rm: .reg(src))
    }
}
