import XrunCore

/// The six raw argument registers of a system call.
public struct SyscallArgs {
    public let raw: [UInt64]
    init(_ raw: [UInt64]) { self.raw = raw }
    @inline(__always) public subscript(_ i: Int) -> UInt64 { raw[i] }
    /// The argument as a C `int` (the kernel truncates to 32 bits).
    public func int(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: raw[i]) }
    public func long(_ i: Int) -> Int { Int(bitPattern: UInt(raw[i])) }
}

/// A handler returns the syscall's result: a value ≥ 0 or -errno.
public typealias SyscallHandler = (Kernel, GuestThread, SyscallArgs) -> Int

/// Generic syscall number → handler. Numbers without a handler answer -ENOSYS.
public struct SyscallTable {
    private var handlers = [SyscallHandler?](repeating: nil, count: 512)

    public init() {}

    public subscript(nr: Int) -> SyscallHandler? {
        get { nr >= 0 && nr < handlers.count ? handlers[nr] : nil }
        set { handlers[nr] = newValue }
    }

    func entry(_ nr: Int) -> SyscallHandler? { self[nr] }
}
