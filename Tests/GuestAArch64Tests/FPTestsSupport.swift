import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Runs A64 words in isolation followed by BRK #0x7ff, like `runA64`, but also accepts
/// the final BRK being undecoded (SIMD/FP tests must not depend on the branch group).
/// The words run twice: the first run translates them (the engine's own Swift code,
/// e.g. Dictionary growth, leaves the host's inexact flag set), the second, from a
/// fresh `setup` and cleared FPSR, is the one checked, so FPSR flags are the guest's.
///
/// All tests share one guest (one engine, so translation stays cheap), each test's
/// code on pages of its own. Registers, NZCV, FPCR and FPSR start at zero, as in the
/// qemu oracle that produced the expectations.
func runFP(_ words: [UInt32], setup: (GuestRun) -> Void = { _ in },
           file: StaticString = #filePath, line: UInt = #line) throws -> GuestRun {
    let r = try SharedGuest.run()
    let pc = SharedGuest.place(words + [a64End])
    let trap = r.runTwice(at: pc, file: file, line: line) { r in
        for i in 0..<32 { r.setV(UInt8(i), 0, 0) }
        for i in 0..<31 { r.setX(i, 0) }
        r.cpu.nzcv = 0
        r.cpu.fpcr = 0
        setup(r)
    }
    let endPC = pc + UInt64(words.count) * 4
    if trap != .breakpoint(pc: endPC, info: 0x7ff) {
        XCTFail("stopped with \(trap), expected the final BRK at 0x\(String(endPC, radix: 16))", file: file, line: line)
    }
    return r
}

enum SharedGuest {
    nonisolated(unsafe) static var guest: GuestRun?
    nonisolated(unsafe) static var nextCode: UInt64 = 0x100_0000
    /// Maps `code` on fresh executable pages of the shared guest; returns its address.
    static func place(_ code: [UInt32]) -> UInt64 {
        let pc = nextCode, len = GuestMemory.pageUp(UInt64(code.count * 4))
        nextCode += len
        guard let g = guest else { return pc }
        _ = g.memory.map(pc, len, prot: [.read, .write], shared: false, fd: -1, offset: 0)
        _ = g.memory.writeBytes(pc, GuestCode.bytes(code))
        _ = g.memory.protect(pc, len, [.read, .exec])
        return pc
    }
    static func run() throws -> GuestRun {
        if let g = guest { return g }
        let g = try GuestRun(isa: A64ISA(), words: [a64End])
        guest = g
        return g
    }
}

extension GuestRun {
    func runTwice(at pc: UInt64 = GuestRun.codeAddress, file: StaticString = #filePath, line: UInt = #line,
                  _ setup: (GuestRun) -> Void) -> Trap {
        cpu.guestPC = pc
        setup(self)
        run(file: file, line: line)
        cpu.guestPC = pc
        setup(self)
        A64FPStatus.write(cpu, 0)
        return run(file: file, line: line)
    }
    func setV(_ n: UInt8, _ lo: UInt64, _ hi: UInt64 = 0) {
        cpu.v(n).storeBytes(of: lo, as: UInt64.self)
        cpu.v(n).storeBytes(of: hi, toByteOffset: 8, as: UInt64.self)
    }
    func setS(_ n: UInt8, _ x: Float) { setV(n, UInt64(x.bitPattern)) }
    func setD(_ n: UInt8, _ x: Double) { setV(n, x.bitPattern) }
    func vLo(_ n: UInt8) -> UInt64 { cpu.v(n).load(as: UInt64.self) }
    func vHi(_ n: UInt8) -> UInt64 { cpu.v(n).load(fromByteOffset: 8, as: UInt64.self) }
    var fpsrValue: UInt32 { A64FPStatus.read(cpu) }
}

