/// What the Linux layer decided about a signal delivery; the ISA writes the frame.
public struct SignalFrameRequest {
    public var signal: Int32
    /// The guest siginfo_t (128 bytes; the same layout on every 64-bit Linux ABI).
    public var info: [UInt8]
    public var handler: UInt64
    /// Return address of the handler: SA_RESTORER's or the sigreturn trampoline.
    public var returnAddress: UInt64
    /// Mask to restore on sigreturn.
    public var savedMask: UInt64
    /// Top of the stack to build the frame on (the current SP or the alternate stack).
    public var stackPointer: UInt64
    /// uc_stack contents: the alternate stack as sigaltstack describes it.
    public var altStackBase: UInt64
    public var altStackFlags: Int32
    public var altStackSize: UInt64
    /// For faults: the faulting address (sigcontext.fault_address).
    public var faultAddress: UInt64

    public init(signal: Int32, info: [UInt8], handler: UInt64, returnAddress: UInt64, savedMask: UInt64,
                stackPointer: UInt64, altStackBase: UInt64 = 0, altStackFlags: Int32 = 2, altStackSize: UInt64 = 0,
                faultAddress: UInt64 = 0) {
        self.signal = signal; self.info = info; self.handler = handler; self.returnAddress = returnAddress
        self.savedMask = savedMask; self.stackPointer = stackPointer; self.altStackBase = altStackBase
        self.altStackFlags = altStackFlags; self.altStackSize = altStackSize; self.faultAddress = faultAddress
    }
}
