import XrunCore

/// `-cpu`: the models of every guest ISA, and the choice of one for the ISA of the
/// program that runs. The model is chosen once, before the engine translates
/// anything (each ISA keeps it as a plain process-wide value its decoders read).
enum CPUModels {
    /// `-cpu help`: the models per ISA, one line each.
    static var helpText: String {
        var s = ""
        for isa in GuestISAs.all {
            s += "Available CPUs for \(isa.machine.displayName) (\(isa.machine.name)):\n"
            let width = isa.cpuModels.map(\.name.count).max() ?? 0
            for m in isa.cpuModels {
                s += "  " + m.name + String(repeating: " ", count: width - m.name.count + 2) + m.summary + "\n"
            }
        }
        return s
    }

    /// Makes `name` the CPU model of `isa` for this process. An unknown name, or one
    /// that only another ISA has, is a usage error (one line, status 1).
    static func select(_ name: String, for isa: any GuestISAs.ISA.Type) throws {
        if isa.selectCPUModel(name) { return }
        if let other = GuestISAs.all.first(where: { $0.cpuModels.contains { $0.name == name } }) {
            throw XrunError("CPU model '\(name)' is for \(other.machine.displayName) programs, not "
                            + "\(isa.machine.displayName) (see 'xrun -cpu help')", status: 1)
        }
        throw XrunError("unknown CPU model '\(name)' (see 'xrun -cpu help')", status: 1)
    }

    /// Whether any ISA offers a model of this name (checked before the program is opened).
    static func isKnown(_ name: String) -> Bool {
        GuestISAs.all.contains { $0.cpuModels.contains { $0.name == name } }
    }
}
