import XrunCore

/// The RV64GC registers as gdb knows them (gdb's features org.gnu.gdb.riscv.cpu and
/// org.gnu.gdb.riscv.fpu, "RISC-V Features" in gdb's manual): the integer registers
/// by their ABI names (zero, ra, sp, ... as gdb prints them), pc, the FP registers
/// (ft0, ..., fa0, ...) and the FP CSRs fflags, frm, fcsr.
extension RV64ISA {
    public var debugRegisters: DebugRegisterSet { RV64DebugRegisters.set }
}

enum RV64DebugRegisters {
    /// ABI names of x0–x31 (RISC-V psABI, "Integer Register Convention"); x8 is "fp".
    static let xNames = ["zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1"]
        + (0...7).map { "a\($0)" } + (2...11).map { "s\($0)" } + (3...6).map { "t\($0)" }
    /// ABI names of f0–f31 (psABI, "Floating-point Register Convention").
    static let fNames = (0...7).map { "ft\($0)" } + ["fs0", "fs1"] + (0...7).map { "fa\($0)" }
        + (2...11).map { "fs\($0)" } + (8...11).map { "ft\($0)" }

    static let set: DebugRegisterSet = {
        var cpu: [DebugRegister] = (0..<32).map { i in
            let type = i == 1 ? "code_ptr" : (i == 2 || i == 3 || i == 4 || i == 8) ? "data_ptr" : "int"
            if i == 0 {
                // x0 reads zero; a write is ignored, as the hardware does.
                return DebugRegister("zero", bits: 64, type: type, read: { _ in [UInt8](repeating: 0, count: 8) },
                                     write: { _, _ in })
            }
            return .stored(xNames[i], at: RV64Layout.x + i * 8, bits: 64, type: type)
        }
        cpu.append(.stored("pc", at: CPUHeader.pcOffset, bits: 64, type: "code_ptr"))
        var fpu: [DebugRegister] = (0..<32).map {
            .stored(fNames[$0], at: RV64Layout.f + $0 * 8, bits: 64, type: "riscv_double", group: "float")
        }
        fpu.append(.stored("fflags", at: RV64Layout.fflags, bits: 32, type: "int", group: "float"))
        fpu.append(.stored("frm", at: RV64Layout.frm, bits: 32, type: "int", group: "float"))
        // fcsr = frm << 5 | fflags (unprivileged spec, "Floating-Point Control and
        // Status Register"); kept as its two fields.
        fpu.append(DebugRegister("fcsr", bits: 32, type: "int", group: "float", read: { c in
            let v = (c.frm & 7) << 5 | (c.fflags & 0x1f)
            return withUnsafeBytes(of: v.littleEndian) { Array($0) }
        }, write: { c, b in
            let v = b.prefix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
            c.fflags = v & 0x1f
            c.frm = (v >> 5) & 7
        }))
        return DebugRegisterSet(architecture: "riscv:rv64", features: [
            .init(name: "org.gnu.gdb.riscv.cpu", registers: cpu),
            .init(name: "org.gnu.gdb.riscv.fpu", typesXML: """
                <union id="riscv_double"><field name="float" type="ieee_single"/><field name="double" type="ieee_double"/></union>

                """, registers: fpu),
        ])
    }()
}
