import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// Data-processing-register encodings that are UNALLOCATED, or belong to features
/// xrun does not advertise (PAuth, MTE, CSSC): all must raise SIGILL.
final class IntegerUndefinedTests: XCTestCase {
    func testUndefinedRegisterEncodings() throws {
        try expectUndefined([
            (0x8bc0_0000, "add x0, x0, x0 with shift=11 (ROR)"),
            (0x0b00_8000, "add w0, w0, w0, lsl #32"),
            (0x8b60_0000, "add (extended) with opt=01"),
            (0x8b20_1400, "add x0, x0, w0, uxtb #5"),
            (0x0a00_8000, "and w0, w0, w0, lsl #32"),
            (0xfa40_0400, "ccmp with o2=1"),
            (0xfa40_0010, "ccmp with o3=1"),
            (0xda40_0000, "conditional compare with S=0"),
            (0xba80_0000, "csel with S=1"),
            (0x9a80_0800, "conditional select op2=10"),
            (0x5ac0_0c00, "rev (64-bit opcode) with sf=0"),
            (0xfac0_0000, "data-processing 1-source with S=1"),
            (0xdac0_1820, "ctz x0, x1 (FEAT_CSSC)"),
            (0xdac0_2020, "abs x0, x1 (FEAT_CSSC)"),
            (0x5ac0_1c20, "cnt w0, w1 (FEAT_CSSC)"),
            (0xdac1_0020, "pacia x0, x1 (FEAT_PAuth)"),
            (0xdac1_1020, "autia x0, x1 (FEAT_PAuth)"),
            (0xdac1_43e0, "xpaci x0 (FEAT_PAuth)"),
            (0x1ac0_4c00, "crc32x with sf=0"),
            (0x9ac0_4000, "crc32b with sf=1"),
            (0xbac0_0800, "data-processing 2-source with S=1"),
            (0x9ac2_3020, "pacga x0, x1, x2 (FEAT_PAuth)"),
            (0x9adf_1020, "irg x0, x1 (FEAT_MTE)"),
            (0x9ac2_0020, "subp x0, x1, x2 (FEAT_MTE)"),
            (0x9ac2_6020, "smax x0, x1, x2 (FEAT_CSSC)"),
            (0x1ac2_6c20, "umin w0, w1, w2 (FEAT_CSSC)"),
            (0x9ac0_1000, "2-source opcode 000100 with sf=1 (IRG form)"),
            (0xbb00_0000, "3-source with op54=01"),
            (0x1b20_0000, "smaddl with sf=0"),
            (0x9b60_0000, "3-source op31=011"),
            (0x9b80_0000, "3-source op31=100"),
            (0x9b40_8000, "smulh with o0=1"),
            (0x9a00_0400, "adc with op3 != 0"),
            (0x9a60_0000, "data-processing register op2=0011"),
        ])
    }
}
