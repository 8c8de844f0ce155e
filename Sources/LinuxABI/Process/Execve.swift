import Glibc
import XrunCore

/// execve: a foreign program (an ELF for this guest's machine, or a #! script whose
/// interpreter is one) re-enters xrun with the same options; anything else is
/// executed by the host as it is (native programs, native scripts). When binfmt_misc
/// started this xrun, every program goes to the host kernel as it is: its registration
/// routes foreign ones back to xrun (KernelConfig.foreignExecThroughKernel).
enum Execve {
    static func execve(_ k: Kernel, _ th: GuestThread, path: UInt64, argv argvAddr: UInt64, envp envAddr: UInt64) -> Int {
        guard let guestPath = k.guestString(path) else { return -Int(EFAULT) }
        guard let argv = k.guestByteStringArray(argvAddr), let envp = k.guestByteStringArray(envAddr) else {
            return -Int(EFAULT)
        }
        if guestPath.isEmpty { return -Int(ENOENT) }
        return execve(k, th, guestPath: guestPath, argv: argv, envp: envp)
    }

    /// execveat(dirfd, path, argv, envp, flags) (fs/exec.c): a relative path is taken
    /// from dirfd; AT_EMPTY_PATH (0x1000) with an empty path runs dirfd itself;
    /// AT_SYMLINK_NOFOLLOW (0x100) refuses a final symlink with ELOOP. The descriptor
    /// is named through /proc/self/fd, which is also how the kernel names it in
    /// AT_EXECFN ("/dev/fd/N").
    static func execveat(_ k: Kernel, _ th: GuestThread, dirfd: Int32, path: UInt64, argv argvAddr: UInt64,
                         envp envAddr: UInt64, flags: Int32) -> Int {
        let AT_EMPTY_PATH: Int32 = 0x1000, AT_SYMLINK_NOFOLLOW: Int32 = 0x100, AT_FDCWD: Int32 = -100
        if flags & ~(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW) != 0 { return -Int(EINVAL) }
        guard let name = k.guestString(path) else { return -Int(EFAULT) }
        guard let argv = k.guestByteStringArray(argvAddr), let envp = k.guestByteStringArray(envAddr) else {
            return -Int(EFAULT)
        }
        var full: String
        if name.isEmpty {
            guard flags & AT_EMPTY_PATH != 0 else { return -Int(ENOENT) }
            full = "/proc/self/fd/\(dirfd)"
        } else if name.hasPrefix("/") || dirfd == AT_FDCWD {
            full = name
        } else {
            full = "/proc/self/fd/\(dirfd)/" + name
        }
        if flags & AT_SYMLINK_NOFOLLOW != 0 && !name.isEmpty {
            var st = stat()
            if lstat(k.hostPath(full), &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK { return -Int(ELOOP) }
        }
        if name.isEmpty || !name.hasPrefix("/") && dirfd != AT_FDCWD {
            // Resolve the descriptor now: the exec'd xrun will not have this one's fds' names.
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let dir = name.isEmpty ? full : "/proc/self/fd/\(dirfd)"
            let n = readlink(dir, &buf, buf.count - 1)
            if n > 0 {
                let resolved = String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                full = name.isEmpty ? resolved : resolved + "/" + name
            }
        }
        return execve(k, th, guestPath: full, argv: argv, envp: envp)
    }

    /// argv and envp are bytes: Linux passes them as such, and a value that is not UTF-8
    /// (CPython's test_undecodable_env) must arrive unchanged, which a String cannot carry.
    static func execve(_ k: Kernel, _ th: GuestThread, guestPath: String, argv: [[UInt8]], envp: [[UInt8]]) -> Int {
        let hostPath = k.hostPath(guestPath)
        if access(hostPath, X_OK) != 0 { return -Int(errno) }
        var hostArgv: [[UInt8]]
        var target = hostPath
        switch k.config.foreignExecThroughKernel ? .native : classify(hostPath, isa: type(of: k.engine.isa), kernel: k) {
        case .foreign:
            hostArgv = foreignArgv(k, argv0: argv.first ?? Array(guestPath.utf8), program: hostPath, guestPath: guestPath,
                                   args: Array(argv.dropFirst()))
            target = k.config.selfExecutable
        case .foreignScript(let interp, let arg):
            // The kernel's binfmt_script: interp [arg] script args...
            var rest = [Array(guestPath.utf8)] + argv.dropFirst()
            if let arg { rest.insert(Array(arg.utf8), at: 0) }
            hostArgv = foreignArgv(k, argv0: Array(interp.utf8), program: k.hostPath(interp), guestPath: interp, args: rest)
            target = k.config.selfExecutable
        case .native:
            hostArgv = argv
        case .error(let e):
            return -Int(e)
        }
        var debuggerAnnounced = false
        if target == k.config.selfExecutable, let d = k.engine.debugger {
            // The new xrun carries gdb's session on (Debugger/ExecEvents.swift): its
            // options go in front of the program's (before "-0").
            let extra = d.execWillHappen(thread: th)
            hostArgv.insert(contentsOf: extra.map { Array($0.utf8) }, at: 1)
            debuggerAnnounced = true
        }
        k.strace.flush()
        let r = withCStrings(hostArgv) { av in
            withCStrings(envp) { ev in
                hostSyscall(SYS_execve, Int(bitPattern: target.withCString { strdup($0) }),
                            Int(bitPattern: av), Int(bitPattern: ev))
            }
        }
        if debuggerAnnounced { k.engine.debugger?.execFailed() }
        return r
    }

    static func foreignArgv(_ k: Kernel, argv0: [UInt8], program: String, guestPath: String, args: [[UInt8]]) -> [[UInt8]] {
        ([k.config.selfExecutable] + k.config.reexecOptions + ["-0"]).map { Array($0.utf8) } + [argv0]
            + ["--", program].map { Array($0.utf8) } + args
    }

    enum Kind { case foreign, foreignScript(String, String?), native, error(Int32) }

    static func classify(_ path: String, isa: GuestISA.Type, kernel k: Kernel, depth: Int = 0) -> Kind {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .error(errno) }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 256)
        let n = read(fd, &head, head.count)
        if n >= 20, head[0] == 0x7f, head[1] == 0x45, head[2] == 0x4c, head[3] == 0x46 {
            let m = UInt16(head[18]) | UInt16(head[19]) << 8
            return isa.runs(elfMachine: m) ? .foreign : .native
        }
        if n > 2, head[0] == 0x23, head[1] == 0x21, depth < 4 {
            let line = head[2..<n].prefix { $0 != 10 }
            let text = String(decoding: line, as: UTF8.self).trimmingSpaces
            guard !text.isEmpty else { return .error(ENOEXEC) }
            let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            let interp = parts[0]
            switch classify(k.hostPath(interp), isa: isa, kernel: k, depth: depth + 1) {
            case .foreign: return .foreignScript(interp, parts.count > 1 ? parts[1].trimmingSpaces : nil)
            default: return .native
            }
        }
        return .native
    }
}

func withCStrings<R>(_ strings: [[UInt8]], _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    let ptrs = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: strings.count + 1)
    for (i, s) in strings.enumerated() {
        let c = UnsafeMutablePointer<CChar>.allocate(capacity: s.count + 1)
        s.withUnsafeBufferPointer { b in b.withMemoryRebound(to: CChar.self) { c.update(from: $0.baseAddress!, count: s.count) } }
        c[s.count] = 0
        ptrs[i] = c
    }
    ptrs[strings.count] = nil
    defer {
        for i in 0..<strings.count { ptrs[i]?.deallocate() }
        ptrs.deallocate()
    }
    return body(ptrs)
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
