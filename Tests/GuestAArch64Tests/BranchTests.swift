import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// B, BL, B.cond, CBZ/CBNZ, TBZ/TBNZ, BR, BLR, RET. Each case ends at its own BRK
/// (see `runCases`); a wrong path runs into `brk #0xbad` or leaves X0 telling
/// which way a conditional branch went (1 = fell through, 2 = taken).
final class BranchTests: XCTestCase {
    static let bad: UInt32 = 0xd421_75a0       // brk #0xbad
    /// `<branch to .+12>` followed by: mov x0, #1; b .+8; mov x0, #2.
    static let diamond: [UInt32] = [0xd280_0020, 0x1400_0002, 0xd280_0040]

    /// ConditionHolds() (Arm ARM J1, shared/functions/system), written out
    /// independently of `A64Cond`.
    static func holds(_ cond: Int, _ nzcv: Int) -> Bool {
        let n = nzcv & 8 != 0, z = nzcv & 4 != 0, c = nzcv & 2 != 0, v = nzcv & 1 != 0
        var result: Bool
        switch cond >> 1 {
        case 0b000: result = z
        case 0b001: result = c
        case 0b010: result = n
        case 0b011: result = v
        case 0b100: result = c && !z
        case 0b101: result = n == v
        case 0b110: result = n == v && !z
        default: result = true
        }
        if cond & 1 == 1 && cond != 0b1111 { result = !result }
        return result
    }

    func testUnconditional() throws {
        try runCases([
            A64Case([0x1400_0002, Self.bad], "b .+8"),
            A64Case([0x1400_0002, 0x1400_0003, 0x17ff_ffff, Self.bad], "b .+8; b .+12; b .-4; brk (backward branch)"),
            A64Case([0x9400_0002, Self.bad], "bl .+8", pcOut: [30: 4]),
            A64Case([0x1400_0001], "b .+4 (next instruction)"),
            A64Case([0x5400_0020], "b.eq .+4 (both ways lead to the next instruction)", nzcv: 0b0100),
            A64Case([0x5400_0020], "b.eq .+4 (not taken)", nzcv: 0b0000),
        ])
    }

    func testConditionalBranchAllConditionsAndFlags() throws {
        let words: [UInt32] = [
            0x5400_0060, // b.eq .+12
            0x5400_0061, // b.ne .+12
            0x5400_0062, // b.cs .+12
            0x5400_0063, // b.cc .+12
            0x5400_0064, // b.mi .+12
            0x5400_0065, // b.pl .+12
            0x5400_0066, // b.vs .+12
            0x5400_0067, // b.vc .+12
            0x5400_0068, // b.hi .+12
            0x5400_0069, // b.ls .+12
            0x5400_006a, // b.ge .+12
            0x5400_006b, // b.lt .+12
            0x5400_006c, // b.gt .+12
            0x5400_006d, // b.le .+12
            0x5400_006e, // b.al .+12
            0x5400_006f, // b.nv .+12
        ]
        var cases: [A64Case] = []
        for cond in 0..<16 {
            for flags in 0..<16 {
                cases.append(A64Case([words[cond]] + Self.diamond, "b.cond \(cond) with NZCV \(flags)",
                                     nzcv: UInt64(flags), out: [0: Self.holds(cond, flags) ? 2 : 1]))
            }
        }
        try runCases(cases)
    }

