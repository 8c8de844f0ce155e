/// The x86-64 registers, numbered as the encodings number them (Intel SDM Vol. 2,
/// 2.1.5 and 2.2.1: the low three bits go in ModRM/SIB/opcode, bit 3 in REX).
public enum X86Reg: UInt8, Sendable {
    case rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8, r9, r10, r11, r12, r13, r14, r15
    @inline(__always) var low: UInt8 { rawValue & 7 }
    @inline(__always) var high: UInt8 { rawValue >> 3 }
}

/// A memory operand `[base + index + disp]` (scale 1; no index when `index` is nil).
public struct X86Mem: Sendable {
    public var base: X86Reg
    public var index: X86Reg?
    public var disp: Int32
    /// The index is multiplied by 1 << scale (0...3; the SIB byte's SS field).
    public var scale: UInt8
    public init(_ base: X86Reg, _ disp: Int32 = 0, index: X86Reg? = nil, scale: UInt8 = 0) {
        precondition(scale <= 3, "x86 index scale is 1, 2, 4 or 8")
        self.base = base
        self.disp = disp
        self.index = index
        self.scale = scale
    }
}

/// A register or a memory operand: the r/m half of a ModRM encoding.
public enum X86Operand: Sendable {
    case reg(X86Reg)
    case mem(X86Mem)
}

/// Two-operand integer ALU instructions, by the /digit they use in the 0x81 group
/// (the register forms are `digit * 8 + 3`: ADD 03, OR 0B, ADC 13, SBB 1B, ...).
public enum X86ALU: UInt8, Sendable {
    case add = 0, or = 1, adc = 2, sbb = 3, and = 4, sub = 5, xor = 6, cmp = 7
}

/// Shift and rotate by an immediate count: the /digit of opcode C1.
public enum X86Shift: UInt8, Sendable {
    case rol = 0, ror = 1, shl = 4, shr = 5, sar = 7
}

/// Condition codes (the low nibble of Jcc/SETcc/CMOVcc).
public enum X86Cond: UInt8, Sendable {
    case o = 0, no = 1, b = 2, ae = 3, e = 4, ne = 5, be = 6, a = 7
    case s = 8, ns = 9, p = 10, np = 11, l = 12, ge = 13, le = 14, g = 15
}

/// A tiny x86-64 assembler for the native tier: only the encodings the templates use.
/// Runs at translation time (plain Swift arrays are fine here). Branch targets inside
/// the code are labels, fixed up by `finish`; calls to absolute addresses are recorded
/// and patched when the code is placed (`CodeBuffer`).
public struct X86Assembler {
    public private(set) var bytes: [UInt8] = []
    /// Absolute call targets: (offset of the rel32 field, target address).
    public private(set) var absoluteCalls: [(Int, UInt)] = []
    private var labelOffsets: [Int?] = []
    private var labelUses: [(at: Int, label: Int)] = []

    public init() {
        bytes.reserveCapacity(1024)
    }

    public var count: Int { bytes.count }
    /// Labels bound so far: with `count`, tells whether code could have been reached
    /// from elsewhere since some point (a label bound there since).
    public private(set) var boundLabels = 0

