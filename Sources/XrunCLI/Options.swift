import Debugger
import XrunCore

/// xrun's command line, QEMU user-mode compatible: `xrun [options] program [args...]`.
/// Options end at the first non-option word (or `--`), so the guest's own arguments
/// are never interpreted. Every option is one `OptionSpec` (OptionTable.swift): its
/// spellings, its environment forms (XRUN_* first, then QEMU_*), its help line and what
/// it does — the parser, the environment fallbacks and `-h` all read that one table.
///
/// A small hand-written parser instead of swift-argument-parser: that package pulls
/// in FoundationEssentials, which costs start-up time and static-binary size, and its
/// model (options anywhere, subcommands) fits a program-runner's `prog args...`
/// pass-through poorly. This follows QEMU's linux-user/main.c conventions: single-dash
/// long options (`--opt` too), the environment read first, the command line overriding it.
public struct Options: Equatable, Sendable {
    public var sysroot: String?
    public var setEnv: [(String, String)] = []
    public var unsetEnv: [String] = []
    public var argv0: String?
    public var strace = false
    /// -D: where -strace and -d write (default stderr).
    public var logFile: String?
    /// -d item,...: what to log (TranslationLog.Item; `-d help` lists them).
    public var logItems: Set<TranslationLog.Item> = []
    /// -dfilter: the guest address ranges -d logs blocks of (all when empty).
    public var logFilter: [ClosedRange<UInt64>] = []
    /// -d help: list the log items and exit.
    public var showLogHelp = false
    /// -s: the size of the guest's initial stack mapping in bytes.
    public var stackSize: UInt64?
    /// -B: the host address of guest address 0.
    public var guestBase: UInt64?
    /// -R: the size of the guest's virtual address space.
    public var reservedVA: UInt64?
    /// -r: the release `uname` reports.
    public var unameRelease: String?
    /// -seed: makes AT_RANDOM and getrandom a deterministic stream.
    public var randomSeed: UInt64?
    /// -one-insn-per-tb: one guest instruction per translated block.
    public var oneInstructionPerBlock = false
    /// -perfmap: /tmp/perf-PID.map names each native block for `perf`.
    public var perfMap = false
    /// -g PORT|PATH[,suspend=n]: wait for gdb there (env XRUN_GDB, QEMU_GDB).
    public var gdb: GdbEndpoint?
    /// -thunk LIST: host-library call groups (HostCalls.ThunkCatalog; `help` lists them).
    public var thunks: String?
    /// -cpu model: the guest's CPU model (the ISA's `cpuModels`; "help" lists them).
    public var cpu: String?
    /// One line each for options accepted that change nothing the guest can see.
    public var notes: [String] = []
    public var program: String?
    public var arguments: [String] = []
    public var showHelp = false
    public var showVersion = false
    /// --install-binfmt / --uninstall-binfmt / --print-binfmt: a system action instead
    /// of running a program (Binfmt.swift).
    public var binfmtAction: BinfmtAction?
    /// --credential: register with binfmt_misc's O and C flags.
    public var binfmtCredential = false
    /// --interpreter PATH: the xrun the registration names.
    public var binfmtInterpreter: String?

    public enum BinfmtAction: String, Sendable { case install, uninstall, print }

    public init() {}

    public static func == (a: Options, b: Options) -> Bool {
        a.sysroot == b.sysroot && a.setEnv.map { $0.0 + "=" + $0.1 } == b.setEnv.map { $0.0 + "=" + $0.1 }
            && a.unsetEnv == b.unsetEnv && a.argv0 == b.argv0 && a.strace == b.strace && a.logFile == b.logFile
            && a.logItems == b.logItems && a.logFilter == b.logFilter && a.showLogHelp == b.showLogHelp
            && a.stackSize == b.stackSize && a.guestBase == b.guestBase && a.reservedVA == b.reservedVA
            && a.unameRelease == b.unameRelease && a.randomSeed == b.randomSeed
            && a.oneInstructionPerBlock == b.oneInstructionPerBlock && a.perfMap == b.perfMap && a.notes == b.notes
            && a.cpu == b.cpu && a.gdb == b.gdb && a.thunks == b.thunks
            && a.program == b.program && a.arguments == b.arguments && a.showHelp == b.showHelp
            && a.showVersion == b.showVersion && a.binfmtAction == b.binfmtAction
            && a.binfmtCredential == b.binfmtCredential && a.binfmtInterpreter == b.binfmtInterpreter
    }

    /// Parses `args` (without the executable name). `env` supplies the XRUN_* and QEMU_*
    /// forms, read before the command line as QEMU does, so an option given overrides them.
    public static func parse(_ args: [String], env: [String: String]) throws -> Options {
        var o = Options()
        for spec in OptionTable.all {
            guard let (name, value) = spec.environmentValue(env) else { continue }
            do {
                try spec.apply(&o, spec.argument == nil ? nil : value)
            } catch let e as XrunUsageError {
                throw XrunUsageError("\(name)=\(value): \(e.description)")
            }
        }
        var i = 0
        while i < args.count {
            let a = args[i]
            if a == "--" { i += 1; break }
            guard a.hasPrefix("-"), a != "-" else { break }
            // QEMU accepts both -opt and --opt.
            let name = a.hasPrefix("--") ? String(a.dropFirst(2)) : String(a.dropFirst())
            guard let spec = OptionTable.spec(named: name) else {
                throw XrunUsageError("unknown option '\(a)' (see 'xrun -h')")
            }
            var value: String?
            if spec.argument != nil {
                i += 1
                guard i < args.count else { throw XrunUsageError("option '\(a)' needs a value") }
                value = args[i]
            }
            try spec.apply(&o, value)
            i += 1
        }
        if i < args.count {
            o.program = args[i]
            o.arguments = Array(args[(i + 1)...])
        }
        try o.checkBinfmtOptions()
        return o
    }

    /// -s, -R, -B, -seed and -one-insn-per-tb as a re-executed xrun must get them
    /// (KernelConfig.machineOptions), so a foreign program the guest execs runs alike.
    public var machineOptions: [String] {
        var o: [String] = []
        if let s = stackSize { o += ["-s", String(s)] }
        if let r = reservedVA { o += ["-R", String(r)] }
        if let b = guestBase { o += ["-B", "0x" + String(b, radix: 16)] }
        if let seed = randomSeed { o += ["-seed", String(seed)] }
        if oneInstructionPerBlock { o.append("-one-insn-per-tb") }
        return o
    }

    mutating func setBinfmt(_ action: BinfmtAction, _ spelling: String) throws {
        if let other = binfmtAction, other != action {
            throw XrunUsageError("'\(spelling)' cannot be combined with '--\(other.rawValue)-binfmt'")
        }
        binfmtAction = action
    }

    /// --credential and --interpreter only shape a registration; an action takes no program.
    private func checkBinfmtOptions() throws {
        guard let action = binfmtAction else {
            if binfmtCredential || binfmtInterpreter != nil {
                throw XrunUsageError("'--credential' and '--interpreter' go with '--install-binfmt' or '--print-binfmt'")
            }
            return
        }
        if action == .uninstall && (binfmtCredential || binfmtInterpreter != nil) {
            throw XrunUsageError("'--uninstall-binfmt' takes no '--credential' or '--interpreter'")
        }
        if let p = program {
            throw XrunUsageError("'--\(action.rawValue)-binfmt' runs no program, got '\(p)'")
        }
    }
}

public struct XrunUsageError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
