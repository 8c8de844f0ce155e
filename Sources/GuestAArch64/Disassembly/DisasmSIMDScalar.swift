// Advanced SIMD scalar instructions (Arm ARM C4.1.90, "Advanced SIMD scalar ..."): the
// vector operations applied to one lane, named with b/h/s/d registers.

extension A64Disassembler {
    static func disassembleSIMDScalar(_ w: A64Word) -> String? {
        if let sha = cryptoSHA(w) { return sha }
        if w[24] == 1 {
            if w[10] == 1 { return w[23] == 1 || w[22, 19] == 0 ? nil : simdShiftImmediate(w, scalar: true) }
            return simdByElement(w, scalar: true)
        }
        if w[21] == 1 {
            if w[10] == 1 { return scalarThreeSame(w) }
            if w[11, 10] == 0b10 {
                switch w[20, 17] {
                case 0b0000: return scalarTwoRegisterMisc(w)
                case 0b1000: return scalarPairwise(w)
                default: return nil
                }
            }
            return nil
        }
        if w[29] == 0 && w[23, 21] == 0 && w[15, 10] == 0b000001 {
            guard let (size, index) = elementFromImm5(w[20, 16]) else { return nil }
            let lane = laneSuffix[size]
            return A64Fmt.ins("mov", lane + "\(w.rd)", "v\(w.rn).\(lane)[\(index)]")
        }
        return nil
    }

    private static func scalarThreeSame(_ w: A64Word) -> String? {
        let u = w[29], size = Int(w[23, 22]), opcode = w[15, 11]
        if opcode >= 0b11000 {
            let a = w[23], sz = Int(w[22])
            func k(_ u: UInt32, _ a: UInt32, _ op: UInt32) -> UInt32 { u << 6 | a << 5 | op }
            let names: [UInt32: String] = [
                k(0, 0, 0b11011): "fmulx", k(0, 0, 0b11100): "fcmeq", k(0, 0, 0b11111): "frecps",
                k(0, 1, 0b11111): "frsqrts", k(1, 0, 0b11100): "fcmge", k(1, 0, 0b11101): "facge",
                k(1, 1, 0b11010): "fabd", k(1, 1, 0b11100): "fcmgt", k(1, 1, 0b11101): "facgt",
            ]
            guard let m = names[k(u, a, opcode)] else { return nil }
            let lane = sz == 0 ? "s" : "d"
            return A64Fmt.ins(m, lane + "\(w.rd)", lane + "\(w.rn)", lane + "\(w.rm)")
        }
        // (signed name, unsigned name, lanes allowed: bit per size b h s d)
        let table: [UInt32: (String, String, Int)] = [
            0b00001: ("sqadd", "uqadd", 0xf), 0b00101: ("sqsub", "uqsub", 0xf),
            0b00110: ("cmgt", "cmhi", 0x8), 0b00111: ("cmge", "cmhs", 0x8),
            0b01000: ("sshl", "ushl", 0x8), 0b01001: ("sqshl", "uqshl", 0xf),
            0b01010: ("srshl", "urshl", 0x8), 0b01011: ("sqrshl", "uqrshl", 0xf),
            0b10000: ("add", "sub", 0x8), 0b10001: ("cmtst", "cmeq", 0x8),
            0b10110: ("sqdmulh", "sqrdmulh", 0x6),
        ]
        guard let (s, un, lanes) = table[opcode], lanes >> size & 1 == 1 else { return nil }
        let lane = laneSuffix[size]
        return A64Fmt.ins(u == 0 ? s : un, lane + "\(w.rd)", lane + "\(w.rn)", lane + "\(w.rm)")
    }

