import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// `-cpu`: each AArch64 model's AT_HWCAP/HWCAP2, MIDR_EL1, ID registers and
/// /proc/cpuinfo, and which instructions decode under it — in both tiers (GuestRun).
/// The model is process-wide; every test puts "max" back.
final class CPUModelTests: XCTestCase {
    override func tearDown() {
        A64Features.select(.max)
        super.tearDown()
    }

    func testModelTable() {
        XCTAssertEqual(A64ISA.cpuModels.map(\.name), ["cortex-a53", "cortex-a72", "cortex-a76", "neoverse-n1", "max"])
        XCTAssertTrue(A64ISA.cpuModels.allSatisfy { !$0.summary.isEmpty && !$0.summary.contains("\n") })
        // HWCAP bits (arch/arm64/include/uapi/asm/hwcap.h): Armv8.0 with crypto is
        // FP 0, ASIMD 1, AES 3, PMULL 4, SHA1 5, SHA2 6, CRC32 7, CPUID 11 = 0x8FB
        // (what qemu-aarch64 -cpu cortex-a53 reports too); the 8.2 cores add ATOMICS 8,
        // LRCPC 15, ASIMDDP 20.
        XCTAssertEqual(A64CPUModel.cortexA53.hwcap, 0x8FB)
        XCTAssertEqual(A64CPUModel.cortexA72.hwcap, 0x8FB)
        XCTAssertEqual(A64CPUModel.cortexA76.hwcap, 0x8FB | 1 << 8 | 1 << 15 | 1 << 20)
        XCTAssertEqual(A64CPUModel.neoverseN1.hwcap, A64CPUModel.cortexA76.hwcap)
        XCTAssertEqual(A64CPUModel.max.hwcap, 0x2C32_E9FB, "today's full set")
        XCTAssertEqual(A64CPUModel.max.hwcap2, 0x80)
        for m in A64CPUModel.all where m != .max {
            XCTAssertEqual(m.hwcap2, 0, m.name)
            XCTAssertEqual(m.hwcap & ~A64CPUModel.max.hwcap, 0, "\(m.name) advertises only what xrun implements")
        }
        // MIDR_EL1: implementer 0x41 (Arm), architecture 0xF, part 0xD03/0xD08/0xD0B/0xD0C.
        XCTAssertEqual(A64CPUModel.all.map(\.midr), [0x410F_D034, 0x410F_D083, 0x414F_D0B1, 0x414F_D0C1, 0x000F_0000])
        XCTAssertTrue(A64ISA.selectCPUModel("cortex-a72"))
        XCTAssertEqual(A64Features.hwcap, A64CPUModel.cortexA72.hwcap)
        XCTAssertEqual(A64ISA().hwcap, A64CPUModel.cortexA72.hwcap)
        XCTAssertFalse(A64ISA.selectCPUModel("rv64"))
        XCTAssertFalse(A64ISA.selectCPUModel("cortex-a57"))
        XCTAssertEqual(A64Features.modelName, "cortex-a72", "a refused name changes nothing")
    }

