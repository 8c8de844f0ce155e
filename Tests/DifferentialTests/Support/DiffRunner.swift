import Foundation
import GuestTestSupport
import XCTest

/// A family of generated cases.
struct DiffGroup {
    let name: String
    /// Cases per CI run (XRUN_DIFF_CASES overrides).
    let ciCases: Int
    /// Sanity of the generator: at least this fraction of cases must run to the end
    /// under the reference (a template that mostly hits UNALLOCATED space is a bug).
    let minCompleted: Double
    /// The reference CPU's arguments when the group needs another model than the ISA's
    /// (e.g. `-cpu max` for features the default reference lacks); nil = the ISA's.
    var qemuArgs: [String]? = nil
    let generate: (inout Rng) -> DiffCase
}

/// Runs a group's cases under the reference qemu and under xrun, batch by batch, and
/// reports every difference. xrun runs each batch twice, in parallel with qemu: once
/// interpreting everything and once compiling every block with the native tier (each
/// case's code runs about once, so at the default threshold the native tier would
/// never see it). Each is compared with qemu, and the two with each other, so a
/// template that drifts from its op shows as a tier mismatch even where qemu is not
/// comparable (a known difference).
enum DiffRunner {
    static func run(_ isa: DiffISA, _ group: DiffGroup, test: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let settings = DiffSettings.current
        let qemu = try TestEnvironment.requireTool(isa.qemu, package: isa.qemuPackage)
        let harness = try DiffEnv.harness(source: isa.harnessSource, compiler: isa.compiler,
                                          package: isa.compilerPackage, flags: isa.cflags)
        let underTest = try DiffEnv.emulatorUnderTest()
        // XRUN_DIFF_EMULATOR names one emulator, which has no tiers.
        let tiers: [Tier?] = settings.emulator != nil ? [nil] : settings.tiers
        let count = settings.cases ?? group.ciCases
        let label = "\(isa.name).\(group.name)"
        let scratch = NSTemporaryDirectory() + "xrun-diff-\(getpid())-\(label)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer {
            if settings.keep { print("[differential] \(label): kept \(scratch)") }
            else { try? FileManager.default.removeItem(atPath: scratch) }
        }

        let started = Date()
        var stats = Stats()
        var reports: [String] = []
        var mismatches = 0
        var knownOpen: [String: Int] = [:]
        var index = settings.first
        let end = settings.first + UInt64(count)
        let reproduce = { (i: UInt64) in
            "XRUN_DIFF_SEED=0x\(String(settings.seed, radix: 16)) XRUN_DIFF_FIRST=\(i) XRUN_DIFF_CASES=1 "
                + "swift test -c release --filter \(test)"
        }

