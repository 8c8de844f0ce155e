/// The block cache hears of every change to guest pages it translated from through
/// guest memory's one notification path (`GuestMemory.codeObserver`, installed by
/// `Engine`): mapping changes, guest writes caught by the fault handler, and host
/// writes announced with `GuestMemory.hostWillWrite`.
extension BlockCache: GuestCodeObserver {
    public func guestCodeChanged(_ lo: UInt64, _ hi: UInt64) { invalidate(lo, hi) }
    public func allGuestCodeChanged() { invalidateAll() }
}
