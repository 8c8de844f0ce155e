// Advanced SIMD vector instructions (Arm ARM C4.1.90, "Advanced SIMD three same", "three
// different", "two-register miscellaneous", "across lanes"). Copy, permute, table, extract,
// immediate, shift and by-element forms are in DisasmSIMDVectorOther.swift.

extension A64Fmt {
    /// "v3.4s"
    static func v(_ n: Int, _ arrangement: String) -> String { "v\(n).\(arrangement)" }
}

extension A64Disassembler {
    static func disassembleSIMDVector(_ w: A64Word) -> String? {
        if let crypto = cryptoAES(w) { return crypto }
        if w[24] == 1 {
            if w[10] == 1 {
                if w[23] == 1 { return nil }
                return w[22, 19] == 0 ? simdModifiedImmediate(w) : simdShiftImmediate(w, scalar: false)
            }
            return simdByElement(w, scalar: false)
        }
        if w[21] == 1 {
            if w[10] == 1 { return simdThreeSame(w) }
            if w[11] == 0 { return simdThreeDifferent(w) }
            switch w[20, 17] {
            case 0b0000: return simdTwoRegisterMisc(w)
            case 0b1000: return simdAcrossLanes(w)
            default: return nil
            }
        }
        if w[23, 21] == 0 && w[15] == 0 && w[10] == 1 { return simdCopy(w) }
        if w[21] == 0 && w[15] == 1 && w[10] == 1 { return simdDotProduct(w) }
        if w[10] == 0 && w[15] == 0 {
            if w[29] == 1 { return w[23, 22] == 0 ? simdExtract(w) : nil }
            if w[11] == 0 { return w[23, 22] == 0 ? simdTable(w) : nil }
            return simdPermute(w)
        }
        return nil
    }

    /// AES rounds and mix columns (FEAT_AES): 0100 1110 0010 1000 0xxx 10.
    private static func cryptoAES(_ w: A64Word) -> String? {
        guard w[31, 24] == 0b0100_1110, w[23, 17] == 0b0010100, w[11, 10] == 0b10 else { return nil }
        let names: [UInt32: String] = [0b00100: "aese", 0b00101: "aesd", 0b00110: "aesmc", 0b00111: "aesimc"]
        guard let m = names[w[16, 12]] else { return nil }
        return A64Fmt.ins(m, A64Fmt.v(w.rd, "16b"), A64Fmt.v(w.rn, "16b"))
    }

    private static func simdThreeSame(_ w: A64Word) -> String? {
        let q = w[30], u = w[29], size = Int(w[23, 22]), opcode = w[15, 11]
        if opcode >= 0b11000 { return simdThreeSameFP(w) }
        if opcode == 0b00011 {
            let arr = q == 1 ? "16b" : "8b"
            let m = u == 0 ? ["and", "bic", "orr", "orn"][size] : ["eor", "bsl", "bit", "bif"][size]
            if m == "orr" && w.rn == w.rm { return A64Fmt.ins("mov", A64Fmt.v(w.rd, arr), A64Fmt.v(w.rn, arr)) }
            return A64Fmt.ins(m, A64Fmt.v(w.rd, arr), A64Fmt.v(w.rn, arr), A64Fmt.v(w.rm, arr))
        }
        let signed = ["shadd", "sqadd", "srhadd", "", "shsub", "sqsub", "cmgt", "cmge",
                      "sshl", "sqshl", "srshl", "sqrshl", "smax", "smin", "sabd", "saba",
                      "add", "cmtst", "mla", "mul", "smaxp", "sminp", "sqdmulh", "addp"]
        let unsigned = ["uhadd", "uqadd", "urhadd", "", "uhsub", "uqsub", "cmhi", "cmhs",
                        "ushl", "uqshl", "urshl", "uqrshl", "umax", "umin", "uabd", "uaba",
                        "sub", "cmeq", "mls", "pmul", "umaxp", "uminp", "sqrdmulh", ""]
        let m = (u == 0 ? signed : unsigned)[Int(opcode)]
        if m.isEmpty || (size == 3 && q == 0) { return nil }
        switch opcode {
        case 0b10010, 0b10011, 0b00000, 0b00010, 0b00100, 0b01100, 0b01101, 0b01110, 0b01111, 0b10100, 0b10101:
            // No 64-bit lanes; PMUL only on bytes.
            if size == 3 { return nil }
            if opcode == 0b10011 && u == 1 && size != 0 { return nil }
        case 0b10110: if size == 0 || size == 3 { return nil }
        default: break
        }
        let arr = A64Fmt.arrangement(size: size, q: q)
        return A64Fmt.ins(m, A64Fmt.v(w.rd, arr), A64Fmt.v(w.rn, arr), A64Fmt.v(w.rm, arr))
    }

