import XrunCore

/// LDR (literal) and friends (C6.2 "LDR (literal)", "LDRSW (literal)", "PRFM (literal)",
/// C7.2 "LDR (literal, SIMD&FP)"): the address PC + imm19 * 4 is known at decode time
/// and travels in `imm`; the bodies are the single-register ones.
/// Op fields: a = Rt, imm = address.
enum LSLiteral {
    static let ldrW: OpDef = OpDef("ldr") { c, o in c.beginAccess(o); LSSingleGPR.ldrW(c, o, o.pointee.imm) }
    static let ldrX: OpDef = OpDef("ldr") { c, o in c.beginAccess(o); LSSingleGPR.ldrX(c, o, o.pointee.imm) }
    static let ldrsw: OpDef = OpDef("ldrsw") { c, o in c.beginAccess(o); LSSingleGPR.ldrsw(c, o, o.pointee.imm) }
    static let ldrS: OpDef = OpDef("ldr") { c, o in c.beginAccess(o); LSSingleSIMD.ldrS(c, o, o.pointee.imm) }
    static let ldrD: OpDef = OpDef("ldr") { c, o in c.beginAccess(o); LSSingleSIMD.ldrD(c, o, o.pointee.imm) }
    static let ldrQ: OpDef = OpDef("ldr") { c, o in c.beginAccess(o); LSSingleSIMD.ldrQ(c, o, o.pointee.imm) }
}

extension A64Decoder {
    /// Load register (literal): opc (31:30) 011 V 00 imm19 Rt.
    static func decodeLoadLiteral(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let opc = insn >> 30
        let simd = (insn >> 26) & 1 != 0
        let rt = LSField.rt(insn)
        let addr = pc &+ (LSField.signExtend((insn >> 5) & 0x7FFFF, bits: 19) &<< 2)
        let fn: OpDef
        switch (simd, opc) {
        case (false, 0): fn = LSLiteral.ldrW
        case (false, 1): fn = LSLiteral.ldrX
        case (false, 2): fn = LSLiteral.ldrsw
        case (false, _): return .next(length: 4) // PRFM (literal): a hint, never faults
        case (true, 0): fn = LSLiteral.ldrS
        case (true, 1): fn = LSLiteral.ldrD
        case (true, 2): fn = LSLiteral.ldrQ
        default: return .undefined
        }
        b.emit(fn, pc: pc, imm: addr, a: simd ? UInt8(rt) : A64Reg.dst(rt))
        return .next(length: 4)
    }
}
