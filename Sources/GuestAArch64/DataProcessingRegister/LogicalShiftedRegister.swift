import XrunCore

/// Operand 2 of the shifted-register forms (C6.2 "shifted register" operand):
/// Rm shifted by a decode-time constant amount (c = Rm, d = amount). The
/// `Plain` variants serve amount 0, the overwhelmingly common case.
enum ShiftedOperand {
    @inline(__always) static func plain64(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        x[Int(op.pointee.c)]
    }
    @inline(__always) static func lsl64(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        x[Int(op.pointee.c)] &<< UInt64(op.pointee.d)
    }
    @inline(__always) static func lsr64(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        x[Int(op.pointee.c)] &>> UInt64(op.pointee.d)
    }
    @inline(__always) static func asr64(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        UInt64(bitPattern: Int64(bitPattern: x[Int(op.pointee.c)]) &>> Int64(op.pointee.d))
    }
    @inline(__always) static func ror64(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt64 {
        let v = x[Int(op.pointee.c)], s = UInt64(op.pointee.d)
        return (v &>> s) | (v &<< (64 &- s))
    }
    @inline(__always) static func plain32(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt32 {
        A64ALU.w(x[Int(op.pointee.c)])
    }
    @inline(__always) static func lsl32(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt32 {
        A64ALU.w(x[Int(op.pointee.c)]) &<< UInt32(op.pointee.d)
    }
    @inline(__always) static func lsr32(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt32 {
        A64ALU.w(x[Int(op.pointee.c)]) &>> UInt32(op.pointee.d)
    }
    @inline(__always) static func asr32(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt32 {
        UInt32(bitPattern: Int32(bitPattern: A64ALU.w(x[Int(op.pointee.c)])) &>> Int32(op.pointee.d))
    }
    @inline(__always) static func ror32(_ x: UnsafeMutablePointer<UInt64>, _ op: UnsafePointer<Op>) -> UInt32 {
        let v = A64ALU.w(x[Int(op.pointee.c)]), s = UInt32(op.pointee.d)
        return (v &>> s) | (v &<< (32 &- s))
    }
}

/// AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS (shifted register): a = Rd, b = Rn, c = Rm,
/// d = shift amount. One op per operation, shift kind and width.
enum LogicalRegOps {
    // AND
    static let andPlain64: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ShiftedOperand.plain64(x, op)
    }
    static let andLSL64: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ShiftedOperand.lsl64(x, op)
    }
    static let andLSR64: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ShiftedOperand.lsr64(x, op)
    }
    static let andASR64: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ShiftedOperand.asr64(x, op)
    }
    static let andROR64: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ShiftedOperand.ror64(x, op)
    }
    static let andPlain32: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.plain32(x, op))
    }
    static let andLSL32: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.lsl32(x, op))
    }
    static let andLSR32: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.lsr32(x, op))
    }
    static let andASR32: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.asr32(x, op))
    }
    static let andROR32: OpDef = OpDef("and", native: NativeDataProcessing.logicReg(.and, flags: false, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.ror32(x, op))
    }
    // BIC
    static let bicPlain64: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~ShiftedOperand.plain64(x, op)
    }
    static let bicLSL64: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~ShiftedOperand.lsl64(x, op)
    }
    static let bicLSR64: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~ShiftedOperand.lsr64(x, op)
    }
    static let bicASR64: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~ShiftedOperand.asr64(x, op)
    }
    static let bicROR64: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] & ~ShiftedOperand.ror64(x, op)
    }
    static let bicPlain32: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.plain32(x, op))
    }
    static let bicLSL32: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.lsl32(x, op))
    }
    static let bicLSR32: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.lsr32(x, op))
    }
    static let bicASR32: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.asr32(x, op))
    }
    static let bicROR32: OpDef = OpDef("bic", native: NativeDataProcessing.logicReg(.bic, flags: false, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.ror32(x, op))
    }
    // ORR
    static let orrPlain64: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ShiftedOperand.plain64(x, op)
    }
    static let orrLSL64: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ShiftedOperand.lsl64(x, op)
    }
    static let orrLSR64: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ShiftedOperand.lsr64(x, op)
    }
    static let orrASR64: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ShiftedOperand.asr64(x, op)
    }
    static let orrROR64: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ShiftedOperand.ror64(x, op)
    }
    static let orrPlain32: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ShiftedOperand.plain32(x, op))
    }
    static let orrLSL32: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ShiftedOperand.lsl32(x, op))
    }
    static let orrLSR32: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ShiftedOperand.lsr32(x, op))
    }
    static let orrASR32: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ShiftedOperand.asr32(x, op))
    }
    static let orrROR32: OpDef = OpDef("orr", native: NativeDataProcessing.logicReg(.orr, flags: false, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ShiftedOperand.ror32(x, op))
    }
    // ORN
    static let ornPlain64: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ~ShiftedOperand.plain64(x, op)
    }
    static let ornLSL64: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ~ShiftedOperand.lsl64(x, op)
    }
    static let ornLSR64: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ~ShiftedOperand.lsr64(x, op)
    }
    static let ornASR64: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ~ShiftedOperand.asr64(x, op)
    }
    static let ornROR64: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] | ~ShiftedOperand.ror64(x, op)
    }
    static let ornPlain32: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ~ShiftedOperand.plain32(x, op))
    }
    static let ornLSL32: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ~ShiftedOperand.lsl32(x, op))
    }
    static let ornLSR32: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ~ShiftedOperand.lsr32(x, op))
    }
    static let ornASR32: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ~ShiftedOperand.asr32(x, op))
    }
    static let ornROR32: OpDef = OpDef("orn", native: NativeDataProcessing.logicReg(.orn, flags: false, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) | ~ShiftedOperand.ror32(x, op))
    }
    // EOR
    static let eorPlain64: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ShiftedOperand.plain64(x, op)
    }
    static let eorLSL64: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ShiftedOperand.lsl64(x, op)
    }
    static let eorLSR64: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ShiftedOperand.lsr64(x, op)
    }
    static let eorASR64: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ShiftedOperand.asr64(x, op)
    }
    static let eorROR64: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ShiftedOperand.ror64(x, op)
    }
    static let eorPlain32: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ShiftedOperand.plain32(x, op))
    }
    static let eorLSL32: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ShiftedOperand.lsl32(x, op))
    }
    static let eorLSR32: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ShiftedOperand.lsr32(x, op))
    }
    static let eorASR32: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ShiftedOperand.asr32(x, op))
    }
    static let eorROR32: OpDef = OpDef("eor", native: NativeDataProcessing.logicReg(.eor, flags: false, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ShiftedOperand.ror32(x, op))
    }
    // EON
    static let eonPlain64: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ~ShiftedOperand.plain64(x, op)
    }
    static let eonLSL64: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ~ShiftedOperand.lsl64(x, op)
    }
    static let eonLSR64: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ~ShiftedOperand.lsr64(x, op)
    }
    static let eonASR64: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ~ShiftedOperand.asr64(x, op)
    }
    static let eonROR64: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = x[Int(op.pointee.b)] ^ ~ShiftedOperand.ror64(x, op)
    }
    static let eonPlain32: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ~ShiftedOperand.plain32(x, op))
    }
    static let eonLSL32: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ~ShiftedOperand.lsl32(x, op))
    }
    static let eonLSR32: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ~ShiftedOperand.lsr32(x, op))
    }
    static let eonASR32: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ~ShiftedOperand.asr32(x, op))
    }
    static let eonROR32: OpDef = OpDef("eon", native: NativeDataProcessing.logicReg(.eon, flags: false, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        x[Int(op.pointee.a)] = UInt64(A64ALU.w(x[Int(op.pointee.b)]) ^ ~ShiftedOperand.ror32(x, op))
    }
    // ANDS
    static let andsPlain64: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ShiftedOperand.plain64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let andsLSL64: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ShiftedOperand.lsl64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let andsLSR64: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ShiftedOperand.lsr64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let andsASR64: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ShiftedOperand.asr64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let andsROR64: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ShiftedOperand.ror64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let andsPlain32: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.plain32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let andsLSL32: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.lsl32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let andsLSR32: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.lsr32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let andsASR32: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.asr32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let andsROR32: OpDef = OpDef("ands", native: NativeDataProcessing.logicReg(.and, flags: true, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ShiftedOperand.ror32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    // BICS
    static let bicsPlain64: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ~ShiftedOperand.plain64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let bicsLSL64: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .lsl, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ~ShiftedOperand.lsl64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let bicsLSR64: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .lsr, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ~ShiftedOperand.lsr64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let bicsASR64: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .asr, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ~ShiftedOperand.asr64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let bicsROR64: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .ror, w: true)) { cpu, op in
        let x = cpu.x
        let r = x[Int(op.pointee.b)] & ~ShiftedOperand.ror64(x, op)
        x[Int(op.pointee.a)] = r
        cpu.nzcv = A64ALU.logic64(r)
    }
    static let bicsPlain32: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.plain32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let bicsLSL32: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .lsl, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.lsl32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let bicsLSR32: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .lsr, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.lsr32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let bicsASR32: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .asr, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.asr32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }
    static let bicsROR32: OpDef = OpDef("bics", native: NativeDataProcessing.logicReg(.bic, flags: true, shift: .ror, w: false)) { cpu, op in
        let x = cpu.x
        let r = A64ALU.w(x[Int(op.pointee.b)]) & ~ShiftedOperand.ror32(x, op)
        x[Int(op.pointee.a)] = UInt64(r)
        cpu.nzcv = A64ALU.logic32(r)
    }

    /// Indexed [(opc << 1 | N) * 5 + kind], kind 0 = no shift, 1 + shift type otherwise.
    static let table64: [OpDef] = [
        andPlain64, andLSL64, andLSR64, andASR64, andROR64,
        bicPlain64, bicLSL64, bicLSR64, bicASR64, bicROR64,
        orrPlain64, orrLSL64, orrLSR64, orrASR64, orrROR64,
        ornPlain64, ornLSL64, ornLSR64, ornASR64, ornROR64,
        eorPlain64, eorLSL64, eorLSR64, eorASR64, eorROR64,
        eonPlain64, eonLSL64, eonLSR64, eonASR64, eonROR64,
        andsPlain64, andsLSL64, andsLSR64, andsASR64, andsROR64,
        bicsPlain64, bicsLSL64, bicsLSR64, bicsASR64, bicsROR64,
    ]
    static let table32: [OpDef] = [
        andPlain32, andLSL32, andLSR32, andASR32, andROR32,
        bicPlain32, bicLSL32, bicLSR32, bicASR32, bicROR32,
        orrPlain32, orrLSL32, orrLSR32, orrASR32, orrROR32,
        ornPlain32, ornLSL32, ornLSR32, ornASR32, ornROR32,
        eorPlain32, eorLSL32, eorLSR32, eorASR32, eorROR32,
        eonPlain32, eonLSL32, eonLSR32, eonASR32, eonROR32,
        andsPlain32, andsLSL32, andsLSR32, andsASR32, andsROR32,
        bicsPlain32, bicsLSL32, bicsLSR32, bicsASR32, bicsROR32,
    ]
}

