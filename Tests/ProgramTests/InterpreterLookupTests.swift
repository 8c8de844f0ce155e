import Foundation
import XCTest

/// Where xrun finds a dynamic program's loader (PT_INTERP) without -L: at its own path
/// when that is the guest's (a foreign root, e.g. in a chroot), else in Debian's cross
/// sysroot /usr/aarch64-linux-gnu. When it cannot: one line naming the loader and how to
/// give the guest's root, exit status 127 when it is missing, 126 when a file of that
/// name is there but is not an AArch64 loader.
final class InterpreterLookupTests: XCTestCase {
    private func dynamicHello(loader: String?, in dir: ScratchDir) throws -> String {
        let gcc = try TestEnv.requireTool("aarch64-linux-gnu-gcc", package: "gcc-aarch64-linux-gnu and libc6-dev-arm64-cross")
        let out = dir.file("hello-dyn")
        let r = try runProcess(gcc, ["-O2", "-o", out, TestEnv.path("samples/hello.c")]
                               + (loader.map { ["-Wl,--dynamic-linker=\($0)"] } ?? []))
        guard r.termination == .exited(0) else { throw TestFailure("compiling failed\n\(r.summary)") }
        return out
    }

    private func expectError(_ r: RunResult, status: Int32, _ message: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.termination, .exited(status), r.summary, file: file, line: line)
        XCTAssertEqual(r.err, "xrun: " + message + "\n", r.summary, file: file, line: line)
        XCTAssertEqual(r.out, "", r.summary, file: file, line: line)
    }

    func testFindsTheCrossSysrootsLoader() throws {
        let e = try Emulator.get()
        let dir = try ScratchDir("interp")
        let r = try e.run(try dynamicHello(loader: nil, in: dir))
        XCTAssertEqual(r.out, "Hello from AArch64!\n", r.summary)
    }

    func testMissingLoaderIsNamedWithHowToGiveTheGuestRoot() throws {
        let e = try Emulator.get()
        try e.requireXrun("checks xrun's own error messages")
        let dir = try ScratchDir("interp")
        let prog = try dynamicHello(loader: "/lib/ld-xrun-test-missing.so.1", in: dir)
        expectError(try e.run(prog), status: 127,
                    "\(prog): needs the aarch64 dynamic loader /lib/ld-xrun-test-missing.so.1, which is neither on this host "
                    + "nor under /usr/aarch64-linux-gnu; give the guest's root filesystem with -L <dir> (or XRUN_LD_PREFIX=<dir>)")
        expectError(try e.run(prog, emulatorArgs: ["-L", dir.path]), status: 127,
                    "\(prog): the aarch64 dynamic loader /lib/ld-xrun-test-missing.so.1 is not under the guest root \(dir.path)")
    }

    func testAHostFileOfTheLoadersNameIsNotTakenForIt() throws {
        let e = try Emulator.get()
        try e.requireXrun("checks xrun's own error messages")
        let dir = try ScratchDir("interp")
        let prog = try dynamicHello(loader: "/bin/true", in: dir)
        expectError(try e.run(prog), status: 126,
                    "\(prog): needs the aarch64 dynamic loader /bin/true, but /bin/true on this host is an ELF for x86-64; "
                    + "give the guest's root filesystem with -L <dir> (or XRUN_LD_PREFIX=<dir>)")
    }
}
