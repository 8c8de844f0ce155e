import XrunCore

/// FEAT_SHA1 (C7.2 SHA1C, SHA1P, SHA1M, SHA1H, SHA1SU0, SHA1SU1). Operand fields:
/// a = Vd, b = Vn, c = Vm. Portable: four SHA-1 rounds are a few dozen integer
/// operations; the x86 SHA1RNDS4 split (K added by the instruction, E folded into W0
/// by SHA1NEXTE, lanes reversed) would need more shuffling than it saves.
enum SHA1Ops {
    /// SHA1C/P/M Qd, Sn, Vm.4S: four rounds on X = Qd = [a b c d] (lane 0 first) and
    /// Y = Sn = e with Vm = W+K. Arm pseudocode: Y += ROL(X<31:0>, 5) + f(X<63:32>,
    /// X<95:64>, X<127:96>) + W[i]; X<63:32> = ROL(X<63:32>, 30); Y:X = ROL(Y:X, 32).
    @inline(__always)
    static func rounds(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ f: (UInt32, UInt32, UInt32) -> UInt32) {
        let o = op.pointee, x = cpu.v32(o.a), w = cpu.v32(o.c)
        var a = x[0], b = x[1], c = x[2], d = x[3], e = cpu.v(o.b).loadUnaligned(as: UInt32.self)
        @inline(__always) func round(_ wk: UInt32) {
            let t = e &+ rol32(a, 5) &+ f(b, c, d) &+ wk
            e = d; d = c; c = rol32(b, 30); b = a; a = t
        }
        round(w[0]); round(w[1]); round(w[2]); round(w[3])
        cpu.v32Write(o.a, U32x4(a, b, c, d))
    }
    static let sha1c: OpDef = OpDef("sha1c") { c, o in rounds(c, o) { SHAFn.choose($0, $1, $2) } }
    static let sha1p: OpDef = OpDef("sha1p") { c, o in rounds(c, o) { SHAFn.parity($0, $1, $2) } }
    static let sha1m: OpDef = OpDef("sha1m") { c, o in rounds(c, o) { SHAFn.majority($0, $1, $2) } }
    /// SHA1H Sd, Sn: ROL(Sn, 30), the rest of Vd zeroed.
    static let sha1h: OpDef = OpDef("sha1h") { c, o in
        let x = c.v(o.pointee.b).loadUnaligned(as: UInt32.self)
        c.vWrite(o.pointee.a, V128(UInt64(rol32(x, 30)), 0))
    }
    /// SHA1SU0 Vd, Vn, Vm: (Vn<63:0> : Vd<127:64>) EOR Vd EOR Vm.
    static let sha1su0: OpDef = OpDef("sha1su0") { c, o in
        let d = c.vRead(o.pointee.a), n = c.vRead(o.pointee.b), m = c.vRead(o.pointee.c)
        c.vWrite(o.pointee.a, V128(d[1], n[0]) ^ d ^ m)
    }
    /// SHA1SU1 Vd, Vn: T = Vd EOR LSR(Vn, 32); lanes ROL(T[i], 1), the top one also EOR
    /// ROL(T[0], 2).
    static let sha1su1: OpDef = OpDef("sha1su1") { c, o in
        let d = c.v32(o.pointee.a), n = c.v32(o.pointee.b)
        let t = d ^ U32x4(n[1], n[2], n[3], 0)
        c.v32Write(o.pointee.a, U32x4(rol32(t[0], 1), rol32(t[1], 1), rol32(t[2], 1), rol32(t[3], 1) ^ rol32(t[0], 2)))
    }
}
