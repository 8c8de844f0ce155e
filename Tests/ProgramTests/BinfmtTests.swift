import Foundation
import XCTest

/// Transparent execution: `xrun --install-binfmt` registers xrun with binfmt_misc for
/// AArch64 ELF executables; then they run directly (`./hello`), a busybox applet runs
/// through a symlink named after it (P flag keeps argv[0]), an execute-only program runs
/// for an unprivileged user and a setuid one runs as its owner (--credential: O and C
/// flags, the binary arrives as AT_EXECFD), and chroots made of Debian's arm64 and
/// riscv64 packages run their /bin/sh, dynamic programs with the chroot's own loader and
/// execs of other foreign programs with the static xrun outside the chroot (F flag).
/// `--print-binfmt` is checked against the ELF headers it must (not) match.
///
/// Registrations are machine-wide: each test registers under a lock file (so that test
/// processes on one machine take turns) and removes the registration in its teardown,
/// also when it fails, then checks that no xrun-* entry is left. Entries not named
/// xrun-* are never touched. Needs root and binfmt_misc; without them these tests skip
/// with a message. The static xrun (.build-static/release/xrun) is built with
/// tools/build-static when a test needs it (1-2 minutes the first time).
final class BinfmtTests: XCTestCase {
    static let binfmtDir = "/proc/sys/fs/binfmt_misc"
    static let lockPath = "/tmp/xrun-binfmt-tests.lock"
    private var lockFD: Int32 = -1

    // MARK: --print-binfmt

