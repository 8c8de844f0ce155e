import XrunCore

/// Native templates for the hot Advanced SIMD ops, on host SSE2 / SSE4.1: the guest
/// vector registers stay in the CPU state (loaded into xmm0-xmm7, which no op keeps
/// anything in, and stored back at once), so templated and called ops mix freely.
///
/// Integer lane ops are exact by construction. The FP ones (`float`) take the scalar
/// templates' way (`NativeScalarFP`): host arithmetic in round-to-nearest-even is the
/// ops' own fast path (`VF`, `FPK`), the host's sticky MXCSR flags are the guest's
/// cumulative FPSR flags, and the cases where Arm and x86 differ go to the op's
/// function out of line behind two cheap checks: FPCR asking for a directed rounding
/// mode or FZ (one `test`), and a NaN in any result lane (Arm's NaN propagation,
/// FPProcessNaNs, and DN pick a different NaN than x86). The function recomputes every
/// lane; the host operations it repeats raise the same sticky flags again.
///
/// A 64-bit (Q = 0) arrangement writes the low half of Vd and zeroes the rest (Arm ARM,
/// V[] writes of 64 bits). Lanes or hosts without a matching instruction get no
/// template (nil: the op's function is called).
enum NativeVector {
    typealias N = A64Native

    static func v(_ r: UInt8, _ offset: Int32 = 0) -> X86Mem {
        X86Mem(.rbx, Int32(A64Layout.v + 16 * Int(r)) + offset)
    }

    /// Vd = x: all 128 bits (q), else the low 64 with the upper half zero.
    static func store(_ a: inout X86Assembler, _ d: UInt8, _ x: XMM, q: Bool) {
        if !q { a.keepLow64(x, x) }
        a.storeVector(v(d), x)
    }
    /// x = all ones (`pcmpeqd x, x`), for NOT and masks.
    static func allOnes(_ a: inout X86Assembler, _ x: XMM) { a.packed(.pcmpeqd, x, x) }
    /// xmm0 = NOT xmm0 (through xmm7).
    static func invert(_ a: inout X86Assembler) {
        allOnes(&a, .xmm7)
        a.packed(.pxor, .xmm0, .xmm7)
    }

    /// The instruction for `laneBytes` (1, 2, 4, 8) lanes from a per-size list, if the
    /// host has it.
    static func pick(_ ops: [SSEPacked?], _ laneBytes: Int) -> SSEPacked? {
        guard let op = ops[laneBytes.trailingZeroBitCount], !op.needsSSE41 || HostCPU.hasSSE41 else { return nil }
        return op
    }
    static let adds: [SSEPacked?] = [.paddb, .paddw, .paddd, .paddq]
    static let subs: [SSEPacked?] = [.psubb, .psubw, .psubd, .psubq]
    static let muls: [SSEPacked?] = [nil, .pmullw, .pmulld, nil]
    static let equals: [SSEPacked?] = [.pcmpeqb, .pcmpeqw, .pcmpeqd, .pcmpeqq]
    static let greaters: [SSEPacked?] = [.pcmpgtb, .pcmpgtw, .pcmpgtd, nil]
    static let smaxs: [SSEPacked?] = [.pmaxsb, .pmaxsw, .pmaxsd, nil]
    static let smins: [SSEPacked?] = [.pminsb, .pminsw, .pminsd, nil]
    static let umaxs: [SSEPacked?] = [.pmaxub, .pmaxuw, .pmaxud, nil]
    static let umins: [SSEPacked?] = [.pminub, .pminuw, .pminud, nil]

