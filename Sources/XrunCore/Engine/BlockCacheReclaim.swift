import CXrunHost

/// Freeing translated code, so a guest that regenerates code forever (a JIT, V8
/// churning functions, a self-modifying program) runs in bounded memory.
///
/// Invalidation (`invalidate`) only retires a block: it clears `valid` and lists it,
/// because another thread may be running it or about to chain to it. The memory goes
/// at a safe point (`SafePoints`: every other thread outside the block loop), in one
/// of two ways:
/// - retired blocks only, once their records reach `CodeBudget.retiredBytes`: the live
///   blocks' exits that point at them are cut and every jump cache entry for them is
///   cleared — after that nothing can reach them — and they are freed. Their native
///   code stays in the code buffer (it is a bump allocator).
/// - everything, when the code buffer is full, when dead native code is at least
///   `CodeBudget.deadCodeBytes` and half of the buffer, or when live records exceed the
///   budget: every block is freed, the code buffer starts over and the jump caches are
///   emptied; what runs again is translated again (QEMU's tb_flush).
extension BlockCache {
    enum Reclaim: UInt32 {
        case none = 0
        case retired = 1
        case everything = 2
    }

    /// Under `lock`: an invalidated block waits in `retired` until it can be freed.
    func retire(_ b: Block) {
        let bytes = Block.allocationSize(b.pointee.count)
        liveBytes -= bytes
        retiredBytes += bytes
        deadCodeBytes += b.codeBytes.pointee
        retired.append(b)
    }

    /// Under `lock`: sets `reclaimWanted` from the budget.
    func updateReclaimWanted() {
        if reclaimHoldOff > 0 {
            reclaimHoldOff -= 1
            return
        }
        var want = Reclaim.none
        if let buffer = native?.buffer, buffer.isFull
            || (deadCodeBytes >= CodeBudget.deadCodeBytes && deadCodeBytes * 2 >= buffer.used) {
            want = .everything
        } else if liveBytes > budget.totalBytes {
            want = .everything
        } else if retiredBytes >= CodeBudget.retiredBytes {
            want = .retired
        }
        if want.rawValue > reclaimWanted.pointee { xrun_store_release_32(reclaimWanted, want.rawValue) }
    }

    /// Whether a reclaim is due: read at every safe point, without the lock.
    @inline(__always) var reclaimIsDue: Bool { xrun_load_acquire_32(reclaimWanted) != 0 }

    /// Frees what is due. The caller is a guest thread at its safe point (`cpu`'s depth
    /// is 0); it waits until the others are out of the block loop.
    func reclaim(by cpu: UnsafeMutableRawPointer) {
        let done = SafePoints.exclusive(caller: cpu, cache: self) { cpus in
            lock.withLock { reclaimLocked(cpus) }
        }
        if !done {
            // A thread stayed inside (a host call waiting for this one, say): go on
            // without reclaiming for a while rather than stall at every translation.
            lock.withLock {
                xrun_store_release_32(reclaimWanted, 0)
                reclaimHoldOff = 4096
            }
        }
    }

    /// Under `lock`, every other thread of this cache outside the block loop.
    private func reclaimLocked(_ cpus: [UnsafeMutableRawPointer]) {
        updateReclaimWanted()
        let want = Reclaim(rawValue: xrun_load_acquire_32(reclaimWanted)) ?? .none
        xrun_store_release_32(reclaimWanted, 0)
        switch want {
        case .none:
            return
        case .everything:
            blocks.forEach {
                $0.pointee.valid = 0
                retire($0)
            }
            blocks.removeAll()
            for page in blocksByPage.keys { memory.forgetCode(page: page) }
            blocksByPage.removeAll()
            links.removeAll()
            native?.resetCode()
            deadCodeBytes = 0
            for cpu in cpus { Self.jumpCache(of: cpu).update(repeating: nil, count: GuestThread.jumpCacheSize) }
            stats.flushes += 1
        case .retired:
            blocks.forEach { b in
                if let n = b.pointee.next0, n.pointee.valid == 0 { b.pointee.next0 = nil }
                if let n = b.pointee.next1, n.pointee.valid == 0 { b.pointee.next1 = nil }
            }
            for cpu in cpus {
                let cache = Self.jumpCache(of: cpu)
                for i in 0..<GuestThread.jumpCacheSize {
                    if let b = cache[i], b.pointee.valid == 0 { cache[i] = nil }
                }
            }
            // A block whose last instruction crosses into the next page is also listed
            // under that page, which may not have been invalidated.
            for b in retired {
                let first = b.pointee.startPC >> GuestMemory.pageShift
                let last = (b.pointee.endPC - 1) >> GuestMemory.pageShift
                if last == first { continue }
                for page in first...last { blocksByPage[page]?.removeAll { $0 == b } }
            }
            purgeLinks()
            stats.reclaims += 1
        }
        stats.freedBlocks += retired.count
        for b in retired { UnsafeMutableRawPointer(b).deallocate() }
        retired.removeAll()
        retiredBytes = 0
        generation &+= 1
    }

    private static func jumpCache(of cpu: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Block?> {
        UnsafeMutablePointer(bitPattern: UInt(cpu.load(fromByteOffset: CPUHeader.jumpCacheOffset, as: UInt64.self)))!
    }
}
