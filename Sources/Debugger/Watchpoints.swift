import CXrunHost
import Glibc
import XrunCore

enum WatchKind: Equatable {
    case write, read, access
    /// The stop reason's name in a T packet.
    var stopName: String {
        switch self {
        case .write: return "watch"
        case .read: return "rwatch"
        case .access: return "awatch"
        }
    }
}

struct Watchpoint: Equatable {
    let addr: UInt64
    let length: UInt64
    let kind: WatchKind
    var pages: ClosedRange<UInt64> { (addr >> GuestMemory.pageShift)...((addr + length - 1) >> GuestMemory.pageShift) }
}

/// Watchpoints (Z2 write, Z3 read, Z4 access) on any range, exact to the instruction:
/// the host pages holding a watched range lose the host permission the watch is
/// about (write, or all for read/access), so the guest's access faults in the
/// instruction that makes it — in the interpreter and in native code alike, with
/// nothing added to either. A fault on a watched page is then the stub's: a hit
/// stops the program with the data address; any other access to the page runs its
/// one instruction with the page's protection lifted (`Engine.stepInstruction`).
///
/// gdb's AArch64 support expects the stop in front of the access (it steps over the
/// instruction itself, "have_nonsteppable_watchpoint"); elsewhere the access is done
/// first, then the stop is reported after the instruction.
extension GdbStub {
    var watchStopsBeforeAccess: Bool { registerSet.architecture == "aarch64" }

    /// Under the lock.
    func addWatchpoint(_ w: Watchpoint) {
        guard !watchpoints.contains(w) else { return }
        watchpoints.append(w)
        watching = true
        for p in w.pages { protect(page: p) }
    }

    /// Under the lock.
    func removeWatchpoint(_ w: Watchpoint) {
        guard let i = watchpoints.firstIndex(of: w) else { return }
        watchpoints.remove(at: i)
        watching = !watchpoints.isEmpty
        for p in w.pages { protect(page: p) }
    }

    /// The host protection a page gets: the guest's (as GuestMemory gives it, without
    /// write on a page locked for its translated code), less what watches take.
    private func hostProtection(page: UInt64, lifted: Bool) -> Int32 {
        let f = engine.memory.flags(ofPage: page)
        var prot: Int32 = 0
        if f & UInt8(XRUN_PAGE_READ | XRUN_PAGE_EXEC) != 0 { prot |= PROT_READ }
        if f & UInt8(XRUN_PAGE_WRITE) != 0 && f & UInt8(XRUN_PAGE_CODE_LOCKED) == 0 { prot |= PROT_WRITE }
        if lifted || syscallLifts > 0 || f & UInt8(XRUN_PAGE_MAPPED) == 0 { return prot }
        let here = watchpoints.filter { $0.pages.contains(page) }
        if here.contains(where: { $0.kind != .write }) { return PROT_NONE }
        if !here.isEmpty { prot &= ~PROT_WRITE }
        return prot
    }

    private func protect(page: UInt64, lifted: Bool = false) {
        let host = engine.memory.host(page << GuestMemory.pageShift)
        let prot = hostProtection(page: page, lifted: lifted)
        let lowered = !lifted && syscallLifts == 0 && isWatched(page: page)
            && engine.memory.flags(ofPage: page) & UInt8(XRUN_PAGE_MAPPED) != 0
        // Marked before the protection drops: an access by the emulator in between
        // finds the mark (CXrunHost's fault handler).
        if lowered { engine.memory.setWatched(page: page, true) }
        mprotect(host, Int(GuestMemory.pageSize), prot)
        if !lowered { engine.memory.setWatched(page: page, false) }
    }

    /// Under the lock: every watched page gets the protection its watches ask for.
    func protectWatchedPages() {
        var done: Set<UInt64> = []
        for w in watchpoints { for p in w.pages where done.insert(p).inserted { protect(page: p) } }
    }

    func isWatched(page: UInt64) -> Bool { watchpoints.contains { $0.pages.contains(page) } }

    /// Runs `body` with the watched pages of [addr, addr+length) accessible (gdb's own
    /// reads and writes of watched memory). Under the lock.
    func withWatchesLifted<T>(_ addr: UInt64, _ length: Int, _ body: () -> T) -> T {
        guard !watchpoints.isEmpty, length > 0, addr < GuestMemory.addressLimit else { return body() }
        let last = min(addr &+ UInt64(length) &- 1, GuestMemory.addressLimit - 1)
        let pages = (addr >> GuestMemory.pageShift)...(last >> GuestMemory.pageShift)
        let watched = pages.filter { isWatched(page: $0) }
        for p in watched { protect(page: p, lifted: true) }
        defer { for p in watched { protect(page: p) } }
        return body()
    }

