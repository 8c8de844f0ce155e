import Glibc
import XrunCore

/// ioctl: only requests whose number and argument layout are known to be identical
/// for the guest and the x86-64 host are passed through; every other request answers
/// -ENOTTY (what a driver says to a request it does not know).
///
/// Numbers: arm64's asm/ioctls.h and x86-64's both include asm-generic/ioctls.h, and
/// both use asm-generic/ioctl.h for the _IOC encoding (checked: identical headers under
/// /usr/aarch64-linux-gnu/include and /usr/include). Layouts: the kernel's struct termios
/// (asm-generic/termbits.h: 4 × u32 flags, c_line, c_cc[19] = 36 bytes) and termios2
/// (+ 2 × u32 speeds = 44 bytes) come from the same generic header on both; struct
/// winsize is 4 × u16. The network interface queries take a struct ifreq (uapi
/// linux/if.h: IFNAMSIZ name + a union of sockaddr/short/int/struct ifmap = 40 bytes on
/// every LP64 Linux; sockios.h identical for arm64 and x86-64): read in place, so .output.
enum Ioctl {
    enum Arg {
        /// The argument is a plain value (or unused).
        case value
        /// A pointer to `size` bytes the host reads.
        case input(Int)
        /// A pointer to `size` bytes the host writes.
        case output(Int)
        /// O_* flags to translate (TIOCGPTPEER).
        case openFlags
        /// struct ifconf (SIOCGIFCONF): a length and a pointer to the ifreq array.
        case ifconf
    }

    static let termiosSize = 36, termios2Size = 44, winsizeSize = 8, ifreqSize = 40

    static let known: [UInt32: Arg] = [
        0x5401: .output(termiosSize),   // TCGETS
        0x5402: .input(termiosSize),    // TCSETS
        0x5403: .input(termiosSize),    // TCSETSW
        0x5404: .input(termiosSize),    // TCSETSF
        0x5409: .value,                 // TCSBRK
        0x540A: .value,                 // TCXONC
        0x540B: .value,                 // TCFLSH
        0x540C: .value,                 // TIOCEXCL
        0x540D: .value,                 // TIOCNXCL
        0x540E: .value,                 // TIOCSCTTY
        0x540F: .output(4),             // TIOCGPGRP (pid_t)
        0x5410: .input(4),              // TIOCSPGRP
        0x5411: .output(4),             // TIOCOUTQ (int)
        0x5412: .input(1),              // TIOCSTI (char)
        0x5413: .output(winsizeSize),   // TIOCGWINSZ
        0x5414: .input(winsizeSize),    // TIOCSWINSZ
        0x5415: .output(4),             // TIOCMGET
        0x5416: .input(4),              // TIOCMBIS
        0x5417: .input(4),              // TIOCMBIC
        0x5418: .input(4),              // TIOCMSET
        0x541B: .output(4),             // FIONREAD / TIOCINQ
        0x5420: .input(4),              // TIOCPKT
        0x5421: .input(4),              // FIONBIO
        0x5422: .value,                 // TIOCNOTTY
        0x5423: .input(4),              // TIOCSETD
        0x5424: .output(4),             // TIOCGETD
        0x5425: .value,                 // TCSBRKP
        0x5429: .output(4),             // TIOCGSID
        0x802C_542A: .output(termios2Size), // TCGETS2
        0x402C_542B: .input(termios2Size),  // TCSETS2
        0x402C_542C: .input(termios2Size),  // TCSETSW2
        0x402C_542D: .input(termios2Size),  // TCSETSF2
        0x8004_5430: .output(4),        // TIOCGPTN (unsigned int)
        0x4004_5431: .input(4),         // TIOCSPTLCK (int)
        0x8004_5438: .output(4),        // TIOCGPKT
        0x8004_5440: .output(4),        // TIOCGEXCL
        0x5441: .openFlags,             // TIOCGPTPEER (open flags of the new fd)
        0x5450: .value,                 // FIONCLEX
        0x5451: .value,                 // FIOCLEX
        0x5452: .input(4),              // FIOASYNC
        0x5456: .output(termiosSize),   // TIOCGLCKTRMIOS
        0x5457: .input(termiosSize),    // TIOCSLCKTRMIOS
        0x5460: .output(8),             // FIOQSIZE (loff_t)
        0x0002: .output(4),             // FIGETBSZ (int)
        0x4004_9409: .value,            // FICLONE (source fd)
        // Network interfaces (include/uapi/linux/sockios.h, generic): struct ifreq is
        // the name (IFNAMSIZ 16) and a 24-byte union (struct ifmap is the largest on
        // every LP64 ABI), read and written in place; glibc's if_nametoindex and
        // net-tools use them.
        0x8910: .output(ifreqSize),     // SIOCGIFNAME
        0x8912: .ifconf,                // SIOCGIFCONF
        0x8913: .output(ifreqSize),     // SIOCGIFFLAGS
        0x8914: .output(ifreqSize),     // SIOCSIFFLAGS
        0x8915: .output(ifreqSize),     // SIOCGIFADDR
        0x8916: .output(ifreqSize),     // SIOCSIFADDR
        0x8917: .output(ifreqSize),     // SIOCGIFDSTADDR
        0x8918: .output(ifreqSize),     // SIOCSIFDSTADDR
        0x8919: .output(ifreqSize),     // SIOCGIFBRDADDR
        0x891A: .output(ifreqSize),     // SIOCSIFBRDADDR
        0x891B: .output(ifreqSize),     // SIOCGIFNETMASK
        0x891C: .output(ifreqSize),     // SIOCSIFNETMASK
        0x891D: .output(ifreqSize),     // SIOCGIFMETRIC
        0x891E: .output(ifreqSize),     // SIOCSIFMETRIC
        0x8921: .output(ifreqSize),     // SIOCGIFMTU
        0x8922: .output(ifreqSize),     // SIOCSIFMTU
        0x8923: .output(ifreqSize),     // SIOCSIFNAME
        0x8924: .output(ifreqSize),     // SIOCSIFHWADDR
        0x8927: .output(ifreqSize),     // SIOCGIFHWADDR
        0x8933: .output(ifreqSize),     // SIOCGIFINDEX
        0x8942: .output(ifreqSize),     // SIOCGIFTXQLEN
        0x8943: .output(ifreqSize),     // SIOCSIFTXQLEN
    ]

