/// The RISC-V random-word group: uniformly random 32-bit words and 16-bit parcels, and
/// the other groups' encodings with one to three bits flipped, one instruction per case,
/// minus `RVExclusions.hazard`.
extension RVGen {
    mutating func randomWordState() {
        fpState()
        for i in 1..<32 where i != 4 && r.chance(0.3) { state.x[i] = Layout.window + UInt64(r.below(Layout.windowSize)) }
        // No base, index or jump target near the harness's own memory (it would corrupt it).
        for i in 1..<32 where Layout.nearHarness(state.x[i]) { state.x[i] = r.next() }
    }

    mutating func randomInstruction() {
        while true {
            var bytes: [UInt8] = []
            switch r.below(6) {
            case 0, 1: bytes.appendLE(UInt64(r.bits(32) | 3), 4)
            case 2:
                var h = r.bits(16)
                if h & 3 == 3 { h ^= 1 + r.bits(1) }                       // quadrants 0-2 only
                bytes.appendLE(UInt64(h), 2)
            default:
                let saved = (code, written, pinned)
                var w: UInt32
                switch r.below(6) {
                case 0: w = rv64iALU()
                case 1: w = mExtension()
                case 2: w = bitmanip()
                case 3: w = fpOp(fmt: r.bits(1), bases: [src()])
                case 4: atomicSequence(); w = code.count >= saved.0.count + 4 ? UInt32(truncatingIfNeeded: code.withUnsafeBytes { $0.le(saved.0.count, 4) }) : 0
                default:
                    let c = compressed(base: 8 + r.bits(3))
                    (code, written, pinned) = saved
                    bytes.appendLE(UInt64(c ^ 1 << UInt16(2 + r.below(14))), 2)
                    w = 0
                }
                (code, written, pinned) = saved
                if bytes.isEmpty {
                    for _ in 0..<r.int(1...3) { w ^= 1 << UInt32(2 + r.below(30)) }
                    bytes.appendLE(UInt64(w), 4)
                }
            }
            if RVExclusions.hazard(bytes, state) == nil {
                code += bytes
                return
            }
        }
    }
}

enum RVExclusions {
    /// Why an instruction must not run in the random-word group, or nil.
    static func hazard(_ b: [UInt8], _ s: MachineState) -> String? {
        if b.count == 2 { return hazard16(UInt16(b[0]) | UInt16(b[1]) << 8, s) }
        return hazard32(UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24, s)
    }

    /// A register jump into code that is not the sequence's: the harness's text, the stub
    /// pages. Anywhere else faults at the target on both sides.
    static func jumpsIntoHarness(_ target: UInt64) -> Bool { Layout.nearHarness(target) }

    static func hazard32(_ w: UInt32, _ s: MachineState) -> String? {
        let op = w & 0x7f, rd = w >> 7 & 31, f3 = w >> 12 & 7, rs1 = w >> 15 & 31
        // Immediate branches and JAL to random offsets can land in the stub pages.
        if op == 0x63 || op == 0x6f { return "immediate branch or jump" }
        if op == 0x67 {
            let target = s.x[Int(rs1)] &+ UInt64(bitPattern: Int64(Int32(bitPattern: w) >> 20))
            if jumpsIntoHarness(target) { return "JALR into the harness" }
        }
        // SYSTEM: only the FP CSRs (fflags, frm, fcsr) and EBREAK. ECALL would be a real
        // system call; the counters differ run to run; other CSRs are machine-specific.
        if op == 0x73 {
            let csr = w >> 20
            if f3 == 0 { if w != 0x0010_0073 { return "SYSTEM other than EBREAK" } }
            else if f3 == 4 || !(1...3).contains(csr) { return "CSR other than fflags/frm/fcsr" }
        }
        // Zicond: QEMU 7.2 does not know it (czero.eqz/czero.nez, OP funct7 0000111).
        if RVGen.isZicond(w) { return "Zicond (not in QEMU 7.2)" }
        // Whole-register vector loads/stores (VL<n>R/VS<n>R: LOAD-FP/STORE-FP, vector width,
        // mop 00, lumop 01000): QEMU 7.2 runs them although V is off (Q5).
        if (op == 0x07 || op == 0x27) && [0, 5, 6, 7].contains(f3) && w >> 26 & 3 == 0 && w >> 20 & 31 == 8 {
            return "whole-register vector load/store (QEMU accepts it without V)"
        }
        // SC at a random address: QEMU 7.2 checks the reservation before the alignment (Q4).
        if op == 0x2f && w >> 27 == 3 { return "SC (QEMU alignment order)" }
        // CTZW of a register whose low word is zero and high word is not (Q3).
        if op == 0x1b && w >> 20 == 0x601 && f3 == 1 && RVGen.ctzwQEMUBug(s.x[Int(rs1)]) { return "CTZW, QEMU bug" }
        // tp (x4) is the harness's: never written; no loads/stores/AMOs based on it.
        if rd == 4 && op != 0x23 && op != 0x27 { return "writes tp" }
        if rs1 == 4 && (op == 0x03 || op == 0x07 || op == 0x23 || op == 0x27 || op == 0x2f) { return "memory access based on tp" }
        return nil
    }

    static func hazard16(_ h: UInt16, _ s: MachineState) -> String? {
        let q = h & 3, f3 = h >> 13, rd = UInt32(h >> 7 & 31), rs2 = h >> 2 & 31
        if q == 1 && f3 >= 5 { return "C.J/C.BEQZ/C.BNEZ" }
        if q == 2 && f3 == 4 && rs2 == 0 && rd != 0 && jumpsIntoHarness(s.x[Int(rd)]) { return "C.JR/C.JALR into the harness" }
        if q == 1 && f3 <= 3 && rd == 4 { return "writes tp" }
        if q == 2 && [0, 2, 3, 4].contains(f3) && rd == 4 { return "writes tp" }
        return nil
    }
}
