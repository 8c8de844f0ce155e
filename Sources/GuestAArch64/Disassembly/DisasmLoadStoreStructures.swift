// Advanced SIMD structure loads and stores (Arm ARM C4.1.89, "Advanced SIMD load/store
// multiple structures" and "... single structure"), with and without post-index.

extension A64Disassembler {
    static func simdStructure(_ w: A64Word) -> String? {
        switch w[24, 23] {
        case 0b00: return w[20, 16] == 0 && w[21] == 0 ? multipleStructures(w) : nil
        case 0b01: return w[21] == 0 ? multipleStructures(w) : nil
        case 0b10: return w[20, 16] == 0 ? singleStructure(w) : nil
        default: return singleStructure(w)
        }
    }

    /// "{v0.16b-v3.16b}" / "{v0.16b, v1.16b}": binutils writes three or more registers as a
    /// range unless the list wraps from v31 to v0.
    static func registerList(first: Int, count: Int, suffix: String) -> String {
        let names = (0..<count).map { "v\((first + $0) % 32)" + suffix }
        if count > 2 && first + count <= 32 { return "{\(names[0])-\(names[count - 1])}" }
        return "{" + names.joined(separator: ", ") + "}"
    }

    private static func postIndex(_ w: A64Word, bytes: Int) -> String {
        let base = "[\(A64Fmt.x(w.rn, sp: true))]"
        if w[23] == 0 { return base }
        return base + ", " + (w.rm == 31 ? "#\(bytes)" : A64Fmt.x(w.rm))
    }

    private static func multipleStructures(_ w: A64Word) -> String? {
        let q = w[30], size = Int(w[11, 10]), load = w[22] == 1
        let (count, elements): (Int, Int)
        switch w[15, 12] {
        case 0b0000: (count, elements) = (4, 4)
        case 0b0010: (count, elements) = (4, 1)
        case 0b0100: (count, elements) = (3, 3)
        case 0b0110: (count, elements) = (3, 1)
        case 0b0111: (count, elements) = (1, 1)
        case 0b1000: (count, elements) = (2, 2)
        case 0b1010: (count, elements) = (2, 1)
        default: return nil
        }
        if elements > 1 && size == 3 && q == 0 { return nil }
        let m = (load ? "ld" : "st") + String(elements)
        let list = registerList(first: w.rd, count: count, suffix: "." + A64Fmt.arrangement(size: size, q: q))
        return A64Fmt.ins(m, list, postIndex(w, bytes: count * (q == 1 ? 16 : 8)))
    }

    private static func singleStructure(_ w: A64Word) -> String? {
        let q = Int(w[30]), load = w[22] == 1, opcode = w[15, 13], s = Int(w[12]), size = Int(w[11, 10])
        let elements = Int((opcode & 1) << 1 | w[21]) + 1
        let prefix = (load ? "ld" : "st") + String(elements)
        if opcode >> 1 == 0b11 {
            guard load && s == 0 else { return nil }
            let list = registerList(first: w.rd, count: elements, suffix: "." + A64Fmt.arrangement(size: size, q: UInt32(q)))
            return A64Fmt.ins(prefix + "r", list, postIndex(w, bytes: elements << size))
        }
        let suffix: String, index: Int, bytes: Int
        switch opcode >> 1 {
        case 0b00: suffix = ".b"; index = q << 3 | s << 2 | size; bytes = 1
        case 0b01:
            if size & 1 != 0 { return nil }
            suffix = ".h"; index = q << 2 | s << 1 | size >> 1; bytes = 2
        default:
            if size == 0 { suffix = ".s"; index = q << 1 | s; bytes = 4 }
            else if size == 1 && s == 0 { suffix = ".d"; index = q; bytes = 8 }
            else { return nil }
        }
        let list = registerList(first: w.rd, count: elements, suffix: suffix) + "[\(index)]"
        return A64Fmt.ins(prefix, list, postIndex(w, bytes: elements * bytes))
    }
}

extension A64Fmt {
    /// Vector arrangement from size and Q: 8b, 16b, 4h, 8h, 2s, 4s, 1d, 2d.
    static func arrangement(size: Int, q: UInt32) -> String {
        ["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"][size * 2 + Int(q)]
    }
}
