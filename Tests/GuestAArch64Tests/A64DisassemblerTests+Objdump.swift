import Foundation
import XCTest
import GuestTestSupport
@testable import GuestAArch64

/// The project's own C programs, cross-compiled, disassembled by GNU objdump and by
/// A64Disassembler: every instruction objdump decodes must come out identical, or be one
/// A64Disassembler does not know (printed `.inst`, counted, not a failure).
extension A64DisassemblerTests {
    func testCompiledProgramsMatchObjdump() throws {
        guard let gcc = TestEnvironment.which("aarch64-linux-gnu-gcc"), let objdump = TestEnvironment.which("aarch64-linux-gnu-objdump") else {
            let env = ProcessInfo.processInfo.environment["CI"] ?? ""
            if !env.isEmpty && env != "false" && env != "0" {
                XCTFail("aarch64-linux-gnu-gcc/objdump missing on CI")
                return
            }
            throw XCTSkip("aarch64-linux-gnu-gcc or aarch64-linux-gnu-objdump not installed")
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let sources = try Self.cSources(in: root.appendingPathComponent("samples"))
            + Self.cSources(in: root.appendingPathComponent("Tests/Programs"))
        XCTAssertFalse(sources.isEmpty, "no C programs found under \(root.path)")
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("a64disasm-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        var own = Tally(), whole = Tally()
        var seen = Set<String>()
        for source in sources {
            for level in ["-O2", "-O3"] {
                let name = source.deletingPathExtension().lastPathComponent + level
                let object = work.appendingPathComponent(name + ".o").path
                let binary = work.appendingPathComponent(name).path
                let include = root.appendingPathComponent("Tests/Programs").path
                let compiled = try TestEnvironment.runTool(gcc, [level, "-I", include, "-c", source.path, "-o", object])
                guard compiled.status == 0 else {
                    XCTFail("\(name): compile failed: \(compiled.output.suffix(500))"); continue
                }
                let linked = try TestEnvironment.runTool(gcc, ["-static", object, "-o", binary, "-lm"])
                guard linked.status == 0 else { XCTFail("\(name): link failed: \(linked.output.suffix(500))"); continue }
                let ownFunctions = Self.definedFunctions(try TestEnvironment.runTool(objdump, ["-t", object]).output)
                let listing = try TestEnvironment.runTool(objdump, ["-d", binary])
                XCTAssertEqual(listing.status, 0)
                var ownHere = Tally()
                Self.compare(listing.output, ownFunctions: ownFunctions, own: &ownHere, whole: &whole,
                             seen: &seen, program: name)
                own.add(ownHere)
                print("\(name): own functions \(ownHere.summary)")
            }
        }
        print("A64Disassembler vs objdump, the programs' own functions: \(own.summary)")
        print("A64Disassembler vs objdump, whole disassembly incl. libc (distinct lines): \(whole.summary)")
        for (mnemonic, count) in whole.unknownMnemonics.sorted(by: { $0.value > $1.value }).prefix(20) {
            print("  .inst where objdump has \(mnemonic): \(count)")
        }
        XCTAssertGreaterThan(own.total, 1000, "too few instructions compared; did parsing fail?")
        XCTAssertEqual(own.wrong + whole.wrong, 0, "instructions disassembled differently from objdump")
    }

    struct Tally {
        var total = 0, matched = 0, unknown = 0, wrong = 0
        var unknownMnemonics: [String: Int] = [:]
        mutating func add(_ o: Tally) {
            total += o.total; matched += o.matched; unknown += o.unknown; wrong += o.wrong
            unknownMnemonics.merge(o.unknownMnemonics, uniquingKeysWith: +)
        }
        var summary: String {
            let rate = total == 0 ? 0 : Double(matched) * 100 / Double(total)
            return "\(matched)/\(total) identical (\(String(format: "%.3f", rate))%), \(unknown) .inst fallbacks, \(wrong) wrong"
        }
    }

    /// Walks `objdump -d` output ("  addr:\tword \ttext" lines under "<function>:" headers).
    /// Outside the program's own functions a word-and-text already compared in an earlier
    /// listing (the statically linked libc, again) is skipped: `whole` counts distinct lines.
    static func compare(_ listing: String, ownFunctions: Set<String>, own: inout Tally, whole: inout Tally,
                        seen: inout Set<String>, program: String) {
        var inOwn = false
        var reported = 0
        for line in listing.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasSuffix(">:"), let open = line.firstIndex(of: "<") {
                inOwn = ownFunctions.contains(String(line[line.index(after: open)..<line.index(line.endIndex, offsetBy: -2)]))
                continue
            }
            if !inOwn, let tab = line.firstIndex(of: "\t"), !seen.insert(String(line[tab...])).inserted { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0].hasSuffix(":"),
                  let pc = UInt64(fields[0].dropLast().trimmingCharacters(in: .whitespaces), radix: 16) else { continue }
            let rawWord = fields[1].trimmingCharacters(in: .whitespaces)
            guard rawWord.count == 8, let word = UInt32(rawWord, radix: 16) else { continue }
            let expected = normalize(String(fields[2]))
            // Data in code (mapping symbol $d) prints as .word/.short/.byte: not an instruction.
            if expected.hasPrefix(".") && !expected.hasPrefix(".inst") { continue }
            let got = A64Disassembler.disassemble(word, pc: pc)
            var outcome = Tally(total: 1)
            if got == expected {
                outcome.matched = 1
            } else if got.hasPrefix(".inst") {
                outcome.unknown = 1
                outcome.unknownMnemonics[String(expected.prefix { $0 != "\t" })] = 1
            } else {
                outcome.wrong = 1
                if reported < 20 {
                    reported += 1
                    XCTFail("\(program) \(String(pc, radix: 16)): \(rawWord) objdump '\(expected)', A64Disassembler '\(got)'")
                }
            }
            whole.add(outcome)
            if inOwn { own.add(outcome) }
        }
    }

    /// objdump's text without the " <symbol+off>" after a target and the "// comment" tail.
    static func normalize(_ text: String) -> String {
        var t = Substring(text)
        if let comment = t.range(of: "//") { t = t[..<comment.lowerBound] }
        if let symbol = t.range(of: " <") { t = t[..<symbol.lowerBound] }
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        return String(t)
    }

    /// Function symbols an object file defines ("F .text" lines of `objdump -t`).
    static func definedFunctions(_ symbolTable: String) -> Set<String> {
        var names = Set<String>()
        for line in symbolTable.split(separator: "\n") where line.contains(" F .text") {
            if let name = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).last { names.insert(String(name)) }
        }
        return names
    }

    static func cSources(in directory: URL) throws -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        // zlib_thunks.c and digest_thunks.c link against Debian's arm64 zlib and
        // libcrypto fetched for HostCallZlibTests/HostCallDigestTests, which the cross
        // sysroot this test links with does not have.
        let needsFetchedLibraries: Set<String> = ["zlib_thunks.c", "digest_thunks.c"]
        return names.filter { $0.hasSuffix(".c") && !needsFetchedLibraries.contains($0) }.sorted()
            .map { directory.appendingPathComponent($0) }
    }
}
