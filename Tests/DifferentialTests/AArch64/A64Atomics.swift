/// Exclusives, load-acquire/store-release and LSE atomics (Arm ARM C4.1.87: "Load/store
/// exclusive register", "Load/store ordered", "Compare and swap", "Atomic memory
/// operations").
///
/// Sequences are built from whole idioms: LDXR ... STXR on the same address and size
/// (with register arithmetic between), lone STXR (fails: the harness clears the
/// monitor on entry), LDAR/STLR, CAS/CASP, LD<op>/ST<op>/SWP. Addresses are naturally
/// aligned in the window, sometimes misaligned (an alignment fault without FEAT_LSE2,
/// which neither side has).
///
/// Excluded (CONSTRAINED UNPREDICTABLE or IMPLEMENTATION DEFINED, Arm ARM K1.2 and
/// B2.9): STXR with Ws == Rt or Ws == Rn; LDXP with Rt == Rt2; a store-exclusive whose
/// address or size differs from the preceding load-exclusive (whether it succeeds is
/// implementation defined); ordinary stores between LDXR and STXR (whether they clear
/// the monitor is implementation defined); Rs/Rt2 fields that "should be 11111" set to
/// anything else. LDLAR/STLLR (FEAT_LOR) are left out: xrun does not advertise it.
extension A64Gen {
    /// A base register from `pool` (never SP; the sequence writes no register of the
    /// pool) holding the address of an access of `bytes`.
    mutating func atomicBase(_ pool: inout [UInt32], bytes: Int, mayMisalign: Bool = true) -> (UInt32, UInt64) {
        let b = pool.removeLast()
        var a = windowAddress(size: bytes, aligned: 1)
        if mayMisalign && r.chance(0.04) { a += UInt64(r.int(1...(max(1, bytes - 1)))) }   // misaligned: alignment fault
        state.x[Int(b)] = a
        return (b, a)
    }

    /// The value at window address `a` (little-endian, `bytes` wide) in the initial memory.
    func memValue(_ a: UInt64, _ bytes: Int) -> UInt64 {
        let off = Int(a - Layout.window)
        var v: UInt64 = 0
        for i in 0..<min(bytes, 8) where off + i < Layout.windowSize { v |= UInt64(state.mem[off + i]) << UInt64(8 * i) }
        return v
    }

