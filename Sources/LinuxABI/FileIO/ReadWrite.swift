import Glibc
import XrunCore

/// read, write, pread64, pwrite64, lseek: the buffer goes straight to the host kernel
/// (an unmapped guest page is PROT_NONE on the host, so the host answers -EFAULT).
enum ReadWrite {
    static func register(_ t: inout SyscallTable) {
        t.register(.read, strace: [.int, .pointer, .unsigned]) { k, _, a in
            guard let b = k.ioBuffer(a[1], a[2], hostWrites: true) else { return -Int(EFAULT) }
            if OwnMemoryFile.opened, OwnMemoryFile.isMemFile(a.fd(0)) {
                return OwnMemoryFile.transferAtPosition(k, fd: a.fd(0), write: false, buf: b.ptr, count: b.len)
            }
            return hostIOSyscall(SYS_read, a.fd(0), hostArg(b.ptr), b.len)
        }
        t.register(.write, strace: [.int, .data, .unsigned]) { k, _, a in
            guard let b = k.ioBuffer(a[1], a[2], hostWrites: false) else { return -Int(EFAULT) }
            if OwnMemoryFile.opened, OwnMemoryFile.isMemFile(a.fd(0)) {
                return OwnMemoryFile.transferAtPosition(k, fd: a.fd(0), write: true, buf: b.ptr, count: b.len)
            }
            return hostIOSyscall(SYS_write, a.fd(0), hostArg(b.ptr), b.len)
        }
        // On 64-bit ABIs the offset is one register (no pair splitting): same on x86-64.
        t.register(.pread64, strace: [.int, .pointer, .unsigned, .unsigned]) { k, _, a in
            guard let b = k.ioBuffer(a[1], a[2], hostWrites: true) else { return -Int(EFAULT) }
            if OwnMemoryFile.opened, OwnMemoryFile.isMemFile(a.fd(0)) {
                return OwnMemoryFile.transfer(k, fd: a.fd(0), write: false, buf: b.ptr, count: b.len, at: a[3])
            }
            return hostSyscall(SYS_pread64, a.fd(0), hostArg(b.ptr), b.len, a.long(3))
        }
        t.register(.pwrite64, strace: [.int, .data, .unsigned, .unsigned]) { k, _, a in
            guard let b = k.ioBuffer(a[1], a[2], hostWrites: false) else { return -Int(EFAULT) }
            if OwnMemoryFile.opened, OwnMemoryFile.isMemFile(a.fd(0)) {
                return OwnMemoryFile.transfer(k, fd: a.fd(0), write: true, buf: b.ptr, count: b.len, at: a[3])
            }
            return hostSyscall(SYS_pwrite64, a.fd(0), hostArg(b.ptr), b.len, a.long(3))
        }
        // SEEK_SET/CUR/END/DATA/HOLE: include/uapi/linux/fs.h, not per-architecture.
        // /proc/self/mem positions are guest addresses (OwnMemoryFile).
        t.register(.lseek, strace: [.int, .int, .int]) { k, _, a in
            if OwnMemoryFile.opened, OwnMemoryFile.isMemFile(a.fd(0)) {
                return OwnMemoryFile.seek(k, fd: a.fd(0), offset: a.long(1), whence: a.int(2))
            }
            return hostSyscall(SYS_lseek, a.fd(0), a.long(1), Int(a.int(2)))
        }
    }
}
