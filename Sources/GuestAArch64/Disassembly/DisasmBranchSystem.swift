// Branches, exception generation and system instructions (Arm ARM C4.1.87).

extension A64Disassembler {
    static func disassembleBranchSystem(_ w: A64Word, pc: UInt64) -> String? {
        switch w[31, 29] {
        case 0b000, 0b100:  // B, BL
            let offset = A64Fmt.sext(w[25, 0], 26) << 2
            return A64Fmt.ins(w[31] == 0 ? "b" : "bl", A64Fmt.target(pc, offset))
        case 0b001, 0b101:
            let offset19 = A64Fmt.sext(w[23, 5], 19) << 2
            if w[25] == 0 {  // CBZ, CBNZ
                let m = w[24] == 0 ? "cbz" : "cbnz"
                return A64Fmt.ins(m, A64Fmt.r(w.rd, w.sf), A64Fmt.target(pc, offset19))
            }
            let bit = w[31] << 5 | w[23, 19]
            let offset14 = A64Fmt.sext(w[18, 5], 14) << 2
            return A64Fmt.ins(w[24] == 0 ? "tbz" : "tbnz", A64Fmt.r(w.rd, w[31] == 1),
                              A64Fmt.dec(bit), A64Fmt.target(pc, offset14))
        case 0b010:
            // B.cond, and BC.cond (FEAT_HBC) when bit 4 is set.
            guard w[25, 24] == 0 else { return nil }
            let offset = A64Fmt.sext(w[23, 5], 19) << 2
            let m = (w[4] == 0 ? "b." : "bc.") + A64Fmt.cond(w[3, 0])
            return A64Fmt.ins(m, A64Fmt.target(pc, offset))
        case 0b110:
            if w[25, 24] == 0b00 { return exceptionGeneration(w) }
            if w[25, 22] == 0b0100 { return system(w) }
            if w[25] == 1 { return branchRegister(w) }
            return nil
        default: return nil
        }
    }

    private static func exceptionGeneration(_ w: A64Word) -> String? {
        if w[4, 2] != 0 { return nil }
        let imm = A64Fmt.imm(w[20, 5])
        switch (w[23, 21], w[1, 0]) {
        case (0b000, 1): return A64Fmt.ins("svc", imm)
        case (0b000, 2): return A64Fmt.ins("hvc", imm)
        case (0b000, 3): return A64Fmt.ins("smc", imm)
        case (0b001, 0): return A64Fmt.ins("brk", imm)
        case (0b010, 0): return A64Fmt.ins("hlt", imm)
        default: return nil
        }
    }

    private static func branchRegister(_ w: A64Word) -> String? {
        if w[20, 16] != 0b11111 { return nil }
        let opc = w[24, 21], op3 = w[15, 10], rn = w.rn, op4 = w.rd
        switch (opc, op3) {
        case (0b0000, 0), (0b0001, 0), (0b0010, 0):
            guard op4 == 0 else { return nil }
            if opc == 0b0010 { return rn == 30 ? "ret" : A64Fmt.ins("ret", A64Fmt.x(rn)) }
            return A64Fmt.ins(opc == 0 ? "br" : "blr", A64Fmt.x(rn))
        case (0b0000, 2), (0b0000, 3), (0b0001, 2), (0b0001, 3):
            // BRAAZ/BRABZ/BLRAAZ/BLRABZ (FEAT_PAuth).
            guard op4 == 31 else { return nil }
            let m = (opc == 0 ? "bra" : "blra") + (op3 == 2 ? "az" : "bz")
            return A64Fmt.ins(m, A64Fmt.x(rn))
        case (0b0010, 2), (0b0010, 3):
            guard rn == 31 && op4 == 31 else { return nil }
            return op3 == 2 ? "retaa" : "retab"
        case (0b1000, 2), (0b1000, 3), (0b1001, 2), (0b1001, 3):
            let m = (opc == 0b1000 ? "bra" : "blra") + (op3 == 2 ? "a" : "b")
            return A64Fmt.ins(m, A64Fmt.x(rn), A64Fmt.x(op4, sp: true))
        case (0b0100, 0):
            return rn == 31 && op4 == 0 ? "eret" : nil
        default: return nil
        }
    }

    private static func system(_ w: A64Word) -> String? {
        let l = w[21], op0 = w[20, 19], op1 = w[18, 16], crn = w[15, 12], crm = w[11, 8]
        let op2 = w[7, 5], rt = w.rd
        if l == 0 && op0 == 0 {
            if crn == 0b0100 && rt == 31 {
                if op1 == 0 && crm == 0 && op2 <= 2 { return ["cfinv", "xaflag", "axflag"][Int(op2)] }
                return msrImmediate(op1: op1, op2: op2, crm: crm)
                    ?? A64Fmt.ins("msr", systemRegisterName(w[20, 5]), "xzr")
            }
            if op1 == 0b011 && crn == 0b0010 && rt == 31 { return hint(crm << 3 | op2) }
            if op1 == 0b011 && crn == 0b0011 && rt == 31 { return barrier(op2: op2, crm: crm) }
            return nil
        }
        if op0 == 1 {
            if l == 0 { return systemInstruction(op1: op1, crn: crn, crm: crm, op2: op2, rt: rt) }
            return "sysl\t\(A64Fmt.x(rt)), #\(op1), C\(crn), C\(crm), #\(op2)"
        }
        if op0 == 3 {
            let name = systemRegisterName(w[20, 5])
            return l == 1 ? A64Fmt.ins("mrs", A64Fmt.x(rt), name) : A64Fmt.ins("msr", name, A64Fmt.x(rt))
        }
        return nil
    }

