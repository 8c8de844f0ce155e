/// Guest PC → block: a flat open-addressed hash table of raw pointers (linear probing),
/// the shared map behind every thread's jump cache. A Swift `Dictionary` here cost
/// 5–7% of compiler- and JIT-like guests (hashing through generic witnesses, ARC on
/// its storage) where the per-thread jump cache misses often. Not thread-safe: the
/// block cache's lock guards it.
struct BlockTable {
    private struct Entry {
        var pc: UInt64
        var block: Block?
    }
    /// Guest PCs are even on both guests (A64: 4-aligned; RISC-V: 2-aligned), so odd
    /// keys can mark free and deleted slots.
    private static let free: UInt64 = 1
    private static let deleted: UInt64 = 3

    private var slots: UnsafeMutablePointer<Entry>
    private var mask: Int
    /// Live entries, and live plus deleted (what decides a rebuild).
    private(set) var count = 0
    private var used = 0

    init(capacity: Int = 1 << 9) {
        mask = capacity - 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Entry(pc: Self.free, block: nil), count: capacity)
    }

    @inline(__always) private func home(_ pc: UInt64) -> Int {
        // Fibonacci hashing of the instruction index: neighbouring blocks spread out.
        Int(truncatingIfNeeded: ((pc >> 1) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    func find(_ pc: UInt64) -> Block? {
        var i = home(pc)
        while true {
            let e = slots[i]
            if e.pc == pc { return e.block }
            if e.pc == Self.free { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ pc: UInt64, _ block: Block) {
        if (used + 1) * 4 > (mask + 1) * 3 { rebuild(doubling: count * 2 >= mask + 1) }
        var i = home(pc)
        var reuse: Int?
        while true {
            let key = slots[i].pc
            if key == pc { slots[i].block = block; return }
            if key == Self.deleted, reuse == nil { reuse = i }
            if key == Self.free { break }
            i = (i + 1) & mask
        }
        if let r = reuse { i = r } else { used += 1 }
        slots[i] = Entry(pc: pc, block: block)
        count += 1
    }

    /// Removes `pc` if it maps to `block` (a newer block for the same PC stays).
    mutating func remove(_ pc: UInt64, ifIt block: Block) {
        var i = home(pc)
        while true {
            let e = slots[i]
            if e.pc == pc {
                if e.block == block { slots[i] = Entry(pc: Self.deleted, block: nil); count -= 1 }
                return
            }
            if e.pc == Self.free { return }
            i = (i + 1) & mask
        }
    }

    mutating func removeAll() {
        slots.update(repeating: Entry(pc: Self.free, block: nil), count: mask + 1)
        count = 0
        used = 0
    }

    /// Every live block (for invalidating all of them).
    func forEach(_ body: (Block) -> Void) {
        for i in 0...mask where slots[i].pc & 1 == 0 { if let b = slots[i].block { body(b) } }
    }

    private mutating func rebuild(doubling: Bool) {
        let old = slots, oldCapacity = mask + 1
        let capacity = doubling ? oldCapacity * 2 : oldCapacity
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Entry(pc: Self.free, block: nil), count: capacity)
        mask = capacity - 1
        count = 0
        used = 0
        for i in 0..<oldCapacity where old[i].pc & 1 == 0 {
            if let b = old[i].block { insert(old[i].pc, b) }
        }
        old.deinitialize(count: oldCapacity)
        old.deallocate()
    }
}
