import Glibc
import XrunCore

/// Socket address arguments. struct sockaddr and its families (sockaddr_in, _in6, _un,
/// _nl, _ll …) have the same layout on every Linux ABI, so the bytes pass through; only
/// the pointers are checked. AF_UNIX path names are not -L translated (neither does QEMU).
extension Kernel {
    /// sizeof(struct sockaddr_storage): the kernel never moves more address bytes.
    static let sockaddrMax = 128

    /// An address the host reads (bind, connect, sendto): `len` bytes, capped at 128
    /// (the host itself answers -EINVAL for a negative or oversized length).
    /// A pointer xrun cannot translate goes as one that faults on the host: the kernel
    /// reads the address only for a length > 0, after checking the descriptor.
    func sockaddrIn(_ addr: UInt64, _ len: Int32) -> (ok: Bool, ptr: UnsafeMutableRawPointer?) {
        (true, hostPointerOrFault(addr, Int(min(max(len, 0), Int32(Self.sockaddrMax))), writes: false))
    }

    /// An address the host writes with its length in/out at `lenAddr` (accept,
    /// getsockname, getpeername, recvfrom). For accept and recvfrom a NULL address means
    /// the length is not looked at, so it is passed as NULL too (`lengthWithoutAddress`
    /// false); getsockname/getpeername always go through move_addr_to_user, which reads
    /// and writes the length (and accepts a NULL address when the length is 0).
    func sockaddrOut(_ addr: UInt64, _ lenAddr: UInt64, lengthWithoutAddress: Bool = false)
        -> (ok: Bool, addr: Int, len: Int) {
        if addr == 0 {
            if !lengthWithoutAddress { return (true, 0, 0) }
            let lp = hostOptionalWritable(lenAddr, 4)
            return (lp.ok, 0, hostArg(lp.ptr))
        }
        // The host reads the length and writes the address only after its own checks of
        // the descriptor (ENOTSOCK, EBADF) and of the length, and not at all for a
        // length of 0: pointers xrun cannot translate go as ones that fault there.
        guard let len = memory.read(lenAddr, as: Int32.self) else {
            return (true, hostArg(hostPointerOrFault(addr, 0, writes: true)), hostArg(hostPointerOrFault(lenAddr, 4, writes: true)))
        }
        let ap = hostPointerOrFault(addr, Int(min(max(len, 0), Int32(Self.sockaddrMax))), writes: true)
        return (true, hostArg(ap), hostArg(hostPointerOrFault(lenAddr, 4, writes: true)))
    }
}
