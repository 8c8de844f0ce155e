import Debugger
import XrunCore

/// One command-line option: its spellings (without the dash), its argument's name in the
/// help, its environment forms in the order they are looked at (XRUN_* before QEMU_*,
/// the names of `qemu-aarch64 -h`), its help text and what it does to `Options`.
struct OptionSpec: Sendable {
    enum Section: Sendable { case run, binfmt }

    let names: [String]
    let argument: String?
    let environment: [String]
    let help: String
    var section = Section.run
    let apply: @Sendable (inout Options, String?) throws -> Void

    /// The first environment form that is set: options without an argument are on when
    /// the variable is set to anything but "0"; others need a non-empty value.
    func environmentValue(_ env: [String: String]) -> (String, String)? {
        for name in environment {
            guard let v = env[name] else { continue }
            if argument == nil ? v != "0" : !v.isEmpty { return (name, v) }
        }
        return nil
    }
}

/// The options, as `qemu-aarch64 -h` (QEMU 10) lists them plus xrun's own. An option of
/// QEMU's that cannot apply to xrun is accepted with a one-line note when it changes
/// nothing the guest can see, and refused with one line when it would.
enum OptionTable {
    static func spec(named name: String) -> OptionSpec? {
        all.first { $0.names.contains(name) }
    }

