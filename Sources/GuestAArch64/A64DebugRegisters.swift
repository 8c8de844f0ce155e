import XrunCore

/// The AArch64 registers as gdb knows them (gdb's features org.gnu.gdb.aarch64.core
/// and org.gnu.gdb.aarch64.fpu, "AArch64 Features" in gdb's manual): x0–x30, sp, pc,
/// cpsr (numbers 0–33), v0–v31 as 128-bit vectors, fpsr, fpcr (34–67).
extension A64ISA {
    public var debugRegisters: DebugRegisterSet { A64DebugRegisters.set }
}

enum A64DebugRegisters {
    static let set: DebugRegisterSet = {
        var core: [DebugRegister] = (0..<31).map {
            .stored("x\($0)", at: A64Layout.x + $0 * 8, bits: 64, type: "int")
        }
        core.append(.stored("sp", at: A64Layout.x + 31 * 8, bits: 64, type: "data_ptr"))
        core.append(.stored("pc", at: CPUHeader.pcOffset, bits: 64, type: "code_ptr"))
        // NZCV may be lazy (native tier): read and written through the accessor.
        core.append(DebugRegister("cpsr", bits: 32, type: "int", read: { cpu in
            bytes(UInt32(truncatingIfNeeded: cpu.nzcv))
        }, write: { cpu, b in cpu.nzcv = UInt64(value(b)) }))
        var fpu: [DebugRegister] = (0..<32).map {
            .stored("v\($0)", at: A64Layout.v + $0 * 16, bits: 128, type: "aarch64v", group: "vector")
        }
        fpu.append(.stored("fpsr", at: A64Layout.fpsr, bits: 32, type: "int", group: "float"))
        fpu.append(.stored("fpcr", at: A64Layout.fpcr, bits: 32, type: "int", group: "float"))
        return DebugRegisterSet(architecture: "aarch64", features: [
            .init(name: "org.gnu.gdb.aarch64.core", registers: core),
            .init(name: "org.gnu.gdb.aarch64.fpu", typesXML: vectorTypes, registers: fpu),
        ])
    }()

    /// The vector register's views, named as gdb's own AArch64 description names them
    /// (so `p $v0.d.f[1]`, `p $v0.b.u` work as with native gdb).
    static let vectorTypes = """
        <vector id="v2d" type="ieee_double" count="2"/>
        <vector id="v2u" type="uint64" count="2"/>
        <vector id="v2i" type="int64" count="2"/>
        <vector id="v4f" type="ieee_single" count="4"/>
        <vector id="v4u" type="uint32" count="4"/>
        <vector id="v4i" type="int32" count="4"/>
        <vector id="v8f" type="ieee_half" count="8"/>
        <vector id="v8u" type="uint16" count="8"/>
        <vector id="v8i" type="int16" count="8"/>
        <vector id="v16u" type="uint8" count="16"/>
        <vector id="v16i" type="int8" count="16"/>
        <vector id="v1u" type="uint128" count="1"/>
        <vector id="v1i" type="int128" count="1"/>
        <union id="vnd"><field name="f" type="v2d"/><field name="u" type="v2u"/><field name="s" type="v2i"/></union>
        <union id="vns"><field name="f" type="v4f"/><field name="u" type="v4u"/><field name="s" type="v4i"/></union>
        <union id="vnh"><field name="f" type="v8f"/><field name="u" type="v8u"/><field name="s" type="v8i"/></union>
        <union id="vnb"><field name="u" type="v16u"/><field name="s" type="v16i"/></union>
        <union id="vnq"><field name="u" type="v1u"/><field name="s" type="v1i"/></union>
        <union id="aarch64v"><field name="d" type="vnd"/><field name="s" type="vns"/><field name="h" type="vnh"/><field name="b" type="vnb"/><field name="q" type="vnq"/></union>

        """

    static func bytes(_ v: UInt32) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }
    static func value(_ b: [UInt8]) -> UInt32 {
        var v: UInt32 = 0
        for (i, x) in b.prefix(4).enumerated() { v |= UInt32(x) << (8 * UInt32(i)) }
        return v
    }
}
