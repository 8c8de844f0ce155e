import CFFI
import CXrunHost

/// One thunked function as the op reaches it: plain data in one permanent allocation
/// (no reference counting on the call path). Built once per process from the catalog.
struct HostCallSlot {
    /// The host function (CXrunHost's table).
    var function: UnsafeMutableRawPointer
    /// Prepared once (`ffi_prep_cif`); `ffi_call` per call.
    var cif: UnsafeMutablePointer<ffi_cif>
    var argCount: Int
    /// Per argument: kind (ArgCode) and its two operand indices.
    var kinds: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
    var operandA: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
    var operandB: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
    var result: UInt8
    var setsErrno: Bool
    /// Index in `ThunkCatalog.functions` (names for -strace).
    var catalogIndex: Int
    /// How the host function is called (CallShape).
    var shape: CallShape
    /// zlib streams (ZStreamCalls): ThunkCatalog.StreamRole, and the host's *End
    /// that frees a stream the guest sets up again without ending it.
    var streamRole: UInt8
    var endFunction: UnsafeMutableRawPointer?
}

/// How a slot's host function is called. On x86-64 (SysV ABI §3.2.3) a function whose
/// arguments are all INTEGER class and at most six takes them in rdi, rsi, rdx, rcx,
/// r8, r9 whatever their C types, and one whose arguments are all doubles takes them in
/// xmm0–xmm7: such functions are called directly through one C function type with the
/// widest argument list (extra arguments are ignored by the callee, an `int` argument
/// is read from the low 32 bits). Only the rest needs libffi's generic `ffi_call`.
enum CallShape: UInt8 {
    /// `ffi_call` with the slot's cif.
    case ffi
    /// Up to six integer/pointer arguments, an integer/pointer/void result.
    case integer
    /// One or two double arguments, a double result (libm).
    case double
}

typealias IntegerHostFunction = @convention(c) (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) -> UInt64
typealias DoubleHostFunction = @convention(c) (Double, Double) -> Double

enum ArgCode: UInt8 {
    case int, int32, double, pointer, buffer, nullableBuffer, array, comparator, nullablePointer, zstream, gzHeader
}

enum ResultCode: UInt8 {
    case void, int, int32, uint32, pointer, double
}

extension HostCallSlot {
    /// Prepares the slot for catalog entry `index`, or nil if the host lacks it.
    static func make(catalogIndex index: Int) -> HostCallSlot? {
        let f = ThunkCatalog.functions[index]
        guard let fn = xrun_host_function(f.name) else { return nil }
        precondition(f.args.count <= 8, "only register arguments are marshalled")
        var kinds = [UInt8](repeating: 0, count: 8), a = kinds, b = kinds
        let types = UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>.allocate(capacity: max(1, f.args.count))
        for (i, arg) in f.args.enumerated() {
            switch arg {
            case .int: kinds[i] = ArgCode.int.rawValue; types[i] = xrunFFI(.uint64)
            case .int32: kinds[i] = ArgCode.int32.rawValue; types[i] = xrunFFI(.sint32)
            case .double: kinds[i] = ArgCode.double.rawValue; types[i] = xrunFFI(.double)
            case .pointer: kinds[i] = ArgCode.pointer.rawValue; types[i] = xrunFFI(.pointer)
            case .buffer(let n):
                kinds[i] = ArgCode.buffer.rawValue; a[i] = UInt8(n); types[i] = xrunFFI(.pointer)
            case .nullableBuffer(let n):
                kinds[i] = ArgCode.nullableBuffer.rawValue; a[i] = UInt8(n); types[i] = xrunFFI(.pointer)
            case .array(let n, let size):
                kinds[i] = ArgCode.array.rawValue; a[i] = UInt8(n); b[i] = UInt8(size)
                types[i] = xrunFFI(.pointer)
            case .comparator: kinds[i] = ArgCode.comparator.rawValue; types[i] = xrunFFI(.pointer)
            case .nullablePointer: kinds[i] = ArgCode.nullablePointer.rawValue; types[i] = xrunFFI(.pointer)
            case .zstream: kinds[i] = ArgCode.zstream.rawValue; types[i] = xrunFFI(.pointer)
            case .gzHeader: kinds[i] = ArgCode.gzHeader.rawValue; types[i] = xrunFFI(.pointer)
            }
        }
        let result: ResultCode
        let rtype: UnsafeMutablePointer<ffi_type>
        switch f.result {
        case .void: result = .void; rtype = xrunFFI(.void)
        case .int: result = .int; rtype = xrunFFI(.uint64)
        case .int32: result = .int32; rtype = xrunFFI(.sint32)
        case .uint32: result = .uint32; rtype = xrunFFI(.uint32)
        case .pointer: result = .pointer; rtype = xrunFFI(.pointer)
        case .double: result = .double; rtype = xrunFFI(.double)
        }
        let cif = UnsafeMutablePointer<ffi_cif>.allocate(capacity: 1)
        guard ffi_prep_cif(cif, FFI_DEFAULT_ABI, UInt32(f.args.count), rtype, types) == FFI_OK else { return nil }
        func tuple(_ v: [UInt8]) -> (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) {
            (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])
        }
        let integerArgs = f.args.allSatisfy { arg in
            switch arg {
            case .int, .int32, .pointer, .buffer, .nullableBuffer, .nullablePointer: return true
            case .double, .array, .comparator, .zstream, .gzHeader: return false
            }
        }
        let shape: CallShape
        if integerArgs && f.args.count <= 6 && f.result != .double { shape = .integer }
        else if f.args.allSatisfy({ $0 == .double }) && f.args.count <= 2 && f.result == .double { shape = .double }
        else { shape = .ffi }
        return HostCallSlot(function: fn, cif: cif, argCount: f.args.count, kinds: tuple(kinds),
                            operandA: tuple(a), operandB: tuple(b), result: result.rawValue,
                            setsErrno: f.setsErrno, catalogIndex: index, shape: shape,
                            streamRole: f.streamRole.rawValue,
                            endFunction: f.streamRole == .none ? nil : xrun_host_function(f.group + "End"))
    }
}

enum FFIType { case void, uint64, sint32, uint32, double, pointer }

/// libffi's type descriptor (a C global that lives as long as the process).
func xrunFFI(_ t: FFIType) -> UnsafeMutablePointer<ffi_type> {
    switch t {
    case .void: return xrun_ffi_type(Int32(XRUN_FFI_VOID))
    case .uint64: return xrun_ffi_type(Int32(XRUN_FFI_UINT64))
    case .sint32: return xrun_ffi_type(Int32(XRUN_FFI_SINT32))
    case .uint32: return xrun_ffi_type(Int32(XRUN_FFI_UINT32))
    case .double: return xrun_ffi_type(Int32(XRUN_FFI_DOUBLE))
    case .pointer: return xrun_ffi_type(Int32(XRUN_FFI_POINTER))
    }
}

@inline(__always) func byte(_ t: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8), _ i: Int) -> UInt8 {
    withUnsafeBytes(of: t) { $0[i] }
}
