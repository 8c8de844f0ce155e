import XCTest

/// The Linux personality, area by area: each program in `Tests/Programs/linux/` is built
/// as a static, a static-pie and a dynamically linked AArch64 executable, a static and a
/// dynamic RISC-V 64 one (the dynamic ones run with `-L` the Debian cross sysroot) and
/// for the host, and every guest build must
/// print what the native one prints and end the same way. The programs check the
/// expected values themselves too (their exit status counts failed checks), so a broken
/// oracle shows as well. Programs with threads or racing signals run many times in a row.
final class LinuxConformanceTests: XCTestCase {
    /// Runs per guest build for programs whose threads or signals race.
    static let racyRuns = TestEnv.long ? 100 : 20

    private func conform(_ name: String, args: [String] = [], runs: Int = 1,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        if !FileManager.default.fileExists(atPath: BuildVariant.guestSysroot + "/lib/ld-linux-aarch64.so.1") {
            try TestEnv.missing("\(BuildVariant.guestSysroot) has no ld-linux-aarch64.so.1: install libc6-dev-arm64-cross")
        }
        // A reference emulator given by XRUN_TEST_EMULATOR (qemu-aarch64) runs one guest ISA.
        let variants = try Emulator.get().isXrun ? BuildVariant.allGuests + BuildVariant.riscvGuests : BuildVariant.allGuests
        try checkProgram("linux/" + name, args: args, expect: .exited(0), variants: variants, runs: runs,
                         file: file, line: line)
    }

    func testThreads() throws { try conform("threads", runs: Self.racyRuns) }
    func testSignals() throws { try conform("signals", runs: Self.racyRuns) }
    /// A signal just before a blocking read still runs its handler (xrun_safe_syscall6):
    /// 2000 rounds, each racing a timer signal against the start of the read.
    func testSignalJustBeforeABlockingCall() throws { try conform("signal_race", runs: 2) }
    func testProcesses() throws {
        let emulator = try Emulator.get()
        if !emulator.canExecGuestBinaries {
            throw XCTSkip("\(emulator.path) cannot execve an AArch64 binary without a binfmt_misc registration")
        }
        try conform("processes", runs: 3)
    }
    func testExecveat() throws {
        let emulator = try Emulator.get()
        if !emulator.canExecGuestBinaries {
            throw XCTSkip("\(emulator.path) cannot execve an AArch64 binary without a binfmt_misc registration")
        }
        try conform("execveat")
    }
    /// vfork children that close every descriptor from 3 up and exec (CPython's
    /// subprocess) leave the parent's descriptors, filled past 1000, all in place.
    func testVforkChildLeavesParentDescriptors() throws {
        let emulator = try Emulator.get()
        if !emulator.canExecGuestBinaries {
            throw XCTSkip("\(emulator.path) cannot execve an AArch64 binary without a binfmt_misc registration")
        }
        try conform("vfork_fds")
    }
    func testDescriptorsAndPolling() throws { try conform("descriptors", runs: 5) }
    func testFilesAndDirectories() throws { try conform("files") }
    func testTimersAndInterruptedCalls() throws { try conform("timers", runs: 2) }
    func testMemoryMappings() throws { try conform("mmap") }
    func testSockets() throws { try conform("sockets", runs: 3) }
    func testProcessAttributesAndSystemInformation() throws { try conform("system") }
    /// close_range, faccessat2, openat2 (RESOLVE_IN_ROOT under -L), statx, pidfds,
    /// waitid(P_PIDFD), clone(CLONE_PIDFD), membarrier, futex_waitv, with their errors.
    func testSystemCallsOfCurrentRuntimes() throws { try conform("newcalls", runs: 2) }
    /// A signal to every thread at once: glibc's setxid broadcast (setresgid/setgroups
    /// send SIGSETXID to each thread, checked per thread in /proc/self/task/TID/status
    /// when root) and tgkill storms of a queued real-time signal (each thread counts
    /// exactly what was sent), while threads spin in translated code or block in read,
    /// nanosleep, poll and a condition wait. 10 rounds a run in CI; XRUN_TEST_LONG=1:
    /// 100 rounds, 3 runs a build.
    func testSignalToEveryThread() throws {
        try conform("broadcast", args: [TestEnv.long ? "100" : "10"], runs: TestEnv.long ? 3 : 1)
    }
    /// A signal sent to the process while the thread that caught it exits is handled
    /// by that thread or left for another one, never lost: short-lived threads that open
    /// a queued real-time signal and end, through glibc (which blocks every signal
    /// first) and through exit(2) itself, while 20,000 are queued to the process.
    func testProcessSignalWhileAThreadExits() throws {
        try conform("exit_signal", args: ["20000"], runs: 3)
        try conform("exit_signal", args: ["20000", "raw"], runs: 3)
    }
    /// AF_NETLINK/NETLINK_ROUTE: bind, getsockname, an RTM_GETLINK dump by sendto and
    /// recvmsg, getifaddrs and if_nameindex.
    func testNetlinkRouteSockets() throws { try conform("netlink") }
    /// process_vm_readv/writev on itself, a forked child and a child that exec'd itself
    /// (another guest region), kcmp, capget/capset, ioprio, sched_getattr, mempolicy,
    /// adjtimex, syslog, restart_syscall, memfd_secret.
    func testOtherProcessesMemoryAndKernelObjects() throws {
        let emulator = try Emulator.get()
        if !emulator.canExecGuestBinaries {
            throw XCTSkip("\(emulator.path) cannot execve an AArch64 binary without a binfmt_misc registration")
        }
        try conform("procmem")
    }
    /// mount, umount2, pivot_root, the fsopen family, mount_setattr, unshare, setns and
    /// clone's CLONE_NEW* flags, each part in a child with a mount namespace of its own.
    func testMountsAndNamespaces() throws {
        if geteuid() != 0 { throw XCTSkip("mounts and namespaces need root (CI runs as root)") }
        try conform("namespaces", args: ["{scratch}"])
    }
    func testProcSelf() throws { try conform("procself", args: ["one", "two words", "", "--last=x"]) }
    /// System V shared memory (attached at 0 and at an address, SHM_RND/SHM_REMAP/
    /// SHM_RDONLY, shared with a child, split and detached), semaphores (SETALL/GETALL,
    /// GETNCNT with a waiter, semtimedop's timeout), message queues (by type, MSG_NOERROR,
    /// IPC_NOWAIT, EINTR under SA_RESTART) and POSIX queues (priorities, O_NONBLOCK,
    /// mq_notify by signal and by thread), with their EFAULT and EINVAL cases.
    func testSystemVIPCAndMessageQueues() throws { try conform("ipc", runs: 2) }
}