    private static func simdThreeSameFP(_ w: A64Word) -> String? {
        let q = w[30], u = w[29], a = w[23], sz = Int(w[22]), opcode = w[15, 11] & 7
        if sz == 1 && q == 0 { return nil }
        let table: [[String]] = [
            ["fmaxnm", "fmla", "fadd", "fmulx", "fcmeq", "", "fmax", "frecps"],      // U=0 a=0
            ["fminnm", "fmls", "fsub", "", "", "", "fmin", "frsqrts"],               // U=0 a=1
            ["fmaxnmp", "", "faddp", "fmul", "fcmge", "facge", "fmaxp", "fdiv"],     // U=1 a=0
            ["fminnmp", "", "fabd", "", "fcmgt", "facgt", "fminp", ""],              // U=1 a=1
        ]
        let m = table[Int(u << 1 | a)][Int(opcode)]
        if m.isEmpty { return nil }
        let arr = A64Fmt.arrangement(size: 2 + sz, q: q)
        return A64Fmt.ins(m, A64Fmt.v(w.rd, arr), A64Fmt.v(w.rn, arr), A64Fmt.v(w.rm, arr))
    }

    private static func simdThreeDifferent(_ w: A64Word) -> String? {
        let q = w[30], u = w[29], size = Int(w[23, 22]), opcode = Int(w[15, 12])
        let signed = ["saddl", "saddw", "ssubl", "ssubw", "addhn", "sabal", "subhn", "sabdl",
                      "smlal", "sqdmlal", "smlsl", "sqdmlsl", "smull", "sqdmull", "pmull", ""]
        let unsigned = ["uaddl", "uaddw", "usubl", "usubw", "raddhn", "uabal", "rsubhn", "uabdl",
                        "umlal", "", "umlsl", "", "umull", "", "", ""]
        var m = (u == 0 ? signed : unsigned)[opcode]
        if m.isEmpty { return nil }
        let isPMULL = m == "pmull"
        if isPMULL {
            if size == 1 || size == 2 { return nil }
        } else if size == 3 {
            return nil
        } else if [9, 11, 13].contains(opcode) && size == 0 {
            return nil  // SQDMLAL/SQDMLSL/SQDMULL: halfword and word lanes only
        }
        if q == 1 { m += "2" }
        let wide = isPMULL && size == 3 ? "1q" : A64Fmt.arrangement(size: size + 1, q: 1)
        let narrow = A64Fmt.arrangement(size: size, q: q)
        let d = A64Fmt.v(w.rd, wide), n = A64Fmt.v(w.rn, narrow), mm = A64Fmt.v(w.rm, narrow)
        switch opcode {
        case 1, 3: return A64Fmt.ins(m, d, A64Fmt.v(w.rn, wide), mm)
        case 4, 6: return A64Fmt.ins(m, A64Fmt.v(w.rd, narrow), A64Fmt.v(w.rn, wide), A64Fmt.v(w.rm, wide))
        default: return A64Fmt.ins(m, d, n, mm)
        }
    }

