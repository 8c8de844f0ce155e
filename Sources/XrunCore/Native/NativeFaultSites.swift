import CXrunHost

/// Where the guest memory accesses of native code are, so that a host fault inside
/// it is reported at the guest instruction that made the access. Native code stores
/// no guest PC before an access (that was two instructions on every load and store):
/// each access's position is recorded when its block is placed — the host address of
/// its `beginAccess` sequence and the guest PC — and the fault path
/// (`BlockCache.absorbNativeFault`) takes the last site at or before the faulting
/// host instruction. Only guest accesses fault in native code, and each one follows
/// its own instruction's `beginAccess` in the same block. A site also says which
/// guest registers are only in host registers there (`NativeContext.dirtyCode`): the
/// fault path stores them from the registers the fault handler saved, so the guest
/// sees every register the instructions before the faulting one wrote.
///
/// Code is placed in address order (`CodeBuffer` is a bump allocator) and sites in
/// offset order within a block, so the table stays sorted by appending, and it is
/// emptied when the buffer starts over. Each block begins with an entry without a PC,
/// so a host address of a block that has no site before it never gets another
/// block's PC. Under the block cache's lock, like the buffer.
struct NativeFaultSites {
    private var hostAddresses: [UInt] = []
    private var guestPCs: [UInt64] = []
    private var dirtyCodes: [UInt64] = []
    private static let noSite = UInt64.max

    /// The sites of a block just placed at `code` (offsets from there).
    mutating func add(block code: UnsafeRawPointer, sites: [(offset: Int, pc: UInt64, dirty: UInt64)]) {
        let base = UInt(bitPattern: code)
        precondition(hostAddresses.last.map { $0 < base } ?? true, "code is placed in address order")
        hostAddresses.append(base)
        guestPCs.append(Self.noSite)
        dirtyCodes.append(0)
        for s in sites {
            hostAddresses.append(base + UInt(s.offset))
            guestPCs.append(s.pc)
            dirtyCodes.append(s.dirty)
        }
    }

    /// The code buffer started over.
    mutating func removeAll() {
        hostAddresses.removeAll(keepingCapacity: true)
        guestPCs.removeAll(keepingCapacity: true)
        dirtyCodes.removeAll(keepingCapacity: true)
    }

    /// The guest PC of the access whose host code contains `host`, and its dirty
    /// registers, if there is one.
    func site(at host: UInt) -> (pc: UInt64, dirty: UInt64)? {
        // The last entry at or before `host`: lo ends as the count of entries <= host.
        var lo = 0, hi = hostAddresses.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hostAddresses[mid] <= host { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, guestPCs[lo - 1] != Self.noSite else { return nil }
        return (guestPCs[lo - 1], dirtyCodes[lo - 1])
    }
}

extension BlockCache {
    /// After a guest access faulted (`xrun_guarded` returned a signal): when the
    /// faulting host instruction is native code, sets the guest PC to the instruction
    /// that made the access (interpreted and called ops stored their PC themselves)
    /// and stores the guest registers that were only in host registers there.
    /// Before the thread leaves its safe point (`SafePoints.leave`): until then no
    /// reclaim can reset the buffer and its sites.
    func absorbNativeFault(_ cpu: UnsafeMutableRawPointer, _ fault: xrun_fault_info_t) {
        guard let native, fault.host_pc != 0, native.buffer.contains(UInt(fault.host_pc)) else { return }
        guard let site = lock.withLock({ native.faultSites.site(at: UInt(fault.host_pc)) }) else { return }
        cpu.guestPC = site.pc
        withUnsafeBytes(of: fault.pool) { saved in
            for i in 0..<NativeContext.cachePool.count {
                let slot = Int((site.dirty >> (8 * UInt64(i))) & 0xFF)
                if slot != 0 { cpu.storeBytes(of: saved.load(fromByteOffset: 8 * i, as: UInt64.self), toByteOffset: 8 * slot, as: UInt64.self) }
            }
        }
    }
}
