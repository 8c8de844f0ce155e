import Glibc
import XrunCore

/// POSIX message queues: mq_open, mq_unlink, mq_timedsend, mq_timedreceive, mq_notify,
/// mq_getsetattr, on the host's queues (the host's mqueue file system: the name is the
/// kernel's plain queue name, never a path under -L).
///
/// struct mq_attr is 8 longs and the timeouts are 16-byte timespecs on all three ABIs;
/// struct sigevent is the 64-byte asm-generic one (see PosixTimers), of which the
/// kernel reads one pointer: with SIGEV_THREAD, sigev_value.sival_ptr names the 32-byte
/// cookie it sends to the netlink socket in sigev_signo (ipc/mqueue.c do_mq_notify;
/// glibc's mq_notify makes SIGEV_THREAD of that).
enum MessageQueues {
    static let attrSize = 64, sigeventSize = 64, cookieSize = 32
    static let SIGEV_THREAD: Int32 = 2

    static func register(_ t: inout SyscallTable) {
        t.register(.mq_open, strace: [.string, .hex, .octal, .pointer]) { k, _, a in
            hostSyscall(SYS_mq_open, hostArg(k.hostPointerOrFault(a[0], 1, writes: false)), Int(a.int(1)),
                        Int(UInt16(truncatingIfNeeded: a[2])), hostArg(k.hostPointerOrFault(a[3], attrSize, writes: false)))
        }
        t.register(.mq_unlink, strace: [.string]) { k, _, a in
            hostSyscall(SYS_mq_unlink, hostArg(k.hostPointerOrFault(a[0], 1, writes: false)))
        }
        // Waits for room or a message; SA_RESTART restarts them (ipc/mqueue.c wq_sleep:
        // -ERESTARTSYS).
        t.register(.mq_timedsend, strace: [.int, .data, .unsigned, .unsigned, .pointer]) { k, _, a in
            let msg = k.messageBuffer(a[1], a[2], writes: false)
            return hostBlockingSyscall(SYS_mq_timedsend, a.fd(0), msg.ptr, Int(bitPattern: UInt(msg.len)), Int(a.int(3)),
                                       hostArg(k.hostPointerOrFault(a[4], 16, writes: false)))
        }
        t.register(.mq_timedreceive, strace: [.int, .pointer, .unsigned, .pointer, .pointer]) { k, _, a in
            let msg = k.messageBuffer(a[1], a[2], writes: true)
            return hostBlockingSyscall(SYS_mq_timedreceive, a.fd(0), msg.ptr, Int(bitPattern: UInt(msg.len)),
                                       hostArg(k.hostPointerOrFault(a[3], 4, writes: true)),
                                       hostArg(k.hostPointerOrFault(a[4], 16, writes: false)))
        }
        t.register(.mq_notify, strace: [.int, .pointer]) { k, _, a in mqNotify(k, a.fd(0), a[1]) }
        t.register(.mq_getsetattr, strace: [.int, .pointer, .pointer]) { k, _, a in
            hostSyscall(SYS_mq_getsetattr, a.fd(0), hostArg(k.hostPointerOrFault(a[1], attrSize, writes: false)),
                        hostArg(k.hostPointerOrFault(a[2], attrSize, writes: true)))
        }
    }

    /// The sigevent is copied (the kernel reads it first: EFAULT before EBADF), its
    /// cookie pointer made a host one for SIGEV_THREAD.
    static func mqNotify(_ k: Kernel, _ fd: Int, _ sevp: UInt64) -> Int {
        if sevp == 0 { return hostSyscall(SYS_mq_notify, fd, 0) }
        guard let guest = k.memory.readBytes(sevp, sigeventSize) else {
            return hostSyscall(SYS_mq_notify, fd, Int(bitPattern: Kernel.unmappedHost))
        }
        return withUnsafeTemporaryAllocation(byteCount: sigeventSize, alignment: 8) { buf in
            let sev = buf.baseAddress!
            guest.withUnsafeBytes { sev.copyMemory(from: $0.baseAddress!, byteCount: sigeventSize) }
            if sev.load(fromByteOffset: 12, as: Int32.self) == SIGEV_THREAD {
                let cookie = k.hostPointerOrFault(sev.load(as: UInt64.self), cookieSize, writes: false)
                sev.storeBytes(of: UInt64(UInt(bitPattern: cookie)), as: UInt64.self)
            }
            return hostSyscall(SYS_mq_notify, fd, hostArg(sev))
        }
    }
}
