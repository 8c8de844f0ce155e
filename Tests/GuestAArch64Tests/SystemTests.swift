import XCTest
import Glibc
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// Hints, barriers, CLREX, MRS/MSR, DC/IC, exception generation.
final class SystemTests: XCTestCase {
    /// Every hint-space encoding is a NOP here: no register or flag changes.
    func testHintsAreNops() throws {
        let hints: [(UInt32, String)] = [
            (0xd503_201f, "nop"), (0xd503_203f, "yield"), (0xd503_205f, "wfe"), (0xd503_207f, "wfi"),
            (0xd503_209f, "sev"), (0xd503_20bf, "sevl"), (0xd503_20df, "dgh"), (0xd503_20ff, "xpaclri"),
            (0xd503_211f, "pacia1716"), (0xd503_233f, "paciasp"), (0xd503_23bf, "autiasp"),
            (0xd503_237f, "pacibsp"), (0xd503_23ff, "autibsp"), (0xd503_231f, "paciaz"), (0xd503_23df, "autibz"),
            (0xd503_241f, "bti"), (0xd503_245f, "bti c"), (0xd503_249f, "bti j"), (0xd503_24df, "bti jc"),
            (0xd503_221f, "esb"), (0xd503_223f, "psb csync"), (0xd503_225f, "tsb csync"), (0xd503_229f, "csdb"),
            (0xd503_22df, "clearbhb"), (0xd503_2fff, "hint #0x7f"), (0xd503_251f, "hint #0x28 (chkfeat x16)"),
            (0xd503_227f, "hint #0x13 (gcsb dsync)"),
        ]
        try runCases(hints.map { A64Case([$0.0], $0.1, sp: 0x1234_5678, nzcv: 0b1010) })
    }

    func testBarriers() throws {
        let barriers: [(UInt32, String)] = [
            (0xd503_3bbf, "dmb ish"), (0xd503_39bf, "dmb ishld"), (0xd503_3abf, "dmb ishst"),
            (0xd503_3fbf, "dmb sy"), (0xd503_31bf, "dmb oshld"), (0xd503_30bf, "dmb #0x00"),
            (0xd503_3f9f, "dsb sy"), (0xd503_3b9f, "dsb ish"), (0xd503_379f, "dsb nsh"), (0xd503_3d9f, "dsb ld"),
            (0xd503_329f, "dsb oshst"), (0xd503_3fdf, "isb"), (0xd503_30ff, "sb"), (0xd503_309f, "ssbb"),
            (0xd503_349f, "pssbb"),
        ]
        try runCases(barriers.map { A64Case([$0.0], $0.1, nzcv: 0b0101) })
    }

