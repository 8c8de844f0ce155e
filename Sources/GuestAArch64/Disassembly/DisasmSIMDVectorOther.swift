// Advanced SIMD copy, extract, table lookup, permute, modified immediate, shift by immediate
// and by-element forms (Arm ARM C4.1.90).

extension A64Disassembler {
    /// Element size (0 b ... 3 d) and index encoded by imm5's lowest set bit (C6.2 DUP/INS).
    static func elementFromImm5(_ imm5: UInt32) -> (size: Int, index: Int)? {
        guard imm5 & 0xf != 0 else { return nil }
        let size = imm5.trailingZeroBitCount
        return (size, Int(imm5 >> UInt32(size + 1)))
    }

    static let laneSuffix = ["b", "h", "s", "d"]

    static func simdCopy(_ w: A64Word) -> String? {
        let q = w[30], op = w[29], imm4 = w[14, 11]
        guard let (size, index) = elementFromImm5(w[20, 16]) else { return nil }
        let lane = laneSuffix[size]
        if op == 1 {
            guard q == 1 else { return nil }
            let from = Int(imm4 >> UInt32(size))
            return A64Fmt.ins("mov", "v\(w.rd).\(lane)[\(index)]", "v\(w.rn).\(lane)[\(from)]")
        }
        switch imm4 {
        case 0b0000:
            if size == 3 && q == 0 { return nil }
            return A64Fmt.ins("dup", A64Fmt.v(w.rd, A64Fmt.arrangement(size: size, q: q)), "v\(w.rn).\(lane)[\(index)]")
        case 0b0001:
            if size == 3 && q == 0 { return nil }
            return A64Fmt.ins("dup", A64Fmt.v(w.rd, A64Fmt.arrangement(size: size, q: q)), A64Fmt.r(w.rn, size == 3))
        case 0b0011:
            guard q == 1 else { return nil }
            return A64Fmt.ins("mov", "v\(w.rd).\(lane)[\(index)]", A64Fmt.r(w.rn, size == 3))
        case 0b0101:
            // SMOV: to W for b/h (Q=0), to X for b/h/s (Q=1).
            if size == 3 || (size == 2 && q == 0) { return nil }
            return A64Fmt.ins("smov", A64Fmt.r(w.rd, q == 1), "v\(w.rn).\(lane)[\(index)]")
        case 0b0111:
            // UMOV: W for b/h/s (Q=0), X for d (Q=1); MOV is its alias for s and d.
            if (size == 3) != (q == 1) { return nil }
            let m = size >= 2 ? "mov" : "umov"
            return A64Fmt.ins(m, A64Fmt.r(w.rd, q == 1), "v\(w.rn).\(lane)[\(index)]")
        default: return nil
        }
    }

    static func simdExtract(_ w: A64Word) -> String? {
        let q = w[30], imm4 = w[14, 11]
        if q == 0 && imm4 >= 8 { return nil }
        let arr = q == 1 ? "16b" : "8b"
        return A64Fmt.ins("ext", A64Fmt.v(w.rd, arr), A64Fmt.v(w.rn, arr), A64Fmt.v(w.rm, arr), A64Fmt.dec(imm4))
    }

    static func simdTable(_ w: A64Word) -> String? {
        let arr = w[30] == 1 ? "16b" : "8b"
        let list = registerList(first: w.rn, count: Int(w[14, 13]) + 1, suffix: ".16b")
        return A64Fmt.ins(w[12] == 0 ? "tbl" : "tbx", A64Fmt.v(w.rd, arr), list, A64Fmt.v(w.rm, arr))
    }

    static func simdPermute(_ w: A64Word) -> String? {
        let q = w[30], size = Int(w[23, 22])
        guard w[29] == 0, w[21] == 0, w[11, 10] == 0b10, !(size == 3 && q == 0) else { return nil }
        let names = ["", "uzp1", "trn1", "zip1", "", "uzp2", "trn2", "zip2"]
        let m = names[Int(w[14, 12])]
        if m.isEmpty { return nil }
        let arr = A64Fmt.arrangement(size: size, q: q)
        return A64Fmt.ins(m, A64Fmt.v(w.rd, arr), A64Fmt.v(w.rn, arr), A64Fmt.v(w.rm, arr))
    }

