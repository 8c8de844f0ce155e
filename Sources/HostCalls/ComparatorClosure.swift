import CFFI
import XrunCore

/// The libffi closure qsort gets for the guest's comparator: a host function
/// `int (*)(const void *, const void *)` that turns its host pointers back into guest
/// addresses and runs the guest function on the calling thread (`Engine.callGuest`).
/// One closure serves every thread: the guest function is the thread's
/// `hostCallbackTarget`, set around the host call that uses it.
enum ComparatorClosure {
    static func make() -> UnsafeMutableRawPointer? {
        let types = UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>.allocate(capacity: 2)
        types[0] = xrunFFI(.pointer)
        types[1] = xrunFFI(.pointer)
        let cif = UnsafeMutablePointer<ffi_cif>.allocate(capacity: 1)
        guard ffi_prep_cif(cif, FFI_DEFAULT_ABI, 2, xrunFFI(.sint32), types) == FFI_OK else { return nil }
        var code: UnsafeMutableRawPointer?
        guard let raw = ffi_closure_alloc(MemoryLayout<ffi_closure>.size, &code), let code else { return nil }
        let closure = raw.assumingMemoryBound(to: ffi_closure.self)
        guard ffi_prep_closure_loc(closure, cif, handler, nil, code) == FFI_OK else { return nil }
        return code
    }

    static let handler: @convention(c) (UnsafeMutablePointer<ffi_cif>?, UnsafeMutableRawPointer?,
                                        UnsafeMutablePointer<UnsafeMutableRawPointer?>?, UnsafeMutableRawPointer?) -> Void = {
        _, ret, args, _ in
        let thread = HostCallRuntime.currentThread().unsafelyUnwrapped
        let base = UInt64(UInt(bitPattern: thread.engine.memory.base))
        let a = UInt64(UInt(bitPattern: args.unsafelyUnwrapped[0].unsafelyUnwrapped.load(as: UnsafeRawPointer?.self)))
        let b = UInt64(UInt(bitPattern: args.unsafelyUnwrapped[1].unsafelyUnwrapped.load(as: UnsafeRawPointer?.self)))
        let r = thread.engine.callGuest(thread, function: thread.hostCallbackTarget,
                                        args: (a &- base, b &- base, 0), argCount: 2)
        // An int result is returned in a full ffi_arg (libffi's closure API).
        ret.unsafelyUnwrapped.storeBytes(of: Int64(Int32(truncatingIfNeeded: r)), as: Int64.self)
    }
}
