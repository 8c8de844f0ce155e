import XrunCore
import CXrunHost

/// C4.1.x "Cryptographic AES": 0100 1110 size 10100 opcode 10 Rn Rd (FEAT_AES).
/// opcode 00100 AESE, 00101 AESD, 00110 AESMC, 00111 AESIMC; size != 00 and the other
/// opcodes are UNALLOCATED.
extension A64Decoder {
    static func decodeCryptoAES(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        guard insn & 0xFFFE_0C00 == 0x4E28_0800 else { return .undefined }   // size = 00 included
        let opcode = Int(insn >> 12 & 0x1F)
        guard opcode >= 4 && opcode <= 7 else { return .undefined }
        let fn = (CryptoHost.aes ? AESOps.host : AESOps.portable)[opcode - 4]
        b.emit(fn, pc: pc, a: UInt8(insn & 31), b: UInt8(insn >> 5 & 31))
        return .next(length: 4)
    }
}

/// Operand fields: a = Vd, b = Vn. C7.2 AESE/AESD: Vd = (Inv)SubBytes((Inv)ShiftRows(Vd EOR Vn));
/// AESMC/AESIMC: Vd = (Inv)MixColumns(Vn). The kernels (AES-NI and table versions) are in
/// CXrunHost/crypto.c, which explains the AES-NI correspondence.
enum AESOps {
    static let host: [OpDef] = [
        OpDef("aese") { c, o in xrun_aese_ni(c.v(o.pointee.a), c.v(o.pointee.b)) },
        OpDef("aesd") { c, o in xrun_aesd_ni(c.v(o.pointee.a), c.v(o.pointee.b)) },
        OpDef("aesmc") { c, o in xrun_aesmc_ni(c.v(o.pointee.a), c.v(o.pointee.b)) },
        OpDef("aesimc") { c, o in xrun_aesimc_ni(c.v(o.pointee.a), c.v(o.pointee.b)) },
    ]
    static let portable: [OpDef] = [
        OpDef("aese") { c, o in xrun_aese_soft(c.v(o.pointee.a), c.v(o.pointee.b)) },
        OpDef("aesd") { c, o in xrun_aesd_soft(c.v(o.pointee.a), c.v(o.pointee.b)) },
        OpDef("aesmc") { c, o in xrun_aesmc_soft(c.v(o.pointee.a), c.v(o.pointee.b)) },
        OpDef("aesimc") { c, o in xrun_aesimc_soft(c.v(o.pointee.a), c.v(o.pointee.b)) },
    ]
}
