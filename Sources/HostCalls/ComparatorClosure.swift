import CFFI
import XrunCore

/// The libffi closure qsort gets for the guest's comparator: a host function
/// `int (*)(const void *, const void *)` that turns its host pointers back into guest
/// addresses and runs the guest function on the calling thread (`Engine.callGuest`).
/// One closure serves every thread: the guest function is the thread's
/// `hostCallbackTarget`, set around the host call that uses it.
enum ComparatorClosure {
    static func make() -> UnsafeMutableRawPointer? {
        GuestCallbackClosure.make(args: [.pointer, .pointer], result: .sint32, handler: handler)
    }

    static let handler: GuestCallbackClosure.Handler = { _, ret, args, _ in
        let thread = HostCallRuntime.currentThread().unsafelyUnwrapped
        let base = UInt64(UInt(bitPattern: thread.engine.memory.base))
        let a = GuestCallbackClosure.pointerArg(args, 0)
        let b = GuestCallbackClosure.pointerArg(args, 1)
        let r = thread.engine.callGuest(thread, function: thread.hostCallbackTarget,
                                        args: (a &- base, b &- base, 0), argCount: 2)
        // An int result is returned in a full ffi_arg (libffi's closure API).
        ret.unsafelyUnwrapped.storeBytes(of: Int64(Int32(truncatingIfNeeded: r)), as: Int64.self)
    }
}
