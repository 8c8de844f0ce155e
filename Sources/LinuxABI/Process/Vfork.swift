import CXrunHost
import Glibc
import XrunCore

/// vfork and posix_spawn: clone(CLONE_VM|CLONE_VFORK) makes a child process that shares
/// the parent's memory while the parent waits until the child calls execve or exits.
/// glibc's posix_spawn depends on the sharing: the child reports a failed exec by
/// storing errno in the parent's memory before it exits.
///
/// The host child shares all of our memory too (CLONE_VM), so it runs on a host stack
/// of its own, and it is cloned from a helper host thread: the child borrows that
/// thread's thread-local storage (our fault guard, signal store, malloc cache), which
/// nobody else uses while the helper waits for the child. The guest child gets its own
/// thread state and a copy of the signal dispositions (no CLONE_SIGHAND); memory, the
/// block cache and the rest of the emulator are shared, as the guest's memory is.
extension Kernel {
    final class VforkStart {
        let kernel: Kernel
        let child: GuestThread
        let flags: UInt64, childTid: UInt64
        var result = 0
        init(kernel: Kernel, child: GuestThread, flags: UInt64, childTid: UInt64) {
            self.kernel = kernel; self.child = child; self.flags = flags; self.childTid = childTid
        }
    }

    /// Host stack of the child while it runs the guest until execve or exit.
    static let vforkStackSize = 1 << 20

    func vforkSharingMemory(_ parent: GuestThread, flags: UInt64, stack: UInt64, parentTid: UInt64, tls: UInt64,
                            childTid: UInt64) -> Int {
        let child = clonedThread(parent, flags: flags, stack: stack, tls: tls)
        let plt = linuxThread(parent), clt = linuxThread(child)
        clt.blocked = plt.blocked
        clt.altStackBase = plt.altStackBase; clt.altStackSize = plt.altStackSize
        clt.altStackDisabled = plt.altStackDisabled
        clt.signals = flags & ProcessSyscalls.CLONE_SIGHAND != 0 ? plt.signals : plt.signals.copy()
        clt.isVforkChild = true
        child.runsUndebugged = true   // a process of its own; gdb stays with the parent
        if flags & ProcessSyscalls.CLONE_CHILD_CLEARTID != 0 { clt.clearChildTid = childTid }

        let start = VforkStart(kernel: self, child: child, flags: flags, childTid: childTid)
        // The child changes the registry of xrun's descriptors for its own table.
        let ownDescriptors = EmulatorDescriptors.save()
        var helper = pthread_t()
        let ctx = Unmanaged.passRetained(start).toOpaque()
        let r = pthread_create(&helper, nil, { ctx in
            let start = Unmanaged<VforkStart>.fromOpaque(ctx!).takeUnretainedValue()
            start.result = start.kernel.cloneSharingMemory(start, ctx!)
            return nil
        }, ctx)
        if r != 0 {
            Unmanaged<VforkStart>.fromOpaque(ctx).release()
            return -Int(EAGAIN)
        }
        pthread_join(helper, nil)
        EmulatorDescriptors.restore(ownDescriptors)
        Unmanaged<VforkStart>.fromOpaque(ctx).release()
        if start.result > 0 && flags & ProcessSyscalls.CLONE_PARENT_SETTID != 0 {
            memory.write(parentTid, UInt32(truncatingIfNeeded: start.result))
        }
        if start.result > 0 { engine.debugger?.vforked(child: Int32(start.result), thread: parent) }
        return start.result
    }

    /// On the helper thread: the host clone, which returns once the child has exec'd
    /// or exited.
    private func cloneSharingMemory(_ start: VforkStart, _ ctx: UnsafeMutableRawPointer) -> Int {
        // The helper takes no signals (the child starts with the helper's mask and
        // sets the guest's).
        var all = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_SETMASK, &all, nil)
        guard let hostStack = mmap(nil, Self.vforkStackSize, PROT_READ | PROT_WRITE,
                                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0),
              hostStack != MAP_FAILED else { return -Int(EAGAIN) }
        defer { munmap(hostStack, Self.vforkStackSize) }
        let hostFlags = (start.flags & 0xff) | ProcessSyscalls.CLONE_VM | ProcessSyscalls.CLONE_VFORK
            | (start.flags & ProcessSyscalls.CLONE_PARENT)
        return xrun_clone_call(UInt(hostFlags), hostStack + Self.vforkStackSize, { ctx in
            let start = Unmanaged<VforkStart>.fromOpaque(ctx!).takeUnretainedValue()
            start.kernel.runVforkChild(start)
        }, ctx)
    }

    /// The child process: runs the guest until it calls execve (the host execve ends
    /// this process image) or exits.
    private func runVforkChild(_ start: VforkStart) -> Never {
        xrun_clear_pending_signals()
        let child = start.child
        let pid = Int32(truncatingIfNeeded: hostSyscall(SYS_gettid))
        child.tid = pid
        if start.flags & ProcessSyscalls.CLONE_CHILD_SETTID != 0 { memory.write(start.childTid, pid) }
        setBlocked(linuxThread(child).blocked, child)
        engine.run(child)
        exitProcess(0)
    }
}