    func testCLREXOpensTheExclusiveMonitor() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xd503_3f5f, // clrex
            0xd420_0000, // brk #0
            0xd503_355f, // clrex #0x5
            0xd420_0000, // brk #0
        ])
        for start: UInt64 in [0, 8] {
            r.cpu.storeBytes(of: 0x2_0040, toByteOffset: A64Layout.exclusiveAddr, as: UInt64.self)
            r.thread.pc = GuestRun.codeAddress + start
            XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + start + 4, info: 0))
            XCTAssertEqual(r.cpu.load(fromByteOffset: A64Layout.exclusiveAddr, as: UInt64.self), UInt64.max)
        }
    }

    func testSystemRegisterMoves() throws {
        try runCases([
            A64Case([0xd51b_4201], "msr nzcv, x1", x: [1: 0xFFFF_FFFF_FFFF_FFFF], nzcvOut: 0b1111),
            A64Case([0xd51b_4201], "msr nzcv, x1", x: [1: 0x6000_0000], nzcv: 0b1001, nzcvOut: 0b0110),
            A64Case([0xd51b_421f], "msr nzcv, xzr", nzcv: 0b1111, nzcvOut: 0b0000),
            A64Case([0xd53b_4200], "mrs x0, nzcv", nzcv: 0b0101, out: [0: 0x5000_0000]),
            A64Case([0xd53b_421f], "mrs xzr, nzcv", nzcv: 0b0101),
            // Only AHP, DN, FZ and RMode exist; the trap enables read as zero.
            A64Case([0xd51b_4401, 0xd53b_4400], "msr fpcr, x1; mrs x0, fpcr",
                    x: [1: 0xFFFF_FFFF_FFFF_FFFF], out: [0: 0x07C0_0000]),
            A64Case([0xd51b_4401, 0xd53b_4400], "msr fpcr, x1; mrs x0, fpcr (round toward zero)",
                    x: [1: 0x00C0_9F00], out: [0: 0x00C0_0000]),
            A64Case([0xd51b_4421, 0xd53b_4420], "msr fpsr, x1; mrs x0, fpsr",
                    x: [1: 0xFFFF_FFFF_FFFF_FFFF], out: [0: 0x0800_009F]),
            A64Case([0xd51b_4421, 0xd53b_4420], "msr fpsr, x1; mrs x0, fpsr (cleared)", x: [1: 0], out: [0: 0]),
            A64Case([0xd51b_d041, 0xd53b_d040], "msr tpidr_el0, x1; mrs x0, tpidr_el0",
                    x: [1: 0xFEDC_BA98_7654_3210], out: [0: 0xFEDC_BA98_7654_3210]),
            A64Case([0xd53b_d060], "mrs x0, tpidrro_el0", out: [0: 0]),
            A64Case([0xd53b_0020], "mrs x0, ctr_el0", out: [0: 0x8444_C004]),
            A64Case([0xd53b_00e0], "mrs x0, dczid_el0", out: [0: 4]),
            A64Case([0xd53b_e000], "mrs x0, cntfrq_el0", out: [0: 1_000_000_000]),
        ])
    }

    func testMSRWritesTheStateTheRestOfTheEmulatorReads() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xd51b_d041, // msr tpidr_el0, x1
            0xd51b_4401, // msr fpcr, x1
            0xd420_0000, // brk #0
        ])
        r.cpu.x[1] = 0x0000_0000_0340_0000
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 8, info: 0))
        XCTAssertEqual(r.cpu.tpidr, 0x0340_0000)
        XCTAssertEqual(r.cpu.fpcr, 0x0340_0000)   // DN | FZ | RMode = RM
    }

    private func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// CNTVCT_EL0 and CNTVCTSS_EL0 count CLOCK_MONOTONIC nanoseconds (CNTFRQ = 1 GHz).
    func testVirtualCounterFollowsTheMonotonicClock() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xd53b_e040, // mrs x0, cntvct_el0
            0xd53b_e0c1, // mrs x1, cntvctss_el0
            0xd420_0000, // brk #0
        ])
        r.clockRegisters = ["x0", "x1"]
        let before = monotonicNanoseconds()
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 8, info: 0))
        let after = monotonicNanoseconds()
        XCTAssertGreaterThanOrEqual(r.cpu.x[0], before)
        XCTAssertGreaterThanOrEqual(r.cpu.x[1], r.cpu.x[0])
        XCTAssertLessThanOrEqual(r.cpu.x[1], after)
    }

    func testDCZVAZeroesOneAlignedBlock() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xd50b_7421, // dc zva, x1
            0xd420_0000, // brk #0
        ])
        let data = GuestRun.dataAddress
        XCTAssertTrue(r.memory.writeBytes(data + 0x100, [UInt8](repeating: 0xAB, count: 0x100)))
        r.cpu.x[1] = data + 0x147
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 4, info: 0))
        let bytes = try XCTUnwrap(r.memory.readBytes(data + 0x100, 0x100))
        XCTAssertEqual(Array(bytes[0..<0x40]), [UInt8](repeating: 0xAB, count: 0x40))
        XCTAssertEqual(Array(bytes[0x40..<0x80]), [UInt8](repeating: 0, count: 0x40))
        XCTAssertEqual(Array(bytes[0x80..<0x100]), [UInt8](repeating: 0xAB, count: 0x80))
        XCTAssertEqual(r.cpu.x[1], data + 0x147)
    }

    func testDCZVAOnUnmappedMemoryFaultsAtTheInstruction() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xd503_201f, // nop
            0xd50b_7421, // dc zva, x1
            0xd420_0000, // brk #0
        ])
        r.cpu.x[1] = 0x4000_0010
        guard case let .fault(pc, addr, signal, _, write) = r.run() else { return XCTFail("no fault") }
        XCTAssertEqual(pc, GuestRun.codeAddress + 4)
        XCTAssertEqual(addr & ~0x3F, 0x4000_0000)
        XCTAssertEqual(signal, 11)
        XCTAssertTrue(write)
    }

    /// Cache maintenance by address is decoded and does nothing to memory or registers.
    func testCacheMaintenanceIsANop() throws {
        let data = GuestRun.dataAddress + 0x40
        try runCases([
            A64Case([0xd50b_7b21], "dc cvau, x1", x: [1: data]),
            A64Case([0xd50b_7a21], "dc cvac, x1", x: [1: data]),
            A64Case([0xd50b_7e21], "dc civac, x1", x: [1: data]),
            A64Case([0xd50b_7c21], "dc cvap, x1", x: [1: data]),
            A64Case([0xd50b_7521], "ic ivau, x1", x: [1: data]),
        ])
    }

    func testExceptionGeneration() throws {
        let r = try GuestRun(isa: A64ISA(), words: [
            0xd400_0001, // svc #0
            0xd402_4681, // svc #0x1234
            0xd422_4680, // brk #0x1234
            0xd420_0000, // brk #0
        ])
        let base = GuestRun.codeAddress
        XCTAssertEqual(r.run(), .syscall)
        XCTAssertEqual(r.thread.pc, base + 4, "SVC resumes after itself")
        XCTAssertEqual(r.run(), .syscall)
        XCTAssertEqual(r.thread.pc, base + 8)
        XCTAssertEqual(r.run(), .breakpoint(pc: base + 8, info: 0x1234))
        r.thread.pc = base + 12
        XCTAssertEqual(r.run(), .breakpoint(pc: base + 12, info: 0))
    }

    func testUndefinedSystemEncodings() throws {
        var words: [(UInt32, String)] = [
            (0x0000_0000, "udf #0"), (0x0000_ffff, "udf #65535"),
            (0xd400_0002, "hvc #0"), (0xd400_0003, "smc #0"), (0xd440_0000, "hlt #0"),
            (0xd4a0_0001, "dcps1"), (0xd460_0000, "tcancel #0"), (0xd400_0004, "svc with op2 != 0"),
            (0xd420_0001, "brk with LL=01"),
            (0xd503_42df, "msr daifset, #2"),
            (0xd503_413f, "msr ssbs, #1"), (0xd503_415f, "msr dit, #1"),
            (0xd503_307f, "tcommit (FEAT_TME)"), (0xd503_1000, "wfet x0 (FEAT_WFxT)"),
            (0xd503_3a3f, "dsb ishnxs (FEAT_XS)"), (0xd503_201e, "hint with Rt != 31"),
            (0xd503_3bbe, "dmb with Rt != 31"), (0xd503_31ff, "sb with CRm != 0"),
            (0xd508_751f, "ic iallu"), (0xd508_7620, "dc ivac, x0"), (0xd50b_7460, "dc gva, x0 (MTE)"),
            (0xd50b_7d20, "dc cvadp, x0 (FEAT_DPB2)"), (0xd52b_7520, "sysl x0, #3, c7, c5, #1"),
            (0xd523_3060, "tstart x0 (FEAT_TME)"),
            (0xd538_1000, "mrs x0, sctlr_el1"), (0xd53b_e020, "mrs x0, cntpct_el0"),
            (0xd53b_e0a0, "mrs x0, cntpctss_el0"), (0xd53b_4220, "mrs x0, daif"),
            (0xd538_4240, "mrs x0, currentel"), (0xd53b_2400, "mrs x0, rndr (FEAT_RNG)"),
            (0xd53b_e220, "mrs x0, cntp_ctl_el0"), (0xd53b_9d00, "mrs x0, pmccntr_el0"),
            (0xd533_0400, "mrs x0, dbgdtr_el0"), (0xd538_0020, "mrs x0, s3_0_c0_c0_1"),
            (0xd538_0100, "mrs x0, id_pfr0_el1 (CRm=1: not emulated by Linux)"),
            (0xd51b_d060, "msr tpidrro_el0, x0"), (0xd51b_e000, "msr cntfrq_el0, x0"),
            (0xd51b_e040, "msr cntvct_el0, x0"), (0xd51b_0020, "msr ctr_el0, x0"),
            (0xd518_0000, "msr midr_el1, x0"), (0xd51b_00e0, "msr dczid_el0, x0"),
        ]
        if A64Features.hwcap & A64Features.CPUID == 0 {
            words += [(0xd538_0000, "mrs x0, midr_el1 (no HWCAP_CPUID)"),
                      (0xd538_0400, "mrs x0, id_aa64pfr0_el1 (no HWCAP_CPUID)"),
                      (0xd538_0600, "mrs x0, id_aa64isar0_el1 (no HWCAP_CPUID)")]
        }
        try expectUndefined(words)
    }

    /// The values behind HWCAP_CPUID's MRS emulation (what Linux's emulate_mrs returns).
    func testIDRegisterValues() throws {
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 0, op2: 0), A64SystemRegisters.midr)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 0, op2: 5), 0x8000_0000)   // MPIDR
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 0, op2: 6), 0)             // REVIDR
        XCTAssertNil(A64SystemRegisters.idRegister(crm: 0, op2: 1))
        XCTAssertNil(A64SystemRegisters.idRegister(crm: 1, op2: 0))
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 5, op2: 0), 6)             // DFR0: DebugVer
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 7, op2: 0), 0x0000_0111_FF00_0000)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 3, op2: 0), 0)             // MVFR0 (no AArch32)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 1), 0x10_0021_1000) // ISAR1: SB, LRCPC2, FCMA, JSCVT
        if A64Features.hwcap == A64Features.FP | A64Features.ASIMD {
            // FP and AdvSIMD implemented (0), EL0 and EL1 AArch64-only (1).
            XCTAssertEqual(A64SystemRegisters.idRegister(crm: 4, op2: 0), 0x11)      // PFR0
            XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 0), 0)         // ISAR0
        }
        XCTAssertNil(A64SystemRegisters.idRegister(crm: 8, op2: 0))
    }
}
