/// Loads and stores (Arm ARM C4.1.87 "Loads and Stores"): single registers (unsigned
/// offset, unscaled, pre/post-index, unprivileged, register offset, literal), pairs,
/// SIMD&FP registers, and the Advanced SIMD structure loads/stores.
///
/// Registers have roles for the whole sequence: bases point into the memory window and
/// change only by writeback (the generator tracks their values, so offsets can be
/// chosen to keep most accesses inside the window; a few go past its end into the
/// guard page or far away, to compare faults); index registers hold small values and
/// are never written; loads write only data registers.
///
/// Excluded (CONSTRAINED UNPREDICTABLE, Arm ARM K1.2.x): writeback with Rt (or Rt2) ==
/// Rn; LDP/LDNP/LDPSW with Rt == Rt2. SP as a base stays 16-byte aligned (writeback by
/// multiples of 16): Linux enables SP alignment checking, which neither QEMU nor xrun
/// models.
extension A64Gen {
    struct MemRoles {
        var bases: [UInt32] = []
        var index: [UInt32] = []
        var data: [UInt32] = []
        var value = [UInt64](repeating: 0, count: 32)
    }

    /// (size, opc, bytes, isLoad) for general registers: STRB LDRB LDRSB(X) LDRSB(W),
    /// the same for H, STR/LDR/LDRSW W, STR/LDR X.
    static let gprKinds: [(UInt32, UInt32, Int, Bool)] = [
        (0, 0, 1, false), (0, 1, 1, true), (0, 2, 1, true), (0, 3, 1, true),
        (1, 0, 2, false), (1, 1, 2, true), (1, 2, 2, true), (1, 3, 2, true),
        (2, 0, 4, false), (2, 1, 4, true), (2, 2, 4, true),
        (3, 0, 8, false), (3, 1, 8, true),
    ]
    /// The same for SIMD&FP registers: B H S D (opc 0/1) and Q (size 0, opc 2/3).
    static let fpKinds: [(UInt32, UInt32, Int, Bool)] = [
        (0, 0, 1, false), (0, 1, 1, true), (1, 0, 2, false), (1, 1, 2, true),
        (2, 0, 4, false), (2, 1, 4, true), (3, 0, 8, false), (3, 1, 8, true),
        (0, 2, 16, false), (0, 3, 16, true),
    ]

    mutating func makeRoles() -> MemRoles {
        var m = MemRoles()
        var pool = (0..<31).map { UInt32($0) }
        for i in stride(from: pool.count - 1, to: 0, by: -1) { pool.swapAt(i, r.below(i + 1)) }
        let nb = r.int(1...3), ni = r.int(1...2)
        m.bases = Array(pool[0..<nb])
        m.index = Array(pool[nb..<(nb + ni)])
        m.data = Array(pool[(nb + ni)...])
        if r.chance(0.35) { m.bases.append(31) }
        for b in m.bases {
            var a = b == 31 ? state.x[31] : windowAddress(size: 16, aligned: 0.8)
            // Linux runs EL0 with top-byte-ignore: a tag in bits 63:56 does not change the access.
            if b != 31 && r.chance(0.15) { a |= UInt64(r.bits(8)) << 56 }
            m.value[Int(b)] = a
            state.x[Int(b)] = a
        }
        for i in m.index {
            let v: UInt64 = r.weighted([
                (6, UInt64(r.int(0...12)) * 8),
                (2, UInt64(r.int(0...200))),
                (2, UInt64(bitPattern: Int64(-r.int(1...96)))),
                (1, UInt64(UInt32(bitPattern: Int32(-r.int(1...96))))),          // negative as a W register (SXTW)
                (1, r.next() << 32 | UInt64(r.int(0...64))),                      // garbage above a small W value (UXTW)
            ])
            m.value[Int(i)] = v
            state.x[Int(i)] = v
        }
        return m
    }

