/// Registers the handlers of the file, time, identity and I/O subsystems.
enum Subsystems {
    static func registerAll(_ t: inout SyscallTable) {
    }
}
