import Glibc

/// Where the guest's dynamic loader (PT_INTERP) is on this host. Shared by the command
/// line and the ELF fuzz target (Sources/xrun-fuzz-elf), so both exercise one lookup.
public enum InterpreterLookup {
    /// Finds the guest's dynamic loader: under -L if given; else at its own path when it
    /// is there and is this guest's (a foreign root, e.g. inside a chroot); else in the
    /// Debian cross sysroot (/usr/<triple>), which then becomes the sysroot.
    /// Missing: exit status 127, like a shell's "not found"; there but unusable: 126.
    public static func resolve(_ interp: String, program: String, sysroot: inout String?,
                               isa: GuestISA.Type, viaBinfmt: Bool) throws -> String {
        let machine = isa.machine
        let howToGiveRoot = viaBinfmt
            ? "set XRUN_LD_PREFIX=<dir> to the guest's root filesystem (xrun was started by binfmt_misc)"
            : "give the guest's root filesystem with -L <dir> (or XRUN_LD_PREFIX=<dir>)"
        if let root = sysroot {
            let p = root + interp
            if access(p, F_OK) == 0 { return p }
            throw XrunError("\(program): the \(machine.name) dynamic loader \(interp) is not under the guest root \(root)",
                            status: 127)
        }
        let crossRoot = "/usr/\(machine.name)-linux-gnu"
        func fromCrossRoot() -> String? {
            guard access(crossRoot + interp, F_OK) == 0 else { return nil }
            sysroot = crossRoot
            return crossRoot + interp
        }
        var st = stat()
        if stat(interp, &st) == 0 {
            let why: String
            do {
                let probe = try ElfFile(path: interp)
                probe.close()
                if isa.runs(elfMachine: probe.machine) { return interp }
                why = "is an ELF for \(ElfMachineNames.name(probe.machine))"
            } catch let e as XrunError {
                why = "cannot be used (\(e.message))"
            }
            // The host's own file of that name (e.g. a native loader): the cross sysroot's is the guest's.
            if let p = fromCrossRoot() { return p }
            throw XrunError("\(program): needs the \(machine.name) dynamic loader \(interp), but \(interp) on this host "
                            + "\(why); \(howToGiveRoot)", status: 126)
        }
        if let p = fromCrossRoot() { return p }
        throw XrunError("\(program): needs the \(machine.name) dynamic loader \(interp), which is neither on this host "
                        + "nor under \(crossRoot); \(howToGiveRoot)", status: 127)
    }

}
