import XrunCore

/// O_* flags of open/openat/openat2, fcntl(F_GETFL/F_SETFL), pipe2 and TIOCGPTPEER.
///
/// Four bits differ between the guest and the x86-64 host:
///
/// | flag        | arm64 (arch/arm64/include/uapi/asm/fcntl.h) | x86-64, riscv64 (asm-generic/fcntl.h) |
/// |-------------|---------------------------------------------|----------------------------------------|
/// | O_DIRECTORY | 0o040000                                    | 0o200000                               |
/// | O_NOFOLLOW  | 0o100000                                    | 0o400000                               |
/// | O_DIRECT    | 0o200000                                    | 0o040000                               |
/// | O_LARGEFILE | 0o400000                                    | 0o100000                               |
///
/// Every other bit (access mode, O_CREAT … O_DSYNC, O_NOATIME, O_CLOEXEC, __O_SYNC,
/// O_PATH, __O_TMPFILE) has the asm-generic value on all three. RISC-V has no
/// asm/fcntl.h of its own, so its flags are the host's. (Checked against
/// /usr/aarch64-linux-gnu/include/asm/fcntl.h, asm-generic/fcntl.h and
/// /usr/include/x86_64-linux-gnu/asm/fcntl.h.)
struct OpenFlags {
    static let arm64Directory: UInt64 = 0o040000, arm64NoFollow: UInt64 = 0o100000
    static let arm64Direct: UInt64 = 0o200000, arm64LargeFile: UInt64 = 0o400000
    static let hostDirectory: UInt64 = 0o200000, hostNoFollow: UInt64 = 0o400000
    static let hostDirect: UInt64 = 0o040000, hostLargeFile: UInt64 = 0o100000
    static let swapped: UInt64 = 0o740000

    /// True when the guest uses the arm64 values (EM_AARCH64).
    let arm64: Bool

    init(machine: UInt16) { arm64 = machine == 183 }

    /// Guest flags → host flags. Bits above 32 are kept (openat2 rejects them itself).
    func toHost(_ g: UInt64) -> UInt64 {
        guard arm64 else { return g }
        var h = g & ~Self.swapped
        if g & Self.arm64Directory != 0 { h |= Self.hostDirectory }
        if g & Self.arm64NoFollow != 0 { h |= Self.hostNoFollow }
        if g & Self.arm64Direct != 0 { h |= Self.hostDirect }
        if g & Self.arm64LargeFile != 0 { h |= Self.hostLargeFile }
        return h
    }

    /// Host flags (F_GETFL) → guest flags.
    func toGuest(_ h: UInt64) -> UInt64 {
        guard arm64 else { return h }
        var g = h & ~Self.swapped
        if h & Self.hostDirectory != 0 { g |= Self.arm64Directory }
        if h & Self.hostNoFollow != 0 { g |= Self.arm64NoFollow }
        if h & Self.hostDirect != 0 { g |= Self.arm64Direct }
        if h & Self.hostLargeFile != 0 { g |= Self.arm64LargeFile }
        return g
    }

    func toHost(_ g: Int32) -> Int {
        Int(Int32(truncatingIfNeeded: toHost(UInt64(UInt32(bitPattern: g)))))
    }
}

extension Kernel {
    var openFlags: OpenFlags { OpenFlags(machine: isa.elfMachine) }
}