    /// Whether a guest fault at `addr` is a watch's doing: its page is watched and the
    /// guest itself may make that access.
    func watchHit(_ addr: UInt64, write: Bool, _ rec: ThreadRecord) -> Bool? {
        monitor.withLock {
            guard addr < GuestMemory.addressLimit, isWatched(page: addr >> GuestMemory.pageShift) else { return nil }
            let f = engine.memory.flags(ofPage: addr >> GuestMemory.pageShift)
            let allowed = write ? f & UInt8(XRUN_PAGE_WRITE) != 0 : f & UInt8(XRUN_PAGE_READ) != 0
            return allowed ? true : nil
        }
    }

    /// The watch a fault at `addr` hits (an access of up to 16 bytes may start before
    /// the range), if any. Under the lock.
    private func matching(_ addr: UInt64, write: Bool) -> Watchpoint? {
        watchpoints.first { w in
            addr &+ 16 > w.addr && addr < w.addr &+ w.length
                && (w.kind == .access || (w.kind == .write) == write)
        }
    }

    func handleWatchFault(_ addr: UInt64, write: Bool, _ rec: ThreadRecord) {
        let thread = rec.thread
        let hit = monitor.withLock { matching(addr, write: write) }
        if let hit, watchStopsBeforeAccess {
            engine.isa.absorbHostFPFlags(thread.cpu)
            _ = reportStop(rec, .watch(hit.addr, kind: hit.kind))
            // gdb removes the watch and steps; a watch still there means a plain resume:
            // run the instruction once, unwatched.
            if monitor.withLock({ !watchpoints.contains(hit) }) { return }
        }
        let page = addr >> GuestMemory.pageShift
        let trap: Trap? = monitor.withLock {
            protect(page: page, lifted: true)
            defer { protect(page: page) }
            return engine.stepInstruction(thread)
        }
        if let trap { engine.handleTrap(trap, thread) }
        if let hit, !watchStopsBeforeAccess, !thread.exited {
            _ = reportStop(rec, .watch(hit.addr, kind: hit.kind))
        }
    }
}

/// Watched memory and system calls. The guest's kernel reads and writes watched
/// memory in a system call as if nothing were watched, so xrun's must too:
/// - a buffer the host kernel will write is announced (`GuestMemory.hostWillWrite`),
///   which gives its watched pages their guest protection back first;
/// - the emulator's own stores and loads (a struct a system call converts) lift the
///   watch in CXrunHost's fault handler;
/// - a buffer the host kernel reads from a page with a read or access watch
///   (PROT_NONE) makes it fail with EFAULT before it did anything (Linux copies from
///   user memory before it acts, fs/read_write.c, net/socket.c): the call runs once
///   more with the watched pages unprotected (`rerunFaultedSyscall`).
/// After the call every watched page is protected again — also after mmap, mprotect,
/// munmap, mremap or brk gave a watched page a new protection (GuestMemory drops the
/// XRUN_PAGE_WATCHED mark with every protection change, which is what is checked).
/// A write or access watch whose bytes the call changed stops the program after the
/// call, as gdb's watchpoint (gdb compares the values and reports old and new).
/// While a call has a watched page unprotected, other threads' accesses to that page
/// are not caught.
extension GdbStub {
    public func rerunFaultedSyscall(_ thread: GuestThread, _ syscall: () -> Int) -> Int? {
        guard active, watching else { return nil }
        monitor.withLock {
            syscallLifts += 1
            protectWatchedPages()
        }
        let r = syscall()
        monitor.withLock {
            syscallLifts -= 1
            protectWatchedPages()
        }
        xrun_note_watch_lifted()
        return r
    }

    /// Under the lock: the bytes of the write and access watches (gdb's view).
    func watchedValues() -> [(Watchpoint, [UInt8])] {
        watchpoints.filter { $0.kind != .read }.map { w in
            (w, withWatchesLifted(w.addr, Int(w.length)) { readGuest(w.addr, Int(w.length)) })
        }
    }

    /// At a system call's entry: what the watched bytes were.
    func syscallEntryWithWatches(_ rec: ThreadRecord) {
        _ = xrun_take_watch_lifted()
        rec.watchSnapshot = monitor.withLock { watchedValues() }
    }

    /// At its return: watched pages protected again; a changed watch stops the
    /// program — when this call lifted a watch (a change made by another thread's
    /// store meanwhile is that thread's stop, reported where it faulted).
    func syscallReturnWithWatches(_ rec: ThreadRecord) {
        let liftedHere = xrun_take_watch_lifted() != 0
        let hit: Watchpoint? = monitor.withLock {
            let disturbed = syscallLifts == 0 && watchpoints.contains { w in
                w.pages.contains { p in
                    let f = engine.memory.flags(ofPage: p)
                    return f & UInt8(XRUN_PAGE_MAPPED) != 0 && f & UInt8(XRUN_PAGE_WATCHED) == 0
                }
            }
            if disturbed { protectWatchedPages() }
            let before = rec.watchSnapshot
            rec.watchSnapshot = []
            guard liftedHere else { return nil }
            let now = watchedValues()
            for (w, old) in before {
                if let n = now.first(where: { $0.0 == w }), n.1 != old { return w }
            }
            return nil
        }
        if let hit { _ = reportStop(rec, .watch(hit.addr, kind: hit.kind)) }
    }
}
