/// gdb's remote protocol numbers signals its own way (gdb/signals.def, "enum
/// gdb_signal"), not the host's: the T/S/C/X packets and QPassSignals use those.
/// Linux's generic numbering (asm-generic/signal.h, shared by arm64 and riscv) is
/// what the guest sees.
enum GdbSignals {
    /// gdb number for Linux signals 1...31.
    private static let fromLinux: [Int32] = [
        0,
        1, 2, 3, 4, 5, 6,        // HUP INT QUIT ILL TRAP ABRT
        10,                      // 7 BUS
        8, 9,                    // FPE KILL
        30,                      // 10 USR1
        11,                      // SEGV
        31,                      // 12 USR2
        13, 14, 15,              // PIPE ALRM TERM
        0,                       // 16 STKFLT: none in gdb
        20, 19, 17, 18,          // CHLD CONT STOP TSTP
        21, 22, 16,              // TTIN TTOU URG
        24, 25, 26, 27, 28,      // XCPU XFSZ VTALRM PROF WINCH
        23,                      // 29 IO
        32,                      // 30 PWR
        12,                      // 31 SYS
    ]

    /// Linux signal → gdb signal (real-time 32 is gdb's 77, 33–63 are 45–75, 64 is 78).
    static func gdb(_ linux: Int32) -> Int32 {
        switch linux {
        case 1...31: return fromLinux[Int(linux)]
        case 32: return 77
        case 33...63: return linux - 33 + 45
        case 64: return 78
        default: return 143 // GDB_SIGNAL_UNKNOWN
        }
    }

    /// gdb signal → Linux signal, 0 when there is none.
    static func linux(_ gdb: Int32) -> Int32 {
        if gdb == 0 { return 0 }
        if let i = fromLinux.firstIndex(of: gdb), i > 0 { return Int32(i) }
        switch gdb {
        case 77: return 32
        case 45...75: return gdb - 45 + 33
        case 78: return 64
        default: return 0
        }
    }
}
