import XCTest

/// `xrun -d in_asm -D file` (QEMU's spelling): every translated block's guest
/// instructions, with their addresses, in the disassembly syntax of the ISA. The text
/// must be what binutils' objdump prints for the same addresses of the same binary.
final class TranslationLogTests: XCTestCase {
    func testInAsmMatchesObjdumpAArch64() throws {
        try checkInAsm(.guestStatic, objdump: ("aarch64-linux-gnu-objdump", "binutils-aarch64-linux-gnu"))
    }

    func testInAsmMatchesObjdumpRISCV64() throws {
        try checkInAsm(.riscvStatic, objdump: ("riscv64-linux-gnu-objdump", "binutils-riscv64-linux-gnu"))
    }

    /// `-d op`: each block's operations by their definitions' names; `-d help` lists the
    /// items; an unknown one is refused in one line naming it.
    func testOpLogAndLogItemErrors() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -d items")
        let program = try CompileCache.build("arith", .guestStatic)
        let scratch = try ScratchDir("oplog")
        let r = try emulator.run(program, emulatorArgs: ["-d", "op", "-D", scratch.file("log")])
        XCTAssertEqual(r.termination, .exited(3), r.summary)
        let log = try String(contentsOfFile: scratch.file("log"), encoding: .utf8)
        XCTAssertTrue(log.contains("OP: block 0x"), log.prefix(500).description)
        for name in ["ldr", "str", "add", "b.cond", "svc"] {
            XCTAssertTrue(log.contains("  \(name)\n") || log.contains("  \(name)  (called)\n"), "no op named \(name) in the -d op log")
        }
        let help = try runProcess(emulator.path, ["-d", "help"])
        XCTAssertEqual(help.termination, .exited(0))
        XCTAssertTrue(help.out.contains("in_asm") && help.out.contains("op"), help.out)
        let bad = try runProcess(emulator.path, ["-d", "in_asm,bogus", program])
        XCTAssertEqual(bad.termination, .exited(1))
        XCTAssertEqual(bad.err, "xrun: unknown log item 'bogus' for '-d' (see 'xrun -d help')\n")
    }

    private func checkInAsm(_ variant: BuildVariant, objdump: (name: String, package: String)) throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -d in_asm log")
        let tool = try TestEnv.requireTool(objdump.name, package: objdump.package)
        let program = try CompileCache.build("arith", variant)
        let scratch = try ScratchDir("in_asm")
        let r = try emulator.run(program, emulatorArgs: ["-d", "in_asm", "-D", scratch.file("log")])
        XCTAssertEqual(r.termination, .exited(3), r.summary)
        let logged = try parseLog(String(contentsOfFile: scratch.file("log"), encoding: .utf8))
        XCTAssertGreaterThan(logged.count, 1000, "too few instructions logged")
        let reference = try parseObjdump(runProcess(tool, ["-d", "--no-show-raw-insn", program]).out)

        var compared = 0, unknown = 0
        var mismatches: [String] = []
        for (pc, text) in logged {
            guard let expected = reference[pc] else { continue }   // e.g. not in .text
            if text.hasPrefix(".inst") || text.hasPrefix(".insn") || text.hasPrefix(".word") {
                unknown += 1
                continue
            }
            compared += 1
            if text != expected { mismatches.append(String(format: "%llx: xrun '%@', objdump '%@'", pc, text, expected)) }
        }
        XCTAssertGreaterThan(compared, 1000)
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(30).joined(separator: "\n"))
        // Every encoding glibc's start-up and the program run is one xrun can name.
        XCTAssertEqual(unknown, 0, "\(unknown) instructions logged as undefined encodings")
    }

    /// `0x<16 hex>:  <encoding>  <text>` lines of the blocks (QEMU's layout).
    private func parseLog(_ log: String) throws -> [(UInt64, String)] {
        var out: [(UInt64, String)] = []
        for line in log.split(separator: "\n") where line.hasPrefix("0x") {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard parts.count == 3, let pc = UInt64(parts[0].dropFirst(2).dropLast(), radix: 16) else {
                throw TestFailure("bad -d in_asm line: \(line)")
            }
            out.append((pc, normalize(String(parts[2]))))
        }
        return out
    }

    /// objdump's `   400120:\tmnemonic\toperands <symbol>` lines, by address.
    private func parseObjdump(_ text: String) -> [UInt64: String] {
        var out: [UInt64: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, fields[0].hasSuffix(":"),
                  let pc = UInt64(fields[0].trimmingCharacters(in: .whitespaces).dropLast(), radix: 16) else { continue }
            out[pc] = normalize(String(fields[1]))
        }
        return out
    }

    /// The comparable part: no `<symbol>` or `// comment` tail, one space between fields.
    private func normalize(_ s: String) -> String {
        var t = s
        if let r = t.range(of: " <") { t = String(t[..<r.lowerBound]) }
        if let r = t.range(of: "//") { t = String(t[..<r.lowerBound]) }
        if let r = t.range(of: "#", options: .backwards), t[r.lowerBound...].hasPrefix("# ") { t = String(t[..<r.lowerBound]) }
        return t.replacingOccurrences(of: "\t", with: " ").trimmingCharacters(in: .whitespaces)
    }
}
