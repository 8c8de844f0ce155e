import Foundation
import XCTest

/// The two routes by which tools written for QEMU start xrun (issue: drop-in for
/// qemu-user): a binfmt_misc registration in qemu-binfmt-conf.sh's shape (named
/// qemu-aarch64, interpreter qemu-aarch64-static, flag F as `--persistent yes` gives),
/// and BuildKit's emulator mount (no registration: the emulator is copied into the
/// build root as /dev/.buildkit_qemu_emulator and runs `/bin/sh -c ...`; every execve of
/// another foreign program must come back to it). Both run a foreign chroot's shell.
extension BinfmtTests {
    /// qemu-binfmt-conf.sh's aarch64 magic and mask (the same bytes as xrun's own).
    static let qemuAArch64Line = ":qemu-aarch64:M::"
        + "\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00:"
        + "\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff:"

    func testQemuStyleRegistrationRunsAChrootThroughXrunByQemusName() throws {
        let chroot = try TestEnv.requireTool("/usr/sbin/chroot", package: "coreutils")
        try requireRootAndBinfmt()
        let lock = try lockBinfmt()
        defer { close(lock) }
        let entry = Self.binfmtDir + "/qemu-aarch64"
        if FileManager.default.fileExists(atPath: entry) {
            throw XCTSkip("this machine has its own qemu-aarch64 binfmt_misc entry; not replacing it")
        }
        let dir = try ScratchDir("qemu-binfmt")
        XCTAssertEqual(symlink(try StaticXrun.path(), dir.file("qemu-aarch64-static")), 0)
        try writeRegister(Self.qemuAArch64Line + dir.file("qemu-aarch64-static") + ":F")
        defer { removeEntry(entry) }

        let root = try chrootCopy(of: .arm64, label: "qemu-binfmt-chroot")
        symlink("busybox", root.file("bin/sh"))
        try root.write("bin/args", try bytes(TestEnv.path("samples/aarch64/args")), mode: 0o755)
        var env = TestEnv.baseEnvironment
        env["QEMU_STRACE"] = "1"
        let r = try runProcess(chroot, [root.path, "/bin/sh", "-c", "args one 'two words'; busybox uname -m; echo done"],
                               env: env)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertTrue(r.out.contains("argv[1] = \"one\"\nargv[2] = \"two words\"\n"), r.summary)
        XCTAssertTrue(r.out.hasSuffix("aarch64\ndone\n"), r.summary)
        XCTAssertTrue(r.err.contains("exit_group(0)"), "QEMU_STRACE reached xrun through the registration\n\(r.summary)")
    }

    func testBuildKitEmulatorMountRunsAChrootWithoutBinfmt() throws {
        let chroot = try TestEnv.requireTool("/usr/sbin/chroot", package: "coreutils")
        if geteuid() != 0 { throw XCTSkip("chroot needs root") }
        let lock = try lockBinfmt()
        defer { close(lock) }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: Self.binfmtDir)) ?? [])
            .filter { $0.contains("aarch64") }
        if !entries.isEmpty { throw XCTSkip("binfmt_misc entries \(entries) would run the chroot's programs instead") }

        let root = try chrootCopy(of: .arm64, label: "buildkit-chroot")
        symlink("busybox", root.file("bin/sh"))
        try root.write("bin/args", try bytes(TestEnv.path("samples/aarch64/args")), mode: 0o755)
        try root.write("dev/.buildkit_qemu_emulator", try bytes(try StaticXrun.path()), mode: 0o755)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.file("proc/self")), "the chroot has no /proc")
        let script = "args one 'two words'; echo applet | busybox tr a-z A-Z; exec args last"
        let r = try runProcess(chroot, [root.path, "/dev/.buildkit_qemu_emulator", "/bin/sh", "-c", script])
        XCTAssertEqual(r.out, """
            argc = 3
            argv[0] = "args"
            argv[1] = "one"
            argv[2] = "two words"
            XRUN_SAMPLE = (unset)
            APPLET
            argc = 2
            argv[0] = "args"
            argv[1] = "last"
            XRUN_SAMPLE = (unset)

            """, r.summary)
        XCTAssertEqual(r.termination, .exited(0), r.summary)
        XCTAssertEqual(r.err, "", r.summary)
    }

    /// The lock BinfmtTests' registrations take, so no two tests change binfmt_misc at once.
    private func lockBinfmt() throws -> Int32 {
        let fd = open(Self.lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0, flock(fd, LOCK_EX) == 0 else { throw TestFailure("cannot lock \(Self.lockPath)") }
        return fd
    }

    private func writeRegister(_ line: String) throws {
        let fd = open(Self.binfmtDir + "/register", O_WRONLY)
        guard fd >= 0 else { throw XCTSkip("binfmt_misc cannot be used here: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let n = line.withCString { write(fd, $0, strlen($0)) }
        if n < 0 { throw TestFailure("registering \(line): \(String(cString: strerror(errno)))") }
    }

    private func removeEntry(_ path: String) {
        let fd = open(path, O_WRONLY)
        if fd >= 0 { _ = write(fd, "-1", 2); close(fd) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "\(path) left registered")
    }
}
