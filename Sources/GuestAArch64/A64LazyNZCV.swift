import XrunCore

/// NZCV as the CPU state keeps it when the native tier left it lazy (`A64LazyFlags`):
/// the kind of the last flag-setting operation and its operands
/// (`A64Layout.lazyKind`, `lazyA`, `lazyB`). Reading `cpu.nzcv` packs them here, with
/// the interpreter's own flag arithmetic, so the state depends on no tier; the native
/// tier writes the kinds and calls `materialize` where it needs the packed value.
enum A64LazyNZCV {
    /// Values of `A64Layout.lazyKind`. Logic kinds keep the result in A (C = V = 0).
    enum Kind: UInt64 {
        case sub64 = 1, sub32, add64, add32, logic64, logic32
        var is32: Bool { self == .sub32 || self == .add32 || self == .logic32 }
    }

    /// Packs the lazy flags into `nzcv` (and clears the kind); returns them.
    @inline(never)
    static func materialize(_ cpu: UnsafeMutableRawPointer) -> UInt64 {
        let a = cpu.load(fromByteOffset: A64Layout.lazyA, as: UInt64.self)
        let b = cpu.load(fromByteOffset: A64Layout.lazyB, as: UInt64.self)
        let raw = cpu.load(fromByteOffset: A64Layout.lazyKind, as: UInt64.self)
        let f: UInt64
        switch Kind(rawValue: raw) {
        case .sub64: f = A64ALU.subs64(a, b).1
        case .sub32: f = A64ALU.subs32(A64ALU.w(a), A64ALU.w(b)).1
        case .add64: f = A64ALU.adds64(a, b).1
        case .add32: f = A64ALU.adds32(A64ALU.w(a), A64ALU.w(b)).1
        case .logic64: f = A64ALU.logic64(a)
        case .logic32: f = A64ALU.logic32(A64ALU.w(a))
        case nil: f = cpu.load(fromByteOffset: A64Layout.nzcv, as: UInt64.self)
        }
        cpu.nzcv = f
        return f
    }
}
