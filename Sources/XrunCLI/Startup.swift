import CXrunHost

extension XrunMain {
    /// argv as the kernel gave it, captured by CXrunHost's startup.c before the Swift
    /// runtime started: Swift's CommandLine needs /proc to find it, and a chroot that
    /// binfmt_misc starts xrun in may have no /proc. Also undoes what startup.c did to
    /// the environment, so call it before anything reads the environment.
    public static func startupArguments() -> [String] {
        xrun_startup_restore_environment()
        guard let argv = xrun_startup_argv() else { return CommandLine.arguments }
        return (0..<Int(xrun_startup_argc())).map { argv[$0].map { String(cString: $0) } ?? "" }
    }
}
