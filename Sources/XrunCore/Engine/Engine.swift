import CXrunHost

/// What stopped guest execution and needs the Linux layer.
public enum Trap: Equatable, Sendable {
    case syscall
    /// An instruction this emulator does not implement, or UDF: SIGILL.
    case undefined(pc: UInt64, word: UInt64)
    /// BRK / EBREAK: SIGTRAP.
    case breakpoint(pc: UInt64, info: UInt64)
    /// A guest memory access or instruction fetch faulted.
    case fault(pc: UInt64, addr: UInt64, signal: Int32, code: Int32, write: Bool)
    /// Someone asked the thread to stop at a block boundary (pending signal).
    case interrupt
    /// A debugger breakpoint at `pc` (before the instruction there runs). Only a
    /// thread run by a `GuestDebugger` meets one; it never reaches the Linux layer.
    case debugBreakpoint(pc: UInt64)
}

/// The Linux layer: handles traps. May not return (exit, fatal signal).
public protocol TrapHandler: AnyObject {
    func handle(_ trap: Trap, thread: GuestThread)
}

/// Ties an ISA, a guest address space and the block cache together, and runs
/// guest threads: block loop inside the fault guard, traps outside it.
public final class Engine: @unchecked Sendable {
    public let isa: GuestISA
    public let memory: GuestMemory
    public let cache: BlockCache
    public weak var trapHandler: TrapHandler?
    /// The gdb stub (`-g`), when there is one: it runs the guest threads (its own
    /// loop around `runUntilTrap`), and the Linux layer tells it of signals, system
    /// calls and the end of the process. Nil: nothing of it is on any path.
    public var debugger: GuestDebugger?

    /// `nativeThreshold`: interpreted runs before a block is compiled to host code
    /// (default: XRUN_NATIVE_THRESHOLD, else 16); the tier is off with XRUN_NATIVE=0.
    public init(isa: GuestISA, memory: GuestMemory, nativeThreshold: UInt64? = nil) {
        CPUHeader.checkLayout()
        self.isa = isa
        self.memory = memory
        self.cache = BlockCache(isa: isa, memory: memory, nativeThreshold: nativeThreshold)
        memory.codeObserver = cache
    }

    /// Runs `thread` on the calling host thread until the guest thread exits (the
    /// Linux layer ends the whole process itself on exit_group or a fatal signal).
    public func run(_ thread: GuestThread) {
        attach(thread)
        if let debugger, !thread.runsUndebugged {
            debugger.run(thread)
            return
        }
        while !thread.exited {
            var trap = runUntilTrap(thread)
            if case .debugBreakpoint = trap {
                // A thread gdb does not see (a vfork child, sharing the translated
                // blocks and so gdb's breakpoints): it runs the instruction underneath.
                guard let t = stepInstruction(thread) else { continue }
                trap = t
            }
            isa.absorbHostFPFlags(thread.cpu)
            trapHandler!.handle(trap, thread: thread)
            HostFPFlags.clear()
        }
        SafePoints.unregister(thread.cpu)
    }

    /// Makes the calling host thread the one that runs `thread` (fault reporting).
    public func attach(_ thread: GuestThread) {
        xrun_set_current_guest_thread(Unmanaged.passUnretained(thread).toOpaque())
        xrun_set_thread_interrupt(
            (thread.cpu + CPUHeader.interruptOffset).assumingMemoryBound(to: UInt32.self))
    }