    private static func msrImmediate(op1: UInt32, op2: UInt32, crm: UInt32) -> String? {
        let field: String
        switch (op1, op2) {
        case (0b000, 0b011): field = "uao"
        case (0b000, 0b100): field = "pan"
        case (0b000, 0b101): field = "spsel"
        case (0b011, 0b001): field = "ssbs"
        case (0b011, 0b010): field = "dit"
        case (0b011, 0b100): field = "tco"
        case (0b011, 0b110): field = "daifset"
        case (0b011, 0b111): field = "daifclr"
        default: return nil
        }
        return A64Fmt.ins("msr", field, A64Fmt.imm(crm))
    }

    private static let hintNames: [Int: String] = [
        0: "nop", 1: "yield", 2: "wfe", 3: "wfi", 4: "sev", 5: "sevl", 7: "xpaclri",
        8: "pacia1716", 10: "pacib1716", 12: "autia1716", 14: "autib1716",
        16: "esb", 17: "psb\tcsync", 18: "tsb\tcsync", 20: "csdb", 22: "clearbhb",
        24: "paciaz", 25: "paciasp", 26: "pacibz", 27: "pacibsp",
        28: "autiaz", 29: "autiasp", 30: "autibz", 31: "autibsp",
        32: "bti", 34: "bti\tc", 36: "bti\tj", 38: "bti\tjc",
    ]

    private static func hint(_ imm: UInt32) -> String {
        hintNames[Int(imm)] ?? A64Fmt.ins("hint", A64Fmt.imm(imm))
    }

    /// Barrier option names (Arm ARM C6.2.88 DMB): CRm -> name, unnamed values print as #imm.
    private static let barrierOptions = [
        "#0x00", "oshld", "oshst", "osh", "#0x04", "nshld", "nshst", "nsh",
        "#0x08", "ishld", "ishst", "ish", "#0x0c", "ld", "st", "sy",
    ]

    private static func barrier(op2: UInt32, crm: UInt32) -> String? {
        switch op2 {
        case 0b010: return crm == 15 ? "clrex" : A64Fmt.ins("clrex", A64Fmt.imm(crm))
        case 0b100:
            if crm == 0 { return "ssbb" }
            if crm == 4 { return "pssbb" }
            return A64Fmt.ins("dsb", barrierOptions[Int(crm)])
        case 0b101: return A64Fmt.ins("dmb", barrierOptions[Int(crm)])
        case 0b110: return crm == 15 ? "isb" : A64Fmt.ins("isb", A64Fmt.imm(crm))
        case 0b111: return crm == 0 ? "sb" : nil
        default: return nil
        }
    }

    /// DC/IC operations a user-mode program can issue (Arm ARM C5.3); others stay unknown.
    private static func systemInstruction(op1: UInt32, crn: UInt32, crm: UInt32, op2: UInt32, rt: Int) -> String? {
        let key = op1 << 11 | crn << 7 | crm << 3 | op2
        func k(_ a: UInt32, _ n: UInt32, _ m: UInt32, _ b: UInt32) -> UInt32 { a << 11 | n << 7 | m << 3 | b }
        switch key {
        case k(3, 7, 4, 1): return A64Fmt.ins("dc", "zva", A64Fmt.x(rt))
        case k(3, 7, 4, 3): return A64Fmt.ins("dc", "gva", A64Fmt.x(rt))
        case k(3, 7, 4, 4): return A64Fmt.ins("dc", "gzva", A64Fmt.x(rt))
        case k(3, 7, 10, 1): return A64Fmt.ins("dc", "cvac", A64Fmt.x(rt))
        case k(3, 7, 11, 1): return A64Fmt.ins("dc", "cvau", A64Fmt.x(rt))
        case k(3, 7, 12, 1): return A64Fmt.ins("dc", "cvap", A64Fmt.x(rt))
        case k(3, 7, 13, 1): return A64Fmt.ins("dc", "cvadp", A64Fmt.x(rt))
        case k(3, 7, 14, 1): return A64Fmt.ins("dc", "civac", A64Fmt.x(rt))
        case k(0, 7, 6, 1): return A64Fmt.ins("dc", "ivac", A64Fmt.x(rt))
        case k(3, 7, 5, 1): return A64Fmt.ins("ic", "ivau", A64Fmt.x(rt))
        case k(0, 7, 5, 0): return rt == 31 ? A64Fmt.ins("ic", "iallu") : nil
        case k(0, 7, 1, 0): return rt == 31 ? A64Fmt.ins("ic", "ialluis") : nil
        default:
            // CRn 7..9 hold the TLBI/AT/DC/IC/CPP/BRB operations binutils names; an operation
            // not listed above stays unknown rather than print a generic SYS objdump would not.
            if (7...9).contains(crn) { return nil }
            let sys = "sys\t#\(op1), C\(crn), C\(crm), #\(op2)"
            return rt == 31 ? sys : sys + ", " + A64Fmt.x(rt)
        }
    }

