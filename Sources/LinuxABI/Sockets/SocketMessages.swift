import Glibc
import XrunCore

/// sendmsg, recvmsg, sendmmsg, recvmmsg.
///
/// The guest's struct user_msghdr (include/linux/socket.h) has the x86-64 layout on
/// both 64-bit ABIs — msg_name (0), msg_namelen (8, int), msg_iov (16), msg_iovlen (24),
/// msg_control (32), msg_controllen (40), msg_flags (48, unsigned): 56 bytes; struct
/// mmsghdr adds msg_len (56, unsigned) and pads to 64 — but three of its fields are guest
/// pointers, so a host msghdr is built for each. The control buffer needs no conversion:
/// struct cmsghdr (size_t len; int level; int type; 16 bytes, CMSG_ALIGN to 8) and the
/// payloads in use (SCM_RIGHTS ints, SCM_CREDENTIALS struct ucred, timestamps as
/// timeval/timespec) have the same layout, and descriptors are shared with the host.
enum SocketMessages {
    static let msghdrSize: UInt64 = 56, mmsghdrSize: UInt64 = 64
    static let nameOff: UInt64 = 0, namelenOff: UInt64 = 8, iovOff: UInt64 = 16, iovlenOff: UInt64 = 24
    static let controlOff: UInt64 = 32, controllenOff: UInt64 = 40, flagsOff: UInt64 = 48, msgLenOff: UInt64 = 56

    static func register(_ t: inout SyscallTable) {
        t.register(.sendmsg, strace: [.int, .pointer, .hex]) { k, _, a in
            transfer(k, a[1], count: 1, stride: msghdrSize, receive: false) { msgs, _ in
                hostBlockingSyscall(SYS_sendmsg, a.fd(0), msgs, Int(UInt32(truncatingIfNeeded: a[2])))
            }
        }
        t.register(.recvmsg, strace: [.int, .pointer, .hex]) { k, _, a in
            transfer(k, a[1], count: 1, stride: msghdrSize, receive: true) { msgs, _ in
                hostBlockingSyscall(SYS_recvmsg, a.fd(0), msgs, Int(UInt32(truncatingIfNeeded: a[2])))
            }
        }
        // vlen above UIO_MAXIOV is capped (net/socket.c __sys_sendmmsg / do_recvmmsg).
        t.register(.sendmmsg) { k, _, a in
            let vlen = min(UInt64(UInt32(truncatingIfNeeded: a[2])), UInt64(Kernel.uioMaxIOV))
            return transfer(k, a[1], count: Int(vlen), stride: mmsghdrSize, receive: false) { msgs, n in
                hostSyscall(SYS_sendmmsg, a.fd(0), msgs, n, Int(UInt32(truncatingIfNeeded: a[3])))
            }
        }
        t.register(.recvmmsg) { k, _, a in
            let vlen = min(UInt64(UInt32(truncatingIfNeeded: a[2])), UInt64(Kernel.uioMaxIOV))
            // The timeout (struct timespec, 16 bytes) is updated with the time left.
            let ts = k.hostOptionalWritable(a[4], 16)
            guard ts.ok else { return -Int(EFAULT) }
            return transfer(k, a[1], count: Int(vlen), stride: mmsghdrSize, receive: true) { msgs, n in
                hostSyscall(SYS_recvmmsg, a.fd(0), msgs, n, Int(UInt32(truncatingIfNeeded: a[3])), hostArg(ts.ptr))
            }
        }
    }

    /// One guest msghdr read and checked, with its iovecs appended to a shared array.
    struct Message {
        var name: UnsafeMutableRawPointer?
        var namelen: Int32
        var iovStart: Int
        var iovCount: Int
        var control: UnsafeMutableRawPointer?
        var controllen: Int
    }

    /// Checks as copy_msghdr_from_user: negative namelen → -EINVAL (a larger one is cut to
    /// sizeof(struct sockaddr_storage)), more than UIO_MAXIOV iovecs → -EMSGSIZE, a send
    /// control length over INT_MAX → -ENOBUFS, bad pointers → -EFAULT.
    static func readMessage(_ k: Kernel, _ addr: UInt64, receive: Bool, iovs: inout [iovec]) -> Result<Message, Errno> {
        guard let name = k.memory.read(addr &+ nameOff, as: UInt64.self),
              var namelen = k.memory.read(addr &+ namelenOff, as: Int32.self),
              let iov = k.memory.read(addr &+ iovOff, as: UInt64.self),
              let iovlen = k.memory.read(addr &+ iovlenOff, as: UInt64.self),
              let control = k.memory.read(addr &+ controlOff, as: UInt64.self),
              var controllen = k.memory.read(addr &+ controllenOff, as: UInt64.self)
        else { return .failure(Errno(EFAULT)) }
        if name == 0 { namelen = 0 }
        if namelen < 0 { return .failure(Errno(EINVAL)) }
        namelen = min(namelen, Int32(Kernel.sockaddrMax))
        let hostName = receive ? k.hostOptionalWritable(name, Int(namelen)) : k.hostOptional(name, Int(namelen))
        guard hostName.ok else { return .failure(Errno(EFAULT)) }
        if controllen > UInt64(Int32.max) {
            if !receive { return .failure(Errno(ENOBUFS)) }
            controllen = UInt64(Int32.max)
        }
        let hostControl = controllen == 0 ? (ok: true, ptr: nil)
            : receive ? k.hostOptionalWritable(control, Int(controllen)) : k.hostOptional(control, Int(controllen))
        guard hostControl.ok else { return .failure(Errno(EFAULT)) }
        if !receive, controllen > 0, passesEmulatorDescriptor(k, control, controllen) { return .failure(Errno(EBADF)) }
        switch k.hostIOVecs(iov, iovlen, hostWrites: receive, tooMany: EMSGSIZE) {
        case .failure(let e): return .failure(e)
        case .success(let v):
            let start = iovs.count
            iovs += v
            return .success(Message(name: hostName.ptr, namelen: namelen, iovStart: start, iovCount: v.count,
                                    control: hostControl.ptr, controllen: Int(controllen)))
        }
    }

