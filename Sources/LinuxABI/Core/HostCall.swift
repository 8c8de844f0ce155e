import CXrunHost
import Glibc

/// Host system call through the raw funnel: the result, or -errno.
@inline(__always)
public func hostSyscall(_ nr: Int32, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0,
                        _ d: Int = 0, _ e: Int = 0, _ f: Int = 0) -> Int {
    xrun_syscall6(Int(nr), a, b, c, d, e, f)
}

extension UInt64 {
    /// As a host syscall argument.
    public var arg: Int { Int(bitPattern: UInt(self)) }
}
