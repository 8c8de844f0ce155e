/// `-h`: generated from OptionTable, so the help, the parser and the environment forms
/// cannot disagree. Laid out like `qemu-aarch64 -h`: option, then what it does, then
/// the environment variables that set it. The Debian package's man page is made from
/// this text (tools/package-deb).
enum Usage {
    static let width = 79, column = 23

    static func text(for invocation: Invocation) -> String {
        var out = """
            usage: \(invocation.name) [options] program [arguments...]
            Runs a Linux \(invocation.isaAlternatives) program on this host.
            Options take QEMU's spellings (-opt and --opt alike); each can also be set by
            the environment variables listed with it (the first set wins; the command line
            wins over all).

            Options:

            """
        for spec in OptionTable.all where spec.section == .run {
            out += entry(spec)
        }
        out += """

            -E and -U take comma-separated lists too, as QEMU's: '-E A=1,B=2 -U LD_PRELOAD'
            is '-E A=1 -E B=2 -U LD_PRELOAD', and so is QEMU_SET_ENV=A=1,B=2
            QEMU_UNSET_ENV=LD_PRELOAD.

            Named qemu-aarch64, qemu-aarch64-static, qemu-riscv64, qemu-riscv64-static,
            xrun-aarch64, xrun-riscv64 or buildkit-qemu-<arch> (a link), xrun runs that
            ISA only, as the emulator of that name does.

            Transparent execution through binfmt_misc (as root; machine-wide):

            """
        for spec in OptionTable.all where spec.section == .binfmt {
            out += entry(spec)
        }
        return out
    }

    static func entry(_ spec: OptionSpec) -> String {
        var head = "  " + spec.names.map { (spec.section == .binfmt ? "--" : "-") + $0 }.joined(separator: ", ")
        if let a = spec.argument { head += " " + a }
        var lines: [String] = []
        var words = spec.help.split(separator: " ").map(String.init)
        if !spec.environment.isEmpty { words += ["(env"] + spec.environment.dropLast().map { $0 + "," } + [spec.environment.last! + ")"] }
        var line = head.count < column - 1 ? head + String(repeating: " ", count: column - head.count) : head
        if head.count >= column - 1 {
            lines.append(line)
            line = String(repeating: " ", count: column)
        }
        var empty = true
        for w in words {
            if !empty && line.count + 1 + w.count > width {
                lines.append(line)
                line = String(repeating: " ", count: column)
                empty = true
            }
            line += (empty ? "" : " ") + w
            empty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