    /// AdvSIMDExpandImm for MOVI/MVNI/ORR/BIC/FMOV (vector, immediate), Arm ARM J1.
    static func simdModifiedImmediate(_ w: A64Word) -> String? {
        let q = w[30], op = w[29], cmode = w[15, 12], o2 = w[11]
        let imm8 = w[18, 16] << 5 | w[9, 5]
        let hex = A64Fmt.imm(imm8)
        if o2 == 1 {
            // FMOV (vector, immediate) half precision (FEAT_FP16).
            guard cmode == 0b1111 && op == 0 else { return nil }
            return A64Fmt.ins("fmov", A64Fmt.v(w.rd, q == 1 ? "8h" : "4h"), A64Fmt.fpImmediate(imm8))
        }
        switch cmode {
        case 0b0000...0b0111:
            let arr = q == 1 ? "4s" : "2s"
            let shift = (cmode >> 1) * 8
            let m = cmode & 1 == 0 ? (op == 0 ? "movi" : "mvni") : (op == 0 ? "orr" : "bic")
            return A64Fmt.ins(m, list: [A64Fmt.v(w.rd, arr), hex] + (shift == 0 ? [] : ["lsl #\(shift)"]))
        case 0b1000...0b1011:
            let arr = q == 1 ? "8h" : "4h"
            let shift = (cmode >> 1 & 1) * 8
            let m = cmode & 1 == 0 ? (op == 0 ? "movi" : "mvni") : (op == 0 ? "orr" : "bic")
            return A64Fmt.ins(m, list: [A64Fmt.v(w.rd, arr), hex] + (shift == 0 ? [] : ["lsl #\(shift)"]))
        case 0b1100, 0b1101:
            let arr = q == 1 ? "4s" : "2s"
            return A64Fmt.ins(op == 0 ? "movi" : "mvni", A64Fmt.v(w.rd, arr), hex, "msl #\(cmode == 0b1100 ? 8 : 16)")
        case 0b1110:
            if op == 0 { return A64Fmt.ins("movi", A64Fmt.v(w.rd, q == 1 ? "16b" : "8b"), hex) }
            var value: UInt64 = 0
            for bit in 0..<8 where imm8 >> UInt32(bit) & 1 == 1 { value |= UInt64(0xff) << UInt64(bit * 8) }
            return A64Fmt.ins("movi", q == 1 ? A64Fmt.v(w.rd, "2d") : "d\(w.rd)", A64Fmt.imm(value))
        default:
            if op == 1 && q == 0 { return nil }
            return A64Fmt.ins("fmov", A64Fmt.v(w.rd, op == 1 ? "2d" : (q == 1 ? "4s" : "2s")), A64Fmt.fpImmediate(imm8))
        }
    }

    /// Shift by immediate; `scalar` for the AdvSIMD scalar forms (register names d0, s1 ...).
    static func simdShiftImmediate(_ w: A64Word, scalar: Bool) -> String? {
        let q = w[30], u = w[29], immh = w[22, 19], immhb = Int(w[22, 16]), opcode = w[15, 11]
        let size = 31 - immh.leadingZeroBitCount  // highest set bit of immh: b, h, s, d
        let esize = 8 << size
        if !scalar && size == 3 && q == 0 { return nil }
        let right = 2 * esize - immhb, left = immhb - esize
        let arr = A64Fmt.arrangement(size: size, q: q)
        let d = scalar ? laneSuffix[size] + "\(w.rd)" : A64Fmt.v(w.rd, arr)
        let n = scalar ? laneSuffix[size] + "\(w.rn)" : A64Fmt.v(w.rn, arr)
        let two = q == 1 && !scalar ? "2" : ""
        let sameSize: [UInt32: (String, String, Bool)] = [  // opcode: signed, unsigned, is right shift
            0b00000: ("sshr", "ushr", true), 0b00010: ("ssra", "usra", true), 0b00100: ("srshr", "urshr", true),
            0b00110: ("srsra", "ursra", true), 0b01000: ("", "sri", true), 0b01010: ("shl", "sli", false),
            0b01100: ("", "sqshlu", false), 0b01110: ("sqshl", "uqshl", false),
        ]
        if let (s, un, isRight) = sameSize[opcode] {
            let m = u == 0 ? s : un
            if m.isEmpty { return nil }
            // Scalar forms other than the saturating ones exist only for 64-bit lanes.
            if scalar && size != 3 && !m.contains("q") { return nil }
            return A64Fmt.ins(m, d, n, A64Fmt.dec(isRight ? right : left))
        }
        switch opcode {
        case 0b10000...0b10011:
            if size == 3 { return nil }
            let names = u == 0 ? ["shrn", "rshrn", "sqshrn", "sqrshrn"] : ["sqshrun", "sqrshrun", "uqshrn", "uqrshrn"]
            let m = names[Int(opcode & 3)]
            if scalar && !m.contains("q") { return nil }
            let wide = scalar ? laneSuffix[size + 1] + "\(w.rn)" : A64Fmt.v(w.rn, A64Fmt.arrangement(size: size + 1, q: 1))
            return A64Fmt.ins(m + two, d, wide, A64Fmt.dec(right))
        case 0b10100:
            if size == 3 || scalar { return nil }
            let wide = A64Fmt.v(w.rd, A64Fmt.arrangement(size: size + 1, q: 1))
            if left == 0 { return A64Fmt.ins((u == 0 ? "sxtl" : "uxtl") + two, wide, n) }
            return A64Fmt.ins((u == 0 ? "sshll" : "ushll") + two, wide, n, A64Fmt.dec(left))
        case 0b11100, 0b11111:
            if size < 2 { return nil }  // half precision needs FEAT_FP16 arrangement rules; left out
            let m = opcode == 0b11100 ? (u == 0 ? "scvtf" : "ucvtf") : (u == 0 ? "fcvtzs" : "fcvtzu")
            return A64Fmt.ins(m, d, n, A64Fmt.dec(right))
        default: return nil
        }
    }

