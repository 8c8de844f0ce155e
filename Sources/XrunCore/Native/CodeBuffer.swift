import CXrunHost
import Glibc

/// Executable memory for the native tier: a bump allocator over one anonymous mapping
/// of `capacity` bytes (reserved, not committed: only the part used becomes resident).
/// Code is never freed one block at a time: when the buffer is full (`isFull`), or
/// holds too much code of invalidated blocks, the block cache flushes everything and
/// `reset` starts it over (`BlockCache.reclaim`), as QEMU's tb_flush does with its
/// code_gen_buffer. Callers hold the block cache's lock.
///
/// The buffer is placed within ±2 GiB of xrun's own text, so the generated code
/// calls the ops (which live there) with a direct `call rel32` — a predicted branch —
/// instead of `mov rax, imm64; call rax`.
final class CodeBuffer {
    let capacity: Int
    private var start: UnsafeMutableRawPointer?
    private(set) var used = 0
    private var size = 0
    /// A `reserve` did not fit: the block cache should flush.
    private(set) var isFull = false
    /// Where the ops live: xrun's own text.
    private let textAnchor = UInt(bitPattern: xrun_text_anchor())

    init(capacity: Int) {
        self.capacity = (capacity + 0xFFFF) & ~0xFFFF
    }

    /// Whether code placed anywhere in the current chunk reaches `target` with rel32.
    func isNear(_ target: UnsafeRawPointer) -> Bool {
        guard let s = start else { return false }
        let t = Int(bitPattern: UInt(bitPattern: target))
        let lo = Int(bitPattern: UInt(bitPattern: s)), hi = lo + size
        let limit = Int(Int32.max) - 4096
        return abs(t - lo) < limit && abs(t - hi) < limit
    }

    /// Room for `count` bytes. False when the buffer is full (until `reset`), or when
    /// the host refuses executable memory (then the engine runs without the native tier).
    func reserve(_ count: Int) -> Bool {
        if start != nil {
            if used + count <= size { return true }
            isFull = true
            return false
        }
        let bytes = capacity
        let prot = PROT_READ | PROT_WRITE | PROT_EXEC
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
        var p: UnsafeMutableRawPointer?
        // Just below xrun's text: free in a PIE process layout, and close.
        let hint = (textAnchor &- UInt(bytes) &- UInt(64 << 20)) & ~UInt(0xFFFF)
        let q = mmap(UnsafeMutableRawPointer(bitPattern: hint), bytes, prot,
                     flags | 0x100000 /* MAP_FIXED_NOREPLACE */, -1, 0)
        if q != MAP_FAILED { p = q }
        if p == nil {
            let q = mmap(nil, bytes, prot, flags, -1, 0)
            guard q != MAP_FAILED else { return false }
            p = q
        }
        start = p
        size = bytes
        used = 0
        return used + count <= size
    }

    /// Forgets all code (every block that pointed into it is gone).
    func reset() {
        used = 0
        isFull = false
    }

    /// Whether `address` is inside the buffer's mapping (the fault path asks, without
    /// the lock: the mapping is made once, before any code runs from it).
    func contains(_ address: UInt) -> Bool {
        guard let s = start else { return false }
        return address &- UInt(bitPattern: s) < UInt(size)
    }

    /// The address the next `place` will put code at (after `reserve`).
    var cursor: UnsafeMutableRawPointer? { start.map { $0 + used } }

    /// Copies the assembled code in, patches its absolute calls, returns its entry.
    /// Nil if it does not fit the chunk `reserve` made room in (the near/far call
    /// choices were made for that chunk).
    func place(_ asm: X86Assembler) -> UnsafeMutableRawPointer? {
        guard let dst = cursor, used + asm.count <= size else { return nil }
        asm.bytes.withUnsafeBytes { dst.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        for (offset, target) in asm.absoluteCalls {
            let next = Int(bitPattern: UInt(bitPattern: dst)) + offset + 4
            let rel = Int32(truncatingIfNeeded: Int(bitPattern: target) - next)
            dst.storeBytes(of: rel, toByteOffset: offset, as: Int32.self)
        }
        used = (used + asm.count + 15) & ~15
        return dst
    }
}
