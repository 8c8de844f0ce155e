import Foundation
import XCTest

/// `xrun -g`: Debian's gdb-multiarch, in batch mode, debugs programs built from
/// Tests/Programs/gdbtarget.c with -g through xrun's remote-protocol stub (a Unix
/// socket in a scratch directory, so no port is taken). Each test checks what gdb
/// printed and what the program printed and how it ended.
final class GdbStubTests: XCTestCase {
    /// Runs xrun -g on `program` and gdb with `commands`; returns gdb's output and the
    /// program's run.
    private func debug(_ variant: BuildVariant, mode: String, _ commands: [String],
                       extraXrun: [String] = [], sysroot: String? = nil,
                       tcp: (port: Int, suffix: String)? = nil) throws -> (gdb: String, program: RunResult) {
        let emulator = try Emulator.get()
        try emulator.requireXrun("the gdb stub")
        let gdb = try TestEnv.requireTool("gdb-multiarch", package: "gdb-multiarch")
        let program = try CompileCache.build("gdbtarget", variant)
        let scratch = try ScratchDir("gdb")
        let socket = scratch.file("gdb.sock")
        final class Box: @unchecked Sendable { var run: Result<RunResult, Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let xrunArgs = variant.emulatorArgs + extraXrun + ["-g", tcp.map { "\($0.port)\($0.suffix)" } ?? socket]
        DispatchQueue.global().async {
            box.run = Result { try emulator.run(program, [mode], emulatorArgs: xrunArgs) }
            done.signal()
        }
        var waited = 0
        if let tcp {
            while !Self.listening(tcp.port) && waited < 500 { usleep(10_000); waited += 1 }
        } else {
            while !FileManager.default.fileExists(atPath: socket) && waited < 500 { usleep(10_000); waited += 1 }
        }
        var args = ["-batch", "-nx", "-ex", "set confirm off", "-ex", "set pagination off",
                    "-ex", "file \(program)"]
        if let sysroot { args += ["-ex", "set sysroot \(sysroot)"] }
        else if variant == .guestDynamic { args += ["-ex", "set sysroot \(BuildVariant.guestSysroot)"] }
        else if variant == .riscvDynamic { args += ["-ex", "set sysroot /usr/riscv64-linux-gnu"] }
        args += ["-ex", "target remote " + (tcp.map { ":\($0.port)" } ?? socket)]
        for c in commands { args += ["-ex", c] }
        let g = try runProcess(gdb, args, timeout: 120)
        guard done.wait(timeout: .now() + 60) == .success, let run = box.run else {
            throw TestFailure("xrun did not end after gdb\n\(g.summary)")
        }
        return (g.out + g.err, try run.get())
    }

    /// A TCP port nobody listens on now (bound to port 0, then released).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestFailure("socket: \(errno)") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard ok else { throw TestFailure("bind: \(errno)") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    /// Whether something listens on 127.0.0.1:port (/proc/net/tcp, state 0A), without
    /// connecting (a connection would be taken as gdb's).
    static func listening(_ port: Int) -> Bool {
        guard let table = try? String(contentsOfFile: "/proc/net/tcp", encoding: .utf8) else { return false }
        let hexPort = String(format: ":%04X", port)
        return table.split(separator: "\n").contains { line in
            let f = line.split(separator: " ")
            return f.count > 3 && f[1].hasSuffix(hexPort) && f[3] == "0A"
        }
    }

    private func contains(_ text: String, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(text.contains(needle), "missing '\(needle)' in gdb's output:\n\(text)", file: file, line: line)
    }

    /// Break at a function, backtrace, print locals, finish (the returned double and
    /// the vector register it is in), change the return register, next; the output
    /// shows the changed value.
    func testBreakStepFinishAndRegistersAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "basic", [
            "break add", "continue", "bt", "info locals", "p a", "p b",
            "finish", "set var $x0 = 99", "next", "p r",
            "break half", "info breakpoints", "continue",
        ])
        contains(out, "Breakpoint 1, add (a=2, b=3)")
        contains(out, "#1  0x")
        contains(out, "in main (")
        contains(out, "$1 = 2")
        contains(out, "$2 = 3")
        contains(out, "Value returned is $3 = 5")
        contains(out, "$4 = 99")
        XCTAssertEqual(run.termination, .exited(0), run.summary)
        XCTAssertEqual(run.out, "add 99 2.50\n")
    }

    func testDoubleAndVectorRegisterAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "basic", [
            "break half", "continue", "p x", "finish", "p $v0.d.f[0]", "p/x $v0.d.u[0]", "p $d0", "continue",
        ])
        contains(out, "$1 = 5")
        contains(out, "Value returned is $2 = 2.5")
        contains(out, "$3 = 2.5")
        contains(out, "$4 = 0x4004000000000000")
        XCTAssertEqual(run.out, "add 5 2.50\n", run.summary)
    }

    func testStepIntoAndNextRISCV64() throws {
        let (out, run) = try debug(.riscvStatic, mode: "basic", [
            "break main", "continue", "next", "next", "next", "step", "p a", "p b", "bt", "finish",
            "set var $a0 = 7", "next", "p r", "continue",
        ])
        contains(out, "add (a=2, b=3) at")
        contains(out, "Value returned is $3 = 5")
        contains(out, "$4 = 7")
        XCTAssertEqual(run.termination, .exited(0), run.summary)
        XCTAssertEqual(run.out, "add 7 2.50\n")
    }

    /// A write watchpoint on a global catches the write a second thread makes, stopping
    /// in that thread's function with the old and new value.
    func testWatchpointCatchesSecondThreadAArch64() throws {
        try checkWatch(.guestStatic)
    }

    func testWatchpointCatchesSecondThreadRISCV64() throws {
        try checkWatch(.riscvStatic)
    }

    private func checkWatch(_ variant: BuildVariant) throws {
        let (out, run) = try debug(variant, mode: "thread", [
            "break main", "continue", "watch shared", "continue", "bt 1", "info threads", "continue",
        ])
        contains(out, "Hardware watchpoint 2: shared")
        contains(out, "Old value = 0")
        contains(out, "New value = 42")
        contains(out, "writer (arg=")
        XCTAssertEqual(run.out, "shared 42\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// (gdb 13 has no system call table for RISC-V: "catch syscall" is refused there.)
    func testCatchSyscallWriteAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "basic", ["catch syscall write", "continue", "continue", "continue"])
        contains(out, "Catchpoint 1 (call to syscall write)")
        contains(out, "Catchpoint 1 (returned from syscall write)")
        XCTAssertEqual(run.out, "add 5 2.50\n", run.summary)
    }

    /// A SIGSEGV stops in gdb with the fault address in $_siginfo; continuing kills the
    /// program with it, and gdb says so.
    func testSegvSiginfoAArch64() throws { try checkSegvSiginfo(.guestStatic) }
    func testSegvSiginfoRISCV64() throws { try checkSegvSiginfo(.riscvStatic) }

    private func checkSegvSiginfo(_ variant: BuildVariant) throws {
        let (out, run) = try debug(variant, mode: "segv", [
            "continue", "p $_siginfo.si_signo", "p $_siginfo._sifields._sigfault.si_addr", "continue",
        ])
        contains(out, "Program received signal SIGSEGV")
        contains(out, "$1 = 11")
        contains(out, "(void *) 0x10")
        contains(out, "Program terminated with signal SIGSEGV")
        XCTAssertEqual(run.termination, .signaled(SIGSEGV), run.summary)
    }

    /// Four threads blocked in read(2) are listed, each with a backtrace; detaching lets
    /// the program finish on its own.
    func testInfoThreadsWithBlockedThreadsAndDetachAArch64() throws { try checkBlockedThreads(.guestStatic) }
    func testInfoThreadsWithBlockedThreadsAndDetachRISCV64() throws { try checkBlockedThreads(.riscvStatic) }

    private func checkBlockedThreads(_ variant: BuildVariant) throws {
        let (out, run) = try debug(variant, mode: "blocked", [
            "break all_blocked", "continue", "info threads", "thread apply all bt 1", "detach",
        ])
        // `info threads` rows: "* 1    Thread 123 "gdbtarget" ...", "  2    Thread ...".
        let threadLines = out.split(separator: "\n").filter {
            ($0.hasPrefix("* ") || $0.hasPrefix("  ")) && $0.contains(" Thread ") && $0.contains("\"gdbtarget\"")
        }
        XCTAssertEqual(threadLines.count, 5, out)
        contains(out, "all_blocked ()")
        // multiprocess+: gdb knows the real pid.
        XCTAssertNotNil(out.range(of: #"\[Inferior 1 \(process [0-9]+\) detached\]"#, options: .regularExpression), out)
        XCTAssertEqual(threadLines.filter { $0.contains("in read ()") }.count, 4, out)
        XCTAssertEqual(run.out, "joined\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// A dynamic program with -L: a breakpoint in the program's comparator, called by
    /// qsort in libc; the backtrace goes through libc by name.
    func testDynamicBacktraceThroughLibcAArch64() throws {
        let (out, run) = try debug(.guestDynamic, mode: "sort", ["break compare", "continue", "bt", "continue"])
        contains(out, "Breakpoint 1, compare (")
        XCTAssertTrue(out.contains("qsort") || out.contains("msort"), out)
        XCTAssertEqual(run.out, "sorted 1 2 3\n", run.summary)
    }

    /// qXfer:libraries-svr4:read: the stub reads the loader's r_debug list; gdb lists
    /// libc with its address range and its symbols read.
    func testSharedLibrariesSVR4AArch64() throws {
        let (out, run) = try debug(.guestDynamic, mode: "sort", [
            "break compare", "continue", "info sharedlibrary", "maint packet qXfer:libraries-svr4:read::0,fff", "continue",
        ])
        contains(out, "<library-list-svr4 version=\"1.0\" main-lm=\"0x")
        contains(out, "<library name=\"")
        XCTAssertFalse(out.contains("while parsing target library list"), out)
        let libc = out.split(separator: "\n").filter { $0.hasPrefix("0x") && $0.contains("libc.so.6") }
        XCTAssertEqual(libc.count, 1, out)
        if let line = libc.first {
            let fields = line.split(separator: " ")
            XCTAssertTrue(fields.count >= 4 && fields[1].hasPrefix("0x") && fields[2] == "Yes", String(line))
            if fields.count >= 2, let from = UInt64(fields[0].dropFirst(2), radix: 16), let to = UInt64(fields[1].dropFirst(2), radix: 16) {
                XCTAssertLessThan(from, to, String(line))
            }
        }
        XCTAssertEqual(run.out, "sorted 1 2 3\n", run.summary)
    }

    /// vFile through xrun's view of files: `info proc mappings` reads the guest's
    /// /proc/<pid>/maps; with `set sysroot target:` gdb loads libc from the guest's
    /// -L root through the stub and the backtrace names libc's functions.
    func testProcMappingsAndTargetSysrootAArch64() throws {
        let (out, run) = try debug(.guestDynamic, mode: "sort", [
            "break compare", "continue", "info proc mappings", "info sharedlibrary", "bt", "continue",
        ], sysroot: "target:")
        let program = try CompileCache.build("gdbtarget", .guestDynamic)
        contains(out, "[stack]")
        XCTAssertTrue(out.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("0x") && $0.hasSuffix(program) }, out)
        XCTAssertTrue(out.split(separator: "\n").contains { $0.hasPrefix("0x") && $0.contains("Yes") && $0.contains("target:") && $0.contains("libc.so.6") }, out)
        XCTAssertTrue(out.contains("in qsort") || out.contains("in msort"), out)
        XCTAssertEqual(run.out, "sorted 1 2 3\n", run.summary)
    }

    /// `-g PORT`: gdb connects over TCP.
    func testTCPPortAArch64() throws {
        let port = try Self.freePort()
        let (out, run) = try debug(.guestStatic, mode: "basic", ["break add", "continue", "p a", "continue"],
                                   tcp: (port, ""))
        contains(out, "Breakpoint 1, add (a=2, b=3)")
        contains(out, "$1 = 2")
        XCTAssertEqual(run.out, "add 5 2.50\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// `-g PORT,suspend=n`: the program runs before gdb comes (it is past _start, in
    /// its wait loop, when gdb attaches); gdb releases it and it finishes.
    func testSuspendNoThenAttachAArch64() throws {
        let port = try Self.freePort()
        let (out, run) = try debug(.guestStatic, mode: "wait", [
            "shell sleep 0.3", "bt", "set var release_me = 1", "continue",
        ], tcp: (port, ",suspend=n"))
        XCTAssertTrue(out.contains(" in main (") || out.contains("main (argc="), out)
        XCTAssertFalse(out.contains("_start ()"), out)
        XCTAssertEqual(run.out, "released\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// Ctrl-C: the raw 0x03 byte gdb sends while the program runs stops it with
    /// SIGINT (T02); `k` then ends it. Spoken over the socket directly, so the byte
    /// arrives while the stub waits for the program.
    func testCtrlCInterruptsRunningProgramAArch64() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("the gdb stub")
        let program = try CompileCache.build("gdbtarget", .guestStatic)
        let scratch = try ScratchDir("gdb")
        let path = scratch.file("gdb.sock")
        final class Box: @unchecked Sendable { var run: Result<RunResult, Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.run = Result { try emulator.run(program, ["wait"], emulatorArgs: ["-g", path]) }
            done.signal()
        }
        var waited = 0
        while !FileManager.default.fileExists(atPath: path) && waited < 500 { usleep(10_000); waited += 1 }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { b in for (i, c) in path.utf8.enumerated() { b[i] = c } }
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(connected, 0)
        defer { close(fd) }
        func send(_ s: String) {
            let sum = s.utf8.reduce(UInt8(0)) { $0 &+ $1 }
            let framed = Array("$\(s)#\(String(format: "%02x", sum))".utf8)
            _ = framed.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        }
        /// Reads until a whole packet `$...#xx` arrives; returns its payload.
        func receive() -> String {
            var text = ""
            var c: UInt8 = 0
            var deadline = 0
            var tv = timeval(tv_sec: 10, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            while read(fd, &c, 1) == 1 && deadline < 100_000 {
                deadline += 1
                text.append(Character(UnicodeScalar(c)))
                if let h = text.lastIndex(of: "#"), text.distance(from: h, to: text.endIndex) == 3,
                   let d = text.firstIndex(of: "$") {
                    return String(text[text.index(after: d)..<h])
                }
            }
            return text
        }
        send("QStartNoAckMode")
        XCTAssertEqual(receive(), "OK")
        send("c")
        usleep(200_000)
        var etx: UInt8 = 3
        _ = write(fd, &etx, 1)
        let stop = receive()
        XCTAssertTrue(stop.hasPrefix("T02thread:"), stop)
        send("k")
        guard done.wait(timeout: .now() + 60) == .success, let run = box.run else { throw TestFailure("xrun did not end") }
        let result = try run.get()
        XCTAssertEqual(result.termination, .signaled(SIGKILL), result.summary)
        XCTAssertEqual(result.out, "", result.summary)
    }

    /// SIGUSR1 passed without stopping: the handler runs, gdb says nothing.
    func testSignalPassedSilentlyAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "signal", ["handle SIGUSR1 nostop noprint pass", "continue"])
        XCTAssertFalse(out.contains("SIGUSR1, User defined signal 1"), out)
        XCTAssertEqual(run.out, "handled 1\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// SIGUSR1 stops in gdb; `signal 0` resumes without it: the handler never runs.
    func testSignalSuppressedAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "signal", ["continue", "signal 0"])
        contains(out, "Program received signal SIGUSR1")
        XCTAssertEqual(run.out, "handled 0\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// A read watchpoint ignores the second thread's write and stops at main's read.
    func testReadWatchpointAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "thread", ["break main", "continue", "rwatch shared", "continue", "bt 1", "continue"])
        contains(out, "Hardware read watchpoint 2: shared")
        contains(out, "Value = 42")
        XCTAssertFalse(out.contains("writer (arg="), out)
        contains(out, "main (argc=")
        XCTAssertEqual(run.out, "shared 42\n", run.summary)
    }

    /// An access watchpoint stops at the write (in the second thread) and the read (in main).
    func testAccessWatchpointRISCV64() throws {
        let (out, run) = try debug(.riscvStatic, mode: "thread", [
            "break main", "continue", "awatch shared", "continue", "bt 1", "continue", "bt 1", "continue",
        ])
        contains(out, "Hardware access (read/write) watchpoint 2: shared")
        contains(out, "New value = 42")
        contains(out, "Value = 42")
        contains(out, "writer (arg=")
        contains(out, "main (argc=")
        XCTAssertEqual(run.out, "shared 42\n", run.summary)
    }

    /// A dynamic RISC-V program with -L: the backtrace from the comparator goes
    /// through libc's qsort by name.
    func testDynamicBacktraceThroughLibcRISCV64() throws {
        let (out, run) = try debug(.riscvDynamic, mode: "sort", ["break compare", "continue", "bt", "info sharedlibrary", "continue"])
        contains(out, "Breakpoint 1, compare (")
        XCTAssertTrue(out.contains("qsort") || out.contains("msort"), out)
        XCTAssertTrue(out.split(separator: "\n").contains { $0.hasPrefix("0x") && $0.contains("Yes") && $0.contains("libc.so.6") }, out)
        XCTAssertEqual(run.out, "sorted 1 2 3\n", run.summary)
    }

    /// Fork events, gdb's default (follow the parent, detach the child): gdb says it
    /// detached the child, whose inherited breakpoint is gone; both finish.
    func testForkDetachesChildAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "fork", ["break in_child", "continue"])
        contains(out, "[Detaching after fork from child process ")
        XCTAssertFalse(out.contains("Breakpoint 1, in_child"), out)
        XCTAssertEqual(run.out, "child\nparent saw 3\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// follow-fork-mode child: the child's stub takes the connection over; gdb stops
    /// the child at its breakpoint and sees it exit; the parent runs on detached.
    func testFollowForkChildAArch64() throws { try checkFollowForkChild(.guestStatic) }
    func testFollowForkChildRISCV64() throws { try checkFollowForkChild(.riscvStatic) }

    private func checkFollowForkChild(_ variant: BuildVariant) throws {
        let (out, run) = try debug(variant, mode: "fork", [
            "set follow-fork-mode child", "break in_child", "continue", "bt", "info inferiors", "continue",
        ])
        contains(out, "[Detaching after fork from parent process ")
        contains(out, "Breakpoint 1, in_child ()")
        contains(out, "in main (")
        contains(out, "exited with code 03]")
        XCTAssertEqual(run.out, "child\nparent saw 3\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }

    /// Runs gdb with `commands` on `mode`: gdb's output has every `expect` and no
    /// `reject`; the program printed `output` and exited with 0.
    private func session(_ variant: BuildVariant, mode: String, _ commands: [String], expect: [String],
                         reject: [String] = [], output: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (out, run) = try debug(variant, mode: mode, commands)
        for e in expect { contains(out, e, file: file, line: line) }
        for r in reject { XCTAssertFalse(out.contains(r), "unexpected '\(r)' in gdb's output:\n\(out)", file: file, line: line) }
        XCTAssertEqual(run.out, output, run.summary, file: file, line: line)
        XCTAssertEqual(run.termination, .exited(0), run.summary, file: file, line: line)
    }

    /// detach-on-fork off: gdb keeps the fork child (inferior 2) on the same
    /// connection while the parent runs on to a breakpoint; then it runs the child to
    /// its breakpoint and its exit, and the parent to its end.
    func testDetachOnForkOffAArch64() throws { try checkKeepForkChild(.guestStatic) }
    func testDetachOnForkOffRISCV64() throws { try checkKeepForkChild(.riscvStatic) }

    private func checkKeepForkChild(_ variant: BuildVariant) throws {
        try session(variant, mode: "fork", [
            "set detach-on-fork off", "break after_fork", "break in_child", "continue", "info inferiors",
            "inferior 2", "continue", "bt 1", "continue", "inferior 1", "continue",
        ], expect: ["[New inferior 2 (process ", ", after_fork () at", ", in_child () at",
                    "exited with code 03]", "exited normally]"],
           reject: ["Detaching after fork"], output: "child\nparent saw 3\n")
    }

    /// A write watch on a page system calls read and write: read(2) filling it stops
    /// as a watchpoint (old and new value), write(2) from it (the page has a read watch
    /// too, so it is PROT_NONE on the host) and fstat's converted struct work as
    /// without gdb, and the watch survives mprotect: the program's own store after it
    /// stops again.
    func testWatchedPageSystemCallsAndMprotectAArch64() throws { try checkWatchedPage(.guestStatic) }
    func testWatchedPageSystemCallsAndMprotectRISCV64() throws { try checkWatchedPage(.riscvStatic) }

    private func checkWatchedPage(_ variant: BuildVariant) throws {
        try session(variant, mode: "watchsys", [
            "break main", "continue", "watch watched_page[0]", "rwatch watched_page[2000]",
            "continue", "continue", "bt 1", "delete", "continue",
        ], expect: ["Hardware watchpoint 2: watched_page[0]", "New value = 104 'h'", "Old value = 104 'h'",
                    "New value = 74 'J'", "main (argc="],
           output: "read 6 write 6 fstat 0 fifo 1 Jello\n")
    }

    /// vfork events: `catch vfork` stops with the child's pid; gdb detaches the child,
    /// which runs over the breakpoint it shares with the parent; both finish.
    func testVforkEventAArch64() throws { try checkVfork(.guestStatic) }
    func testVforkEventRISCV64() throws { try checkVfork(.riscvStatic) }

    private func checkVfork(_ variant: BuildVariant) throws {
        try session(variant, mode: "vfork", ["catch vfork", "break in_child", "continue", "continue"],
                    expect: ["Catchpoint 1 (vforked process ", "[Detaching after vfork from child process "],
                    reject: ["Breakpoint 2, in_child"], output: "vfork child 4\n")
    }

    /// exec events: the program execs itself; the new xrun takes gdb's connection
    /// over and reports the exec (T05exec); gdb loads the new program, sets its
    /// breakpoint again and stops there.
    func testExecEventAArch64() throws { try checkExec(.guestStatic) }
    func testExecEventRISCV64() throws { try checkExec(.riscvStatic) }

    private func checkExec(_ variant: BuildVariant) throws {
        try session(variant, mode: "exec", ["break add", "continue", "bt 1", "p a", "continue"],
                    expect: ["is executing new program: ", "Breakpoint 1, add (a=2, b=3)", "$1 = 2", "exited normally]"],
                    output: "add 5 2.50\n")
    }

    /// `kill` (vKill;pid with multiprocess+) ends the program at once.
    func testKillEndsProgramRISCV64() throws {
        let (out, run) = try debug(.riscvStatic, mode: "basic", ["break add", "continue", "kill"])
        contains(out, "Breakpoint 1, add (a=2, b=3)")
        contains(out, "killed]")
        XCTAssertEqual(run.termination, .signaled(SIGKILL), run.summary)
        XCTAssertEqual(run.out, "", run.summary)
    }

    /// gdb dies (SIGKILL) while the program is stopped at a breakpoint: the stub sees
    /// the connection end, drops the breakpoints and lets the program finish.
    func testGdbDyingLeavesProgramRunningAArch64() throws {
        try session(.guestStatic, mode: "basic", ["break add", "continue", "shell kill -9 $PPID"],
                    expect: ["Breakpoint 1, add (a=2, b=3)"], output: "add 5 2.50\n")
    }

    /// gdb detaches before the execve: the new xrun listens again without waiting, so
    /// the exec'd program runs to its end.
    func testExecAfterDetachRunsOnAArch64() throws {
        try session(.guestStatic, mode: "exec", ["break main", "continue", "detach"],
                    expect: ["Breakpoint 1, main ("], output: "add 5 2.50\n")
    }

    /// Malformed and hostile packets get an error reply, never a crash, and the
    /// program runs on when gdb goes away.
    func testMalformedPacketsAndDisconnect() throws {
        let (out, run) = try debug(.guestStatic, mode: "basic", [
            "maint packet mzz,1", "maint packet m0,1", "maint packet p9999", "maint packet G12",
            "maint packet Z0,notanumber", "maint packet qXfer:features:read:target.xml:0,40",
            "maint packet vCont;q", "maint packet H", "maint packet X0,4:ab",
        ])
        contains(out, "received: \"E01\"")
        contains(out, "received: \"E14\"")
        contains(out, "received: \"E45\"")
        contains(out, "<?xml")
        XCTAssertEqual(run.out, "add 5 2.50\n", run.summary)
        XCTAssertEqual(run.termination, .exited(0), run.summary)
    }
}
