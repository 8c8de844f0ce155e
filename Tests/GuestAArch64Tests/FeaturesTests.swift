import XCTest
import XrunCore
import GuestTestSupport
@testable import GuestAArch64

/// AT_HWCAP, /proc/cpuinfo and the MRS-emulated ID registers say the same thing, and
/// each advertised feature has a working instruction (the tests named below).
final class FeaturesTests: XCTestCase {
    func testHWCAPBits() {
        // arch/arm64/include/uapi/asm/hwcap.h: FP 0, ASIMD 1, AES 3, PMULL 4, SHA1 5,
        // SHA2 6, CRC32 7, ATOMICS 8, CPUID 11, JSCVT 13, FCMA 14, LRCPC 15, SHA3 17, ASIMDDP 20,
        // SHA512 21, ILRCPC 26, FLAGM 27, SB 29; HWCAP2_FLAGM2 7.
        XCTAssertEqual(A64Features.hwcap, 0x2C32_E9FB)
        XCTAssertEqual(A64Features.hwcap2, 0x80)
        XCTAssertEqual(A64ISA().hwcap, A64Features.hwcap)
    }

    func testCPUInfoFeaturesLine() {
        let expected = "fp asimd aes pmull sha1 sha2 crc32 atomics cpuid jscvt fcma lrcpc sha3 asimddp sha512 ilrcpc flagm sb flagm2"
        XCTAssertEqual(A64Features.featureNames.joined(separator: " "), expected)
        let info = A64ISA().procCPUInfo(cpus: 2)
        XCTAssertEqual(info.split(separator: "\n").filter { $0.hasPrefix("Features\t: ") }.map { String($0.dropFirst(11)) },
                       [expected, expected])
    }

    /// ID_AA64ISAR0_EL1: AES 2 (with PMULL), SHA1 1, SHA2 2 (SHA512), CRC32 1, Atomic 2,
    /// SHA3 1, DP 1, TS 2 (FlagM2). ID_AA64ISAR1_EL1: JSCVT 1, FCMA 1, LRCPC 2 (LRCPC2), SB 1. What Linux's cpufeature.c
    /// derives the same HWCAPs from.
    func testIDRegistersMatchHWCAPs() {
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 0), 0x0020_1001_0021_2120)
        XCTAssertEqual(A64SystemRegisters.idRegister(crm: 6, op2: 1), 0x10_0021_1000)
    }
}
