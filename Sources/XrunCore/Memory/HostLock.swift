import Glibc

/// A plain pthread mutex for the cold shared structures (block cache, mappings).
/// Never taken on the per-instruction path.
///
/// fork: a guest fork forks the whole emulator from one host thread, while other host
/// threads may hold one of these locks (translating a block, changing mappings); the
/// child would inherit it locked by a thread it does not have and hang at its next use.
/// So every HostLock is registered, and around the host's fork() (pthread_atfork) the
/// forking thread takes them all, in creation order, then releases them in the parent
/// and makes them new in the child. Where locks nest, the outer one must have been
/// created first (GuestMemory's before the BlockCache's; the Linux layer's are leaves).
public final class HostLock: @unchecked Sendable {
    private let m: UnsafeMutablePointer<pthread_mutex_t>

    public init() {
        m = .allocate(capacity: 1)
        Self.initialize(m)
        Self.register(m)
    }

    deinit {
        pthread_mutex_lock(&Self.registryLock)
        Self.registry.removeAll { $0 == m }
        pthread_mutex_unlock(&Self.registryLock)
        pthread_mutex_destroy(m)
        m.deallocate()
    }

    private static func initialize(_ m: UnsafeMutablePointer<pthread_mutex_t>) {
        var attr = pthread_mutexattr_t()
        pthread_mutexattr_init(&attr)
        pthread_mutexattr_settype(&attr, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(m, &attr)
        pthread_mutexattr_destroy(&attr)
    }

    @inline(__always)
    public func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(m)
        defer { pthread_mutex_unlock(m) }
        return try body()
    }

    // MARK: - fork

    /// Every live lock's mutex, in creation order, guarded by `registryLock`.
    nonisolated(unsafe) private static var registry: [UnsafeMutablePointer<pthread_mutex_t>] = []
    nonisolated(unsafe) private static var registryLock = pthread_mutex_t()

    private static let installForkHandlers: Void = {
        pthread_mutex_init(&registryLock, nil)
        pthread_atfork({
            pthread_mutex_lock(&HostLock.registryLock)
            for m in HostLock.registry { pthread_mutex_lock(m) }
        }, {
            for m in HostLock.registry.reversed() { pthread_mutex_unlock(m) }
            pthread_mutex_unlock(&HostLock.registryLock)
        }, {
            // The child's only thread is the forking one; its tid is new, so the
            // recursive mutexes it holds cannot be unlocked by it: make them new.
            pthread_mutex_init(&HostLock.registryLock, nil)
            for m in HostLock.registry { HostLock.initialize(m) }
        })
    }()

    private static func register(_ m: UnsafeMutablePointer<pthread_mutex_t>) {
        _ = installForkHandlers
        pthread_mutex_lock(&registryLock)
        registry.append(m)
        pthread_mutex_unlock(&registryLock)
    }
}
