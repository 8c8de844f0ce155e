import CXrunHost
import Glibc
import XrunCore

/// The gz_header of a host stream (inflateGetHeader, deflateSetHeader). zlib keeps the
/// caller's header pointer and uses the header later: inflate writes the gzip header's
/// fields into it while it reads the header, over as many inflate calls as the input
/// takes (RFC 1952 §2.3; zlib.h inflateGetHeader), and deflate reads it when it writes
/// the gzip header (zlib.h deflateSetHeader). So the host keeps a mirror of each guest
/// gz_header in use, its pointers (extra, name, comment) translated to the guest
/// buffers: refreshed from the guest before each call on a stream that has one (the
/// guest may change it between calls, zlib reads it lazily) and, for inflate, its
/// scalar fields copied back after each call. One mirror per guest header address,
/// shared by the streams using it (inflateCopy/deflateCopy copy the pointer to the same
/// header, as zlib's own copy does), freed when no stream uses it.
enum ZStreamHeaders {
    /// zlib.h's `gz_header` on LP64 (the same layout on both guests and x86-64).
    enum Field {
        static let text = 0, time = 8, xflags = 16, os = 20, extra = 24, extraLen = 32, extraMax = 36
        static let name = 40, nameMax = 48, comment = 56, commMax = 64, hcrc = 68, done = 72
        static let size = 80
        /// The 32-bit fields inflate writes (everything but the buffers and their sizes).
        static let written32 = [text, xflags, os, extraLen, hcrc, done]
        static let all32 = [text, xflags, os, extraLen, extraMax, nameMax, commMax, hcrc, done]
    }

    struct Use {
        let header: UInt64
        /// Set by inflateGetHeader: zlib writes into it (else deflate only reads it).
        let inflate: Bool
        let host: UnsafeMutableRawPointer
    }

    private static let lock = HostLock()
    /// Guest stream → the guest header it uses.
    nonisolated(unsafe) private static var uses: [UInt64: Use] = [:]
    /// Guest header → (its host mirror, how many streams use it).
    nonisolated(unsafe) private static var mirrors: [UInt64: (host: UnsafeMutableRawPointer, streams: Int)] = [:]

    static func use(of stream: UInt64) -> Use? { lock.withLock { uses[stream] } }

    /// The mirror of guest header `g` (a new one if no stream uses it yet: `isNew`).
    static func mirror(_ g: UInt64) -> (host: UnsafeMutableRawPointer, isNew: Bool) {
        lock.withLock {
            if let m = mirrors[g] { return (m.host, false) }
            return (calloc(1, Field.size)!, true)
        }
    }

    /// `stream` uses guest header `header` (mirrored at `host`) from now on.
    static func attach(_ stream: UInt64, header: UInt64, inflate: Bool, host: UnsafeMutableRawPointer) {
        detach(stream)
        lock.withLock {
            uses[stream] = Use(header: header, inflate: inflate, host: host)
            mirrors[header] = (host, (mirrors[header]?.streams ?? 0) + 1)
        }
    }

    /// `stream` no longer uses a header (ended, reset, set up again).
    static func detach(_ stream: UInt64) {
        lock.withLock {
            guard let u = uses.removeValue(forKey: stream), let m = mirrors[u.header] else { return }
            if m.streams > 1 { mirrors[u.header] = (m.host, m.streams - 1) } else {
                mirrors[u.header] = nil
                free(m.host)
            }
        }
    }

    /// Guest header → host mirror, before a call. inflate writes up to `*_max` bytes at
    /// extra, name and comment; deflate reads `extra_len` bytes at extra and the strings
    /// at name and comment: each must lie in the guest's address space (as next_in and
    /// next_out, ZStreamCalls.copyIn), a bad one faults where zlib touches it.
    static func copyIn(from g: UInt64, to h: UnsafeMutableRawPointer, inflate: Bool, memory: GuestMemory, base: UInt64) {
        guard memory.isAccessible(g, UInt64(Field.size), inflate ? .write : .read) else { xrun_guest_fault(g, SIGSEGV, 1) }
        let gp = memory.host(g)
        let limit = GuestMemory.addressLimit
        for f in Field.all32 { h.storeBytes(of: gp.load(fromByteOffset: f, as: UInt32.self), toByteOffset: f, as: UInt32.self) }
        h.storeBytes(of: gp.load(fromByteOffset: Field.time, as: UInt64.self), toByteOffset: Field.time, as: UInt64.self)
        let buffers = [(Field.extra, inflate ? Field.extraMax : Field.extraLen),
                       (Field.name, inflate ? Field.nameMax : nil), (Field.comment, inflate ? Field.commMax : nil)]
        for (ptr, len) in buffers {
            let a = gp.load(fromByteOffset: ptr, as: UInt64.self)
            // A string deflate reads up to its NUL: at least its first byte.
            let n = len.map { UInt64(gp.load(fromByteOffset: $0, as: UInt32.self)) } ?? 1
            if a != 0 && n != 0 && (a >= limit || n > limit - a) { xrun_guest_fault(a >= limit ? a : limit, SIGSEGV, 1) }
            h.storeBytes(of: a == 0 ? 0 : base &+ a, toByteOffset: ptr, as: UInt64.self)
        }
    }

    /// Host mirror → guest header after an inflate-side call: the fields zlib wrote.
    static func copyOut(from h: UnsafeMutableRawPointer, to g: UInt64, memory: GuestMemory) {
        let gp = memory.host(g)
        for f in Field.written32 { gp.storeBytes(of: h.load(fromByteOffset: f, as: UInt32.self), toByteOffset: f, as: UInt32.self) }
        gp.storeBytes(of: h.load(fromByteOffset: Field.time, as: UInt64.self), toByteOffset: Field.time, as: UInt64.self)
    }
}
