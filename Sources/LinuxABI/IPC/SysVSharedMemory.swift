import Glibc
import XrunCore

/// System V shared memory: shmget, shmat, shmdt, shmctl. The segments are the host's
/// (ipcs and other processes see them); an attachment is the host's own shm mapping
/// placed inside the guest region over its reservation, and recorded as a guest mapping
/// (pages, /proc/self/maps) like mmap's, so mprotect, munmap, mremap, fork and the
/// translated-code checks treat it as any other. As with any memory mapped twice,
/// code written through one attachment and run through another (or by another process)
/// is not seen by code already translated from it.
///
/// struct shmid64_ds (112 bytes), shminfo64 (72) and shm_info (48) have the same
/// layout in asm-generic/shmbuf.h (arm64, riscv64) and on x86-64, which uses it too.
/// SHMLBA is PAGE_SIZE on all three (asm-generic/shmparam.h; arm64's 16 KiB is
/// COMPAT_SHMLBA, for 32-bit tasks only: arch/arm64/include/asm/shmparam.h).
enum SysVSharedMemory {
    static let SHM_RDONLY: Int32 = 0o10000, SHM_RND: Int32 = 0o20000, SHM_REMAP: Int32 = 0o40000
    static let SHM_EXEC: Int32 = 0o100000
    static let SHM_STAT: Int32 = 13, SHM_INFO: Int32 = 14, SHM_STAT_ANY: Int32 = 15
    static let dsSize = 112, segszOffset = 48

    static func register(_ t: inout SyscallTable) {
        t.register(.shmget, strace: [.hex, .unsigned, .octal]) { _, _, a in
            hostSyscall(SYS_shmget, Int(a.int(0)), a.long(1), Int(a.int(2)))
        }
        t.register(.shmat, strace: StraceFormat([.int, .pointer, .hex], result: .address)) { k, _, a in
            shmat(k, a.int(0), a[1], a.int(2))
        }
        t.register(.shmdt, strace: [.pointer]) { k, _, a in shmdt(k, a[0]) }
        t.register(.shmctl, strace: [.int, .int, .pointer]) { k, _, a in
            hostSyscall(SYS_shmctl, Int(a.int(0)), Int(a.int(1)), k.ipcControlBuffer(a[2], layout(a.int(1))))
        }
    }

    /// The struct a shmctl command copies (ipc/shm.c ksys_shmctl).
    static func layout(_ cmd: Int32) -> (size: Int, writes: Bool)? {
        switch cmd {
        case IPCCommand.IPC_STAT, SHM_STAT, SHM_STAT_ANY: return (dsSize, true)
        case IPCCommand.IPC_SET: return (dsSize, false)
        case IPCCommand.IPC_INFO: return (72, true)
        case SHM_INFO: return (48, true)
        default: return nil
        }
    }

    /// The segment's size and key, from the host, or its -errno.
    static func segment(_ id: Int) -> Result<(size: UInt64, key: Int32), Errno> {
        withUnsafeTemporaryAllocation(byteCount: dsSize, alignment: 8) { ds in
            let r = hostSyscall(SYS_shmctl, id, Int(IPCCommand.IPC_STAT), hostArg(ds.baseAddress))
            if r < 0 { return .failure(Errno(Int32(-r))) }
            return .success((ds.load(fromByteOffset: segszOffset, as: UInt64.self), ds.load(as: Int32.self)))
        }
    }

    /// How /proc/self/maps names an attachment (ipc/shm.c newseg: "SYSV%08x" on the
    /// internal shm mount, unlinked).
    static func mappingName(key: Int32) -> String {
        let hex = String(UInt32(bitPattern: key), radix: 16)
        return "/SYSV" + String(repeating: "0", count: 8 - hex.count) + hex + " (deleted)"
    }

    /// The device /proc/self/maps shows for an attachment: the kernel's internal shm
    /// mount (ipc/shm.c newseg → shmem_kernel_file_setup), where memfd_create's files
    /// live too (mm/shmem.c), so a memfd's st_dev names it.
    static let device: UInt64 = "xrun".withCString { name in
        let fd = hostSyscall(SYS_memfd_create, Int(bitPattern: name), 1 /* MFD_CLOEXEC */)
        guard fd >= 0 else { return 0 }
        defer { close(Int32(fd)) }
        var st = stat()
        return fstat(Int32(fd), &st) == 0 ? UInt64(st.st_dev) : 0
    }

