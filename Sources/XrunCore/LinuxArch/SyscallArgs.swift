/// The six raw argument registers of a system call, as a plain value: reading them
/// allocates nothing (the system-call funnel builds one per call).
public struct SyscallArgs: Sendable {
    public var raw: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    @inline(__always)
    public init(_ a0: UInt64, _ a1: UInt64, _ a2: UInt64, _ a3: UInt64, _ a4: UInt64, _ a5: UInt64) {
        raw = (a0, a1, a2, a3, a4, a5)
    }

    /// Registers `first[0]`…`first[5]` (both ISAs keep their argument registers in a row).
    @inline(__always)
    public init(registers first: UnsafePointer<UInt64>) {
        self.init(first[0], first[1], first[2], first[3], first[4], first[5])
    }

    /// Up to six values; missing ones are 0 (host-side callers and tests).
    public init(_ values: [UInt64]) {
        func at(_ i: Int) -> UInt64 { i < values.count ? values[i] : 0 }
        self.init(at(0), at(1), at(2), at(3), at(4), at(5))
    }

    /// Argument `i` (0...5).
    @inline(__always) public subscript(_ i: Int) -> UInt64 {
        precondition(i >= 0 && i < 6, "system calls have six argument registers")
        return withUnsafeBytes(of: raw) { $0.load(fromByteOffset: i &* 8, as: UInt64.self) }
    }
}
