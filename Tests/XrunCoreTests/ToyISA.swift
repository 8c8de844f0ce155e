import XrunCore

/// A minimal ISA for engine tests: 4-byte words, byte 0 = opcode, byte 1 = rd,
/// byte 2 = rs, bytes 2...3 = imm16. Registers live right after the CPUHeader.
///   01 rd imm16  li    r[rd] = imm
///   02 rd rs     add   r[rd] += r[rs]
///   03 rd rs     st    mem64[r[rs]] = r[rd]
///   04 rd rs     ld    r[rd] = mem64[r[rs]]
///   05 rd imm16  bnz   if r[rd] != 0 { r[rd] -= 1; goto pc + 4*simm16 } (ends block)
///   06 rd        jr    goto r[rd] (ends block)
///   07           brk   breakpoint (ends block)
///   08 rd rs     st32  mem32[r[rs]] = r[rd]
///   09    imm16  j     goto pc + 4*simm16 (ends block; compiled to a chained exit)
/// The engine's seam only (`GuestISA`): no Linux side.
final class ToyISA: GuestISA {
    static let machine = GuestMachine(elfMachine: 0xfff0, name: "toy", displayName: "Toy")
    let stateSize = 8 * 16
    /// r0–r7 carry arguments; r15 is the link register, r14 the stack pointer (no FP).
    var callConvention: GuestCallConvention {
        GuestCallConvention(intArgument: CPUHeader.size, fpArgument: CPUHeader.size, fpStride: 8,
                            returnAddress: CPUHeader.size + 15 * 8, stackPointer: CPUHeader.size + 14 * 8)
    }

    func checkELF(flags: UInt32) -> String? { nil }

    static func word(_ op: UInt8, _ rd: UInt8 = 0, _ rs: UInt8 = 0, imm: Int16? = nil) -> UInt32 {
        if let imm { return UInt32(op) | UInt32(rd) << 8 | UInt32(UInt16(bitPattern: imm)) << 16 }
        return UInt32(op) | UInt32(rd) << 8 | UInt32(rs) << 16
    }

    static let li: OpDef = OpDef("li") { cpu, op in cpu.toyRegs[Int(op.pointee.a)] = op.pointee.imm }
    static let add: OpDef = OpDef("add") { cpu, op in
        let r = cpu.toyRegs
        r[Int(op.pointee.a)] = r[Int(op.pointee.a)] &+ r[Int(op.pointee.b)]
    }
    static let st: OpDef = OpDef("st") { cpu, op in
        cpu.beginAccess(op)
        let r = cpu.toyRegs
        cpu.host(r[Int(op.pointee.b)]).storeBytes(of: r[Int(op.pointee.a)], as: UInt64.self)
    }
    static let st32: OpDef = OpDef("st") { cpu, op in
        cpu.beginAccess(op)
        let r = cpu.toyRegs
        cpu.host(r[Int(op.pointee.b)]).storeBytes(of: UInt32(truncatingIfNeeded: r[Int(op.pointee.a)]), as: UInt32.self)
    }
    static let ld: OpDef = OpDef("ld") { cpu, op in
        cpu.beginAccess(op)
        let r = cpu.toyRegs
        r[Int(op.pointee.a)] = cpu.host(r[Int(op.pointee.b)]).loadUnaligned(as: UInt64.self)
    }
    static let bnz: OpDef = OpDef("bnz") { cpu, op in
        let r = cpu.toyRegs
        if r[Int(op.pointee.a)] != 0 {
            r[Int(op.pointee.a)] &-= 1
            cpu.branch(to: op.pointee.imm, slot: 0)
        } else {
            cpu.branch(to: op.pointee.pc &+ 4, slot: 1)
        }
    }
    static let jr: OpDef = OpDef("jr") { cpu, op in cpu.branchIndirect(to: cpu.toyRegs[Int(op.pointee.a)]) }
    /// The one op with a native template: its exit is chained (`NativeContext.exit`).
    static let j: OpDef = OpDef("j", native: { op, ctx in
        ctx.exit(to: op.pointee.imm, slot: 0)
        return true
    }) { cpu, op in cpu.branch(to: op.pointee.imm, slot: 0) }
    static let brk: OpDef = OpDef("brk") { cpu, op in cpu.trap(.breakpoint, pc: op.pointee.pc) }

    func decode(at pc: UInt64, code: CodeReader, into b: inout BlockBuilder) -> DecodeResult {
        guard let w = code.fetch32(pc) else { return .undefined }
        let rd = UInt8(w >> 8 & 0xff), rs = UInt8(w >> 16 & 0xff)
        let imm = Int16(bitPattern: UInt16(w >> 16))
        switch w & 0xff {
        case 1: b.emit(Self.li, pc: pc, imm: UInt64(UInt16(bitPattern: imm)), a: rd)
        case 2: b.emit(Self.add, pc: pc, a: rd, b: rs)
        case 3: b.emit(Self.st, pc: pc, a: rd, b: rs)
        case 4: b.emit(Self.ld, pc: pc, a: rd, b: rs)
        case 5:
            b.emit(Self.bnz, pc: pc, imm: pc &+ UInt64(bitPattern: Int64(imm) * 4), a: rd)
            return .end(length: 4)
        case 6:
            b.emit(Self.jr, pc: pc, a: rd)
            return .end(length: 4)
        case 7:
            b.emit(Self.brk, pc: pc)
            return .end(length: 4)
        case 8: b.emit(Self.st32, pc: pc, a: rd, b: rs)
        case 9:
            b.emit(Self.j, pc: pc, imm: pc &+ UInt64(bitPattern: Int64(imm) * 4))
            return .end(length: 4)
        default: return .undefined
        }
        return .next(length: 4)
    }

    func startProcess(cpu: UnsafeMutableRawPointer, entry: UInt64, stack: UInt64) { cpu.guestPC = entry }
    func disassemble(at pc: UInt64, code: CodeReader) -> (encoding: UInt64, length: Int, text: String) {
        guard let w = code.fetch32(pc) else { return (0, 0, "") }
        return (UInt64(w), 4, "toy \(w & 0xff)")
    }
}

extension UnsafeMutableRawPointer {
    var toyRegs: UnsafeMutablePointer<UInt64> { (self + CPUHeader.size).assumingMemoryBound(to: UInt64.self) }
}
