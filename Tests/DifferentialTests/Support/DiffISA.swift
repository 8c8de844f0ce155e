import Foundation
import GuestTestSupport

/// What differs between the two guest architectures in a differential run.
struct DiffISA: Sendable {
    let name: String
    let harnessSource: String
    let compiler: String
    let compilerPackage: String
    let cflags: [String]
    /// The reference: qemu-user with the CPU model closest to what xrun advertises.
    let qemu: String
    let qemuArgs: [String]
    let objdump: String
    let isRISCV: Bool
    /// Applied to the reference's outcome (with xrun's, when there is one) before
    /// comparing: only the documented differences of Tests/Differential/KNOWN-DIFFERENCES.md,
    /// each turning what QEMU reports into what Linux reports. xrun's outcome is never
    /// changed.
    let normalize: @Sendable (_ reference: inout Outcome, _ xrun: Outcome?) -> Void
    /// Recognises a difference that is a known, still open xrun issue (KNOWN-DIFFERENCES.md,
    /// "Open in xrun") and cannot be kept out by the generators; returns its tag. Such
    /// cases are counted and listed in the summary, and fail only with XRUN_DIFF_STRICT=1.
    var knownOpen: @Sendable (_ reference: Outcome, _ xrun: Outcome) -> String? = { _, _ in nil }

    static let aarch64 = DiffISA(
        name: "aarch64",
        harnessSource: "Tests/Differential/harness-aarch64.c",
        compiler: "aarch64-linux-gnu-gcc", compilerPackage: "gcc-aarch64-linux-gnu and libc6-dev-arm64-cross",
        cflags: ["-O2", "-static", "-no-pie", "-fno-stack-protector", "-Wall", "-Wl,-Ttext-segment=0x5b3d0000"],
        // cortex-a76: Armv8.2 with LSE atomics, crypto, dot product and RCPC, which xrun
        // implements; its other extras (FP16, RDM, LOR, ...) are kept out of the generators,
        // as are xrun's features beyond it (SHA512, SHA3, LRCPC2; A64Exclusions.swift).
        // The default CPU (max) has SVE, SME, PAuth, BTI, MTE...
        qemu: "qemu-aarch64", qemuArgs: ["-cpu", "cortex-a76"],
        objdump: "aarch64-linux-gnu-objdump", isRISCV: false,
        normalize: { o, xrun in
            // K1: QEMU raises SIGILL for an undefined instruction with si_code ILL_ILLOPN (2);
            // Linux's arm64 do_el0_undef() uses ILL_ILLOPC (1), as xrun does.
            if o.signo == 4 && o.siCode == 2 { o.siCode = 1 }
            // K2: FPSR bits 31:28 are the AArch32 comparison flags: writable on a CPU with
            // AArch32 (QEMU's Cortex-A76), RES0 on an AArch64-only one (xrun).
            o.state.fpsr &= 0x0fff_ffff
            if o.signo == 11 || o.signo == 7 {
                // K3: Linux gives the handler the untagged fault address (bits 63:56 are
                // a copy of bit 55; arch_untagged_si_addr); QEMU 7.2 passes the tag on.
                o.faultAddr = UInt64(bitPattern: Int64(bitPattern: o.faultAddr << 8) >> 8)
                // K4: for an access reaching outside its 47-bit guest address space QEMU
                // reports si_addr 0; Linux reports the address.
                if o.faultAddr == 0, let x = xrun, x.signo == o.signo, x.faultPC == o.faultPC, x.faultAddr >= (1 << 47) - 64 {
                    o.faultAddr = x.faultAddr
                }
            }
        },
        knownOpen: { a, b in a64TininessX6(a, b) })

    static let riscv64 = DiffISA(
        name: "riscv64",
        harnessSource: "Tests/Differential/harness-riscv64.c",
        compiler: "riscv64-linux-gnu-gcc", compilerPackage: "gcc-riscv64-linux-gnu and libc6-dev-riscv64-cross",
        cflags: ["-O2", "-static", "-no-pie", "-fno-stack-protector", "-mno-relax", "-Wl,--no-relax", "-Wall",
                 "-Wl,-Ttext-segment=0x5b3d0000"],
        // QEMU 7.2's rv64 CPU has Zbc (clmul), which xrun does not implement; Zicond,
        // which xrun has, is not in QEMU 7.2 at all and stays out of the generators.
        qemu: "qemu-riscv64", qemuArgs: ["-cpu", "rv64,zbc=false"],
        objdump: "riscv64-linux-gnu-objdump", isRISCV: true,
        normalize: { o, xrun in
            // K4: for an access reaching outside its guest address space QEMU reports
            // si_addr 0; Linux reports the address (stval), as xrun does.
            if (o.signo == 11 || o.signo == 7) && o.faultAddr == 0, let x = xrun, x.signo == o.signo,
               x.faultPC == o.faultPC, x.faultAddr >= (1 << 47) - 64 {
                o.faultAddr = x.faultAddr
            }
        })

    var qemuPackage: String { "qemu-user" }

