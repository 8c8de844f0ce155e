import Glibc
import XrunCore

/// uname, sethostname, setdomainname, sysinfo.
enum Uname {
    /// struct new_utsname (include/uapi/linux/utsname.h): six char[65] fields —
    /// sysname, nodename, release, version, machine, domainname — on every ABI.
    static let fieldSize = 65, size = 6 * 65, releaseOffset = 2 * 65, machineOffset = 4 * 65
    /// __NEW_UTS_LEN
    static let maxNameLength = 64
    /// struct sysinfo (include/uapi/linux/sysinfo.h) with 64-bit longs: 112 bytes, the
    /// same on arm64, riscv64 and x86-64 (its _f padding is empty there).
    static let sysinfoSize = 112

    static func register(_ t: inout SyscallTable) {
        t.register(.uname, strace: [.pointer]) { k, _, a in uname(k, a[0]) }
        for (call, host) in [(Syscall.sethostname, SYS_sethostname), (Syscall.setdomainname, SYS_setdomainname)] {
            t.register(call) { k, _, a in
                let len = a.int(1)
                if len < 0 || len > Int32(maxNameLength) { return -Int(EINVAL) }
                guard let p = k.hostBuffer(a[0], Int(len)) else { return -Int(EFAULT) }
                return hostSyscall(host, hostArg(p), Int(len))
            }
        }
        t.register(.sysinfo, strace: [.pointer]) { k, _, a in
            guard let p = k.hostWritableBuffer(a[0], sysinfoSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_sysinfo, hostArg(p))
        }
    }

    /// The host's answer with the guest's machine name (`uname -m`), and -r's release
    /// when given, like QEMU.
    static func uname(_ k: Kernel, _ addr: UInt64) -> Int {
        var buf = [UInt8](repeating: 0, count: size)
        let r = buf.withUnsafeMutableBytes { hostSyscall(SYS_uname, hostArg($0.baseAddress)) }
        if r < 0 { return r }
        func put(_ text: String, at offset: Int) {
            let bytes = Array(text.utf8.prefix(fieldSize - 1))
            for i in 0..<fieldSize { buf[offset + i] = i < bytes.count ? bytes[i] : 0 }
        }
        put(k.arch.utsMachine, at: machineOffset)
        if let release = k.config.unameRelease { put(release, at: releaseOffset) }
        return k.memory.writeBytes(addr, buf) ? 0 : -Int(EFAULT)
    }
}
