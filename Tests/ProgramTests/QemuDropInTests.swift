import Foundation
import XCTest

/// xrun as a drop-in for qemu-user: QEMU's machine options reach the guest as QEMU
/// gives them (-seed, -r, -s, -R, -0, their QEMU_* forms), the names of QEMU's binaries
/// choose the ISA, and -one-insn-per-tb / -dfilter shape the translation log.
final class QemuDropInTests: XCTestCase {
    func testMachineOptionsReachTheAArch64Guest() throws { try checkMachineOptions(.guestStatic) }
    func testMachineOptionsReachTheRISCV64Guest() throws { try checkMachineOptions(.riscvStatic) }

    private func checkMachineOptions(_ variant: BuildVariant) throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's QEMU-compatible options")
        let program = try CompileCache.build("linux/machine", variant)
        func lines(_ args: [String], env: [String: String] = [:]) throws -> [String: String] {
            let r = try emulator.run(program, emulatorArgs: args, env: TestEnv.baseEnvironment.merging(env) { $1 })
            XCTAssertEqual(r.termination, .exited(0), r.summary)
            XCTAssertEqual(r.err, "", r.summary)
            var d: [String: String] = [:]
            for line in r.out.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                if parts.count == 2 { d[parts[0]] = parts[1] }
            }
            return d
        }
        let plain = try lines([])
        XCTAssertEqual(plain["stack"], "8192 KiB")
        XCTAssertEqual(plain["fixed"], "mapping at 768 MiB: ok")
        XCTAssertEqual(plain["mmap"], "without hint above 512 MiB")

        let options = ["-seed", "42", "-r", "9.9.9-xrun", "-s", "1M", "-R", "512M", "-0", "renamed"]
        let given = try lines(options)
        XCTAssertEqual(given["release"], "9.9.9-xrun")
        XCTAssertEqual(given["stack"], "1024 KiB")
        XCTAssertEqual(given["fixed"], "mapping at 768 MiB: Cannot allocate memory", "above -R 512M")
        XCTAssertEqual(given["mmap"], "without hint below 512 MiB")
        XCTAssertEqual(given["argv0"], "renamed argc 1")
        // -seed: the same bytes every run; another seed, other bytes; none, the host's.
        XCTAssertEqual(try lines(options)["at_random"], given["at_random"])
        XCTAssertEqual(try lines(options)["getrandom"], given["getrandom"])
        XCTAssertNotEqual(try lines(["-seed", "43"])["at_random"], given["at_random"])
        XCTAssertNotEqual(try lines([])["at_random"], plain["at_random"])
        XCTAssertEqual(given["at_random"]?.count, 32)
        for d in [plain, given] { XCTAssertEqual(d["getrandom-edge"], "8 -1 Bad address", "a short getrandom, -seed or not") }

        let fromEnvironment = try lines([], env: ["QEMU_RAND_SEED": "42", "QEMU_UNAME": "9.9.9-xrun", "QEMU_STACK_SIZE": "1M",
                                                  "QEMU_RESERVED_VA": "512M", "QEMU_ARGV0": "renamed"])
        XCTAssertEqual(fromEnvironment, given, "the QEMU_* forms mean the same")
    }

    /// Started by a QEMU binary's name (a symlink), xrun runs that ISA and refuses another
    /// in one line; an ISA it does not have is refused by name.
    func testQemuNamesChooseTheISA() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun started by QEMU's binary names")
        let a64 = try CompileCache.build("exitcode", .guestStatic)
        let rv64 = try CompileCache.build("exitcode", .riscvStatic)
        let dir = try ScratchDir("qemu-names")
        for (name, runs, refuses, refusedISA, ranISA) in [
            ("qemu-aarch64", a64, rv64, "RISC-V", "AArch64"), ("qemu-aarch64-static", a64, rv64, "RISC-V", "AArch64"),
            ("xrun-aarch64", a64, rv64, "RISC-V", "AArch64"), ("buildkit-qemu-aarch64", a64, rv64, "RISC-V", "AArch64"),
            ("qemu-riscv64", rv64, a64, "AArch64", "RISC-V 64"), ("qemu-riscv64-static", rv64, a64, "AArch64", "RISC-V 64"),
            ("xrun-riscv64", rv64, a64, "AArch64", "RISC-V 64"),
        ] {
            let link = dir.file(name)
            XCTAssertEqual(symlink(emulator.path, link), 0)
            let ok = try runProcess(link, [runs, "exit", "5"])
            XCTAssertEqual(ok.termination, .exited(5), "\(name)\n\(ok.summary)")
            let refused = try runProcess(link, [refuses, "exit", "5"])
            XCTAssertEqual(refused.termination, .exited(126), "\(name)\n\(refused.summary)")
            XCTAssertEqual(refused.err, "xrun: \(refuses): ELF for \(refusedISA); \(name) runs \(ranISA) programs\n")
            let version = try runProcess(link, ["-version"])
            XCTAssertTrue(version.out.hasPrefix("\(name) version "), version.summary)
        }
        XCTAssertEqual(symlink(emulator.path, dir.file("qemu-x86_64")), 0)
        let other = try runProcess(dir.file("qemu-x86_64"), [a64])
        XCTAssertEqual(other.termination, .exited(1))
        XCTAssertEqual(other.err, "xrun: started as 'qemu-x86_64', but this xrun runs aarch64 and riscv64 programs only\n")
    }

    /// -one-insn-per-tb: every logged block holds one instruction; -dfilter: only blocks
    /// starting in the range are logged. A note for an option that changes nothing.
    func testOneInstructionPerBlockAndLogFilter() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -d log")
        let program = try CompileCache.build("arith", .guestStatic)
        let scratch = try ScratchDir("one-insn")
        let r = try emulator.run(program, emulatorArgs: ["-one-insn-per-tb", "-tb-size", "64", "-d", "in_asm",
                                                          "-dfilter", "0x400000..0x40ffff", "-D", scratch.file("log")])
        XCTAssertEqual(r.termination, .exited(3), r.summary)
        XCTAssertEqual(r.err, "xrun: note: -tb-size changes nothing: xrun's code cache grows as it needs\n")
        let log = try String(contentsOfFile: scratch.file("log"), encoding: .utf8)
        let blocks = log.components(separatedBy: "----------------\nIN: \n").dropFirst()
        XCTAssertGreaterThan(blocks.count, 100, "blocks logged")
        for block in blocks {
            let instructions = block.split(separator: "\n").filter { $0.hasPrefix("0x") }
            XCTAssertEqual(instructions.count, 1, String(block))
            guard let address = instructions.first.flatMap({ UInt64($0.dropFirst(2).prefix(16), radix: 16) }) else { continue }
            XCTAssertTrue((0x400000...0x40ffff).contains(address), String(block))
        }
        let unfiltered = try emulator.run(program, emulatorArgs: ["-d", "in_asm", "-D", scratch.file("all")])
        XCTAssertEqual(unfiltered.termination, .exited(3))
        let all = try String(contentsOfFile: scratch.file("all"), encoding: .utf8)
        XCTAssertTrue(all.split(separator: "\n").contains { $0.hasPrefix("0x00000000004") && !$0.hasPrefix("0x000000000040") },
                      "without -dfilter, blocks above 0x40ffff are logged")
    }
}
