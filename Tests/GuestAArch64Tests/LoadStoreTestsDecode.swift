import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Unallocated load/store encodings, and those of features xrun does not implement,
/// raise SIGILL at their own PC (checked with binutils' disassembler: ".inst ...;
/// undefined" unless named).
final class LoadStoreDecodeTests: XCTestCase {
    func testUnallocatedOrUnimplementedEncodingsAreUndefined() throws {
        let words: [(UInt32, String)] = [
            (0x6840_0820, "LDNP with opc=01 (no LDPSW no-allocate form)"),
            (0xb9c0_0020, "size=10 opc=11, unsigned immediate"),
            (0xf862_0820, "register offset with option=000"),
            (0xf880_0c20, "PRFM pre-indexed"),
            (0x3c40_0820, "unprivileged SIMD&FP"),
            (0x0c40_8c20, "LD2 {.1D}"),
            (0x0d40_4420, "LD1 single H with size<0>=1"),
            (0x4d40_d820, "LD1R with S=1"),
            (0x0d00_c020, "store form of replicate"),
            (0x0d40_b420, "single D with S=1"),
            (0x0d40_a820, "single S/D with size=10"),
            (0x482f_7e50, "CASP with odd Rs"),
            (0xc8a0_7822, "CAS with Rt2 != 31"),
            (0xfc22_0020, "atomic with V=1"),
            (0x0ca0_7020, "multiple structures post-index with bit 21 set"),
            (0x0c40_1020, "multiple structures opcode 0001"),
            (0xf820_0420, "ldraa x0, [x1] (FEAT_PAuth)"),
            (0x6900_0000, "stgp x0, x0, [x0] (FEAT_MTE)"),
            (0xf83f_d020, "ld64b x0, [x1] (FEAT_LS64)"),
        ]
        for (w, text) in words {
            let (_, trap) = try runLSTrap([w])
            XCTAssertEqual(trap, .undefined(pc: GuestRun.codeAddress, word: UInt64(w)), text)
        }
    }
}
