import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// ADR/ADRP (results depend on the instruction's own address) and the UNDEFINED
/// corners of the data-processing-immediate group.
final class IntegerPCRelativeTests: XCTestCase {
    func testADRAndADRP() throws {
        try runCases([
            A64Case([0x1000_0000], "adr x0, .", pcOut: [0: 0]),
            A64Case([0x10ff_ffe1], "adr x1, .-4", pcOut: [1: -4]),
            A64Case([0x707f_ffe2], "adr x2, .+0xfffff (largest)", pcOut: [2: 0xF_FFFF]),
            A64Case([0x1080_0003], "adr x3, .-0x100000 (smallest)", pcOut: [3: -0x10_0000]),
            A64Case([0x3000_0007], "adr x7, .+1", pcOut: [7: 1]),
            A64Case([0x1000_005f], "adr xzr, .+8 (discarded)"),
            A64Case([0x9000_0004], "adrp x4, . (this page)", pageOut: [4: 0]),
            A64Case([0xb000_0005], "adrp x5, .+0x1000", pageOut: [5: 0x1000]),
            A64Case([0xf0ff_ffe7], "adrp x7, .-0x1000", pageOut: [7: -0x1000]),
            A64Case([0x9080_0006], "adrp x6, .-0x100000000 (wraps below 0)", pageOut: [6: -0x1_0000_0000]),
        ])
    }

    func testUndefinedImmediateEncodings() throws {
        try expectUndefined([
            (0xb280_0000, "move wide opc=01"),
            (0x52c0_0000, "movz w0, #0, lsl #32 (hw=2 with sf=0)"),
            (0x1240_0020, "and w0, w1, #imm with N=1"),
            (0x9240_fc20, "and x0, x1, #imm with N=1, imms=111111 (all-ones element)"),
            (0x1200_fc20, "and w0, w1, #imm with imms=111111 (reserved)"),
            (0x1200_f820, "and w0, w1, #imm with imms=111110 (no element size)"),
            (0x9300_0000, "sbfm x0, x0 with N=0"),
            (0x1340_0000, "sbfm w0, w0 with N=1"),
            (0x1300_8000, "sbfm w0, w0, #0, #32"),
            (0x1320_0000, "sbfm w0, w0, #32, #0"),
            (0x7300_0000, "bitfield opc=11"),
            (0x1380_8000, "extr w0, w0, w0, #32"),
            (0x9380_0000, "extr x0 with N=0"),
            (0x93e0_0000, "extr with o0=1"),
            (0xb3c0_0000, "extr with op21=01"),
            (0x9180_0000, "add/sub immediate with tags (ADDG, MTE)"),
            (0x11c0_0000, "min/max immediate class (FEAT_CSSC)"),
        ])
    }
}
