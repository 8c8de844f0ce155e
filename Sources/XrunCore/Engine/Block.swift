/// A translation block: a header followed by its ops in one allocation.
/// Invalidation clears `valid`, which chained jumps check; the block itself is freed
/// later, when no thread can hold a pointer to it (`BlockCache.reclaim`, `SafePoints`).
@frozen
public struct BlockHeader {
    public var startPC: UInt64
    /// Guest address after the last instruction (for invalidation by range).
    public var endPC: UInt64
    public var count: Int
    public var valid: UInt64
    /// Static successors (exit slots 0 and 1), linked lazily by the dispatch loop.
    public var next0: UnsafeMutablePointer<BlockHeader>?
    public var next1: UnsafeMutablePointer<BlockHeader>?
    /// The block's native code (`NativeTier`), or nil: then the loop runs its ops.
    public var native: UnsafeRawPointer?
    /// How often the loop interpreted this block; it is compiled when this reaches
    /// `NativeTier.threshold` (code that runs once, like most start-up, stays cheap).
    public var runs: UInt64

    public static let opsOffset = 64
    public static let startPCOffset = 0
    public static let validOffset = 24
    public static let next0Offset = 32
    public static let next1Offset = 40
    public static let nativeOffset = 48

    @inline(__always) public var ops: UnsafeMutablePointer<Op> {
        mutating get {
            withUnsafeMutablePointer(to: &self) {
                (UnsafeMutableRawPointer($0) + Self.opsOffset).assumingMemoryBound(to: Op.self)
            }
        }
    }
}

public typealias Block = UnsafeMutablePointer<BlockHeader>

extension UnsafeMutablePointer where Pointee == BlockHeader {
    @inline(__always) var opsPointer: UnsafeMutablePointer<Op> {
        (UnsafeMutableRawPointer(self) + BlockHeader.opsOffset).assumingMemoryBound(to: Op.self)
    }

    /// Per op, its definition: stored after the ops, read only at translation and
    /// compile time (never by the interpreter's loop).
    var definitions: UnsafeMutablePointer<Unmanaged<OpDefinition>> {
        (UnsafeMutableRawPointer(opsPointer) + pointee.count * MemoryLayout<Op>.stride)
            .assumingMemoryBound(to: Unmanaged<OpDefinition>.self)
    }

    /// The size of native code compiled for the block (0 if none): after the
    /// definitions, read only by the block cache's bookkeeping.
    var codeBytes: UnsafeMutablePointer<Int> {
        (UnsafeMutableRawPointer(definitions) + pointee.count * MemoryLayout<Unmanaged<OpDefinition>>.stride)
            .assumingMemoryBound(to: Int.self)
    }

    /// Bytes of the allocation of a block of `count` ops (header, ops, definitions, code size).
    static func allocationSize(_ count: Int) -> Int {
        BlockHeader.opsOffset + count * (MemoryLayout<Op>.stride + MemoryLayout<Unmanaged<OpDefinition>>.stride)
            + MemoryLayout<Int>.stride
    }

    static func make(from b: BlockBuilder, endPC: UInt64) -> Block {
        precondition(MemoryLayout<BlockHeader>.size == BlockHeader.opsOffset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.valid) == BlockHeader.validOffset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.next0) == BlockHeader.next0Offset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.next1) == BlockHeader.next1Offset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.native) == BlockHeader.nativeOffset)
        precondition(b.ops.count == b.definitions.count)
        let bytes = allocationSize(b.ops.count)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 16)
        let blk = raw.bindMemory(to: BlockHeader.self, capacity: 1)
        blk.initialize(to: BlockHeader(startPC: b.startPC, endPC: endPC, count: b.ops.count,
                                       valid: 1, next0: nil, next1: nil,
                                       native: nil, runs: 0))
        b.ops.withUnsafeBufferPointer {
            (raw + BlockHeader.opsOffset).bindMemory(to: Op.self, capacity: $0.count)
                .initialize(from: $0.baseAddress!, count: $0.count)
        }
        b.definitions.withUnsafeBufferPointer {
            blk.definitions.initialize(from: $0.baseAddress!, count: $0.count)
        }
        blk.codeBytes.initialize(to: 0)
        return blk
    }
}
