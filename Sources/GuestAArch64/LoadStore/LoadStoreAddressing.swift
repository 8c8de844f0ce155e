import XrunCore

/// Addressing modes of A64 loads and stores (DDI 0487, "Load/Store addressing
/// modes"). Each op passes its mode as a literal, so after inlining `LSAddress.run`
/// the switches fold away and the op does only its own mode's arithmetic.
enum LSMode {
    /// [Xn|SP, #imm]: unsigned scaled, unscaled (LDUR), unprivileged (LDTR), pair offset,
    /// and the no-offset forms (imm = 0).
    case offset
    /// [Xn|SP, #imm]!: access at base + imm, then write base + imm back.
    case pre
    /// [Xn|SP], #imm: access at base, then write base + imm back.
    case post
    /// [Xn|SP], Xm: access at base, then write base + Xm back (SIMD structures).
    case postReg
    /// [Xn|SP, Xm{, LSL #s}] (LSL, UXTX and SXTX are the same on a 64-bit index).
    case regX
    /// [Xn|SP, Wm, UXTW {#s}]
    case regUXTW
    /// [Xn|SP, Wm, SXTW {#s}]
    case regSXTW
}

/// Op fields every load/store op shares:
///   b = base register (31 = SP), imm = offset (two's complement),
///   c = index register: for the register modes mapped at decode time (31 = XZR); for
///       postReg Xm itself (Rm = 31 selects the immediate form instead),
///   d = index shift for the register modes.
/// The transfer registers go in a (and c/e/... where the op needs more).
enum LSAddress {
    /// Computes the address, records the PC for a fault, runs `access`, and only then
    /// writes the base back, so a faulting access leaves the base register unchanged.
    /// (A load that writes its own base with writeback is CONSTRAINED UNPREDICTABLE;
    /// the written-back address wins here.) The access ignores the address's top byte
    /// (`untag`); the written-back base keeps it.
    @inline(__always)
    static func run(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>, _ mode: LSMode,
                    _ access: (UnsafeMutableRawPointer, UnsafePointer<Op>, UInt64) -> Void) {
        let x = cpu.x
        let n = Int(op.pointee.b)
        let base = x[n]
        let addr: UInt64
        var next: UInt64 = 0
        switch mode {
        case .offset:
            addr = base &+ op.pointee.imm
        case .pre:
            addr = base &+ op.pointee.imm
            next = addr
        case .post:
            addr = base
            next = base &+ op.pointee.imm
        case .postReg:
            addr = base
            next = base &+ x[Int(op.pointee.c)]
        case .regX:
            addr = base &+ (x[Int(op.pointee.c)] &<< UInt64(op.pointee.d))
        case .regUXTW:
            let m = UInt64(UInt32(truncatingIfNeeded: x[Int(op.pointee.c)]))
            addr = base &+ (m &<< UInt64(op.pointee.d))
        case .regSXTW:
            let m = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: x[Int(op.pointee.c)])))
            addr = base &+ (m &<< UInt64(op.pointee.d))
        }
        cpu.beginAccess(op)
        access(cpu, op, untag(addr))
        switch mode {
        case .pre, .post, .postReg: x[n] = next
        case .offset, .regX, .regUXTW, .regSXTW: break
        }
    }

    /// Base register only ([Xn|SP]), untagged: exclusives, atomics, CAS.
    @inline(__always)
    static func base(_ cpu: UnsafeMutableRawPointer, _ op: UnsafePointer<Op>) -> UInt64 {
        let addr = cpu.x[Int(op.pointee.b)]
        cpu.beginAccess(op)
        return untag(addr)
    }

    /// Linux runs EL0 with top-byte-ignore on (TCR_EL1.TBI0, Arm ARM "Address tagging";
    /// the kernel's Documentation/arch/arm64/tagged-pointers.rst): bits 63:56 of a data
    /// address do not take part in the access. Bit 55 still selects the upper (kernel)
    /// half, so the tag is replaced by copies of bit 55, as the kernel's untagged_addr()
    /// does: such addresses stay far beyond the guest region and fault, and the fault
    /// reports the address the kernel would put in si_addr.
    @inline(__always)
    static func untag(_ addr: UInt64) -> UInt64 {
        UInt64(bitPattern: Int64(bitPattern: addr &<< 8) &>> 8)
    }

    /// Alignment check for accesses the architecture requires to be aligned
    /// (exclusives, LSE atomics, acquire/release without FEAT_LSE2): Arm ARM
    /// "Alignment of data accesses". `mask` = size - 1. Linux reports the alignment
    /// fault as SIGBUS, BUS_ADRALN, at the faulting address.
    @inline(__always)
    static func checkAligned(_ addr: UInt64, _ mask: UInt64) {
        if _slowPath(addr & mask != 0) { alignmentFault(addr) }
    }

    @inline(never)
    static func alignmentFault(_ addr: UInt64) -> Never {
        xrun_guest_fault(addr, 7 /* SIGBUS */, 1 /* BUS_ADRALN */)
    }
}

/// Decode-time field helpers shared by the load/store decoders.
enum LSField {
    @inline(__always) static func rt(_ insn: UInt32) -> UInt32 { insn & 31 }
    @inline(__always) static func rn(_ insn: UInt32) -> UInt32 { (insn >> 5) & 31 }
    @inline(__always) static func rt2(_ insn: UInt32) -> UInt32 { (insn >> 10) & 31 }
    @inline(__always) static func rm(_ insn: UInt32) -> UInt32 { (insn >> 16) & 31 }
    /// Sign-extends the low `bits` of `v` to 64 bits (as a two's complement UInt64).
    @inline(__always) static func signExtend(_ v: UInt32, bits: Int) -> UInt64 {
        let shift = 64 - bits
        return UInt64(bitPattern: Int64(bitPattern: UInt64(v) &<< UInt64(shift)) &>> Int64(shift))
    }
}
