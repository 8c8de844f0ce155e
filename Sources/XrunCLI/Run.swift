import CXrunHost
import Debugger
import Glibc
import HostCalls
import LinuxABI
import XrunCore

public enum XrunMain {
    public static let version = "0.1.0"

    /// The whole program: parse, load, run. Returns only on errors (exit status);
    /// a running guest ends the process itself.
    public static func main(_ argv: [String]) -> Int32 {
        restoreDefaultCrashSignals()
        let invocation: Invocation
        do {
            invocation = try Invocation(argv0: argv.first ?? "xrun")
        } catch {
            fail("\(error)")
            return 1
        }
        // Running with credentials we were not started with (a setuid program through
        // binfmt_misc's C flag): the caller's XRUN_*/QEMU_* settings must not choose the
        // guest's loader (-L) or leak its system calls (-strace).
        let env = isSecure ? [:] : environmentDictionary()
        if let launch = BinfmtLaunch.detect(argv) {
            return guarded {
                let options = try Options.parse([], env: env)
                note(options)
                try run(program: launch.program, options: options, invocation: invocation, launch: launch)
            }
        }
        let options: Options
        do {
            options = try Options.parse(Array(argv.dropFirst()), env: env)
        } catch {
            fail("\(error)")
            return 1
        }
        if options.showHelp { print(Usage.text(for: invocation), terminator: ""); return 0 }
        if options.showLogHelp { print(TranslationLog.helpText, terminator: ""); return 0 }
        if options.thunks == "help" { print(ThunkCatalog.help, terminator: ""); return 0 }
        if options.cpu == "help" { print(CPUModels.helpText, terminator: ""); return 0 }
        if let cpu = options.cpu, !CPUModels.isKnown(cpu) {
            fail("unknown CPU model '\(cpu)' (see '\(invocation.name) -cpu help')")
            return 1
        }
        if options.showVersion { print(invocation.versionLine); return 0 }
        if let action = options.binfmtAction {
            return guarded { try Binfmt.perform(action, options); return 0 }
        }
        guard let program = options.program else {
            fail("no program given (usage: \(invocation.name) [options] program [arguments...]; see '\(invocation.name) -h')")
            return 1
        }
        note(options)
        return guarded { try run(program: program, options: options, invocation: invocation, launch: nil) }
    }

    /// The one-line notes of options that were accepted but change nothing.
    static func note(_ options: Options) {
        for n in options.notes { fail("note: " + n) }
    }

    /// Runs `body`; an error becomes one line on stderr and its exit status.
    static func guarded(_ body: () throws -> Int32) -> Int32 {
        do {
            return try body()
        } catch let e as XrunError {
            fail(e.message)
            return e.status
        } catch {
            fail("\(error)")
            return 1
        }
    }

    /// The Swift runtime's backtracer installs handlers for the crash signals at
    /// start-up. Those signals belong to the guest: a guest's abort() must kill the
    /// process with SIGABRT silently, as natively. SIG_IGN inherited from the parent
    /// stays (exec keeps ignored signals ignored). SIGSEGV/SIGBUS get xrun's own
    /// guest-fault handler later.
    static func restoreDefaultCrashSignals() {
        for sig in [SIGABRT, SIGILL, SIGFPE, SIGTRAP, SIGQUIT, SIGSEGV, SIGBUS] {
            var old = sigaction()
            sigaction(sig, nil, &old)
            if unsafeBitCast(old.__sigaction_handler, to: Int.self) == 1 { continue } // SIG_IGN
            signal(sig, SIG_DFL)
        }
    }

    static func fail(_ message: String) {
        let line = "xrun: \(message)\n"
        line.withCString { _ = write(2, $0, strlen($0)) }
    }

