import Glibc
import GuestAArch64
import GuestRISCV64
import LinuxABI
import XrunCore

public enum XrunMain {
    public static let version = "0.1.0"

    /// The whole program: parse, load, run. Returns only on errors (exit status);
    /// a running guest ends the process itself.
    public static func main(_ argv: [String]) -> Int32 {
        restoreDefaultCrashSignals()
        let env = environmentDictionary()
        let options: Options
        do {
            options = try Options.parse(Array(argv.dropFirst()), env: env)
        } catch {
            fail("\(error)")
            return 1
        }
        if options.showHelp { print(Options.usage); return 0 }
        if options.showVersion { print("xrun \(version) (guests: aarch64, riscv64)"); return 0 }
        guard let program = options.program else {
            fail("no program given (usage: xrun [options] program [arguments...]; see 'xrun -h')")
            return 1
        }
        do {
            try run(program: program, options: options)
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

    static func run(program: String, options: Options) throws -> Never {
        let elf = try ElfFile(path: program)
        let isa: GuestISA
        switch elf.machine {
        case 183: isa = A64ISA()
        case 243: isa = RV64ISA()
        default:
            throw XrunError("\(program): ELF for \(ElfFile.machineName(elf.machine)); xrun runs AArch64 and RISC-V 64 programs",
                            status: 126)
        }
        if let why = isa.checkELF(flags: elf.flags) { throw XrunError("\(program): \(why)", status: 126) }

        let memory = try GuestMemory()
        let engine = Engine(isa: isa, memory: memory)
        var sysroot = options.sysroot
        let image = try Loader(memory: memory).load(elf, machine: isa.elfMachine, machineName: isa.machineName) {
            interp in try resolveInterpreter(interp, program: program, sysroot: &sysroot, isa: isa)
        }
        elf.close()
        memory.setBrkStart(image.brkStart)

        var config = KernelConfig()
        config.sysroot = sysroot
        config.strace = options.strace
        config.logFile = options.logFile
        if let f = options.logFile {
            let fd = open(f, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            if fd < 0 { throw XrunError("cannot open the log file \(f): \(String(cString: strerror(errno)))") }
            close(fd)
        }
        config.programPath = program
        config.absoluteProgramPath = absolutePath(program)
        config.selfExecutable = selfExecutablePath()

        var envp = environmentList()
        for name in options.unsetEnv { envp.removeAll { $0.hasPrefix(name + "=") } }
        for (k, v) in options.setEnv {
            envp.removeAll { $0.hasPrefix(k + "=") }
            envp.append("\(k)=\(v)")
        }
        config.guestArgv = [options.argv0 ?? program] + options.arguments
        let stack = InitialStack(argv: config.guestArgv, envp: envp,
                                 execfn: program, platform: isa.platform, hwcap: isa.hwcap, hwcap2: isa.hwcap2)
        let (sp, auxv) = try stack.build(in: memory, image: image)

        let kernel = Kernel(engine: engine, config: config)
        kernel.auxv = auxv
        let thread = GuestThread(engine: engine, tid: Int32(getpid()))
        isa.startProcess(cpu: thread.cpu, entry: image.entry, stack: sp)
        withExtendedLifetime(kernel) {
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

    /// Finds the guest's dynamic loader: under -L if given; else the host path; else the
    /// Debian cross sysroot (/usr/<triple>), which then becomes the sysroot.
    static func resolveInterpreter(_ interp: String, program: String, sysroot: inout String?,
                                   isa: GuestISA) throws -> String {
        if let root = sysroot {
            let p = root + interp
            if access(p, R_OK) == 0 { return p }
            throw XrunError("\(program): interpreter \(interp) not found under -L \(root)", status: 127)
        }
        if access(interp, R_OK) == 0, let probe = try? ElfFile(path: interp), probe.machine == isa.elfMachine {
            probe.close()
            return interp
        }
        let crossRoot = "/usr/\(isa.machineName)-linux-gnu"
        if access(crossRoot + interp, R_OK) == 0 {
            sysroot = crossRoot
            return crossRoot + interp
        }
        throw XrunError("\(program): needs the \(isa.machineName) dynamic loader \(interp), which is not on this host; "
                        + "give the guest's root filesystem with -L <dir> (or XRUN_LD_PREFIX)", status: 127)
    }

    /// What the guest's /proc/self/exe shows: the canonical path, as Linux gives it.
    static func absolutePath(_ p: String) -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if realpath(p, &buf) != nil { return cString(buf) }
        if p.hasPrefix("/") || getcwd(&buf, buf.count) == nil { return p }
        return cString(buf) + "/" + p
    }

    static func selfExecutablePath() -> String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        return n > 0 ? String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "/proc/self/exe"
    }

    static func cString(_ buf: [CChar]) -> String {
        String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func environmentList() -> [String] {
        var out: [String] = []
        var p = environ
        while let s = p.pointee {
            out.append(String(cString: s))
            p += 1
        }
        return out
    }

    static func environmentDictionary() -> [String: String] {
        var d: [String: String] = [:]
        for kv in environmentList() where kv.hasPrefix("XRUN_") {
            if let eq = kv.firstIndex(of: "=") { d[String(kv[..<eq])] = String(kv[kv.index(after: eq)...]) }
        }
        return d
    }
}
