import XCTest
import GuestTestSupport

/// A guest memory fault in the middle of a hot block (Tests/Programs/native_fault.c):
/// the guest's SIGSEGV handler must see the faulting instruction's PC and exactly the
/// registers and memory the instructions before it wrote, whether the interpreter or
/// native code ran the block (native code stores no PC before its accesses and keeps
/// guest registers in host registers; the fault path rebuilds the guest state). Both
/// guest ISAs, each tier: interpreter, native from the first run, native once hot.
final class NativeFaultTests: XCTestCase {
    func testFaultInsideAHotBlockShowsTheExactGuestState() throws {
        guard let xrun = TestEnvironment.xrunCandidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no xrun build")
        }
        let tiers: [(String, [String: String])] = [
            ("interpreter", ["XRUN_NATIVE": "0"]),
            ("native from the first run", ["XRUN_NATIVE": "1", "XRUN_NATIVE_THRESHOLD": "0"]),
            ("native once hot", ["XRUN_NATIVE": "1"]),
        ]
        for variant in [BuildVariant.guestStatic, .riscvStatic] {
            let program = try CompileCache.build("native_fault", variant)
            for (tier, extra) in tiers {
                let env = TestEnv.baseEnvironment.merging(extra) { $1 }
                let r = try runProcess(xrun, [program], env: env)
                let what = "\(variant.rawValue), \(tier)"
                XCTAssertEqual(r.termination, .exited(0), "\(what)\n\(r.summary)")
                XCTAssertTrue(r.out.hasSuffix("all checked\n"), "\(what)\n\(r.out)")
                XCTAssertFalse(r.out.contains("expected") || r.out.contains("no fault") || r.out.contains("after the fault"),
                               "\(what)\n\(r.out)")
            }
        }
    }
}