    /// Loads and runs the guest; `launch` when binfmt_misc started us (its argv layout,
    /// maybe the binary as an open file).
    static func run(program: String, options: Options, invocation: Invocation, launch: BinfmtLaunch?) throws -> Never {
        // The address-space layout is fixed before the ELF is checked against it.
        if let size = options.reservedVA { GuestMemory.reservedVA = size }
        if let size = options.stackSize { GuestMemory.stackSize = size }
        if let seed = options.randomSeed { GuestRandom.seed(seed) }
        PerfMap.requested = options.perfMap
        let elf = try launch?.execFD.map { try ElfFile(path: program, fd: $0) } ?? ElfFile(path: program)
        guard let isaType = invocation.isa(forMachine: elf.machine) else {
            throw XrunError("\(program): ELF for \(ElfMachineNames.name(elf.machine)); \(invocation.name) runs "
                            + "\(invocation.isaNames) programs", status: 126)
        }
        // The CPU model before anything is decoded: it decides which instructions do.
        if let model = options.cpu { try CPUModels.select(model, for: isaType) }
        let isa = isaType.init()
        if let why = isa.checkELF(flags: elf.flags) { throw XrunError("\(program): \(why)", status: 126) }
        var launch = launch
        launch?.settleArgv0(registrationNames: [Binfmt.Entry(isaType.machine).name, "qemu-" + isaType.machine.name])

        let memory = try GuestMemory(hostBase: options.guestBase)
        let engine = Engine(isa: isa, memory: memory)
        if options.oneInstructionPerBlock { engine.cache.instructionLimit = 1 }
        let thunkGroups: Set<String>
        do { thunkGroups = try ThunkCatalog.groupsOn(options.thunks) } catch {
            throw XrunUsageError("unknown group '\(error.name)' for '-thunk' (see 'xrun -thunk help')")
        }
        let hostCalls = thunkGroups.isEmpty ? nil : HostCalls(
            groups: thunkGroups, engine: engine,
            traceFD: options.strace ? HostCalls.traceDescriptor(logFile: options.logFile) : -1)
        var sysroot = options.sysroot
        let image = try Loader(memory: memory).load(elf, isa: isaType) {
            interp in try InterpreterLookup.resolve(interp, program: program, sysroot: &sysroot, isa: isaType,
                                                   viaBinfmt: launch != nil)
        }
        // Before the descriptor goes: with AT_EXECFD it names the very file that runs.
        let absoluteProgramPath = launch?.execFD.flatMap(fdPath) ?? absolutePath(program)
        elf.close()
        memory.setBrkStart(image.brkStart)

        var config = KernelConfig()
        config.sysroot = sysroot
        config.strace = options.strace
        config.cpuModel = options.cpu
        config.logFile = options.logFile
        config.thunks = options.thunks
        if let f = options.logFile {
            let fd = open(f, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if fd < 0 { throw XrunError("cannot open the log file \(f): \(String(cString: strerror(errno)))") }
            close(fd)
        }
        let blockItems = options.logItems.subtracting([.strace])
        if !options.logItems.isEmpty {
            config.logItems = options.logItems.map(\.rawValue).sorted().joined(separator: ",")
        }
        if !blockItems.isEmpty {
            let log = TranslationLog(items: blockItems, logFile: options.logFile)
            log.filter = options.logFilter
            engine.cache.log = log
        }
        config.unameRelease = options.unameRelease
        config.machineOptions = options.machineOptions
        config.programPath = program
        config.absoluteProgramPath = absoluteProgramPath
        config.selfExecutable = selfExecutablePath(argv0: invocation.path)
        config.foreignExecThroughKernel = launch != nil

        var envp = environmentList()
        for name in options.unsetEnv { envp.removeAll { $0.starts(with: (name + "=").utf8) } }
        for (k, v) in options.setEnv {
            envp.removeAll { $0.starts(with: (k + "=").utf8) }
            envp.append(Array("\(k)=\(v)".utf8))
        }
        if let launch {
            config.guestArgv = [launch.argv0 ?? program] + launch.arguments
        } else {
            config.guestArgv = [options.argv0 ?? program] + options.arguments
        }
        var stack = InitialStack(argv: config.guestArgv, envp: envp,
                                 execfn: program, platform: isa.platform, hwcap: isa.hwcap, hwcap2: isa.hwcap2)
        stack.secure = isSecure
        let (sp, auxv) = try stack.build(in: memory, image: image)

        let kernel = Kernel(engine: engine, arch: isa, config: config)
        kernel.auxv = auxv
        kernel.mapSignalTrampoline()
        let thread = GuestThread(engine: engine, tid: Int32(getpid()))
        isa.startProcess(cpu: thread.cpu, entry: image.entry, stack: sp)
        if let endpoint = options.gdb {
            do {
                let stub = try GdbStub(engine: engine, endpoint: endpoint)
                stub.auxv = auxv
                stub.execFile = absoluteProgramPath
                stub.fileView = GdbStub.FileView(
                    open: { [kernel] in kernel.openForDebugger($0) },
                    readlink: { [kernel] in kernel.readlinkForDebugger($0).mapError { GdbStub.HostIOError(code: $0.code) } })
                engine.debugger = stub
                stub.start()
            } catch {
                throw XrunError("\(error)", status: 1)
            }
        }
        withExtendedLifetime((kernel, hostCalls)) {
            engine.run(thread)
            // The main guest thread exited while others run on: the process lives until
            // the last one exits. This host thread takes no more signals.
            var all = sigset_t()
            sigfillset(&all)
            pthread_sigmask(SIG_SETMASK, &all, nil)
            while true { pause() }
        }
        fatalError("unreachable")
    }

    /// AT_SECURE as the kernel gave it to xrun (credentials changed by exec).
    static var isSecure: Bool { getauxval(UInt(AT_SECURE)) != 0 }

    /// The path of an open file (/proc/self/fd/N), nil without /proc.
    static func fdPath(_ fd: Int32) -> String? {
        hostFDPath(fd).flatMap { $0.utf8.first == UInt8(ascii: "/") ? $0 : nil }
    }

    /// What the guest's /proc/self/exe shows: the canonical path, as Linux gives it.
    static func absolutePath(_ p: String) -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if realpath(p, &buf) != nil { return cString(buf) }
        if p.hasPrefix("/") || getcwd(&buf, buf.count) == nil { return p }
        return cString(buf) + "/" + p
    }

