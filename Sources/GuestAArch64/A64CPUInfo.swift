extension A64ISA {
    /// arch/arm64/kernel/cpuinfo.c c_show(): one stanza per CPU. The identification
    /// is the "implementer 0, part 0" of an emulated CPU; Features lists exactly the
    /// advertised hwcaps (A64Features).
    public func procCPUInfo(cpus: Int) -> String {
        var s = ""
        for i in 0..<max(1, cpus) {
            s += """
                processor\t: \(i)
                BogoMIPS\t: 100.00
                Features\t: \(A64Features.featureNames.joined(separator: " "))
                CPU implementer\t: 0x00
                CPU architecture: 8
                CPU variant\t: 0x0
                CPU part\t: 0x000
                CPU revision\t: 0


                """
        }
        return s
    }
}