    // MARK: raw encoding

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func int32(_ v: Int32) {
        let u = UInt32(bitPattern: v)
        for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: u >> (8 * UInt32(i)))) }
    }
    mutating func int64(_ v: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) }
    }

    /// REX prefix when needed (or forced: byte registers spl/bpl/sil/dil need one).
    mutating func rex(w: Bool, reg: UInt8, rm: X86Operand, force: Bool = false) {
        var r: UInt8 = 0x40
        if w { r |= 8 }
        r |= (reg >> 3) << 2
        switch rm {
        case .reg(let b):
            r |= b.high
        case .mem(let m):
            r |= m.base.high
            if let i = m.index { r |= i.high << 1 }
        }
        if r != 0x40 || force { byte(r) }
    }

    /// ModRM (+ SIB + displacement) for `reg` (a register number or /digit) and `rm`.
    mutating func modrm(reg: UInt8, rm: X86Operand) {
        switch rm {
        case .reg(let b):
            byte(0xC0 | (reg & 7) << 3 | b.low)
        case .mem(let m):
            // rbp/r13 as base have no disp-less form; rsp/r12 as base need a SIB byte.
            let mod: UInt8 = m.disp == 0 && m.base.low != 5 ? 0 : (Int8(exactly: m.disp) != nil ? 1 : 2)
            if m.index != nil || m.base.low == 4 {
                byte(mod << 6 | (reg & 7) << 3 | 4)
                let index = m.index?.low ?? 4   // 100 = no index
                byte(m.scale << 6 | index << 3 | m.base.low)
            } else {
                byte(mod << 6 | (reg & 7) << 3 | m.base.low)
            }
            if mod == 1 { byte(UInt8(bitPattern: Int8(truncatingIfNeeded: m.disp))) }
            if mod == 2 { int32(m.disp) }
        }
    }

    /// prefix? REX opcode ModRM... — the common shape of every r/m instruction.
    private mutating func rm(_ opcode: [UInt8], w: Bool, reg: UInt8, _ rm: X86Operand,
                             prefix16: Bool = false, byteReg: Bool = false) {
        if prefix16 { byte(0x66) }
        var force = false
        if byteReg {
            // sil/dil/spl/bpl are only reachable with a REX prefix.
            if reg >= 4 && reg < 8 { force = true }
            if case .reg(let b) = rm, b.rawValue >= 4 && b.rawValue < 8 { force = true }
        }
        rex(w: w, reg: reg, rm: rm, force: force)
        for o in opcode { byte(o) }
        modrm(reg: reg, rm: rm)
    }

    // MARK: moves

    /// `mov dst, src` (64-bit with w, else 32-bit, which zero-extends).
    public mutating func mov(_ dst: X86Reg, _ src: X86Operand, w: Bool = true) {
        rm([0x8B], w: w, reg: dst.rawValue, src)
    }
    public mutating func mov(_ dst: X86Reg, _ src: X86Reg, w: Bool = true) {
        mov(dst, .reg(src), w: w)
    }
    public mutating func load(_ dst: X86Reg, _ m: X86Mem, w: Bool = true) {
        mov(dst, .mem(m), w: w)
    }
    /// Store the low `size` bytes (1, 2, 4, 8) of `src`.
    public mutating func store(_ m: X86Mem, _ src: X86Reg, size: Int = 8) {
        switch size {
        case 1: rm([0x88], w: false, reg: src.rawValue, .mem(m), byteReg: true)
        case 2: rm([0x89], w: false, reg: src.rawValue, .mem(m), prefix16: true)
        case 4: rm([0x89], w: false, reg: src.rawValue, .mem(m))
        default: rm([0x89], w: true, reg: src.rawValue, .mem(m))
        }
    }
    /// Zero-extending load of `size` bytes into a 64-bit register.
    public mutating func loadZeroExtended(_ dst: X86Reg, _ m: X86Mem, size: Int) {
        switch size {
        case 1: rm([0x0F, 0xB6], w: false, reg: dst.rawValue, .mem(m))
        case 2: rm([0x0F, 0xB7], w: false, reg: dst.rawValue, .mem(m))
        case 4: rm([0x8B], w: false, reg: dst.rawValue, .mem(m))
        default: rm([0x8B], w: true, reg: dst.rawValue, .mem(m))
        }
    }
    /// Sign-extending load of `size` (1, 2, 4) bytes into 64 bits (w) or 32 bits.
    public mutating func loadSignExtended(_ dst: X86Reg, _ m: X86Mem, size: Int, w: Bool) {
        switch size {
        case 1: rm([0x0F, 0xBE], w: w, reg: dst.rawValue, .mem(m))
        case 2: rm([0x0F, 0xBF], w: w, reg: dst.rawValue, .mem(m))
        default: rm([0x63], w: true, reg: dst.rawValue, .mem(m))  // movsxd
        }
    }
    /// `mov dst, imm` in the shortest form that gives exactly `value` in 64 bits.
    public mutating func movImm(_ dst: X86Reg, _ value: UInt64) {
        if value <= UInt64(UInt32.max) {
            if dst.high != 0 { byte(0x41) }
            byte(0xB8 | dst.low)
            int32(Int32(bitPattern: UInt32(value)))
        } else if let s = Int32(exactly: Int64(bitPattern: value)) {
            rm([0xC7], w: true, reg: 0, .reg(dst))
            int32(s)
        } else {
            byte(0x48 | dst.high)
            byte(0xB8 | dst.low)
            int64(value)
        }
    }
    /// Store a 64-bit constant (through `scratch` unless it fits a sign-extended imm32).
    public mutating func storeImm(_ m: X86Mem, _ value: UInt64, scratch: X86Reg) {
        if let s = Int32(exactly: Int64(bitPattern: value)) {
            rm([0xC7], w: true, reg: 0, .mem(m))
            int32(s)
        } else {
            movImm(scratch, value)
            store(m, scratch)
        }
    }
    /// `mov dword [m], imm32`.
    public mutating func storeImm32(_ m: X86Mem, _ value: UInt32) {
        rm([0xC7], w: false, reg: 0, .mem(m))
        int32(Int32(bitPattern: value))
    }

    // MARK: arithmetic

    /// `op dst, src` (ADD/OR/ADC/SBB/AND/SUB/XOR/CMP).
    public mutating func alu(_ op: X86ALU, _ dst: X86Reg, _ src: X86Operand, w: Bool = true) {
        rm([op.rawValue << 3 | 3], w: w, reg: dst.rawValue, src)
    }
    public mutating func alu(_ op: X86ALU, _ dst: X86Reg, _ src: X86Reg, w: Bool = true) {
        alu(op, dst, .reg(src), w: w)
    }
    /// `op dst, imm32` (sign-extended to 64 bits with w).
    public mutating func aluImm(_ op: X86ALU, _ dst: X86Operand, _ imm: Int32, w: Bool = true) {
        if let i8 = Int8(exactly: imm) {
            rm([0x83], w: w, reg: op.rawValue, dst)
            byte(UInt8(bitPattern: i8))
        } else {
            rm([0x81], w: w, reg: op.rawValue, dst)
            int32(imm)
        }
    }
    /// `op reg, constant`: an imm32 when the CPU's sign extension gives the constant
    /// (always, for 32-bit operations, which only see its low half), else through
    /// `scratch`. Adding 0 emits nothing.
    public mutating func aluConstant(_ op: X86ALU, _ reg: X86Reg, _ value: UInt64, w: Bool = true, scratch: X86Reg) {
        if op == .add && value == 0 { return }
        if let i = Int32(exactly: Int64(bitPattern: value)) {
            aluImm(op, .reg(reg), i, w: w)
        } else if !w {
            aluImm(op, .reg(reg), Int32(truncatingIfNeeded: value), w: false)
        } else {
            movImm(scratch, value)
            alu(op, reg, scratch)
        }
    }
    public mutating func shift(_ kind: X86Shift, _ reg: X86Reg, _ count: UInt8, w: Bool = true) {
        if count == 0 { return }
        rm([0xC1], w: w, reg: kind.rawValue, .reg(reg))
        byte(count)
    }
    /// Shift or rotate `reg` by CL (opcode D3 /digit). The hardware masks the count to
    /// 6 bits (w) or 5 bits, as RISC-V's register shifts and Arm's LSLV... do.
    public mutating func shiftByCL(_ kind: X86Shift, _ reg: X86Reg, w: Bool = true) {
        rm([0xD3], w: w, reg: kind.rawValue, .reg(reg))
    }
    /// One-operand `mul`/`imul src` (F7 /4, /5): rdx:rax = rax × src.
    public mutating func multiplyWide(_ src: X86Operand, signed: Bool, w: Bool = true) {
        rm([0xF7], w: w, reg: signed ? 5 : 4, src)
    }
    /// `div`/`idiv src` (F7 /6, /7): rax = rdx:rax / src, rdx = remainder. Faults on a
    /// zero divisor and on a signed quotient that overflows: callers rule both out.
    public mutating func divide(_ src: X86Reg, signed: Bool, w: Bool = true) {
        rm([0xF7], w: w, reg: signed ? 7 : 6, .reg(src))
    }
    /// `cqo` (w) / `cdq`: rdx (edx) = the sign of rax (eax), before `idiv`.
    public mutating func signExtendRaxIntoRdx(w: Bool = true) {
        if w { byte(0x48) }
        byte(0x99)
    }
    public mutating func not(_ reg: X86Reg, w: Bool = true) {
        rm([0xF7], w: w, reg: 2, .reg(reg))
    }
    public mutating func neg(_ reg: X86Reg, w: Bool = true) {
        rm([0xF7], w: w, reg: 3, .reg(reg))
    }
    public mutating func test(_ a: X86Reg, _ b: X86Reg, w: Bool = true) {
        rm([0x85], w: w, reg: b.rawValue, .reg(a))
    }
    /// `test r/m, imm32` (F7 /0): ZF = no bit of `imm` set in the operand.
    public mutating func testImm(_ dst: X86Operand, _ imm: UInt32, w: Bool = false) {
        rm([0xF7], w: w, reg: 0, dst)
        int32(Int32(bitPattern: imm))
    }
    public mutating func bswap(_ reg: X86Reg, w: Bool = true) {
        var r: UInt8 = 0x40
        if w { r |= 8 }
        r |= reg.high
        if r != 0x40 { byte(r) }
        byte(0x0F)
        byte(0xC8 | reg.low)
    }
    /// `imul dst, src` (low half of the product).
    public mutating func imul(_ dst: X86Reg, _ src: X86Operand, w: Bool = true) {
        rm([0x0F, 0xAF], w: w, reg: dst.rawValue, src)
    }
    /// `bt base, index`: CF = bit `index` of `base`.
    public mutating func bt(_ base: X86Reg, _ index: X86Reg, w: Bool = false) {
        rm([0x0F, 0xA3], w: w, reg: index.rawValue, .reg(base))
    }
    /// `bt reg, imm8`.
    public mutating func bt(_ base: X86Reg, bit: UInt8, w: Bool = true) {
        rm([0x0F, 0xBA], w: w, reg: 4, .reg(base))
        byte(bit)
    }
    /// `movsxd dst, src32` / `movsx dst, src8/16` between registers, into 64 bits.
    public mutating func signExtend(_ dst: X86Reg, _ src: X86Reg, fromBits: Int, w: Bool = true) {
        switch fromBits {
        case 8: rm([0x0F, 0xBE], w: w, reg: dst.rawValue, .reg(src), byteReg: true)
        case 16: rm([0x0F, 0xBF], w: w, reg: dst.rawValue, .reg(src))
        default: rm([0x63], w: true, reg: dst.rawValue, .reg(src))
        }
    }
    /// `movzx dst32, src16`.
    public mutating func movzx16(_ dst: X86Reg, _ src: X86Reg) {
        rm([0x0F, 0xB7], w: false, reg: dst.rawValue, .reg(src))
    }
    /// `setcc dst8` (writes only the low byte).
    public mutating func setcc(_ cond: X86Cond, _ dst: X86Reg) {
        rm([0x0F, 0x90 | cond.rawValue], w: false, reg: 0, .reg(dst), byteReg: true)
    }
    /// `movzx dst32, src8`.
    public mutating func movzx8(_ dst: X86Reg, _ src: X86Reg) {
        rm([0x0F, 0xB6], w: false, reg: dst.rawValue, .reg(src), byteReg: true)
    }
    public mutating func cmov(_ cond: X86Cond, _ dst: X86Reg, _ src: X86Operand, w: Bool = true) {
        rm([0x0F, 0x40 | cond.rawValue], w: w, reg: dst.rawValue, src)
    }
    public mutating func cmov(_ cond: X86Cond, _ dst: X86Reg, _ src: X86Reg, w: Bool = true) {
        cmov(cond, dst, .reg(src), w: w)
    }
    /// `lea dst, [m]`.
    public mutating func lea(_ dst: X86Reg, _ m: X86Mem, w: Bool = true) {
        rm([0x8D], w: w, reg: dst.rawValue, .mem(m))
    }

    // MARK: control flow

    public mutating func push(_ reg: X86Reg) {
        if reg.high != 0 { byte(0x41) }
        byte(0x50 | reg.low)
    }
    public mutating func pop(_ reg: X86Reg) {
        if reg.high != 0 { byte(0x41) }
        byte(0x58 | reg.low)
    }
    public mutating func ret() { byte(0xC3) }
    /// Complements CF.
    public mutating func cmc() { byte(0xF5) }

    /// `call target`: rel32 when the placed code can reach it (decided by
    /// `CodeBuffer`), else through rax. The caller must not need rax afterwards.
    public mutating func call(_ target: UnsafeRawPointer, near: Bool) {
        if near {
            byte(0xE8)
            absoluteCalls.append((bytes.count, UInt(bitPattern: target)))
            int32(0)
        } else {
            movImm(.rax, UInt64(UInt(bitPattern: target)))
            byte(0xFF)
            byte(0xD0)   // call rax
        }
    }

    public mutating func newLabel() -> Int {
        labelOffsets.append(nil)
        return labelOffsets.count - 1
    }
    public mutating func bind(_ label: Int) {
        labelOffsets[label] = bytes.count
        boundLabels += 1
    }
    public mutating func jcc(_ cond: X86Cond, _ label: Int) {
        byte(0x0F)
        byte(0x80 | cond.rawValue)
        labelUses.append((bytes.count, label))
        int32(0)
    }
    /// `jmp reg`.
    public mutating func jmp(register reg: X86Reg) {
        rm([0xFF], w: false, reg: 4, .reg(reg))
    }
    public mutating func jmp(_ label: Int) {
        byte(0xE9)
        labelUses.append((bytes.count, label))
        int32(0)
    }

    /// `jmp [rip + label]`: to the address stored in the 8 bytes at `label` (a data
    /// word of the same code, `emitWord`). The disp32 is the instruction's last field,
    /// so the label fix-up (relative to the end of the field) is RIP-relative.
    public mutating func jmp(through label: Int) {
        byte(0xFF)
        byte(0x25)
        labelUses.append((bytes.count, label))
        int32(0)
    }
    /// An 8-byte data word in the code (filled in after placement).
    mutating func emitWord(_ v: UInt64) { int64(v) }
    /// Where `label` is bound (after `bind`).
    func offset(of label: Int) -> Int? { labelOffsets[label] }

    /// `test reg, [rip + label]` (64-bit): `label` marks 8 bytes inside this code
    /// (RIP-relative addressing, Intel SDM Vol. 2, 2.2.1.6: ModRM mod 00 r/m 101, the
    /// displacement counted from the end of the instruction, which is its last field).
    public mutating func testRIPRelative(_ reg: X86Reg, _ label: Int) {
        byte(0x48 | reg.high << 2)
        byte(0x85)
        byte(reg.low << 3 | 5)
        labelUses.append((bytes.count, label))
        int32(0)
    }

    /// An 8-byte constant at an 8-byte aligned offset, at `label`.
    public mutating func constant64(_ label: Int, _ value: UInt64) {
        while bytes.count % 8 != 0 { byte(0xCC) }
        bind(label)
        int64(value)
    }

    /// Resolves label references. Every used label must be bound.
    public mutating func finish() {
        for use in labelUses {
            guard let target = labelOffsets[use.label] else {
                preconditionFailure("native tier: unbound label")
            }
            let rel = Int32(truncatingIfNeeded: target - (use.at + 4))
            patch32(at: use.at, rel)
        }
        labelUses.removeAll()
    }

    mutating func patch32(at offset: Int, _ v: Int32) {
        let u = UInt32(bitPattern: v)
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: u >> (8 * UInt32(i))) }
    }
}
