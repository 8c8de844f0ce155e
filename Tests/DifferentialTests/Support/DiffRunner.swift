import Foundation
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
/// reports every difference.
enum DiffRunner {
    static func run(_ isa: DiffISA, _ group: DiffGroup, test: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let settings = DiffSettings.current
        let qemu = try DiffEnv.requireTool(isa.qemu, package: isa.qemuPackage)
        let harness = try DiffEnv.harness(source: isa.harnessSource, compiler: isa.compiler,
                                          package: isa.compilerPackage, flags: isa.cflags)
        let underTest = try DiffEnv.emulatorUnderTest()
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
            let dut = try EmulatorProcess(label: "xrun", command: underTest + [harness],
                                          inputPath: inputPath, scratch: scratch)
            try ref.start()
            try dut.start()
            let refResult = ref.finish(timeout: settings.timeout)
            let dutResult = dut.finish(timeout: settings.timeout)

            // The reference must work; anything else is a harness or generator problem.
            guard refResult.ok, let refOut = Codec.decode(refResult.stdout, count: n) else {
                throw DiffFailure("\(label): the reference failed on the batch from case \(index): "
                                  + "\(ref.command.joined(separator: " ")) → \(refResult.ending), "
                                  + "\(refResult.stdout.count / Layout.outSize) of \(n) records\n\(refResult.stderr)")
            }
            // xrun dying is a finding: report the case it died on.
            let complete = min(n, dutResult.stdout.count / Layout.outSize)
            let dutOut = Codec.decode(Array(dutResult.stdout.prefix(complete * Layout.outSize)), count: complete) ?? []
            var advance = n
            for k in 0..<n {
                if k >= dutOut.count && n > 1 {
                    advance = k
                    oneByOne = n - k
                    break
                }
                stats.count(refOut[k])
                var a = refOut[k]
                if k >= dutOut.count {
                    isa.normalize(&a, nil)
                    // xrun died here: report the case, go on with the next one.
                    mismatches += 1
                    if reports.count < settings.reports {
                        reports.append(report(isa, label, index + UInt64(k), cases[k], ref: a, dut: nil,
                                              dutEnding: "\(dut.command.joined(separator: " ")) → \(dutResult.ending) "
                                                + "after \(complete) of \(n) cases\n\(dutResult.stderr)",
                                              reproduce: reproduce(index + UInt64(k))))
                    }
                    advance = k + 1
                    break
                }
                var b = dutOut[k]
                isa.normalize(&a, b)
                // Checking the harness with the reference on both sides: both get the
                // reference's normalisation.
                if settings.emulator != nil { isa.normalize(&b, a) }
                if a != b, !settings.strict, let tag = isa.knownOpen(a, b) {
                    knownOpen[tag, default: 0] += 1
                } else if a != b {
                    mismatches += 1
                    if reports.count < settings.reports {
                        reports.append(report(isa, label, index + UInt64(k), cases[k], ref: a, dut: b, dutEnding: nil,
                                              reproduce: reproduce(index + UInt64(k))))
                    }
                }
            }
            if !dutResult.ok && dutOut.count == n && oneByOne == 0 {
                mismatches += 1
                reports.append("\(label): xrun ended with \(dutResult.ending) after all cases of the batch from \(index)\n\(dutResult.stderr)")
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

    static func report(_ isa: DiffISA, _ label: String, _ index: UInt64, _ c: DiffCase, ref: Outcome, dut: Outcome?,
                       dutEnding: String?, reproduce: String) -> String {
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
        lines.append("qemu: \(describe(isa, ref))")
        if let dut { lines.append("xrun: \(describe(isa, dut))") } else { lines.append("xrun: no result: \(dutEnding ?? "")") }

        // Every field that either output changed, or where they differ.
        let outs = [ref] + (dut.map { [$0] } ?? [])
        func row(_ name: String, _ input: String, _ values: [String]) {
            let differ = values.count == 2 && values[0] != values[1]
            if values.allSatisfy({ $0 == input }) && !differ { return }
            lines.append((differ ? "* " : "  ") + name.padding(toLength: 10, withPad: " ", startingAt: 0)
                         + "in " + input + "  qemu " + values[0] + (values.count > 1 ? "  xrun " + values[1] : ""))
        }
        lines.append("outputs (fields that changed or differ; * = qemu and xrun differ):")
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
            lines.append("* below-window hash  qemu \(hex(outs[0].fillerHash))  xrun \(hex(outs[1].fillerHash))")
        }
        return lines.joined(separator: "\n")
    }
}
