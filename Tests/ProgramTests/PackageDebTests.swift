import Foundation
import XCTest

/// The Debian packages `tools/package-deb` builds: their contents and lintian's verdict;
/// as root with binfmt_misc, `dpkg -i` of xrun into this very system, foreign programs
/// (static AArch64 and RISC-V 64 builds of Tests/Programs) and a foreign chroot's shell
/// run through the entries its postinst registered, then `dpkg -r` and `dpkg --purge`
/// leave no registration and no file behind; and xrun-qemu-compat installed into a
/// scratch root (`dpkg --root`, beside a stand-in qemu-user) diverts qemu-user's
/// qemu-aarch64 and gives it back on removal.
///
/// The compat package is not installed into the real system: its diversion would make
/// /usr/bin/qemu-aarch64 xrun for every process on the machine while it is installed,
/// and qemu-user is the reference of other tests that may be running.
///
/// Installing registers machine-wide, so that test takes BinfmtTests' lock file and
/// requires that xrun is not installed already and no xrun-* entry exists; its teardown
/// purges the packages and removes any xrun-* entry whose interpreter is /usr/bin/xrun
/// whatever happened, and checks that the qemu packages are as they were.
final class PackageDebTests: XCTestCase {
    static let binfmtDir = "/proc/sys/fs/binfmt_misc"
    /// dpkg wants the sbin directories on PATH (ldconfig, start-stop-daemon), and the
    /// maintainer scripts run with this PATH.
    static let dpkgEnv = TestEnv.baseEnvironment.merging(["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]) { $1 }

    // MARK: contents and lintian

    func testPackagesHoldWhatTheyPromiseAndLintianFindsNoErrors() throws {
        let debs = try Debs.get()
        let version = try upstreamVersion()

        let fields = try controlFields(debs.xrun)
        XCTAssertEqual(fields["Package"], "xrun")
        XCTAssertEqual(fields["Version"], version + "-1")
        XCTAssertEqual(fields["Architecture"], "amd64")
        XCTAssertEqual(fields["Section"], "otherosfs")
        XCTAssertEqual(fields["Priority"], "optional")
        XCTAssertNil(fields["Depends"], "a static binary depends on nothing")
        XCTAssertNotNil(fields["Maintainer"])
        XCTAssertGreaterThan(Int(fields["Installed-Size"] ?? "") ?? 0, 1000)
        XCTAssertTrue(debs.xrun.hasSuffix("/xrun_\(version)-1_amd64.deb"), debs.xrun)

        let files = try contents(debs.xrun)
        for path in ["usr/bin/xrun", "usr/lib/binfmt.d/xrun.conf", "usr/share/binfmts/xrun-aarch64",
                     "usr/share/binfmts/xrun-riscv64", "usr/share/man/man1/xrun.1.gz",
                     "usr/share/bash-completion/completions/xrun", "usr/share/doc/xrun/copyright",
                     "usr/share/doc/xrun/changelog.Debian.gz"] {
            XCTAssertNotNil(files[path], "\(path) missing from \(debs.xrun): \(files.keys.sorted())")
        }
        XCTAssertEqual(files["usr/bin/xrun"]?.mode, "-rwxr-xr-x")

        // The packaged binary: static, this version, and its registrations are the ones
        // `--print-binfmt` gives for /usr/bin/xrun, flags PF (F: found from chroots).
        let tree = try ScratchDir("deb-contents")
        let x = try runProcess("/usr/bin/dpkg-deb", ["-x", debs.xrun, tree.path])
        XCTAssertEqual(x.termination, .exited(0), x.summary)
        let xrun = tree.file("usr/bin/xrun")
        let file = try runProcess("/usr/bin/file", ["-b", xrun])
        XCTAssertTrue(file.out.contains("statically linked") || file.out.contains("static-pie linked"), file.summary)
        XCTAssertTrue(file.out.contains("stripped") && !file.out.contains("not stripped"), file.summary)
        let v = try runProcess(xrun, ["-version"])
        XCTAssertTrue(v.out.hasPrefix("xrun \(version) "), v.summary)
        let printed = try runProcess(xrun, ["--print-binfmt", "--interpreter", "/usr/bin/xrun"])
        let lines = printed.out.split(separator: "\n").filter { $0.hasPrefix(":") }.map(String.init)
        XCTAssertEqual(lines.map { $0.split(separator: ":", omittingEmptySubsequences: false)[1] },
                       ["xrun-aarch64", "xrun-riscv64"], printed.summary)
        let conf = try String(contentsOfFile: tree.file("usr/lib/binfmt.d/xrun.conf"), encoding: .utf8)
        XCTAssertEqual(conf.split(separator: "\n").filter { $0.hasPrefix(":") }.map(String.init), lines)
        XCTAssertTrue(lines.allSatisfy { $0.hasSuffix(":/usr/bin/xrun:PF") }, conf)

        // update-binfmts' import format, the same magic and mask.
        for line in lines {
            let f = line.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            let imported = try String(contentsOfFile: tree.file("usr/share/binfmts/" + f[1]), encoding: .utf8)
            XCTAssertEqual(imported, """
                package xrun
                interpreter /usr/bin/xrun
                magic \(f[4])
                offset 0
                mask \(f[5])
                credentials no
                preserve yes
                fix_binary yes

                """)
        }

        // The man page says what `-h` says: every option it lists is there.
        let man = try runProcess("/bin/sh", ["-c", "gzip -dc '\(tree.file("usr/share/man/man1/xrun.1.gz"))'"])
        XCTAssertTrue(man.out.hasPrefix(".TH XRUN 1 "), man.summary)
        let help = try runProcess(xrun, ["-h"]).out
        // The option column of "  -L path    text" lines (up to the first two spaces).
        let options = Set(help.split(separator: "\n").filter { $0.hasPrefix("  -") }
            .map { $0.dropFirst(2).components(separatedBy: "  ")[0] }
            .flatMap { $0.split(separator: " ").filter { $0.hasPrefix("-") || $0.hasPrefix("[-") } }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",[]")) })
        XCTAssertGreaterThan(options.count, 8, help)
        for o in options {
            XCTAssertTrue(man.out.contains("\\fB" + o.replacingOccurrences(of: "-", with: "\\-") + "\\fR"),
                          "option \(o) missing from the man page")
        }
        let rendered = try runProcess("/usr/bin/man", ["--warnings", "-l", "-Tutf8", tree.file("usr/share/man/man1/xrun.1.gz")],
                                      env: TestEnv.baseEnvironment.merging(["MANWIDTH": "80"]) { $1 })
        XCTAssertEqual(rendered.termination, .exited(0), rendered.summary)
        XCTAssertEqual(rendered.err, "", "groff warnings\n\(rendered.summary)")