    /// An offset (a multiple of `scale` within lo...hi, in units of scale) that puts an
    /// access of `bytes` at base `a` inside the window most of the time.
    /// With `straddle` false the access is never partly inside the window and partly in
    /// the guard page: an LDP or LD1-4 that faults after part of its accesses leaves the
    /// registers (or memory) already written UNKNOWN (Arm ARM D1.x, synchronous abort on
    /// a multi-access instruction), and QEMU does write the first part while xrun does not.
    mutating func offset(base a: UInt64, bytes: Int, scale: Int, lo: Int, hi: Int, straddle: Bool = true) -> Int {
        let wlo = Int(Int64(bitPattern: Layout.window &- a))
        let whi = Int(Int64(bitPattern: (Layout.windowEnd &- UInt64(bytes)) &- a))
        let kmin = max(lo, Int((Double(wlo) / Double(scale)).rounded(.up)))
        let kmax = min(hi, Int((Double(whi) / Double(scale)).rounded(.down)))
        if kmin <= kmax && r.chance(0.93) { return r.int(kmin...kmax) }
        // Outside: just past the end (into the guard page), or anywhere encodable.
        let pastEnd = Int((Double(Int64(bitPattern: Layout.windowEnd &- a)) / Double(scale)).rounded(.down)) - r.int(0...1)
        var k = r.bool() && pastEnd >= lo && pastEnd <= hi ? pastEnd : r.int(lo...hi)
        if !straddle {
            while k < hi && Self.straddles(a &+ UInt64(bitPattern: Int64(k * scale)), bytes) { k += 1 }
            if Self.straddles(a &+ UInt64(bitPattern: Int64(k * scale)), bytes) { k = kmin <= kmax ? kmax : lo }
        }
        return k
    }

    /// Partly in the window and partly in the guard page after it.
    static func straddles(_ addr: UInt64, _ bytes: Int) -> Bool {
        let a = addr & 0x00ff_ffff_ffff_ffff
        return a < Layout.windowEnd && a &+ UInt64(bytes) > Layout.windowEnd
    }

    /// A source register for a store that writes back base `b`: anything but `b`.
    mutating func storeSource(_ m: MemRoles, notBase b: UInt32?) -> UInt32 {
        while true {
            let t = r.weighted([(6, r.pick(m.data)), (1, r.pick(m.index)), (1, r.pick(m.bases)), (1, 31)])
            if t != b || b == nil { return t }
        }
    }

    mutating func loadStoreSequence() {
        var m = makeRoles()
        let n = r.int(1...8)
        for _ in 0..<n where room > 2 { loadStore(&m) }
    }

