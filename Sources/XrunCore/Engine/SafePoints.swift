import CXrunHost
import Glibc

/// When translated code may be freed: only while no other guest thread is inside the
/// block loop, the one place that holds raw block pointers (its current block, chained
/// exits, the jump cache, native code of the block it is in).
///
/// Why stop the world rather than count epochs per block: a guest thread in native
/// code chains from block to block without coming back to the loop, and the loop links
/// exits without a lock, so a thread can publish a pointer to a block at any moment it
/// runs. Waiting until every thread is outside the loop (QEMU does the same for
/// tb_flush: start_exclusive / cpu_exec_start in cpus-common.c) makes "nobody holds a
/// pointer to a dead block" a plain fact, and costs the running threads nothing on the
/// dispatch path: the loop is untouched; entering and leaving it (once per system call
/// or trap, `Engine.runUntilTrap`) is one store and one load each.
///
/// Each thread's `CPUHeader.guestDepth` counts how deep it is in the loop (a guest
/// function called back from the host nests one level); 0 is the safe point. A
/// reclaimer sets `pending`, asks the threads in the loop to leave at their next block
/// boundary (interrupt bit 3, which native chaining checks), waits until every depth is
/// 0, frees, and clears `pending`; a thread that enters meanwhile waits. A thread
/// blocked in a system call is already outside, so nobody waits for it. The store of
/// the depth and the load of `pending` (and the reverse on the reclaimer's side) are
/// sequentially consistent, so one side always sees the other (Dekker).
enum SafePoints {
    /// Interrupt-word bit asking a thread to leave the block loop for a reclaim.
    static let leaveBit: UInt32 = 8
    /// How long a reclaimer waits for the other threads (a thread inside a host call
    /// that waits for this one could otherwise never leave); then it gives up.
    static let patienceNanos: UInt64 = 500_000_000

    /// Every guest thread's CPU, with the block cache it runs from. Guarded by `lock`.
    nonisolated(unsafe) private static var threads: [(cpu: UnsafeMutableRawPointer, cache: ObjectIdentifier)] = []
    private static let lock: HostLock = {
        pthread_atfork(nil, nil, {
            // A fork child has only the forking thread (in a system call, depth 0);
            // waiting for the others would never end.
            let current = xrun_current_guest_thread().map {
                Unmanaged<GuestThread>.fromOpaque($0).takeUnretainedValue().cpu
            }
            SafePoints.threads.removeAll { $0.cpu != current }
            xrun_store_release_32(SafePoints.pending, 0)
        })
        return HostLock()
    }()
    nonisolated(unsafe) private static let pending: UnsafeMutablePointer<UInt32> = {
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    static func register(_ cpu: UnsafeMutableRawPointer, cache: BlockCache) {
        lock.withLock { threads.append((cpu, ObjectIdentifier(cache))) }
    }

    static func unregister(_ cpu: UnsafeMutableRawPointer) {
        lock.withLock { threads.removeAll { $0.cpu == cpu } }
    }

    @inline(__always) static func depth(_ cpu: UnsafeMutableRawPointer) -> UInt32 {
        xrun_load_acquire_32(cpu + CPUHeader.guestDepthOffset)
    }

    /// Before the block loop runs.
    @inline(__always) static func enter(_ cpu: UnsafeMutableRawPointer) {
        let d = cpu.load(fromByteOffset: CPUHeader.guestDepthOffset, as: UInt32.self)
        xrun_store_release_32(cpu + CPUHeader.guestDepthOffset, d + 1)
        if _slowPath(d == 0 && xrun_load_acquire_32(pending) != 0) { waitForReclaim(cpu) }
    }

    /// After the block loop returned (or a fault left it).
    @inline(__always) static func leave(_ cpu: UnsafeMutableRawPointer) {
        let d = cpu.load(fromByteOffset: CPUHeader.guestDepthOffset, as: UInt32.self)
        xrun_store_release_32(cpu + CPUHeader.guestDepthOffset, d - 1)
    }

    @inline(never) private static func waitForReclaim(_ cpu: UnsafeMutableRawPointer) {
        repeat {
            xrun_store_release_32(cpu + CPUHeader.guestDepthOffset, 0)
            while xrun_load_acquire_32(pending) != 0 { sched_yield() }
            xrun_store_release_32(cpu + CPUHeader.guestDepthOffset, 1)
        } while xrun_load_acquire_32(pending) != 0
    }

    /// Runs `body` while no thread but the caller (which must be at depth 0) is in the
    /// block loop, passing the CPUs of `cache`'s threads (to clear their jump caches).
    /// False, without running it, when the others did not get out in time.
    static func exclusive(caller: UnsafeMutableRawPointer, cache: BlockCache,
                          _ body: ([UnsafeMutableRawPointer]) -> Void) -> Bool {
        lock.withLock {
            xrun_store_release_32(pending, 1)
            defer { xrun_store_release_32(pending, 0) }
            let others = threads.filter { $0.cpu != caller }
            var start = timespec()
            clock_gettime(CLOCK_MONOTONIC, &start)
            while true {
                var inside = false
                for t in others where depth(t.cpu) != 0 {
                    inside = true
                    // Re-asked every round: the Linux layer's own updates of the
                    // interrupt word are not atomic and may lose the bit.
                    if t.cpu.interruptWord & leaveBit == 0 {
                        _ = xrun_fetch_or_32(t.cpu + CPUHeader.interruptOffset, leaveBit)
                    }
                }
                if !inside { break }
                var now = timespec()
                clock_gettime(CLOCK_MONOTONIC, &now)
                let waited = UInt64(now.tv_sec - start.tv_sec) &* 1_000_000_000
                    &+ UInt64(bitPattern: Int64(now.tv_nsec - start.tv_nsec))
                if waited > patienceNanos { return false }
                sched_yield()
            }
            let id = ObjectIdentifier(cache)
            body(threads.filter { $0.cache == id }.map { $0.cpu })
            return true
        }
    }
}
