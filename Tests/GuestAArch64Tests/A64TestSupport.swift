import XCTest
import XrunCore
import GuestAArch64

/// Runs A64 words in isolation followed by BRK #0x7ff (d4 20 ff e0) and returns the
/// run for inspection. `setup` sets registers/memory first.
func runA64(_ words: [UInt32], setup: (IsolatedRun) -> Void = { _ in },
            file: StaticString = #filePath, line: UInt = #line) throws -> IsolatedRun {
    let r = try IsolatedRun(isa: A64ISA(), words: words + [0xd420_ffe0])
    setup(r)
    let trap = r.run()
    let endPC = IsolatedRun.codeAddress + UInt64(words.count) * 4
    if trap != .breakpoint(pc: endPC, info: 0x7ff) {
        XCTFail("stopped with \(trap), expected the final BRK at 0x\(String(endPC, radix: 16))", file: file, line: line)
    }
    return r
}

extension IsolatedRun {
    func x(_ n: Int) -> UInt64 { cpu.x[n] }
    func setX(_ n: Int, _ v: UInt64) { cpu.x[n] = v }
    var sp: UInt64 { cpu.x[31] }
    var nzcv: UInt64 { cpu.nzcv >> 28 }
}