extension A64Decoder {
    /// C6.2 AND/BIC/ORR/ORN/EOR/EON/ANDS/BICS (shifted register):
    /// sf opc(2) 01010 shift(2) N Rm imm6 Rn Rd. Register 31 is XZR throughout.
    static func decodeLogicalShiftedRegister(_ insn: UInt32, pc: UInt64, into b: inout BlockBuilder) -> DecodeResult {
        let sf = insn >> 31 == 1, opc = (insn >> 29) & 3, shift = (insn >> 22) & 3, n = (insn >> 21) & 1
        let amount = (insn >> 10) & 0x3F
        if !sf && amount >= 32 { return .undefined }
        let rnField = (insn >> 5) & 31
        let rd = A64Reg.dst(insn & 31), rn = A64Reg.src(rnField), rm = A64Reg.src((insn >> 16) & 31)
        // MOV (register): ORR Rd, ZR, Rm.
        if opc == 0b01 && n == 0 && amount == 0 && rnField == 31 {
            b.emit(sf ? AddSubImmOps.mov64 : AddSubImmOps.mov32, pc: pc, a: rd, b: rm)
            return .next(length: 4)
        }
        let kind = amount == 0 ? 0 : Int(shift) + 1
        let index = Int(opc << 1 | n) * 5 + kind
        b.emit(sf ? LogicalRegOps.table64[index] : LogicalRegOps.table32[index], pc: pc,
               a: rd, b: rn, c: rm, d: UInt8(amount))
        return .next(length: 4)
    }
}
