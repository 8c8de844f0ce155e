/// MXCSR access for templates that read or reset the host's sticky SSE flags
/// (Intel SDM Vol. 2: STMXCSR 0F AE /3, LDMXCSR 0F AE /2; memory operands only).
extension X86Assembler {
    public mutating func stmxcsr(_ m: X86Mem) {
        rex(w: false, reg: 3, rm: .mem(m))
        byte(0x0F)
        byte(0xAE)
        modrm(reg: 3, rm: .mem(m))
    }

    public mutating func ldmxcsr(_ m: X86Mem) {
        rex(w: false, reg: 2, rm: .mem(m))
        byte(0x0F)
        byte(0xAE)
        modrm(reg: 2, rm: .mem(m))
    }
}
