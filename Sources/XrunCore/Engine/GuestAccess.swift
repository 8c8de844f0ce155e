import CXrunHost

/// Guest memory access from ops: one add to `memBase`, plus one predictable compare
/// that keeps addresses beyond the reserved region from reaching host memory.
/// A host fault inside the region (unmapped, protected) is caught by the SIGSEGV
/// handler in CXrunHost and becomes a guest fault at `CPUHeader.pc`, which every
/// memory op sets before it touches memory (`beginAccess`).
extension UnsafeMutableRawPointer {
    @inlinable @inline(__always) public func beginAccess(_ op: UnsafePointer<Op>) {
        guestPC = op.pointee.pc
    }

    /// Host address of guest address `addr` for an access of at most 64 bytes.
    @inlinable @inline(__always) public func host(_ addr: UInt64) -> UnsafeMutableRawPointer {
        if _slowPath(addr >= 1 << 40 /* GuestMemory.addressLimit */) { guestAddressOutOfRange(addr) }
        let base = load(fromByteOffset: 16 /* CPUHeader.memBaseOffset */, as: UInt64.self)
        return UnsafeMutableRawPointer(bitPattern: UInt(base &+ addr)).unsafelyUnwrapped
    }
}

@inline(never) @usableFromInline
func guestAddressOutOfRange(_ addr: UInt64) -> Never {
    xrun_guest_fault(addr, 11 /* SIGSEGV */, 1 /* SEGV_MAPERR */)
}