    private static func scalarTwoRegisterMisc(_ w: A64Word) -> String? {
        let u = w[29], size = Int(w[23, 22]), opcode = w[16, 12]
        let lane = laneSuffix[size]
        let d = lane + "\(w.rd)", n = lane + "\(w.rn)"
        switch (u, opcode) {
        case (_, 0b00011): return A64Fmt.ins(u == 0 ? "suqadd" : "usqadd", d, n)
        case (_, 0b00111): return A64Fmt.ins(u == 0 ? "sqabs" : "sqneg", d, n)
        case (_, 0b01000), (_, 0b01001), (0, 0b01010):
            guard size == 3 else { return nil }
            let m = opcode == 0b01010 ? "cmlt" : (u == 0 ? ["cmgt", "cmeq"] : ["cmge", "cmle"])[Int(opcode & 1)]
            return A64Fmt.ins(m, d, n, "#0")
        case (_, 0b01011): return size == 3 ? A64Fmt.ins(u == 0 ? "abs" : "neg", d, n) : nil
        case (_, 0b10100), (1, 0b10010):
            guard size < 3 else { return nil }
            let m = opcode == 0b10010 ? "sqxtun" : (u == 0 ? "sqxtn" : "uqxtn")
            return A64Fmt.ins(m, d, laneSuffix[size + 1] + "\(w.rn)")
        default: break
        }
        // Floating-point: sz (bit 22) picks s or d; a (bit 23) selects the second table half.
        let a = w[23], sz = Int(w[22])
        let fl = sz == 0 ? "s" : "d"
        let fd = fl + "\(w.rd)", fn = fl + "\(w.rn)"
        if u == 1 && opcode == 0b10110 && a == 0 {
            return sz == 1 ? A64Fmt.ins("fcvtxn", "s\(w.rd)", "d\(w.rn)") : nil
        }
        func k(_ u: UInt32, _ a: UInt32, _ op: UInt32) -> UInt32 { u << 6 | a << 5 | op }
        let compares: [UInt32: String] = [
            k(0, 1, 0b01100): "fcmgt", k(0, 1, 0b01101): "fcmeq", k(0, 1, 0b01110): "fcmlt",
            k(1, 1, 0b01100): "fcmge", k(1, 1, 0b01101): "fcmle",
        ]
        if let m = compares[k(u, a, opcode)] { return A64Fmt.ins(m, fd, fn, "#0.0") }
        let names: [UInt32: String] = [
            k(0, 0, 0b11010): "fcvtns", k(0, 0, 0b11011): "fcvtms", k(0, 0, 0b11100): "fcvtas",
            k(0, 0, 0b11101): "scvtf", k(0, 1, 0b11010): "fcvtps", k(0, 1, 0b11011): "fcvtzs",
            k(0, 1, 0b11101): "frecpe", k(0, 1, 0b11111): "frecpx",
            k(1, 0, 0b11010): "fcvtnu", k(1, 0, 0b11011): "fcvtmu", k(1, 0, 0b11100): "fcvtau",
            k(1, 0, 0b11101): "ucvtf", k(1, 1, 0b11010): "fcvtpu", k(1, 1, 0b11011): "fcvtzu",
            k(1, 1, 0b11101): "frsqrte",
        ]
        guard let m = names[k(u, a, opcode)] else { return nil }
        return A64Fmt.ins(m, fd, fn)
    }

    private static func scalarPairwise(_ w: A64Word) -> String? {
        let u = w[29], size = w[23, 22], opcode = w[16, 12]
        if u == 0 {
            return size == 3 && opcode == 0b11011 ? A64Fmt.ins("addp", "d\(w.rd)", A64Fmt.v(w.rn, "2d")) : nil
        }
        let a = w[23], sz = w[22]
        let m: String
        switch opcode {
        case 0b01100: m = a == 0 ? "fmaxnmp" : "fminnmp"
        case 0b01101: guard a == 0 else { return nil }; m = "faddp"
        case 0b01111: m = a == 0 ? "fmaxp" : "fminp"
        default: return nil
        }
        return A64Fmt.ins(m, (sz == 0 ? "s" : "d") + "\(w.rd)", A64Fmt.v(w.rn, sz == 0 ? "2s" : "2d"))
    }

    /// SHA-1 and SHA-256 (FEAT_SHA1, FEAT_SHA256): three-register and two-register forms.
    private static func cryptoSHA(_ w: A64Word) -> String? {
        guard w[31, 24] == 0b0101_1110, w[23, 22] == 0 else { return nil }
        let d = w.rd, n = w.rn, m = w.rm
        if w[21] == 0 && w[15] == 0 && w[11, 10] == 0 {
            switch w[14, 12] {
            case 0b000: return A64Fmt.ins("sha1c", "q\(d)", "s\(n)", A64Fmt.v(m, "4s"))
            case 0b001: return A64Fmt.ins("sha1p", "q\(d)", "s\(n)", A64Fmt.v(m, "4s"))
            case 0b010: return A64Fmt.ins("sha1m", "q\(d)", "s\(n)", A64Fmt.v(m, "4s"))
            case 0b011: return A64Fmt.ins("sha1su0", A64Fmt.v(d, "4s"), A64Fmt.v(n, "4s"), A64Fmt.v(m, "4s"))
            case 0b100: return A64Fmt.ins("sha256h", "q\(d)", "q\(n)", A64Fmt.v(m, "4s"))
            case 0b101: return A64Fmt.ins("sha256h2", "q\(d)", "q\(n)", A64Fmt.v(m, "4s"))
            case 0b110: return A64Fmt.ins("sha256su1", A64Fmt.v(d, "4s"), A64Fmt.v(n, "4s"), A64Fmt.v(m, "4s"))
            default: return nil
            }
        }
        if w[21, 17] == 0b10100 && w[11, 10] == 0b10 {
            switch w[16, 12] {
            case 0b00000: return A64Fmt.ins("sha1h", "s\(d)", "s\(n)")
            case 0b00001: return A64Fmt.ins("sha1su1", A64Fmt.v(d, "4s"), A64Fmt.v(n, "4s"))
            case 0b00010: return A64Fmt.ins("sha256su0", A64Fmt.v(d, "4s"), A64Fmt.v(n, "4s"))
            default: return nil
            }
        }
        return nil
    }
}
