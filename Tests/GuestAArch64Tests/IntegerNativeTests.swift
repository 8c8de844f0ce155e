import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// The native tier's integer templates that keep flags lazy or insert fields —
/// CCMP/CCMN (NativeConditionalCompare), ADC/SBC (NativeCarry), MOVK and BFM
/// (NativeFieldInsert), the widening multiplies (NativeWideMultiply) — against the
/// ops' functions. `runTwice` runs each case in both tiers and fails on any difference
/// in registers (NZCV materialized) or memory. The flag cases put each consumer shape
/// after the CCMP: right after it (operands still in host registers), later in the
/// block (operands from the CPU state), in the next block (kind dispatched at run
/// time), a CCMP after a CCMP, and a producer in an earlier block.
final class IntegerNativeTests: XCTestCase {
    typealias Random = SIMDNativeTests.Random

    static let boundary: [UInt64] = [0, 1, 2, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000, 0x1_8000_0000,
                                     0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, 0xFFFF_FFFF_FFFF_FFFF,
                                     0xFFFF_FFFF_8000_0000, 0xDEAD_BEEF_7FFF_FFFF]

    static func value(_ g: inout Random) -> UInt64 {
        switch g.below(4) {
        case 0: return g.next()
        case 1: return UInt64(truncatingIfNeeded: g.below(64)) &- 32
        default: return boundary[g.below(boundary.count)]
        }
    }

    // Encoders (C6.2 of each instruction).
    static func ccmp(sf: Bool, ccmp: Bool, immediate: Bool, rn: UInt32, field: UInt32, cond: UInt32, nzcv: UInt32) -> UInt32 {
        (sf ? 1 << 31 : 0) | (ccmp ? 1 << 30 : 0) | 0x3A40_0000 | field << 16 | cond << 12
            | (immediate ? 1 << 11 : 0) | rn << 5 | nzcv
    }
    static func cset(_ rd: UInt32, _ cond: UInt32) -> UInt32 { 0x9A9F_07E0 | (cond ^ 1) << 12 | rd }
    static func csel(_ rd: UInt32, _ rn: UInt32, _ rm: UInt32, _ cond: UInt32) -> UInt32 {
        0x9A80_0000 | rm << 16 | cond << 12 | rn << 5 | rd
    }
    /// B.cond to two instructions ahead (skips one).
    static func bcondSkip(_ cond: UInt32) -> UInt32 { 0x5400_0040 | cond }
    static let branchNext: UInt32 = 0x1400_0001          // b .+4: ends the block
    static let producers: [UInt32] = [
        0xEB02_003F,   // cmp x1, x2
        0x6B02_003F,   // cmp w1, w2
        0xAB02_003F,   // cmn x1, x2
        0x2B02_003F,   // cmn w1, w2
        0xEA02_003F,   // tst x1, x2
        0x7202_003F,   // tst w1, w2
        0xF100_0C3F,   // cmp x1, #3
        0xD51B_4205,   // msr nzcv, x5 (packed flags)
        0xEB22_C03F,   // cmp x1, w2, sxtw
        0x2B22_083F,   // cmn w1, w2, uxtb #2
        0xEB22_2029,   // subs x9, x1, w2, uxth
    ]

