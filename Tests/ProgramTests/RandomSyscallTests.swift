import Foundation
import XCTest

/// A hostile guest (issue 16): Tests/Programs/hostile/random_syscalls.c makes seeded
/// random system calls with edge-case arguments, in forked batches, and prints one line
/// per call; the same source built for the host is the oracle. xrun must not crash or
/// hang (a crash shows as a batch "killed by SIG…" line, a hang as "stuck"), and every
/// call the program calls deterministic must end the same way as natively.
///
/// - `XRUN_RANDOM_SYSCALLS=<n>`: calls per seed (default 1,500; 100,000 with
///   `XRUN_TEST_LONG=1`), e.g. `XRUN_RANDOM_SYSCALLS=100000 swift test --filter RandomSyscallTests`.
/// - `XRUN_RANDOM_SYSCALLS_SEEDS=1,2,3`: the seeds (default three fixed ones).
///
/// 10^5 calls of seeds 0x1601, 0x1602 and 0x1603 match the host build on aarch64 and
/// riscv64. Replay one batch of a long run with the fourth argument:
/// `random_syscalls 0x1601 33000 500 32500`.
final class RandomSyscallTests: XCTestCase {
    static var calls: Int {
        ProcessInfo.processInfo.environment["XRUN_RANDOM_SYSCALLS"].flatMap { Int($0) } ?? (TestEnv.long ? 100_000 : 1_500)
    }

    static var seeds: [String] {
        ProcessInfo.processInfo.environment["XRUN_RANDOM_SYSCALLS_SEEDS"]?.split(separator: ",").map(String.init)
            ?? ["0x1601", "0x1602", "0x1603"]
    }

    private func hostile(_ variants: [BuildVariant], file: StaticString = #filePath, line: UInt = #line) throws {
        for seed in Self.seeds {
            try checkProgram("hostile/random_syscalls", args: [seed, String(Self.calls)], expect: .exited(0),
                             variants: variants, file: file, line: line)
        }
    }

    func testAArch64() throws { try hostile([.guestStatic, .guestStaticPIE]) }

    func testRISCV64() throws {
        let emulator = try Emulator.get()
        if !emulator.isXrun && !emulator.arguments.contains(where: { $0.hasSuffix("/xrun") }) {
            throw XCTSkip("a reference emulator given by XRUN_TEST_EMULATOR runs one guest ISA")
        }
        try hostile([.riscvStatic])
    }
}
