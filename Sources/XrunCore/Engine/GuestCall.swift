import CXrunHost

extension Engine {
    /// Where a guest function called from the host returns to: above the guest
    /// address space, so fetching it stops the block loop (a fetch fault at exactly
    /// this PC) and cannot be guest code.
    public static let hostReturnAddress: UInt64 = 0x00ff_ffff_fff0_0000

    /// Calls the guest function at `function` with integer arguments `args` on the
    /// current guest thread and returns its integer result: the way host code
    /// (a qsort comparator closure, the guest's own __errno_location) re-enters the
    /// guest. It runs on the caller's stack (below the guest SP, as a nested call
    /// would), system calls and signals inside it are handled as usual, and the
    /// registers the guest's convention does not preserve are left as the callee
    /// left them. The PC and the return-address register are put back.
    public func callGuest(_ thread: GuestThread, function: UInt64, args: (UInt64, UInt64, UInt64) = (0, 0, 0),
                          argCount: Int) -> UInt64 {
        let cpu = thread.cpu
        let cc = isa.callConvention
        let savedPC = cpu.guestPC
        let savedLR = cc.returnAddress(cpu)
        let savedSlot = cpu.exitSlot
        if argCount > 0 { cc.setIntArg(cpu, 0, args.0) }
        if argCount > 1 { cc.setIntArg(cpu, 1, args.1) }
        if argCount > 2 { cc.setIntArg(cpu, 2, args.2) }
        cpu.storeBytes(of: Self.hostReturnAddress, toByteOffset: cc.returnAddress, as: UInt64.self)
        cpu.guestPC = function
        while true {
            let trap = runUntilTrap(thread)
            if case .fault(let pc, _, _, _, _) = trap, pc == Self.hostReturnAddress { break }
            isa.absorbHostFPFlags(cpu)
            trapHandler!.handle(trap, thread: thread)
            HostFPFlags.clear()
        }
        cpu.exitReason = 0
        cpu.exitSlot = savedSlot
        cpu.guestPC = savedPC
        cpu.storeBytes(of: savedLR, toByteOffset: cc.returnAddress, as: UInt64.self)
        return cc.intArg(cpu, 0)
    }
}
