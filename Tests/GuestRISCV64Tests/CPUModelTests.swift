import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestRISCV64

/// `-cpu`: each RISC-V model's riscv_hwprobe IMA_EXT_0, /proc/cpuinfo isa line and
/// which optional instructions decode under it — in both tiers (GuestRun). The model
/// is process-wide; every test puts "max" back.
final class RV64CPUModelTests: XCTestCase {
    override func tearDown() {
        RV64Features.select(.max)
        super.tearDown()
    }

    func testModelTable() {
        XCTAssertEqual(RV64ISA.cpuModels.map(\.name), ["rv64", "rva22u64", "max"])
        let base = "rv64imafdc_zicntr"
        XCTAssertEqual(isa(.rv64), base + "_zicsr_zifencei_zihintntl_zihintpause_zaamo_zalrsc_zca_zcd_zba_zbb_zbs")
        XCTAssertEqual(isa(.rva22u64), base + "_zicsr_zihintpause_zaamo_zalrsc_zca_zcd_zba_zbb_zbs")
        XCTAssertEqual(isa(.max), base + "_zicond_zicsr_zifencei_zihintntl_zihintpause_zaamo_zalrsc_zca_zcd_zba_zbb_zbs",
                       "today's full set")
        for m in RV64CPUModel.all {
            XCTAssertTrue(RV64CPUModel.max.extensions.isSuperset(of: m.extensions), m.name)
            XCTAssertTrue(RV64ISA.selectCPUModel(m.name))
            XCTAssertEqual(RV64ISA().hwcap, RV64Features.hwcap, "AT_HWCAP (IMAFDC) is the same for all")
            let block = RV64ISA().procCPUInfo(cpus: 1)
            XCTAssertTrue(block.contains("\nisa\t\t: \(RV64Features.isaString)\n"), block)
        }
        XCTAssertFalse(RV64ISA.selectCPUModel("cortex-a53"))
    }

    private func isa(_ m: RV64CPUModel) -> String {
        RV64Features.select(m)
        return RV64Features.isaString
    }

    /// IMA_EXT_0 (arch/riscv/include/uapi/asm/hwprobe.h): FD 0, C 1, ZBA 3, ZBB 4,
    /// ZBS 5, ZIHINTNTL 29, ZICOND 35, ZIHINTPAUSE 36, ZCA 43, ZCD 45, ZICNTR 50,
    /// ZAAMO 56, ZALRSC 57.
    func testHwprobeFollowsTheModel() {
        let rva22: UInt64 = 1 << 0 | 1 << 1 | 1 << 3 | 1 << 4 | 1 << 5 | 1 << 36 | 1 << 43 | 1 << 45 | 1 << 50
            | 1 << 56 | 1 << 57
        RV64Features.select(.rva22u64)
        XCTAssertEqual(RV64Features.hwprobe(4), rva22)
        RV64Features.select(.rv64)
        XCTAssertEqual(RV64Features.hwprobe(4), rva22 | 1 << 29)
        RV64Features.select(.max)
        XCTAssertEqual(RV64Features.hwprobe(4), rva22 | 1 << 29 | 1 << 35)
    }

    static let gated: [(word: UInt32, text: String, ext: RV64Extensions)] = [
        (0x20b5_2533, "sh1add a0, a0, a1", .zba),
        (0x08b5_053b, "add.uw a0, a0, a1", .zba),
        (0x0805_151b, "slli.uw a0, a0, 0", .zba),
        (0x40b5_7533, "andn a0, a0, a1", .zbb),
        (0x6005_1513, "clz a0, a0", .zbb),
        (0x0805_453b, "zext.h a0, a0", .zbb),
        (0x6005_151b, "clzw a0, a0", .zbb),
        (0x28b5_1533, "bset a0, a0, a1", .zbs),
        (0x2815_1513, "bseti a0, a0, 1", .zbs),
        (0x0eb5_5533, "czero.eqz a0, a0, a1", .zicond),
        (0x0000_100f, "fence.i", .zifencei),
    ]

    /// Under every model, each gated instruction either runs to the following EBREAK or
    /// is undefined at its own PC, as the model's extensions say.
    func testDecodeFollowsTheModel() throws {
        for model in RV64CPUModel.all {
            RV64Features.select(model)
            for g in Self.gated {
                let r = try makeRun(w(g.word, ebreak))
                r.setX(10, 0x1234); r.setX(11, 3)
                let expected: Trap = model.extensions.contains(g.ext)
                    ? .breakpoint(pc: GuestRun.codeAddress + 4, info: 0)
                    : .undefined(pc: GuestRun.codeAddress, word: UInt64(g.word))
                XCTAssertEqual(r.run(), expected, "\(g.text) under \(model.name)")
            }
        }
    }

    /// Zicond is what tells rv64 from max: czero.eqz works under max, SIGILL under rv64.
    func testZicondOnlyOnMax() throws {
        RV64Features.select(.rv64)
        let rv64 = try makeRun(w(0x0eb5_5533, ebreak))
        XCTAssertEqual(rv64.run(), .undefined(pc: GuestRun.codeAddress, word: 0x0eb5_5533))
        RV64Features.select(.max)
        let max = try runRV(w(0x0eb5_5533)) { r in r.setX(10, 0x1234); r.setX(11, 0) }
        XCTAssertEqual(max.x(10), 0, "czero.eqz with rs2 = 0 gives 0")
    }
}
