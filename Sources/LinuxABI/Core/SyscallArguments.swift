import XrunCore

/// The argument registers as the kernel's handlers take them (SYSCALL_DEFINEn
/// parameters of C type int, long or a descriptor).
extension SyscallArgs {
    /// The argument as a C `int` (the kernel truncates to 32 bits).
    @inline(__always) public func int(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: self[i]) }
    @inline(__always) public func long(_ i: Int) -> Int { Int(bitPattern: UInt(self[i])) }
    /// Argument `i` as a C int, sign-extended for a host syscall argument (fds, AT_FDCWD).
    @inline(__always) func fd(_ i: Int) -> Int { Int(int(i)) }
}
