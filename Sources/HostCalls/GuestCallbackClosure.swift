import CFFI

/// A host function pointer that runs Swift code: a libffi closure (`ffi_closure_alloc`,
/// `ffi_prep_closure_loc`) of the C signature `args -> result`, whose handler re-enters
/// the engine on the calling thread (`Engine.callGuest`). Made once per process and
/// never freed: the context a call needs comes from the thread (qsort's comparator)
/// or from an argument the library passes back (zlib's `opaque`).
enum GuestCallbackClosure {
    typealias Handler = @convention(c) (UnsafeMutablePointer<ffi_cif>?, UnsafeMutableRawPointer?,
                                        UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutableRawPointer?) -> Void

    /// The closure's executable entry, or nil if libffi cannot make one.
    static func make(args: [FFIType], result: FFIType, handler: Handler) -> UnsafeMutableRawPointer? {
        let types = UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>.allocate(capacity: max(1, args.count))
        for (i, t) in args.enumerated() { types[i] = xrunFFI(t) }
        let cif = UnsafeMutablePointer<ffi_cif>.allocate(capacity: 1)
        guard ffi_prep_cif(cif, FFI_DEFAULT_ABI, UInt32(args.count), xrunFFI(result), types) == FFI_OK else { return nil }
        var code: UnsafeMutableRawPointer?
        guard let raw = ffi_closure_alloc(MemoryLayout<ffi_closure>.size, &code), let code else { return nil }
        let closure = raw.assumingMemoryBound(to: ffi_closure.self)
        guard ffi_prep_closure_loc(closure, cif, handler, nil, code) == FFI_OK else { return nil }
        return code
    }

    /// Argument `i` of a closure call, as the raw 64 bits of a pointer-sized argument.
    @inline(__always)
    static func pointerArg(_ args: UnsafeMutablePointer<UnsafeMutableRawPointer?>?, _ i: Int) -> UInt64 {
        UInt64(UInt(bitPattern: args.unsafelyUnwrapped[i].unsafelyUnwrapped.load(as: UnsafeRawPointer?.self)))
    }

    /// Argument `i` of a closure call declared `uint32`.
    @inline(__always)
    static func uint32Arg(_ args: UnsafeMutablePointer<UnsafeMutableRawPointer?>?, _ i: Int) -> UInt32 {
        args.unsafelyUnwrapped[i].unsafelyUnwrapped.load(as: UInt32.self)
    }
}
