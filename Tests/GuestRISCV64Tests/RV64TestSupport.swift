import XCTest
import XrunCore
import GuestRISCV64

/// Instruction-stream builders: RISC-V code is a byte stream of 32-bit and 16-bit
/// (RVC) instructions, little-endian.
func w(_ words: UInt32...) -> [UInt8] {
    words.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}
func h(_ halves: UInt16...) -> [UInt8] {
    halves.flatMap { v in [UInt8(truncatingIfNeeded: v), UInt8(truncatingIfNeeded: v >> 8)] }
}

/// ebreak (00100073), appended to every test program.
let ebreak: UInt32 = 0x0010_0073

/// Every IsolatedRun reserves 1 TiB of address space (of the host's 128 TiB), and
/// the Engine this branch started from kept its GuestMemory alive through a
/// reference cycle (memory.codeChanged captured the block cache, which holds the
/// memory). The tests drop that closure when they are done with a run —
/// `RVTestCase.tearDown` for the runs of one test, `releaseRuns()` inside loops that
/// make many — so runs are freed whether or not the Engine holds the cache weakly.
nonisolated(unsafe) private var liveRuns: [IsolatedRun] = []

func makeRun(_ code: [UInt8]) throws -> IsolatedRun {
    let r = try IsolatedRun(isa: RV64ISA(), code: code)
    liveRuns.append(r)
    return r
}

func releaseRuns() {
    for r in liveRuns { r.memory.codeObserver = nil }
    liveRuns.removeAll()
}

class RVTestCase: XCTestCase {
    override func tearDown() {
        releaseRuns()
        super.tearDown()
    }
}

/// Runs `code` in isolation followed by EBREAK and checks that it got there; `setup`
/// sets registers/memory first. The data page is at IsolatedRun.dataAddress.
func runRV(_ code: [UInt8], setup: (IsolatedRun) -> Void = { _ in },
           file: StaticString = #filePath, line: UInt = #line) throws -> IsolatedRun {
    let r = try makeRun(code + w(ebreak))
    setup(r)
    let trap = r.run()
    let endPC = IsolatedRun.codeAddress + UInt64(code.count)
    if trap != .breakpoint(pc: endPC, info: 0) {
        XCTFail("stopped with \(trap), expected the final EBREAK at 0x\(String(endPC, radix: 16))", file: file, line: line)
    }
    return r
}

extension IsolatedRun {
    func x(_ n: Int) -> UInt64 { cpu.xreg[n] }
    func setX(_ n: Int, _ v: UInt64) { cpu.xreg[n] = v }
    func f(_ n: Int) -> UInt64 { cpu.freg[n] }
    func setF(_ n: Int, _ v: UInt64) { cpu.freg[n] = v }
    /// Sets f[n] to a NaN-boxed single.
    func setS(_ n: Int, _ v: Float) { cpu.freg[n] = 0xffff_ffff_0000_0000 | UInt64(v.bitPattern) }
    func setD(_ n: Int, _ v: Double) { cpu.freg[n] = v.bitPattern }
    /// f[n] as a single; fails the test when it is not NaN-boxed.
    func s(_ n: Int, file: StaticString = #filePath, line: UInt = #line) -> Float {
        let v = cpu.freg[n]
        XCTAssertEqual(v >> 32, 0xffff_ffff, "f\(n) is not NaN-boxed", file: file, line: line)
        return Float(bitPattern: UInt32(truncatingIfNeeded: v))
    }
    func d(_ n: Int) -> Double { Double(bitPattern: cpu.freg[n]) }
    var fflags: UInt32 {
        get { cpu.fflags }
        set { cpu.fflags = newValue }
    }
    var frm: UInt32 {
        get { cpu.frm }
        set { cpu.frm = newValue }
    }
    static var data: UInt64 { dataAddress }
}
