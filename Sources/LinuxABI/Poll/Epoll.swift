import Glibc
import XrunCore

/// epoll_create1, epoll_ctl, epoll_pwait, epoll_pwait2.
///
/// struct epoll_event (include/uapi/linux/eventpoll.h) is `{ __poll_t events; __u64
/// data; } EPOLL_PACKED`, where EPOLL_PACKED is __attribute__((packed)) only on x86-64:
/// the host's is 12 bytes (data at offset 4), the guest's (arm64, riscv64) is 16 bytes
/// with data at offset 8. Events are converted one by one.
enum Epoll {
    static let guestEventSize = 16, hostEventSize = 12
    static let EPOLL_CTL_ADD: Int32 = 1, EPOLL_CTL_DEL: Int32 = 2, EPOLL_CTL_MOD: Int32 = 3
    /// EP_MAX_EVENTS for the guest: INT_MAX / sizeof(struct epoll_event).
    static let maxEvents = Int(Int32.max) / guestEventSize
    /// Events fetched per host call: epoll_wait may return fewer than asked.
    static let batch = 256

    static func register(_ t: inout SyscallTable) {
        // EPOLL_CLOEXEC is O_CLOEXEC on all three.
        t.register(.epoll_create1, strace: [.hex]) { _, _, a in hostSyscall(SYS_epoll_create1, Int(a.int(0))) }
        t.register(.epoll_ctl, strace: [.int, .int, .int, .pointer]) { k, _, a in epollCtl(k, a.fd(0), a.int(1), a.fd(2), a[3]) }
        t.register(.epoll_pwait, strace: [.int, .pointer, .int, .int, .pointer], restart: .never) { k, th, a in
            wait(k, a.fd(0), a[1], a.int(2)) { events, count in
                k.withGuestSignalMask(th, a[4], a[5]) { mask in
                    hostSyscall(SYS_epoll_pwait, a.fd(0), events, count, Int(a.int(3)), mask, 8)
                }
            }
        }
        t.register(.epoll_pwait2, restart: .never) { k, th, a in
            let timeout = k.hostOptional(a[3], 16)
            guard timeout.ok else { return -Int(EFAULT) }
            return wait(k, a.fd(0), a[1], a.int(2)) { events, count in
                k.withGuestSignalMask(th, a[4], a[5]) { mask in
                    hostSyscall(SYS_epoll_pwait2, a.fd(0), events, count, hostArg(timeout.ptr), mask, 8)
                }
            }
        }
    }

    static func epollCtl(_ k: Kernel, _ epfd: Int, _ op: Int32, _ fd: Int, _ event: UInt64) -> Int {
        // EPOLL_CTL_DEL ignores the event (ep_op_has_event); the others read it.
        if op == EPOLL_CTL_DEL { return hostSyscall(SYS_epoll_ctl, epfd, Int(op), fd, 0) }
        guard let events = k.memory.read(event, as: UInt32.self),
              let data = k.memory.read(event &+ 8, as: UInt64.self) else { return -Int(EFAULT) }
        var host = [UInt8](repeating: 0, count: hostEventSize)
        host.withUnsafeMutableBytes { h in
            h.storeBytes(of: events, toByteOffset: 0, as: UInt32.self)
            h.storeBytes(of: data, toByteOffset: 4, as: UInt64.self)
        }
        return host.withUnsafeBytes { hostSyscall(SYS_epoll_ctl, epfd, Int(op), fd, hostArg($0.baseAddress)) }
    }

    /// Runs a host wait into a packed host array, then stores the guest's layout.
    /// Checks as ep_poll/do_epoll_wait: maxevents ≤ 0 or too large → -EINVAL, an array
    /// access_ok refuses → -EFAULT. An array merely unmapped (or past the guest region)
    /// is found out only when an event is stored there: a wait with nothing ready
    /// returns 0.
    static func wait(_ k: Kernel, _ epfd: Int, _ events: UInt64, _ maxevents: Int32,
                     _ call: (Int, Int) -> Int) -> Int {
        if maxevents <= 0 || Int(maxevents) > maxEvents { return -Int(EINVAL) }
        let bytes = UInt64(maxevents) * UInt64(guestEventSize)
        guard events < Kernel.nativeTaskSize, bytes <= Kernel.nativeTaskSize - events else { return -Int(EFAULT) }
        let count = min(Int(maxevents), batch)
        var host = [UInt8](repeating: 0, count: count * hostEventSize)
        let r = host.withUnsafeMutableBytes { call(hostArg($0.baseAddress), count) }
        if r <= 0 { return r }
        return host.withUnsafeBytes { h -> Int in
            for i in 0..<min(r, count) {
                let ev = h.load(fromByteOffset: i * hostEventSize, as: UInt32.self)
                let data = h.loadUnaligned(fromByteOffset: i * hostEventSize + 4, as: UInt64.self)
                let g = events &+ UInt64(i * guestEventSize)
                // Like ep_send_events: the two fields are stored, the padding is left
                // alone; a store that fails ends the copy — what was copied counts,
                // -EFAULT if nothing was.
                guard k.memory.write(g, ev), k.memory.write(g &+ 8, data) else { return i == 0 ? -Int(EFAULT) : i }
            }
            return min(r, count)
        }
    }
}
