/// A translation block: a header followed by its ops in one allocation.
/// Blocks are never freed while the process runs (another thread may still be inside
/// an invalidated one); invalidation clears `valid`, which chained jumps check.
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

    static func make(from b: BlockBuilder, endPC: UInt64) -> Block {
        precondition(MemoryLayout<BlockHeader>.size == BlockHeader.opsOffset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.valid) == BlockHeader.validOffset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.next0) == BlockHeader.next0Offset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.next1) == BlockHeader.next1Offset)
        precondition(MemoryLayout<BlockHeader>.offset(of: \.native) == BlockHeader.nativeOffset)
        precondition(b.ops.count == b.definitions.count)
        let bytes = BlockHeader.opsOffset + b.ops.count * MemoryLayout<Op>.stride
            + b.ops.count * MemoryLayout<Unmanaged<OpDefinition>>.stride
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
        return blk
    }
}
