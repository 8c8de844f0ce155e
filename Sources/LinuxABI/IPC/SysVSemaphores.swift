import Glibc
import XrunCore

/// System V semaphores: semget, semctl, semop, semtimedop, on the host's semaphore sets.
///
/// struct sembuf (6 bytes), struct seminfo (10 ints) and the timespec of semtimedop
/// (__kernel_timespec, 16 bytes) are the same on all three ABIs. struct semid64_ds is
/// not: asm-generic/sembuf.h (arm64, riscv64) has sem_otime, sem_ctime, sem_nsems after
/// the 48-byte ipc64_perm (88 bytes); x86-64's arch/x86/include/uapi/asm/sembuf.h puts
/// an unused long after each time (104 bytes). It is converted both ways.
enum SysVSemaphores {
    static let GETPID: Int32 = 11, GETVAL: Int32 = 12, GETALL: Int32 = 13, GETNCNT: Int32 = 14
    static let GETZCNT: Int32 = 15, SETVAL: Int32 = 16, SETALL: Int32 = 17
    static let SEM_STAT: Int32 = 18, SEM_INFO: Int32 = 19, SEM_STAT_ANY: Int32 = 20
    static let guestDsSize = 88, hostDsSize = 104
    /// (guest offset, host offset) of sem_otime, sem_ctime, sem_nsems.
    static let fields = [(48, 48), (56, 64), (64, 80)]
    static let sembufSize = 6, seminfoSize = 40

    static func register(_ t: inout SyscallTable) {
        t.register(.semget, strace: [.hex, .int, .octal]) { _, _, a in
            hostSyscall(SYS_semget, Int(a.int(0)), Int(a.int(1)), Int(a.int(2)))
        }
        t.register(.semctl, strace: [.int, .int, .int, .hex]) { k, _, a in semctl(k, a) }
        // A wait a handler interrupts ends with EINTR, SA_RESTART or not (ipc/sem.c;
        // signal(7): System V IPC interfaces are never restarted).
        t.register(.semop, strace: [.int, .pointer, .unsigned], restart: .never) { k, _, a in
            let n = Int(UInt32(truncatingIfNeeded: a[2]))
            return hostBlockingSyscall(SYS_semop, Int(a.int(0)), hostArg(k.hostPointerOrFault(a[1], n * sembufSize, writes: false)), n)
        }
        t.register(.semtimedop, strace: [.int, .pointer, .unsigned, .pointer], restart: .never) { k, _, a in
            let n = Int(UInt32(truncatingIfNeeded: a[2]))
            return hostBlockingSyscall(SYS_semtimedop, Int(a.int(0)), hostArg(k.hostPointerOrFault(a[1], n * sembufSize, writes: false)),
                                       n, hostArg(k.hostPointerOrFault(a[3], 16, writes: false)))
        }
    }

    /// semctl(semid, semnum, cmd, arg): arg (union semun) is a value (SETVAL), a
    /// semid_ds pointer, an array of unsigned shorts (GETALL, SETALL) or a seminfo
    /// pointer, by command (ipc/sem.c ksys_semctl). Errors come in the kernel's order:
    /// the host checks the id and permissions first, a bad pointer faults after.
    static func semctl(_ k: Kernel, _ a: SyscallArgs) -> Int {
        let id = Int(a.int(0)), num = Int(a.int(1)), cmd = a.int(2), arg = a[3]
        switch cmd {
        case IPCCommand.IPC_STAT, SEM_STAT, SEM_STAT_ANY:
            return withUnsafeTemporaryAllocation(byteCount: hostDsSize, alignment: 8) { buf in
                let ds = buf.baseAddress!
                let r = hostSyscall(SYS_semctl, id, num, Int(cmd), hostArg(ds))
                if r < 0 { return r }
                // The kernel copies the whole struct out after the lookup: EFAULT then.
                guard k.memory.isAccessible(arg, UInt64(guestDsSize), .write),
                      let out = k.hostWritableBuffer(arg, guestDsSize) else { return -Int(EFAULT) }
                out.initializeMemory(as: UInt8.self, repeating: 0, count: guestDsSize)
                out.copyMemory(from: ds, byteCount: IPCCommand.permSize)
                for (g, h) in fields { out.storeBytes(of: ds.load(fromByteOffset: h, as: UInt64.self), toByteOffset: g, as: UInt64.self) }
                return r
            }
        case IPCCommand.IPC_SET:
            // Read first (EFAULT before the id is looked up, after semid < 0), as
            // copy_semid_from_user is; an unreadable one the host faults on itself.
            guard k.memory.isAccessible(arg, UInt64(guestDsSize), .read) else {
                return hostSyscall(SYS_semctl, id, num, Int(cmd), Int(bitPattern: Kernel.unmappedHost))
            }
            return withUnsafeTemporaryAllocation(byteCount: hostDsSize, alignment: 8) { buf in
                let ds = buf.baseAddress!, src = k.memory.host(arg)
                ds.initializeMemory(as: UInt8.self, repeating: 0, count: hostDsSize)
                ds.copyMemory(from: src, byteCount: IPCCommand.permSize)
                for (g, h) in fields { ds.storeBytes(of: src.loadUnaligned(fromByteOffset: g, as: UInt64.self), toByteOffset: h, as: UInt64.self) }
                return hostSyscall(SYS_semctl, id, num, Int(cmd), hostArg(ds))
            }
        case GETALL, SETALL:
            // One unsigned short per semaphore of the set.
            let count = withUnsafeTemporaryAllocation(byteCount: hostDsSize, alignment: 8) { buf -> Int in
                hostSyscall(SYS_semctl, id, 0, Int(IPCCommand.IPC_STAT), hostArg(buf.baseAddress)) < 0
                    ? 0 : Int(buf.baseAddress!.load(fromByteOffset: fields[2].1, as: UInt64.self))
            }
            return hostSyscall(SYS_semctl, id, num, Int(cmd), hostArg(k.hostPointerOrFault(arg, count * 2, writes: cmd == GETALL)))
        case IPCCommand.IPC_INFO, SEM_INFO:
            return hostSyscall(SYS_semctl, id, num, Int(cmd), hostArg(k.hostPointerOrFault(arg, seminfoSize, writes: true)))
        case SETVAL:
            return hostSyscall(SYS_semctl, id, num, Int(cmd), arg.arg)
        default:
            // No argument (IPC_RMID, GETVAL, GETPID, GETNCNT, GETZCNT) or an unknown
            // command (EINVAL): the host never looks at it.
            return hostSyscall(SYS_semctl, id, num, Int(cmd), 0)
        }
    }
}