    static func register(_ t: inout SyscallTable) {
        t.register(.ioctl, strace: [.int, .hex, .pointer]) { k, _, a in ioctl(k, a.fd(0), UInt32(truncatingIfNeeded: a[1]), a[2]) }
    }

    static func ioctl(_ k: Kernel, _ fd: Int, _ request: UInt32, _ arg: UInt64) -> Int {
        guard let kind = known[request] else {
            // Still -EBADF for a bad descriptor, as the kernel checks it first.
            return hostSyscall(SYS_fcntl, fd, Int(Fcntl.F_GETFD)) < 0 ? -Int(EBADF) : -Int(ENOTTY)
        }
        let host: Int
        switch kind {
        case .value:
            host = arg.arg
        case .input(let size):
            guard let p = k.hostBuffer(arg, size) else { return -Int(EFAULT) }
            host = hostArg(p)
        case .output(let size):
            guard let p = k.hostWritableBuffer(arg, size) else { return -Int(EFAULT) }
            host = hostArg(p)
        case .openFlags:
            host = k.openFlags.toHost(Int32(truncatingIfNeeded: arg))
        case .ifconf:
            return ifconf(k, fd, request, arg)
        }
        return hostSyscall(SYS_ioctl, fd, Int(request), host)
    }

    /// SIOCGIFCONF: struct ifconf { int ifc_len; (pad) char *ifc_buf; } carries a guest
    /// pointer, so the host gets its own copy with the buffer's host address; the
    /// kernel's answer (the length it filled, or needs when the buffer is NULL) goes back.
    static func ifconf(_ k: Kernel, _ fd: Int, _ request: UInt32, _ arg: UInt64) -> Int {
        guard let len = k.memory.read(arg, as: Int32.self), let buf = k.memory.read(arg + 8, as: UInt64.self) else {
            return -Int(EFAULT)
        }
        var hostBuf: UnsafeMutableRawPointer? = nil
        if buf != 0 {
            guard let p = k.hostWritableBuffer(buf, Int(max(len, 0))) else { return -Int(EFAULT) }
            hostBuf = p
        }
        var conf = (len, Int32(0), UInt64(UInt(bitPattern: hostBuf)))
        let r = withUnsafeMutablePointer(to: &conf) { hostSyscall(SYS_ioctl, fd, Int(request), hostArg(UnsafeMutableRawPointer($0))) }
        if r >= 0 && !k.memory.write(arg, conf.0) { return -Int(EFAULT) }
        return r
    }
}
