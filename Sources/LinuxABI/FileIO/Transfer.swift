import Glibc
import XrunCore

/// In-kernel copies: sendfile, copy_file_range, splice, tee. The optional offsets are
/// loff_t (8 bytes) the host reads and updates in guest memory.
enum Transfer {
    static func register(_ t: inout SyscallTable) {
        t.register(.sendfile) { k, _, a in
            let off = k.hostOptionalWritable(a[2], 8)
            guard off.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_sendfile, a.fd(0), a.fd(1), hostArg(off.ptr), a.long(3))
        }
        t.register(.copy_file_range) { k, _, a in
            let inOff = k.hostOptionalWritable(a[1], 8), outOff = k.hostOptionalWritable(a[3], 8)
            guard inOff.ok, outOff.ok else { return -Int(EFAULT) }
            return hostSyscall(SYS_copy_file_range, a.fd(0), hostArg(inOff.ptr), a.fd(2), hostArg(outOff.ptr),
                               a.long(4), Int(UInt32(truncatingIfNeeded: a[5])))
        }
        // SPLICE_F_* (include/linux/splice.h) are generic.
        // A length of 0 returns 0 before anything else is looked at (fs/splice.c): the
        // offsets go to the host as they are, faulting only where it reads them.
        t.register(.splice) { k, _, a in
            let inOff = k.hostPointerOrFault(a[1], 8, writes: true), outOff = k.hostPointerOrFault(a[3], 8, writes: true)
            return hostSyscall(SYS_splice, a.fd(0), hostArg(inOff), a.fd(2), hostArg(outOff),
                               a.long(4), Int(UInt32(truncatingIfNeeded: a[5])))
        }
        t.register(.tee) { _, _, a in hostSyscall(SYS_tee, a.fd(0), a.fd(1), a.long(2), Int(UInt32(truncatingIfNeeded: a[3]))) }
    }
}
