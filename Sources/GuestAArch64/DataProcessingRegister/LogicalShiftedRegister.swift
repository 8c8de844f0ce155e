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

/// The bodies of the shifted-register operations (tools/gen-a64-integer writes one op
/// per operation, shift kind and width that calls these with constants, so each
/// specialises to straight-line code). a = Rd, b = Rn, c = Rm, d = shift amount.
enum ShiftedRegister {
    typealias Operand64 = (UnsafeMutablePointer<UInt64>, UnsafePointer<Op>) -> UInt64
    typealias Operand32 = (UnsafeMutablePointer<UInt64>, UnsafePointer<Op>) -> UInt32

    /// Logical: Rd = f(Rn, operand); the S forms set N and Z, clear C and V (C6.2 ANDS).
    @inline(__always)
    static func logic64(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ operand: Operand64,
                        setFlags: Bool, _ f: (UInt64, UInt64) -> UInt64) {
        let x = cpu.x
        let r = f(x[Int(op.pointee.b)], operand(x, op))
        x[Int(op.pointee.a)] = r
        if setFlags { cpu.nzcv = A64ALU.logic64(r) }
    }
    @inline(__always)
    static func logic32(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ operand: Operand32,
                        setFlags: Bool, _ f: (UInt32, UInt32) -> UInt32) {
        let x = cpu.x
        let r = f(A64ALU.w(x[Int(op.pointee.b)]), operand(x, op))
        x[Int(op.pointee.a)] = UInt64(r)
        if setFlags { cpu.nzcv = A64ALU.logic32(r) }
    }

    /// Add/subtract: Rd = Rn ± operand, the S forms with NZCV from AddWithCarry.
    @inline(__always)
    static func addSub64(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ operand: Operand64,
                         subtract: Bool, setFlags: Bool) {
        let x = cpu.x
        let n = x[Int(op.pointee.b)], m = operand(x, op)
        if setFlags {
            let (r, f) = subtract ? A64ALU.subs64(n, m) : A64ALU.adds64(n, m)
            x[Int(op.pointee.a)] = r
            cpu.nzcv = f
        } else {
            x[Int(op.pointee.a)] = subtract ? n &- m : n &+ m
        }
    }
    @inline(__always)
    static func addSub32(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ operand: Operand32,
                         subtract: Bool, setFlags: Bool) {
        let x = cpu.x
        let n = A64ALU.w(x[Int(op.pointee.b)]), m = operand(x, op)
        if setFlags {
            let (r, f) = subtract ? A64ALU.subs32(n, m) : A64ALU.adds32(n, m)
            x[Int(op.pointee.a)] = r
            cpu.nzcv = f
        } else {
            x[Int(op.pointee.a)] = UInt64(subtract ? n &- m : n &+ m)
        }
    }
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
