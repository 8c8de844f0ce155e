extension RV64ISA {
    /// arch/riscv/kernel/cpu.c c_show(): one stanza per CPU (processor, hart, isa,
    /// mmu, mvendorid, marchid, mimpid, hart isa), each followed by a blank line; the
    /// content comes from RV64Features.
    public func procCPUInfo(cpus: Int) -> String {
        (0..<max(1, cpus)).map { RV64Features.cpuinfo(processor: $0) }.joined()
    }
}
