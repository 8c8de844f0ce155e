import XrunCore
import CXrunHost

/// FEAT_SHA256 (C7.2 SHA256H, SHA256H2, SHA256SU0, SHA256SU1). Operand fields: a = Vd,
/// b = Vn, c = Vm. Each instruction has a portable version here and a SHA-NI version
/// (CXrunHost/crypto.c, which explains the mapping); the decoder picks one.
enum SHA256Ops {
    @inline(__always) static func bigSigma0(_ x: UInt32) -> UInt32 { ror32(x, 2) ^ ror32(x, 13) ^ ror32(x, 22) }
    @inline(__always) static func bigSigma1(_ x: UInt32) -> UInt32 { ror32(x, 6) ^ ror32(x, 11) ^ ror32(x, 25) }
    @inline(__always) static func sigma0(_ x: UInt32) -> UInt32 { ror32(x, 7) ^ ror32(x, 18) ^ x &>> 3 }
    @inline(__always) static func sigma1(_ x: UInt32) -> UInt32 { ror32(x, 17) ^ ror32(x, 19) ^ x &>> 10 }

    /// SHA256hash(X, Y, W): four rounds on X = [a b c d], Y = [e f g h] (lane 0 first)
    /// with W = W+K; returns the new X and Y (part1 selects X).
    @inline(__always)
    static func hash(_ x: U32x4, _ y: U32x4, _ w: U32x4) -> (U32x4, U32x4) {
        var a = x[0], b = x[1], c = x[2], d = x[3], e = y[0], f = y[1], g = y[2], h = y[3]
        @inline(__always) func round(_ wk: UInt32) {
            let t = h &+ bigSigma1(e) &+ SHAFn.choose(e, f, g) &+ wk
            h = g; g = f; f = e; e = d &+ t
            d = c; c = b; b = a; a = t &+ bigSigma0(b) &+ SHAFn.majority(b, c, d)
        }
        round(w[0]); round(w[1]); round(w[2]); round(w[3])
        return (U32x4(a, b, c, d), U32x4(e, f, g, h))
    }
    /// SHA256H Qd, Qn, Vm.4S: Qd = X (abcd), Qn = Y (efgh); result X.
    static let sha256h: OpDef = OpDef("sha256h") { c, o in
        let o = o.pointee
        c.v32Write(o.a, hash(c.v32(o.a), c.v32(o.b), c.v32(o.c)).0)
    }
    /// SHA256H2 Qd, Qn, Vm.4S: Qn = X (abcd), Qd = Y (efgh); result Y.
    static let sha256h2: OpDef = OpDef("sha256h2") { c, o in
        let o = o.pointee
        c.v32Write(o.a, hash(c.v32(o.b), c.v32(o.a), c.v32(o.c)).1)
    }
    /// SHA256SU0 Vd, Vn: T = Vn<31:0> : Vd<127:32>; lane i = sigma0(T[i]) + Vd[i].
    static let sha256su0: OpDef = OpDef("sha256su0") { c, o in
        let d = c.v32(o.pointee.a), n = c.v32(o.pointee.b)
        let t = U32x4(d[1], d[2], d[3], n[0])
        c.v32Write(o.pointee.a, U32x4(sigma0(t[0]), sigma0(t[1]), sigma0(t[2]), sigma0(t[3])) &+ d)
    }
    /// SHA256SU1 Vd, Vn, Vm: T0 = Vm<31:0> : Vn<127:32>; lanes 0-1 = sigma1(Vm[2 + i]) +
    /// Vd[i] + T0[i], lanes 2-3 the same with sigma1 of result lanes 0-1.
    static let sha256su1: OpDef = OpDef("sha256su1") { c, o in
        let d = c.v32(o.pointee.a), n = c.v32(o.pointee.b), m = c.v32(o.pointee.c)
        let t0 = U32x4(n[1], n[2], n[3], m[0]) &+ d
        let r0 = sigma1(m[2]) &+ t0[0], r1 = sigma1(m[3]) &+ t0[1]
        c.v32Write(o.pointee.a, U32x4(r0, r1, sigma1(r0) &+ t0[2], sigma1(r1) &+ t0[3]))
    }

    static let sha256hHost: OpDef = OpDef("sha256h") { c, o in xrun_sha256h_ni(c.v(o.pointee.a), c.v(o.pointee.b), c.v(o.pointee.c)) }
    static let sha256h2Host: OpDef = OpDef("sha256h2") { c, o in xrun_sha256h2_ni(c.v(o.pointee.a), c.v(o.pointee.b), c.v(o.pointee.c)) }
    static let sha256su0Host: OpDef = OpDef("sha256su0") { c, o in xrun_sha256su0_ni(c.v(o.pointee.a), c.v(o.pointee.b)) }
    static let sha256su1Host: OpDef = OpDef("sha256su1") { c, o in xrun_sha256su1_ni(c.v(o.pointee.a), c.v(o.pointee.b), c.v(o.pointee.c)) }
}