    /// Vector (or scalar) by element: index from H:L:M, Rm limited to v0-v15 for halfwords.
    static func simdByElement(_ w: A64Word, scalar: Bool) -> String? {
        let q = w[30], u = w[29], size = Int(w[23, 22]), opcode = w[15, 12]
        let h = Int(w[11]), l = Int(w[21]), mBit = Int(w[20])
        let isFP = [0b0001, 0b0101, 0b1001].contains(opcode)
        var rm = w.rm, index: Int
        if isFP {
            guard size >= 2 else { return nil }  // half precision left out
            if size == 3 { guard l == 0, q == 1 || scalar else { return nil }; index = h }
            else { index = h << 1 | l }
            let names: [UInt32: String] = [0b0001: "fmla", 0b0101: "fmls", 0b1001: u == 0 ? "fmul" : "fmulx"]
            if u == 1 && opcode != 0b1001 { return nil }
            let lane = laneSuffix[size]
            let d = scalar ? lane + "\(w.rd)" : A64Fmt.v(w.rd, A64Fmt.arrangement(size: size, q: q))
            let n = scalar ? lane + "\(w.rn)" : A64Fmt.v(w.rn, A64Fmt.arrangement(size: size, q: q))
            return A64Fmt.ins(names[opcode]!, d, n, "v\(rm).\(lane)[\(index)]")
        }
        if opcode == 0b1110 {
            // SDOT/UDOT (by element), FEAT_DotProd: four bytes per 32-bit lane.
            guard size == 2, !scalar else { return nil }
            return A64Fmt.ins(u == 0 ? "sdot" : "udot", A64Fmt.v(w.rd, q == 1 ? "4s" : "2s"),
                              A64Fmt.v(w.rn, q == 1 ? "16b" : "8b"), "v\(rm).4b[\(h << 1 | l)]")
        }
        switch size {
        case 1: index = h << 2 | l << 1 | mBit; rm &= 15
        case 2: index = h << 1 | l
        default: return nil
        }
        let lane = laneSuffix[size]
        let element = "v\(rm).\(lane)[\(index)]"
        let two = q == 1 && !scalar ? "2" : ""
        let long: [UInt32: (String, String)] = [
            0b0010: ("smlal", "umlal"), 0b0110: ("smlsl", "umlsl"), 0b1010: ("smull", "umull"),
            0b0011: ("sqdmlal", ""), 0b0111: ("sqdmlsl", ""), 0b1011: ("sqdmull", ""),
        ]
        if let (s, un) = long[opcode] {
            let m = u == 0 ? s : un
            if m.isEmpty || (scalar && !m.hasPrefix("sq")) { return nil }
            let d = scalar ? laneSuffix[size + 1] + "\(w.rd)" : A64Fmt.v(w.rd, A64Fmt.arrangement(size: size + 1, q: 1))
            let n = scalar ? lane + "\(w.rn)" : A64Fmt.v(w.rn, A64Fmt.arrangement(size: size, q: q))
            return A64Fmt.ins(m + two, d, n, element)
        }
        let same: [UInt32: (String, String)] = [
            0b1000: ("mul", ""), 0b0000: ("", "mla"), 0b0100: ("", "mls"),
            0b1100: ("sqdmulh", ""), 0b1101: ("sqrdmulh", "sqrdmlah"), 0b1111: ("", "sqrdmlsh"),
        ]
        guard let (s, un) = same[opcode] else { return nil }
        let m = u == 0 ? s : un
        if m.isEmpty || (scalar && !m.hasPrefix("sq")) { return nil }
        let d = scalar ? lane + "\(w.rd)" : A64Fmt.v(w.rd, A64Fmt.arrangement(size: size, q: q))
        let n = scalar ? lane + "\(w.rn)" : A64Fmt.v(w.rn, A64Fmt.arrangement(size: size, q: q))
        return A64Fmt.ins(m, d, n, element)
    }
}
