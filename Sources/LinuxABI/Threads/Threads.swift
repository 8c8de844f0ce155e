import CXrunHost
import Glibc
import XrunCore

/// Guest threads (clone with CLONE_VM|CLONE_THREAD): each runs on its own host thread
/// with its own CPU state; memory, the block cache, files and signal dispositions are
/// shared. The host thread id is the guest thread id.
extension Kernel {
    final class ThreadStart {
        let kernel: Kernel
        let thread: GuestThread
        let flags: UInt64, parentTid: UInt64, childTid: UInt64
        var tid: Int32 = 0
        var ready = sem_t()
        init(kernel: Kernel, thread: GuestThread, flags: UInt64, parentTid: UInt64, childTid: UInt64) {
            self.kernel = kernel; self.thread = thread; self.flags = flags
            self.parentTid = parentTid; self.childTid = childTid
            sem_init(&ready, 0, 0)
        }
    }

    /// A copy of `parent` as clone leaves it in the child: result 0, the new stack
    /// when one is given, the new thread pointer with CLONE_SETTLS.
    func clonedThread(_ parent: GuestThread, flags: UInt64, stack: UInt64, tls: UInt64) -> GuestThread {
        let child = GuestThread(engine: engine, tid: 0)
        child.copyState(from: parent)
        arch.setSyscallResult(child.cpu, 0)
        if stack != 0 { arch.setStackPointer(child.cpu, stack) }
        if flags & ProcessSyscalls.CLONE_SETTLS != 0 { arch.setThreadPointer(child.cpu, tls) }
        return child
    }

    func spawnThread(_ parent: GuestThread, flags: UInt64, stack: UInt64, parentTid: UInt64, tls: UInt64,
                     childTid: UInt64) -> Int {
        let child = clonedThread(parent, flags: flags, stack: stack, tls: tls)
        let lt = linuxThread(child)
        lt.blocked = linuxThread(parent).blocked
        lt.signals = linuxThread(parent).signals
        if flags & ProcessSyscalls.CLONE_CHILD_CLEARTID != 0 { lt.clearChildTid = childTid }
        let start = ThreadStart(kernel: self, thread: child, flags: flags, parentTid: parentTid, childTid: childTid)
        threadCount.withLock { liveThreads += 1 }

        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, 1 << 20)
        var handle = pthread_t()
        let firstHostThread = xrun_host_single_threaded() != 0
        let ctx = Unmanaged.passRetained(start).toOpaque()
        let r = pthread_create(&handle, &attr, { ctx in
            let start = Unmanaged<ThreadStart>.fromOpaque(ctx!).takeRetainedValue()
            start.kernel.threadMain(start)
            return nil
        }, ctx)
        pthread_attr_destroy(&attr)
        if r != 0 {
            Unmanaged<ThreadStart>.fromOpaque(ctx).release()
            threadCount.withLock { liveThreads -= 1 }
            return -Int(EAGAIN)
        }
        pthread_detach(handle)
        if firstHostThread { restoreGuestSignalState(after: parent) }
        while sem_wait(&start.ready) != 0 {}
        return Int(start.tid)
    }

    /// The host C library's first pthread_create (late_init in glibc's
    /// nptl/pthread_create.c) installs glibc's own SIGSETXID (33) handler and unblocks
    /// 32 and 33 in the creating thread. Signal 33 belongs to the guest: its glibc's
    /// setxid broadcast and Go's AllThreadsSyscall send it to every thread, and glibc's
    /// handler would run the host's (empty) setxid command and crash. Put the guest's
    /// disposition and the mask back; until then only this thread existed, so no
    /// other thread could have been sent 33 (nor changed its disposition) meanwhile.
    private func restoreGuestSignalState(after parent: GuestThread) {
        let lt = linuxThread(parent)
        applyHostDisposition(Self.SIGSETXID, lt.signals)
        setHostMask(lt.blocked)
    }
    static let SIGSETXID: Int32 = 33

    private func threadMain(_ start: ThreadStart) {
        let t = start.thread
        let tid = Int32(truncatingIfNeeded: hostSyscall(SYS_gettid))
        t.tid = tid
        // CLONE_PARENT_SETTID and CLONE_CHILD_SETTID are written before either side
        // runs guest code (kernel/fork.c).
        if start.flags & ProcessSyscalls.CLONE_PARENT_SETTID != 0 { memory.write(start.parentTid, tid) }
        if start.flags & ProcessSyscalls.CLONE_CHILD_SETTID != 0 { memory.write(start.childTid, tid) }
        start.tid = tid
        setBlocked(linuxThread(t).blocked, t)
        sem_post(&start.ready)
        engine.run(t)
    }

    /// exit(2) of one thread: clear_child_tid is zeroed and futex-woken (what
    /// pthread_join waits for); the last thread's exit ends the process.
    func exitThread(_ t: GuestThread, status: Int32) -> Int {
        // A vfork child is a process of its own: its only thread ends it.
        if linuxThread(t).isVforkChild { exitProcess(status) }
        // A signal this thread caught and has not delivered yet runs its handler before
        // the exit (which is made again after it), as if it had come just before;
        // Kernel.signalComesFirst. From here on the host thread takes no guest signal.
        if signalComesFirst(blocking: ~0, t) { return Kernel.signalFirst }
        let last = threadCount.withLock { () -> Bool in
            liveThreads -= 1
            return liveThreads == 0
        }
        if last { exitProcess(status) }
        let lt = linuxThread(t)
        if lt.clearChildTid != 0, memory.write(lt.clearChildTid, UInt32(0)),
           let p = hostBuffer(lt.clearChildTid, 4) {
            _ = hostSyscall(SYS_futex, Int(bitPattern: p), 1 /* FUTEX_WAKE */, 1)
        }
        // This host thread takes no guest signal any more: all of them, 32 and 33 too
        // (which glibc's pthread_sigmask leaves open), so that one sent to the exiting
        // thread is dropped with it, as for a thread in the kernel's do_exit, and one
        // sent to the process goes to another thread. Those it caught while the guest
        // blocked them (a handler's sa_mask, a temporary mask) go back to the process.
        var all = ~UInt64(0)
        _ = withUnsafePointer(to: &all) { hostSyscall(SYS_rt_sigprocmask, Int(SIG_SETMASK), hostArg(UnsafeRawPointer($0)), 0, 8) }
        xrun_hand_on_pending_signals()
        t.exited = true
        return Kernel.keepRegisters
    }
}
