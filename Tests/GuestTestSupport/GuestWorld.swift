import CXrunHost
import Glibc
import XrunCore

/// One guest address space with one thread, executing in one tier.
public final class GuestWorld {
    public let tier: Tier
    public let memory: GuestMemory
    public let engine: Engine
    public let thread: GuestThread
    public var cpu: UnsafeMutableRawPointer { thread.cpu }

    init(isa: GuestISA, tier: Tier) throws {
        self.tier = tier
        memory = try GuestMemory()
        engine = Engine(isa: isa, memory: memory, nativeThreshold: tier.nativeThreshold)
        thread = GuestThread(engine: engine, tid: 1)
    }

    /// Runs until a trap. The host's fault handler knows one guest address space at a
    /// time (the last one made): point it at this one first.
    public func run() -> Trap {
        xrun_fault_setup(UInt(bitPattern: memory.base), GuestMemory.addressLimit + GuestMemory.guardSize,
                         memory.pageFlags)
        engine.attach(thread)
        return engine.runUntilTrap(thread)
    }

    /// Makes this world's registers and memory those of `other` (which must have
    /// mappings of the same kind: private, anonymous).
    func copyState(from other: GuestWorld, stateSize: Int) {
        cpu.guestPC = other.cpu.guestPC
        (cpu + CPUHeader.size).copyMemory(from: other.cpu + CPUHeader.size, byteCount: stateSize)
        let mine = memory.mappings.areas, theirs = other.memory.mappings.areas
        for m in mine where !theirs.contains(m) { memory.unmap(m.start, m.end - m.start) }
        for m in theirs {
            let len = m.end - m.start
            let present = memory.mappings.areas.contains(m)
            if !present {
                _ = memory.map(m.start, len, prot: [.read, .write], shared: false, fd: -1, offset: 0)
            }
            // Unreadable guest pages are unreadable on the host too, and the guest
            // cannot see what they hold.
            guard m.prot.contains(.read) else {
                if !present { _ = memory.protect(m.start, len, m.prot) }
                continue
            }
            if present && memcmp(memory.host(m.start), other.memory.host(m.start), Int(len)) == 0 { continue }
            // Writable first: code pages are write-protected on the host once translated,
            // and re-protecting drops their blocks.
            if present { _ = memory.protect(m.start, len, [.read, .write]) }
            memory.host(m.start).copyMemory(from: other.memory.host(m.start), byteCount: Int(len))
            _ = memory.protect(m.start, len, m.prot)
        }
    }
}
