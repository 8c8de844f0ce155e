/// The engine's part of every guest thread's CPU state. It sits at offset 0 of the
/// CPU allocation; the guest ISA's register file follows at `CPUHeader.size`.
/// Ops reach these fields through the raw pointer with constant offsets, so the
/// layout is fixed (checked once at start-up by `CPUHeader.checkLayout()`).
@frozen
public struct CPUHeader {
    /// Guest PC. Between blocks: where to continue. After a trap: the trapping
    /// instruction (faults, undefined, breakpoint) or the one after it (syscall).
    public var pc: UInt64
    /// Why the block loop stopped (`ExitReason`); 0 while running.
    public var exitReason: UInt32
    /// Which static successor the last block took (0 or 1), or 2 for an indirect jump.
    public var exitSlot: UInt32
    /// Host address of guest address 0.
    public var memBase: UInt64
    /// Set asynchronously (fault handler, signals, other threads): leave at the next
    /// block boundary. Bit 0: code pages were written. Bit 1: a signal is pending.
    /// Bit 2: the debugger stops every thread (`GuestDebugger`).
    /// Bit 3: translated code is being reclaimed (`SafePoints`).
    public var interrupt: UInt32
    /// How deep this thread is in the block loop; 0 at a safe point (`SafePoints`).
    public var guestDepth: UInt32
    /// Extra trap detail: the undefined instruction word, the BRK immediate, ...
    public var trapInfo: UInt64
    /// Address of a fault raised by an op itself (not by the host MMU).
    public var faultAddr: UInt64
    /// The block native code last left from (it may have chained through several):
    /// the block loop links that block's exit slot.
    public var lastBlock: UInt64
    /// The thread's jump cache (`GuestThread.jumpCache`), for native indirect branches.
    public var jumpCache: UInt64

    public static let size = 64
    public static let pcOffset = 0
    public static let exitReasonOffset = 8
    public static let exitSlotOffset = 12
    public static let memBaseOffset = 16
    public static let interruptOffset = 24
    public static let guestDepthOffset = 28
    public static let trapInfoOffset = 32
    public static let faultAddrOffset = 40
    public static let lastBlockOffset = 48
    public static let jumpCacheOffset = 56

    public static func checkLayout() {
        precondition(MemoryLayout<CPUHeader>.size == size)
        precondition(MemoryLayout<CPUHeader>.offset(of: \.interrupt) == interruptOffset)
        precondition(MemoryLayout<CPUHeader>.offset(of: \.guestDepth) == guestDepthOffset)
        precondition(MemoryLayout<CPUHeader>.offset(of: \.faultAddr) == faultAddrOffset)
        precondition(MemoryLayout<CPUHeader>.offset(of: \.lastBlock) == lastBlockOffset)
        precondition(MemoryLayout<CPUHeader>.offset(of: \.jumpCache) == jumpCacheOffset)
        precondition(MemoryLayout<Op>.size == 32)
        precondition(GuestMemory.addressLimit == 1 << 40, "GuestAccess.swift inlines the limit")
    }
}

public enum ExitReason: UInt32 {
    case none = 0
    case syscall = 1
    case undefined = 2
    case breakpoint = 3
    /// Instruction fetch from an address that is not executable; pc is the target.
    case fetchFault = 4
    case interrupt = 5
    /// A debugger breakpoint's trap op (`CommonOps.debugTrap`): pc is the breakpoint.
    case debugTrap = 6
}

/// Accessors ops use on the raw CPU pointer. `@inlinable` (the ops live in the ISA
/// modules) with literal offsets — the `CPUHeader` constants above, which
/// `checkLayout()` verifies — so each is one memory access in the generated code.
extension UnsafeMutableRawPointer {
    @inlinable @inline(__always) public var guestPC: UInt64 {
        get { load(fromByteOffset: 0, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: 0, as: UInt64.self) }
    }
    @inlinable @inline(__always) public var exitReason: UInt32 {
        get { load(fromByteOffset: 8, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: 8, as: UInt32.self) }
    }
    @inlinable @inline(__always) public var exitSlot: UInt32 {
        get { load(fromByteOffset: 12, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: 12, as: UInt32.self) }
    }
    @inlinable @inline(__always) public var trapInfo: UInt64 {
        get { load(fromByteOffset: 32, as: UInt64.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: 32, as: UInt64.self) }
    }
    @inlinable @inline(__always) public var interruptWord: UInt32 {
        get { load(fromByteOffset: 24, as: UInt32.self) }
        nonmutating set { storeBytes(of: newValue, toByteOffset: 24, as: UInt32.self) }
    }

    /// Ends the block at a branch: continue at `target` through static successor `slot`.
    @inlinable @inline(__always) public func branch(to target: UInt64, slot: UInt32) {
        guestPC = target
        exitSlot = slot
    }
    /// Ends the block at an indirect branch (register target): looked up by PC.
    @inlinable @inline(__always) public func branchIndirect(to target: UInt64) {
        guestPC = target
        exitSlot = 2
    }
    /// Leaves the block loop with a trap for the Linux layer.
    @inlinable @inline(__always) public func trap(_ reason: ExitReason, pc: UInt64, info: UInt64 = 0) {
        guestPC = pc
        trapInfo = info
        exitReason = reason.rawValue
        exitSlot = 2
    }
}
