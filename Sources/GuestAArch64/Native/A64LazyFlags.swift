import XrunCore

/// Flags the native tier does not compute when they are set. A flag-setting template
/// (ADDS/SUBS/CMP/CMN/ANDS/TST) stores only what produced them — the kind of
/// operation and its operands — which costs three stores instead of packing four
/// x86 flags into NZCV. A later B.cond/CSEL in the same block redoes the x86 compare
/// on the operands and branches on it directly; anything else that reads NZCV
/// (called ops, signal frames, MRS) goes through `cpu.nzcv`, which computes and
/// stores the packed value first (`A64LazyNZCV`, with the CPU state), so nothing
/// outside sees the laziness.
enum A64LazyFlags {
    typealias Kind = A64LazyNZCV.Kind

    /// The same, callable from native code (rdi = CPU).
    static let materializeEntry: @convention(c) (UnsafeMutableRawPointer, UnsafePointer<Op>) -> Void = { cpu, _ in
        _ = A64LazyNZCV.materialize(cpu)
    }

    /// The x86 condition that, after redoing the kind's operation on A and B (`cmp`,
    /// `add` or `test`), holds exactly when Arm condition `cond` (C1.2.4) holds; nil
    /// where x86 has none (then the flags are materialized and tested).
    static func x86Condition(_ cond: UInt32, kind: Kind) -> X86Cond? {
        let base: X86Cond?
        switch (cond >> 1, kind) {
        case (0, _): base = .e                                   // EQ
        case (2, _): base = .s                                   // MI
        case (5, _): base = .ge                                  // GE: N == V
        case (6, _): base = .g                                   // GT: Z == 0 && N == V
        case (1, .sub64), (1, .sub32): base = .ae                // CS: no borrow
        case (1, .add64), (1, .add32): base = .b                 // CS: carry out
        case (3, .sub64), (3, .sub32), (3, .add64), (3, .add32): base = .o  // VS
        case (4, .sub64), (4, .sub32): base = .a                 // HI: C && !Z
        default: base = nil
        }
        guard let b = base else { return nil }
        // The odd conditions are the inverses (x86 condition codes invert with bit 0).
        return cond & 1 == 1 ? X86Cond(rawValue: b.rawValue ^ 1) : b
    }

    /// The Arm condition whose truth table is `mask` (`A64Cond.mask`), if one is.
    static func condition(ofMask mask: UInt16) -> UInt32? {
        masks.firstIndex(of: mask).map { UInt32($0) }
    }
    /// The truth tables of EQ...LE, computed once (every compiled B.cond/CSEL looks
    /// its condition up here).
    private static let masks: [UInt16] = (0..<14).map { A64Cond.mask(UInt32($0)) }
}
