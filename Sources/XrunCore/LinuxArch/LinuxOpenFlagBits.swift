/// The four O_* open flags whose values are not the same on every Linux ISA
/// (O_DIRECTORY, O_NOFOLLOW, O_DIRECT, O_LARGEFILE): asm-generic/fcntl.h gives one
/// set of values, which x86-64 and riscv64 use; arm64's asm/fcntl.h another. Every
/// other O_* bit is asm-generic's everywhere.
public struct LinuxOpenFlagBits: Sendable, Equatable {
    public let directory: UInt64
    public let noFollow: UInt64
    public let direct: UInt64
    public let largeFile: UInt64

    public init(directory: UInt64, noFollow: UInt64, direct: UInt64, largeFile: UInt64) {
        self.directory = directory; self.noFollow = noFollow; self.direct = direct; self.largeFile = largeFile
    }

    /// asm-generic/fcntl.h (x86-64, riscv64).
    public static let generic = LinuxOpenFlagBits(directory: 0o200000, noFollow: 0o400000,
                                                  direct: 0o040000, largeFile: 0o100000)
    /// All four bits.
    public var all: UInt64 { directory | noFollow | direct | largeFile }
}
