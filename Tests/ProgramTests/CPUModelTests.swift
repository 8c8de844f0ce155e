import XCTest
import GuestAArch64
import GuestRISCV64

/// `xrun -cpu MODEL` as a program sees it: Tests/Programs/cpu/a64_model.c and
/// rv64_model.c print AT_HWCAP, ID registers / riscv_hwprobe, /proc/cpuinfo and which
/// optional instructions run or raise SIGILL at their own address; the expectations
/// come from the model definitions (A64CPUModel, RV64CPUModel). Also `-cpu help`, the
/// one-line refusals, XRUN_CPU/QEMU_CPU, and the model carried across execve.
final class CPUModelProgramTests: XCTestCase {
    func testAArch64Models() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -cpu models")
        let program = try CompileCache.build("cpu/a64_model", .guestStatic)
        for model in [A64CPUModel.cortexA53, .cortexA76, .max] {
            let r = try emulator.run(program, emulatorArgs: ["-cpu", model.name])
            XCTAssertEqual(r.termination, .exited(0), r.summary)
            XCTAssertEqual(r.out, expectedA64(model), "under -cpu \(model.name)")
        }
    }

    func testRISCV64Models() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -cpu models")
        let program = try CompileCache.build("cpu/rv64_model", .riscvStatic)
        for model in RV64CPUModel.all {
            let r = try emulator.run(program, emulatorArgs: ["-cpu", model.name])
            XCTAssertEqual(r.termination, .exited(0), r.summary)
            XCTAssertEqual(r.out, expectedRV64(model), "under -cpu \(model.name)")
        }
    }

    /// The environment forms, and a re-executed xrun (the guest execve's itself) keeps
    /// the model; the option wins over the environment.
    func testEnvironmentAndExecKeepTheModel() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -cpu models")
        let a64 = try CompileCache.build("cpu/a64_model", .guestStatic)
        var env = TestEnv.baseEnvironment
        env["QEMU_CPU"] = "cortex-a53"
        let viaQEMU = try emulator.run(a64, env: env)
        XCTAssertEqual(viaQEMU.out, expectedA64(.cortexA53), viaQEMU.summary)
        env["XRUN_CPU"] = "cortex-a76"
        let viaXRUN = try emulator.run(a64, env: env)
        XCTAssertEqual(viaXRUN.out, expectedA64(.cortexA76), viaXRUN.summary)
        let exec = try emulator.run(a64, ["exec"], emulatorArgs: ["-cpu", "cortex-a53"], env: env)
        XCTAssertEqual(exec.termination, .exited(0), exec.summary)
        XCTAssertEqual(exec.out, expectedA64(.cortexA53), "the re-executed xrun has -cpu cortex-a53")
        let rv = try CompileCache.build("cpu/rv64_model", .riscvStatic)
        let rvExec = try emulator.run(rv, ["exec"], emulatorArgs: ["-cpu", "rva22u64"])
        XCTAssertEqual(rvExec.out, expectedRV64(.rva22u64), rvExec.summary)
    }

    func testHelpAndRefusals() throws {
        let emulator = try Emulator.get()
        try emulator.requireXrun("xrun's -cpu models")
        let help = try runProcess(emulator.path, ["-cpu", "help"])
        XCTAssertEqual(help.termination, .exited(0))
        let lines = help.out.split(separator: "\n").map(String.init)
        for m in A64CPUModel.all { XCTAssertTrue(lines.contains { $0.hasPrefix("  \(m.name) ") && $0.hasSuffix(m.summary) }, help.out) }
        for m in RV64CPUModel.all { XCTAssertTrue(lines.contains { $0.hasPrefix("  \(m.name) ") && $0.hasSuffix(m.summary) }, help.out) }
        XCTAssertEqual(lines.filter { $0.hasPrefix("Available CPUs for ") }.count, 2, help.out)

        let a64 = try CompileCache.build("cpu/a64_model", .guestStatic)
        let unknown = try emulator.run(a64, emulatorArgs: ["-cpu", "cortex-a57"])
        XCTAssertEqual(unknown.termination, .exited(1))
        XCTAssertEqual(unknown.err, "xrun: unknown CPU model 'cortex-a57' (see 'xrun -cpu help')\n")
        let otherISA = try emulator.run(a64, emulatorArgs: ["-cpu", "rva22u64"])
        XCTAssertEqual(otherISA.termination, .exited(1))
        XCTAssertEqual(otherISA.err, "xrun: CPU model 'rva22u64' is for RISC-V 64 programs, not AArch64 (see 'xrun -cpu help')\n")
        XCTAssertEqual(otherISA.out, "", "the program did not run")
    }

    // MARK: Expectations from the model definitions

    private func expectedA64(_ m: A64CPUModel) -> String {
        func has(_ bit: UInt64) -> Bool { m.hwcap & bit != 0 }
        func hex(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }
        func pad(_ v: UInt64, _ n: Int) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: n - s.count) + s }
        typealias F = A64Features
        // ID_AA64ISAR0/1 fields (Arm ARM D19.2.61/62) for the HWCAPs (cpufeature.c).
        var isar0: UInt64 = has(F.PMULL) ? 2 << 4 : has(F.AES) ? 1 << 4 : 0
        if has(F.SHA1) { isar0 |= 1 << 8 }
        isar0 |= has(F.SHA512) ? 2 << 12 : has(F.SHA2) ? 1 << 12 : 0
        if has(F.CRC32) { isar0 |= 1 << 16 }
        if has(F.ATOMICS) { isar0 |= 2 << 20 }
        if has(F.SHA3) { isar0 |= 1 << 32 }
        if has(F.ASIMDDP) { isar0 |= 1 << 44 }
        isar0 |= m.hwcap2 & F.FLAGM2 != 0 ? 2 << 52 : has(F.FLAGM) ? 1 << 52 : 0
        var isar1: UInt64 = has(F.JSCVT) ? 1 << 12 : 0
        if has(F.FCMA) { isar1 |= 1 << 16 }
        isar1 |= has(F.ILRCPC) ? 2 << 20 : has(F.LRCPC) ? 1 << 20 : 0
        if has(F.SB) { isar1 |= 1 << 36 }
        // ID_AA64PFR0: FP and AdvSIMD implemented (0), EL0 and EL1 AArch64 only, in every model.
        let probes: [(String, Bool)] = [
            ("lse", has(F.ATOMICS)), ("lrcpc", has(F.LRCPC)), ("dotprod", has(F.ASIMDDP)), ("sha3", has(F.SHA3)),
            ("sha512", has(F.SHA512)), ("flagm", has(F.FLAGM)), ("flagm2", m.hwcap2 & F.FLAGM2 != 0),
            ("sb", has(F.SB)), ("jscvt", has(F.JSCVT)), ("fcma", has(F.FCMA)), ("crc32", has(F.CRC32)),
        ]
        return """
            hwcap \(hex(m.hwcap))
            hwcap2 \(hex(m.hwcap2))
            midr \(hex(m.midr))
            isar0 \(hex(isar0))
            isar1 \(hex(isar1))
            pfr0 0x11
            cpuinfo Features: \(F.names(hwcap: m.hwcap, hwcap2: m.hwcap2).joined(separator: " "))
            cpuinfo CPU implementer: 0x\(pad(m.midr >> 24 & 0xFF, 2))
            cpuinfo CPU variant: 0x\(pad(m.midr >> 20 & 0xF, 1))
            cpuinfo CPU part: 0x\(pad(m.midr >> 4 & 0xFFF, 3))
            cpuinfo CPU revision: \(m.midr & 0xF)

            """ + probes.map { "insn \($0.0) \($0.1 ? "ok" : "sigill")\n" }.joined()
    }

    private func expectedRV64(_ m: RV64CPUModel) -> String {
        let exts = RV64Features.extensions.filter { m.extensions.contains($0.ext) }
        let imaExt0 = exts.reduce(RV64Features.IMAExt0.fd | RV64Features.IMAExt0.c) { $0 | $1.hwprobe }
        let isa = "rv64imafdc" + exts.map { "_" + $0.name }.joined()
        let probes: [(String, RV64Extensions)] = [("zba", .zba), ("zbb", .zbb), ("zbs", .zbs), ("zicond", .zicond),
                                                  ("zifencei", .zifencei)]
        return """
            hwcap 0x\(String(RV64Features.hwcap, radix: 16))
            hwprobe 0
            hwprobe 0 0x0
            hwprobe 1 0x0
            hwprobe 2 0x0
            hwprobe 3 0x1
            hwprobe 4 0x\(String(imaExt0, radix: 16))
            cpuinfo isa: \(isa)

            """ + probes.map { "insn \($0.0) \(m.extensions.contains($0.1) ? "ok" : "sigill")\n" }.joined()
    }
}
