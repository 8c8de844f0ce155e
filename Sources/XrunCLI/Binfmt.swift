import Glibc
import XrunCore

/// binfmt_misc registrations (Documentation/admin-guide/binfmt-misc.rst): the kernel
/// then starts xrun for every foreign ELF executable that is exec'd, so `./prog`,
/// `#!` scripts with a foreign interpreter and whole foreign chroots just run.
///
/// One entry per guest ISA this build runs, named `xrun-<isa>`: a magic/mask pair over
/// the first 20 bytes of the ELF header (e_ident, e_type, e_machine) that matches
/// exactly ELF64, little-endian, version 1, ET_EXEC or ET_DYN, of that machine — the
/// shape of QEMU's qemu-binfmt-conf.sh entries. Flags:
///   P  preserve argv[0]: the guest keeps the name it was started by (busybox applets);
///      Linux >= 5.12 tells xrun so through AT_FLAGS (BinfmtLaunch.swift)
///   F  the kernel opens the interpreter at registration, so it is found from inside a
///      chroot that does not hold it (with a static xrun, that needs nothing else there)
///   O, C (--credential)  the kernel opens the binary (AT_EXECFD; execute-only files)
///      and computes credentials from it (setuid binaries)
/// Only entries named xrun-* are ever written or removed.
enum Binfmt {
    static let directory = "/proc/sys/fs/binfmt_misc"
    static var register: String { directory + "/register" }

    struct Entry: Sendable {
        let name: String
        let machine: UInt16
        let isaName: String

        init(_ m: GuestMachine) {
            name = "xrun-" + m.name
            machine = m.elfMachine
            isaName = m.displayName
        }
    }

    /// One entry per guest ISA this build runs (GuestISAs), so that xrun never takes
    /// over binaries it cannot run (e.g. from qemu-user).
    static var entries: [Entry] { GuestISAs.all.map { Entry($0.machine) } }

    /// e_ident: "\x7fELF", ELFCLASS64, ELFDATA2LSB, EV_CURRENT, OS ABI, ABI version, 7 bytes
    /// of padding; e_type ET_EXEC (2); e_machine, little-endian.
    static func magic(machine: UInt16) -> [UInt8] {
        [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1] + [UInt8](repeating: 0, count: 9)
            + [2, 0, UInt8(machine & 0xff), UInt8(machine >> 8)]
    }

