extension A64ISA {
    /// arch/arm64/kernel/cpuinfo.c c_show(): one stanza per CPU. The identification
    /// fields are MIDR_EL1's of the selected model (A64CPUModel); Features lists
    /// exactly its hwcaps (A64Features). "CPU architecture" is 8 for every AArch64
    /// core (the kernel prints 8, not MIDR's 0xF).
    public func procCPUInfo(cpus: Int) -> String {
        let midr = A64Features.midr
        func hex(_ v: UInt64, _ digits: Int) -> String {
            let s = String(v, radix: 16)
            return "0x" + String(repeating: "0", count: Swift.max(0, digits - s.count)) + s
        }
        var s = ""
        for i in 0..<Swift.max(1, cpus) {
            s += """
                processor\t: \(i)
                BogoMIPS\t: 100.00
                Features\t: \(A64Features.featureNames.joined(separator: " "))
                CPU implementer\t: \(hex(midr >> 24 & 0xFF, 2))
                CPU architecture: 8
                CPU variant\t: \(hex(midr >> 20 & 0xF, 1))
                CPU part\t: \(hex(midr >> 4 & 0xFFF, 3))
                CPU revision\t: \(midr & 0xF)


                """
        }
        return s
    }
}
