import Glibc
import XrunCore

/// The argument shapes System V IPC and POSIX message queues share: the *ctl commands
/// (include/uapi/linux/ipc.h) and message buffers handed to the host kernel.
enum IPCCommand {
    static let IPC_RMID: Int32 = 0, IPC_SET: Int32 = 1, IPC_STAT: Int32 = 2, IPC_INFO: Int32 = 3

    /// struct ipc64_perm (asm-generic/ipcbuf.h; x86-64 uses it too): 48 bytes, the key first.
    static let permSize = 48
}

extension Kernel {
    /// The buffer argument of shmctl, msgctl or semctl for a command whose struct has the
    /// same layout on the guest and the host: `layout` gives its size and whether the
    /// kernel writes it, nil for commands that take no buffer (or that the host refuses:
    /// it answers EINVAL before it would look at the pointer), which get NULL. The host
    /// kernel checks the id and the command first and faults on the pointer after, as
    /// the guest's would.
    func ipcControlBuffer(_ addr: UInt64, _ layout: (size: Int, writes: Bool)?) -> Int {
        guard let layout else { return 0 }
        return hostArg(hostPointerOrFault(addr, layout.size, writes: layout.writes))
    }

    /// Host pointer and length for a message the host kernel copies in or out (msgsnd,
    /// msgrcv, mq_timedsend, mq_timedreceive): `len` bytes at guest `addr`, of which the
    /// kernel touches only as many as the message has. A range that runs past the guest
    /// region is cut to end inside the guard area after it, where the host faults as the
    /// guest's kernel would on its unmapped pages (and a longer one could reach host
    /// memory); an address past the region becomes one that is never mapped.
    func messageBuffer(_ addr: UInt64, _ len: UInt64, writes: Bool) -> (ptr: Int, len: UInt64) {
        guard addr < GuestMemory.addressLimit else { return (Int(bitPattern: Self.unmappedHost), len) }
        let room = GuestMemory.addressLimit - addr
        // No message is longer than INT_MAX bytes (msg_ctlmax is an int; mq's
        // HARD_MSGSIZEMAX is 16 MiB): the host never writes further than that.
        if writes { memory.hostWillWrite(addr, min(len, room, UInt64(Int32.max) + 8)) }
        return (Int(bitPattern: memory.host(addr)), len <= room ? len : room + GuestMemory.guardSize)
    }
}
