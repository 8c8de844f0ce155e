/// Builds one RISC-V 64 case: a random initial state and an instruction stream (16- and
/// 32-bit instructions, any mix) assembled from fields (The RISC-V Instruction Set
/// Manual, Volume I, chapter "RV32/64G Instruction Set Listings" and the C, B and F/D
/// chapters).
///
/// x4 (tp) is reserved by the harness: it is never a destination and never a base of a
/// store (it points to the harness's output block); reading it gives a fixed address.
struct RVGen {
    var r: Rng
    var state = MachineState()
    var code: [UInt8] = []
    /// Registers written so far by the sequence (for rules that depend on initial values).
    var written: Set<UInt32> = []
    /// Registers that must keep their initial value (memory bases).
    var pinned: Set<UInt32> = [4]

    static let tp: UInt32 = 4

    init(_ rng: Rng) {
        r = rng
        for i in 1..<32 where i != 4 { state.x[i] = r.interestingInt() }
        for i in 0..<32 { state.v[2 * i] = fValue() }
        state.fpcr = UInt64(r.bits(5))   // fflags; frm 0 (RNE) unless a group sets it
        state.mem = r.windowBytes()
    }

    /// An f register value: NaN-boxed singles (mostly), doubles, or unboxed junk (which
    /// single-precision instructions must read as the canonical NaN).
    mutating func fValue() -> UInt64 {
        switch r.below(10) {
        case 0...3: return 0xffff_ffff_0000_0000 | r.fpSpecial(32)
        case 4...8: return r.fpSpecial(64)
        default: return r.chance(0.5) ? r.next() : r.fpSpecial(32)   // not NaN-boxed
        }
    }

    var finished: DiffCase {
        var c = DiffCase()
        c.state = state
        c.code = code
        return c
    }

    var room: Int { Layout.maxCode - code.count }

    mutating func emit32(_ w: UInt32) { code.appendLE(UInt64(w), 4) }
    mutating func emit16(_ h: UInt16) { code.appendLE(UInt64(h), 2) }

    // MARK: Registers

    /// Any register as a source (x0 and tp included).
    mutating func src() -> UInt32 { r.bits(5) }
    /// A destination: never tp or a pinned base; x0 sometimes (writes are discarded).
    mutating func dst() -> UInt32 {
        while true {
            let d = r.bits(5)
            if !pinned.contains(d) { written.insert(d); return d }
        }
    }
    /// A destination among x8-x15 (the compressed rd' registers).
    mutating func dstC() -> UInt32 {
        while true {
            let d = 8 + r.bits(3)
            if !pinned.contains(d) { written.insert(d); return d }
        }
    }

    // MARK: Encodings

    static func rType(_ f7: UInt32, _ rs2: UInt32, _ rs1: UInt32, _ f3: UInt32, _ rd: UInt32, _ op: UInt32) -> UInt32 {
        f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op
    }
    static func iType(_ imm: Int, _ rs1: UInt32, _ f3: UInt32, _ rd: UInt32, _ op: UInt32) -> UInt32 {
        (UInt32(bitPattern: Int32(imm)) & 0xfff) << 20 | rs1 << 15 | f3 << 12 | rd << 7 | op
    }
    static func sType(_ imm: Int, _ rs2: UInt32, _ rs1: UInt32, _ f3: UInt32, _ op: UInt32) -> UInt32 {
        let i = UInt32(bitPattern: Int32(imm)) & 0xfff
        return (i >> 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (i & 31) << 7 | op
    }
    static func bType(_ imm: Int, _ rs2: UInt32, _ rs1: UInt32, _ f3: UInt32) -> UInt32 {
        let i = UInt32(bitPattern: Int32(imm))
        return (i >> 12 & 1) << 31 | (i >> 5 & 0x3f) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (i >> 1 & 0xf) << 8
            | (i >> 11 & 1) << 7 | 0x63
    }
    static func jType(_ imm: Int, _ rd: UInt32) -> UInt32 {
        let i = UInt32(bitPattern: Int32(imm))
        return (i >> 20 & 1) << 31 | (i >> 1 & 0x3ff) << 21 | (i >> 11 & 1) << 20 | (i >> 12 & 0xff) << 12 | rd << 7 | 0x6f
    }
    static func r4Type(_ rs3: UInt32, _ fmt: UInt32, _ rs2: UInt32, _ rs1: UInt32, _ rm: UInt32, _ rd: UInt32, _ op: UInt32) -> UInt32 {
        rs3 << 27 | fmt << 25 | rs2 << 20 | rs1 << 15 | rm << 12 | rd << 7 | op
    }

    // MARK: Memory

    /// Pins `n` registers (from `candidates`) as bases pointing into the window; returns them.
    mutating func makeBases(_ n: Int, from candidates: [UInt32] = Array(1...31)) -> [UInt32] {
        var pool = candidates.filter { !pinned.contains($0) }
        for i in stride(from: pool.count - 1, to: 0, by: -1) { pool.swapAt(i, r.below(i + 1)) }
        let bases = Array(pool.prefix(n))
        for b in bases {
            pinned.insert(b)
            state.x[Int(b)] = Layout.window + UInt64(r.int(8...120)) * 8
        }
        return bases
    }

    /// A 12-bit offset from base value `a` for an access of `bytes`: inside the window
    /// mostly (naturally aligned with probability `aligned`), else past its end or anywhere.
    mutating func offset12(base a: UInt64, bytes: Int, aligned: Double = 0.85) -> Int {
        let lo = max(-2048, Int(Int64(bitPattern: Layout.window &- a)))
        let hi = min(2047, Int(Int64(bitPattern: Layout.windowEnd &- UInt64(bytes) &- a)))
        if lo <= hi && r.chance(0.93) {
            var k = r.int(lo...hi)
            if r.chance(aligned) {
                let addr = a &+ UInt64(bitPattern: Int64(k))
                k -= Int(addr % UInt64(bytes))
                if k < lo { k += bytes }
            }
            return k
        }
        let pastEnd = Int(Int64(bitPattern: Layout.windowEnd &- a)) &- r.int(0...(bytes - 1))
        return r.bool() && pastEnd <= 2047 && pastEnd >= -2048 ? pastEnd : r.int(-2048...2047)
    }
}
