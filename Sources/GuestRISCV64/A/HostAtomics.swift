import Synchronization

/// Host atomic read-modify-write on raw guest memory, for LR/SC and AMOs.
///
/// These are real host atomics: guest memory is viewed through the standard
/// library's `Atomic<T>` (same size and alignment as `T`, at a stable address), so
/// each operation is one lock-prefixed x86 instruction or a lock cmpxchg loop —
/// a full barrier, which covers every aq/rl combination. The names follow
/// `CXrunHost/include/xrun_atomics.h` (xrun_cas_32 ↔ cas32, ...), so these bodies
/// can be pointed at that header once it is merged, with no change to the callers.
/// Callers guarantee natural alignment (misaligned atomics are SIGBUS).
enum RVAtomics {
    @inline(__always)
    static func cas32(_ p: UnsafeMutableRawPointer, _ expected: UInt32, _ desired: UInt32) -> UInt32 {
        p.assumingMemoryBound(to: Atomic<UInt32>.self).pointee
            .compareExchange(expected: expected, desired: desired, ordering: .sequentiallyConsistent).original
    }
    @inline(__always)
    static func cas64(_ p: UnsafeMutableRawPointer, _ expected: UInt64, _ desired: UInt64) -> UInt64 {
        p.assumingMemoryBound(to: Atomic<UInt64>.self).pointee
            .compareExchange(expected: expected, desired: desired, ordering: .sequentiallyConsistent).original
    }
    @inline(__always)
    static func swap32(_ p: UnsafeMutableRawPointer, _ v: UInt32) -> UInt32 {
        p.assumingMemoryBound(to: Atomic<UInt32>.self).pointee.exchange(v, ordering: .sequentiallyConsistent)
    }
    @inline(__always)
    static func swap64(_ p: UnsafeMutableRawPointer, _ v: UInt64) -> UInt64 {
        p.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.exchange(v, ordering: .sequentiallyConsistent)
    }
    @inline(__always)
    static func fetchAdd32(_ p: UnsafeMutableRawPointer, _ v: UInt32) -> UInt32 {
        p.assumingMemoryBound(to: Atomic<UInt32>.self).pointee.wrappingAdd(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchAdd64(_ p: UnsafeMutableRawPointer, _ v: UInt64) -> UInt64 {
        p.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.wrappingAdd(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchAnd32(_ p: UnsafeMutableRawPointer, _ v: UInt32) -> UInt32 {
        p.assumingMemoryBound(to: Atomic<UInt32>.self).pointee.bitwiseAnd(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchAnd64(_ p: UnsafeMutableRawPointer, _ v: UInt64) -> UInt64 {
        p.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.bitwiseAnd(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchOr32(_ p: UnsafeMutableRawPointer, _ v: UInt32) -> UInt32 {
        p.assumingMemoryBound(to: Atomic<UInt32>.self).pointee.bitwiseOr(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchOr64(_ p: UnsafeMutableRawPointer, _ v: UInt64) -> UInt64 {
        p.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.bitwiseOr(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchXor32(_ p: UnsafeMutableRawPointer, _ v: UInt32) -> UInt32 {
        p.assumingMemoryBound(to: Atomic<UInt32>.self).pointee.bitwiseXor(v, ordering: .sequentiallyConsistent).oldValue
    }
    @inline(__always)
    static func fetchXor64(_ p: UnsafeMutableRawPointer, _ v: UInt64) -> UInt64 {
        p.assumingMemoryBound(to: Atomic<UInt64>.self).pointee.bitwiseXor(v, ordering: .sequentiallyConsistent).oldValue
    }

    /// min/max: a compare-exchange loop. The store happens even when the value does
    /// not change, as the guest's does (a read-only page faults as a write).
    @inline(__always)
    static func fetchUpdate32(_ p: UnsafeMutableRawPointer, _ f: (UInt32) -> UInt32) -> UInt32 {
        let a = p.assumingMemoryBound(to: Atomic<UInt32>.self)
        var old = a.pointee.load(ordering: .relaxed)
        while true {
            let r = a.pointee.weakCompareExchange(expected: old, desired: f(old),
                                                  successOrdering: .sequentiallyConsistent, failureOrdering: .relaxed)
            if r.exchanged { return old }
            old = r.original
        }
    }
    @inline(__always)
    static func fetchUpdate64(_ p: UnsafeMutableRawPointer, _ f: (UInt64) -> UInt64) -> UInt64 {
        let a = p.assumingMemoryBound(to: Atomic<UInt64>.self)
        var old = a.pointee.load(ordering: .relaxed)
        while true {
            let r = a.pointee.weakCompareExchange(expected: old, desired: f(old),
                                                  successOrdering: .sequentiallyConsistent, failureOrdering: .relaxed)
            if r.exchanged { return old }
            old = r.original
        }
    }

    /// Full host barrier (mfence or a locked instruction).
    @inline(__always)
    static func fence() { atomicMemoryFence(ordering: .sequentiallyConsistent) }
}