        // When xrun dies in a batch, the case that killed it is at or after the last
        // complete record (the harness buffers its output): those cases then run one per
        // process until it is found.
        var oneByOne = 0
        while index < end {
            let n = oneByOne > 0 ? 1 : Int(min(UInt64(settings.batch), end - index))
            if oneByOne > 0 { oneByOne -= 1 }
            var cases: [DiffCase] = []
            cases.reserveCapacity(n)
            var input: [UInt8] = []
            input.reserveCapacity(n * Layout.inSize)
            for k in 0..<n {
                var rng = Rng(seed: settings.seed, group: label, index: index + UInt64(k))
                let c = group.generate(&rng)
                Codec.encode(c, to: &input)
                cases.append(c)
            }
            let inputPath = scratch + "/input"
            guard FileManager.default.createFile(atPath: inputPath, contents: Data(input)) else {
                throw DiffFailure("cannot write \(inputPath)")
            }
            let ref = try EmulatorProcess(label: "qemu", command: [qemu] + (group.qemuArgs ?? isa.qemuArgs) + [harness],
                                          inputPath: inputPath, scratch: scratch)
            let duts = try tiers.map { tier in
                try EmulatorProcess(label: tier.map { "xrun-\($0.rawValue)" } ?? "xrun", command: underTest + [harness],
                                    environment: tier?.environment ?? [:], inputPath: inputPath, scratch: scratch)
            }
            try ref.start()
            for d in duts { try d.start() }
            let refResult = ref.finish(timeout: settings.timeout)
            let dutResults = duts.map { $0.finish(timeout: settings.timeout) }

            // The reference must work; anything else is a harness or generator problem.
            guard refResult.ok, let refOut = Codec.decode(refResult.stdout, count: n) else {
                throw DiffFailure("\(label): the reference failed on the batch from case \(index): "
                                  + "\(ref.command.joined(separator: " ")) → \(refResult.ending), "
                                  + "\(refResult.stdout.count / Layout.outSize) of \(n) records\n\(refResult.stderr)")
            }
            // xrun dying is a finding: report the case it died on.
            let dutOuts: [[Outcome]] = dutResults.map { r in
                let complete = min(n, r.stdout.count / Layout.outSize)
                return Codec.decode(Array(r.stdout.prefix(complete * Layout.outSize)), count: complete) ?? []
            }
            func ending(_ t: Int) -> String {
                "\(duts[t].command.joined(separator: " ")) (\(duts[t].label)) → \(dutResults[t].ending) "
                    + "after \(dutOuts[t].count) of \(n) cases\n\(dutResults[t].stderr)"
            }
            func note(_ r: @autoclosure () -> String) {
                mismatches += 1
                if reports.count < settings.reports { reports.append(r()) }
            }
            var advance = n
            for k in 0..<n {
                if n > 1 && dutOuts.contains(where: { k >= $0.count }) {
                    advance = k
                    oneByOne = n - k
                    break
                }
                stats.count(refOut[k])
                let i = index + UInt64(k)
                var known: String?
                for (t, out) in dutOuts.enumerated() {
                    var a = refOut[k]
                    let name = duts[t].label
                    guard k < out.count else {
                        // xrun died on this one case: report it, go on with the next one.
                        isa.normalize(&a, nil)
                        note(report(isa, label, i, cases[k], ref: a, dut: nil, names: ("qemu", name),
                                    dutEnding: ending(t), reproduce: reproduce(i)))
                        continue
                    }
                    var b = out[k]
                    isa.normalize(&a, b)
                    // Checking the harness with the reference on both sides: both get the
                    // reference's normalisation.
                    if settings.emulator != nil { isa.normalize(&b, a) }
                    if a != b, !settings.strict, let tag = isa.knownOpen(a, b) {
                        known = tag
                    } else if a != b {
                        note(report(isa, label, i, cases[k], ref: a, dut: b, names: ("qemu", name), dutEnding: nil,
                                    reproduce: reproduce(i)))
                    }
                }
                if let known { knownOpen[known, default: 0] += 1 }
                // The tiers against each other, exactly: both are xrun.
                if dutOuts.count == 2, k < dutOuts[0].count, k < dutOuts[1].count, dutOuts[0][k] != dutOuts[1][k] {
                    note("tier mismatch: interpreter and native differ\n"
                         + report(isa, label, i, cases[k], ref: dutOuts[0][k], dut: dutOuts[1][k],
                                  names: ("interpreter", "native"), dutEnding: nil, reproduce: reproduce(i)))
                }
            }
            for t in duts.indices where !dutResults[t].ok && dutOuts[t].count == n && oneByOne == 0 {
                mismatches += 1
                reports.append("\(label): xrun ended with \(dutResults[t].ending) after all cases of the batch from \(index)\n"
                               + ending(t))
            }
            index += UInt64(advance)
        }

