import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Runs `word` with the listed vector registers set, then checks them and FPSR.
func checkV(_ word: UInt32, in ins: [(UInt8, UInt64, UInt64)], out: [(UInt8, UInt64, UInt64)],
            fpsr: UInt32, fpcr: UInt32 = 0, file: StaticString = #filePath, line: UInt = #line) throws {
    let r = try runFP([word], setup: { r in
        for (n, lo, hi) in ins { r.setV(n, lo, hi) }
        r.cpu.fpcr = fpcr
    }, file: file, line: line)
    for (n, lo, hi) in out {
        XCTAssertEqual(r.vLo(n), lo, "v\(n)<63:0> of 0x\(String(word, radix: 16))", file: file, line: line)
        XCTAssertEqual(r.vHi(n), hi, "v\(n)<127:64> of 0x\(String(word, radix: 16))", file: file, line: line)
    }
    XCTAssertEqual(r.fpsrValue, fpsr, "FPSR of 0x\(String(word, radix: 16))", file: file, line: line)
}