    /// Names binutils prints for the system registers user-mode code touches; any other
    /// encoding prints in the generic `s<op0>_<op1>_c<n>_c<m>_<op2>` form.
    private static let systemRegisterNames: [UInt32: String] = {
        func k(_ o0: UInt32, _ o1: UInt32, _ n: UInt32, _ m: UInt32, _ o2: UInt32) -> UInt32 {
            o0 << 14 | o1 << 11 | n << 7 | m << 3 | o2
        }
        return [
            k(3, 3, 4, 2, 0): "nzcv", k(3, 3, 4, 2, 1): "daif", k(3, 3, 4, 4, 0): "fpcr",
            k(3, 3, 4, 4, 1): "fpsr", k(3, 3, 4, 2, 5): "dit", k(3, 3, 4, 2, 6): "ssbs",
            k(3, 3, 4, 2, 7): "tco", k(3, 3, 4, 2, 2): "svcr",
            k(3, 3, 13, 0, 2): "tpidr_el0", k(3, 3, 13, 0, 3): "tpidrro_el0",
            k(3, 3, 13, 0, 5): "tpidr2_el0",
            k(3, 3, 0, 0, 1): "ctr_el0", k(3, 3, 0, 0, 7): "dczid_el0",
            k(3, 3, 2, 4, 0): "rndr", k(3, 3, 2, 4, 1): "rndrrs",
            k(3, 3, 14, 0, 0): "cntfrq_el0", k(3, 3, 14, 0, 1): "cntpct_el0",
            k(3, 3, 14, 0, 2): "cntvct_el0", k(3, 3, 14, 0, 5): "cntpctss_el0",
            k(3, 3, 14, 0, 6): "cntvctss_el0",
            k(3, 3, 14, 2, 0): "cntp_tval_el0", k(3, 3, 14, 2, 1): "cntp_ctl_el0",
            k(3, 3, 14, 2, 2): "cntp_cval_el0", k(3, 3, 14, 3, 0): "cntv_tval_el0",
            k(3, 3, 14, 3, 1): "cntv_ctl_el0", k(3, 3, 14, 3, 2): "cntv_cval_el0",
            k(3, 3, 9, 13, 0): "pmccntr_el0", k(3, 3, 9, 14, 0): "pmuserenr_el0",
            k(3, 0, 0, 4, 5): "id_aa64smfr0_el1", k(3, 0, 0, 6, 2): "id_aa64isar2_el1",
            k(3, 0, 0, 5, 4): "id_aa64afr0_el1", k(3, 0, 0, 5, 5): "id_aa64afr1_el1",
            k(3, 0, 4, 2, 3): "pan", k(3, 0, 4, 2, 4): "uao",
            k(3, 0, 13, 0, 4): "tpidr_el1", k(3, 0, 1, 0, 0): "sctlr_el1",
            k(3, 0, 0, 0, 0): "midr_el1", k(3, 0, 0, 0, 5): "mpidr_el1", k(3, 0, 0, 0, 6): "revidr_el1",
            k(3, 0, 0, 4, 0): "id_aa64pfr0_el1", k(3, 0, 0, 4, 1): "id_aa64pfr1_el1",
            k(3, 0, 0, 4, 4): "id_aa64zfr0_el1",
            k(3, 0, 0, 5, 0): "id_aa64dfr0_el1", k(3, 0, 0, 5, 1): "id_aa64dfr1_el1",
            k(3, 0, 0, 6, 0): "id_aa64isar0_el1", k(3, 0, 0, 6, 1): "id_aa64isar1_el1",
            k(3, 0, 0, 7, 0): "id_aa64mmfr0_el1", k(3, 0, 0, 7, 1): "id_aa64mmfr1_el1",
            k(3, 0, 0, 7, 2): "id_aa64mmfr2_el1",
            k(3, 0, 4, 2, 2): "currentel", k(3, 0, 4, 2, 0): "spsel",
        ]
    }()

    static func systemRegisterName(_ encoded: UInt32) -> String {
        if let name = systemRegisterNames[encoded] { return name }
        let op0 = encoded >> 14, op1 = (encoded >> 11) & 7, crn = (encoded >> 7) & 15
        let crm = (encoded >> 3) & 15, op2 = encoded & 7
        return "s\(op0)_\(op1)_c\(crn)_c\(crm)_\(op2)"
    }
}
