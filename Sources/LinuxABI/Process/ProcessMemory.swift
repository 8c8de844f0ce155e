import Glibc
import XrunCore

/// process_vm_readv / process_vm_writev (mm/process_vm_access.c): the host kernel copies,
/// between this process's guest buffers (the local iovecs) and another process's guest
/// addresses (the remote ones), which become host addresses through that process's guest
/// base (`GuestRegionMarker`). A forked child has its parent's base; an xrun started by
/// execve or from a shell has its own, read from its /proc/PID/maps.
///
/// The kernel's order (process_vm_rw): flags; the local iovecs (count, lengths,
/// access_ok); nothing to move is 0 before the remote ones are read; the remote iovecs
/// (count, lengths); then the process (ESRCH), the permission (EPERM) and the copy, which
/// stops at the first remote fault with a short count (EFAULT if nothing moved).
enum ProcessMemory {
    static func register(_ t: inout SyscallTable) {
        t.register(.process_vm_readv, strace: [.int, .pointer, .unsigned, .pointer, .unsigned, .hex]) { k, _, a in
            transfer(k, a, write: false)
        }
        t.register(.process_vm_writev, strace: [.int, .pointer, .unsigned, .pointer, .unsigned, .hex]) { k, _, a in
            transfer(k, a, write: true)
        }
    }

    static func transfer(_ k: Kernel, _ a: SyscallArgs, write: Bool) -> Int {
        guard a[5] == 0 else { return -Int(EINVAL) }
        let local: [iovec]
        switch k.hostIOVecs(a[1], a[2], hostWrites: !write) {
        case .failure(let e): return -Int(e.code)
        case .success(let v): local = v
        }
        if local.allSatisfy({ $0.iov_len == 0 }) { return 0 }
        guard a[4] <= UInt64(Kernel.uioMaxIOV) else { return -Int(EINVAL) }
        var remote: [(base: UInt64, len: UInt64)] = []
        for i in 0..<a[4] {
            guard let base = k.memory.read(a[3] &+ i &* 16, as: UInt64.self),
                  let len = k.memory.read(a[3] &+ i &* 16 &+ 8, as: UInt64.self) else { return -Int(EFAULT) }
            if Int64(bitPattern: len) < 0 { return -Int(EINVAL) }
            remote.append((base, len))
        }
        let pid = a.int(0)
        let hostRemote = remoteSegments(k, remote, pid: pid, write: write)
        return local.withUnsafeBufferPointer { l in
            hostRemote.withUnsafeBufferPointer { r in
                hostSyscall(write ? SYS_process_vm_writev : SYS_process_vm_readv, Int(pid),
                            hostArg(UnsafeRawPointer(l.baseAddress)), l.count,
                            hostArg(UnsafeRawPointer(r.baseAddress)), r.count, 0)
            }
        }
    }

    /// Whose memory the remote addresses are.
    enum Remote {
        /// This process: through the guest's own pointer rules.
        case own
        /// An emulated process whose guest 0 is at this host address.
        case at(UInt)
        /// Nothing a guest address can name: no such process, no permission, or a process
        /// that is not emulated. The host still answers ESRCH/EPERM first.
        case nowhere
    }

    static func remote(_ k: Kernel, pid: Int32) -> Remote {
        if pid == getpid() { return .own }
        switch GuestRegionMarker.lookup(pid: pid) {
        case .base(let b): return .at(b)
        case .notEmulated: return .nowhere
        case .unreadable:
            // No /proc at all (a chroot without it): the likeliest remote is a forked
            // child, which has this process's layout.
            return access("/proc/self/maps", R_OK) == 0 ? .nowhere : .at(UInt(bitPattern: k.memory.base))
        }
    }

    /// The remote segments as host iovecs of the remote process's host memory. Each stops
    /// at the end of the guest region: past it the guest has nothing, so the copy ends
    /// there, as at any unmapped page. A segment entirely outside the region, or any of a
    /// `.nowhere` process, points at `Kernel.unmappedHost`, where the host faults as the
    /// guest's kernel would at an unmapped address.
    static func remoteSegments(_ k: Kernel, _ remote: [(base: UInt64, len: UInt64)], pid: Int32, write: Bool) -> [iovec] {
        let whose = Self.remote(k, pid: pid)
        let limit = GuestMemory.addressLimit
        let nowhere = UnsafeMutableRawPointer(bitPattern: Kernel.unmappedHost)
        var out: [iovec] = []
        for seg in remote {
            guard seg.len > 0 else { out.append(iovec(iov_base: nil, iov_len: 0)); continue }
            let len = seg.base < limit ? Int(min(seg.len, limit - seg.base, Kernel.maxRWCount)) : 0
            let host: UnsafeMutableRawPointer?
            switch whose {
            case _ where len == 0, .nowhere: host = nil
            case .at(let base): host = UnsafeMutableRawPointer(bitPattern: base + UInt(seg.base))
            // Our own memory: code pages locked for translation take the write.
            case .own: host = write ? k.hostWritableBuffer(seg.base, len) : k.hostBuffer(seg.base, len)
            }
            guard let host else {
                out.append(iovec(iov_base: nowhere, iov_len: Int(min(seg.len, Kernel.maxRWCount))))
                break
            }
            out.append(iovec(iov_base: host, iov_len: len))
            if UInt64(len) < seg.len { break }
        }
        return out
    }
}
