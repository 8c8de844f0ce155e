import XCTest
import XrunCore

final class MappingListTests: XCTestCase {
    func testInsertSplitsAndRemoves() {
        var l = MappingList()
        l.insert(Mapping(start: 0x1000, end: 0x5000, prot: .read))
        l.insert(Mapping(start: 0x2000, end: 0x3000, prot: .all))
        XCTAssertEqual(l.areas.map { [$0.start, $0.end] }, [[0x1000, 0x2000], [0x2000, 0x3000], [0x3000, 0x5000]])
        l.remove(0x1800, 0x3800)
        XCTAssertEqual(l.areas.map { [$0.start, $0.end] }, [[0x1000, 0x1800], [0x3800, 0x5000]])
        XCTAssertTrue(l.covers(0x1000, 0x1800))
        XCTAssertFalse(l.covers(0x1000, 0x4000))
    }

    func testProtectSplitsAtEdges() {
        var l = MappingList()
        l.insert(Mapping(start: 0x1000, end: 0x4000, prot: [.read, .write]))
        l.protect(0x2000, 0x3000, .read)
        XCTAssertEqual(l.areas.map(\.prot), [[.read, .write], .read, [.read, .write]])
    }

    func testFindFreeTopDown() {
        var l = MappingList()
        l.insert(Mapping(start: 0x8000, end: 0x10000, prot: .read))
        XCTAssertEqual(l.findFree(length: 0x2000, below: 0x10000, above: 0x1000), 0x6000)
        XCTAssertEqual(l.findFree(length: 0x2000, below: 0x20000, above: 0x1000), 0x1e000)
        XCTAssertNil(l.findFree(length: 0x8000, below: 0x8000, above: 0x1000))
    }
}

final class GuestMemoryTests: XCTestCase {
    func testBrkGrowsAndShrinks() throws {
        let m = try GuestMemory()
        m.setBrkStart(0x100123)
        XCTAssertEqual(m.brk(0), 0x101000)
        XCTAssertEqual(m.brk(0x105000), 0x105000)
        XCTAssertTrue(m.write(0x104ff8, UInt64(42)))
        XCTAssertEqual(m.brk(0x102000), 0x102000)
        XCTAssertFalse(m.isAccessible(0x103000, 8, .read))
    }

    func testAccessibilityFollowsProtection() throws {
        let m = try GuestMemory()
        XCTAssertEqual(m.map(0x10000, 0x2000, prot: [.read, .write], shared: false, fd: -1, offset: 0), 0)
        XCTAssertTrue(m.isAccessible(0x10000, 0x2000, .write))
        XCTAssertTrue(m.write(0x11fff, UInt8(0x41)))
        XCTAssertEqual(m.protect(0x11000, 0x1000, .read), 0)
        XCTAssertFalse(m.isAccessible(0x10ff0, 0x20, .write))
        XCTAssertTrue(m.isAccessible(0x10ff0, 0x20, .read))
        XCTAssertFalse(m.isAccessible(GuestMemory.addressLimit - 4, 8, .read))
        XCTAssertNil(m.readCString(0x11fff), "runs into the unmapped page after it")
        XCTAssertEqual(m.readCString(0x11000), [])
    }
}