    static func isAttachment(_ m: Mapping) -> Bool { m.shared && m.name.hasPrefix("/SYSV") && m.name.hasSuffix(" (deleted)") }

    /// ipc/shm.c do_shmat: the address rules (EINVAL) come before the id is looked up;
    /// without SHM_REMAP a given range must be free (EINVAL). The size is learnt with
    /// IPC_STAT, which checks the id and the read permission shmat needs anyway.
    static func shmat(_ k: Kernel, _ id: Int32, _ requested: UInt64, _ flags: Int32) -> Int {
        if id < 0 { return -Int(EINVAL) }
        let shmlba = GuestMemory.pageSize
        var addr = requested
        if addr != 0 {
            if addr & (shmlba - 1) != 0 {
                guard flags & SHM_RND != 0 else { return -Int(EINVAL) }
                addr &= ~(shmlba - 1)
                if addr == 0 && flags & SHM_REMAP != 0 { return -Int(EINVAL) }
            }
        } else if flags & SHM_REMAP != 0 {
            return -Int(EINVAL)
        }
        var prot: GuestProt = flags & SHM_RDONLY != 0 ? [.read] : [.read, .write]
        if flags & SHM_EXEC != 0 { prot.insert(.exec) }
        let seg: (size: UInt64, key: Int32)
        switch segment(Int(id)) {
        case .failure(let e): return -Int(e.code)
        case .success(let s): seg = s
        }
        let len = GuestMemory.pageUp(seg.size)
        let mem = k.memory
        // Choosing the range and attaching there are one step, as for mmap.
        return mem.lock.withLock {
            var target = addr
            if addr != 0 {
                if flags & SHM_REMAP == 0 && addr &+ seg.size < addr { return -Int(EINVAL) }
                guard MemorySyscalls.inRange(addr, len) else { return -Int(ENOMEM) }
                if flags & SHM_REMAP == 0 && !mem.isFree(addr, len) { return -Int(EINVAL) }
            } else {
                guard let free = mem.findFree(len) else { return -Int(ENOMEM) }
                target = free
            }
            // The host attaches at exactly that place over the reservation (SHM_REMAP);
            // the rounding is done.
            let hostFlags = Int((flags & ~SHM_RND) | SHM_REMAP)
            let r = mem.mapByHost(target, len, prot: prot, name: mappingName(key: seg.key), device: device,
                                   inode: UInt64(id)) {
                hostSyscall(SYS_shmat, Int(id), Int(bitPattern: mem.host(target)), hostFlags)
            }
            return r < 0 ? r : Int(target)
        }
    }

    /// ipc/shm.c ksys_shmdt: the first attachment area at or above `addr` that starts
    /// where its segment would (its offset is its distance from `addr`) gives the segment
    /// and its size; it and every later area of the same segment placed the same way and
    /// ending within that size are unmapped (the pieces mprotect or munmap made of one
    /// attachment). Unmapping is detaching: the host drops the attachment when its pages
    /// go back to the reservation. EINVAL when there is none.
    static func shmdt(_ k: Kernel, _ addr: UInt64) -> Int {
        if addr & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
        let mem = k.memory
        return mem.lock.withLock {
            let areas = mem.mappings.areas
            guard let first = areas.firstIndex(where: { $0.start >= addr && isAttachment($0) && $0.start - addr == $0.offset })
            else { return -Int(EINVAL) }
            let seg = areas[first]
            let size = (try? segment(Int(seg.inode)).get()).map { GuestMemory.pageUp($0.size) } ?? (seg.end - addr)
            var pieces = [seg]
            for m in areas[(first + 1)...] {
                if m.end - addr > size { break }
                if isAttachment(m) && m.inode == seg.inode && m.name == seg.name && m.start - addr == m.offset {
                    pieces.append(m)
                }
            }
            for m in pieces { mem.unmap(m.start, m.end - m.start) }
            return 0
        }
    }
}
