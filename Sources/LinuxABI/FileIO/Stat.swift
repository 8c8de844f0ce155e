import Glibc
import XrunCore

/// newfstatat, fstat (converted), statx, statfs, fstatfs (passed through).
enum StatCalls {
    static func register(_ t: inout SyscallTable) {
        t.register(.newfstatat, strace: [.dirfd, .string, .pointer, .hex]) { k, _, a in
            let flags = Int(a.int(3)) // AT_* flags: include/uapi/linux/fcntl.h, not per-architecture
            return statInto(k, a[2]) { hs in
                k.withOptionalPath(a[1]) { p in hostSyscall(SYS_newfstatat, a.fd(0), hostArg(p), hs, flags) }
            }
        }
        t.register(.fstat, strace: [.int, .pointer]) { k, _, a in statInto(k, a[1]) { hs in hostSyscall(SYS_fstat, a.fd(0), hs) } }
        // struct statx (include/uapi/linux/stat.h) uses fixed-width fields only: 256 bytes,
        // the same layout everywhere.
        t.register(.statx, strace: [.dirfd, .string, .hex, .hex, .pointer]) { k, _, a in
            guard let buf = k.hostWritableBuffer(a[4], 256) else { return -Int(EFAULT) }
            return k.withOptionalPath(a[1]) { p in
                hostSyscall(SYS_statx, a.fd(0), hostArg(p), Int(a.int(2)), Int(a.int(3)), hostArg(buf))
            }
        }
        // struct statfs: asm-generic/statfs.h with __statfs_word = long on 64-bit for arm64
        // and riscv64; x86-64's asm/statfs.h includes the same generic header: 120 bytes,
        // identical layout.
        t.register(.statfs) { k, _, a in
            guard let buf = k.hostWritableBuffer(a[1], statfsSize) else { return -Int(EFAULT) }
            return k.withPath(a[0]) { p in hostSyscall(SYS_statfs, hostArg(p), hostArg(buf)) }
        }
        t.register(.fstatfs) { k, _, a in
            guard let buf = k.hostWritableBuffer(a[1], statfsSize) else { return -Int(EFAULT) }
            return hostSyscall(SYS_fstatfs, a.fd(0), hostArg(buf))
        }
    }

    static let statfsSize = 120

    /// Runs a host stat call into a host `struct stat`, then stores the guest's layout.
    static func statInto(_ k: Kernel, _ guestAddr: UInt64, _ call: (Int) -> Int) -> Int {
        withUnsafeTemporaryAllocation(byteCount: HostStat.size, alignment: 8) { buf -> Int in
            guard let hs = buf.baseAddress else { return -Int(ENOMEM) }
            hs.initializeMemory(as: UInt8.self, repeating: 0, count: HostStat.size)
            let r = call(hostArg(hs))
            if r < 0 { return r }
            return GuestStat.store(k, guestAddr, from: UnsafeRawPointer(hs))
        }
    }
}

/// x86-64 `struct stat` as the kernel writes it (arch/x86/include/uapi/asm/stat.h,
/// the !__i386__ branch): 144 bytes.
enum HostStat {
    static let size = 144
    static let dev = 0, ino = 8, nlink = 16          // unsigned long each
    static let mode = 24, uid = 28, gid = 32         // unsigned int; __pad0 at 36
    static let rdev = 40, sizeOff = 48, blksize = 56, blocks = 64 // (unsigned) long each
    static let atime = 72, atimeNsec = 80, mtime = 88, mtimeNsec = 96, ctime = 104, ctimeNsec = 112
}

/// The guest's `struct stat`: asm-generic/stat.h (arm64's asm/stat.h includes it for
/// 64-bit tasks; riscv64 has no asm/stat.h and uses it directly): 128 bytes.
enum GuestStat {
    static let size = 128
    static let dev = 0, ino = 8                       // unsigned long
    static let mode = 16, nlink = 20, uid = 24, gid = 28 // unsigned int
    static let rdev = 32                              // unsigned long; __pad1 at 40
    static let sizeOff = 48                           // long
    static let blksize = 56                           // int; __pad2 at 60
    static let blocks = 64                            // long
    static let atime = 72, atimeNsec = 80, mtime = 88, mtimeNsec = 96, ctime = 104, ctimeNsec = 112
    // __unused4, __unused5 (unsigned int) at 120, 124.

    /// Converts a host stat field by field into guest memory at `addr`.
    /// -EOVERFLOW if the link count does not fit (fs/stat.c cp_new_stat), -EFAULT for a
    /// bad guest buffer.
    static func store(_ k: Kernel, _ addr: UInt64, from h: UnsafeRawPointer) -> Int {
        func u64(_ o: Int) -> UInt64 { h.load(fromByteOffset: o, as: UInt64.self) }
        func u32(_ o: Int) -> UInt32 { h.load(fromByteOffset: o, as: UInt32.self) }
        let links = u64(HostStat.nlink)
        guard links <= UInt64(UInt32.max) else { return -Int(EOVERFLOW) }
        var g = [UInt8](repeating: 0, count: size)
        g.withUnsafeMutableBytes { b in
            func put<T>(_ o: Int, _ v: T) { b.storeBytes(of: v, toByteOffset: o, as: T.self) }
            put(dev, u64(HostStat.dev))
            put(ino, u64(HostStat.ino))
            put(mode, u32(HostStat.mode))
            put(nlink, UInt32(links))
            put(uid, u32(HostStat.uid))
            put(gid, u32(HostStat.gid))
            put(rdev, u64(HostStat.rdev))
            put(sizeOff, u64(HostStat.sizeOff))
            put(blksize, UInt32(truncatingIfNeeded: u64(HostStat.blksize)))
            put(blocks, u64(HostStat.blocks))
            put(atime, u64(HostStat.atime))
            put(atimeNsec, u64(HostStat.atimeNsec))
            put(mtime, u64(HostStat.mtime))
            put(mtimeNsec, u64(HostStat.mtimeNsec))
            put(ctime, u64(HostStat.ctime))
            put(ctimeNsec, u64(HostStat.ctimeNsec))
        }
        return k.memory.writeBytes(addr, g) ? 0 : -Int(EFAULT)
    }
}