    mutating func loadStore(_ m: inout MemRoles) {
        let b = r.pick(m.bases)
        let tagged = m.value[Int(b)]
        let a = tagged & 0x00ff_ffff_ffff_ffff   // the address accessed (top byte ignored)
        let sp = b == 31
        switch r.weighted([(5, 0), (5, 1), (3, 2), (1, 3), (4, 4), (3, 5), (2, 6)]) {
        case 0: // unsigned offset: size 111 V 01 opc imm12 Rn Rt
            let v = r.chance(0.3)
            var (size, opc, bytes, load) = v ? r.pick(Self.fpKinds) : r.pick(Self.gprKinds)
            if !v && r.chance(0.04) { (size, opc, bytes, load) = (3, 2, 8, false) }   // PRFM (a hint)
            let k = offset(base: a, bytes: bytes, scale: bytes, lo: 0, hi: 4095)
            let rt = v || !load ? (v ? reg() : storeSource(m, notBase: nil)) : r.pick(m.data + [31])
            emit(size << 30 | 7 << 27 | (v ? 1 : 0) << 26 | 1 << 24 | opc << 22 | UInt32(k) << 10 | b << 5 | rt)
        case 1: // imm9: unscaled (00), post-index (01), unprivileged (10, V=0), pre-index (11)
            let v = r.chance(0.3)
            let (size, opc, bytes, load) = v ? r.pick(Self.fpKinds) : r.pick(Self.gprKinds)
            let type = v ? r.pick([0, 1, 3] as [UInt32]) : r.bits(2)
            let wb = type == 1 || type == 3
            var imm: Int
            if type == 1 {
                // Post-index: the access is at the old base; any writeback amount.
                imm = r.weighted([(3, r.int(-256...255)), (2, r.int(-4...4) * bytes)])
                if sp { imm = r.int(-16...15) * 16 }
            } else {
                imm = offset(base: a, bytes: bytes, scale: sp && wb ? 16 : 1, lo: sp && wb ? -16 : -256, hi: sp && wb ? 15 : 255)
                if sp && wb { imm *= 16 }
            }
            let rt: UInt32 = v ? reg() : (load ? r.pick(m.data + [31]) : storeSource(m, notBase: wb ? b : nil))
            emit(size << 30 | 7 << 27 | (v ? 1 : 0) << 26 | opc << 22 | (UInt32(bitPattern: Int32(imm)) & 0x1ff) << 12
                 | type << 10 | b << 5 | rt)
            if wb { m.value[Int(b)] = tagged &+ UInt64(bitPattern: Int64(imm)) }
        case 2: // register offset: size 111 V 00 opc 1 Rm option S 10 Rn Rt (option UXTW LSL SXTW SXTX)
            let v = r.chance(0.3)
            var (size, opc, _, load) = v ? r.pick(Self.fpKinds) : r.pick(Self.gprKinds)
            if !v && r.chance(0.04) { (size, opc, load) = (3, 2, false) }   // PRFM (register)
            let option = r.chance(0.02) ? r.pick([0, 1, 4, 5] as [UInt32]) : r.pick([2, 3, 6, 7] as [UInt32])  // odd: UNALLOCATED
            let rm = r.chance(0.1) ? 31 : r.pick(m.index)
            let rt = v ? reg() : (load ? r.pick(m.data + [31]) : storeSource(m, notBase: nil))
            emit(size << 30 | 7 << 27 | (v ? 1 : 0) << 26 | opc << 22 | 1 << 21 | rm << 16 | option << 13
                 | r.bits(1) << 12 | 2 << 10 | b << 5 | rt)
        case 3: // literal: opc 011 V 00 imm19 Rt, reading the (fixed) code and stub pages
            let v = r.chance(0.3)
            let opc = v ? UInt32(r.int(0...2)) : r.bits(2)
            let here = words.count
            let imm = r.int(-(here + 1024)...(2047 - here))
            let rt = v ? reg() : r.pick(m.data + [31])
            emit(opc << 30 | 3 << 27 | (v ? 1 : 0) << 26 | (UInt32(bitPattern: Int32(imm)) & 0x7ffff) << 5 | rt)
        case 4: // pairs: opc 101 V type L imm7 Rt2 Rn Rt (type: 000 no-allocate, 001 post, 010 offset, 011 pre)
            let v = r.chance(0.35)
            let l = r.bits(1)
            var opc: UInt32, esize: Int
            if v { opc = UInt32(r.int(0...2)); esize = 4 << Int(opc) }
            else { opc = l == 1 && r.chance(0.25) ? 1 : r.pick([0, 2] as [UInt32]); esize = opc == 2 ? 8 : 4 }
            var type = UInt32(r.int(0...3))
            if !v && opc == 1 && type == 0 { type = 2 }                 // LDNP has no LDPSW form
            let wb = type == 1 || type == 3
            let scale = sp && wb ? max(16, esize) : esize
            var imm: Int
            if type == 1 {
                imm = r.int(-64...63)
                if sp { imm = r.int(-64 / (scale / esize)...(63 / (scale / esize))) * (scale / esize) }
            } else {
                imm = offset(base: a, bytes: 2 * esize, scale: scale, lo: -64 * esize / scale, hi: 63 * esize / scale,
                             straddle: false) * (scale / esize)
            }
            if type == 1 && Self.straddles(a, 2 * esize) { return }
            var rt: UInt32, rt2: UInt32
            if v {
                rt = reg()
                repeat { rt2 = reg() } while l == 1 && rt2 == rt   // LDP Rt == Rt2: CONSTRAINED UNPREDICTABLE
            }
            else if l == 1 {
                rt = r.pick(m.data + [31])
                repeat { rt2 = r.pick(m.data + [31]) } while rt2 == rt
            } else {
                rt = storeSource(m, notBase: wb ? b : nil); rt2 = storeSource(m, notBase: wb ? b : nil)
            }
            emit(opc << 30 | 5 << 27 | (v ? 1 : 0) << 26 | type << 23 | l << 22 | (UInt32(bitPattern: Int32(imm)) & 0x7f) << 15
                 | rt2 << 10 | b << 5 | rt)
            if wb { m.value[Int(b)] = tagged &+ UInt64(bitPattern: Int64(imm * esize)) }
        case 5: // LD1-LD4 / ST1-ST4 (multiple structures): 0 Q 0011000 L 000000 opcode size Rn Rt, or post-index 0011001 with Rm
            let (opcode, regs, selem): (UInt32, Int, Int) = r.pick([(0, 4, 4), (2, 4, 1), (4, 3, 3), (6, 3, 1), (7, 1, 1), (8, 2, 2), (10, 2, 1)])
            let size = r.bits(2)
            var q = r.bits(1)
            if selem > 1 && size == 3 && q == 0 && r.chance(0.9) { q = 1 }   // .1D with LD2-4: UNALLOCATED
            let total = regs * (q == 1 ? 16 : 8)
            if Self.straddles(a, total) { return }
            let post = r.chance(0.4) && !(sp && total % 16 != 0)
            let rm: UInt32 = post ? (sp ? 31 : (r.chance(0.6) ? 31 : r.pick(m.index))) : 0
            emit(q << 30 | 0x0c00_0000 | (post ? 1 : 0) << 23 | r.bits(1) << 22 | rm << 16 | opcode << 12 | size << 10 | b << 5 | reg())
            if post { m.value[Int(b)] = tagged &+ (rm == 31 ? UInt64(total) : m.value[Int(rm)]) }
        default: // single structure: 0 Q 0011010 L R 00000 opcode S size Rn Rt, or post-index 0011011 with Rm
            let l = r.bits(1), rbit = r.bits(1), second = r.bits(1)
            let selem = Int(second << 1 | rbit) + 1
            var q: UInt32 = 0, s: UInt32 = 0, size: UInt32 = 0, opcode: UInt32, ebytes: Int
            switch r.below(5) {
            case 0: let i = r.bits(4); q = i >> 3; s = i >> 2 & 1; size = i & 3; opcode = 0; ebytes = 1
            case 1: let i = r.bits(3); q = i >> 2; s = i >> 1 & 1; size = (i & 1) << 1; opcode = 2; ebytes = 2
            case 2: let i = r.bits(2); q = i >> 1; s = i & 1; size = 0; opcode = 4; ebytes = 4
            case 3: q = r.bits(1); size = 1; opcode = 4; ebytes = 8
            default: q = r.bits(1); size = r.bits(2); opcode = 6; ebytes = 1 << Int(size)   // LD1R-LD4R
            }
            var lf = l
            if opcode == 6 { lf = 1 }
            if r.chance(0.02) { s = r.bits(1); size = r.bits(2); lf = r.bits(1) }   // odd shapes: often UNALLOCATED
            let total = selem * ebytes
            if selem > 1 && Self.straddles(a, total) { return }
            let post = r.chance(0.4) && !(sp && total % 16 != 0)
            let rm: UInt32 = post ? (sp ? 31 : (r.chance(0.6) ? 31 : r.pick(m.index))) : 0
            emit(q << 30 | 0x0d00_0000 | (post ? 1 : 0) << 23 | lf << 22 | rbit << 21 | rm << 16 | (opcode | second) << 13
                 | s << 12 | size << 10 | b << 5 | reg())
            if post { m.value[Int(b)] = tagged &+ (rm == 31 ? UInt64(total) : m.value[Int(rm)]) }
        }
    }
}
