import Glibc

/// A mutex with one condition variable: the stub's state is shared between the
/// server thread (gdb's packets) and the guest threads (stops, parking).
final class Monitor: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(cond, nil)
    }

    /// In a fork child (one thread): a mutex another parent thread held at the fork
    /// would stay locked forever; start afresh.
    func reinitializeAfterFork() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(cond, nil)
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
    /// Under the lock: waits for a broadcast (or `milliseconds`, when given).
    func wait(milliseconds: Int? = nil) {
        guard let ms = milliseconds else { pthread_cond_wait(cond, mutex); return }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var ns = Int(now.tv_nsec) + ms * 1_000_000
        now.tv_sec += ns / 1_000_000_000
        ns %= 1_000_000_000
        now.tv_nsec = ns
        pthread_cond_timedwait(cond, mutex, &now)
    }
    func broadcast() { pthread_cond_broadcast(cond) }
}
