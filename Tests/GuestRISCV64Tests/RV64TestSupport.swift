import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// Instruction-stream builders: RISC-V code is a byte stream of 32-bit and 16-bit
/// (RVC) instructions, little-endian.
func w(_ words: UInt32...) -> [UInt8] { GuestCode.bytes(words) }
func h(_ halves: UInt16...) -> [UInt8] { GuestCode.bytes(halves: halves) }

/// ebreak (00100073), appended to every test program.
let ebreak: UInt32 = 0x0010_0073

func makeRun(_ code: [UInt8]) throws -> GuestRun {
    try GuestRun(isa: RV64ISA(), code: code)
}

/// Runs `code` in isolation followed by EBREAK and checks that it got there; `setup`
/// sets registers/memory first. The data page is at GuestRun.dataAddress.
func runRV(_ code: [UInt8], setup: (GuestRun) -> Void = { _ in },
           file: StaticString = #filePath, line: UInt = #line) throws -> GuestRun {
    let r = try makeRun(code + w(ebreak))
    r.fflags = 0   // also drops host flags the test process raised (they count as the guest's)
    setup(r)
    r.run(until: .breakpoint(pc: GuestRun.codeAddress + UInt64(code.count), info: 0), file: file, line: line)
    return r
}

extension GuestRun {
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
    /// fflags as the guest reads it: with the flags the native tier left in MXCSR
    /// (`RV64FPStatus`); a write clears those.
    var fflags: UInt32 {
        get { RV64FPStatus.read(cpu) }
        set { RV64FPStatus.write(cpu, newValue) }
    }
    var frm: UInt32 {
        get { cpu.frm }
        set { cpu.frm = newValue }
    }
    static var data: UInt64 { dataAddress }
}
