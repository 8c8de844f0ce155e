import CXrunHost
import Glibc
import XrunCore

/// brk, mmap, munmap, mprotect, mremap, madvise: carried out inside the guest region
/// (mm/mmap.c semantics for argument checks and results).
enum MemorySyscalls {
    // Linux mmap flags (the same values on arm64, riscv64 and x86-64).
    static let MAP_SHARED: Int32 = 0x01, MAP_PRIVATE: Int32 = 0x02, MAP_SHARED_VALIDATE: Int32 = 0x03
    static let MAP_FIXED: Int32 = 0x10, MAP_ANONYMOUS: Int32 = 0x20
    static let MAP_FIXED_NOREPLACE: Int32 = 0x100000
    static let MREMAP_MAYMOVE: Int32 = 1, MREMAP_FIXED: Int32 = 2, MREMAP_DONTUNMAP: Int32 = 4

    static func register(_ t: inout SyscallTable) {
        t.register(.brk, strace: StraceFormat([.pointer], result: .address)) { k, _, a in Int(k.memory.brk(a[0])) }
        // Choosing a free range and mapping it must be one step: two threads mapping at
        // once (glibc creates a malloc arena per thread) would otherwise both get the
        // same range. The memory lock is recursive, so map and friends take it again.
        t.register(.mmap, strace: StraceFormat([.pointer, .hex, .hex, .hex, .int, .hex], result: .address)) { k, _, a in k.memory.lock.withLock { mmap(k, a[0], a[1], a.int(2), a.int(3), Int32(a.fd(4)), a[5]) } }
        t.register(.munmap, strace: [.pointer, .unsigned]) { k, _, a in munmap(k, a[0], a[1]) }
        t.register(.mprotect, strace: [.pointer, .unsigned, .hex]) { k, _, a in mprotect(k, a[0], a[1], a[2]) }
        t.register(.mremap, strace: StraceFormat([.pointer, .unsigned, .unsigned, .hex, .pointer], result: .address)) { k, _, a in k.memory.lock.withLock { mremap(k, a[0], a[1], a[2], a.int(3), a[4]) } }
        t.register(.madvise, strace: [.pointer, .unsigned, .int]) { k, _, a in madvise(k, a[0], a[1], a.int(2)) }
        t.register(.msync) { k, _, a in
            // mm/msync.c: flags, then alignment, then a range with unmapped pages.
            let flags = a.int(2)
            if flags & ~7 != 0 || (flags & 1 != 0 && flags & 4 != 0) || a[0] & (GuestMemory.pageSize - 1) != 0 {
                return -Int(EINVAL)
            }
            // The length is page-rounded first: one that rounds to 0 (within a page of
            // 2^64) is an empty range, which succeeds.
            let len = GuestMemory.pageUp(a[1])
            if a[0] &+ len < a[0] { return -Int(ENOMEM) }
            if len == 0 { return 0 }
            let r = lockRange(k, a[0], len)
            guard r == 0, let p = k.hostBuffer(a[0], Int(len)) else { return r < 0 ? r : -Int(ENOMEM) }
            return hostSyscall(SYS_msync, Int(bitPattern: p), Int(len), Int(a.int(2)))
        }
        t.register(.mincore) { k, _, a in mincore(k, a[0], a[1], a[2]) }
        // Nothing is locked (the guest's pages are the host's, and an emulator that pinned
        // them would pin its own reservation), but the range is checked as mm/mlock.c does.
        t.register(.mlock) { k, _, a in lockRange(k, a[0], a[1], populates: true) }
        t.register(.munlock) { k, _, a in lockRange(k, a[0], a[1]) }
        for call in [Syscall.mlockall, Syscall.munlockall] { t.register(call) { _, _, _ in 0 } }
        t.register(.mlock2) { k, _, a in a[2] & ~1 != 0 ? -Int(EINVAL) : lockRange(k, a[0], a[1], populates: true) }
    }

    /// mlock's and msync's range rule (mm/mlock.c, mm/msync.c): page-rounded; a range
    /// that wraps is EINVAL, one with unmapped pages ENOMEM, an empty one fine.
    /// `populates` (mlock, mlock2): the pages are faulted in, which fails on a PROT_NONE
    /// page (populate_vma_page_range → EFAULT, turned into ENOMEM by
    /// __mlock_posix_error_return).
    static func lockRange(_ k: Kernel, _ addr: UInt64, _ length: UInt64, populates: Bool = false) -> Int {
        let start = GuestMemory.pageDown(addr)
        let len = GuestMemory.pageUp(length &+ (addr - start))
        if len == 0 { return 0 }
        if start &+ len < start { return -Int(EINVAL) }
        guard inRange(start, len), k.memory.isAccessible(start, len, []) else { return -Int(ENOMEM) }
        if populates {
            let accessible = UInt8(XRUN_PAGE_READ | XRUN_PAGE_WRITE | XRUN_PAGE_EXEC)
            for page in (start >> GuestMemory.pageShift)..<((start + len) >> GuestMemory.pageShift)
            where k.memory.flags(ofPage: page) & accessible == 0 {
                return -Int(ENOMEM)
            }
        }
        return 0
    }

