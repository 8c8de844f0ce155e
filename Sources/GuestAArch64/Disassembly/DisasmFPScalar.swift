// Scalar floating-point (Arm ARM C4.1.90): data processing with 1, 2 and 3 sources, compare,
// conditional compare/select, immediate move and conversions to and from integers.

extension A64Disassembler {
    static func disassembleFPSIMD(_ w: A64Word) -> String? {
        if w[28] == 0 { return w[31] == 0 ? disassembleSIMDVector(w) : nil }
        if w[30] == 0 { return w[29] == 0 ? scalarFloatingPoint(w) : nil }
        return w[31] == 0 ? disassembleSIMDScalar(w) : nil
    }

    /// Scalar register for FP type field: 00 single, 01 double, 11 half.
    static func fpTypeRegister(_ n: Int, _ ftype: UInt32) -> String? {
        switch ftype {
        case 0: return "s\(n)"
        case 1: return "d\(n)"
        case 3: return "h\(n)"
        default: return nil
        }
    }

    private static func scalarFloatingPoint(_ w: A64Word) -> String? {
        let ftype = w[23, 22]
        if w[24] == 1 {
            guard w[31] == 0, let d = fpTypeRegister(w.rd, ftype), let n = fpTypeRegister(w.rn, ftype),
                  let m = fpTypeRegister(w.rm, ftype), let a = fpTypeRegister(w.ra, ftype) else { return nil }
            let op = ["fmadd", "fmsub", "fnmadd", "fnmsub"][Int(w[21] << 1 | w[15])]
            return A64Fmt.ins(op, d, n, m, a)
        }
        if w[21] == 0 { return fixedPointConversion(w) }
        switch w[11, 10] {
        case 0b00:
            if w[15, 10] == 0 { return integerConversion(w) }
            if w[14, 10] == 0b10000 { return fp1Source(w) }
            if w[13, 10] == 0b1000 { return fpCompare(w) }
            if w[12, 10] == 0b100 { return fpImmediate(w) }
            return nil
        case 0b01:
            guard w[31] == 0, let n = fpTypeRegister(w.rn, ftype), let m = fpTypeRegister(w.rm, ftype) else { return nil }
            return A64Fmt.ins(w[4] == 0 ? "fccmp" : "fccmpe", n, m, A64Fmt.imm(w[3, 0]), A64Fmt.cond(w[15, 12]))
        case 0b10:
            guard w[31] == 0, let d = fpTypeRegister(w.rd, ftype), let n = fpTypeRegister(w.rn, ftype),
                  let m = fpTypeRegister(w.rm, ftype), w[15, 12] <= 8 else { return nil }
            let op = ["fmul", "fdiv", "fadd", "fsub", "fmax", "fmin", "fmaxnm", "fminnm", "fnmul"][Int(w[15, 12])]
            return A64Fmt.ins(op, d, n, m)
        default:
            guard w[31] == 0, let d = fpTypeRegister(w.rd, ftype), let n = fpTypeRegister(w.rn, ftype),
                  let m = fpTypeRegister(w.rm, ftype) else { return nil }
            return A64Fmt.ins("fcsel", d, n, m, A64Fmt.cond(w[15, 12]))
        }
    }

    private static func fp1Source(_ w: A64Word) -> String? {
        let ftype = w[23, 22], opcode = w[20, 15]
        guard w[31] == 0, let n = fpTypeRegister(w.rn, ftype) else { return nil }
        if opcode >= 0b000100 && opcode <= 0b000111 {
            if opcode == 0b000110 { return ftype == 1 ? A64Fmt.ins("bfcvt", "h\(w.rd)", n) : nil }
            let target: UInt32 = [0, 1, 2, 3][Int(opcode & 3)]
            guard target != ftype, let d = fpTypeRegister(w.rd, target) else { return nil }
            return A64Fmt.ins("fcvt", d, n)
        }
        guard let d = fpTypeRegister(w.rd, ftype) else { return nil }
        let names: [UInt32: String] = [
            0: "fmov", 1: "fabs", 2: "fneg", 3: "fsqrt",
            8: "frintn", 9: "frintp", 10: "frintm", 11: "frintz", 12: "frinta", 14: "frintx", 15: "frinti",
        ]
        if let m = names[opcode] { return A64Fmt.ins(m, d, n) }
        if opcode >= 0b010000 && opcode <= 0b010011 && ftype != 3 {
            return A64Fmt.ins(["frint32z", "frint32x", "frint64z", "frint64x"][Int(opcode & 3)], d, n)
        }
        return nil
    }

    private static func fpCompare(_ w: A64Word) -> String? {
        guard w[31] == 0, w[15, 14] == 0, w[2, 0] == 0, let n = fpTypeRegister(w.rn, w[23, 22]) else { return nil }
        let m = w[4] == 0 ? "fcmp" : "fcmpe"
        if w[3] == 1 { return A64Fmt.ins(m, n, "#0.0") }
        return A64Fmt.ins(m, n, fpTypeRegister(w.rm, w[23, 22])!)
    }

