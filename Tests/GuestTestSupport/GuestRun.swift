import CXrunHost
import Glibc
import XCTest
import XrunCore

/// Runs a handful of guest instructions in isolation, in both tiers: code at
/// `codeAddress`, a read-write data page at `dataAddress` (also the stack), stop at
/// the first trap.
///
/// What the test sees and sets (`cpu`, `memory`, `thread`, `engine`) is the
/// interpreter's guest, the reference semantics, which the test checks against its
/// expected values. A second guest runs the same code compiled by the native tier
/// (every block, threshold 0): before each `run()` it is given the interpreter's
/// registers and memory, and after it the two must have stopped the same way with the
/// same registers and memory — so the native tier is held to the same expectations,
/// and a template that drifts from its op fails even where a test checks only part of
/// the result ("tier mismatch: interpreter X, native Y").
public final class GuestRun {
    /// The layout of the engine's own `IsolatedRun` (engine tests, the dispatch bench).
    public static let codeAddress = IsolatedRun.codeAddress
    public static let dataAddress = IsolatedRun.dataAddress
    public static let dataSize = IsolatedRun.dataSize

    public let isa: GuestISA
    public let interpreter: GuestWorld
    public let native: GuestWorld
    public let registers: RegisterFile
    public var memory: GuestMemory { interpreter.memory }
    public var engine: Engine { interpreter.engine }
    public var thread: GuestThread { interpreter.thread }
    public var cpu: UnsafeMutableRawPointer { interpreter.cpu }
    /// Registers (by `RegisterFile` name) that read a clock: the two tiers run at
    /// different moments, so these are left out of the comparison.
    public var clockRegisters: Set<String> = []

    /// `code` is the instruction stream (little-endian bytes as the ISA fetches them).
    public init(isa: GuestISA, code: [UInt8]) throws {
        self.isa = isa
        registers = RegisterFile.of(isa)
        interpreter = try GuestWorld(isa: isa, tier: .interpreter)
        native = try GuestWorld(isa: isa, tier: .native)
        IsolatedRun.layOut(code, in: interpreter.memory, isa: isa, cpu: cpu)
    }

    public convenience init(isa: GuestISA, words: [UInt32]) throws {
        try self.init(isa: isa, code: GuestCode.bytes(words))
    }

    /// Runs until a trap (system call, breakpoint, undefined, fault) in both tiers,
    /// fails the test where they differ, and returns the interpreter's trap.
    @discardableResult
    public func run(file: StaticString = #filePath, line: UInt = #line) -> Trap {
        prepareNative()
        // Both start from the same host FP flags (FPSR reads them): MXCSR's, the only
        // ones xrun gives the guest (xrun_fpenv.h). glibc's fegetexceptflag would add
        // the x87 flags the test process's own long double code may have raised.
        let flags = xrun_fpflags_test(0x3D)
        let nativeTrap = native.run()
        let nativeState = registers.read(native.cpu)
        xrun_fpflags_set(flags, 0x3D)
        let trap = interpreter.run()
        let state = registers.read(cpu)
        var differences: [String] = []
        if trap != nativeTrap { differences.append("stop: interpreter \(trap), native \(nativeTrap)") }
        for i in state.indices where state[i] != nativeState[i] && !clockRegisters.contains(registers.names[i]) {
            differences.append("\(registers.names[i]): interpreter \(hex(state[i])), native \(hex(nativeState[i]))")
        }
        differences += memoryDifferences()
        if !differences.isEmpty {
            let shown = differences.prefix(8).joined(separator: "; ") + (differences.count > 8 ? "; …" : "")
            XCTFail("tier mismatch: \(shown)", file: file, line: line)
        }
        return trap
    }

    /// Gives the native tier's guest the interpreter's registers and memory (what
    /// `run()` does first; for tests that drive the two guests themselves).
    public func prepareNative() {
        native.copyState(from: interpreter, stateSize: isa.stateSize)
    }

    /// Runs and fails the test unless the run stopped with `expected` (what a test's
    /// closing breakpoint raises); returns how it stopped.
    @discardableResult
    public func run(until expected: Trap, file: StaticString = #filePath, line: UInt = #line) -> Trap {
        let trap = run(file: file, line: line)
        if trap != expected {
            XCTFail("stopped with \(trap), expected \(expected)", file: file, line: line)
        }
        return trap
    }

    /// Mappings, then the first differing 64-bit word of each readable mapping.
    private func memoryDifferences() -> [String] {
        let a = interpreter.memory, b = native.memory
        guard a.mappings.areas == b.mappings.areas else {
            return ["mappings: interpreter \(a.mappings.areas.map(describe)), native \(b.mappings.areas.map(describe))"]
        }
        var out: [String] = []
        for m in a.mappings.areas where m.prot.contains(.read) {
            let len = Int(m.end - m.start)
            guard memcmp(a.host(m.start), b.host(m.start), len) != 0 else { continue }
            for offset in stride(from: 0, to: len, by: 8) {
                let x = a.host(m.start + UInt64(offset)).loadUnaligned(as: UInt64.self)
                let y = b.host(m.start + UInt64(offset)).loadUnaligned(as: UInt64.self)
                if x != y {
                    out.append("memory at \(hex(m.start + UInt64(offset))): interpreter \(hex(x)), native \(hex(y))")
                    break
                }
            }
        }
        return out
    }

    private func describe(_ m: Mapping) -> String { "\(hex(m.start))-\(hex(m.end))" }
    private func hex(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }
}

/// Instruction streams as the guest fetches them: little-endian.
public enum GuestCode {
    public static func bytes(_ words: [UInt32]) -> [UInt8] {
        words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } }
    }
    public static func bytes(halves: [UInt16]) -> [UInt8] {
        halves.flatMap { v in [UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8)] }
    }
}
