import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// F extension behaviours named one by one (the bulk of the arithmetic is checked
/// against reference vectors in FPVectorTests): NaN boxing, static and dynamic
/// rounding modes, reserved rounding modes, tininess after rounding.
final class FTests: XCTestCase {
    let canonicalNaNBoxed: UInt64 = 0xffff_ffff_7fc0_0000

    func testLoadsStoresAndMovesHandleBoxing() throws {
        let base = GuestRun.dataAddress + 0x200
        let r = try runRV(
            w(0x0005_2507) + // flw fa0,0(a0)
            w(0x00b5_2427) + // fsw fa1,8(a0)
            w(0x0105_3607) + // fld fa2,16(a0)
            w(0x00d5_3c27) + // fsd fa3,24(a0)
            w(0xe007_05d3) + // fmv.x.w a1,fa4
            w(0xf006_07d3) + // fmv.w.x fa5,a2
            w(0xe208_06d3) + // fmv.x.d a3,fa6
            w(0xf207_08d3)   // fmv.d.x fa7,a4
        ) { r in
            r.setX(10, base)
            _ = r.memory.write(base, UInt32(0x3f80_0000))
            _ = r.memory.write(base + 16, UInt64(0x4009_21fb_5444_2d18))
            r.setF(11, 0xdead_beef_4049_0fdb)   // not boxed: FSW still stores the low half
            r.setF(13, 0x1234)
            r.setF(14, 0x0000_0000_c000_0000)   // not boxed: FMV.X.W still moves the low half
            r.setX(12, 0x1234_5678_3f80_0000)
            r.setF(16, 0x7ff0_0000_0000_0001)
            r.setX(14, 0xfff0_0000_0000_0002)
        }
        XCTAssertEqual(r.f(10), 0xffff_ffff_3f80_0000, "FLW NaN-boxes")
        XCTAssertEqual(r.memory.read(base + 8, as: UInt32.self), 0x4049_0fdb)
        XCTAssertEqual(r.f(12), 0x4009_21fb_5444_2d18)
        XCTAssertEqual(r.memory.read(base + 24, as: UInt64.self), 0x1234)
        XCTAssertEqual(r.x(11), 0xffff_ffff_c000_0000, "FMV.X.W sign-extends bit 31")
        XCTAssertEqual(r.f(15), 0xffff_ffff_3f80_0000, "FMV.W.X NaN-boxes the low half")
        XCTAssertEqual(r.x(13), 0x7ff0_0000_0000_0001, "FMV.X.D moves a signalling NaN unchanged")
        XCTAssertEqual(r.f(17), 0xfff0_0000_0000_0002)
        XCTAssertEqual(r.fflags, 0)
    }

    func testImproperlyBoxedOperandReadsAsCanonicalNaN() throws {
        let improper: UInt64 = 0x0000_0000_3f80_0000 // 1.0f without the box
        var r = try runRV(w(0x00c5_f553)) { r in // fadd.s fa0,fa1,fa2
            r.setF(11, improper); r.setS(12, 1)
        }
        XCTAssertEqual(r.f(10), canonicalNaNBoxed)
        XCTAssertEqual(r.fflags, 0, "the canonical NaN is quiet")
        r = try runRV(w(0x20b5_8553)) { r in r.setF(11, improper) } // fsgnj.s fa0,fa1,fa1 (fmv.s)
        XCTAssertEqual(r.f(10), canonicalNaNBoxed)
        r = try runRV(w(0xe005_9553)) { r in r.setF(11, improper) } // fclass.s a0,fa1
        XCTAssertEqual(r.x(10), 1 << 9, "quiet NaN")
        r = try runRV(w(0x4206_8653)) { r in r.setF(13, improper) } // fcvt.d.s fa2,fa3
        XCTAssertEqual(r.f(12), 0x7ff8_0000_0000_0000)
    }

    func testStaticRoundingModesOverrideFrm() throws {
        // 1 + 0.75 ulp: RNE and RUP round up, RTZ truncates.
        let r = try runRV(
            w(0x00c5_9553) + // fadd.s fa0,fa1,fa2,rtz
            w(0x00c5_b6d3) + // fadd.s fa3,fa1,fa2,rup
            w(0x10c5_8753)   // fmul.s fa4,fa1,fa2,rne
        ) { r in
            r.setS(11, 1); r.setS(12, Float(bitPattern: 0x33c0_0000)) // 1.5 × 2^-24
            r.frm = 2 // RDN, which a static mode must not use
        }
        XCTAssertEqual(r.s(10).bitPattern, 0x3f80_0000)
        XCTAssertEqual(r.s(13).bitPattern, 0x3f80_0001)
        XCTAssertEqual(r.s(14).bitPattern, 0x33c0_0000)
        XCTAssertEqual(r.fflags, 1, "NX")
    }

    func testDynamicRoundingMode() throws {
        let code = w(0x00c5_f553) // fadd.s fa0,fa1,fa2 (dyn)
        let expected: [(UInt32, UInt32)] = [(0, 0x3f80_0001), (1, 0x3f80_0000), (2, 0x3f80_0000),
                                            (3, 0x3f80_0001), (4, 0x3f80_0001)]
        for (rm, bits) in expected {
            let r = try runRV(code) { r in
                r.setS(11, 1); r.setS(12, Float(bitPattern: 0x33c0_0000)); r.frm = rm
            }
            XCTAssertEqual(r.s(10).bitPattern, bits, "frm \(rm)")
        }
    }

    func testReservedStaticRoundingModesAreUndefined() throws {
        for word: UInt32 in [0x00c5_d553,   // fadd.s fa0,fa1,fa2 with rm = 101
                             0x00c5_e553] { // rm = 110
            let r = try makeRun(w(word))
            XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: UInt64(word)))
        }
    }

    func testReservedDynamicRoundingModeIsSIGILLAtRunTime() throws {
        let r = try makeRun(
            w(0x0010_0793) + // addi a5,zero,1
            w(0x00c5_f553) + // fadd.s fa0,fa1,fa2 (dyn)
            w(0x0020_0813)   // addi a6,zero,2
        )
        r.frm = 5
        let pc = GuestRun.codeAddress + 4
        XCTAssertEqual(r.run(), .fault(pc: pc, addr: pc, signal: 4, code: 1, write: false))
        XCTAssertEqual(r.x(15), 1, "the instruction before ran")
        XCTAssertEqual(r.x(16), 0, "the block stopped at the FP instruction")
    }

    /// 0x007ffff0 × 0x3f800010 is tiny before rounding but rounds to the smallest
    /// normal number: RISC-V detects tininess after rounding, so only NX is raised.
    func testTininessIsDetectedAfterRounding() throws {
        let r = try runRV(w(0x10c5_8553)) { r in // fmul.s fa0,fa1,fa2,rne
            r.setF(11, 0xffff_ffff_007f_fff0); r.setF(12, 0xffff_ffff_3f80_0010)
        }
        XCTAssertEqual(r.s(10).bitPattern, 0x0080_0000)
        XCTAssertEqual(r.fflags, 1)
    }

    func testFusedNegatedMultiplyAddSingle() throws {
        // fnmadd: -(a × b) - c with one rounding: -(3 × 5) - 1 = -16
        let r = try runRV(w(0x68c5_f54f)) { r in // fnmadd.s fa0,fa1,fa2,fa3
            r.setS(11, 3); r.setS(12, 5); r.setS(13, 1)
        }
        XCTAssertEqual(r.s(10), -16)
        XCTAssertEqual(r.fflags, 0)
    }
}
