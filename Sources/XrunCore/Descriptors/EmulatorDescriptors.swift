import Glibc

/// The descriptors xrun itself keeps in the process's descriptor table: the -strace/-d
/// logs (the -D file, or a copy of stderr), the gdb stub's sockets and wake pipes, the
/// perf map. Guest and emulator share one table (one host process), but the guest never
/// opened these, so it must see what a native process sees for those numbers — nothing:
/// close, fcntl, read, write … answer EBADF, /proc/self/fd does not list them — and when
/// it asks for one of their numbers (dup3 onto it, F_DUPFD finding it lowest free), xrun
/// moves its own descriptor away first and the guest gets the number.
///
/// They live high (at or above `base`, as the kernel's lowest-free rule fills a guest's
/// table from 0), close-on-exec. The Linux layer asks `contains` on every descriptor a
/// system call takes, so the check is one compare for the usual small numbers and a scan
/// of a small fixed table above `lowest`: no dictionary, no allocation.
public enum EmulatorDescriptors {
    public static let capacity = 32

    /// The smallest registered number (Int32.max when none): below it nothing is ours.
    public nonisolated(unsafe) private(set) static var lowest: Int32 = .max

    private nonisolated(unsafe) static let slots: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        p.initialize(repeating: -1, count: capacity)
        return p
    }()
    /// Told the new number when a descriptor moves (cold path; indexed like `slots`).
    private nonisolated(unsafe) static var relocations = [((Int32) -> Void)?](repeating: nil, count: capacity)
    private static let lock = HostLock()

    /// Where xrun's descriptors start: 1000 (above what ordinary programs reach) unless
    /// RLIMIT_NOFILE is lower, then just below it.
    static var base: Int32 {
        var rl = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &rl) == 0 else { return 1000 }
        if rl.rlim_cur >= 1064 { return 1000 }   // RLIM_INFINITY too
        return Int32(max(3, Int(rl.rlim_cur) - 64))
    }

    /// True when `fd` is one of xrun's own descriptors.
    @inline(__always) public static func contains(_ fd: Int32) -> Bool {
        fd >= lowest && scan(fd) >= 0
    }

    @inline(never) private static func scan(_ fd: Int32) -> Int {
        for i in 0..<capacity where slots[i] == fd { return i }
        return -1
    }

    /// Takes `fd` (just opened by xrun) into the registry: moved to a high number,
    /// close-on-exec, the original closed. Returns the number to use; `relocated` is told
    /// when a guest's dup3/F_DUPFD later moves it. A full table keeps `fd` unregistered.
    @discardableResult
    public static func adopt(_ fd: Int32, relocated: ((Int32) -> Void)? = nil) -> Int32 {
        guard fd >= 0 else { return fd }
        return lock.withLock {
            guard let i = (0..<capacity).first(where: { slots[$0] < 0 }) else { return fd }
            var own = fd
            if fd < base {
                let high = fcntl(fd, F_DUPFD_CLOEXEC, base)
                if high >= 0 { _ = Glibc.close(fd); own = high }
            }
            _ = fcntl(own, F_SETFD, FD_CLOEXEC)
            slots[i] = own
            relocations[i] = relocated
            recomputeLowest()
            return own
        }
    }

    /// xrun is about to close `fd` itself: no longer ours.
    public static func forget(_ fd: Int32) {
        guard fd >= 0 else { return }
        lock.withLock {
            let i = scan(fd)
            if i < 0 { return }
            slots[i] = -1
            relocations[i] = nil
            recomputeLowest()
        }
    }

    /// Closes one of xrun's descriptors and forgets it.
    public static func close(_ fd: Int32) {
        forget(fd)
        if fd >= 0 { _ = Glibc.close(fd) }
    }

    /// The guest is taking number `fd`: if it is ours, ours moves to another high number
    /// first (its owner is told). Returns false when it could not move (descriptor table
    /// full): the caller fails the guest's call with EMFILE, as the kernel would when
    /// there is no room.
    public static func vacate(_ fd: Int32) -> Bool {
        lock.withLock {
            let i = scan(fd)
            if i < 0 { return true }
            var moved = fcntl(fd, F_DUPFD_CLOEXEC, base)
            if moved < 0 { moved = fcntl(fd, F_DUPFD_CLOEXEC, 3) }
            if moved < 0 { return false }
            slots[i] = moved
            relocations[i]?(moved)
            // The old number stays open until the guest's dup3 replaces it atomically, so
            // a write racing on another thread lands in one file or the other, never in a
            // closed or reused number's.
            recomputeLowest()
            return true
        }
    }

    /// The registry as it is, for `restore`.
    public struct Saved {
        fileprivate let slots: [Int32]
        fileprivate let relocations: [((Int32) -> Void)?]
    }

    public static func save() -> Saved {
        lock.withLock { Saved(slots: (0..<capacity).map { slots[$0] }, relocations: relocations) }
    }

    /// Puts the registry back as `saved` had it and tells each owner whose number
    /// changed meanwhile its number again. A vfork child shares xrun's memory, and so
    /// this registry, with its parent but has a descriptor table of its own: what it
    /// registers, moves or forgets there (xrun re-executing itself opens files, the
    /// guest's close_fds moves ours) says nothing about the parent's table, which the
    /// parent gets back when the child has exec'd or exited.
    public static func restore(_ saved: Saved) {
        lock.withLock {
            for i in 0..<capacity where slots[i] != saved.slots[i] {
                slots[i] = saved.slots[i]
                relocations[i] = saved.relocations[i]
                if saved.slots[i] >= 0 { relocations[i]?(saved.slots[i]) }
            }
            recomputeLowest()
        }
    }

    /// The registered numbers, ascending (cold paths: close_range, /proc/self/fd).
    public static var all: [Int32] {
        lock.withLock { (0..<capacity).map { slots[$0] }.filter { $0 >= 0 }.sorted() }
    }

    private static func recomputeLowest() {
        var m = Int32.max
        for i in 0..<capacity where slots[i] >= 0 { m = min(m, slots[i]) }
        lowest = m
    }

    /// A descriptor for xrun's own log lines (-strace, -d, thunk traces): the -D file
    /// appended to, or a copy of stderr so that the guest closing or redirecting its
    /// fd 2 does not take the log with it. -1 when the file cannot be opened.
    public static func openLog(path: String?, relocated: ((Int32) -> Void)? = nil) -> Int32 {
        let fd = path.map { open($0, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) } ?? fcntl(2, F_DUPFD_CLOEXEC, 3)
        if fd < 0 { return path == nil ? 2 : -1 }
        return adopt(fd, relocated: relocated)
    }
}