    /// ID_AA64ISAR0/ISAR1/PFR0 and MIDR through MRS, per model: the fields Linux derives
    /// the same HWCAPs from (arch/arm64/kernel/cpufeature.c, arm64_elf_hwcaps).
    func testIDRegistersFollowTheModel() throws {
        A64Features.select(.cortexA53)
        // ISAR0: AES 2 (PMULL), SHA1 1, SHA2 1, CRC32 1, no Atomic.
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 0), 0x11120)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 1), 0)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 4, op2: 0), 0x11, "FP and AdvSIMD implemented, EL0/EL1 AArch64")
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 0, op2: 0), 0x410F_D034)
        A64Features.select(.neoverseN1)
        // + Atomic 2 (bits 23:20), DP 1 (47:44); ISAR1 LRCPC 1 (23:20).
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 0), 0x1000_0021_1120)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 1), 0x10_0000)
        // Read by the guest: mrs x0, midr_el1; mrs x1, id_aa64isar0_el1.
        let r = try runA64([0xd538_0000, 0xd538_0601])
        XCTAssertEqual(r.x(0), 0x414F_D0C1)
        XCTAssertEqual(r.x(1), 0x1000_0021_1120)
    }

    func testCPUInfoFollowsTheModel() {
        A64Features.select(.cortexA76)
        let info = A64ISA().procCPUInfo(cpus: 1)
        XCTAssertTrue(info.contains("Features\t: fp asimd aes pmull sha1 sha2 crc32 atomics cpuid lrcpc asimddp\n"), info)
        XCTAssertTrue(info.contains("CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x4\nCPU part\t: 0xd0b\nCPU revision\t: 1\n"), info)
        A64Features.select(.cortexA53)
        let a53 = A64ISA().procCPUInfo(cpus: 1)
        XCTAssertTrue(a53.contains("Features\t: fp asimd aes pmull sha1 sha2 crc32 cpuid\n"), a53)
        XCTAssertTrue(a53.contains("CPU variant\t: 0x0\nCPU part\t: 0xd03\nCPU revision\t: 4\n"), a53)
        A64Features.select(.max)
        XCTAssertTrue(A64ISA().procCPUInfo(cpus: 1).contains("CPU implementer\t: 0x00\n"))
    }

    /// An LSE CAS is undefined (SIGILL at its PC) on an Armv8.0 core and works on max,
    /// in the interpreter and in native code alike (GuestRun runs and compares both).
    func testCASUndefinedOnCortexA72() throws {
        let cas: UInt32 = 0xc8a0_7c22 // cas x0, x2, [x1]
        func setup(_ r: GuestRun) {
            r.setX(1, GuestRun.dataAddress); r.memory.write(GuestRun.dataAddress, UInt64(0x1000))
            r.setX(0, 0x1000); r.setX(2, 0x2000)
        }
        A64Features.select(.cortexA72)
        let a72 = try GuestRun(isa: A64ISA(), words: [cas, a64End])
        setup(a72)
        XCTAssertEqual(a72.run(), .undefined(pc: GuestRun.codeAddress, word: UInt64(cas)))
        XCTAssertEqual(a72.memory.read(GuestRun.dataAddress, as: UInt64.self), 0x1000, "nothing stored")

        A64Features.select(.max)
        let max = try runA64([cas], setup: setup)
        XCTAssertEqual(max.x(0), 0x1000)
        XCTAssertEqual(max.memory.read(GuestRun.dataAddress, as: UInt64.self), 0x2000)
    }

    /// One instruction of each gated feature, with the models that have it.
    static let gated: [(word: UInt32, text: String, feature: @Sendable (A64CPUModel) -> Bool)] = [
        (0xb821_0000, "ldadd w1, w0, [x0] (LSE)", { $0.hwcap & A64Features.ATOMICS != 0 }),
        (0xf8a0_8020, "swpa x0, x0, [x1] (LSE)", { $0.hwcap & A64Features.ATOMICS != 0 }),
        (0x4820_7c22, "casp x0, x1, x2, x3, [x1] (LSE)", { $0.hwcap & A64Features.ATOMICS != 0 }),
        (0xb8bf_c000, "ldapr w0, [x0] (LRCPC)", { $0.hwcap & A64Features.LRCPC != 0 }),
        (0x9940_0000, "ldapur w0, [x0] (LRCPC2)", { $0.hwcap & A64Features.ILRCPC != 0 }),
        (0x4e82_9420, "sdot v0.4s, v1.16b, v2.16b (DotProd)", { $0.hwcap & A64Features.ASIMDDP != 0 }),
        (0x4fa2_e020, "sdot v0.4s, v1.16b, v2.4b[1] (DotProd)", { $0.hwcap & A64Features.ASIMDDP != 0 }),
        (0xce02_0c20, "eor3 v0.16b, v1.16b, v2.16b, v3.16b (SHA3)", { $0.hwcap & A64Features.SHA3 != 0 }),
        (0xce60_8c00, "rax1 v0.2d, v0.2d, v0.2d (SHA3)", { $0.hwcap & A64Features.SHA3 != 0 }),
        (0xce60_8000, "sha512h q0, q0, v0.2d (SHA512)", { $0.hwcap & A64Features.SHA512 != 0 }),
        (0xcec0_8000, "sha512su0 v0.2d, v0.2d (SHA512)", { $0.hwcap & A64Features.SHA512 != 0 }),
        (0x1e7e_0000, "fjcvtzs w0, d0 (JSCVT)", { $0.hwcap & A64Features.JSCVT != 0 }),
        (0x6e80_c400, "fcmla v0.4s, v0.4s, v0.4s, #0 (FCMA)", { $0.hwcap & A64Features.FCMA != 0 }),
        (0x6e80_e400, "fcadd v0.4s, v0.4s, v0.4s, #90 (FCMA)", { $0.hwcap & A64Features.FCMA != 0 }),
        (0xd500_401f, "cfinv (FlagM)", { $0.hwcap & A64Features.FLAGM != 0 }),
        (0xba00_0400, "rmif x0, #0, #0 (FlagM)", { $0.hwcap & A64Features.FLAGM != 0 }),
        (0xd500_403f, "xaflag (FlagM2)", { $0.hwcap2 & A64Features.FLAGM2 != 0 }),
        (0xd503_30ff, "sb (SB)", { $0.hwcap & A64Features.SB != 0 }),
    ]

    /// Under every model, each gated instruction either runs to the following BRK or is
    /// undefined at its own PC, exactly as the model's HWCAPs say.
    func testDecodeFollowsTheModel() throws {
        for model in A64CPUModel.all {
            A64Features.select(model)
            for g in Self.gated {
                let r = try GuestRun(isa: A64ISA(), words: [g.word, a64End])
                r.setX(0, GuestRun.dataAddress); r.setX(1, GuestRun.dataAddress + 0x100)
                let expected: Trap = g.feature(model)
                    ? .breakpoint(pc: GuestRun.codeAddress + 4, info: 0x7ff)
                    : .undefined(pc: GuestRun.codeAddress, word: UInt64(g.word))
                XCTAssertEqual(r.run(), expected, "\(g.text) under \(model.name)")
            }
        }
    }
}