    private static func simdTwoRegisterMisc(_ w: A64Word) -> String? {
        let q = w[30], u = w[29], size = Int(w[23, 22]), opcode = w[16, 12]
        let arr = A64Fmt.arrangement(size: size, q: q)
        let d = A64Fmt.v(w.rd, arr), n = A64Fmt.v(w.rn, arr)
        let two = q == 1 ? "2" : ""
        if opcode >= 0b01100 && opcode != 0b10010 && opcode != 0b10011 && opcode != 0b10100 {
            return simdTwoRegisterMiscFP(w)
        }
        switch (u, opcode) {
        case (0, 0b00000): return size == 3 ? nil : A64Fmt.ins("rev64", d, n)
        case (0, 0b00001): return size != 0 ? nil : A64Fmt.ins("rev16", d, n)
        case (1, 0b00000): return size >= 2 ? nil : A64Fmt.ins("rev32", d, n)
        case (_, 0b00010), (_, 0b00110):
            if size == 3 { return nil }
            let m = (u == 0 ? "s" : "u") + (opcode == 0b00010 ? "addlp" : "adalp")
            return A64Fmt.ins(m, A64Fmt.v(w.rd, A64Fmt.arrangement(size: size + 1, q: q)), n)
        case (_, 0b00011): return size == 3 && q == 0 ? nil : A64Fmt.ins(u == 0 ? "suqadd" : "usqadd", d, n)
        case (_, 0b00100): return size == 3 ? nil : A64Fmt.ins(u == 0 ? "cls" : "clz", d, n)
        case (0, 0b00101): return size != 0 ? nil : A64Fmt.ins("cnt", d, n)
        case (1, 0b00101):
            if size == 0 { return A64Fmt.ins("mvn", d, n) }
            if size == 1 { return A64Fmt.ins("rbit", A64Fmt.v(w.rd, q == 1 ? "16b" : "8b"), A64Fmt.v(w.rn, q == 1 ? "16b" : "8b")) }
            return nil
        case (_, 0b00111): return size == 3 && q == 0 ? nil : A64Fmt.ins(u == 0 ? "sqabs" : "sqneg", d, n)
        case (_, 0b01000), (_, 0b01001), (0, 0b01010):
            if size == 3 && q == 0 { return nil }
            let m = opcode == 0b01010 ? "cmlt" : (u == 0 ? ["cmgt", "cmeq"] : ["cmge", "cmle"])[Int(opcode & 1)]
            return A64Fmt.ins(m, d, n, "#0")
        case (_, 0b01011): return size == 3 && q == 0 ? nil : A64Fmt.ins(u == 0 ? "abs" : "neg", d, n)
        case (_, 0b10010), (_, 0b10100):
            if size == 3 { return nil }
            let m = opcode == 0b10010 ? (u == 0 ? "xtn" : "sqxtun") : (u == 0 ? "sqxtn" : "uqxtn")
            return A64Fmt.ins(m + two, d, A64Fmt.v(w.rn, A64Fmt.arrangement(size: size + 1, q: 1)))
        case (1, 0b10011):
            if size == 3 { return nil }
            return A64Fmt.ins("shll" + two, A64Fmt.v(w.rd, A64Fmt.arrangement(size: size + 1, q: 1)), n, "#\(8 << size)")
        default: return nil
        }
    }

