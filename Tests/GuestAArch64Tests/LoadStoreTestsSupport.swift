import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Shared helpers for the LoadStore* test classes.
let lsData = GuestRun.dataAddress

/// Like `runA64`: runs `words` followed by BRK #0x7ff and checks that it was reached.
func runLS(_ words: [UInt32], setup: (GuestRun) -> Void = { _ in },
           file: StaticString = #filePath, line: UInt = #line) throws -> GuestRun {
    let r = try GuestRun(isa: A64ISA(), words: words + [a64End])
    setup(r)
    let trap = r.run(file: file, line: line)
    let endPC = GuestRun.codeAddress + UInt64(words.count) * 4
    if !lsStoppedAtEnd(trap, endPC) {
        XCTFail("stopped with \(trap), expected the final BRK at 0x\(String(endPC, radix: 16))", file: file, line: line)
    }
    return r
}

/// The run reached the BRK #0x7ff at `pc`. Without the branch/exception group's BRK the
/// same word stops the run as undefined at that PC, which ends the test just as well.
func lsStoppedAtEnd(_ trap: Trap, _ pc: UInt64) -> Bool {
    switch trap {
    case .breakpoint(pc, _), .undefined(pc, 0xd420_ffe0): return true
    default: return false
    }
}

/// Runs `words` (no BRK appended) and returns how it stopped.
func runLSTrap(_ words: [UInt32], setup: (GuestRun) -> Void = { _ in },
               file: StaticString = #filePath, line: UInt = #line) throws -> (GuestRun, Trap) {
    let r = try GuestRun(isa: A64ISA(), words: words)
    setup(r)
    let trap = r.run(file: file, line: line)
    return (r, trap)
}

extension GuestRun {
    func lsMem64(_ a: UInt64) -> UInt64 { memory.read(a, as: UInt64.self) ?? 0xBAD0_BAD0_BAD0_BAD0 }
    func lsMem32(_ a: UInt64) -> UInt32 { memory.read(a, as: UInt32.self) ?? 0xBAD0_BAD0 }
    func lsMem16(_ a: UInt64) -> UInt16 { memory.read(a, as: UInt16.self) ?? 0xBAD0 }
    func lsMem8(_ a: UInt64) -> UInt8 { memory.read(a, as: UInt8.self) ?? 0xBA }
    func lsBytes(_ a: UInt64, _ n: Int) -> [UInt8] { memory.readBytes(a, n) ?? [] }
    /// Data bytes [off, off+n) hold (off + i) & 0xFF: every byte names its own offset.
    func lsFillCounting(_ off: UInt64 = 0, _ n: Int = 0x400) {
        memory.writeBytes(lsData + off, (0..<n).map { UInt8(truncatingIfNeeded: Int(off) + $0) })
    }
    /// Vn as 16 bytes, lane 0 first.
    func lsV(_ n: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: cpu.v(UInt8(n)), count: 16))
    }
    func lsSetV(_ n: Int, _ bytes: [UInt8]) {
        precondition(bytes.count == 16)
        cpu.v(UInt8(n)).copyMemory(from: bytes, byteCount: 16)
    }
    func lsVLo(_ n: Int) -> UInt64 { cpu.v(UInt8(n)).load(as: UInt64.self) }
    func lsVHi(_ n: Int) -> UInt64 { cpu.v(UInt8(n)).load(fromByteOffset: 8, as: UInt64.self) }
}

/// 16 bytes b, b+1, ..., b+15.
func lsCounting(_ b: Int, _ n: Int = 16) -> [UInt8] { (0..<n).map { UInt8(truncatingIfNeeded: b + $0) } }