    /// The shape of most templates: xmm0 = Vn, xmm1 = Vm, `body` (which may read Vd
    /// itself), Vd = xmm0.
    static func twoSource(q: Bool, _ body: @escaping @Sendable (inout X86Assembler, Op) -> Void) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            ctx.asm.loadVector(.xmm0, v(o.b))
            ctx.asm.loadVector(.xmm1, v(o.c))
            body(&ctx.asm, o)
            store(&ctx.asm, o.a, .xmm0, q: q)
            return true
        }
    }

    // MARK: three same, integer

    enum IntOp: Sendable {
        case add, sub, mul, mla, mls, cmeq, cmgt, cmge, cmhi, cmhs, smax, smin, umax, umin
        case addp, smaxp, sminp, umaxp, uminp
    }

    /// ADD SUB MUL MLA MLS CMEQ CMGT CMGE CMHI CMHS SMAX SMIN UMAX UMIN and the pairwise
    /// ADDP SMAXP SMINP UMAXP UMINP, on `laneBytes` lanes.
    static func integer(_ kind: IntOp, lane: Int, q: Bool) -> NativeTemplate? {
        func plain(_ ops: [SSEPacked?]) -> NativeTemplate? {
            guard let x = pick(ops, lane) else { return nil }
            return twoSource(q: q) { a, _ in a.packed(x, .xmm0, .xmm1) }
        }
        switch kind {
        case .add: return plain(adds)
        case .sub: return plain(subs)
        case .mul: return plain(muls)
        case .cmeq: return plain(equals)
        case .cmgt: return plain(greaters)
        case .smax: return plain(smaxs)
        case .smin: return plain(smins)
        case .umax: return plain(umaxs)
        case .umin: return plain(umins)
        case .mla, .mls:
            // Vd ± Vn × Vm (the product's low lane bits; Arm ARM MLA/MLS).
            guard let mul = pick(muls, lane), let acc = pick(kind == .mla ? adds : subs, lane) else { return nil }
            return twoSource(q: q) { a, o in
                a.packed(mul, .xmm0, .xmm1)
                a.loadVector(.xmm2, v(o.a))
                a.packed(acc, .xmm2, .xmm0)
                a.moveVector(.xmm0, .xmm2)
            }
        case .cmge:
            // n >= m is NOT (m > n).
            guard let gt = pick(greaters, lane) else { return nil }
            return twoSource(q: q) { a, _ in
                a.packed(gt, .xmm1, .xmm0)
                a.moveVector(.xmm0, .xmm1)
                invert(&a)
            }
        case .cmhs, .cmhi:
            // Unsigned n >= m is max(n, m) == n; n > m is NOT (min(n, m) == n).
            guard let eq = pick(equals, lane), let mm = pick(kind == .cmhs ? umaxs : umins, lane) else { return nil }
            return twoSource(q: q) { a, _ in
                a.moveVector(.xmm2, .xmm0)
                a.packed(mm, .xmm2, .xmm1)
                a.packed(eq, .xmm0, .xmm2)
                if kind == .cmhi { invert(&a) }
            }
        case .addp: return pairwise(lane: lane, q: q, signed: false, [.paddw, .paddd, .paddd, .paddq])
        case .smaxp: return pairwise(lane: lane, q: q, signed: true, [.pmaxsw, .pmaxsd, .pmaxsd, nil])
        case .sminp: return pairwise(lane: lane, q: q, signed: true, [.pminsw, .pminsd, .pminsd, nil])
        // Zero-extended bytes compare the same signed (SSE2's PMAXSW).
        case .umaxp: return pairwise(lane: lane, q: q, signed: false, [.pmaxsw, .pmaxud, .pmaxud, nil])
        case .uminp: return pairwise(lane: lane, q: q, signed: false, [.pminsw, .pminud, .pminud, nil])
        }
    }

    /// Pairwise (Arm ARM: the pairs of the concatenation Vm:Vn, Vn's in the low half of
    /// the result). `ops[log2 lane]` is the operation on the lane pairs laid out as
    /// below. Q = 0 works on one register holding Vn's and Vm's low halves, with zero
    /// beside it. 8- and 16-bit lanes: the even and the odd lanes are extended to twice
    /// their width (signed or unsigned), combined there, and packed back (each result
    /// masked to its width first, so the unsigned pack never saturates). 32-bit lanes:
    /// SHUFPS gathers the even and the odd lanes; 64-bit: the low and the high.
    static func pairwise(lane: Int, q: Bool, signed: Bool, _ ops: [SSEPacked?]) -> NativeTemplate? {
        guard let op = pick(ops, lane) else { return nil }
        if lane <= 2 && !HostCPU.hasSSE41 { return nil }   // PACKUSDW; the shifts below are SSE2
        return { opPtr, ctx in
            let o = opPtr.pointee
            if q {
                ctx.asm.loadVector(.xmm0, v(o.b))
                ctx.asm.loadVector(.xmm1, v(o.c))
            } else {
                ctx.asm.loadLow64(.xmm0, v(o.b))
                ctx.asm.loadLow64(.xmm1, v(o.c))
                ctx.asm.packed(.punpcklqdq, .xmm0, .xmm1)
                ctx.asm.packed(.pxor, .xmm1, .xmm1)
            }
            switch lane {
            case 4:
                ctx.asm.moveVector(.xmm2, .xmm0)
                ctx.asm.shuffleSingles(.xmm0, .xmm1, 0x88)   // n0 n2 m0 m2
                ctx.asm.shuffleSingles(.xmm2, .xmm1, 0xDD)   // n1 n3 m1 m3
                ctx.asm.packed(op, .xmm0, .xmm2)
            case 8:
                ctx.asm.moveVector(.xmm2, .xmm0)
                ctx.asm.packed(.punpcklqdq, .xmm0, .xmm1)
                ctx.asm.packed(.punpckhqdq, .xmm2, .xmm1)
                ctx.asm.packed(op, .xmm0, .xmm2)
            default:
                let wide = 2 * lane, bits = UInt8(8 * lane)
                let right: SSEShift = signed ? .rightArithmetic : .rightLogical
                for (x, odd) in [(XMM.xmm0, XMM.xmm2), (.xmm1, .xmm3)] {
                    ctx.asm.moveVector(odd, x)
                    ctx.asm.shiftLanes(right, odd, laneBytes: wide, bits)
                    ctx.asm.shiftLanes(.left, x, laneBytes: wide, bits)
                    ctx.asm.shiftLanes(right, x, laneBytes: wide, bits)
                    ctx.asm.packed(op, x, odd)
                }
                allOnes(&ctx.asm, .xmm7)
                ctx.asm.shiftLanes(.rightLogical, .xmm7, laneBytes: wide, bits)
                ctx.asm.packed(.pand, .xmm0, .xmm7)
                ctx.asm.packed(.pand, .xmm1, .xmm7)
                ctx.asm.packed(lane == 1 ? .packuswb : .packusdw, .xmm0, .xmm1)
            }
            store(&ctx.asm, o.a, .xmm0, q: q)
            return true
        }
    }

    // MARK: three same, logic

    enum LogicOp: Sendable { case and, bic, orr, orn, eor, bsl, bit, bif }

    /// AND BIC ORR ORN EOR, and BSL BIT BIF (which read Vd): whole-register bit operations.
    static func logic(_ kind: LogicOp, q: Bool) -> NativeTemplate {
        twoSource(q: q) { a, o in
            switch kind {
            case .and: a.packed(.pand, .xmm0, .xmm1)
            case .orr: a.packed(.por, .xmm0, .xmm1)
            case .eor: a.packed(.pxor, .xmm0, .xmm1)
            case .bic:
                a.packed(.pandn, .xmm1, .xmm0)   // NOT m AND n
                a.moveVector(.xmm0, .xmm1)
            case .orn:
                allOnes(&a, .xmm7)
                a.packed(.pxor, .xmm1, .xmm7)
                a.packed(.por, .xmm0, .xmm1)
            case .bsl:
                // m XOR ((m XOR n) AND d)
                a.loadVector(.xmm2, v(o.a))
                a.packed(.pxor, .xmm0, .xmm1)
                a.packed(.pand, .xmm0, .xmm2)
                a.packed(.pxor, .xmm0, .xmm1)
            case .bit, .bif:
                // d XOR ((d XOR n) AND m) / AND NOT m
                a.loadVector(.xmm2, v(o.a))
                a.packed(.pxor, .xmm0, .xmm2)
                if kind == .bit {
                    a.packed(.pand, .xmm0, .xmm1)
                } else {
                    a.packed(.pandn, .xmm1, .xmm0)
                    a.moveVector(.xmm0, .xmm1)
                }
                a.packed(.pxor, .xmm0, .xmm2)
            }
        }
    }

    // MARK: three same, floating point

    enum FloatOp: Sendable { case add, sub, mul, div, mla, mls }

    /// FADD FSUB FMUL FDIV FMLA FMLS on 4S, 2S, 2D (`laneBytes` 4 or 8). A 2S op runs
    /// on zero upper lanes (0 op 0 raises nothing; FDIV would raise invalid: no 2S FDIV
    /// template). FMLA/FMLS are one FMA3 instruction (d + n × m, d + (−n) × m with one
    /// rounding: FPMulAdd), on FMA3 hosts only.
    static func float(_ kind: FloatOp, lane: Int, q: Bool) -> NativeTemplate? {
        let double = lane == 8
        if kind == .div && !q { return nil }
        if (kind == .mla || kind == .mls) && !HostCPU.hasFMA3 { return nil }
        return { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            ctx.asm.testImm(.mem(NativeScalarFP.fpcr), A64FPBits.slowMask)
            ctx.asm.jcc(.ne, slow.entry)
            for (x, r) in [(XMM.xmm0, o.b), (.xmm1, o.c)] {
                if q { ctx.asm.loadVector(x, v(r)) } else { ctx.asm.loadLow64(x, v(r)) }
            }
            switch kind {
            case .add: ctx.asm.packed(.addp(double: double), .xmm0, .xmm1)
            case .sub: ctx.asm.packed(.subp(double: double), .xmm0, .xmm1)
            case .mul: ctx.asm.packed(.mulp(double: double), .xmm0, .xmm1)
            case .div: ctx.asm.packed(.divp(double: double), .xmm0, .xmm1)
            case .mla, .mls:
                if q { ctx.asm.loadVector(.xmm2, v(o.a)) } else { ctx.asm.loadLow64(.xmm2, v(o.a)) }
                ctx.asm.fusedMultiplyAddPacked(.xmm2, .xmm0, .xmm1, negate: kind == .mls, double: double)
                ctx.asm.moveVector(.xmm0, .xmm2)
            }
            ctx.asm.moveVector(.xmm2, .xmm0)
            ctx.asm.compareUnordered(.xmm2, .xmm2, double: double)
            ctx.asm.signMask(.rax, .xmm2, double: double)
            ctx.asm.test(.rax, .rax, w: false)
            ctx.asm.jcc(.ne, slow.entry)
            ctx.asm.storeVector(v(o.a), .xmm0)   // a 2S result's upper lanes are 0 op 0 = 0
            ctx.finishSlowCall(slow)
            return true
        }
    }

    /// SCVTF Vd.4S/2S, Vn (integer): CVTDQ2PS, exact or rounded to nearest with IXC as
    /// the function's host conversion; a directed rounding mode goes to the function.
    /// No 64-bit form before AVX-512.
    static func convertFromSigned(lane: Int, q: Bool) -> NativeTemplate? {
        guard lane == 4 else { return nil }
        return { op, ctx in
            let o = op.pointee
            let slow = ctx.beginSlowCall(op)
            ctx.asm.testImm(.mem(NativeScalarFP.fpcr), A64FPBits.slowMask)
            ctx.asm.jcc(.ne, slow.entry)
            if q { ctx.asm.loadVector(.xmm0, v(o.b)) } else { ctx.asm.loadLow64(.xmm0, v(o.b)) }
            ctx.asm.packed(.cvtdq2ps, .xmm0, .xmm0)
            ctx.asm.storeVector(v(o.a), .xmm0)
            ctx.finishSlowCall(slow)
            return true
        }
    }

    // MARK: permutes

    enum PermuteOp: Sendable { case uzp1, uzp2, zip1, zip2 }

    /// ZIP1 ZIP2 (PUNPCKL/PUNPCKH: interleave the low / high lanes of Vn and Vm; a
    /// 64-bit ZIP2 would need the middle lanes: no template) and UZP1 UZP2 of 32- and
    /// 64-bit lanes (the even / odd lanes of Vn then Vm: SHUFPS, PUNPCKL/HQDQ).
    static func permute(_ kind: PermuteOp, lane: Int, q: Bool) -> NativeTemplate? {
        let lows: [SSEPacked] = [.punpcklbw, .punpcklwd, .punpckldq, .punpcklqdq]
        let highs: [SSEPacked] = [.punpckhbw, .punpckhwd, .punpckhdq, .punpckhqdq]
        let size = lane.trailingZeroBitCount
        switch kind {
        case .zip1, .zip2:
            guard q || kind == .zip1 else { return nil }
            let x = (kind == .zip1 ? lows : highs)[size]
            return twoSource(q: q) { a, _ in a.packed(x, .xmm0, .xmm1) }
        case .uzp1, .uzp2:
            guard q, lane >= 4 else { return nil }
            if lane == 8 {
                let x = kind == .uzp1 ? lows[3] : highs[3]
                return twoSource(q: q) { a, _ in a.packed(x, .xmm0, .xmm1) }
            }
            return twoSource(q: q) { a, _ in a.shuffleSingles(.xmm0, .xmm1, kind == .uzp1 ? 0x88 : 0xDD) }
        }
    }

    // MARK: shifts by immediate, narrowing, widening

    enum ShiftOp: Sendable { case shl, ushr, sshr }

    /// SHL USHR SSHR by the op's imm (decoded: SSHR's clamped to esize − 1, USHR's up
    /// to esize, which PSRL turns into 0 as Arm does). No x86 shift of bytes or
    /// arithmetic shift of quadwords: no template there.
    static func shift(_ kind: ShiftOp, lane: Int, q: Bool) -> NativeTemplate? {
        guard lane >= 2, !(kind == .sshr && lane == 8) else { return nil }
        let x86: SSEShift = kind == .shl ? .left : kind == .ushr ? .rightLogical : .rightArithmetic
        return { op, ctx in
            let o = op.pointee
            ctx.asm.loadVector(.xmm0, v(o.b))
            ctx.asm.shiftLanes(x86, .xmm0, laneBytes: lane, UInt8(o.imm))
            store(&ctx.asm, o.a, .xmm0, q: q)
            return true
        }
    }

    /// SHRN (`shifted`: right by imm first) and XTN: each double-width lane of Vn
    /// truncated to `lane` bytes, into Vd's low half (upper half zeroed) or, for the
    /// "2" forms, its upper half (low half kept).
    static func narrow(lane: Int, upper: Bool, shifted: Bool) -> NativeTemplate? {
        if lane == 2 && !HostCPU.hasSSE41 { return nil }
        return { op, ctx in
            let o = op.pointee
            ctx.asm.loadVector(.xmm0, v(o.b))
            if shifted && o.imm > 0 { ctx.asm.shiftLanes(.rightLogical, .xmm0, laneBytes: 2 * lane, UInt8(o.imm)) }
            if lane == 4 {
                ctx.asm.shuffleDwords(.xmm0, .xmm0, 0x08)   // dwords 0 and 2
            } else {
                allOnes(&ctx.asm, .xmm7)
                ctx.asm.shiftLanes(.rightLogical, .xmm7, laneBytes: 2 * lane, UInt8(8 * lane))
                ctx.asm.packed(.pand, .xmm0, .xmm7)
                ctx.asm.packed(lane == 1 ? .packuswb : .packusdw, .xmm0, .xmm0)
            }
            if upper {
                ctx.asm.storeLow64(v(o.a, 8), .xmm0)
            } else {
                store(&ctx.asm, o.a, .xmm0, q: false)
            }
            return true
        }
    }

    /// SSHLL USHLL (and SXTL UXTL): Vn's low or upper half, each `lane`-byte lane
    /// sign- or zero-extended (PMOVSX/PMOVZX) and shifted left by imm.
    static func widen(lane: Int, signed: Bool, upper: Bool) -> NativeTemplate? {
        guard HostCPU.hasSSE41, let ext = extend(lane, signed: signed) else { return nil }
        return { op, ctx in
            let o = op.pointee
            ctx.asm.packed(ext, .xmm0, v(o.b, upper ? 8 : 0))
            if o.imm > 0 { ctx.asm.shiftLanes(.left, .xmm0, laneBytes: 2 * lane, UInt8(o.imm)) }
            ctx.asm.storeVector(v(o.a), .xmm0)
            return true
        }
    }
    static func extend(_ lane: Int, signed: Bool) -> SSEPacked? {
        switch lane {
        case 1: return signed ? .pmovsxbw : .pmovzxbw
        case 2: return signed ? .pmovsxwd : .pmovzxwd
        case 4: return signed ? .pmovsxdq : .pmovzxdq
        default: return nil
        }
    }

    // MARK: three different

    enum LongOp: Sendable { case add, sub, mul }

    /// SADDL UADDL SSUBL USUBL SMULL UMULL (both sources extended) and SADDW UADDW SSUBW
    /// USUBW (`wide`: Vn already double width): the low or upper halves of the narrow
    /// sources, extended, combined at twice the width (`lane`: the narrow lane bytes).
    static func long(_ kind: LongOp, signed: Bool, lane: Int, upper: Bool, wide: Bool) -> NativeTemplate? {
        guard HostCPU.hasSSE41, let ext = extend(lane, signed: signed) else { return nil }
        let wideLane = 2 * lane
        let combine: SSEPacked?
        switch kind {
        case .add: combine = pick(adds, wideLane)
        case .sub: combine = pick(subs, wideLane)
        case .mul: combine = lane == 4 ? (signed ? .pmuldq : .pmuludq) : pick(muls, wideLane)
        }
        guard let combine, !(wide && kind == .mul) else { return nil }
        return { op, ctx in
            let o = op.pointee
            let half: Int32 = upper ? 8 : 0
            if wide { ctx.asm.loadVector(.xmm0, v(o.b)) } else { ctx.asm.packed(ext, .xmm0, v(o.b, half)) }
            ctx.asm.packed(ext, .xmm1, v(o.c, half))
            ctx.asm.packed(combine, .xmm0, .xmm1)
            ctx.asm.storeVector(v(o.a), .xmm0)
            return true
        }
    }

    // MARK: two-register miscellaneous

    enum ZeroCompare: Sendable { case eq, gt, ge, lt, le }

    /// CMEQ CMGT CMGE CMLT CMLE against zero (signed).
    static func compareZero(_ kind: ZeroCompare, lane: Int, q: Bool) -> NativeTemplate? {
        guard let eq = pick(equals, lane) else { return nil }
        let gt = pick(greaters, lane)
        if kind != .eq && gt == nil { return nil }
        return { op, ctx in
            let o = op.pointee
            ctx.asm.loadVector(.xmm0, v(o.b))
            ctx.asm.packed(.pxor, .xmm1, .xmm1)
            switch kind {
            case .eq: ctx.asm.packed(eq, .xmm0, .xmm1)
            case .gt, .le:
                ctx.asm.packed(gt!, .xmm0, .xmm1)           // n > 0
                if kind == .le { invert(&ctx.asm) }
            case .lt, .ge:
                ctx.asm.packed(gt!, .xmm1, .xmm0)           // 0 > n
                ctx.asm.moveVector(.xmm0, .xmm1)
                if kind == .ge { invert(&ctx.asm) }
            }
            store(&ctx.asm, o.a, .xmm0, q: q)
            return true
        }
    }

    // MARK: copies between general and vector registers, immediates

    /// The lane value in rax (zero-extended) repeated over 64 bits: times 0x01..01.
    static func broadcast(_ ctx: inout NativeContext, lane: Int) {
        guard lane < 8 else { return }
        ctx.asm.movImm(.rcx, UInt64.max / (UInt64.max >> UInt64(64 - 8 * lane)))
        ctx.asm.imul(.rax, .reg(.rcx))
    }
    /// Vd = rax in the low half, and the high half too (q) or zero: one 16-byte store,
    /// which a following 16-byte load of Vd can be forwarded from.
    static func fill(_ ctx: inout NativeContext, _ d: UInt8, q: Bool) {
        ctx.asm.movToXMM(.xmm0, .reg(.rax))
        if q { ctx.asm.packed(.punpcklqdq, .xmm0, .xmm0) }
        ctx.asm.storeVector(v(d), .xmm0)
    }

    /// DUP Vd.T, Rn (b = Rn, zero register as 31).
    static func dupGeneral(lane: Int, q: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: lane == 8)
            switch lane {
            case 1: ctx.asm.movzx8(.rax, .rax)
            case 2: ctx.asm.movzx16(.rax, .rax)
            default: break
            }
            broadcast(&ctx, lane: lane)
            fill(&ctx, o.a, q: q)
            return true
        }
    }
    /// DUP Vd.T, Vn.T[imm].
    static func dupElement(lane: Int, q: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            ctx.asm.loadZeroExtended(.rax, v(o.b, Int32(o.imm) * Int32(lane)), size: lane)
            broadcast(&ctx, lane: lane)
            fill(&ctx, o.a, q: q)
            return true
        }
    }
    /// UMOV Rd, Vn.T[imm]; FMOV Xd, Dn and FMOV Xd, Vn.D[1] name their `byteOffset`.
    static func laneToGeneral(lane: Int, byteOffset: Int32? = nil) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            ctx.asm.loadZeroExtended(.rax, v(o.b, byteOffset ?? Int32(o.imm) * Int32(lane)), size: lane)
            N.store(&ctx, o.a, .rax)
            return true
        }
    }
    /// FMOV Vd.D[1], Xn (`top`, only the upper half changes) and FMOV Dd, Xn (the upper half zeroed).
    static func generalToDouble(top: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: true)
            if top { ctx.asm.store(v(o.a, 8), .rax) } else { fill(&ctx, o.a, q: false) }
            return true
        }
    }
    /// INS Vd.T[imm], Rn: one lane changes.
    static func insertGeneral(lane: Int) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            N.load(&ctx, .rax, o.b, w: true)
            ctx.asm.store(v(o.a, Int32(o.imm) * Int32(lane)), .rax, size: lane)
            return true
        }
    }
    /// ORR / BIC (vector, immediate): Vd OR imm / AND NOT imm in each 64-bit half (the
    /// upper half zeroed for Q = 0, as the op does).
    static func orImmediate(clear: Bool, q: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            ctx.asm.movImm(.rax, clear ? ~o.imm : o.imm)
            ctx.asm.movToXMM(.xmm1, .reg(.rax))
            ctx.asm.packed(.punpcklqdq, .xmm1, .xmm1)
            ctx.asm.loadVector(.xmm0, v(o.a))
            ctx.asm.packed(clear ? .pand : .por, .xmm0, .xmm1)
            store(&ctx.asm, o.a, .xmm0, q: q)
            return true
        }
    }

    /// LD1 / ST1 {Vt-Vt+d-1}, [Xn] (multiple structures, one register each; e = 8 or
    /// 16 bytes per register), also post-indexed by the bytes transferred (by Xm: the
    /// op). Register by register as the op does, so a fault part-way leaves the
    /// earlier registers (or memory) written; the transfers are `transferVector`'s.
    static func structureOne(load: Bool, _ mode: LSMode) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            if case .postReg = mode { return false }
            NativeLoadStore.address(&ctx, o, mode)
            let bytes = Int(o.e)
            for i in 0..<Int(o.d) {
                let m = ctx.guestMemory(.rdx, Int32(i * bytes))
                NativeLoadStore.transferVector(&ctx, UInt8((Int(o.a) + i) & 31), m, size: bytes, load: load)
            }
            NativeLoadStore.writeBack(&ctx, o, mode)
            return true
        }
    }

    /// MOVI / MVNI / FMOV (vector, immediate): Vd = imm in the low half, and the high (q).
    static func moveImmediate(q: Bool) -> NativeTemplate {
        { op, ctx in
            let o = op.pointee
            ctx.asm.movImm(.rax, o.imm)
            fill(&ctx, o.a, q: q)
            return true
        }
    }
}