    static let all: [OptionSpec] = [
        OptionSpec(names: ["h", "help"], argument: nil, environment: [],
                   help: "print this help and exit") { o, _ in o.showHelp = true },
        OptionSpec(names: ["L"], argument: "path", environment: ["XRUN_LD_PREFIX", "QEMU_LD_PREFIX"],
                   help: "guest root: the dynamic loader and absolute paths are looked up there first") { o, v in
            o.sysroot = v
        },
        OptionSpec(names: ["g"], argument: "port|path[,suspend=n]", environment: ["XRUN_GDB", "QEMU_GDB"],
                   help: "serve gdb's remote protocol on a localhost TCP port or a Unix socket (%d in the "
                       + "path: the pid); the program waits for gdb unless suspend=n") { o, v in
            switch GdbEndpoint.parse(v!) {
            case .success(let e): o.gdb = e
            case .failure(let e): throw XrunUsageError(e.description)
            }
        },
        OptionSpec(names: ["cpu"], argument: "model", environment: ["XRUN_CPU", "QEMU_CPU"],
                   help: "the guest's CPU model: what HWCAP, the ID registers, /proc/cpuinfo and "
                       + "riscv_hwprobe say and which instructions decode; '-cpu help' lists them") { o, v in o.cpu = v },
        OptionSpec(names: ["s"], argument: "size", environment: ["QEMU_STACK_SIZE"],
                   help: "size of the guest's initial stack in bytes (suffix k or M; default 8M)") { o, v in
            let size = try OptionValues.size(v!, suffixes: "kKM")
            guard size >= 64 << 10, size <= 1 << 34 else {
                throw XrunUsageError("stack size '\(v!)' is outside 64 KiB ... 16 GiB")
            }
            o.stackSize = GuestMemory.pageUp(size)
        },
        OptionSpec(names: ["E"], argument: "var=value", environment: ["QEMU_SET_ENV"],
                   help: "set variables in the guest's environment (repeatable; a,b lists too)") { o, v in
            for kv in v!.split(separator: ",", omittingEmptySubsequences: false) {
                guard let eq = kv.firstIndex(of: "="), eq != kv.startIndex else {
                    throw XrunUsageError("option '-E' needs var=value, got '\(kv)'")
                }
                o.setEnv.append((String(kv[..<eq]), String(kv[kv.index(after: eq)...])))
            }
        },
        OptionSpec(names: ["U"], argument: "var", environment: ["QEMU_UNSET_ENV"],
                   help: "remove variables from the guest's environment (repeatable; a,b lists too)") { o, v in
            o.unsetEnv += v!.split(separator: ",").map(String.init)
        },
        OptionSpec(names: ["0"], argument: "argv0", environment: ["QEMU_ARGV0"],
                   help: "pass argv0 as the guest's argv[0] instead of the program path") { o, v in o.argv0 = v },
        OptionSpec(names: ["r"], argument: "uname", environment: ["QEMU_UNAME"],
                   help: "the kernel release uname(2) reports to the guest") { o, v in
            guard v!.utf8.count <= 64 else { throw XrunUsageError("release '\(v!)' is longer than 64 bytes") }
            o.unameRelease = v
        },
        OptionSpec(names: ["B"], argument: "address", environment: ["QEMU_GUEST_BASE"],
                   help: "host address of guest address 0 (page-aligned)") { o, v in
            let base = try OptionValues.number(v!)
            guard base % GuestMemory.pageSize == 0 else {
                throw XrunUsageError("guest base '\(v!)' is not a multiple of the page size (4096)")
            }
            o.guestBase = base
        },
        OptionSpec(names: ["R"], argument: "size", environment: ["QEMU_RESERVED_VA"],
                   help: "size of the guest's address space (suffix k, M or G; 256M ... 1024G, default 1024G)") { o, v in
            let size = try OptionValues.size(v!, suffixes: "kKMG")
            guard size >= GuestMemory.minimumReservedVA, size <= GuestMemory.addressLimit else {
                throw XrunUsageError("reserved address space '\(v!)' is outside 256 MiB ... 1 TiB")
            }
            o.reservedVA = size & ~(GuestMemory.pageSize - 1)
        },
        OptionSpec(names: ["t"], argument: "tsig hsig n", environment: ["QEMU_RTSIG_MAP"],
                   help: "not supported: xrun maps the guest's real-time signals itself") { _, _ in
            throw XrunUsageError("'-t': xrun maps the guest's real-time signals itself; another map is not supported")
        },
        OptionSpec(names: ["d"], argument: "item,...", environment: ["XRUN_LOG", "QEMU_LOG"],
                   help: "log translation: in_asm (guest instructions of each block), op (the operations "
                       + "they became), strace; '-d help' lists them") { o, v in
            if v == "help" { o.showLogHelp = true; return }
            let (items, unknown) = TranslationLog.parseItems(v!)
            if let unknown { throw XrunUsageError("unknown log item '\(unknown)' for '-d' (see 'xrun -d help')") }
            o.logItems.formUnion(items)
            if items.contains(.strace) { o.strace = true }
        },
        OptionSpec(names: ["dfilter"], argument: "range,...", environment: ["QEMU_DFILTER"],
                   help: "log only blocks starting in these guest ranges: start..end, start+length, end-length") { o, v in
            o.logFilter += try OptionValues.ranges(v!)
        },
        OptionSpec(names: ["D"], argument: "file", environment: ["XRUN_LOG_FILE", "QEMU_LOG_FILENAME"],
                   help: "write the -strace and -d log to file instead of stderr") { o, v in o.logFile = v },
        OptionSpec(names: ["p"], argument: "pagesize", environment: ["QEMU_PAGESIZE"],
                   help: "the guest page size: 4096, as the host's (deprecated in QEMU)") { _, v in
            guard try OptionValues.number(v!) == GuestMemory.pageSize else {
                throw XrunUsageError("page size '\(v!)': the guest's pages are the host's 4096 bytes")
            }
        },
        OptionSpec(names: ["one-insn-per-tb", "singlestep"], argument: nil, environment: ["QEMU_ONE_INSN_PER_TB"],
                   help: "translate one guest instruction per block") { o, _ in o.oneInstructionPerBlock = true },
        OptionSpec(names: ["tb-size"], argument: "size", environment: ["QEMU_TB_SIZE"],
                   help: "accepted; xrun's code cache grows as it needs") { o, _ in
            o.notes.append("-tb-size changes nothing: xrun's code cache grows as it needs")
        },
        OptionSpec(names: ["strace"], argument: nil, environment: ["XRUN_STRACE", "QEMU_STRACE"],
                   help: "log system calls") { o, _ in o.strace = true },
        OptionSpec(names: ["seed"], argument: "number", environment: ["QEMU_RAND_SEED"],
                   help: "seed AT_RANDOM and getrandom(2): the guest's random bytes repeat from run to run") { o, v in
            o.randomSeed = try OptionValues.number(v!)
        },
        OptionSpec(names: ["trace"], argument: "options", environment: ["QEMU_TRACE"],
                   help: "accepted; xrun has no QEMU trace events (-d and -strace are its logs)") { o, _ in
            o.notes.append("-trace changes nothing: xrun has no QEMU trace events; -d and -strace are its logs")
        },
        OptionSpec(names: ["version"], argument: nil, environment: ["QEMU_VERSION"],
                   help: "print the version and exit") { o, _ in o.showVersion = true },
        OptionSpec(names: ["perfmap"], argument: nil, environment: ["XRUN_PERF_MAP", "QEMU_PERFMAP"],
                   help: "name each translated block in /tmp/perf-PID.map for perf") { o, _ in o.perfMap = true },
        OptionSpec(names: ["jitdump"], argument: nil, environment: ["QEMU_JITDUMP"],
                   help: "accepted; xrun writes no jitdump (use -perfmap)") { o, _ in
            o.notes.append("-jitdump changes nothing: xrun writes no jitdump file; -perfmap names its blocks for perf")
        },
        OptionSpec(names: ["thunk"], argument: "list", environment: ["XRUN_THUNKS"],
                   help: "library functions run as host code: groups to add or -remove, none, all, default; "
                       + "'-thunk help' lists them") { o, v in o.thunks = v },
        OptionSpec(names: ["install-binfmt"], argument: nil, environment: [],
                   help: "register xrun with binfmt_misc for the foreign ELF executables it runs (one entry "
                       + "per guest ISA), so that they run directly (./prog, chroots). Flags PF; "
                       + "--credential adds OC (setuid binaries, execute-only files). The interpreter is the "
                       + "static build .build-static/release/xrun when there is one, else this xrun, or PATH",
                   section: .binfmt) { o, _ in try o.setBinfmt(.install, "--install-binfmt") },
        OptionSpec(names: ["uninstall-binfmt"], argument: nil, environment: [],
                   help: "remove xrun's registrations", section: .binfmt) { o, _ in
            try o.setBinfmt(.uninstall, "--uninstall-binfmt")
        },
        OptionSpec(names: ["print-binfmt"], argument: nil, environment: [],
                   help: "print the /usr/lib/binfmt.d/ lines instead of registering", section: .binfmt) { o, _ in
            try o.setBinfmt(.print, "--print-binfmt")
        },
        OptionSpec(names: ["credential"], argument: nil, environment: [],
                   help: "with --install-binfmt or --print-binfmt: flags POCF", section: .binfmt) { o, _ in
            o.binfmtCredential = true
        },
        OptionSpec(names: ["interpreter"], argument: "PATH", environment: [],
                   help: "with --install-binfmt or --print-binfmt: the xrun the registration names",
                   section: .binfmt) { o, v in o.binfmtInterpreter = v },
    ]
}