        // bash completion offers options read from the installed xrun's help.
        let completion = try runProcess("/bin/bash", ["-c", """
            . '\(tree.file("usr/share/bash-completion/completions/xrun"))'
            COMP_WORDS=('\(xrun)' -st); COMP_CWORD=1; _xrun; echo "${COMPREPLY[*]}"
            COMP_WORDS=('\(xrun)' -d in_asm,o); COMP_CWORD=2; _xrun; echo "${COMPREPLY[*]}"
            """])
        XCTAssertEqual(completion.out, "-strace\nin_asm,op\n", completion.summary)

        let compat = try controlFields(debs.compat)
        XCTAssertEqual(compat["Package"], "xrun-qemu-compat")
        XCTAssertEqual(compat["Version"], version + "-1")
        XCTAssertEqual(compat["Depends"], "xrun (= \(version)-1)")
        XCTAssertEqual(compat["Conflicts"], "qemu-user-static, qemu-user-binfmt")
        XCTAssertEqual(compat["Replaces"], "qemu-user-static, qemu-user-binfmt")
        let links = try contents(debs.compat)
        for name in ["qemu-aarch64", "qemu-aarch64-static", "qemu-riscv64", "qemu-riscv64-static", "xrun-aarch64", "xrun-riscv64"] {
            XCTAssertEqual(links["usr/bin/" + name]?.target, "xrun", "usr/bin/\(name)")
            XCTAssertEqual(links["usr/share/man/man1/\(name).1.gz"]?.target, "xrun.1.gz", name)
        }

