import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// BRK #0x7ff, which ends every test program.
let a64End: UInt32 = 0xd420_ffe0

/// Runs A64 words in isolation followed by BRK #0x7ff and returns the run for
/// inspection. `setup` sets registers/memory first.
func runA64(_ words: [UInt32], setup: (GuestRun) -> Void = { _ in },
            file: StaticString = #filePath, line: UInt = #line) throws -> GuestRun {
    let r = try GuestRun(isa: A64ISA(), words: words + [a64End])
    setup(r)
    r.run(until: .breakpoint(pc: GuestRun.codeAddress + UInt64(words.count) * 4, info: 0x7ff), file: file, line: line)
    return r
}

extension GuestRun {
    func x(_ n: Int) -> UInt64 { cpu.x[n] }
    func setX(_ n: Int, _ v: UInt64) { cpu.x[n] = v }
    var sp: UInt64 { cpu.x[31] }
    var nzcv: UInt64 { cpu.nzcv >> 28 }
}
