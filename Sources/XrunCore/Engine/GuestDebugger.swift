/// The seam between the engine and the Linux layer on one side and a debugger (the
/// gdb stub, target `Debugger`) on the other. `Engine.debugger` holds it; when it is
/// nil (no `-g`) nothing here is called and no guest path tests anything more.
public protocol GuestDebugger: AnyObject, Sendable {
    /// Runs `thread` until it exits, in place of `Engine.run`'s loop: the debugger
    /// parks it when gdb stops the program and single-steps it when asked.
    func run(_ thread: GuestThread)

    /// A signal is about to be delivered to `thread` (`info`: the guest's 128-byte
    /// siginfo). The debugger may stop the program and let gdb decide; returns the
    /// signal to deliver instead, 0 for none.
    func signalWillBeDelivered(_ signal: Int32, info: [UInt8], thread: GuestThread) -> Int32

    /// System call `number` is about to run (`entry`) or has returned: a stop when gdb
    /// catches it (`catch syscall`).
    func syscallStop(_ number: Int, entry: Bool, thread: GuestThread)
    /// Whether `syscallStop` wants to hear of system calls now (cheap to ask).
    var catchesSyscalls: Bool { get }

    /// A system call on `thread` failed with EFAULT: if pages the debugger protects
    /// (watchpoints) may be why, runs `syscall` again with them unprotected and returns
    /// its result; nil when the debugger had nothing to do with it.
    func rerunFaultedSyscall(_ thread: GuestThread, _ syscall: () -> Int) -> Int?

    /// The process ends: with `status` from exit_group, or killed by `signal` (non-zero).
    /// gdb hears of it before the process is gone.
    func processWillEnd(status: Int32, signal: Int32)

    /// A plain fork is about to happen on `thread` (the parent, before the host fork).
    func forkWillHappen(thread: GuestThread)

    /// Called in the child of a fork: the connection belongs to the parent (unless
    /// gdb follows the child, which the debugger learns from the parent here).
    func forkedChild()

    /// Called in the parent after a fork made process `child`: gdb hears of it
    /// (fork events) and decides which process it follows.
    func forked(child: Int32, thread: GuestThread)

    /// Called in the parent after a vfork child (sharing memory) made by `thread` has
    /// exec'd or exited: gdb hears of the vfork and its end.
    func vforked(child: Int32, thread: GuestThread)

    /// `thread` is about to execve a foreign program (xrun re-executes itself):
    /// the options the new xrun needs to carry the debugger on.
    func execWillHappen(thread: GuestThread) -> [String]
    /// The execve announced with `execWillHappen` failed: this process goes on.
    func execFailed()
}

/// One register as gdb knows it: its name, size, gdb type and group, and how to read
/// and write it in a thread's CPU state (little-endian bytes, `bits / 8` of them).
public struct DebugRegister: Sendable {
    public let name: String
    public let bits: Int
    /// gdb's type name ("int", "code_ptr", "data_ptr", "ieee_double", or one the
    /// feature defines, e.g. "aarch64v").
    public let type: String
    public let group: String?
    public let read: @Sendable (UnsafeMutableRawPointer) -> [UInt8]
    public let write: @Sendable (UnsafeMutableRawPointer, [UInt8]) -> Void

    public init(_ name: String, bits: Int, type: String, group: String? = nil,
                read: @escaping @Sendable (UnsafeMutableRawPointer) -> [UInt8],
                write: @escaping @Sendable (UnsafeMutableRawPointer, [UInt8]) -> Void) {
        self.name = name; self.bits = bits; self.type = type; self.group = group
        self.read = read; self.write = write
    }

    /// A register stored as it is at `offset` from the CPU pointer.
    public static func stored(_ name: String, at offset: Int, bits: Int, type: String,
                              group: String? = nil) -> DebugRegister {
        DebugRegister(name, bits: bits, type: type, group: group, read: { cpu in
            Array(UnsafeRawBufferPointer(start: cpu + offset, count: bits / 8))
        }, write: { cpu, bytes in
            bytes.prefix(bits / 8).withUnsafeBytes { (cpu + offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        })
    }
}

/// gdb's view of an architecture's registers: target-description features in order;
/// registers are numbered consecutively through them (gdb's regnum).
public struct DebugRegisterSet: Sendable {
    public struct Feature: Sendable {
        public let name: String
        /// Type definitions (target-description XML) the registers' types refer to.
        public let typesXML: String
        public let registers: [DebugRegister]
        public init(name: String, typesXML: String = "", registers: [DebugRegister]) {
            self.name = name; self.typesXML = typesXML; self.registers = registers
        }
    }
    /// gdb's architecture name (`set architecture`): "aarch64", "riscv:rv64".
    public let architecture: String
    public let features: [Feature]
    public init(architecture: String, features: [Feature]) {
        self.architecture = architecture; self.features = features
    }
    public var registers: [DebugRegister] { features.flatMap(\.registers) }
}
