import Foundation
import Glibc
import XCTest
import XrunCore
@testable import LinuxABI

/// docs/syscalls.md (tools/gen-syscall-table reads it from the sources) must say what the
/// table xrun builds really holds, number by number.
final class SyscallTableDocumentTests: XCTestCase {
    func testDocumentMatchesTheRegisteredTable() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/syscalls.md").standardized
        let text = try String(contentsOf: doc, encoding: .utf8)
        let table = SyscallTable.linux()
        var rows = 0
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 5, let nr = Int(cells[1]) else { continue }
            rows += 1
            let entry = table.entry(nr)
            let name = cells[2].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            switch cells[3] {
            case "implemented":
                XCTAssertNotNil(entry.handler, "\(name) (\(nr)) is documented as implemented")
                XCTAssertNil(entry.refusal, "\(name) (\(nr)) is refused")
            case "ENOSYS by design":
                XCTAssertEqual(entry.refusal.map { "\($0)" }, cells[4], "\(name) (\(nr))")
            case "missing":
                XCTAssertNil(entry.handler, "\(name) (\(nr)) is registered: run tools/gen-syscall-table")
            default:
                XCTFail("unknown status \(cells[3]) for \(name)")
            }
            XCTAssertEqual(Syscall.name(nr), name)
        }
        XCTAssertGreaterThan(rows, 300)
    }

    func testRefusedCallsAnswerENOSYS() throws {
        let bed = try LinuxBed()
        for call in [N.io_uring_setup, N.landlock_create_ruleset, N.io_setup, N.clone3, N.rseq,
                     N.clock_gettime64] {
            XCTAssertEqual(bed.call(call, 1, LinuxBed.data, 0), neg(ENOSYS), "\(call.number)")
        }
        // A number nobody registered answers the same.
        XCTAssertEqual(bed.call(N.add_key, 0, 0, 0), neg(ENOSYS))
    }
}