    func testCompareAndTestBranches() throws {
        let d = Self.diamond
        try runCases([
            A64Case([0xb400_0061] + d, "cbz x1 (zero)", x: [1: 0], out: [0: 2]),
            A64Case([0xb400_0061] + d, "cbz x1 (bit 63)", x: [1: 1 << 63], out: [0: 1]),
            A64Case([0xb500_0061] + d, "cbnz x1 (zero)", x: [1: 0], out: [0: 1]),
            A64Case([0xb500_0061] + d, "cbnz x1 (bit 32)", x: [1: 1 << 32], out: [0: 2]),
            A64Case([0x3400_0061] + d, "cbz w1 (upper half ignored)", x: [1: 0xFFFF_FFFF_0000_0000], out: [0: 2]),
            A64Case([0x3400_0061] + d, "cbz w1 (bit 31)", x: [1: 0x8000_0000], out: [0: 1]),
            A64Case([0x3500_0061] + d, "cbnz w1 (upper half ignored)", x: [1: 0x1_0000_0000], out: [0: 1]),
            A64Case([0x3500_0061] + d, "cbnz w1 (bit 0)", x: [1: 1], out: [0: 2]),
            A64Case([0x3600_0061] + d, "tbz w1, #0 (clear)", x: [1: 0xFFFF_FFFF_FFFF_FFFE], out: [0: 2]),
            A64Case([0x3600_0061] + d, "tbz w1, #0 (set)", x: [1: 1], out: [0: 1]),
            A64Case([0x3700_0061] + d, "tbnz w1, #0 (set)", x: [1: 1], out: [0: 2]),
            A64Case([0x36f8_0061] + d, "tbz w1, #31 (set)", x: [1: 0x8000_0000], out: [0: 1]),
            A64Case([0x36f8_0061] + d, "tbz w1, #31 (clear)", x: [1: 0x7FFF_FFFF], out: [0: 2]),
            A64Case([0xb700_0061] + d, "tbnz x1, #32 (set)", x: [1: 1 << 32], out: [0: 2]),
            A64Case([0xb700_0061] + d, "tbnz x1, #32 (clear)", x: [1: 0xFFFF_FFFE_FFFF_FFFF], out: [0: 1]),
            A64Case([0xb6f8_0061] + d, "tbz x1, #63 (set)", x: [1: 1 << 63], out: [0: 1]),
            A64Case([0xb7f8_0061] + d, "tbnz x1, #63 (set)", x: [1: 1 << 63], out: [0: 2]),
            A64Case([0xb7f8_0061] + d, "tbnz x1, #63 (clear)", x: [1: 0x7FFF_FFFF_FFFF_FFFF], out: [0: 1]),
            A64Case([0xb400_0061] + d, "cbz flags untouched", x: [1: 0], nzcv: 0b1010, out: [0: 2]),
        ])
    }

    func testRegisterBranches() throws {
        try runCases([
            A64Case([0xd61f_0020, Self.bad], "br x1", pcIn: [1: 8]),
            A64Case([0xd63f_0020, Self.bad], "blr x1", pcIn: [1: 8], pcOut: [30: 4]),
            A64Case([0xd65f_03c0, Self.bad], "ret", pcIn: [30: 8]),
            A64Case([0xd65f_00a0, Self.bad], "ret x5", pcIn: [5: 8]),
            // The target is read before X30 is written.
            A64Case([0xd63f_03c0, Self.bad], "blr x30", pcIn: [30: 8], pcOut: [30: 4]),
            A64Case([0xd61f_0020, 0x1400_0004, Self.bad, Self.bad, 0x17ff_fffd],
                    "br x1; b .+16; brk; brk; b .-12 (br to a backward branch)", pcIn: [1: 16]),
        ])
    }

    func testLoopsChainBlocks() throws {
        try runCases([
            A64Case([0xd280_0000, 0x9100_0400, 0xf101_901f, 0x54ff_ffc1],
                    "mov x0, #0; add x0, x0, #1; cmp x0, #100; b.ne .-8", out: [0: 100], nzcvOut: 0b0110),
            A64Case([0x5100_0421, 0x35ff_ffe1], "sub w1, w1, #1; cbnz w1, .-4",
                    x: [1: 0xFFFF_FFFF_0000_0005], out: [1: 0]),
        ])
    }

    /// Branches to the ends of the ±128 MiB range land outside guest code, which
    /// the engine reports as a fetch fault at the target: that checks the offset.
    func testLongestBranchOffsets() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0x15ff_ffff, // b .+0x7fffffc
            0x9600_0000, // bl .-0x8000000
            0xd61f_03e0, // br xzr
        ])
        let base = GuestRun.codeAddress
        XCTAssertEqual(r.run(), .fault(pc: base + 0x7FF_FFFC, addr: base + 0x7FF_FFFC, signal: 11, code: 1, write: false))
        r.thread.pc = base + 4
        let low = (base + 4) &- 0x800_0000
        XCTAssertEqual(r.run(), .fault(pc: low, addr: low, signal: 11, code: 1, write: false))
        XCTAssertEqual(r.cpu.x[30], base + 8)
        r.thread.pc = base + 8
        XCTAssertEqual(r.run(), .fault(pc: 0, addr: 0, signal: 11, code: 1, write: false))
    }

    func testUndefinedBranchEncodings() throws {
        try expectUndefined([
            (0x5400_0010, "bc.eq . (FEAT_HBC)"),
            (0x5500_0000, "b.cond with o1=1"),
            (0xd71f_0801, "braa x0, x1 (FEAT_PAuth)"),
            (0xd73f_0801, "blraa x0, x1 (FEAT_PAuth)"),
            (0xd65f_0bff, "retaa (FEAT_PAuth)"),
            (0xd69f_03e0, "eret"),
            (0xd6bf_03e0, "drps"),
            (0xd61f_0021, "br x1 with op4=00001"),
            (0xd61e_0020, "br x1 with op2=11110"),
            (0xd67f_03e0, "branch register opc=0011"),
        ])
    }
}