    /// X6: Arm detects underflow before rounding, x86 after. A result just below the
    /// smallest normal that rounds up to it has UFC under QEMU (and, with FPCR.FZ, is
    /// flushed to ±0); xrun sets no UFC (and returns ±smallest normal). The outcomes
    /// match X6 when that is their only difference: FPSR.UFC (also in a register an MRS
    /// copied it to), and lanes that are ±0 in QEMU's and ±smallest normal in xrun's.
    static func a64TininessX6(_ a: Outcome, _ b: Outcome) -> String? {
        let ufc: UInt64 = 8
        guard a.signo == b.signo, a.siCode == b.siCode, a.faultAddr == b.faultAddr, a.faultPC == b.faultPC,
              a.fillerHash == b.fillerHash, a.state.mem == b.state.mem, a.state.nzcv == b.state.nzcv,
              a.state.fpcr == b.state.fpcr, a.state.fpsr ^ b.state.fpsr == ufc, a.state.fpsr & ufc != 0 else { return nil }
        for i in 0..<32 where a.state.x[i] != b.state.x[i] {
            guard a.state.x[i] ^ b.state.x[i] == ufc, a.state.x[i] & ufc != 0 else { return nil }
        }
        func flushedVsMinNormal(_ p: UInt64, _ q: UInt64) -> Bool {
            if p == q { return true }
            if p & ~(1 << 63) == 0 && q == p | 0x0010_0000_0000_0000 { return true }
            for shift in [0, 32] as [UInt64] {
                let pl = p >> shift & 0xffff_ffff, ql = q >> shift & 0xffff_ffff
                if pl != ql && !(pl & 0x7fff_ffff == 0 && ql == pl | 0x0080_0000) { return false }
            }
            return true
        }
        for i in 0..<64 where !flushedVsMinNormal(a.state.v[i], b.state.v[i]) { return nil }
        return "X6"
    }

    // MARK: Names

    func xName(_ i: Int) -> String {
        if isRISCV {
            let abi = ["zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
                       "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"]
            return "x\(i)/\(abi[i])"
        }
        return i == 31 ? "sp" : "x\(i)"
    }

    var xRange: [Int] { isRISCV ? Array(1..<32).filter { $0 != 4 } : Array(0..<32) }
    var vName: String { isRISCV ? "f" : "v" }

    func flagsDescription(_ s: MachineState) -> String {
        if isRISCV { return "fcsr=\(hex(s.fpcr, 2)) (frm \(s.fpcr >> 5 & 7), fflags \(hex(s.fpcr & 31, 2)))" }
        let n = s.nzcv >> 28
        let f = (n & 8 != 0 ? "N" : "n") + (n & 4 != 0 ? "Z" : "z") + (n & 2 != 0 ? "C" : "c") + (n & 1 != 0 ? "V" : "v")
        return "nzcv=\(f) fpcr=\(hex(s.fpcr, 8)) fpsr=\(hex(s.fpsr, 8))"
    }

    // MARK: Disassembly

    /// One line per instruction: "address: word  disassembly". Uses objdump when it is
    /// installed, else prints the words alone.
    func disassemble(_ code: [UInt8]) -> [String] {
        var units: [(offset: Int, bytes: [UInt8])] = []
        var i = 0
        while i < code.count {
            var len = 4
            if isRISCV {
                len = code[i] & 3 != 3 ? 2 : (code[i] & 0x1c != 0x1c ? 4 : 2)
            }
            len = min(len, code.count - i)
            units.append((i, Array(code[i..<(i + len)])))
            i += len
        }
        let text = objdumpText(code) ?? [:]
        return units.map { u in
            let word = u.bytes.reversed().map { String(format: "%02x", $0) }.joined()
            let addr = Layout.codePage + UInt64(u.offset)
            return "  \(String(addr, radix: 16)): \(word.padding(toLength: 8, withPad: " ", startingAt: 0))  \(text[u.offset] ?? "")"
        }
    }

    /// Offset → disassembly text, from objdump.
    private func objdumpText(_ code: [UInt8]) -> [Int: String]? {
        guard let od = TestEnvironment.which(objdump), !code.isEmpty else { return nil }
        let dir = NSTemporaryDirectory() + "xrun-diff-dis-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var args: [String]
        if isRISCV {
            // binutils 2.40 disassembles raw binaries as rv64gc only; an object with the
            // arch attribute makes it decode Zba/Zbb/Zbs too.
            guard let asm = TestEnvironment.which("riscv64-linux-gnu-as") else { return nil }
            var src = ".attribute arch, \"rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0_zba1p0_zbb1p0_zbs1p0\"\n.text\n"
            var i = 0
            while i < code.count {
                let compressed = code[i] & 3 != 3
                if compressed || i + 4 > code.count {
                    let v = UInt16(code[i]) | UInt16(i + 1 < code.count ? code[i + 1] : 0) << 8
                    src += compressed ? ".insn 2, 0x\(String(v, radix: 16))\n" : ".2byte 0x\(String(v, radix: 16))\n"
                    i += 2
                } else {
                    let v = code[i..<(i + 4)].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                    src += code[i] & 0x1c == 0x1c ? ".4byte 0x\(String(v, radix: 16))\n" : ".insn 4, 0x\(String(v, radix: 16))\n"
                    i += 4
                }
            }
            _ = FileManager.default.createFile(atPath: dir + "/c.s", contents: Data(src.utf8))
            guard let r = try? TestEnvironment.runTool(asm, ["-o", dir + "/c.o", dir + "/c.s"]), r.status == 0 else { return nil }
            args = ["-d", dir + "/c.o"]
        } else {
            _ = FileManager.default.createFile(atPath: dir + "/c.bin", contents: Data(code))
            args = ["-D", "-b", "binary", "-m", "aarch64", dir + "/c.bin"]
        }
        guard let r = try? TestEnvironment.runTool(od, args), r.status == 0 else { return nil }
        var result: [Int: String] = [:]
        for line in r.output.split(separator: "\n") {
            // "   4:\t952e                \tadd\ta0,a0,a1"
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 3, let colon = parts[0].firstIndex(of: ":"),
                  let off = Int(parts[0][..<colon].trimmingCharacters(in: .whitespaces), radix: 16) else { continue }
            result[off] = parts[2...].joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
        }
        return result
    }
}

func hex(_ v: UInt64, _ digits: Int = 16) -> String {
    let s = String(v, radix: 16)
    return s.count >= digits ? s : String(repeating: "0", count: digits - s.count) + s
}
