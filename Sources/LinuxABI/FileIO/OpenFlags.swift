import XrunCore

/// O_* flags of open/openat/openat2, fcntl(F_GETFL/F_SETFL), pipe2 and TIOCGPTPEER.
///
/// Four bits differ between arm64 and the x86-64 host (the guest's values come from
/// `LinuxArch.openFlagBits`):
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
    /// The host's values: x86-64 uses asm-generic/fcntl.h's.
    static let host = LinuxOpenFlagBits.generic

    let guest: LinuxOpenFlagBits

    init(guest: LinuxOpenFlagBits) { self.guest = guest }

    /// Guest flags → host flags. Bits above 32 are kept (openat2 rejects them itself).
    func toHost(_ g: UInt64) -> UInt64 { Self.convert(g, from: guest, to: Self.host) }

    /// Host flags (F_GETFL) → guest flags.
    func toGuest(_ h: UInt64) -> UInt64 { Self.convert(h, from: Self.host, to: guest) }

    static func convert(_ flags: UInt64, from: LinuxOpenFlagBits, to: LinuxOpenFlagBits) -> UInt64 {
        if from == to { return flags }
        var out = flags & ~from.all
        if flags & from.directory != 0 { out |= to.directory }
        if flags & from.noFollow != 0 { out |= to.noFollow }
        if flags & from.direct != 0 { out |= to.direct }
        if flags & from.largeFile != 0 { out |= to.largeFile }
        return out
    }

    func toHost(_ g: Int32) -> Int {
        Int(Int32(truncatingIfNeeded: toHost(UInt64(UInt32(bitPattern: g)))))
    }
}

extension Kernel {
    var openFlags: OpenFlags { OpenFlags(guest: arch.openFlagBits) }
}
