import XrunCore
import CXrunHost

/// PMULL/PMULL2 with the 1Q arrangement (FEAT_PMULL): "Advanced SIMD three different",
/// size = 11, opcode 1110. C7.2 PMULL: Vd.1Q = Vn.D[part] x Vm.D[part] carry-less, part
/// = Q (PMULL2 takes the upper doublewords). Entries of `VThreeDiffOps.pmull` at
/// size * 2 + Q = 6 and 7; the 8-bit form is base Advanced SIMD (ThreeDifferent.swift).
enum PMULL64Ops {
    static let clmul: [OpDef] = [
        OpDef("pmull") { c, o in xrun_pmull64_clmul(c.v(o.pointee.a), c.lane(o.pointee.b, 0, UInt64.self), c.lane(o.pointee.c, 0, UInt64.self)) },
        OpDef("pmull") { c, o in xrun_pmull64_clmul(c.v(o.pointee.a), c.lane(o.pointee.b, 1, UInt64.self), c.lane(o.pointee.c, 1, UInt64.self)) },
    ]
    static let portable: [OpDef] = [
        OpDef("pmull") { c, o in xrun_pmull64_soft(c.v(o.pointee.a), c.lane(o.pointee.b, 0, UInt64.self), c.lane(o.pointee.c, 0, UInt64.self)) },
        OpDef("pmull") { c, o in xrun_pmull64_soft(c.v(o.pointee.a), c.lane(o.pointee.b, 1, UInt64.self), c.lane(o.pointee.c, 1, UInt64.self)) },
    ]
    /// [Q]: PMULL, PMULL2, using PCLMULQDQ when the host has it.
    static let ops: [OpDef] = CryptoHost.pclmul ? clmul : portable
}
