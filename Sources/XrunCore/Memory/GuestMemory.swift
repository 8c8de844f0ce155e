import CXrunHost
import Glibc

/// The guest's address space: a reserved host region whose byte `a` is guest address
/// `a`. Guest mmap/munmap/mprotect/mremap/brk are carried out inside it with host
/// calls on the same pages, so the host MMU enforces the guest's protections, and a
/// byte of flags per page lets the cold paths (syscall pointer checks, instruction
/// fetch) ask about a page without a system call.
public final class GuestMemory: @unchecked Sendable {
    /// Guest addresses are below this; the region reserves it plus a guard area.
    public static let addressLimit: UInt64 = 1 << 40
    public static let guardSize: UInt64 = 1 << 20
    public static let pageSize: UInt64 = 4096
    public static let pageShift: UInt64 = 12

    // Address-space layout (guest addresses), set once at start-up before the guest's
    // first mapping (-R, -s; QEMU's reserved_va and guest_stack_size).

    /// The guest maps nothing at or above this (-R); the host region stays addressLimit
    /// large, so the fault and bounds checks of the translated code do not change.
    public nonisolated(unsafe) static var reservedVA: UInt64 = addressLimit
    public static let minimumReservedVA: UInt64 = 256 << 20
    /// The size of the initial stack mapping (-s; Linux's default RLIMIT_STACK).
    public nonisolated(unsafe) static var stackSize: UInt64 = 8 << 20
    /// 16 MiB below the top of the space (1/16 of a small one).
    public static var stackTop: UInt64 { reservedVA - min(1 << 24, reservedVA / 16) }
    /// mmap without a hint places top-down from here: 4 GiB below the top (a quarter
    /// of a small space), leaving the stack room to be large.
    public static var mmapTop: UInt64 { reservedVA - min(1 << 32, reservedVA / 4) }
    public static let mmapBottom: UInt64 = 1 << 16
    /// Where an ET_DYN main program is loaded: Linux's ELF_ET_DYN_BASE, 2/3 of the
    /// space (arch/arm64/include/asm/elf.h), 64 KiB aligned.
    public static var pieBase: UInt64 { (reservedVA / 3 * 2) & ~0xFFFF }

    public let base: UnsafeMutableRawPointer
    public let pageFlags: UnsafeMutablePointer<UInt8>
    public let lock = HostLock()
    public private(set) var mappings = MappingList()

    public private(set) var brkStart: UInt64 = 0
    public private(set) var brkCurrent: UInt64 = 0

    /// Told about every change to pages that held translated code — unmapped,
    /// re-protected, replaced, or written by the guest or by the host on its behalf —
    /// through this one path. The block cache installs itself here.
    public weak var codeObserver: GuestCodeObserver?
    /// Host-library calls watch executable file mappings (nil when they are off).
    public var fileMappingObserver: FileMappingObserver?

