import Glibc
import XrunCore

/// setsockopt and getsockopt. Levels and option numbers: arm64's and x86-64's
/// asm/socket.h both include asm-generic/socket.h (checked identical); option values are
/// ints, struct linger, struct timeval / __kernel_sock_timeval, struct ucred … —
/// fixed-size data with the same layout on both 64-bit ABIs, passed through.
///
/// The exceptions are options whose value holds a user pointer:
/// - struct sock_fprog { unsigned short len; struct sock_filter *filter; } (16 bytes,
///   include/uapi/linux/filter.h) for SO_ATTACH_FILTER, SO_ATTACH_REUSEPORT_CBPF and
///   PACKET_FANOUT_DATA: rebuilt with the host address of the filter;
/// - netfilter table replacement (ipt_replace & co. carry a counters pointer) and
///   TCP_ZEROCOPY_RECEIVE (a guest mapping address): refused.
enum SocketOptions {
    static let SOL_SOCKET: Int32 = 1, SOL_IP: Int32 = 0, SOL_TCP: Int32 = 6, SOL_IPV6: Int32 = 41
    static let SOL_PACKET: Int32 = 263
    static let SO_ATTACH_FILTER: Int32 = 26, SO_ATTACH_REUSEPORT_CBPF: Int32 = 51
    static let PACKET_FANOUT_DATA: Int32 = 22
    /// IPT_SO_SET_REPLACE / IP6T_SO_SET_REPLACE (64), ARPT_SO_SET_REPLACE (96),
    /// EBT_SO_SET_ENTRIES (128), each + 1 for the counters variant.
    static let netfilterSet: Set<Int32> = [64, 65, 96, 97, 128, 129]
    static let TCP_ZEROCOPY_RECEIVE: Int32 = 35
    /// sizeof(struct sock_filter)
    static let filterInsnSize = 8

    static func register(_ t: inout SyscallTable) {
        t.register(.setsockopt, strace: [.int, .int, .int, .pointer, .unsigned]) { k, _, a in setsockopt(k, a.fd(0), a.int(1), a.int(2), a[3], a.int(4)) }
        t.register(.getsockopt, strace: [.int, .int, .int, .pointer, .pointer]) { k, _, a in getsockopt(k, a.fd(0), a.int(1), a.int(2), a[3], a[4]) }
    }

    static func setsockopt(_ k: Kernel, _ fd: Int, _ level: Int32, _ name: Int32, _ value: UInt64, _ len: Int32) -> Int {
        if len < 0 { return -Int(EINVAL) }
        if (level == SOL_SOCKET && (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF))
            || (level == SOL_PACKET && name == PACKET_FANOUT_DATA) {
            return withHostFilter(k, value, len) { p, l in hostSyscall(SYS_setsockopt, fd, Int(level), Int(name), p, l) }
        }
        if (level == SOL_IP || level == SOL_IPV6) && netfilterSet.contains(name) { return -Int(ENOPROTOOPT) }
        guard let b = k.ioBuffer(value, UInt64(len), hostWrites: false) else { return -Int(EFAULT) }
        return hostSyscall(SYS_setsockopt, fd, Int(level), Int(name), value == 0 ? 0 : hostArg(b.ptr), Int(len))
    }

    /// A guest sock_fprog turned into a host one; the filter program itself (an array of
    /// fixed-size instructions) stays in guest memory.
    static func withHostFilter(_ k: Kernel, _ addr: UInt64, _ len: Int32, _ call: (Int, Int) -> Int) -> Int {
        let size = 16
        if Int(len) < size { return -Int(EINVAL) }
        guard let count = k.memory.read(addr, as: UInt16.self),
              let filter = k.memory.read(addr &+ 8, as: UInt64.self) else { return -Int(EFAULT) }
        let prog = k.hostOptional(filter, Int(count) * filterInsnSize)
        guard prog.ok else { return -Int(EFAULT) }
        var host = [UInt8](repeating: 0, count: size)
        host.withUnsafeMutableBytes { h in
            h.storeBytes(of: count, toByteOffset: 0, as: UInt16.self)
            h.storeBytes(of: UInt64(UInt(bitPattern: prog.ptr)), toByteOffset: 8, as: UInt64.self)
        }
        return host.withUnsafeBytes { call(hostArg($0.baseAddress), size) }
    }

    static func getsockopt(_ k: Kernel, _ fd: Int, _ level: Int32, _ name: Int32, _ value: UInt64, _ lenAddr: UInt64) -> Int {
        if level == SOL_TCP && name == TCP_ZEROCOPY_RECEIVE { return -Int(EOPNOTSUPP) }
        guard let len = k.memory.read(lenAddr, as: Int32.self),
              let lp = k.hostWritableBuffer(lenAddr, 4) else { return -Int(EFAULT) }
        if len < 0 { return -Int(EINVAL) }
        guard let b = k.ioBuffer(value, UInt64(len), hostWrites: true) else { return -Int(EFAULT) }
        return hostSyscall(SYS_getsockopt, fd, Int(level), Int(name), value == 0 ? 0 : hostArg(b.ptr), hostArg(lp))
    }
}