    /// This xrun's path for re-executing it: /proc/self/exe's target; without /proc, an
    /// absolute argv[0] (BuildKit starts its emulator as /dev/.buildkit_qemu_emulator).
    static func selfExecutablePath(argv0: String) -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 { return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return argv0.hasPrefix("/") && access(argv0, X_OK) == 0 ? argv0 : "/proc/self/exe"
    }

    static func cString(_ buf: [CChar]) -> String {
        String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The environment as bytes: a value need not be UTF-8 and reaches the guest unchanged.
    static func environmentList() -> [[UInt8]] {
        var out: [[UInt8]] = []
        var p = environ
        while let s = p.pointee {
            out.append(Array(UnsafeBufferPointer(start: UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self),
                                                 count: strlen(s))))
            p += 1
        }
        return out
    }

    /// The XRUN_* and QEMU_* settings. Only those become Swift strings: what start-up
    /// runs of the string and dictionary code is what a hello's peak RSS pays for
    /// (tools/startup-order).
    static func environmentDictionary() -> [String: String] {
        var d: [String: String] = [:]
        var p = environ
        while let s = p.pointee {
            p += 1
            guard strncmp(s, "XRUN_", 5) == 0 || strncmp(s, "QEMU_", 5) == 0, let eq = strchr(s, 0x3D) else { continue }
            let kv = UnsafeRawBufferPointer(start: s, count: strlen(s))
            let keyLength = eq - s
            d[String(decoding: kv[..<keyLength], as: UTF8.self)] = String(decoding: kv[(keyLength + 1)...], as: UTF8.self)
        }
        return d
    }
}