    private static func simdTwoRegisterMiscFP(_ w: A64Word) -> String? {
        let q = w[30], u = w[29], a = w[23], sz = Int(w[22]), opcode = w[16, 12]
        let two = q == 1 ? "2" : ""
        // Narrowing and lengthening conversions name two different arrangements.
        switch (u, opcode, a) {
        case (0, 0b10110, 0), (1, 0b10110, 0):
            if u == 1 && sz == 0 { return nil }
            let m = (u == 0 ? "fcvtn" : "fcvtxn") + two
            let narrow = sz == 0 ? (q == 1 ? "8h" : "4h") : (q == 1 ? "4s" : "2s")
            return A64Fmt.ins(m, A64Fmt.v(w.rd, narrow), A64Fmt.v(w.rn, sz == 0 ? "4s" : "2d"))
        case (0, 0b10111, 0):
            let narrow = sz == 0 ? (q == 1 ? "8h" : "4h") : (q == 1 ? "4s" : "2s")
            return A64Fmt.ins("fcvtl" + two, A64Fmt.v(w.rd, sz == 0 ? "4s" : "2d"), A64Fmt.v(w.rn, narrow))
        default: break
        }
        if sz == 1 && q == 0 { return nil }
        let arr = A64Fmt.arrangement(size: 2 + sz, q: q)
        let d = A64Fmt.v(w.rd, arr), n = A64Fmt.v(w.rn, arr)
        let key = u << 6 | a << 5 | opcode
        func k(_ u: UInt32, _ a: UInt32, _ op: UInt32) -> UInt32 { u << 6 | a << 5 | op }
        let names: [UInt32: String] = [
            k(0, 0, 0b11000): "frintn", k(0, 0, 0b11001): "frintm", k(0, 0, 0b11010): "fcvtns",
            k(0, 0, 0b11011): "fcvtms", k(0, 0, 0b11100): "fcvtas", k(0, 0, 0b11101): "scvtf",
            k(0, 1, 0b11000): "frintp", k(0, 1, 0b11001): "frintz", k(0, 1, 0b11010): "fcvtps",
            k(0, 1, 0b11011): "fcvtzs", k(0, 1, 0b11100): "urecpe", k(0, 1, 0b11101): "frecpe",
            k(0, 1, 0b01111): "fabs", k(0, 0, 0b11110): "frint32z", k(0, 0, 0b11111): "frint64z",
            k(1, 0, 0b11110): "frint32x", k(1, 0, 0b11111): "frint64x",
            k(1, 0, 0b11000): "frinta", k(1, 0, 0b11001): "frintx", k(1, 0, 0b11010): "fcvtnu",
            k(1, 0, 0b11011): "fcvtmu", k(1, 0, 0b11100): "fcvtau", k(1, 0, 0b11101): "ucvtf",
            k(1, 1, 0b11001): "frinti", k(1, 1, 0b11010): "fcvtpu", k(1, 1, 0b11011): "fcvtzu",
            k(1, 1, 0b11100): "ursqrte", k(1, 1, 0b11101): "frsqrte", k(1, 1, 0b01111): "fneg",
            k(1, 1, 0b11111): "fsqrt",
        ]
        let compares: [UInt32: String] = [
            k(0, 1, 0b01100): "fcmgt", k(0, 1, 0b01101): "fcmeq", k(0, 1, 0b01110): "fcmlt",
            k(1, 1, 0b01100): "fcmge", k(1, 1, 0b01101): "fcmle",
        ]
        if let m = compares[key] { return A64Fmt.ins(m, d, n, "#0.0") }
        guard let m = names[key] else { return nil }
        if m == "urecpe" || m == "ursqrte" {
            guard sz == 0 else { return nil }
        }
        return A64Fmt.ins(m, d, n)
    }

    private static func simdAcrossLanes(_ w: A64Word) -> String? {
        let q = w[30], u = w[29], size = Int(w[23, 22]), opcode = w[16, 12]
        if opcode == 0b01100 || opcode == 0b01111 {
            guard u == 1, q == 1, w[22] == 0 else { return nil }
            let m = (opcode == 0b01100 ? ["fmaxnmv", "fminnmv"] : ["fmaxv", "fminv"])[Int(w[23])]
            return A64Fmt.ins(m, "s\(w.rd)", A64Fmt.v(w.rn, "4s"))
        }
        if size == 3 || (size == 2 && q == 0) { return nil }
        let lanes = ["b", "h", "s", "d"]
        let n = A64Fmt.v(w.rn, A64Fmt.arrangement(size: size, q: q))
        switch (u, opcode) {
        case (_, 0b00011): return A64Fmt.ins(u == 0 ? "saddlv" : "uaddlv", lanes[size + 1] + "\(w.rd)", n)
        case (_, 0b01010): return A64Fmt.ins(u == 0 ? "smaxv" : "umaxv", lanes[size] + "\(w.rd)", n)
        case (_, 0b11010): return A64Fmt.ins(u == 0 ? "sminv" : "uminv", lanes[size] + "\(w.rd)", n)
        case (0, 0b11011): return A64Fmt.ins("addv", lanes[size] + "\(w.rd)", n)
        default: return nil
        }
    }

    /// SDOT/UDOT (vector), FEAT_DotProd: "three registers, extension" with opcode 0010.
    private static func simdDotProduct(_ w: A64Word) -> String? {
        guard w[23, 22] == 0b10, w[14, 11] == 0b0010 else { return nil }
        let q = w[30]
        return A64Fmt.ins(w[29] == 0 ? "sdot" : "udot", A64Fmt.v(w.rd, q == 1 ? "4s" : "2s"),
                          A64Fmt.v(w.rn, q == 1 ? "16b" : "8b"), A64Fmt.v(w.rm, q == 1 ? "16b" : "8b"))
    }
}