    /// Runs guest code until something needs the Linux layer, and says what.
    public func runUntilTrap(_ thread: GuestThread) -> Trap {
        let cpu = thread.cpu
        let ctx = Unmanaged.passUnretained(thread).toOpaque()
        while true {
            // The safe point: this thread holds no block (`SafePoints`).
            if _slowPath(cache.reclaimIsDue) && SafePoints.depth(cpu) == 0 { cache.reclaim(by: cpu) }
            cpu.exitReason = 0
            SafePoints.enter(cpu)
            let sig = xrun_guarded(runBlocksEntry, ctx)
            if sig != 0 { cache.absorbNativeFault(cpu, xrun_fault_info()) }
            SafePoints.leave(cpu)
            if cpu.interruptWord & SafePoints.leaveBit != 0 {
                _ = xrun_fetch_andnot_32(cpu + CPUHeader.interruptOffset, SafePoints.leaveBit)
            }
            if sig != 0 {
                let f = xrun_fault_info()
                return .fault(pc: cpu.guestPC, addr: f.guest_addr, signal: f.signo,
                              code: f.code, write: f.is_write != 0)
            }
            if cpu.interruptWord & 1 != 0 { absorbCodeWrites(cpu) }
            if let trap = exitTrap(cpu) { return trap }
            if cpu.interruptWord == 0 { continue }
            return .interrupt
        }
    }

    /// The trap an op's exit reason stands for; nil when the loop merely left
    /// (interrupt word, or nothing).
    private func exitTrap(_ cpu: UnsafeMutableRawPointer) -> Trap? {
        switch ExitReason(rawValue: cpu.exitReason) ?? .none {
        case .syscall: return .syscall
        case .undefined: return .undefined(pc: cpu.guestPC, word: cpu.trapInfo)
        case .breakpoint: return .breakpoint(pc: cpu.guestPC, info: cpu.trapInfo)
        case .debugTrap: return .debugBreakpoint(pc: cpu.guestPC)
        case .fetchFault:
            let pc = cpu.guestPC
            let mapped = pc < GuestMemory.addressLimit
                && memory.flags(ofPage: pc >> GuestMemory.pageShift) & UInt8(XRUN_PAGE_MAPPED) != 0
            // SIGSEGV, SEGV_ACCERR (2) when mapped but not executable, else SEGV_MAPERR (1).
            return .fault(pc: pc, addr: pc, signal: 11, code: mapped ? 2 : 1, write: false)
        case .interrupt, .none:
            return nil
        }
    }

    /// The Linux layer's part of a trap, with the FP-flag hand-over `run` does.
    public func handleTrap(_ trap: Trap, _ thread: GuestThread) {
        isa.absorbHostFPFlags(thread.cpu)
        trapHandler!.handle(trap, thread: thread)
        HostFPFlags.clear()
    }

    /// Runs exactly one guest instruction of `thread` — the debugger's single step —
    /// from a block of its own that no other thread sees and that carries no
    /// breakpoint trap (so stepping off a breakpoint runs the instruction under it).
    /// Nil when the instruction completed without a trap.
    public func stepInstruction(_ thread: GuestThread) -> Trap? {
        let cpu = thread.cpu
        guard let block = cache.singleInstructionBlock(at: cpu.guestPC) else {
            cpu.exitReason = ExitReason.fetchFault.rawValue
            return exitTrap(cpu)
        }
        defer { UnsafeMutableRawPointer(block).deallocate() }
        thread.stepBlock = block
        defer { thread.stepBlock = nil }
        cpu.exitReason = 0
        let sig = xrun_guarded(runStepBlockEntry, Unmanaged.passUnretained(thread).toOpaque())
        if sig != 0 {
            let f = xrun_fault_info()
            return .fault(pc: cpu.guestPC, addr: f.guest_addr, signal: f.signo, code: f.code, write: f.is_write != 0)
        }
        if cpu.interruptWord & 1 != 0 { absorbCodeWrites(cpu) }
        return exitTrap(cpu)
    }

    /// The fault handler unlocked code pages the guest wrote: memory tells the block
    /// cache, which drops their blocks.
    private func absorbCodeWrites(_ cpu: UnsafeMutableRawPointer) {
        let interrupt = (cpu + CPUHeader.interruptOffset).assumingMemoryBound(to: UInt32.self)
        // Clear the bit before taking the pages, so a write racing with us re-arms it.
        interrupt.pointee &= ~1
        memory.takeGuestCodeWrites()
    }
}