    /// `hostBase` (-B, QEMU's guest_base): the host address guest address 0 must be at.
    public init(hostBase: UInt64? = nil) throws {
        let total = Int(Self.addressLimit + Self.guardSize)
        let hint = hostBase.flatMap { UnsafeMutableRawPointer(bitPattern: UInt($0)) }
        let fixed = hostBase == nil ? 0 : MAP_FIXED_NOREPLACE
        let p = mmap(hint, total, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | fixed, -1, 0)
        guard let p, p != MAP_FAILED, hostBase == nil || p == hint else {
            let why = String(cString: strerror(errno))
            if let hostBase {
                throw XrunError("cannot reserve the guest's \(Self.addressLimit >> 30) GiB at host address 0x"
                                + String(hostBase, radix: 16) + " (-B): " + why)
            }
            throw XrunError("cannot reserve \(Self.addressLimit >> 30) GiB of address space for the guest (check ulimit -v)")
        }
        base = p
        GuestRegionMarker.place(at: p + Int(Self.addressLimit))
        let pages = Int(Self.addressLimit >> Self.pageShift) + Int(Self.guardSize >> Self.pageShift)
        let f = mmap(nil, pages, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let f, f != MAP_FAILED else { throw XrunError("cannot allocate the guest page table") }
        pageFlags = f.assumingMemoryBound(to: UInt8.self)
        xrun_fault_setup(UInt(bitPattern: p), Self.addressLimit + Self.guardSize, pageFlags)
    }

    deinit {
        munmap(base, Int(Self.addressLimit + Self.guardSize))
        munmap(pageFlags, Int((Self.addressLimit + Self.guardSize) >> Self.pageShift))
    }

    @inline(__always) public func host(_ addr: UInt64) -> UnsafeMutableRawPointer {
        base + Int(addr)
    }

    public static func pageDown(_ a: UInt64) -> UInt64 { a & ~(pageSize - 1) }
    public static func pageUp(_ a: UInt64) -> UInt64 { (a &+ pageSize &- 1) & ~(pageSize - 1) }

    // MARK: - Queries used by the Linux layer and the translator

    /// True when [addr, addr+len) is mapped with at least `prot` for the guest.
    public func isAccessible(_ addr: UInt64, _ len: UInt64, _ prot: GuestProt) -> Bool {
        if len == 0 { return addr <= Self.addressLimit }
        guard addr < Self.addressLimit, len <= Self.addressLimit - addr else { return false }
        var page = addr >> Self.pageShift
        let last = (addr + len - 1) >> Self.pageShift
        let need = prot.rawValue | UInt8(XRUN_PAGE_MAPPED)
        while page <= last {
            if pageFlags[Int(page)] & need != need { return false }
            page += 1
        }
        return true
    }

    public func flags(ofPage page: UInt64) -> UInt8 { pageFlags[Int(page)] }

    /// Reads a NUL-terminated string of at most `max` bytes; nil if it runs into
    /// unreadable memory or is longer (the Linux layer answers -EFAULT / -ENAMETOOLONG).
    public func readCString(_ addr: UInt64, max: Int = 4096) -> [UInt8]? {
        var out: [UInt8] = []
        var a = addr
        while out.count <= max {
            guard isAccessible(a, 1, .read) else { return nil }
            // Scan to the end of this page without re-checking each byte.
            let pageEnd = Self.pageDown(a) + Self.pageSize
            while a < pageEnd {
                let c = host(a).load(as: UInt8.self)
                if c == 0 { return out }
                out.append(c)
                a += 1
                if out.count > max { return nil }
            }
        }
        return nil
    }

    public func readBytes(_ addr: UInt64, _ count: Int) -> [UInt8]? {
        guard count >= 0, isAccessible(addr, UInt64(count), .read) else { return nil }
        return Array(UnsafeRawBufferPointer(start: host(addr), count: count))
    }

    /// Inlinable so that callers get it specialized for their collection: unspecialized,
    /// every byte went through the standard library's witness tables.
    @inlinable @discardableResult
    public func writeBytes(_ addr: UInt64, _ bytes: some Collection<UInt8>) -> Bool {
        guard isAccessible(addr, UInt64(bytes.count), .write) else { return false }
        var p = host(addr)
        for b in bytes { p.storeBytes(of: b, as: UInt8.self); p += 1 }
        return true
    }

    public func read<T>(_ addr: UInt64, as: T.Type) -> T? {
        guard isAccessible(addr, UInt64(MemoryLayout<T>.size), .read) else { return nil }
        return host(addr).loadUnaligned(as: T.self)
    }

    @discardableResult
    public func write<T>(_ addr: UInt64, _ value: T) -> Bool {
        guard isAccessible(addr, UInt64(MemoryLayout<T>.size), .write) else { return false }
        withUnsafeBytes(of: value) { host(addr).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        return true
    }

    // MARK: - Mapping changes (all page-aligned; callers validate arguments)

    static func hostProt(_ p: GuestProt) -> Int32 {
        var r: Int32 = 0
        if p.contains(.read) || p.contains(.exec) { r |= PROT_READ }
        if p.contains(.write) { r |= PROT_WRITE }
        return r
    }

    private func setFlags(_ lo: UInt64, _ hi: UInt64, _ prot: GuestProt?) {
        var page = lo >> Self.pageShift
        let end = hi >> Self.pageShift
        var hadCode = false
        while page < end {
            let old = pageFlags[Int(page)]
            if old & UInt8(XRUN_PAGE_HAS_CODE) != 0 { hadCode = true }
            pageFlags[Int(page)] = prot.map { $0.rawValue | UInt8(XRUN_PAGE_MAPPED) } ?? 0
            page += 1
        }
        if hadCode { codeObserver?.guestCodeChanged(lo, hi) }
    }

    /// Maps [addr, addr+len) for the guest. `fd` < 0 means anonymous memory.
    /// Returns the host's -errno on failure.
    public func map(_ addr: UInt64, _ len: UInt64, prot: GuestProt, shared: Bool,
                    fd: Int32, offset: UInt64, name: String = "", device: UInt64 = 0,
                    inode: UInt64 = 0) -> Int {
        lock.withLock {
            var flags = MAP_FIXED | (shared ? MAP_SHARED : MAP_PRIVATE)
            if fd < 0 { flags |= MAP_ANONYMOUS }
            let r = xrun_syscall6(Int(SYS_mmap), Int(bitPattern: host(addr)), Int(len),
                                  Int(Self.hostProt(prot)), Int(flags), Int(fd), Int(offset))
            if r < 0 && r > -4096 { return r }
            setFlags(addr, addr + len, prot)
            mappings.insert(Mapping(start: addr, end: addr + len, prot: prot, shared: shared,
                                    offset: offset, device: device, inode: inode, name: name))
            if let observer = fileMappingObserver {
                observer.mappingRemoved(addr, addr + len)
                if fd >= 0 && prot.contains(.exec) {
                    observer.executableFileMapped(addr: addr, len: len, fd: fd, offset: offset)
                }
            }
            return 0
        }
    }

    /// Records [addr, addr+len) as a guest mapping that the host call `mapOnHost` puts
    /// at host(addr) itself, replacing the reservation there (System V shmat with
    /// SHM_REMAP). `mapOnHost` returns -errno, when nothing changed, or a value ≥ 0.
    public func mapByHost(_ addr: UInt64, _ len: UInt64, prot: GuestProt, name: String, device: UInt64, inode: UInt64,
                          _ mapOnHost: () -> Int) -> Int {
        lock.withLock {
            let r = mapOnHost()
            if r < 0 && r > -4096 { return r }
            setFlags(addr, addr + len, prot)
            mappings.insert(Mapping(start: addr, end: addr + len, prot: prot, shared: true, device: device, inode: inode,
                                    name: name))
            fileMappingObserver?.mappingRemoved(addr, addr + len)
            return 0
        }
    }

    /// Gives pages back to the reservation (PROT_NONE, no backing).
    public func unmap(_ addr: UInt64, _ len: UInt64) {
        lock.withLock {
            _ = mmap(host(addr), Int(len), PROT_NONE,
                     MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
            setFlags(addr, addr + len, nil)
            mappings.remove(addr, addr + len)
            fileMappingObserver?.mappingRemoved(addr, addr + len)
        }
    }

    public func protect(_ addr: UInt64, _ len: UInt64, _ prot: GuestProt) -> Int {
        lock.withLock {
            guard mappings.covers(addr, addr + len) else { return -Int(ENOMEM) }
            let r = mprotect(host(addr), Int(len), Self.hostProt(prot))
            if r != 0 { return -Int(errno) }
            setFlags(addr, addr + len, prot)
            mappings.protect(addr, addr + len, prot)
            return 0
        }
    }

    /// Moves pages with the host's mremap (content and backing preserved) and puts the
    /// reservation back where they were. Returns the new address or -errno.
    public func move(_ old: UInt64, _ oldLen: UInt64, to new: UInt64, _ newLen: UInt64,
                     keepOld: Bool) -> Int {
        lock.withLock {
            guard let area = mappings.area(containing: old) else { return -Int(EFAULT) }
            // MREMAP_MAYMOVE | MREMAP_FIXED (| MREMAP_DONTUNMAP)
            let flags = 3 | (keepOld ? 4 : 0)
            let r = xrun_syscall6(Int(SYS_mremap), Int(bitPattern: host(old)), Int(oldLen), Int(newLen),
                                  flags, Int(bitPattern: host(new)), 0)
            if r < 0 && r > -4096 { return r }
            let prot = area.prot
            if !keepOld {
                // The host left a hole: reserve it again so nothing else lands there.
                _ = mmap(host(old), Int(oldLen), PROT_NONE,
                         MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
                setFlags(old, old + oldLen, nil)
                mappings.remove(old, old + oldLen)
            }
            setFlags(new, new + newLen, prot)
            var m = area
            m.offset += old - area.start
            m.start = new
            m.end = new + newLen
            mappings.insert(m)
            return Int(new)
        }
    }

    /// Highest free range of `len` bytes, near `hint` when that is free.
    public func findFree(_ len: UInt64, hint: UInt64 = 0) -> UInt64? {
        lock.withLock {
            if hint != 0, hint < Self.reservedVA, len <= Self.reservedVA - hint,
               !mappings.areas.contains(where: { $0.start < hint + len && $0.end > hint }) {
                return hint
            }
            return mappings.findFree(length: len, below: Self.mmapTop, above: Self.mmapBottom)
        }
    }

    public func isFree(_ addr: UInt64, _ len: UInt64) -> Bool {
        lock.withLock { !mappings.areas.contains { $0.start < addr + len && $0.end > addr } }
    }

    public func area(containing addr: UInt64) -> Mapping? {
        lock.withLock { mappings.area(containing: addr) }
    }

    // MARK: - brk

    public func setBrkStart(_ a: UInt64) {
        brkStart = Self.pageUp(a)
        brkCurrent = brkStart
    }

    /// Linux semantics: returns the new break, or the old one when it cannot move.
    public func brk(_ requested: UInt64) -> UInt64 {
        lock.withLock {
            // Beyond the space brk may grow into (a hostile brk(-1)) it stays, as
            // mm/mmap.c's brk leaves it past TASK_SIZE; pageUp would wrap to 0.
            if requested < brkStart || requested > Self.mmapTop { return brkCurrent }
            let oldTop = Self.pageUp(brkCurrent), newTop = Self.pageUp(requested)
            if newTop > oldTop {
                guard newTop <= Self.mmapTop, isFree(oldTop, newTop - oldTop) else {
                    return brkCurrent
                }
                let r = map(oldTop, newTop - oldTop, prot: [.read, .write], shared: false, fd: -1,
                            offset: 0, name: "[heap]")
                if r != 0 { return brkCurrent }
            } else if newTop < oldTop {
                unmap(newTop, oldTop - newTop)
            }
            brkCurrent = requested
            return brkCurrent
        }
    }

    // MARK: - Translated code tracking (called by the block cache under its lock)

    /// Marks a page as holding translated code. If the guest may write it, the host
    /// page becomes read-only so that a write traps and invalidates the blocks.
    public func noteCode(page: UInt64) {
        let i = Int(page)
        let f = pageFlags[i]
        if f & UInt8(XRUN_PAGE_HAS_CODE) != 0 { return }
        if f & UInt8(XRUN_PAGE_WRITE) != 0 {
            pageFlags[i] = f | UInt8(XRUN_PAGE_HAS_CODE) | UInt8(XRUN_PAGE_CODE_LOCKED)
            mprotect(host(page << Self.pageShift), Int(Self.pageSize), PROT_READ)
        } else {
            pageFlags[i] = f | UInt8(XRUN_PAGE_HAS_CODE)
        }
    }

    /// The host is about to write or discard guest memory [addr, addr+len) on the
    /// guest's behalf (a read(2) into a guest buffer, a struct a system call fills
    /// in, madvise(MADV_DONTNEED)): the observer drops the code translated from those
    /// pages, and pages locked because they hold it get their guest protection back,
    /// so that the write lands. (Writes by the guest itself come through the fault
    /// handler, `takeGuestCodeWrites`; mapping changes notify by themselves.)
    public func hostWillWrite(_ addr: UInt64, _ len: UInt64) {
        guard len > 0, addr < Self.addressLimit else { return }
        let first = addr >> Self.pageShift
        let last = (min(addr &+ len, Self.addressLimit) - 1) >> Self.pageShift
        for page in first...last where pageFlags[Int(page)] & UInt8(XRUN_PAGE_HAS_CODE | XRUN_PAGE_WATCHED) != 0 {
            if pageFlags[Int(page)] & UInt8(XRUN_PAGE_HAS_CODE) != 0 {
                codeObserver?.guestCodeChanged(page << Self.pageShift, (page + 1) << Self.pageShift)
                unlockCode(page: page)
            }
            liftWatch(page: page)
        }
    }

    /// A page gdb watches (Debugger/Watchpoints.swift) whose host protection the
    /// debugger lowered: marked so that the host writing it on the guest's behalf
    /// (`hostWillWrite`) or the emulator touching it (CXrunHost's fault handler) first
    /// gives it its guest protection back; the debugger protects it again after the
    /// system call (it sees the mark gone).
    public func setWatched(page: UInt64, _ on: Bool) {
        if on { pageFlags[Int(page)] |= UInt8(XRUN_PAGE_WATCHED) } else { pageFlags[Int(page)] &= ~UInt8(XRUN_PAGE_WATCHED) }
    }

    private func liftWatch(page: UInt64) {
        let f = pageFlags[Int(page)]
        guard f & UInt8(XRUN_PAGE_WATCHED) != 0 else { return }
        pageFlags[Int(page)] = f & ~UInt8(XRUN_PAGE_WATCHED)
        xrun_note_watch_lifted()
        var prot = Self.hostProt(GuestProt(rawValue: f & 7))
        if f & UInt8(XRUN_PAGE_CODE_LOCKED) != 0 { prot &= ~PROT_WRITE }
        mprotect(host(page << Self.pageShift), Int(Self.pageSize), prot)
    }

    /// The fault handler gave code-locked pages the guest wrote their protection back
    /// and listed them (CXrunHost's dirty pages): tell the observer. Called by the
    /// engine when a thread's interrupt word says so.
    ///
    /// Under the lock, taking the pages and dropping their blocks is one step: the queue
    /// is shared, so another thread may have taken this thread's page a moment ago; this
    /// thread must not go on before that thread has dropped its blocks. (The queue itself
    /// is under a spin lock in CXrunHost: see dirty_add.)
    public func takeGuestCodeWrites() {
        lock.withLock {
            var pages = [UInt64](repeating: 0, count: 256)
            let n = xrun_take_dirty_pages(&pages, 256)
            if n < 0 {
                codeObserver?.allGuestCodeChanged()
            } else {
                for p in pages.prefix(Int(n)) {
                    codeObserver?.guestCodeChanged(p << Self.pageShift, (p + 1) << Self.pageShift)
                }
            }
        }
    }

    /// Gives a code-locked page its guest protection back; the observer has dropped
    /// its blocks.
    private func unlockCode(page: UInt64) {
        let i = Int(page)
        let f = pageFlags[i]
        guard f & UInt8(XRUN_PAGE_CODE_LOCKED) != 0 else { return }
        pageFlags[i] = f & ~UInt8(XRUN_PAGE_CODE_LOCKED | XRUN_PAGE_HAS_CODE)
        mprotect(host(page << Self.pageShift), Int(Self.pageSize),
                 Self.hostProt(GuestProt(rawValue: f & 7)))
    }

    /// After invalidation: the page no longer holds code we know of.
    public func forgetCode(page: UInt64) {
        let i = Int(page)
        pageFlags[i] &= ~UInt8(XRUN_PAGE_HAS_CODE)
    }
}

/// Whoever keeps code translated from guest memory (the block cache): told when the
/// pages it came from change.
public protocol GuestCodeObserver: AnyObject {
    /// Pages [lo, hi) changed: drop what was translated from them.
    func guestCodeChanged(_ lo: UInt64, _ hi: UInt64)
    /// More pages changed than were recorded: drop everything.
    func allGuestCodeChanged()
}