/// Differential runner for development: with XRUN_FP_DIFF_IN set to a file of lines
/// "word v0lo v0hi v1lo v1hi v2lo v2hi v3lo v3hi x0 x1 x2 x3 nzcv fpcr" (hex), writes
/// the resulting state to XRUN_FP_DIFF_OUT in the format of the qemu-side oracle
/// (a static aarch64 program executing the same word), so the two can be diffed.
final class FPTestsDifferential: XCTestCase {
    func testDifferentialFile() throws {
        let (inPath, outPath) = try TestEnvironment.byHandFiles("XRUN_FP_DIFF_IN", "XRUN_FP_DIFF_OUT")
        let text = try String(contentsOfFile: inPath, encoding: .utf8)
        var out = ""
        var runs: [UInt64: GuestRun] = [:]   // one guest per word: each reserves address space
        for line in text.split(separator: "\n") {
            let f = line.split(separator: " ").compactMap { UInt64($0, radix: 16) }
            guard f.count == 15 else { continue }
            let r = try runs[f[0]] ?? GuestRun(isa: A64ISA(), words: [UInt32(f[0]), 0xd420_ffe0])
            runs[f[0]] = r
            r.cpu.guestPC = GuestRun.codeAddress
            let trap = r.runTwice { r in
                for i in 0..<4 { r.setV(UInt8(i), f[1 + 2 * i], f[2 + 2 * i]) }
                for i in 0..<4 { r.setX(i, f[9 + i]) }
                r.cpu.nzcv = f[13]
                r.cpu.fpcr = UInt32(f[14])
            }
            var s = String(format: "%08x", UInt32(f[0]))
            if case .undefined(let pc, _) = trap, pc == GuestRun.codeAddress {
                out += s + " UNDEFINED\n"
                continue
            }
            for i in 0..<4 { s += String(format: " %016lx %016lx", r.vLo(UInt8(i)), r.vHi(UInt8(i))) }
            for i in 0..<4 { s += String(format: " %016lx", r.x(i)) }
            s += String(format: " %08lx %08x\n", r.cpu.nzcv, A64FPStatus.read(r.cpu))
            out += s
        }
        try TestEnvironment.writeByHand(out, to: outPath)
    }
}

/// Decoder coverage for development: with XRUN_FP_COVER_IN set to a file of lines
/// "hexword disassembly", writes the words the decoder leaves undefined to
/// XRUN_FP_COVER_OUT (e.g. every SIMD/FP word of a static glibc binary).
final class FPTestsCoverage: XCTestCase {
    func testCoverageFile() throws {
        let (inPath, outPath) = try TestEnvironment.byHandFiles("XRUN_FP_COVER_IN", "XRUN_FP_COVER_OUT")
        var out = ""
        for line in try String(contentsOfFile: inPath, encoding: .utf8).split(separator: "\n") {
            guard let w = UInt32(line.prefix(8), radix: 16) else { continue }
            var b = BlockBuilder(startPC: 0x1000)
            if A64Decoder.decode(w, pc: 0x1000, into: &b) == .undefined { out += line + "\n" }
        }
        try TestEnvironment.writeByHand(out, to: outPath)
    }
}

/// Full-state variant of the differential runner: XRUN_FP_DIFF2_IN lines
/// "word v0lo v0hi ... v31hi x0 ... x14 nzcv fpcr" (hex); output in the same layout
/// followed by nzcv and FPSR, like the qemu-side oracle.
final class FPTestsDifferentialFull: XCTestCase {
    func testDifferentialFile() throws {
        let (inPath, outPath) = try TestEnvironment.byHandFiles("XRUN_FP_DIFF2_IN", "XRUN_FP_DIFF2_OUT")
        var out = ""
        let cases = try String(contentsOfFile: inPath, encoding: .utf8).split(separator: "\n")
            .map { $0.split(separator: " ").compactMap { UInt64($0, radix: 16) } }.filter { $0.count == 82 }
        // One guest for all words (each reserves address space): word i at code + 8 i, then BRK.
        var slot: [UInt64: Int] = [:]
        var words: [UInt32] = []
        for f in cases where slot[f[0]] == nil {
            slot[f[0]] = words.count / 2
            words += [UInt32(f[0]), 0xd420_ffe0]
        }
        let r = try SharedGuest.run()
        let base = SharedGuest.place(words)
        for f in cases {
            let pc = base + 8 * UInt64(slot[f[0]] ?? 0)
            let trap = r.runTwice(at: pc) { r in
                for i in 0..<32 { r.setV(UInt8(i), f[1 + 2 * i], f[2 + 2 * i]) }
                for i in 0..<15 { r.setX(i, f[65 + i]) }
                r.cpu.nzcv = f[80]
                r.cpu.fpcr = UInt32(f[81])
            }
            var s = String(format: "%08x", UInt32(f[0]))
            if case .undefined(let upc, _) = trap, upc == pc {
                out += s + " UNDEFINED\n"
                continue
            }
            if case .undefined(let pc, _) = trap, pc == GuestRun.codeAddress {
                out += s + " UNDEFINED\n"
                continue
            }
            for i in 0..<32 { s += String(format: " %lx %lx", r.vLo(UInt8(i)), r.vHi(UInt8(i))) }
            for i in 0..<15 { s += String(format: " %lx", r.x(i)) }
            s += String(format: " %lx %x\n", r.cpu.nzcv, A64FPStatus.read(r.cpu))
            out += s
        }
        try TestEnvironment.writeByHand(out, to: outPath)
    }
}
