import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// One instruction test vector: `words` run with X0–X30 set from `x` (others get
/// `defaultX(n)`, so stray writes show), SP and NZCV (4-bit) set; afterwards the
/// registers in `out` must hold those values and every other register its input.
/// `pcIn`/`pcOut` give registers relative to the case's first instruction address,
/// `pageOut` relative to its 4 KiB page (ADRP).
struct A64Case {
    var words: [UInt32]
    var text: String
    var x: [Int: UInt64]
    var sp: UInt64
    var nzcv: UInt64
    var out: [Int: UInt64]
    var nzcvOut: UInt64?
    var spOut: UInt64?
    var pcIn: [Int: Int64] = [:]
    var pcOut: [Int: Int64] = [:]
    var pageOut: [Int: Int64] = [:]

    static let defaultSP: UInt64 = 0x2_F000
    static func defaultX(_ n: Int) -> UInt64 { 0xD0D0_0000_0000_0000 | UInt64(n) << 4 }

    init(_ words: [UInt32], _ text: String, x: [Int: UInt64] = [:], sp: UInt64 = A64Case.defaultSP,
         nzcv: UInt64 = 0, out: [Int: UInt64] = [:], nzcvOut: UInt64? = nil, spOut: UInt64? = nil,
         pcIn: [Int: Int64] = [:], pcOut: [Int: Int64] = [:], pageOut: [Int: Int64] = [:]) {
        self.words = words
        self.text = text
        self.x = x
        self.sp = sp
        self.nzcv = nzcv
        self.out = out
        self.nzcvOut = nzcvOut
        self.spOut = spOut
        self.pcIn = pcIn
        self.pcOut = pcOut
        self.pageOut = pageOut
    }
}

/// Runs many cases in ONE `GuestRun` (each run reserves guest address space):
/// case i's words are followed by `BRK #i`, and each case starts with the PC set to
/// its first word and must stop at its own BRK.
func runCases(_ cases: [A64Case], file: StaticString = #filePath, line: UInt = #line) throws {
    var words: [UInt32] = []
    var starts: [UInt64] = []
    var ends: [UInt64] = []
    for (i, c) in cases.enumerated() {
        starts.append(GuestRun.codeAddress + UInt64(words.count) * 4)
        words += c.words
        ends.append(GuestRun.codeAddress + UInt64(words.count) * 4)
        words.append(0xD420_0000 | UInt32(i & 0xFFFF) << 5) // brk #i
    }
    let r = try GuestRun(isa: A64ISA(), words: words)
    for (i, c) in cases.enumerated() {
        let start = starts[i]
        func input(_ n: Int) -> UInt64 {
            if let d = c.pcIn[n] { return start &+ UInt64(bitPattern: d) }
            return c.x[n] ?? A64Case.defaultX(n)
        }
        for n in 0..<31 { r.cpu.x[n] = input(n) }
        r.cpu.x[31] = c.sp
        r.cpu.nzcv = c.nzcv << 28
        r.thread.pc = start
        let trap = r.run(file: file, line: line)
        guard trap == .breakpoint(pc: ends[i], info: UInt64(i & 0xFFFF)) else {
            XCTFail("\(c.text): stopped with \(trap), expected BRK at 0x\(String(ends[i], radix: 16))",
                    file: file, line: line)
            continue
        }
        for n in 0..<31 {
            var want = c.out[n] ?? input(n)
            if let d = c.pcOut[n] { want = start &+ UInt64(bitPattern: d) }
            if let d = c.pageOut[n] { want = (start & ~0xFFF) &+ UInt64(bitPattern: d) }
            let got = r.cpu.x[n]
            if got != want {
                XCTFail("\(c.text): X\(n) = 0x\(String(got, radix: 16)), expected 0x\(String(want, radix: 16))",
                        file: file, line: line)
            }
        }
        XCTAssertEqual(r.cpu.x[Int(A64Reg.zr)], 0, "\(c.text): the zero register was written", file: file, line: line)
        XCTAssertEqual(r.cpu.x[31], c.spOut ?? c.sp, "\(c.text): SP", file: file, line: line)
        XCTAssertEqual(r.cpu.nzcv, (c.nzcvOut ?? c.nzcv) << 28, "\(c.text): NZCV", file: file, line: line)
    }
}

/// Each word, run alone, must stop as UNDEFINED (SIGILL) at its own address.
func expectUndefined(_ words: [(UInt32, String)], file: StaticString = #filePath, line: UInt = #line) throws {
    var code: [UInt32] = []
    for (w, _) in words { code += [w, 0xD420_0000] } // the word, then brk #0 (must not be reached)
    let r = try GuestRun(isa: A64ISA(), words: code)
    for (i, (w, text)) in words.enumerated() {
        let pc = GuestRun.codeAddress + UInt64(i) * 8
        r.thread.pc = pc
        XCTAssertEqual(r.run(file: file, line: line), .undefined(pc: pc, word: UInt64(w)), "\(text) (0x\(String(w, radix: 16)))",
                       file: file, line: line)
    }
}
