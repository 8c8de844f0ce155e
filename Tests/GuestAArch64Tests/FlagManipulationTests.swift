import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// FEAT_FlagM (CFINV, RMIF, SETF8, SETF16) and FEAT_FlagM2 (XAFLAG, AXFLAG): (word, NZCV
/// before, X1, NZCV after) from qemu-aarch64 -cpu max running each instruction in a
/// static test program. CFINV/XAFLAG/AXFLAG over all 16 flag states; RMIF with rotations
/// 0, 63 and others and every kind of mask; SETF8/SETF16 at the sign and overflow bits,
/// with XZR as source.
final class FlagManipulationTests: XCTestCase {
    func testFlagManipulation() throws {
        let cases: [(UInt32, UInt64, UInt64, UInt64)] = [
            (0xd500401f, 0x0, 0x0, 0x20000000), // cfinv
            (0xd500401f, 0x10000000, 0x0, 0x30000000), // cfinv
            (0xd500401f, 0x20000000, 0x0, 0x0), // cfinv
            (0xd500401f, 0x30000000, 0x0, 0x10000000), // cfinv
            (0xd500401f, 0x40000000, 0x0, 0x60000000), // cfinv
            (0xd500401f, 0x50000000, 0x0, 0x70000000), // cfinv
            (0xd500401f, 0x60000000, 0x0, 0x40000000), // cfinv
            (0xd500401f, 0x70000000, 0x0, 0x50000000), // cfinv
            (0xd500401f, 0x80000000, 0x0, 0xa0000000), // cfinv
            (0xd500401f, 0x90000000, 0x0, 0xb0000000), // cfinv
            (0xd500401f, 0xa0000000, 0x0, 0x80000000), // cfinv
            (0xd500401f, 0xb0000000, 0x0, 0x90000000), // cfinv
            (0xd500401f, 0xc0000000, 0x0, 0xe0000000), // cfinv
            (0xd500401f, 0xd0000000, 0x0, 0xf0000000), // cfinv
            (0xd500401f, 0xe0000000, 0x0, 0xc0000000), // cfinv
            (0xd500401f, 0xf0000000, 0x0, 0xd0000000), // cfinv
            (0xd500403f, 0x0, 0x0, 0x80000000), // xaflag
            (0xd500403f, 0x10000000, 0x0, 0x80000000), // xaflag
            (0xd500403f, 0x20000000, 0x0, 0x20000000), // xaflag
            (0xd500403f, 0x30000000, 0x0, 0x20000000), // xaflag
            (0xd500403f, 0x40000000, 0x0, 0x30000000), // xaflag
            (0xd500403f, 0x50000000, 0x0, 0x30000000), // xaflag
            (0xd500403f, 0x60000000, 0x0, 0x60000000), // xaflag
            (0xd500403f, 0x70000000, 0x0, 0x60000000), // xaflag
            (0xd500403f, 0x80000000, 0x0, 0x80000000), // xaflag
            (0xd500403f, 0x90000000, 0x0, 0x80000000), // xaflag
            (0xd500403f, 0xa0000000, 0x0, 0x20000000), // xaflag
            (0xd500403f, 0xb0000000, 0x0, 0x20000000), // xaflag
            (0xd500403f, 0xc0000000, 0x0, 0x30000000), // xaflag
            (0xd500403f, 0xd0000000, 0x0, 0x30000000), // xaflag
            (0xd500403f, 0xe0000000, 0x0, 0x60000000), // xaflag
            (0xd500403f, 0xf0000000, 0x0, 0x60000000), // xaflag
            (0xd500405f, 0x0, 0x0, 0x0), // axflag
            (0xd500405f, 0x10000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0x20000000, 0x0, 0x20000000), // axflag
            (0xd500405f, 0x30000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0x40000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0x50000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0x60000000, 0x0, 0x60000000), // axflag
            (0xd500405f, 0x70000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0x80000000, 0x0, 0x0), // axflag
            (0xd500405f, 0x90000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0xa0000000, 0x0, 0x20000000), // axflag
            (0xd500405f, 0xb0000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0xc0000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0xd0000000, 0x0, 0x40000000), // axflag
            (0xd500405f, 0xe0000000, 0x0, 0x60000000), // axflag
            (0xd500405f, 0xf0000000, 0x0, 0x40000000), // axflag
            (0xba00042f, 0x70000000, 0x5f915ef09cfbac6e, 0xe0000000), // rmif x1, #0, #15
            (0xba00042f, 0x40000000, 0x2fa73207237751aa, 0xa0000000), // rmif x1, #0, #15
            (0xba00042f, 0xd0000000, 0x1a5ba50ad38835e, 0xe0000000), // rmif x1, #0, #15
            (0xba1f8425, 0x50000000, 0x76b6745180b65386, 0x40000000), // rmif x1, #63, #5
            (0xba1f8425, 0xe0000000, 0x14b044d79acd8acd, 0xa0000000), // rmif x1, #63, #5
            (0xba1f8425, 0x50000000, 0xefb6fbfe8de4ab47, 0x50000000), // rmif x1, #63, #5
            (0xba02042a, 0x90000000, 0xa78250fb339a476, 0x30000000), // rmif x1, #4, #10
            (0xba02042a, 0xb0000000, 0x2b5ebaa061076dc3, 0x90000000), // rmif x1, #4, #10
            (0xba02042a, 0xb0000000, 0x73b7a490f23b2cc4, 0x90000000), // rmif x1, #4, #10
            (0xba1e042f, 0xf0000000, 0x6c2ea417b99de255, 0x60000000), // rmif x1, #60, #15
            (0xba1e042f, 0x20000000, 0x3cee5e2c2b1e1885, 0x30000000), // rmif x1, #60, #15
            (0xba1e042f, 0x0, 0x21e6a46f1c670ea9, 0x20000000), // rmif x1, #60, #15
            (0xba088420, 0x80000000, 0xec801bdfdf2965b3, 0x80000000), // rmif x1, #17, #0
            (0xba088420, 0xf0000000, 0x10363c5f972651da, 0xf0000000), // rmif x1, #17, #0
            (0xba088420, 0xc0000000, 0x6237dbe6b03da701, 0xc0000000), // rmif x1, #17, #0
            (0xba0187ef, 0xc0000000, 0xe323bb2abf00188d, 0x0), // rmif xzr, #3, #15
            (0xba0187ef, 0x10000000, 0x4a8aa593eb40a9b8, 0x0), // rmif xzr, #3, #15
            (0xba0187ef, 0x30000000, 0x396bcb8fac9abb0c, 0x0), // rmif xzr, #3, #15
            (0x3a00082d, 0x10000000, 0x0, 0x40000000), // setf8 w1
            (0x3a00082d, 0xc0000000, 0x80, 0x90000000), // setf8 w1
            (0x3a00082d, 0x40000000, 0x7f, 0x0), // setf8 w1
            (0x3a00082d, 0xe0000000, 0x100, 0x70000000), // setf8 w1
            (0x3a00082d, 0x30000000, 0x180, 0xa0000000), // setf8 w1
            (0x3a00082d, 0x60000000, 0xff00, 0x70000000), // setf8 w1
            (0x3a00082d, 0x40000000, 0x8000, 0x40000000), // setf8 w1
            (0x3a00082d, 0x50000000, 0x18000, 0x40000000), // setf8 w1
            (0x3a00082d, 0xc0000000, 0x10000, 0x40000000), // setf8 w1
            (0x3a00082d, 0x0, 0xffffffff00000000, 0x40000000), // setf8 w1
            (0x3a00082d, 0x30000000, 0xcb01c357b9c7e435, 0x20000000), // setf8 w1
            (0x3a00082d, 0xb0000000, 0xe3bb41b36bf82959, 0x30000000), // setf8 w1
            (0x3a00482d, 0x0, 0x0, 0x40000000), // setf16 w1
            (0x3a00482d, 0xe0000000, 0x80, 0x20000000), // setf16 w1
            (0x3a00482d, 0x60000000, 0x7f, 0x20000000), // setf16 w1
            (0x3a00482d, 0xd0000000, 0x100, 0x0), // setf16 w1
            (0x3a00482d, 0x70000000, 0x180, 0x20000000), // setf16 w1
            (0x3a00482d, 0x20000000, 0xff00, 0xb0000000), // setf16 w1
            (0x3a00482d, 0x0, 0x8000, 0x90000000), // setf16 w1
            (0x3a00482d, 0x30000000, 0x18000, 0xa0000000), // setf16 w1
            (0x3a00482d, 0x60000000, 0x10000, 0x70000000), // setf16 w1
            (0x3a00482d, 0xb0000000, 0xffffffff00000000, 0x60000000), // setf16 w1
            (0x3a00482d, 0xe0000000, 0x1597ac1e2eb17c8, 0x30000000), // setf16 w1
            (0x3a00482d, 0xd0000000, 0x694398c5e11e99fb, 0x90000000), // setf16 w1
            (0x3a000bed, 0x10000000, 0x0, 0x40000000), // setf8 wzr
            (0x3a000bed, 0xc0000000, 0x80, 0x40000000), // setf8 wzr
            (0x3a000bed, 0x90000000, 0x7f, 0x40000000), // setf8 wzr
            (0x3a000bed, 0x30000000, 0x100, 0x60000000), // setf8 wzr
            (0x3a000bed, 0xe0000000, 0x180, 0x60000000), // setf8 wzr
            (0x3a000bed, 0xd0000000, 0xff00, 0x40000000), // setf8 wzr
            (0x3a000bed, 0x30000000, 0x8000, 0x60000000), // setf8 wzr
            (0x3a000bed, 0x50000000, 0x18000, 0x40000000), // setf8 wzr
            (0x3a000bed, 0x0, 0x10000, 0x40000000), // setf8 wzr
            (0x3a000bed, 0xe0000000, 0xffffffff00000000, 0x60000000), // setf8 wzr
            (0x3a000bed, 0x10000000, 0xf6c986f21caf107a, 0x40000000), // setf8 wzr
            (0x3a000bed, 0x20000000, 0xfded6598cae043, 0x60000000), // setf8 wzr
        ]
        for (word, before, x1, after) in cases {
            let r = try runFP([word], setup: { r in
                r.cpu.nzcv = before
                r.setX(1, x1)
            })
            XCTAssertEqual(r.cpu.nzcv, after, "0x\(String(word, radix: 16)) with NZCV 0x\(String(before, radix: 16)), x1 0x\(String(x1, radix: 16))")
        }
    }

    /// Neighbours that stay UNALLOCATED: RMIF with sf=0 or o2=1, SETF with opcode2, o3
    /// or mask other than the fixed values, other MSR (immediate) PSTATE fields.
    func testFlagManipulationNeighbours() throws {
        try expectUndefined([
            (0x3a00_042f, "rmif with sf=0"),
            (0xba00_043f, "rmif with o2=1"),
            (0x3a00_886d, "setf8 with opcode2=000001"),
            (0x3a00_087d, "setf8 with o3=1"),
            (0x3a00_086c, "setf8 with mask=1100"),
            (0xd500_407f, "msr uao, #0 (EL1 only)"),
            (0xd500_411f, "cfinv with CRm=0001"),
            (0xd500_417f, "msr uao, #1"),
        ])
    }
}