    /// Ignores the OS ABI, ABI version and padding bytes (Linux does not look at them
    /// either) and e_type's low bit, so ET_DYN (3: PIE and the dynamic loader) matches too.
    static let mask: [UInt8] = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff] + [UInt8](repeating: 0, count: 9)
        + [0xfe, 0xff, 0xff, 0xff]

    /// Flags in the order the kernel lists them in an entry's status.
    static func flags(credential: Bool) -> String { credential ? "POCF" : "PF" }

    /// The registration line, as written to `register` and as a binfmt.d(5) line.
    static func line(_ e: Entry, interpreter: String, flags: String) -> String {
        ":\(e.name):M::\(escape(magic(machine: e.machine))):\(escape(mask)):\(interpreter):\(flags)"
    }

    static func escape(_ bytes: [UInt8]) -> String {
        let hex = Array("0123456789abcdef")
        return String(bytes.flatMap { ["\\", "x", hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }

    // MARK: actions

    static func perform(_ action: Options.BinfmtAction, _ o: Options) throws {
        switch action {
        case .print: try printLines(o)
        case .install: try install(o)
        case .uninstall: try uninstall()
        }
    }

    static func printLines(_ o: Options) throws {
        let interp = try Interpreter.choose(o.binfmtInterpreter, mustExist: false)
        let flags = flags(credential: o.binfmtCredential)
        say("# xrun for \(GuestISAs.names) binaries; interpreter: \(interp.description)")
        say("# save as /etc/binfmt.d/xrun.conf (systemd-binfmt) or write each line to \(register)")
        for e in entries { say(line(e, interpreter: interp.path, flags: flags)) }
    }

    static func install(_ o: Options) throws {
        let interp = try Interpreter.choose(o.binfmtInterpreter, mustExist: true)
        try requireRoot("--install-binfmt")
        try ensureMounted()
        let flags = flags(credential: o.binfmtCredential)
        var done: [Entry] = []
        for e in entries {
            do {
                if exists(e.name) { try write("-1", to: directory + "/" + e.name, what: "remove the old \(e.name)") }
                try write(line(e, interpreter: interp.path, flags: flags), to: register, what: "register \(e.name)")
                done.append(e)
            } catch {
                for d in done { try? write("-1", to: directory + "/" + d.name, what: "") }
                throw error
            }
        }
        say("registered \(done.map(\.name).joined(separator: ", ")) (flags \(flags)) with interpreter \(interp.description)")
    }

    static func uninstall() throws {
        let present = access(register, F_OK) == 0 ? entries.filter { exists($0.name) } : []
        if present.isEmpty {
            say("no xrun binfmt_misc registrations")
            return
        }
        try requireRoot("--uninstall-binfmt")
        for e in present {
            try write("-1", to: directory + "/" + e.name, what: "remove \(e.name)")
        }
        say("removed \(present.map(\.name).joined(separator: ", "))")
    }

    // MARK: system

    static func exists(_ name: String) -> Bool { access(directory + "/" + name, F_OK) == 0 }

    static func requireRoot(_ option: String) throws {
        if geteuid() != 0 {
            throw XrunError("\(option) needs root: binfmt_misc registrations are machine-wide (run it as root, e.g. with sudo)")
        }
    }

    /// binfmt_misc is a file system of its own, usually mounted by systemd; mount it
    /// when it is not (containers, minimal systems).
    static func ensureMounted() throws {
        if access(register, F_OK) == 0 { return }
        var st = stat()
        guard stat(directory, &st) == 0 else {
            throw XrunError("binfmt_misc is not available: \(directory) does not exist "
                            + "(a kernel without CONFIG_BINFMT_MISC, or try: modprobe binfmt_misc)")
        }
        guard mount("binfmt_misc", directory, "binfmt_misc", 0, nil) == 0 else {
            throw XrunError("binfmt_misc is not available: cannot mount it on \(directory): \(errorText(errno))")
        }
        guard access(register, F_OK) == 0 else {
            throw XrunError("binfmt_misc is not available: \(register) is missing after mounting")
        }
    }

    static func write(_ text: String, to path: String, what: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw XrunError("cannot \(what): \(path): \(errorText(errno))") }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if n != bytes.count {
            let e = n < 0 ? errno : EIO
            var why = errorText(e)
            if e == ENOENT && path == register { why += " (the interpreter is missing?)" }
            if e == EEXIST { why += " (an entry of that name exists)" }
            throw XrunError("cannot \(what): \(why)")
        }
    }

    static func errorText(_ e: Int32) -> String { String(cString: strerror(e)) }

    static func say(_ line: String) {
        let s = line + "\n"
        s.withCString { _ = Glibc.write(1, $0, strlen($0)) }
    }
}

/// The xrun a registration names.
struct Interpreter {
    let path: String
    let origin: String
    let isStatic: Bool?

    var description: String {
        var d = "\(path) (\(origin)"
        switch isStatic {
        case true?: d += ", statically linked"
        case false?: d += ", dynamically linked: it cannot start inside a foreign chroot; tools/build-static builds the static one"
        case nil: break
        }
        return d + ")"
    }

    /// `--interpreter PATH`, else the static build next to the repository this xrun was
    /// built in (`<repo>/.build-static/release/xrun`, found by walking up from this
    /// executable), else this xrun itself.
    static func choose(_ explicit: String?, mustExist: Bool) throws -> Interpreter {
        if let p = explicit {
            if p.isEmpty || p.contains(":") || p.contains("\n") {
                throw XrunError("--interpreter '\(p)': a binfmt_misc interpreter path cannot be empty or contain ':' or a newline")
            }
            if let real = realPath(p) {
                guard isExecutableFile(real) else { throw XrunError("--interpreter \(p): not an executable file", status: 126) }
                return Interpreter(path: real, origin: "given with --interpreter", isStatic: isStaticELF(real))
            }
            if mustExist { throw XrunError("--interpreter \(p): \(Binfmt.errorText(errno))", status: 127) }
            guard p.hasPrefix("/") else { throw XrunError("--interpreter \(p): give an absolute path") }
            return Interpreter(path: p, origin: "given with --interpreter", isStatic: nil)
        }
        let me = realPath("/proc/self/exe") ?? "/proc/self/exe"
        var dir = me
        while let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
            dir = String(dir[..<slash])
            let candidate = dir + "/.build-static/release/xrun"
            if isExecutableFile(candidate), let real = realPath(candidate) {
                return Interpreter(path: real, origin: "the static build", isStatic: isStaticELF(real))
            }
        }
        if me.contains(":") || me.contains("\n") {
            throw XrunError("this xrun's path \(me) contains ':' or a newline; give --interpreter PATH")
        }
        return Interpreter(path: me, origin: "this xrun", isStatic: isStaticELF(me))
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func isExecutableFile(_ p: String) -> Bool {
        var st = stat()
        return stat(p, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG && access(p, X_OK) == 0
    }

    /// No PT_INTERP: needs no dynamic loader, so it starts anywhere (chroots).
    static func isStaticELF(_ p: String) -> Bool? {
        guard let elf = try? ElfFile(path: p) else { return nil }
        defer { elf.close() }
        return !elf.hasInterpreterSegment
    }
}