    /// Inside the space the guest may map (-R; the kernel's TASK_SIZE).
    static func inRange(_ addr: UInt64, _ len: UInt64) -> Bool {
        addr < GuestMemory.reservedVA && len <= GuestMemory.reservedVA - addr
    }

    static func mmap(_ k: Kernel, _ addr: UInt64, _ length: UInt64, _ protBits: Int32,
                     _ flags: Int32, _ fd: Int32, _ offset: UInt64) -> Int {
        let mem = k.memory
        if length == 0 || offset & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
        let len = GuestMemory.pageUp(length)
        if len == 0 || len >= GuestMemory.reservedVA { return -Int(ENOMEM) }
        let type = flags & 0x0f
        guard type == MAP_SHARED || type == MAP_PRIVATE || type == MAP_SHARED_VALIDATE else { return -Int(EINVAL) }
        let anonymous = flags & MAP_ANONYMOUS != 0
        var target: UInt64
        if flags & (MAP_FIXED | MAP_FIXED_NOREPLACE) != 0 {
            if addr & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
            guard inRange(addr, len) else { return -Int(ENOMEM) }
            if flags & MAP_FIXED == 0 && !mem.isFree(addr, len) { return -Int(EEXIST) }
            target = addr
        } else {
            let hint = inRange(addr, len) ? GuestMemory.pageDown(addr) : 0
            guard let f = mem.findFree(len, hint: hint) else { return -Int(ENOMEM) }
            target = f
        }
        var name = ""
        var dev: UInt64 = 0, ino: UInt64 = 0
        if !anonymous {
            var st = stat()
            if fstat(fd, &st) != 0 { return -Int(errno) }
            dev = UInt64(st.st_dev); ino = UInt64(st.st_ino)
            name = hostFDPath(fd) ?? ""
        }
        // Map first at a scratch place? No: MAP_FIXED over our own reservation is
        // atomic on the host, and a failure leaves the reservation's PROT_NONE pages.
        let r = mem.map(target, len, prot: GuestProt(linux: protBits), shared: type != MAP_PRIVATE,
                        fd: anonymous ? -1 : fd, offset: offset, name: name, device: dev, inode: ino)
        if r != 0 {
            return r
        }
        return Int(target)
    }


    static func munmap(_ k: Kernel, _ addr: UInt64, _ length: UInt64) -> Int {
        if addr & (GuestMemory.pageSize - 1) != 0 || length == 0 { return -Int(EINVAL) }
        // mm/mmap.c do_vmi_munmap: the length is checked before it is rounded (~0 must
        // not round to 0 and "succeed").
        guard inRange(addr, length) else { return -Int(EINVAL) }
        let len = GuestMemory.pageUp(length)
        guard inRange(addr, len) else { return -Int(EINVAL) }
        k.memory.unmap(addr, len)
        return 0
    }

    /// `keyAllocated`: pkey_mprotect's key check (ProtectionKeys), made after the arguments
    /// and before the range.
    static func mprotect(_ k: Kernel, _ addr: UInt64, _ length: UInt64, _ prot: UInt64, keyAllocated: Bool = true) -> Int {
        // mm/mprotect.c do_mprotect_pkey: both GROWS bits, then alignment, are EINVAL; an
        // empty range succeeds and a wrapping one is ENOMEM before the other bits count.
        if prot & 0x0300_0000 == 0x0300_0000 { return -Int(EINVAL) }
        if addr & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
        if length == 0 { return 0 }
        let len = GuestMemory.pageUp(length)
        if len == 0 || addr &+ len <= addr { return -Int(ENOMEM) }
        // PROT_GROWSDOWN/GROWSUP (0x01000000/0x02000000) accepted and ignored; then
        // arch_validate_prot: PROT_READ/WRITE/EXEC/SEM (0x8, no effect here), nothing else
        // in the whole unsigned long.
        if prot & ~UInt64(0x0300_000f) != 0 || !keyAllocated { return -Int(EINVAL) }
        guard inRange(addr, len) else { return -Int(ENOMEM) }
        return k.memory.protect(addr, len, GuestProt(linux: Int32(prot & 7)))
    }