    func testPrintBinfmtLinesMatchExactlyTheRightELFHeaders() throws {
        let xrun = try xrunPath()
        let before = binfmtEntries()
        let r = try runProcess(xrun, ["--print-binfmt"], timeout: 30)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertEqual(r.err, "", r.summary)
        XCTAssertEqual(binfmtEntries(), before, "--print-binfmt changed the registrations")

        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix(":") }, "not a binfmt.d file:\n\(r.out)")
        let entries = try lines.filter { $0.hasPrefix(":") }.map(parseEntry)
        guard let a64 = entries.first(where: { $0.name == "xrun-aarch64" }) else {
            return XCTFail("no xrun-aarch64 line:\n\(r.out)")
        }
        for e in entries {
            XCTAssertTrue(["xrun-aarch64": 183, "xrun-riscv64": 243].keys.contains(e.name), "unexpected entry \(e.name)")
            XCTAssertEqual(e.flags, "PF")
            XCTAssertTrue(e.interpreter.hasPrefix("/"), "interpreter \(e.interpreter) is not absolute")
            XCTAssertTrue(FileManager.default.isExecutableFile(atPath: e.interpreter), "interpreter \(e.interpreter)")
        }

        // The shape of QEMU's entries: ELF64 LSB version 1, OS ABI/ABI version/padding
        // ignored, e_type 2 or 3 (the mask drops its low bit), e_machine exact.
        let magic: [UInt8] = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 183, 0]
        let mask: [UInt8] = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff]
        XCTAssertEqual(a64.magic, magic)
        XCTAssertEqual(a64.mask, mask)

        let hello = try header(TestEnv.path("samples/aarch64/hello"))
        XCTAssertTrue(a64.matches(hello), "static (ET_EXEC) AArch64 program")
        let pie = try header(try CompileCache.build("exitcode", .guestStaticPIE))
        XCTAssertEqual(pie[16], 3)
        XCTAssertTrue(a64.matches(pie), "static-pie (ET_DYN) AArch64 program")
        XCTAssertFalse(a64.matches(try header("/bin/sh")), "the host's own programs")
        var variant = hello
        variant[7] = 3  // ELFOSABI_GNU
        XCTAssertTrue(a64.matches(variant), "OS ABI is ignored")
        for (offset, value, what) in [(16, UInt8(1), "ET_REL (.o)"), (16, 4, "ET_CORE"), (4, 1, "ELFCLASS32"),
                                      (5, 2, "big-endian"), (18, 243, "RISC-V"), (6, 0, "EV_NONE")] {
            variant = hello
            variant[offset] = value
            XCTAssertFalse(a64.matches(variant), what)
        }

        let c = try runProcess(xrun, ["--print-binfmt", "--credential", "--interpreter", "/opt/xrun/bin/xrun"], timeout: 30)
        XCTAssertEqual(c.termination, .exited(0), c.summary)
        let ce = try c.out.split(separator: "\n").filter { $0.hasPrefix(":xrun-aarch64:") }.map { try parseEntry(String($0)) }
        XCTAssertEqual(ce.first?.flags, "POCF", c.summary)
        XCTAssertEqual(ce.first?.interpreter, "/opt/xrun/bin/xrun", c.summary)
    }

    func testBinfmtOptionMistakesAreOneLineErrors() throws {
        let xrun = try xrunPath()
        for args in [["--uninstall-binfmt", "--credential"], ["--install-binfmt", "prog"], ["--credential", "prog"],
                     ["--install-binfmt", "--uninstall-binfmt"], ["--print-binfmt", "--interpreter", "a:b"]] {
            let r = try runProcess(xrun, args, timeout: 30)
            XCTAssertEqual(r.termination, .exited(1), r.summary)
            XCTAssertTrue(r.err.hasPrefix("xrun: ") && r.err.filter { $0 == "\n" }.count == 1, r.summary)
            XCTAssertEqual(r.out, "", r.summary)
        }
    }

    // MARK: registered

    func testForeignProgramsRunDirectly() throws {
        let xrun = try install(credential: false)
        let dir = try ScratchDir("binfmt-direct")
        try dir.write("hello", try bytes(TestEnv.path("samples/aarch64/hello")), mode: 0o755)
        try dir.write("args", try bytes(TestEnv.path("samples/aarch64/args")), mode: 0o755)
        symlink("args", dir.file("myname"))

        var env = TestEnv.baseEnvironment
        let hello = try runProcess("./hello", [], env: env, cwd: dir.path)
        XCTAssertEqual(hello.out, "Hello from AArch64!\n", hello.summary)
        XCTAssertEqual(hello.termination, .exited(0), hello.summary)
        env["XRUN_STRACE"] = "1"
        let traced = try runProcess("./hello", [], env: env, cwd: dir.path)
        XCTAssertTrue(traced.err.contains("write(1, "), "not run by xrun (XRUN_STRACE=1 printed no system calls)\n\(traced.summary)")

        // P: the program sees the name it was started by, and its arguments as given.
        let named = try runProcess("./myname", ["one", "two words", ""], cwd: dir.path)
        XCTAssertEqual(named.out, "argc = 4\nargv[0] = \"./myname\"\nargv[1] = \"one\"\nargv[2] = \"two words\"\nargv[3] = \"\"\nXRUN_SAMPLE = (unset)\n",
                       named.summary)
        let renamed = try runProcess(dir.file("args"), ["x"], argv0: "custom-name", cwd: dir.path)
        XCTAssertTrue(renamed.out.contains("argv[0] = \"custom-name\"\n"), renamed.summary)

        // A busybox applet through a symlink named after it; its shell execs foreign
        // programs through the kernel again.
        let busybox = try guestBusybox()
        symlink(busybox, dir.file("basename"))
        symlink(busybox, dir.file("sh"))
        let applet = try runProcess("./basename", ["/a/b/leaf"], cwd: dir.path)
        XCTAssertEqual(applet.out, "leaf\n", applet.summary)
        let shell = try runProcess("./sh", ["-c", "./hello && ./myname via-sh | grep argv && exec ./basename /x/done"], cwd: dir.path)
        XCTAssertEqual(shell.out, "Hello from AArch64!\nargv[0] = \"./myname\"\nargv[1] = \"via-sh\"\ndone\n", shell.summary)
        XCTAssertEqual(shell.termination, .exited(0), shell.summary)
        _ = xrun
    }

    func testCredentialRunsExecuteOnlyProgramsFromTheKernelsDescriptor() throws {
        let setpriv = try TestEnv.requireTool("setpriv", package: "util-linux")
        _ = try install(credential: true)
        let dir = try ScratchDir("binfmt-credential")
        chmod(dir.path, 0o755)
        try dir.write("xonly", try bytes(TestEnv.path("samples/aarch64/args")), mode: 0o711)
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "./xonly", "a"]

        let r = try runProcess(setpriv, asNobody, cwd: dir.path)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertEqual(r.out, "argc = 2\nargv[0] = \"./xonly\"\nargv[1] = \"a\"\nXRUN_SAMPLE = (unset)\n", r.summary)

        // The guest's /proc/self/exe names the binary the kernel opened.
        let busybox = try guestBusybox()
        symlink(busybox, dir.file("readlink"))
        let exe = try runProcess(dir.file("readlink"), ["/proc/self/exe"], cwd: dir.path)
        XCTAssertEqual(exe.out, URL(fileURLWithPath: busybox).resolvingSymlinksInPath().path + "\n", exe.summary)

        // C: a setuid-root program runs as root, the guest is told (AT_SECURE), and the
        // caller's XRUN_* settings (here XRUN_STRACE) no longer apply.
        let creds = try CompileCache.build(TestEnv.path("Tests/Fixtures/binfmt/credentials.c"), .guestStatic)
        try dir.write("suid", try bytes(creds), mode: 0o755)
        chown(dir.file("suid"), 0, 0)
        chmod(dir.file("suid"), 0o4755)
        var env = TestEnv.baseEnvironment
        env["XRUN_STRACE"] = "1"
        let suid = try runProcess(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "./suid"],
                                  env: env, cwd: dir.path)
        XCTAssertEqual(suid.out, "uid=65534 euid=0 secure=1\n", suid.summary)
        XCTAssertEqual(suid.err, "", suid.summary)
        let plain = try runProcess(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups", "--", "./xonly"],
                                   env: env, cwd: dir.path)
        XCTAssertTrue(plain.err.contains("write(1, "), "XRUN_STRACE applies without setuid\n\(plain.summary)")

        // Without O the unprivileged xrun cannot read the file: the descriptor is what made it work.
        _ = try install(credential: false)
        let denied = try runProcess(setpriv, asNobody, cwd: dir.path)
        XCTAssertEqual(denied.termination, .exited(126), denied.summary)
        XCTAssertTrue(denied.err.hasPrefix("xrun: ./xonly: Permission denied"), denied.summary)
    }

    func testChrootOfDebianPackagesRunsWithTheStaticXrunOutside() throws {
        let chroot = try TestEnv.requireTool("/usr/sbin/chroot", package: "coreutils")
        let gcc = try TestEnv.requireTool("aarch64-linux-gnu-gcc", package: "gcc-aarch64-linux-gnu and libc6-dev-arm64-cross")
        let root = try chrootCopy(of: .arm64, label: "binfmt-chroot")
        symlink("busybox", root.file("bin/sh"))
        try root.write("bin/args", try bytes(TestEnv.path("samples/aarch64/args")), mode: 0o755)
        let cc = try runProcess(gcc, ["-O2", "-o", root.file("bin/hello-dyn"), TestEnv.path("samples/hello.c")])
        guard cc.termination == .exited(0) else { throw TestFailure("compiling hello-dyn failed\n\(cc.summary)") }
        // A decoy: xrun must take the chroot's own /lib/ld-linux-aarch64.so.1, never fall
        // back to the Debian cross sysroot's path for it.
        try root.write("usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1", "not a dynamic loader\n", mode: 0o755)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.file("proc/self")), "the chroot has no /proc")

        let interpreter = try install(credential: false)
        XCTAssertFalse(interpreter.hasPrefix(root.path))

        let script = """
            hello-dyn
            args one 'two words'
            busybox readlink /proc/self/exe
            ln -s busybox /bin/basename
            basename /x/y/leaf
            echo applet | busybox tr a-z A-Z
            exec args last
            """
        let r = try runProcess(chroot, [root.path, "/bin/sh", "-c", script])
        XCTAssertEqual(r.out, """
            Hello from AArch64!
            argc = 3
            argv[0] = "args"
            argv[1] = "one"
            argv[2] = "two words"
            XRUN_SAMPLE = (unset)
            /bin/busybox
            leaf
            APPLET
            argc = 2
            argv[0] = "args"
            argv[1] = "last"
            XRUN_SAMPLE = (unset)

            """, r.summary)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertEqual(r.err, "", r.summary)

        var env = TestEnv.baseEnvironment
        env["XRUN_STRACE"] = "1"
        let traced = try runProcess(chroot, [root.path, "/bin/hello-dyn"], env: env)
        XCTAssertEqual(traced.out, "Hello from AArch64!\n", traced.summary)
        XCTAssertTrue(traced.err.contains("libc.so.6"), "not run by xrun, or no libc loaded\n\(traced.summary)")
    }

    /// The same with Debian trixie's riscv64 packages (merged /usr): the chroot's own
    /// /bin/sh (dash), dynamically linked coreutils loaded by the chroot's own
    /// /lib/ld-linux-riscv64-lp64d.so.1, that loader run as a program, and a #! script.
    func testRISCV64ChrootOfDebianPackagesRunsItsShellLoaderAndCoreutils() throws {
        let chroot = try TestEnv.requireTool("/usr/sbin/chroot", package: "coreutils")
        let root = try chrootCopy(of: .riscv64, label: "binfmt-chroot-riscv64")
        // A decoy as in the arm64 chroot: the loader must be the chroot's own.
        try root.write("usr/riscv64-linux-gnu/lib/ld-linux-riscv64-lp64d.so.1", "not a dynamic loader\n", mode: 0o755)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.file("proc/self")), "the chroot has no /proc")

        let interpreter = try install(credential: false)
        XCTAssertFalse(interpreter.hasPrefix(root.path))

        let script = """
            set -e
            readlink /bin/sh
            uname -m
            readlink /proc/self/exe
            /lib/ld-linux-riscv64-lp64d.so.1 /usr/bin/basename /x/y/leaf
            /lib/ld-linux-riscv64-lp64d.so.1 --list /usr/bin/true | while read -r lib arrow path address; do
                case $lib in libc.so.6) echo "$lib $arrow $path" ;; esac
            done
            mkdir /tmp
            printf '#!/bin/sh\\necho "script $0: $1"\\n' >/tmp/script
            chmod +x /tmp/script
            /tmp/script arg
            seq 3 | sha256sum
            echo dash | tr a-z A-Z
            exec env echo last
            """
        var env = TestEnv.baseEnvironment
        env["PATH"] = "/usr/bin:/bin"
        let r = try runProcess(chroot, [root.path, "/bin/sh", "-c", script], env: env)
        XCTAssertEqual(r.out, """
            dash
            riscv64
            /usr/bin/readlink
            leaf
            libc.so.6 => /lib/riscv64-linux-gnu/libc.so.6
            script /tmp/script: arg
            14c5e74c4b96ccef41cd94db73a9ec3348038ac094feca4fd897cecffa07cdae  -
            DASH
            last

            """, r.summary)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertEqual(r.err, "", r.summary)

        env["XRUN_STRACE"] = "1"
        let traced = try runProcess(chroot, [root.path, "/usr/bin/ls", "/usr/bin/dash"], env: env)
        XCTAssertEqual(traced.out, "/usr/bin/dash\n", traced.summary)
        XCTAssertTrue(traced.err.contains("libc.so.6"), "not run by xrun, or no libc loaded\n\(traced.summary)")
        XCTAssertEqual(traced.termination, .exited(0), traced.summary)
    }

    // MARK: support

    private struct Entry {
        let name: String, magic: [UInt8], mask: [UInt8], interpreter: String, flags: String
        func matches(_ header: [UInt8]) -> Bool {
            header.count >= magic.count && (0..<magic.count).allSatisfy { header[$0] & mask[$0] == magic[$0] }
        }
    }

    /// `:name:M::magic:mask:interpreter:flags` with \xHH escapes.
    private func parseEntry(_ line: String) throws -> Entry {
        let f = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 8, f[0].isEmpty, f[2] == "M", f[3].isEmpty else { throw TestFailure("bad binfmt line: \(line)") }
        func unescape(_ s: String) throws -> [UInt8] {
            let parts = s.components(separatedBy: "\\x")
            guard parts.first == "", parts.count == 21 else { throw TestFailure("expected 20 \\xHH bytes: \(s)") }
            return try parts.dropFirst().map {
                guard $0.count == 2, let b = UInt8($0, radix: 16) else { throw TestFailure("bad byte \($0) in \(s)") }
                return b
            }
        }
        return Entry(name: f[1], magic: try unescape(f[4]), mask: try unescape(f[5]), interpreter: f[6], flags: f[7])
    }

    private func header(_ path: String) throws -> [UInt8] { Array(try bytes(path).prefix(20)) }

    func bytes(_ path: String) throws -> [UInt8] {
        guard let d = FileManager.default.contents(atPath: path) else { throw TestFailure("cannot read \(path)") }
        return Array(d)
    }

    private func xrunPath() throws -> String {
        let e = try Emulator.get()
        try e.requireXrun("binfmt_misc registration is xrun's")
        return e.path
    }

    private func binfmtEntries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Self.binfmtDir)) ?? []).sorted()
    }

    private func xrunEntries() -> [String] { binfmtEntries().filter { $0.hasPrefix("xrun-") } }

    func requireRootAndBinfmt() throws {
        if geteuid() != 0 {
            throw XCTSkip("binfmt_misc registrations need root (these tests run as uid \(geteuid()))")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: Self.binfmtDir, isDirectory: &isDir), isDir.boolValue else {
            throw XCTSkip("binfmt_misc is not available: \(Self.binfmtDir) does not exist")
        }
    }

    /// Registers the static xrun (flags PF, or POCF with `credential`), replacing an
    /// earlier registration of this test; the teardown removes it. Returns the interpreter.
    @discardableResult
    private func install(credential: Bool) throws -> String {
        let xrun = try xrunPath()
        try requireRootAndBinfmt()
        let interpreter = try StaticXrun.path()
        if lockFD < 0 {
            lockFD = open(Self.lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard lockFD >= 0, flock(lockFD, LOCK_EX) == 0 else { throw TestFailure("cannot lock \(Self.lockPath)") }
            addTeardownBlock { [self] in self.uninstall(xrun) }
        }
        let r = try runProcess(xrun, ["--install-binfmt", "--interpreter", interpreter] + (credential ? ["--credential"] : []),
                               timeout: 30)
        let flags = credential ? "POCF" : "PF"
        if r.termination != .exited(0)
            && ["binfmt_misc is not available", "Operation not permitted"].contains(where: r.err.contains) {
            throw XCTSkip("binfmt_misc cannot be used here: \(r.err)")
        }
        guard r.termination == .exited(0) else { throw TestFailure("--install-binfmt failed\n\(r.summary)") }
        let real = URL(fileURLWithPath: interpreter).resolvingSymlinksInPath().path
        XCTAssertEqual(r.out, "registered xrun-aarch64, xrun-riscv64 (flags \(flags)) with interpreter \(real) (given with --interpreter, statically linked)\n",
                       r.summary)
        for name in ["xrun-aarch64", "xrun-riscv64"] {
            let status = (try? String(contentsOfFile: Self.binfmtDir + "/" + name, encoding: .utf8)) ?? ""
            XCTAssertTrue(status.hasPrefix("enabled\ninterpreter \(real)\nflags: \(flags)\n"), "\(name): \(status)")
        }
        return real
    }

    private func uninstall(_ xrun: String) {
        defer {
            if lockFD >= 0 { close(lockFD); lockFD = -1 }
        }
        let r = try? runProcess(xrun, ["--uninstall-binfmt"], timeout: 30)
        XCTAssertEqual(r?.termination, .exited(0), r?.summary ?? "--uninstall-binfmt did not run")
        let left = xrunEntries()
        XCTAssertEqual(left, [], "binfmt_misc entries left behind")
        for name in left {   // never leave one behind, whatever went wrong
            let fd = open(Self.binfmtDir + "/" + name, O_WRONLY)
            if fd >= 0 { _ = write(fd, "-1", 2); close(fd) }
        }
    }

    private func guestBusybox() throws -> String {
        try debianRoot(.arm64) + "/bin/busybox"
    }

    /// A root filesystem unpacked from Debian's packages under .build-debian by
    /// tools/fetch-debian-packages (which tools/test runs), fetched when missing.
    struct DebianRoot {
        let tree: String, needed: [String], fetch: [String]
        /// The system release's arm64 libc6 and busybox-static.
        static let arm64 = DebianRoot(tree: "arm64",
                                      needed: ["bin/busybox", "lib/ld-linux-aarch64.so.1", "lib/aarch64-linux-gnu/libc.so.6"],
                                      fetch: ["arm64", "libc6", "busybox-static"])
        /// trixie's riscv64 dash and coreutils with their dependency closure (libc6, ...),
        /// the sysroot DebianPackageTests also uses.
        static let riscv64 = DebianRoot(tree: "trixie-riscv64",
                                        needed: ["bin/sh", "usr/bin/dash", "usr/bin/seq", "lib/ld-linux-riscv64-lp64d.so.1",
                                                 "usr/lib/riscv64-linux-gnu/libc.so.6"],
                                        fetch: ["--suite", "trixie", "--with-deps", "riscv64", "dash", "coreutils"])
    }

    func debianRoot(_ d: DebianRoot) throws -> String {
        let root = TestEnv.path(".build-debian/\(d.tree)/root")
        func complete() -> Bool { d.needed.allSatisfy { FileManager.default.fileExists(atPath: root + "/" + $0) } }
        if !complete() {
            // busybox-static's check against the host's version may fail; only the files matter here.
            let r = try runProcess(TestEnv.path("tools/fetch-debian-packages"), d.fetch,
                                   env: ProcessInfo.processInfo.environment, timeout: 600)
            if !complete() {
                let command = "tools/fetch-debian-packages " + d.fetch.joined(separator: " ")
                try TestEnv.missing("Debian's packages are missing from \(root): run \(command) (needs the Debian mirror)\n\(r.summary)")
            }
        }
        return root
    }

    /// A scratch copy of a Debian root to chroot into (tests change it).
    func chrootCopy(of d: DebianRoot, label: String) throws -> ScratchDir {
        let packages = try debianRoot(d)
        let root = try ScratchDir(label)
        let copy = try runProcess("/bin/cp", ["-a", packages + "/.", root.path])
        guard copy.termination == .exited(0) else { throw TestFailure("copying \(packages) failed\n\(copy.summary)") }
        return root
    }
}

/// The fully static xrun binfmt_misc's F flag needs in a chroot, built once per test
/// process with tools/build-static (incremental, so it matches the sources under test).
enum StaticXrun {
    private static let built: Result<String, TestFailure> = {
        let r: RunResult
        do {
            r = try runProcess(TestEnv.path("tools/build-static"), [], env: ProcessInfo.processInfo.environment, timeout: 1800)
        } catch {
            return .failure(TestFailure("tools/build-static: \(error)"))
        }
        let p = TestEnv.path(".build-static/release/xrun")
        guard r.termination == .exited(0), FileManager.default.isExecutableFile(atPath: p) else {
            return .failure(TestFailure("tools/build-static failed\n\(r.summary)"))
        }
        return .success(p)
    }()

    static func path() throws -> String { try built.get() }
}