        let seconds = Date().timeIntervalSince(started)
        let summary = "[differential] \(label): \(stats.total) cases from \(settings.first) (seed 0x\(String(settings.seed, radix: 16))), "
            + "\(stats.summary), \(mismatches) mismatches"
            + knownOpen.keys.sorted().map { ", \(knownOpen[$0] ?? 0) known open (\($0))" }.joined()
            + ", \(String(format: "%.2f", seconds)) s"
        print(summary)
        for r in reports { print(r) }
        if mismatches > 0 {
            XCTFail("\(summary)\n\(reports.first ?? "")", file: file, line: line)
        }
        let completed = Double(stats.completed) / Double(max(stats.total, 1))
        if stats.total >= 100 && completed < group.minCompleted {
            XCTFail("\(label): only \(Int(completed * 100))% of the cases ran to the end under \(isa.qemu) "
                    + "(at least \(Int(group.minCompleted * 100))% expected): the generator is off", file: file, line: line)
        }
    }

    struct Stats {
        var total = 0, completed = 0
        var signals: [UInt32: Int] = [:]
        mutating func count(_ o: Outcome) {
            total += 1
            if o.signo == 0 { completed += 1 } else { signals[o.signo, default: 0] += 1 }
        }
        var summary: String {
            let names: [UInt32: String] = [4: "SIGILL", 5: "SIGTRAP", 7: "SIGBUS", 8: "SIGFPE", 11: "SIGSEGV"]
            let sig = signals.keys.sorted().map { "\(signals[$0] ?? 0) \(names[$0] ?? "signal \($0)")" }
            return (["\(completed) ran to the end"] + sig).joined(separator: ", ")
        }
    }

    // MARK: Reports

    static func describe(_ isa: DiffISA, _ o: Outcome) -> String {
        if o.signo == 0 { return "ran to the end" + (o.fillerHash != 0 ? ", wrote below the window (hash \(hex(o.fillerHash)))" : "") }
        let names: [UInt32: String] = [4: "SIGILL", 5: "SIGTRAP", 7: "SIGBUS", 8: "SIGFPE", 11: "SIGSEGV"]
        return "\(names[o.signo] ?? "signal \(o.signo)") si_code \(o.siCode) at pc \(hex(o.faultPC, 8)), si_addr \(hex(o.faultAddr, 8))"
            + (o.fillerHash != 0 ? ", wrote below the window (hash \(hex(o.fillerHash)))" : "")
    }

    /// `names`: what produced `ref` and `dut` ("qemu" and "xrun-native", or
    /// "interpreter" and "native" for a tier mismatch).
    static func report(_ isa: DiffISA, _ label: String, _ index: UInt64, _ c: DiffCase, ref: Outcome, dut: Outcome?,
                       names: (ref: String, dut: String), dutEnding: String?, reproduce: String) -> String {
        var lines: [String] = []
        lines.append("=== MISMATCH \(label) case \(index)")
        lines.append("reproduce: \(reproduce)")
        lines.append("code at \(String(Layout.codePage, radix: 16)):")
        lines += isa.disassemble(c.code)
        let s = c.state
        lines.append("input:")
        let xs = isa.xRange
        for row in stride(from: 0, to: xs.count, by: 4) {
            lines.append("  " + xs[row..<min(row + 4, xs.count)].map {
                isa.xName($0).padding(toLength: 7, withPad: " ", startingAt: 0) + hex(s.x[$0])
            }.joined(separator: "  "))
        }
        lines.append("  " + isa.flagsDescription(s))
        for row in stride(from: 0, to: 32, by: 2) {
            lines.append("  " + (row..<row + 2).map { i in
                "\(isa.vName)\(i)".padding(toLength: 4, withPad: " ", startingAt: 0)
                    + (isa.isRISCV ? hex(s.v[2 * i]) : hex(s.v[2 * i + 1]) + "_" + hex(s.v[2 * i]))
            }.joined(separator: "  "))
        }
        lines.append("  memory window \(String(Layout.window, radix: 16))..\(String(Layout.windowEnd, radix: 16)): "
                     + "from the seed; rows that changed are below")
        lines.append("\(names.ref): \(describe(isa, ref))")
        if let dut { lines.append("\(names.dut): \(describe(isa, dut))") }
        else { lines.append("\(names.dut): no result: \(dutEnding ?? "")") }

        // Every field that either output changed, or where they differ.
        let outs = [ref] + (dut.map { [$0] } ?? [])
        func row(_ name: String, _ input: String, _ values: [String]) {
            let differ = values.count == 2 && values[0] != values[1]
            if values.allSatisfy({ $0 == input }) && !differ { return }
            lines.append((differ ? "* " : "  ") + name.padding(toLength: 10, withPad: " ", startingAt: 0)
                         + "in " + input + "  \(names.ref) " + values[0] + (values.count > 1 ? "  \(names.dut) " + values[1] : ""))
        }
        lines.append("outputs (fields that changed or differ; * = \(names.ref) and \(names.dut) differ):")
        for i in xs { row(isa.xName(i), hex(s.x[i]), outs.map { hex($0.state.x[i]) }) }
        if !isa.isRISCV {
            row("nzcv", hex(s.nzcv >> 28, 1), outs.map { hex($0.state.nzcv >> 28, 1) })
            row("fpsr", hex(s.fpsr, 8), outs.map { hex($0.state.fpsr, 8) })
        }
        row(isa.isRISCV ? "fcsr" : "fpcr", hex(s.fpcr, 8), outs.map { hex($0.state.fpcr, 8) })
        for i in 0..<32 {
            let v = { (t: MachineState) in isa.isRISCV ? hex(t.v[2 * i]) : hex(t.v[2 * i + 1]) + "_" + hex(t.v[2 * i]) }
            row("\(isa.vName)\(i)", v(s), outs.map { v($0.state) })
        }
        for r in stride(from: 0, to: Layout.windowSize, by: 16) {
            let bytes = { (m: [UInt8]) in m[r..<r + 16].map { String(format: "%02x", $0) }.joined() }
            row("mem+\(String(r, radix: 16))", bytes(s.mem), outs.map { bytes($0.state.mem) })
        }
        if outs.count == 2 && outs[0].fillerHash != outs[1].fillerHash {
            lines.append("* below-window hash  \(names.ref) \(hex(outs[0].fillerHash))  \(names.dut) \(hex(outs[1].fillerHash))")
        }
        return lines.joined(separator: "\n")
    }
}
