/// Runs a handful of guest instructions in isolation, for instruction tests: code at
/// `codeAddress`, a read-write data page at `dataAddress`, stop at the first trap.
/// The caller sets registers through `cpu` before `run()` and reads them after.
public final class IsolatedRun {
    public static let codeAddress: UInt64 = 0x10000
    public static let dataAddress: UInt64 = 0x20000
    public static let dataSize: UInt64 = 0x10000

    public let memory: GuestMemory
    public let engine: Engine
    public let thread: GuestThread
    public var cpu: UnsafeMutableRawPointer { thread.cpu }

    /// `code` is the instruction stream (little-endian bytes as the ISA fetches them).
    /// `nativeThreshold` 0 compiles every block when it is translated (code here runs
    /// once: else only the interpreter would run it); `UInt64.max` never compiles.
    public init(isa: GuestISA, code: [UInt8], nativeThreshold: UInt64 = 0) throws {
        memory = try GuestMemory()
        engine = Engine(isa: isa, memory: memory, nativeThreshold: nativeThreshold)
        thread = GuestThread(engine: engine, tid: 1)
        Self.layOut(code, in: memory, isa: isa, cpu: cpu)
        engine.attach(thread)
    }

    /// Maps `code` (read+exec) at `codeAddress` and the data page (read+write, also the
    /// stack) at `dataAddress`, and points the registers at them.
    public static func layOut(_ code: [UInt8], in memory: GuestMemory, isa: GuestISA, cpu: UnsafeMutableRawPointer) {
        let codeLen = GuestMemory.pageUp(UInt64(max(code.count, 1)))
        _ = memory.map(codeAddress, codeLen, prot: [.read, .write], shared: false, fd: -1, offset: 0)
        memory.writeBytes(codeAddress, code)
        _ = memory.protect(codeAddress, codeLen, [.read, .exec])
        _ = memory.map(dataAddress, dataSize, prot: [.read, .write], shared: false, fd: -1, offset: 0)
        isa.startProcess(cpu: cpu, entry: codeAddress, stack: dataAddress + dataSize)
    }

    public convenience init(isa: GuestISA, words: [UInt32], nativeThreshold: UInt64 = 0) throws {
        try self.init(isa: isa, code: words.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } },
                      nativeThreshold: nativeThreshold)
    }

    /// Runs until a trap (syscall, breakpoint, undefined, fault) and returns it.
    @discardableResult
    public func run() -> Trap { engine.runUntilTrap(thread) }
}
