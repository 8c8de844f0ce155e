/// One CPU model a guest ISA offers to `-cpu` (QEMU's option): its name and the line
/// `-cpu help` prints for it. What the model changes — which instructions decode,
/// AT_HWCAP, ID registers, /proc/cpuinfo — is the ISA's own business; the engine
/// only needs the model chosen before the first block is translated.
public struct CPUModelDescription: Sendable, Equatable {
    public let name: String
    public let summary: String
    public init(name: String, summary: String) {
        self.name = name
        self.summary = summary
    }
}

extension GuestISA {
    /// An ISA without models has only "max", everything it implements.
    public static var cpuModels: [CPUModelDescription] {
        [CPUModelDescription(name: "max", summary: "everything this ISA implements")]
    }
    public static func selectCPUModel(_ name: String) -> Bool { name == "max" }
}
