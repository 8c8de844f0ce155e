/// Registers the handlers of the file, time, system-information, poll and socket
/// subsystems (memory, process and signals register from Kernel.init).
enum Subsystems {
    static func registerAll(_ t: inout SyscallTable) {
        // FileIO/
        OpenClose.register(&t)
        ReadWrite.register(&t)
        VectorIO.register(&t)
        StatCalls.register(&t)
        PathCalls.register(&t)
        Directories.register(&t)
        Attributes.register(&t)
        ExtendedAttributes.register(&t)
        SyncAdvice.register(&t)
        Transfer.register(&t)
        SpecialFiles.register(&t)
        Fcntl.register(&t)
        Ioctl.register(&t)
        // Time/
        Clocks.register(&t)
        Timers.register(&t)
        // SystemInfo/
        Uname.register(&t)
        Limits.register(&t)
        Scheduler.register(&t)
        Random.register(&t)
        Prctl.register(&t)
        Futex.register(&t)
        // Poll/
        Poll.register(&t)
        Epoll.register(&t)
        // Sockets/
        SocketCalls.register(&t)
        SocketData.register(&t)
        SocketOptions.register(&t)
        SocketMessages.register(&t)
    }
}
