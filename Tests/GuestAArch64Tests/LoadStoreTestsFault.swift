import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// Faults of loads and stores are precise: reported at the faulting instruction with
/// the address, and nothing of the faulting instruction (writeback) happens.
final class LoadStoreFaultTests: XCTestCase {
    let code = GuestRun.codeAddress

    func testLoadFromUnmappedFaultsAtItsPC() throws {
        let (r, trap) = try runLSTrap([
            0xf940_0040, // ldr x0, [x2]
            0xf940_0423, // ldr x3, [x1, #8]
            0xd420_ffe0, // brk #0x7ff
        ]) { r in
            r.setX(1, 0x5000)
            r.setX(2, lsData)
            r.memory.write(lsData, UInt64(42))
        }
        XCTAssertEqual(trap, .fault(pc: code + 4, addr: 0x5008, signal: 11, code: 1, write: false))
        XCTAssertEqual(r.x(0), 42)
    }

    func testStoreToReadOnlyPageIsAWriteFault() throws {
        let (_, trap) = try runLSTrap([
            0xf900_0020, // str x0, [x1]
        ]) { r in r.setX(1, GuestRun.codeAddress) }
        XCTAssertEqual(trap, .fault(pc: code, addr: code, signal: 11, code: 2, write: true))
    }

    func testFaultingPreIndexDoesNotWriteBack() throws {
        let (r, trap) = try runLSTrap([
            0xf841_0c20, // ldr x0, [x1, #16]!
        ]) { r in
            r.setX(0, 7)
            r.setX(1, 0x5000)
        }
        XCTAssertEqual(trap, .fault(pc: code, addr: 0x5010, signal: 11, code: 1, write: false))
        XCTAssertEqual(r.x(1), 0x5000)
        XCTAssertEqual(r.x(0), 7)
    }

    func testAddressBeyondGuestRegionFaults() throws {
        let (_, trap) = try runLSTrap([
            0xf940_0040, // ldr x0, [x2]
        ]) { r in r.setX(2, 0x0000_8000_0000_0000) }
        XCTAssertEqual(trap, .fault(pc: code, addr: 0x0000_8000_0000_0000, signal: 11, code: 1, write: false))
    }

    func testAccessCrossingIntoUnmappedPageFaults() throws {
        // The data mapping ends at dataAddress + dataSize; an 8-byte load 4 bytes before it.
        let end = lsData + GuestRun.dataSize
        let (_, trap) = try runLSTrap([
            0xf940_0040, // ldr x0, [x2]
        ]) { r in r.setX(2, end - 4) }
        XCTAssertEqual(trap, .fault(pc: code, addr: end, signal: 11, code: 1, write: false))
    }

    /// Linux runs EL0 with top-byte-ignore: the tag does not take part in the access, and
    /// writeback keeps it.
    func testTopByteIsIgnored() throws {
        let tagged = lsData | 0x5A00_0000_0000_0000
        let r = try runLS([
            0xf840_8440, // ldr x0, [x2], #8
            0xf900_0041, // str x1, [x2]
        ]) { r in
            r.setX(1, 99)
            r.setX(2, tagged)
            r.memory.write(lsData, UInt64(0x1234))
        }
        XCTAssertEqual(r.x(0), 0x1234)
        XCTAssertEqual(r.x(2), tagged + 8)
        XCTAssertEqual(r.lsMem64(lsData + 8), 99)

        // Bit 55 selects the kernel half: the fault reports the address with the tag
        // replaced by copies of bit 55, as the kernel's untagged_addr() does.
        let (_, trap) = try runLSTrap([
            0xf940_0040, // ldr x0, [x2]
        ]) { r in r.setX(2, 0x1280_0000_0000_1000) }
        XCTAssertEqual(trap, .fault(pc: code, addr: 0xFF80_0000_0000_1000, signal: 11, code: 1, write: false))
    }
}
