import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// What the RISC-V guest tells the loader and the Linux layer: ELF checks, the
/// system-call register convention, AT_HWCAP, riscv_hwprobe and /proc/cpuinfo.
final class ISAFeaturesTests: XCTestCase {
    func testIdentity() {
        let isa = RV64ISA()
        XCTAssertEqual(isa.elfMachine, 243)
        XCTAssertEqual(isa.machineName, "riscv64")
        XCTAssertEqual(isa.platform, "", "Linux gives riscv64 processes no AT_PLATFORM")
        XCTAssertEqual(isa.hwcap2, 0)
        XCTAssertEqual(isa.syscallInstructionLength, 4)
        XCTAssertEqual(RV64ISA.minSigStackSize, 1088)
    }

    func testELFFlags() {
        let isa = RV64ISA()
        XCTAssertNil(isa.checkELF(flags: 0x5), "RVC + double-float ABI")
        XCTAssertNil(isa.checkELF(flags: 0x4), "double-float ABI without RVC")
        XCTAssertNil(isa.checkELF(flags: 0x15), "TSO flag is fine on an x86 host")
        XCTAssertNotNil(isa.checkELF(flags: 0x1), "soft-float")
        XCTAssertNotNil(isa.checkELF(flags: 0x3), "single-float")
        XCTAssertNotNil(isa.checkELF(flags: 0x7), "quad-float")
        XCTAssertNotNil(isa.checkELF(flags: 0xd), "RVE")
        XCTAssertTrue(isa.checkELF(flags: 0x1)?.contains("soft-float") ?? false)
    }

    func testSyscallConvention() throws {
        let isa = RV64ISA()
        let r = try makeRun(w(0x0000_0013))
        for i in 0..<32 { r.setX(i, 100 + UInt64(i)) }
        XCTAssertEqual(isa.syscallNumber(r.cpu), 117, "a7 = x17")
        for i in 0..<6 { XCTAssertEqual(isa.syscallArgument(r.cpu, i), 110 + UInt64(i), "a\(i)") }
        isa.setSyscallResult(r.cpu, 7)
        XCTAssertEqual(r.x(10), 7)
        XCTAssertEqual(isa.stackPointer(r.cpu), 102)
        isa.setStackPointer(r.cpu, 0x8000)
        XCTAssertEqual(r.x(2), 0x8000)
        isa.setThreadPointer(r.cpu, 0xabc)
        XCTAssertEqual(r.x(4), 0xabc, "tp = x4")
    }

    func testStartProcess() throws {
        let isa = RV64ISA()
        let r = try makeRun(w(0x0000_0013))
        r.frm = 3; r.fflags = 1
        isa.startProcess(cpu: r.cpu, entry: 0x1234, stack: 0x7ff0)
        XCTAssertEqual(r.cpu.guestPC, 0x1234)
        XCTAssertEqual(r.x(2), 0x7ff0)
        XCTAssertEqual(r.frm, 0)
        XCTAssertEqual(r.fflags, 0)
    }

    func testHWCAPHasTheSingleLetterExtensions() {
        // I M A F D C: bits 8, 12, 0, 5, 3, 2 (as on any rv64gc Linux system: 0x112d).
        XCTAssertEqual(RV64ISA().hwcap, 0x112d)
    }

    func testHwprobe() {
        XCTAssertEqual(RV64Features.hwprobe(0), 0, "mvendorid")
        XCTAssertEqual(RV64Features.hwprobe(1), 0, "marchid")
        XCTAssertEqual(RV64Features.hwprobe(2), 0, "mimpid")
        XCTAssertEqual(RV64Features.hwprobe(3), 1, "BASE_BEHAVIOR_IMA")
        let ext = RV64Features.hwprobe(4) ?? 0
        XCTAssertEqual(ext & 0b11, 0b11, "IMA_FD | IMA_C")
        XCTAssertEqual(ext & (1 << 2), 0, "no V")
        XCTAssertEqual(ext & (0b111 << 3), 0b111 << 3, "Zba Zbb Zbs")
        XCTAssertNotEqual(ext & (1 << 35), 0, "Zicond")
        XCTAssertEqual(ext & (1 << 7), 0, "no Zbc")
        XCTAssertEqual(ext & (1 << 6), 0, "no Zicboz")
        XCTAssertEqual(ext & (1 << 32), 0, "no Zfa")
        XCTAssertEqual(RV64Features.hwprobe(5), 3, "CPUPERF_0: misaligned accesses are fast")
        XCTAssertEqual(RV64Features.hwprobe(6), 0, "no Zicboz block size")
        XCTAssertEqual(RV64Features.hwprobe(7), GuestMemory.addressLimit - 1)
        XCTAssertEqual(RV64Features.hwprobe(8), 1_000_000_000)
        XCTAssertEqual(RV64Features.hwprobe(9), 3)
        XCTAssertEqual(RV64Features.hwprobe(10), 4, "no vector unit")
        XCTAssertNil(RV64Features.hwprobe(14))
        XCTAssertNil(RV64Features.hwprobe(-1))
    }

    func testCpuinfo() {
        XCTAssertEqual(RV64Features.isaString,
                       "rv64imafdc_zicntr_zicond_zicsr_zifencei_zihintntl_zihintpause_zaamo_zalrsc_zca_zcd_zba_zbb_zbs")
        let block = RV64Features.cpuinfo(processor: 1)
        XCTAssertTrue(block.hasPrefix("processor\t: 1\nhart\t\t: 1\nisa\t\t: rv64imafdc_"))
        XCTAssertTrue(block.contains("\nmmu\t\t: sv48\n"))
        XCTAssertTrue(block.hasSuffix("\n\n"))
        let all = RV64ISA().procCPUInfo(cpus: 2)
        XCTAssertEqual(all, RV64Features.cpuinfo(processor: 0) + RV64Features.cpuinfo(processor: 1))
    }
}
