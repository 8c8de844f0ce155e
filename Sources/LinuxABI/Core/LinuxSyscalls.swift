extension SyscallTable {
    /// Every system call the Linux layer implements, each registered once, in the
    /// subsystem file that implements it (number, strace format, restart policy and
    /// handler together). The one place the table is filled.
    static func linux() -> SyscallTable {
        var t = SyscallTable()
        // Memory/
        MemorySyscalls.register(&t)
        MemoryPolicy.register(&t)
        ProtectionKeys.register(&t)
        // Process/, Threads/
        ProcessSyscalls.register(&t)
        Pidfds.register(&t)
        ProcessMemory.register(&t)
        Kcmp.register(&t)
        Capabilities.register(&t)
        Namespaces.register(&t)
        Futex.register(&t)
        Membarrier.register(&t)
        // Signals/
        SignalSyscalls.register(&t)
        // FileIO/
        OpenClose.register(&t)
        ReadWrite.register(&t)
        VectorIO.register(&t)
        StatCalls.register(&t)
        PathCalls.register(&t)
        Directories.register(&t)
        Mounts.register(&t)
        Attributes.register(&t)
        ExtendedAttributes.register(&t)
        SyncAdvice.register(&t)
        Transfer.register(&t)
        SpecialFiles.register(&t)
        Fanotify.register(&t)
        Fcntl.register(&t)
        Ioctl.register(&t)
        // Time/
        Clocks.register(&t)
        Timers.register(&t)
        PosixTimers.register(&t)
        ClockAdjustment.register(&t)
        // SystemInfo/
        Uname.register(&t)
        Limits.register(&t)
        Scheduler.register(&t)
        Random.register(&t)
        Prctl.register(&t)
        AdministrativeCalls.register(&t)
        // Poll/
        Poll.register(&t)
        Epoll.register(&t)
        // Sockets/
        SocketCalls.register(&t)
        SocketData.register(&t)
        SocketOptions.register(&t)
        SocketMessages.register(&t)
        // IPC/
        SysVSharedMemory.register(&t)
        SysVSemaphores.register(&t)
        SysVMessages.register(&t)
        MessageQueues.register(&t)
        // Core/: answered -ENOSYS by design
        RefusedSyscalls.register(&t)
        return t
    }
}
