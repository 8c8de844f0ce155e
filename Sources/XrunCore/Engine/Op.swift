@_exported import CXrunHost

/// One translated guest instruction: a thin C function pointer plus the operands the
/// decoder captured. Blocks are flat arrays of these (ARCHITECTURE.md, "Closures:
/// measure, don't guess": records cost ~1.6 ns per guest op, capturing closures ~10).
///
/// The function receives the raw CPU pointer (a `CPUHeader` followed by the guest
/// ISA's register file) and its own record. Nothing here is reference counted.
public typealias OpFn = xrun_op_fn
public typealias Op = xrun_op

extension Op {
    @inlinable @inline(__always)
    public init(_ fn: OpFn, pc: UInt64, imm: UInt64 = 0,
                a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0, d: UInt8 = 0,
                e: UInt8 = 0, f: UInt8 = 0, g: UInt8 = 0, h: UInt8 = 0) {
        self.init(fn: fn, imm: imm, pc: pc, a: a, b: b, c: c, d: d, e: e, f: f, g: g, h: h)
    }
}