    mutating func atomicSequence() {
        // Base registers come from their own pool, everything else from the rest.
        var regs = (0..<31).map { UInt32($0) }
        for i in stride(from: regs.count - 1, to: 0, by: -1) { regs.swapAt(i, r.below(i + 1)) }
        let n = r.int(1...4)
        var pool = Array(regs[0..<n])
        let bases = pool
        let others = Array(regs[n...]) + [31]
        // After a lone LDXR the monitor stays armed; a later store to the marked block,
        // or a store-exclusive to another address or size, is IMPLEMENTATION DEFINED,
        // so CLREX (D5.x) disarms it first.
        var armed = false
        for _ in 0..<n where room > 6 {
            func free() -> UInt32 { r.pick(others) }
            let size = r.bits(2), bytes = 1 << Int(size)
            let idiom = r.weighted([(4, 0), (1, 1), (2, 2), (2, 3), (1, 4), (5, 5)])
            if armed && idiom >= 2 {
                emit(0xd503_305f)   // CLREX
                armed = false
            }
            switch idiom {
            case 0: // LDXR/LDAXR Rt, [Xn]; ALU; STXR/STLXR Ws, Rt2, [Xn]
                let (b, _) = atomicBase(&pool, bytes: bytes)
                let rt = free()
                emit(size << 30 | 0x0840_7c00 | r.bits(1) << 15 | 31 << 16 | b << 5 | rt)          // L=1
                for _ in 0..<r.int(0...2) { emit(arithmeticOn(free())) }
                var ws: UInt32, rt2: UInt32
                repeat { ws = free(); rt2 = r.chance(0.7) ? rt : free() } while ws == rt2 || ws == b
                emit(size << 30 | 0x0800_7c00 | r.bits(1) << 15 | ws << 16 | b << 5 | rt2)
            case 1: // LDXP/LDAXP Rt, Rt2, [Xn]; STXP/STLXP Ws, Rt, Rt2, [Xn] (32- and 64-bit elements)
                let sz = r.bits(1)
                let (b, _) = atomicBase(&pool, bytes: 8 << Int(sz))
                var rt: UInt32, rt2: UInt32
                repeat { rt = free(); rt2 = free() } while rt == rt2
                emit((2 | sz) << 30 | 0x0860_0000 | r.bits(1) << 15 | 31 << 16 | rt2 << 10 | b << 5 | rt)
                var ws: UInt32
                repeat { ws = free() } while ws == rt || ws == rt2 || ws == b
                emit((2 | sz) << 30 | 0x0820_0000 | r.bits(1) << 15 | ws << 16 | rt2 << 10 | b << 5 | rt)
            case 2: // a lone STXR/STLXR (the monitor is clear: fails, status 1), or LDXR/LDAXR alone
                // Always aligned: QEMU 7.2 fails a store-exclusive on the monitor before its
                // alignment check (KNOWN-DIFFERENCES.md, Q1).
                let (b, _) = atomicBase(&pool, bytes: bytes, mayMisalign: false)
                if r.bool() {
                    var ws: UInt32, rt: UInt32
                    repeat { ws = free(); rt = free() } while ws == rt || ws == b
                    emit(size << 30 | 0x0800_7c00 | r.bits(1) << 15 | ws << 16 | b << 5 | rt)
                } else {
                    emit(size << 30 | 0x0840_7c00 | r.bits(1) << 15 | 31 << 16 | b << 5 | free())
                    armed = true
                }
            case 3: // LDAR / STLR: size 001000 1 L 0 11111 1 11111 Rn Rt
                let (b, _) = atomicBase(&pool, bytes: bytes)
                emit(size << 30 | 0x089f_fc00 | r.bits(1) << 22 | b << 5 | free())
            case 4: // CASP/CASPA/CASPL/CASPAL: 0 sz 001000 0 L 1 Rs o0 11111 Rn Rt, Rs and Rt even
                let sz = r.bits(1)
                let (b, a) = atomicBase(&pool, bytes: 8 << Int(sz))
                var rs: UInt32, rt: UInt32
                repeat { rs = r.bits(4) * 2; rt = r.bits(4) * 2 }
                    while bases.contains(rs) || bases.contains(rs + 1) || bases.contains(rt) || bases.contains(rt + 1)
                if r.chance(0.6) && rs < 30 {   // make the comparison succeed
                    let e = 4 << Int(sz)
                    state.x[Int(rs)] = memValue(a, e)
                    state.x[Int(rs) + 1] = memValue(a + UInt64(e), e)
                }
                emit(sz << 30 | 0x0820_7c00 | r.bits(1) << 22 | rs << 16 | r.bits(1) << 15 | b << 5 | rt)
            default: // CAS, or LD<op>/ST<op>/SWP
                let (b, a) = atomicBase(&pool, bytes: bytes)
                let rs = free(), rt = r.chance(0.15) ? 31 : free()
                if r.chance(0.3) {
                    // CAS/CASA/CASL/CASAL: size 001000 1 L 1 Rs o0 11111 Rn Rt
                    if r.chance(0.6) && rs != 31 { state.x[Int(rs)] = memValue(a, bytes) | (r.next() << 32 & (bytes < 8 ? ~0 : 0)) }
                    emit(size << 30 | 0x08a0_7c00 | r.bits(1) << 22 | rs << 16 | r.bits(1) << 15 | b << 5 | rt)
                } else {
                    // size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt: LDADD LDCLR LDEOR LDSET LDSMAX LDSMIN LDUMAX LDUMIN, SWP
                    let swp = r.chance(0.2)
                    let opc: UInt32 = swp ? 0 : r.bits(3)
                    emit(size << 30 | 0x3820_0000 | r.bits(2) << 22 | rs << 16 | (swp ? 1 : 0) << 15 | opc << 12 | b << 5 | rt)
                }
            }
        }
    }

    /// A register-only instruction writing `rd` (between a load-exclusive and its store).
    mutating func arithmeticOn(_ rd: UInt32) -> UInt32 {
        let w = dpRegister()
        // Keep only encodings whose destination is bits 4:0; MSR NZCV and CCMP write no register.
        if w & 0xffff_ffe0 == 0xd51b_4200 || w & 0x1fe0_0000 == 0x1a40_0000 { return 0x9100_0000 | rd << 5 | rd }
        return w & ~31 | rd
    }
}
