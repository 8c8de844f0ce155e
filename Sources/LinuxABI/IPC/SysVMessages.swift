import Glibc
import XrunCore

/// System V message queues: msgget, msgctl, msgsnd, msgrcv, on the host's queues.
/// struct msqid64_ds (120 bytes) and struct msginfo (8 ints) have one layout on arm64,
/// riscv64 and x86-64 (asm-generic/msgbuf.h), and so has struct msgbuf { long mtype;
/// char mtext[]; }: only the pointers are translated.
enum SysVMessages {
    static let MSG_STAT: Int32 = 11, MSG_INFO: Int32 = 12, MSG_STAT_ANY: Int32 = 13
    static let dsSize = 120, msginfoSize = 32

    static func register(_ t: inout SyscallTable) {
        t.register(.msgget, strace: [.hex, .octal]) { _, _, a in hostSyscall(SYS_msgget, Int(a.int(0)), Int(a.int(1))) }
        t.register(.msgctl, strace: [.int, .int, .pointer]) { k, _, a in
            hostSyscall(SYS_msgctl, Int(a.int(0)), Int(a.int(1)), k.ipcControlBuffer(a[2], layout(a.int(1))))
        }
        // Both may wait (a full queue, no message); a handler ends the wait with EINTR,
        // SA_RESTART or not (ipc/msg.c: -ERESTARTNOHAND; signal(7)).
        t.register(.msgsnd, strace: [.int, .pointer, .unsigned, .hex], restart: .never) { k, _, a in
            let (ptr, size) = message(k, a[1], a[2], writes: false)
            return hostBlockingSyscall(SYS_msgsnd, Int(a.int(0)), ptr, size, Int(a.int(3)))
        }
        t.register(.msgrcv, strace: [.int, .pointer, .unsigned, .long, .hex], restart: .never) { k, _, a in
            let (ptr, size) = message(k, a[1], a[2], writes: true)
            return hostBlockingSyscall(SYS_msgrcv, Int(a.int(0)), ptr, size, a.long(3), Int(a.int(4)))
        }
    }

    /// The struct a msgctl command copies (ipc/msg.c ksys_msgctl).
    static func layout(_ cmd: Int32) -> (size: Int, writes: Bool)? {
        switch cmd {
        case IPCCommand.IPC_STAT, MSG_STAT, MSG_STAT_ANY: return (dsSize, true)
        case IPCCommand.IPC_SET: return (dsSize, false)
        case IPCCommand.IPC_INFO, MSG_INFO: return (msginfoSize, true)
        default: return nil
        }
    }

    /// A struct msgbuf of mtext size `size` at `addr`: the host pointer and the size to
    /// pass. A size the kernel refuses ((long)size < 0: EINVAL; msgsnd reads mtype
    /// first) goes as it is, and the host refuses it.
    static func message(_ k: Kernel, _ addr: UInt64, _ size: UInt64, writes: Bool) -> (Int, Int) {
        if size > Int64.max - 8 {
            return (k.messageBuffer(addr, 8, writes: false).ptr, Int(bitPattern: UInt(size)))
        }
        let b = k.messageBuffer(addr, size + 8, writes: writes)
        return (b.ptr, Int(b.len - 8))
    }
}