        let lintian = try TestEnv.requireTool("lintian", package: "lintian")
        let l = try runProcess(lintian, ["--fail-on", "error", debs.xrun, debs.compat], timeout: 600)
        let errors = l.out.split(separator: "\n").filter { $0.hasPrefix("E:") }
        XCTAssertEqual(errors, [], l.summary)
        XCTAssertEqual(l.termination, .exited(0), l.summary)
    }

    // MARK: installed into this system

    func testInstalledPackageRunsForeignProgramsAndAChrootAndLeavesNothingWhenPurged() throws {
        let dpkg = "/usr/bin/dpkg"
        try requireRootAndBinfmt()
        let debs = try Debs.get()
        let chroot = try TestEnv.requireTool("/usr/sbin/chroot", package: "coreutils")
        let guest = try CompileCache.build("envargs", .guestStatic)
        let riscv = try CompileCache.build("envargs", .riscvStatic)
        let host = try CompileCache.build("envargs", .host)
        let rootfs = try arm64Root()

        try lockBinfmt()
        guard packageStatus("xrun") == nil, packageStatus("xrun-qemu-compat") == nil else {
            throw XCTSkip("xrun is installed on this system already (dpkg): this test does not touch it")
        }
        guard xrunEntries().isEmpty else {
            throw XCTSkip("binfmt_misc has xrun entries already (\(xrunEntries())): this test does not touch them")
        }
        let qemuBefore = qemuPackages()
        addTeardownBlock { [self] in
            // Whatever happened: no package, no entry of /usr/bin/xrun, qemu as it was.
            if packageStatus("xrun-qemu-compat") != nil || packageStatus("xrun") != nil {
                _ = try? runProcess(dpkg, ["--purge", "xrun-qemu-compat", "xrun"], env: Self.dpkgEnv, timeout: 300)
            }
            for name in xrunEntries() where entryStatus(name).contains("interpreter /usr/bin/xrun\n") {
                let fd = open(Self.binfmtDir + "/" + name, O_WRONLY)
                if fd >= 0 { _ = write(fd, "-1", 2); close(fd) }
            }
            XCTAssertEqual(qemuPackages(), qemuBefore, "the qemu packages changed")
        }

        let install = try runProcess(dpkg, ["-i", debs.xrun], env: Self.dpkgEnv, timeout: 300)
        XCTAssertEqual(install.termination, .exited(0), install.summary)
        XCTAssertEqual(packageStatus("xrun"), "install ok installed")
        for name in ["xrun-aarch64", "xrun-riscv64"] {
            XCTAssertTrue(entryStatus(name).hasPrefix("enabled\ninterpreter /usr/bin/xrun\nflags: PF\n"),
                          "\(name): \(entryStatus(name))")
        }

        // Foreign programs run like native ones: same output and exit status as the host build.
        let dir = try ScratchDir("deb-installed")
        for (name, binary) in [("host", host), ("aarch64", guest), ("riscv64", riscv)] {
            try dir.write("\(name)/envargs", try bytes(binary), mode: 0o755)
        }
        let args = ["one", "two words", ""]
        let expected = try runProcess(dir.file("host/envargs"), args)
        XCTAssertEqual(expected.termination, .exited(5), expected.summary)
        for isa in ["aarch64", "riscv64"] {
            let r = try runProcess(dir.file("\(isa)/envargs"), args)
            XCTAssertEqual(r.out, expected.out, "\(isa)\n\(r.summary)")
            XCTAssertEqual(r.termination, .exited(5), r.summary)
            var env = TestEnv.baseEnvironment
            env["XRUN_STRACE"] = "1"
            let traced = try runProcess(dir.file("\(isa)/envargs"), args, env: env)
            XCTAssertTrue(traced.err.contains("write(1, "), "not run by xrun (XRUN_STRACE=1 printed no system calls)\n\(traced.summary)")
        }

        // A foreign chroot (Debian's arm64 libc6 and busybox-static): its shell, applets
        // and a dynamic program, all through the registration (no xrun inside).
        let root = try ScratchDir("deb-chroot")
        let copy = try runProcess("/bin/cp", ["-a", rootfs + "/.", root.path])
        XCTAssertEqual(copy.termination, .exited(0), copy.summary)
        symlink("busybox", root.file("bin/sh"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.file("usr/bin/xrun")))
        let shell = try runProcess(chroot, [root.path, "/bin/sh", "-c",
                                            "busybox uname -m; echo through the shell | busybox tr a-z A-Z; exec busybox basename /x/y/leaf"])
        XCTAssertEqual(shell.out, "aarch64\nTHROUGH THE SHELL\nleaf\n", shell.summary)
        XCTAssertEqual(shell.termination, .exited(0), shell.summary)
        var env = TestEnv.baseEnvironment
        env["XRUN_STRACE"] = "1"
        let traced = try runProcess(chroot, [root.path, "/bin/sh", "-c", "exit 3"], env: env)
        XCTAssertEqual(traced.termination, .exited(3), traced.summary)
        XCTAssertTrue(traced.err.contains("exit_group(3"), "not run by xrun\n\(traced.summary)")

        // Removal takes the registrations away before the binary; purge leaves nothing.
        let listed = try contents(debs.xrun)
        let remove = try runProcess(dpkg, ["-r", "xrun"], env: Self.dpkgEnv, timeout: 300)
        XCTAssertEqual(remove.termination, .exited(0), remove.summary)
        XCTAssertEqual(xrunEntries(), [], "binfmt_misc entries left after dpkg -r")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/usr/bin/xrun"))
        let purge = try runProcess(dpkg, ["--purge", "xrun"], env: Self.dpkgEnv, timeout: 300)
        XCTAssertEqual(purge.termination, .exited(0), purge.summary)
        XCTAssertNil(packageStatus("xrun"), "dpkg still knows xrun")
        XCTAssertEqual(xrunEntries(), [], "binfmt_misc entries left after dpkg --purge")
        for (path, entry) in listed where entry.mode.first != "d" {
            XCTAssertFalse(FileManager.default.fileExists(atPath: "/" + path), "/\(path) left behind")
        }
        for path in ["/usr/share/doc/xrun", "/var/lib/dpkg/info/xrun.list", "/var/lib/dpkg/info/xrun.postinst",
                     "/var/lib/binfmts/xrun-aarch64", "/var/lib/binfmts/xrun-riscv64"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: path), "\(path) left behind")
        }
    }

    // MARK: xrun-qemu-compat, in a scratch root

    func testQemuCompatDivertsQemuUsersEmulatorsWhileInstalled() throws {
        guard geteuid() == 0 else { throw XCTSkip("dpkg --root needs root (these tests run as uid \(geteuid()))") }
        let debs = try Debs.get()
        let root = try ScratchDir("deb-root")
        for d in ["var/lib/dpkg/info", "var/lib/dpkg/updates"] {
            try FileManager.default.createDirectory(atPath: root.file(d), withIntermediateDirectories: true)
        }
        try root.write("var/lib/dpkg/status", "")

        // A stand-in for qemu-user: its qemu-aarch64, qemu-riscv64 and a man page.
        let fake = try ScratchDir("deb-fake-qemu-user")
        try fake.write("tree/DEBIAN/control", """
            Package: qemu-user
            Version: 1:0-test
            Architecture: amd64
            Maintainer: xrun tests <tests@invalid>
            Description: stand-in for qemu-user in a scratch root

            """)
        for name in ["qemu-aarch64", "qemu-riscv64"] {
            try fake.write("tree/usr/bin/" + name, "#!/bin/sh\necho qemu-user's \(name)\n", mode: 0o755)
            try fake.write("tree/usr/share/man/man1/\(name).1.gz", "not really gzip: \(name)\n")
        }
        let build = try runProcess("/usr/bin/dpkg-deb", ["--root-owner-group", "--build", fake.file("tree"), fake.file("qemu-user.deb")])
        XCTAssertEqual(build.termination, .exited(0), build.summary)

        // Maintainer scripts run outside the root with DPKG_ROOT set (as mmdebstrap does):
        // xrun's postinst registers nothing then; the compat preinst diverts in that root.
        let dpkg = ["--root=" + root.path, "--force-script-chrootless", "--log=/dev/null"]
        let before = binfmtEntries()
        let i = try runProcess("/usr/bin/dpkg", dpkg + ["-i", fake.file("qemu-user.deb"), debs.xrun], env: Self.dpkgEnv, timeout: 300)
        XCTAssertEqual(i.termination, .exited(0), i.summary)
        XCTAssertEqual(binfmtEntries(), before, "installing into another root registered something")
        let c = try runProcess("/usr/bin/dpkg", dpkg + ["-i", debs.compat], env: Self.dpkgEnv, timeout: 300)
        XCTAssertEqual(c.termination, .exited(0), c.summary)

        let fm = FileManager.default
        for name in ["qemu-aarch64", "qemu-riscv64"] {
            XCTAssertEqual(try? fm.destinationOfSymbolicLink(atPath: root.file("usr/bin/" + name)), "xrun")
            XCTAssertEqual(try? String(contentsOfFile: root.file("usr/bin/\(name).qemu-user"), encoding: .utf8),
                           "#!/bin/sh\necho qemu-user's \(name)\n")
            XCTAssertEqual(try? fm.destinationOfSymbolicLink(atPath: root.file("usr/share/man/man1/\(name).1.gz")), "xrun.1.gz")
            XCTAssertTrue(fm.fileExists(atPath: root.file("usr/share/man/man1/\(name).qemu-user.1.gz")))
        }
        let diversions = try runProcess("/usr/bin/dpkg-divert", ["--root=" + root.path, "--list"], env: Self.dpkgEnv)
        XCTAssertEqual(diversions.out.split(separator: "\n").filter { $0.hasSuffix(" by xrun-qemu-compat") }.count, 4,
                       diversions.summary)
        let hello = try runProcess(root.file("usr/bin/qemu-aarch64"), [TestEnv.path("samples/aarch64/hello")])
        XCTAssertEqual(hello.out, "Hello from AArch64!\n", hello.summary)

        let r = try runProcess("/usr/bin/dpkg", dpkg + ["-r", "xrun-qemu-compat"], env: Self.dpkgEnv, timeout: 300)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        for name in ["qemu-aarch64", "qemu-riscv64"] {
            XCTAssertEqual(try? String(contentsOfFile: root.file("usr/bin/" + name), encoding: .utf8),
                           "#!/bin/sh\necho qemu-user's \(name)\n", "qemu-user's \(name) not given back")
            XCTAssertFalse(fm.fileExists(atPath: root.file("usr/bin/\(name).qemu-user")))
            XCTAssertEqual(try? String(contentsOfFile: root.file("usr/share/man/man1/\(name).1.gz"), encoding: .utf8),
                           "not really gzip: \(name)\n")
        }
        let after = try runProcess("/usr/bin/dpkg-divert", ["--root=" + root.path, "--list"], env: Self.dpkgEnv)
        XCTAssertEqual(after.out, "", after.summary)
        for name in ["qemu-aarch64-static", "xrun-aarch64"] {
            XCTAssertFalse(fm.fileExists(atPath: root.file("usr/bin/" + name)), name)
        }
    }

    // MARK: support

    /// Both packages, built once per test process by tools/package-deb from the static
    /// xrun tools/build-static makes (StaticXrun, shared with BinfmtTests).
    private enum Debs {
        struct Paths { let xrun: String, compat: String }
        static let built: Result<Paths, TestFailure> = {
            do {
                // In the repository's git-ignored build area, rebuilt in place by every run.
                let keep = TestEnv.path(".build-deb-tests")
                let r = try runProcess(TestEnv.path("tools/package-deb"),
                                       ["--output-dir", keep, "--xrun", try StaticXrun.path()],
                                       env: ProcessInfo.processInfo.environment, timeout: 600)
                let lines = r.out.split(separator: "\n").map(String.init)
                guard r.termination == .exited(0), lines.count == 2 else {
                    return .failure(TestFailure("tools/package-deb failed\n\(r.summary)"))
                }
                return .success(Paths(xrun: lines[0], compat: lines[1]))
            } catch let e as TestFailure {
                return .failure(e)
            } catch {
                return .failure(TestFailure("tools/package-deb: \(error)"))
            }
        }()
        static func get() throws -> Paths { try built.get() }
    }

    private struct Entry { let mode: String, target: String? }

    /// path (without "./") -> mode string and symlink target, from `dpkg-deb -c`.
    private func contents(_ deb: String) throws -> [String: Entry] {
        let r = try runProcess("/usr/bin/dpkg-deb", ["-c", deb])
        guard r.termination == .exited(0) else { throw TestFailure("dpkg-deb -c failed\n\(r.summary)") }
        var out: [String: Entry] = [:]
        for line in r.out.split(separator: "\n") {
            let f = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            guard f.count == 6 else { continue }
            let parts = String(f[5]).components(separatedBy: " -> ")
            var path = parts[0]
            if path.hasPrefix("./") { path.removeFirst(2) }
            if path.hasSuffix("/") { path.removeLast() }
            if path.isEmpty { continue }
            out[path] = Entry(mode: String(f[0]), target: parts.count > 1 ? parts[1] : nil)
        }
        return out
    }

    private func controlFields(_ deb: String) throws -> [String: String] {
        let r = try runProcess("/usr/bin/dpkg-deb", ["-f", deb])
        guard r.termination == .exited(0) else { throw TestFailure("dpkg-deb -f failed\n\(r.summary)") }
        var fields: [String: String] = [:]
        for line in r.out.split(separator: "\n") where !line.hasPrefix(" ") {
            let kv = line.split(separator: ":", maxSplits: 1)
            if kv.count == 2 { fields[String(kv[0])] = kv[1].trimmingCharacters(in: .whitespaces) }
        }
        return fields
    }

    /// XrunMain.version, as the packaging reads it.
    private func upstreamVersion() throws -> String {
        let source = try String(contentsOfFile: TestEnv.path("Sources/XrunCLI/Run.swift"), encoding: .utf8)
        guard let line = source.split(separator: "\n").first(where: { $0.contains("static let version") }),
              let value = line.split(separator: "\"").dropFirst().first else {
            throw TestFailure("no version in Sources/XrunCLI/Run.swift")
        }
        return String(value)
    }

    /// dpkg's "want ok status" of a package, nil when dpkg does not know it (or knows it
    /// only as not installed).
    private func packageStatus(_ name: String) -> String? {
        guard let r = try? runProcess("/usr/bin/dpkg-query", ["-W", "-f=${Status}", name]),
              r.termination == .exited(0), !r.out.hasSuffix("not-installed") else { return nil }
        return r.out
    }

    private func qemuPackages() -> String {
        (try? runProcess("/usr/bin/dpkg-query", ["-W", "-f=${Package} ${Version} ${Status}\n", "qemu*"]))?.out ?? "?"
    }

    private func bytes(_ path: String) throws -> [UInt8] {
        guard let d = FileManager.default.contents(atPath: path) else { throw TestFailure("cannot read \(path)") }
        return Array(d)
    }

    private func binfmtEntries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Self.binfmtDir)) ?? []).sorted()
    }

    private func xrunEntries() -> [String] { binfmtEntries().filter { $0.hasPrefix("xrun-") } }

    private func entryStatus(_ name: String) -> String {
        (try? String(contentsOfFile: Self.binfmtDir + "/" + name, encoding: .utf8)) ?? ""
    }

    /// The same checks as BinfmtTests': root, and binfmt_misc mounted and writable.
    private func requireRootAndBinfmt() throws {
        if geteuid() != 0 {
            throw XCTSkip("installing the package needs root (these tests run as uid \(geteuid()))")
        }
        guard access(Self.binfmtDir + "/register", W_OK) == 0 else {
            throw XCTSkip("binfmt_misc is not available: \(Self.binfmtDir)/register is missing or not writable")
        }
    }

    /// BinfmtTests' lock: test processes on one machine take turns registering.
    private func lockBinfmt() throws {
        let fd = open(BinfmtTests.lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0, flock(fd, LOCK_EX) == 0 else { throw TestFailure("cannot lock \(BinfmtTests.lockPath)") }
        addTeardownBlock { close(fd) }
    }

    /// Debian's arm64 libc6 and busybox-static, unpacked by tools/fetch-debian-packages
    /// (which tools/test runs); fetched when missing.
    private func arm64Root() throws -> String {
        let root = TestEnv.path(".build-debian/arm64/root")
        let needed = ["bin/busybox", "lib/ld-linux-aarch64.so.1"]
        func complete() -> Bool { needed.allSatisfy { FileManager.default.fileExists(atPath: root + "/" + $0) } }
        if !complete() {
            let r = try runProcess(TestEnv.path("tools/fetch-debian-packages"), ["arm64", "libc6", "busybox-static"],
                                   env: ProcessInfo.processInfo.environment, timeout: 600)
            if !complete() {
                try TestEnv.missing("Debian's arm64 packages are missing from \(root): run tools/fetch-debian-packages arm64 libc6 busybox-static\n\(r.summary)")
            }
        }
        return root
    }
}
