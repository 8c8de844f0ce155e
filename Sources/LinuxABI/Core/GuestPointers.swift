import Glibc
import XrunCore

/// Guest pointers handed to the host kernel. A buffer the host kernel reads or writes
/// only needs to lie inside the guest region: the region's unmapped pages are
/// PROT_NONE on the host, so the host kernel itself answers -EFAULT for them, exactly
/// as the guest's kernel would. Pointers past the region never reach the host.
extension Kernel {
    /// Host address for a guest buffer of `len` bytes, or nil (→ -EFAULT).
    public func hostBuffer(_ addr: UInt64, _ len: Int) -> UnsafeMutableRawPointer? {
        guard len >= 0, addr < GuestMemory.addressLimit,
              UInt64(len) <= GuestMemory.addressLimit - addr else { return nil }
        return memory.host(addr)
    }

    /// Like `hostBuffer`, for a buffer the host kernel will write: guest memory hears
    /// of the write first (`GuestMemory.hostWillWrite`), so that pages locked because
    /// they hold translated code take the write and their code is retranslated.
    public func hostWritableBuffer(_ addr: UInt64, _ len: Int) -> UnsafeMutableRawPointer? {
        guard let p = hostBuffer(addr, len) else { return nil }
        memory.hostWillWrite(addr, UInt64(len))
        return p
    }

    /// Host address space that is never mapped (1 MiB, PROT_NONE, reserved once). A
    /// guest pointer outside the guest region can still be a user address the guest's
    /// kernel accepts (access_ok) and faults on only when it touches the memory: for
    /// host calls that do not read the pointer in xrun, it becomes this, so the host
    /// checks descriptors, flags and lengths first and answers EFAULT (or a short count)
    /// where the guest's kernel would, and not at all when it moves 0 bytes. The host
    /// faults at the first byte it touches, so nothing past the range is reached.
    public static let unmappedHost: UInt = {
        let p = mmap(nil, 1 << 20, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        return p == MAP_FAILED ? 0 : UInt(bitPattern: p)
    }()

    /// A pointer argument handed straight to the host kernel (never dereferenced by xrun):
    /// NULL stays NULL, a guest buffer becomes its host address, anything else
    /// `unmappedHost`.
    public func hostPointerOrFault(_ addr: UInt64, _ len: Int, writes: Bool) -> UnsafeMutableRawPointer? {
        if addr == 0 { return nil }
        if let p = writes ? hostWritableBuffer(addr, len) : hostBuffer(addr, len) { return p }
        return UnsafeMutableRawPointer(bitPattern: Self.unmappedHost)
    }

    /// Optional pointer argument: NULL stays NULL.
    public func hostOptional(_ addr: UInt64, _ len: Int) -> (ok: Bool, ptr: UnsafeMutableRawPointer?) {
        if addr == 0 { return (true, nil) }
        guard let p = hostBuffer(addr, len) else { return (false, nil) }
        return (true, p)
    }

    /// A NUL-terminated guest string (path, name), or nil for a bad pointer.
    public func guestString(_ addr: UInt64, max: Int = 4096) -> String? {
        guard let bytes = memory.readCString(addr, max: max) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A NULL-terminated array of guest string pointers (argv, envp), as bytes: Linux
    /// does not require them to be UTF-8.
    public func guestByteStringArray(_ addr: UInt64) -> [[UInt8]]? {
        if addr == 0 { return [] }
        var out: [[UInt8]] = []
        var p = addr
        while true {
            guard let s = memory.read(p, as: UInt64.self) else { return nil }
            if s == 0 { return out }
            guard let str = memory.readCString(s, max: 131072) else { return nil }
            out.append(str)
            p += 8
            if out.count > 65536 { return nil }
        }
    }
}

/// Where a guest path really is on the host.
extension Kernel {
    /// Applies -L the way QEMU does: an absolute path is looked up under the sysroot
    /// first and used from there if it exists there; otherwise the host path is used.
    /// /proc/self/exe names the guest program.
    public func hostPath(_ guestPath: String) -> String {
        if OwnProcDirectory.entry(guestPath) == "exe" {
            return config.absoluteProgramPath
        }
        if let root = config.sysroot, guestPath.hasPrefix("/"), root != "/" {
            let candidate = root + guestPath
            var st = stat()
            if lstat(candidate, &st) == 0 { return candidate }
        }
        return guestPath
    }

    /// Reads a guest path argument; -EFAULT / -ENAMETOOLONG as the kernel would. Without
    /// `applyingSysroot` the path is used as the guest wrote it (openat2's RESOLVE_IN_ROOT).
    public func pathArgument(_ addr: UInt64, applyingSysroot: Bool = true) -> Result<String, Errno> {
        guard let bytes = memory.readCString(addr, max: Int(PATH_MAX)) else {
            // A long name only when PATH_MAX bytes could be read without a NUL; a string
            // running into an unreadable page first is EFAULT (strncpy_from_user).
            return .failure(memory.isAccessible(addr, UInt64(PATH_MAX), .read) ? Errno(ENAMETOOLONG) : Errno(EFAULT))
        }
        let path = String(decoding: bytes, as: UTF8.self)
        // /proc/self/fd/N for one of xrun's own descriptors: no such entry, natively.
        if HiddenDescriptors.names(path) { return .failure(Errno(ENOENT)) }
        return .success(applyingSysroot ? hostPath(path) : path)
    }

    /// Runs `body` with a host C string for a guest path argument.
    public func withPath(_ addr: UInt64, _ body: (UnsafePointer<CChar>) -> Int) -> Int {
        if let bytes = memory.readCString(addr, max: Int(PATH_MAX)), String(validating: bytes, as: UTF8.self) == nil {
            return withByteExactPath(bytes, body)
        }
        switch pathArgument(addr) {
        case .failure(let e): return -Int(e.code)
        case .success(let p): return p.withCString(body)
        }
    }

    /// A Linux path is bytes, not text: a name that is not UTF-8 (CPython's PEP 383 file
    /// names, old Latin-1 archives) must reach the host unchanged, which a Swift String
    /// cannot carry (it would turn each bad byte into U+FFFD). The sysroot rule of
    /// `hostPath` at the byte level.
    private func withByteExactPath(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> Int) -> Int {
        var path = bytes
        if let root = config.sysroot, root != "/", bytes.first == UInt8(ascii: "/") {
            let candidate = Array(root.utf8) + bytes + [0]
            var st = stat()
            if candidate.withUnsafeBufferPointer({ b in
                b.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &st) }
            }) == 0 {
                path = Array(candidate.dropLast())
            }
        }
        path.append(0)
        return path.withUnsafeBufferPointer { b in b.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }
}

public struct Errno: Error, Sendable {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }
}
