import XCTest

/// xrun's own command line on inputs it cannot run: exactly one line on stderr, starting
/// with "xrun: " and naming the file or option; nothing on stdout; an exit status in
/// 1...127; never killed by a signal. xrun-specific (other emulators word their errors
/// their own way), so skipped when XRUN_TEST_EMULATOR is something else.
final class BadInputTests: XCTestCase {
    private func expectCleanError(_ args: [String], naming name: String, setup: (ScratchDir) throws -> Void = { _ in },
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("checks xrun's own error messages")
        let dir = try ScratchDir("bad-input")
        try setup(dir)
        let r = try runProcess(emulator.path, emulator.arguments + args, cwd: dir.path, timeout: 30)
        var problems: [String] = []
        switch r.termination {
        case .signaled: problems.append("killed by a signal")
        case .exited(let code) where code == 0 || code >= 128: problems.append("exit status \(code) is not in 1...127")
        case .exited: break
        }
        let newlines = r.stderr.filter { $0 == UInt8(ascii: "\n") }.count
        if newlines != 1 || r.stderr.last != UInt8(ascii: "\n") {
            problems.append("stderr is not exactly one newline-terminated line (\(r.stderr.count) bytes, \(newlines) newlines)")
        }
        if !r.err.hasPrefix("xrun: ") { problems.append("stderr does not start with \"xrun: \"") }
        if !r.err.contains(name) { problems.append("stderr does not name \(name)") }
        if !r.stdout.isEmpty { problems.append("stdout is not empty") }
        if !problems.isEmpty {
            XCTFail(problems.joined(separator: "; ") + "\n" + r.summary, file: file, line: line)
        }
    }

    private var hello: [UInt8] {
        get throws {
            let p = TestEnv.path("samples/aarch64/hello")
            guard let d = FileManager.default.contents(atPath: p) else { throw TestFailure("\(p) is missing") }
            return Array(d)
        }
    }

    func testMissingFile() throws {
        try expectCleanError(["no-such-program"], naming: "no-such-program")
    }

    func testDirectory() throws {
        try expectCleanError(["adir"], naming: "adir") { try FileManager.default.createDirectory(atPath: $0.file("adir"), withIntermediateDirectories: false) }
    }

    func testEmptyFile() throws {
        try expectCleanError(["empty"], naming: "empty") { try $0.write("empty", [UInt8](), mode: 0o755) }
    }

    func testTextFile() throws {
        try expectCleanError(["notes.txt"], naming: "notes.txt") { try $0.write("notes.txt", "just some text\nnot a program\n", mode: 0o755) }
    }

    func testShebangScript() throws {
        try expectCleanError(["script.sh"], naming: "script.sh") { try $0.write("script.sh", "#!/bin/sh\necho hi\n", mode: 0o755) }
    }

    func testTruncatedElf() throws {
        let bytes = try hello
        try expectCleanError(["truncated"], naming: "truncated") { try $0.write("truncated", Array(bytes.prefix(100)), mode: 0o755) }
    }

    func testGarbageProgramHeaderOffset() throws {
        var bytes = try hello
        // e_phoff (Elf64_Ehdr offset 0x20, 8 bytes): far beyond the end of the file.
        for i in 0..<8 { bytes[0x20 + i] = [0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f][i] }
        try expectCleanError(["bad-phoff"], naming: "bad-phoff") { try $0.write("bad-phoff", bytes, mode: 0o755) }
    }

    func testGarbageProgramHeaderCount() throws {
        var bytes = try hello
        // e_phnum (offset 0x38, 2 bytes): 65535 headers, most of them past the end of the file.
        bytes[0x38] = 0xff
        bytes[0x39] = 0xff
        try expectCleanError(["bad-phnum"], naming: "bad-phnum") { try $0.write("bad-phnum", bytes, mode: 0o755) }
    }

    func testHostElf() throws {
        let path = FileManager.default.fileExists(atPath: "/bin/true") ? "/bin/true" : "/usr/bin/true"
        try expectCleanError([path], naming: path)
    }

    func test32BitElf() throws {
        try expectCleanError(["elf32"], naming: "elf32") { try $0.write("elf32", Self.elf32Arm, mode: 0o755) }
    }

    func testUnknownOption() throws {
        try expectCleanError(["--bogus-option", TestEnv.path("samples/aarch64/hello")], naming: "--bogus-option")
    }

    /// A minimal 32-bit little-endian ARM executable: ELF header and one PT_LOAD header
    /// (enough for `file` to call it "ELF 32-bit LSB executable, ARM").
    static let elf32Arm: [UInt8] = {
        var b: [UInt8] = []
        func u16(_ v: UInt16) { b += [UInt8(v & 0xff), UInt8(v >> 8)] }
        func u32(_ v: UInt32) { for i in 0..<4 { b.append(UInt8((v >> (8 * UInt32(i))) & 0xff)) } }
        b += [0x7f, 0x45, 0x4c, 0x46, 1 /*ELFCLASS32*/, 1 /*LSB*/, 1 /*EV_CURRENT*/, 0 /*SYSV*/] + [UInt8](repeating: 0, count: 8)
        u16(2)            // e_type ET_EXEC
        u16(40)           // e_machine EM_ARM
        u32(1)            // e_version
        u32(0x10054)      // e_entry
        u32(52)           // e_phoff
        u32(0)            // e_shoff
        u32(0x0500_0200)  // e_flags: EABI5, hard float
        u16(52); u16(32); u16(1)   // e_ehsize, e_phentsize, e_phnum
        u16(40); u16(0); u16(0)    // e_shentsize, e_shnum, e_shstrndx
        u32(1)            // p_type PT_LOAD
        u32(0); u32(0x10000); u32(0x10000)   // p_offset, p_vaddr, p_paddr
        u32(92); u32(92)  // p_filesz, p_memsz
        u32(5); u32(0x1000)                  // p_flags R+X, p_align
        u32(0xe3a0_0000)  // mov r0, #0
        u32(0xe3a0_7001)  // mov r7, #1 (exit)
        return b
    }()
}
