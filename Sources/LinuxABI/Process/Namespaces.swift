import Glibc
import XrunCore

/// Namespaces: unshare and setns go to the host kernel as they are (the CLONE_* values
/// are the same on every Linux architecture, include/uapi/linux/sched.h); fork-style
/// clone passes the CLONE_NEW* flags on (ProcessSyscalls.clone). A guest process is
/// one host process and a guest thread one host thread, so the kernel's rules hold as
/// they are: CLONE_NEWUSER refuses a process with more than one thread (xrun starts no
/// host threads of its own), and after unshare(CLONE_NEWPID) the next child is pid 1 of
/// the new namespace — xrun keeps no pid of its own, every pid it uses it asks the
/// host for (getpid, gettid), so the child's view is the kernel's.
enum Namespaces {
    static let CLONE_NEWTIME: UInt64 = 0x80, CLONE_NEWNS: UInt64 = 0x20000
    static let CLONE_NEWCGROUP: UInt64 = 0x0200_0000, CLONE_NEWUTS: UInt64 = 0x0400_0000
    static let CLONE_NEWIPC: UInt64 = 0x0800_0000, CLONE_NEWUSER: UInt64 = 0x1000_0000
    static let CLONE_NEWPID: UInt64 = 0x2000_0000, CLONE_NEWNET: UInt64 = 0x4000_0000
    /// The flags that make a fork-style clone's child start in new namespaces
    /// (CLONE_NEWTIME is for unshare and clone3 only), with CLONE_SYSVSEM, which a
    /// child that shares no memory may ask for too.
    static let forkFlags = CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER
        | CLONE_NEWPID | CLONE_NEWNET | 0x40000 /* CLONE_SYSVSEM */

    static func register(_ t: inout SyscallTable) {
        t.register(.unshare, strace: [.hex]) { _, _, a in hostSyscall(SYS_unshare, Int(a.int(0))) }
        t.register(.setns, strace: [.int, .hex]) { _, _, a in hostSyscall(SYS_setns, a.fd(0), Int(a.int(1))) }
    }
}
