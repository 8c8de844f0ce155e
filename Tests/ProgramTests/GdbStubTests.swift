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
                       extraXrun: [String] = [], sysroot: String? = nil) throws -> (gdb: String, program: RunResult) {
        let emulator = try Emulator.get()
        try emulator.requireXrun("the gdb stub")
        let gdb = try TestEnv.requireTool("gdb-multiarch", package: "gdb-multiarch")
        let program = try CompileCache.build("gdbtarget", variant)
        let scratch = try ScratchDir("gdb")
        let socket = scratch.file("gdb.sock")
        final class Box: @unchecked Sendable { var run: Result<RunResult, Error>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let xrunArgs = variant.emulatorArgs + extraXrun + ["-g", socket]
        DispatchQueue.global().async {
            box.run = Result { try emulator.run(program, [mode], emulatorArgs: xrunArgs) }
            done.signal()
        }
        var waited = 0
        while !FileManager.default.fileExists(atPath: socket) && waited < 500 { usleep(10_000); waited += 1 }
        var args = ["-batch", "-nx", "-ex", "set confirm off", "-ex", "set pagination off",
                    "-ex", "file \(program)"]
        if let sysroot { args += ["-ex", "set sysroot \(sysroot)"] }
        else if variant == .guestDynamic { args += ["-ex", "set sysroot \(BuildVariant.guestSysroot)"] }
        else if variant == .riscvDynamic { args += ["-ex", "set sysroot /usr/riscv64-linux-gnu"] }
        args += ["-ex", "target remote \(socket)"]
        for c in commands { args += ["-ex", c] }
        let g = try runProcess(gdb, args, timeout: 120)
        guard done.wait(timeout: .now() + 60) == .success, let run = box.run else {
            throw TestFailure("xrun did not end after gdb\n\(g.summary)")
        }
        return (g.out + g.err, try run.get())
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

    func testCatchSyscallWriteAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "basic", ["catch syscall write", "continue", "continue", "continue"])
        contains(out, "Catchpoint 1 (call to syscall write)")
        contains(out, "Catchpoint 1 (returned from syscall write)")
        XCTAssertEqual(run.out, "add 5 2.50\n", run.summary)
    }

    /// A SIGSEGV stops in gdb with the fault address in $_siginfo; continuing kills the
    /// program with it, and gdb says so.
    func testSegvSiginfoAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "segv", [
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
    func testInfoThreadsWithBlockedThreadsAndDetachAArch64() throws {
        let (out, run) = try debug(.guestStatic, mode: "blocked", [
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