    /// CCMP/CCMN of every form and condition (AL/NV included), each #nzcv with every
    /// form, after every kind of producer, with its consumers in every position.
    func testConditionalCompareBothTiers() throws {
        let r = try SharedGuest.run()
        var g = Random(state: 0x5EED_CC3F)
        var templated = 0, placements = 0
        for form in 0..<8 {
            let sf = form & 1 == 1, isCCMP = form & 2 == 2, immediate = form & 4 == 4
            for cond in UInt32(0)..<16 {
                // Every #nzcv with every form, four per condition (all 16 over four conditions).
                for nzcv in (UInt32(0)..<4).map({ $0 * 4 + cond % 4 }) {
                    let i = placements
                    placements += 1
                    // Rn = XZR in some cases; Rm = XZR or imm5 otherwise random.
                    let rn: UInt32 = i % 11 == 0 ? 31 : 3
                    let field: UInt32 = immediate ? UInt32(g.below(32)) : (i % 13 == 0 ? 31 : 4)
                    let word = Self.ccmp(sf: sf, ccmp: isCCMP, immediate: immediate, rn: rn, field: field, cond: cond, nzcv: nzcv)
                    let c = (0..<6).map { _ in UInt32(g.below(14)) }
                    let producer = Self.producers[i % Self.producers.count]
                    // A second CCMP of another form, chained.
                    let chained = Self.ccmp(sf: !sf, ccmp: !isCCMP, immediate: false, rn: 4, field: 3,
                                            cond: c[5], nzcv: UInt32(g.below(16)))
                    var code: [UInt32] = [producer]
                    switch i % 4 {
                    case 0: code += [word, Self.cset(10, c[0]), Self.cset(11, c[1]), Self.csel(12, 3, 4, c[2])]
                    case 1: code += [word, Self.bcondSkip(c[0]), 0xD280_002D]   // movz x13, #1
                    case 2: code += [Self.branchNext, word, chained, Self.cset(10, c[0]), 0x9A04_006E]   // adc x14, x3, x4
                    default: code += [word, 0x5A04_006E, Self.csel(12, 4, 3, c[1]), Self.bcondSkip(c[2]), 0xD280_002D]  // sbc w14, w3, w4
                    }
                    code += [Self.cset(15, c[3]), Self.cset(16, c[4]), a64End]
                    let pc = SharedGuest.place(code)
                    var b = BlockBuilder(startPC: pc + (i % 4 == 2 ? 8 : 4))
                    _ = r.isa.decode(at: pc + (i % 4 == 2 ? 8 : 4), code: CodeReader(memory: r.memory), into: &b)
                    if b.definitions.first?.takeUnretainedValue().native != nil { templated += 1 }
                    for _ in 0..<3 {
                        let v = (0..<5).map { _ in Self.value(&g) }
                        let equal = g.below(3) == 0, x2 = g.below(4) == 0 ? v[0] : v[1]
                        _ = r.runTwice(at: pc) { r in
                            r.setX(1, v[0]); r.setX(2, x2)
                            r.setX(3, v[2]); r.setX(4, equal ? v[2] : v[3])
                            if immediate && equal { r.setX(3, UInt64(field) | (v[2] & ~0xFFFF_FFFF)) }
                            r.setX(5, v[4])
                            for n in 9...16 { r.setX(n, 0x5555) }
                            r.cpu.nzcv = 0
                        }
                    }
                }
            }
        }
        XCTAssertEqual(templated, placements, "CCMP/CCMN without a native template")
    }

    /// CCMP results against C6.2 CCMP itself: condition false gives the immediate.
    func testConditionalCompareKnownResults() throws {
        // cmp x1, x2; ccmp x3, x4, #0b0110, eq; cset x0, eq; mrs x5, nzcv
        for (x1, x2, x3, x4, x0, flags): (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) in [
            (1, 1, 7, 7, 1, 0b0110),      // eq holds, 7 - 7: Z C
            (1, 1, 7, 8, 0, 0b1000),      // eq holds, 7 - 8: N
            (1, 2, 7, 8, 1, 0b0110),      // eq fails: #0b0110
            (1, 2, 7, 7, 1, 0b0110),
        ] {
            let r = try runA64([0xEB02_003F, Self.ccmp(sf: true, ccmp: true, immediate: false, rn: 3, field: 4, cond: 0, nzcv: 6),
                                Self.cset(0, 0), 0xD53B_4205], setup: { r in
                r.setX(1, x1); r.setX(2, x2); r.setX(3, x3); r.setX(4, x4)
            })
            XCTAssertEqual(r.x(0), x0)
            XCTAssertEqual(r.x(5) >> 28, flags)
        }
        // ccmn w3, #5, #0, ne after cmp equal: condition false → nzcv 0, HI false.
        let r = try runA64([0xEB02_003F, Self.ccmp(sf: false, ccmp: false, immediate: true, rn: 3, field: 5, cond: 1, nzcv: 0),
                            Self.cset(0, 8)], setup: { r in r.setX(1, 4); r.setX(2, 4); r.setX(3, 0xFFFF_FFFB) })
        XCTAssertEqual(r.x(0), 0)
        XCTAssertEqual(r.nzcv, 0)
    }