    static func mremap(_ k: Kernel, _ old: UInt64, _ oldLength: UInt64, _ newLength: UInt64,
                       _ flags: Int32, _ newAddr: UInt64) -> Int {
        let mem = k.memory
        if old & (GuestMemory.pageSize - 1) != 0 || newLength == 0 { return -Int(EINVAL) }
        if flags & ~(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP) != 0 { return -Int(EINVAL) }
        if flags & MREMAP_FIXED != 0 && flags & MREMAP_MAYMOVE == 0 { return -Int(EINVAL) }
        let oldLen = GuestMemory.pageUp(oldLength), newLen = GuestMemory.pageUp(newLength)
        // mm/mremap.c: a new length that page-aligns to 0 (one within a page of 2^64)
        // is EINVAL; taken as 0 it would shrink the mapping away.
        if newLen == 0 { return -Int(EINVAL) }
        guard inRange(old, max(oldLen, 1)), let area = mem.area(containing: old) else { return -Int(EFAULT) }
        if flags & MREMAP_FIXED == 0 {
            if newLen <= oldLen {
                if newLen < oldLen { mem.unmap(old + newLen, oldLen - newLen) }
                return Int(old)
            }
            // Grow in place when the pages after it are free. The host cannot do it
            // (our reservation occupies those pages), so anonymous memory is extended by
            // mapping the new pages next to it; file mappings move instead.
            if area.inode == 0, !area.shared, inRange(old, newLen), mem.isFree(old + oldLen, newLen - oldLen) {
                let r = mem.map(old + oldLen, newLen - oldLen, prot: area.prot, shared: false, fd: -1,
                                offset: 0, name: area.name)
                if r == 0 { return Int(old) }
            }
            if flags & MREMAP_MAYMOVE == 0 { return -Int(ENOMEM) }
        }
        var target: UInt64
        if flags & MREMAP_FIXED != 0 {
            if newAddr & (GuestMemory.pageSize - 1) != 0 || !inRange(newAddr, newLen) { return -Int(EINVAL) }
            target = newAddr
            mem.unmap(target, newLen)
        } else {
            guard let f = mem.findFree(newLen) else { return -Int(ENOMEM) }
            target = f
        }
        return mem.move(old, oldLen, to: target, newLen, keepOld: flags & MREMAP_DONTUNMAP != 0)
    }

    /// mincore(addr, length, vec): one byte per page, bit 0 = resident. The range must
    /// be guest-mapped (-ENOMEM otherwise; on the host every page of the region is
    /// mapped), then the host answers for the same pages.
    static func mincore(_ k: Kernel, _ addr: UInt64, _ length: UInt64, _ vec: UInt64) -> Int {
        if addr & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
        let len = GuestMemory.pageUp(length)
        if length != 0 && len == 0 { return -Int(ENOMEM) }
        guard inRange(addr, len) else { return -Int(ENOMEM) }
        let pages = len >> GuestMemory.pageShift
        for i in 0..<pages where k.memory.flags(ofPage: (addr >> GuestMemory.pageShift) + i) & UInt8(XRUN_PAGE_MAPPED) == 0 {
            return -Int(ENOMEM)
        }
        guard let out = k.hostWritableBuffer(vec, Int(pages)) else { return -Int(EFAULT) }
        return hostSyscall(SYS_mincore, Int(bitPattern: k.memory.host(addr)), Int(len), hostArg(out))
    }

    /// The advice values mm/madvise.c's madvise_behavior_valid() knows (Linux 6.13;
    /// whether the kernel was built with KSM or THP the host's answer says).
    static func knownAdvice(_ a: Int32) -> Bool {
        (0...4).contains(a) || (8...25).contains(a) || (100...103).contains(a)
    }

    static func madvise(_ k: Kernel, _ addr: UInt64, _ length: UInt64, _ advice: Int32) -> Int {
        if !knownAdvice(advice) { return -Int(EINVAL) }
        if addr & (GuestMemory.pageSize - 1) != 0 { return -Int(EINVAL) }
        let len = GuestMemory.pageUp(length)
        // mm/madvise.c: a length that rounds to 0 or wraps is EINVAL.
        if (length != 0 && len == 0) || addr &+ len < addr { return -Int(EINVAL) }
        if len == 0 { return 0 }
        guard inRange(addr, len) else { return -Int(ENOMEM) }
        // Pass through: MADV_DONTNEED zeroes private anonymous pages, as the guest expects.
        // It, MADV_FREE (8) and MADV_REMOVE (9) may change what the pages hold.
        if advice == 4 || advice == 8 || advice == 9 { k.memory.hostWillWrite(addr, len) }
        // The host range is all mapped (the reservation); the guest's may have holes,
        // which Linux reports after advising the rest.
        let holes = !k.memory.isAccessible(addr, len, [])
        let r = hostSyscall(SYS_madvise, Int(bitPattern: k.memory.host(addr)), Int(len), Int(advice))
        if holes { return -Int(ENOMEM) }
        return r == -Int(EINVAL) ? (advice == 4 ? r : 0) : r
    }
}
