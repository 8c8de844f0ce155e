import XrunCore

/// xrun's command line, QEMU user-mode compatible where QEMU has the option:
/// `xrun [options] program [args...]`. Options end at the first non-option word
/// (or `--`), so the guest's own arguments are never interpreted.
///
/// A small hand-written parser instead of swift-argument-parser: that package pulls
/// in FoundationEssentials, which costs start-up time and static-binary size, and its
/// model (options anywhere, subcommands) fits a program-runner's `prog args...`
/// pass-through poorly. This follows getopt's conventions (and QEMU's single-dash
/// long options), with environment fallbacks as QEMU_* has.
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
    /// -d help: list the log items and exit.
    public var showLogHelp = false
    /// -thunk LIST: host-library call groups (HostCalls.ThunkCatalog; `help` lists them).
    public var thunks: String?
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
            && a.logItems == b.logItems && a.showLogHelp == b.showLogHelp
            && a.program == b.program && a.arguments == b.arguments && a.showHelp == b.showHelp
            && a.showVersion == b.showVersion && a.binfmtAction == b.binfmtAction
            && a.binfmtCredential == b.binfmtCredential && a.binfmtInterpreter == b.binfmtInterpreter
            && a.thunks == b.thunks
    }

    public static let usage = """
        usage: xrun [options] program [arguments...]
        Runs a Linux AArch64 or RISC-V 64 program on this host.

        Options:
          -L path         guest root: the dynamic loader and absolute paths are looked up
                          there first (env XRUN_LD_PREFIX)
          -E var=value    set a variable in the guest's environment (repeatable)
          -U var          remove a variable from the guest's environment (repeatable)
          -0 argv0        pass argv0 as the guest's argv[0] instead of the program path
          -strace         log system calls to stderr (env XRUN_STRACE)
          -d item,...     log translation: in_asm (guest instructions of each block),
                          op (the operations they became), strace; '-d help' lists them
          -D file         write the -strace and -d log to file instead of stderr
                          (env XRUN_LOG_FILE)
          -thunk list     library functions run as host code: groups to add or -remove,
                          none, all; '-thunk help' lists them (env XRUN_THUNKS)
          -version        print the version and exit
          -h, -help       print this help and exit

        Transparent execution through binfmt_misc (as root; machine-wide):
          --install-binfmt [--credential] [--interpreter PATH]
                          register xrun for AArch64 ELF executables, so that they run
                          directly (./prog, chroots). Flags PF; --credential adds OC
                          (setuid binaries, execute-only files). The interpreter is the
                          static build .build-static/release/xrun when there is one,
                          else this xrun, or PATH
          --uninstall-binfmt
                          remove xrun's registrations
          --print-binfmt [--credential] [--interpreter PATH]
                          print the /usr/lib/binfmt.d/ lines instead of registering
        """

    /// Parses `args` (without the executable name). `env` supplies XRUN_* fallbacks.
    public static func parse(_ args: [String], env: [String: String]) throws -> Options {
        var o = Options()
        if let p = env["XRUN_LD_PREFIX"], !p.isEmpty { o.sysroot = p }
        if let s = env["XRUN_STRACE"], !s.isEmpty, s != "0" { o.strace = true }
        if let f = env["XRUN_LOG_FILE"], !f.isEmpty { o.logFile = f }
        if let t = env["XRUN_THUNKS"], !t.isEmpty { o.thunks = t }
        var i = 0
        func value(_ name: String) throws -> String {
            i += 1
            guard i < args.count else { throw XrunUsageError("option '\(name)' needs a value") }
            return args[i]
        }
        while i < args.count {
            let a = args[i]
            if a == "--" { i += 1; break }
            guard a.hasPrefix("-"), a != "-" else { break }
            // QEMU accepts both -opt and --opt.
            let name = a.hasPrefix("--") ? String(a.dropFirst(2)) : String(a.dropFirst())
            switch name {
            case "L": o.sysroot = try value(a)
            case "E":
                let kv = try value(a)
                guard let eq = kv.firstIndex(of: "="), eq != kv.startIndex else {
                    throw XrunUsageError("option '-E' needs var=value, got '\(kv)'")
                }
                o.setEnv.append((String(kv[..<eq]), String(kv[kv.index(after: eq)...])))
            case "U": o.unsetEnv.append(try value(a))
            case "0": o.argv0 = try value(a)
            case "strace": o.strace = true
            case "D": o.logFile = try value(a)
            case "thunk": o.thunks = try value(a)
            case "d":
                let list = try value(a)
                if list == "help" { o.showLogHelp = true; break }
                let (items, unknown) = TranslationLog.parseItems(list)
                if let unknown { throw XrunUsageError("unknown log item '\(unknown)' for '-d' (see 'xrun -d help')") }
                o.logItems.formUnion(items)
                if items.contains(.strace) { o.strace = true }
            case "version": o.showVersion = true
            case "h", "help": o.showHelp = true
            case "install-binfmt": try o.setBinfmt(.install, a)
            case "uninstall-binfmt": try o.setBinfmt(.uninstall, a)
            case "print-binfmt": try o.setBinfmt(.print, a)
            case "credential": o.binfmtCredential = true
            case "interpreter": o.binfmtInterpreter = try value(a)
            default:
                throw XrunUsageError("unknown option '\(a)' (see 'xrun -h')")
            }
            i += 1
        }
        if i < args.count {
            o.program = args[i]
            o.arguments = Array(args[(i + 1)...])
        }
        try o.checkBinfmtOptions()
        return o
    }

    private mutating func setBinfmt(_ action: BinfmtAction, _ spelling: String) throws {
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