    /// MOVK of every half-word, BFM (BFI/BFXIL) of every immr/imms of both sizes,
    /// the widening multiplies; random and boundary operands, XZR as a source.
    func testFieldInsertAndMultiplyBothTiers() throws {
        let r = try SharedGuest.run()
        var g = Random(state: 0x5EED_BF11)
        var words: [UInt32] = []
        for hw in UInt32(0)..<4 {
            words.append(0xF280_0000 | hw << 21 | UInt32(g.below(0x10000)) << 5 | (5 + hw))   // movk x, #imm, lsl #16·hw
        }
        for hw in UInt32(0)..<2 {
            words.append(0x7280_0000 | hw << 21 | UInt32(g.below(0x10000)) << 5 | (9 + hw))   // movk w
        }
        words.append(0xF2A0_0000 | 0x1234 << 5 | 0)   // movk x0, #0x1234, lsl #16
        // [SU]M{ADD,SUB}L (Ra = x3 or XZR) and [SU]MULH: 0x9B20_0000 | U << 23 | o0 << 15.
        for (u, o0) in [(0, 0), (0, 1), (1, 0), (1, 1)] as [(UInt32, UInt32)] {
            for ra: UInt32 in [3, 31] {
                let rd = 11 + u * 4 + o0 * 2 + (ra == 31 ? 1 : 0)   // x11…x18
                words.append(0x9B20_0000 | u << 23 | 2 << 16 | o0 << 15 | ra << 10 | 1 << 5 | rd)
            }
        }
        words += [0x9B42_7C34, 0x9BC2_7C35, 0x9BC1_7C36]   // smulh x20, x1, x2; umulh x21, x1, x2; umulh x22, x1, x1
        var blocks = [words]
        // BFM: every (immr, imms) of the 32-bit form, and of the 64-bit form; 20 per block into x5…x24.
        var bfm: [UInt32] = []
        for sf in [false, true] {
            let size: UInt32 = sf ? 64 : 32
            for immr in UInt32(0)..<size {
                for imms in UInt32(0)..<size where sf == false || (immr + imms) % 3 == 0 || imms == 63 || immr == 0 {
                    let rd = 5 + UInt32(bfm.count % 20)
                    let rn: UInt32 = bfm.count % 17 == 0 ? 31 : 1 + UInt32(bfm.count % 2)
                    bfm.append((sf ? 0xB340_0000 : 0x3300_0000) | immr << 16 | imms << 10 | rn << 5 | rd)
                    if bfm.count == 20 { blocks.append(bfm); bfm = [] }
                }
            }
        }
        blocks.append(bfm)
        var templated = 0, total = 0
        for block in blocks {
            let pc = SharedGuest.place(block + [a64End])
            var b = BlockBuilder(startPC: pc)
            _ = r.isa.decode(at: pc, code: CodeReader(memory: r.memory), into: &b)
            for d in b.definitions {
                total += 1
                if d.takeUnretainedValue().native != nil { templated += 1 }
            }
            for _ in 0..<3 {
                let v = (0..<32).map { _ in Self.value(&g) }
                _ = r.runTwice(at: pc) { r in
                    for n in 0..<31 { r.setX(n, v[n]) }
                }
            }
        }
        XCTAssertEqual(templated, total, "ops without a native template")
    }

    /// UDIV/SDIV of both sizes on every pair of boundary values (zero divisors, the
    /// most negative value by −1), and LDAR of every size at aligned and misaligned
    /// addresses (the misaligned ones fault with SIGBUS in both tiers).
    func testDivideAndLoadAcquireBothTiers() throws {
        let r = try SharedGuest.run()
        // udiv x5, x1, x2; udiv w6, w1, w2; sdiv x7, x1, x2; sdiv w8, w1, w2; sdiv x9, x1, xzr
        let divisions = SharedGuest.place([0x9AC2_0825, 0x1AC2_0826, 0x9AC2_0C27, 0x1AC2_0C28, 0x9ADF_0C29, a64End])
        var decoded = BlockBuilder(startPC: divisions)
        _ = r.isa.decode(at: divisions, code: CodeReader(memory: r.memory), into: &decoded)
        XCTAssertNotNil(decoded.definitions.first?.takeUnretainedValue().native, "UDIV without a native template")
        let values = Self.boundary + [UInt64.max - 1, 3, 0xFFFF_FFFF_FFFF_FFFD, 0x1_FFFF_FFFF]
        for n in values {
            for m in values {
                _ = r.runTwice(at: divisions) { r in r.setX(1, n); r.setX(2, m) }
            }
        }
        // ldar x5 / w6 / h7 / b8, [x1]
        for word: UInt32 in [0xC8DF_FC25, 0x88DF_FC26, 0x48DF_FC27, 0x08DF_FC28] {
            let pc = SharedGuest.place([word, a64End])
            for offset: UInt64 in 0..<9 {
                _ = r.runTwice(at: pc) { r in
                    _ = r.memory.writeBytes(GuestRun.dataAddress + 64, (0..<32).map { UInt8(truncatingIfNeeded: $0 * 37 + 11) })
                    r.setX(1, GuestRun.dataAddress + 64 + offset)
                    for n in 5...8 { r.setX(n, 0x5555) }
                }
            }
        }
    }
}