    private static func fpImmediate(_ w: A64Word) -> String? {
        guard w[31] == 0, w[9, 5] == 0, let d = fpTypeRegister(w.rd, w[23, 22]) else { return nil }
        return A64Fmt.ins("fmov", d, A64Fmt.fpImmediate(w[20, 13]))
    }

    private static func integerConversion(_ w: A64Word) -> String? {
        let sf = w.sf, ftype = w[23, 22], rmode = w[20, 19], opcode = w[18, 16]
        let gpr = { (n: Int) in A64Fmt.r(n, sf) }
        if ftype == 2 {
            // FMOV to or from the top half of a 128-bit register (Xd <-> Vn.D[1]).
            guard sf && rmode == 1 else { return nil }
            if opcode == 0b110 { return A64Fmt.ins("fmov", A64Fmt.x(w.rd), "v\(w.rn).d[1]") }
            if opcode == 0b111 { return A64Fmt.ins("fmov", "v\(w.rd).d[1]", A64Fmt.x(w.rn)) }
            return nil
        }
        guard let fpd = fpTypeRegister(w.rd, ftype), let fpn = fpTypeRegister(w.rn, ftype) else { return nil }
        switch (rmode, opcode) {
        case (_, 0b000), (_, 0b001):
            let m = "fcvt" + ["n", "p", "m", "z"][Int(rmode)] + (opcode == 0 ? "s" : "u")
            return A64Fmt.ins(m, gpr(w.rd), fpn)
        case (0, 0b010): return A64Fmt.ins("scvtf", fpd, gpr(w.rn))
        case (0, 0b011): return A64Fmt.ins("ucvtf", fpd, gpr(w.rn))
        case (0, 0b100): return A64Fmt.ins("fcvtas", gpr(w.rd), fpn)
        case (0, 0b101): return A64Fmt.ins("fcvtau", gpr(w.rd), fpn)
        case (0, 0b110), (0, 0b111):
            // FMOV general: W<->S, X<->D, and W/X<->H.
            guard (ftype == 0 && !sf) || (ftype == 1 && sf) || ftype == 3 else { return nil }
            return opcode == 0b110 ? A64Fmt.ins("fmov", gpr(w.rd), fpn) : A64Fmt.ins("fmov", fpd, gpr(w.rn))
        case (3, 0b110):
            return !sf && ftype == 1 ? A64Fmt.ins("fjcvtzs", A64Fmt.w(w.rd), fpn) : nil
        default: return nil
        }
    }

    private static func fixedPointConversion(_ w: A64Word) -> String? {
        let sf = w.sf, ftype = w[23, 22], scale = w[15, 10]
        if !sf && scale < 32 { return nil }
        guard let fpd = fpTypeRegister(w.rd, ftype), let fpn = fpTypeRegister(w.rn, ftype) else { return nil }
        let fbits = A64Fmt.dec(64 - scale)
        switch w[20, 16] {
        case 0b00010: return A64Fmt.ins("scvtf", fpd, A64Fmt.r(w.rn, sf), fbits)
        case 0b00011: return A64Fmt.ins("ucvtf", fpd, A64Fmt.r(w.rn, sf), fbits)
        case 0b11000: return A64Fmt.ins("fcvtzs", A64Fmt.r(w.rd, sf), fpn, fbits)
        case 0b11001: return A64Fmt.ins("fcvtzu", A64Fmt.r(w.rd, sf), fpn, fbits)
        default: return nil
        }
    }
}

extension A64Fmt {
    /// VFPExpandImm of an 8-bit FP immediate, printed as binutils does ("%.18e"):
    /// sign * (16 + efgh) / 16 * 2^e with e in -3...4, so value * 10^7 is an exact integer.
    static func fpImmediate(_ imm8: UInt32) -> String {
        let negative = imm8 & 0x80 != 0
        let b = (imm8 >> 6) & 1, cd = Int((imm8 >> 4) & 3)
        let exponent = b == 1 ? cd - 3 : cd + 1
        let mantissa = UInt64(16 + (imm8 & 15))
        let scaled = exponent >= 4 ? mantissa << UInt64(exponent - 4) * 10_000_000
                                   : (mantissa * 10_000_000) >> UInt64(4 - exponent)
        var digits = String(scaled)
        let exp10 = digits.count - 1 - 7
        while digits.count < 19 { digits += "0" }
        let first = digits.prefix(1), rest = digits.dropFirst().prefix(18)
        let e = abs(exp10)
        return "#" + (negative ? "-" : "") + first + "." + rest + "e" + (exp10 < 0 ? "-" : "+") + (e < 10 ? "0" : "") + String(e)
    }
}