    /// Whether a control buffer to send holds SCM_RIGHTS naming one of xrun's own
    /// descriptors: natively that number is not open, and scm_fp_copy (net/core/scm.c)
    /// refuses the message with EBADF. The walk follows CMSG_NXTHDR; malformed headers are
    /// left to the host, which answers EINVAL. (The host reads the guest's buffer again
    /// afterwards: a second guest thread rewriting it in between is not caught.)
    static func passesEmulatorDescriptor(_ k: Kernel, _ control: UInt64, _ controllen: UInt64) -> Bool {
        var offset: UInt64 = 0
        while offset + 16 <= controllen {
            guard let len = k.memory.read(control &+ offset, as: UInt64.self),
                  let level = k.memory.read(control &+ offset &+ 8, as: Int32.self),
                  let type = k.memory.read(control &+ offset &+ 12, as: Int32.self),
                  len >= 16, len <= controllen - offset else { return false }
            if level == SOL_SOCKET && type == 1 /* SCM_RIGHTS */ {
                for i in 0..<(len - 16) / 4 {
                    if let fd = k.memory.read(control &+ offset &+ 16 &+ 4 * i, as: Int32.self),
                       EmulatorDescriptors.contains(fd) { return true }
                }
            }
            offset += (len + 7) & ~7
        }
        return false
    }

    /// Converts `count` guest headers `stride` bytes apart (msghdr or mmsghdr), runs the
    /// host call on an array of host mmsghdr (whose msg_hdr comes first, so a single
    /// msghdr is the same pointer), and copies back what the kernel reports: the name
    /// length, control length and flags after a receive, msg_len for the m-variants.
    static func transfer(_ k: Kernel, _ addr: UInt64, count: Int, stride: UInt64, receive: Bool,
                         _ call: (Int, Int) -> Int) -> Int {
        var iovs: [iovec] = []
        var msgs: [Message] = []
        for i in 0..<count {
            switch readMessage(k, addr &+ UInt64(i) &* stride, receive: receive, iovs: &iovs) {
            case .success(let m): msgs.append(m)
            case .failure(let e):
                // Like the kernel's loop: a bad header after the first ends the batch.
                if i == 0 { return -Int(e.code) }
            }
            if msgs.count != i + 1 { break }
        }
        if count == 0 { return call(0, 0) }
        // Host struct mmsghdr: struct msghdr (56 bytes) then unsigned msg_len, 64 bytes
        // apart; kept as raw bytes (Glibc exports mmsghdr only under _GNU_SOURCE).
        let hostStride = Int(mmsghdrSize)
        var host = [UInt8](repeating: 0, count: msgs.count * hostStride)
        let r = iovs.withUnsafeMutableBufferPointer { iovBuf -> Int in
            host.withUnsafeMutableBytes { h -> Int in
                for (i, m) in msgs.enumerated() {
                    let hdr = msghdr(msg_name: m.name, msg_namelen: socklen_t(m.namelen),
                                     msg_iov: m.iovCount == 0 ? nil : iovBuf.baseAddress.map { $0 + m.iovStart },
                                     msg_iovlen: m.iovCount, msg_control: m.control,
                                     msg_controllen: m.controllen, msg_flags: 0)
                    h.storeBytes(of: hdr, toByteOffset: i * hostStride, as: msghdr.self)
                }
                return call(hostArg(h.baseAddress), msgs.count)
            }
        }
        if r < 0 { return r }
        let done = stride == mmsghdrSize ? min(r, msgs.count) : 1
        return host.withUnsafeBytes { h -> Int in
            for i in 0..<done {
                let g = addr &+ UInt64(i) &* stride
                let hdr = h.load(fromByteOffset: i * hostStride, as: msghdr.self)
                var ok = true
                if receive {
                    if msgs[i].name != nil { ok = ok && k.memory.write(g &+ namelenOff, Int32(bitPattern: hdr.msg_namelen)) }
                    ok = ok && k.memory.write(g &+ controllenOff, UInt64(UInt(bitPattern: hdr.msg_controllen)))
                    ok = ok && k.memory.write(g &+ flagsOff, hdr.msg_flags)
                }
                if stride == mmsghdrSize {
                    ok = ok && k.memory.write(g &+ msgLenOff, h.load(fromByteOffset: i * hostStride + Int(msgLenOff), as: UInt32.self))
                }
                if !ok { return i == 0 ? -Int(EFAULT) : i }
            }
            return r
        }
    }
}

