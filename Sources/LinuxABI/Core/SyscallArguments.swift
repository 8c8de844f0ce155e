import XrunCore

/// The argument registers as the kernel's handlers take them (SYSCALL_DEFINEn
/// parameters of C type int, long or a descriptor).
extension SyscallArgs {
    /// The argument as a C `int` (the kernel truncates to 32 bits).
    @inline(__always) public func int(_ i: Int) -> Int32 { Int32(truncatingIfNeeded: self[i]) }
    @inline(__always) public func long(_ i: Int) -> Int { Int(bitPattern: UInt(self[i])) }
    /// Argument `i` as a C int, sign-extended for a host syscall argument (fds, AT_FDCWD).
    /// One of xrun's own descriptors becomes -1: the guest never opened it, so the host
    /// answers EBADF as the kernel would for a closed number (EmulatorDescriptors).
    @inline(__always) func fd(_ i: Int) -> Int {
        let f = int(i)
        return EmulatorDescriptors.contains(f) ? -1 : Int(f)
    }
}
