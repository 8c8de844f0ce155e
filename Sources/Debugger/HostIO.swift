import Glibc
import XrunCore

/// gdb's "Host I/O Packets" (`vFile:`), answered through the guest's view of the file
/// system: `-L` applies and xrun's own /proc files (maps, auxv, exe) stand for the
/// guest's, so `set sysroot target:` loads the guest's libraries and `info proc
/// mappings` shows the guest's maps. Files are opened read-only: gdb only reads here.
/// Replies are `F result[,errno][;attachment]`, numbers in hex, errno values those
/// of the protocol's "Errno Values" (the Linux numbers below 31, else EUNKNOWN).
extension GdbStub {
    /// The guest's view of files, given by the Linux layer at start-up.
    public struct FileView: Sendable {
        /// Opens a guest path for reading: a host fd, or -errno.
        public var open: @Sendable (String) -> Int32
        /// A guest symbolic link's target, or -errno.
        public var readlink: @Sendable (String) -> Result<String, HostIOError>
        public init(open: @escaping @Sendable (String) -> Int32,
                    readlink: @escaping @Sendable (String) -> Result<String, HostIOError>) {
            self.open = open
            self.readlink = readlink
        }

        /// Host paths as they are (no -L, no emulated /proc).
        public static let host = FileView(
            open: { p in let fd = Glibc.open(p, O_RDONLY | O_CLOEXEC); return fd >= 0 ? fd : -errno },
            readlink: { p in
                var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = Glibc.readlink(p, &buf, buf.count - 1)
                if n < 0 { return .failure(HostIOError(code: errno)) }
                return .success(String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
            })
    }

    public struct HostIOError: Error, Sendable {
        public let code: Int32
        public init(code: Int32) { self.code = code }
    }

    /// The protocol's errno for a Linux one: the same number up to EROFS (30), and
    /// ENAMETOOLONG as 91; anything else EUNKNOWN (9999).
    static func protocolErrno(_ e: Int32) -> Int32 {
        if e == ENAMETOOLONG { return 91 }
        return e > 0 && e <= 30 ? e : 9999
    }

    static func failure(_ e: Int32) -> Outcome { .reply("F-1," + String(protocolErrno(e), radix: 16)) }

    /// The comma-separated arguments after `vFile:name:`.
    func hostIO(_ text: String) -> Outcome {
        let rest = text.dropFirst("vFile:".count)
        guard let colon = rest.firstIndex(of: ":") else { return Self.malformed }
        let op = rest[..<colon]
        let args = rest[rest.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false)
        func num(_ i: Int) -> UInt64? { i < args.count ? GdbPackets.number(args[i]) : nil }
        func path(_ i: Int) -> String? {
            guard i < args.count, let b = GdbPackets.bytes(fromHex: args[i]), !b.contains(0) else { return nil }
            return String(decoding: b, as: UTF8.self)
        }
        switch op {
        case "setfs":
            // Every pid gdb may name is this process (one stub per process).
            return num(0) == nil ? Self.malformed : .reply("F0")
        case "open":
            guard let p = path(0), let flags = num(1) else { return Self.malformed }
            // The protocol's O_WRONLY 1, O_RDWR 2, O_CREAT 0x200, O_TRUNC 0x400: not here.
            if flags & 0x603 != 0 { return Self.failure(EROFS) }
            let fd = fileView.open(p)
            if fd < 0 { return Self.failure(-fd) }
            monitor.withLock { _ = hostIOFiles.insert(fd) }
            return .reply("F" + String(fd, radix: 16))
        case "close":
            guard let v = num(0), let fd = Int32(exactly: v), monitor.withLock({ hostIOFiles.remove(fd) != nil }) else {
                return Self.failure(EBADF)
            }
            close(fd)
            return .reply("F0")
        case "pread":
            guard let v = num(0), let count = num(1), let offset = num(2), offset < UInt64(Int64.max) else { return Self.malformed }
            guard let fd = Int32(exactly: v), monitor.withLock({ hostIOFiles.contains(fd) }) else { return Self.failure(EBADF) }
            var buf = [UInt8](repeating: 0, count: Int(min(count, 0x4000)))
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            if n < 0 { return Self.failure(errno) }
            return .replyBytes(Array("F\(String(n, radix: 16));".utf8) + GdbPackets.escape(buf[0..<n]))
        case "fstat":
            guard let v = num(0), let fd = Int32(exactly: v), monitor.withLock({ hostIOFiles.contains(fd) }) else {
                return Self.failure(EBADF)
            }
            var st = stat()
            if fstat(fd, &st) != 0 { return Self.failure(errno) }
            let data = Self.protocolStat(st)
            return .replyBytes(Array("F\(String(data.count, radix: 16));".utf8) + GdbPackets.escape(data))
        case "readlink":
            guard let p = path(0) else { return Self.malformed }
            switch fileView.readlink(p) {
            case .failure(let e): return Self.failure(e.code)
            case .success(let target):
                let b = Array(target.utf8)
                return .replyBytes(Array("F\(String(b.count, radix: 16));".utf8) + GdbPackets.escape(b))
            }
        default:
            return .reply("")   // pwrite, unlink: gdb only reads through this stub
        }
    }

    /// The protocol's `struct stat` ("struct stat" in "Protocol-specific
    /// Representation of Datatypes"): big-endian, 32-bit dev, ino, mode, nlink, uid,
    /// gid, rdev; 64-bit size, blksize, blocks; 32-bit atime, mtime, ctime.
    static func protocolStat(_ st: stat) -> [UInt8] {
        var out: [UInt8] = []
        func u32(_ v: some BinaryInteger) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).bigEndian) { out += $0 } }
        func u64(_ v: some BinaryInteger) { withUnsafeBytes(of: UInt64(truncatingIfNeeded: v).bigEndian) { out += $0 } }
        u32(st.st_dev); u32(st.st_ino); u32(st.st_mode); u32(st.st_nlink); u32(st.st_uid); u32(st.st_gid); u32(st.st_rdev)
        u64(st.st_size); u64(st.st_blksize); u64(st.st_blocks)
        u32(st.st_atim.tv_sec); u32(st.st_mtim.tv_sec); u32(st.st_ctim.tv_sec)
        return out
    }
}
