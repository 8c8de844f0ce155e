import CXrunHost
import Glibc
import XrunCore

/// zlib's stream functions (inflate*, deflate*) run as the host's zlib. A `z_stream`
/// has the same layout for the guests and x86-64 (zlib.h; LP64 everywhere), but its
/// pointers are guest addresses and its `state` is the library's private memory: the
/// host keeps a `z_stream` of its own per guest stream (keyed by the guest's address,
/// made by the *Init functions, freed by *End), copies the public fields in before
/// each call (translating next_in/next_out) and out after it (translating back; `msg`
/// becomes a guest copy of the host's message). The guest's `state` points at a
/// placeholder of zeros in guest memory (`ZStreamGuestPage`): a zlib function xrun does
/// not run on the host (inflateBack*, gz*) then refuses the stream with
/// Z_STREAM_ERROR, as zlib does for a stream whose state does not point back at it
/// (inflateStateCheck/deflateStateCheck), instead of reading host memory; and a guest
/// stream whose `state` is not the placeholder (never set up, cleared, or set up by
/// the guest's own zlib) is not taken for a host stream left at the same address. The host stream allocates
/// through the guest's zalloc/zfree when it set them (ZStreamAllocator), else with the host's malloc.
enum ZStreamCalls {
    static let definition = OpDef("(host call z_stream)") { cpu, op in
        ZStreamCalls.call(cpu, slot: HostCallRuntime.slots.unsafelyUnwrapped + Int(op.pointee.imm), pc: op.pointee.pc)
    }

    /// zlib.h's `z_stream` on LP64: byte offsets of the fields copied each call.
    enum Field {
        static let nextIn = 0, availIn = 8, totalIn = 16, nextOut = 24, availOut = 32, totalOut = 40
        static let msg = 48, state = 56, dataType = 88, adler = 96
        static let size = 112
    }

    private static let lock = HostLock()
    /// Guest z_stream address → the host's z_stream for it.
    nonisolated(unsafe) private static var streams: [UInt64: UnsafeMutableRawPointer] = [:]

    static func stream(_ guest: UInt64) -> UnsafeMutableRawPointer? { lock.withLock { streams[guest] } }
    static func setStream(_ guest: UInt64, _ host: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        lock.withLock {
            let old = streams[guest]
            streams[guest] = host
            return old
        }
    }

    typealias HostFunction8 = @convention(c) (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) -> UInt64

    static func call(_ cpu: UnsafeMutableRawPointer, slot s: UnsafeMutablePointer<HostCallSlot>, pc: UInt64) {
        let cc = HostCallRuntime.convention
        cpu.guestPC = pc
        let thread = HostCallRuntime.currentThread().unsafelyUnwrapped
        let memory = thread.engine.memory
        let base = UInt64(UInt(bitPattern: memory.base))
        let limit = GuestMemory.addressLimit
        let n = s.pointee.argCount
        let role = ThunkCatalog.StreamRole(rawValue: s.pointee.streamRole).unsafelyUnwrapped
        var raw = [UInt64](repeating: 0, count: 8)
        var v = [UInt64](repeating: 0, count: 8)
        for i in 0..<n { raw[i] = cc.intArg(cpu, i) }
        // (guest z_stream, host z_stream) of each stream argument, to copy out after.
        var copyOut: [(UInt64, UnsafeMutableRawPointer)] = []
        var fresh: UnsafeMutableRawPointer?
        // (guest gz_header, host mirror) whose fields inflate may write this call.
        var headersOut: [(UInt64, UnsafeMutableRawPointer)] = []
        // inflateGetHeader/deflateSetHeader's header: (guest, mirror, made for this call).
        var newHeader: (UInt64, UnsafeMutableRawPointer, Bool)?
        for i in 0..<n {
            let a = raw[i]
            switch ArgCode(rawValue: byte(s.pointee.kinds, i)).unsafelyUnwrapped {
            case .zstream:
                // The guest's own zlib reads the whole struct first.
                guard memory.isAccessible(a, UInt64(Field.size), .write) else { xrun_guest_fault(a, SIGSEGV, 1) }
                let creates = i == 0 && (role == .initialise || role == .copy)
                let host: UnsafeMutableRawPointer?
                if creates {
                    host = calloc(1, ZStreamAllocator.hostStreamSize)
                    fresh = host
                    if role == .initialise, let host { ZStreamAllocator.attach(host: host, guest: memory.host(a)) }
                } else if memory.host(a).load(fromByteOffset: Field.state, as: UInt64.self)
                            == ZStreamGuestPage.placeholderState(memory) {
                    host = stream(a)
                } else {
                    host = nil
                }
                // No host stream: the host's zlib gets NULL and answers as zlib does
                // for a stream that was never initialised (Z_STREAM_ERROR, ...).
                guard let host else { v[i] = 0; continue }
                // A stream being set up starts from zeros: deflateInit needs only
                // zalloc/zfree/opaque set (zlib.h), the rest may be garbage.
                if !creates {
                    copyIn(from: a, to: host, memory: memory, base: base, checkBuffers: role == .buffers)
                    if let u = ZStreamHeaders.use(of: a) {
                        ZStreamHeaders.copyIn(from: u.header, to: u.host, inflate: u.inflate, memory: memory, base: base)
                        if u.inflate { headersOut.append((u.header, u.host)) }
                    }
                }
                copyOut.append((a, host))
                v[i] = UInt64(UInt(bitPattern: host))
            case .gzHeader:
                // NULL: zlib stops using a header (inflateGetHeader stores NULL).
                guard a != 0 else { v[i] = 0; continue }
                let m = ZStreamHeaders.mirror(a)
                ZStreamHeaders.copyIn(from: a, to: m.host, inflate: role == .getHeader, memory: memory, base: base)
                newHeader = (a, m.host, m.isNew)
                v[i] = UInt64(UInt(bitPattern: m.host))
            case .pointer:
                if a >= limit { xrun_guest_fault(a, SIGSEGV, 1) }
                v[i] = base &+ a
            case .nullablePointer:
                if a >= limit { xrun_guest_fault(a, SIGSEGV, 1) }
                v[i] = a == 0 ? 0 : base &+ a
            case .buffer, .nullableBuffer:
                let len = raw[Int(byte(s.pointee.operandA, i))]
                if a == 0 && ArgCode(rawValue: byte(s.pointee.kinds, i)) == .nullableBuffer { v[i] = 0; continue }
                if len != 0 && (a >= limit || len > limit - a) { xrun_guest_fault(a >= limit ? a : limit, SIGSEGV, 1) }
                v[i] = base &+ a
            default:
                v[i] = a
            }
        }
        let f = unsafeBitCast(s.pointee.function, to: HostFunction8.self)
        let result = f(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7])
        let ok = Int32(truncatingIfNeeded: result) == 0   // Z_OK
        switch role {
        case .initialise, .copy:
            let guest = raw[0]
            if ok, let fresh {
                if role == .copy {
                    ZStreamAllocator.copied(host: fresh, guest: memory.host(guest), guestSource: memory.host(raw[1]))
                }
                if let old = setStream(guest, fresh) { end(s, old) }
            } else if let fresh {
                copyOut.removeAll { $0.1 == fresh }
                free(fresh)
                if role == .initialise { guestStreamFailed(guest, memory: memory) }
            }
        case .end:
            if let old = setStream(raw[0], nil) {
                for (g, h) in copyOut where h == old { copyOutFields(from: h, to: g, memory: memory, base: base) }
                copyOut.removeAll()
                free(old)
            }
        case .plain, .none, .reset, .getHeader, .setHeader, .buffers:
            break
        }
        updateHeaders(role, ok: ok, stream: raw[0], source: raw[1], hostStream: v[0], newHeader, headersOut, memory: memory)
        // *Init touches no buffer field (next/avail): the guest may have set some
        // before it (Python sets next_in, then avail_in after inflateInit2).
        for (g, h) in copyOut { copyOutFields(from: h, to: g, memory: memory, base: base, buffers: role != .initialise) }
        var guestResult = result
        switch ResultCode(rawValue: s.pointee.result).unsafelyUnwrapped {
        case .int32: guestResult = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: result)))
        case .uint32: guestResult = UInt64(UInt32(truncatingIfNeeded: result))
        default: break
        }
        cc.setIntArg(cpu, 0, guestResult)
        if HostCallRuntime.traceFD >= 0 {
            HostCallRuntime.trace(thread, s, (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7]), guestResult)
        }
        cpu.branchIndirect(to: cc.returnAddress(cpu))
    }

    /// After a call: the header fields inflate wrote go back to the guest, and which
    /// streams use which header follows what zlib did.
    private static func updateHeaders(_ role: ThunkCatalog.StreamRole, ok: Bool, stream: UInt64, source: UInt64,
                                      hostStream: UInt64, _ newHeader: (UInt64, UnsafeMutableRawPointer, Bool)?,
                                      _ headersOut: [(UInt64, UnsafeMutableRawPointer)], memory: GuestMemory) {
        for (g, h) in headersOut { ZStreamHeaders.copyOut(from: h, to: g, memory: memory) }
        switch role {
        case .getHeader, .setHeader:
            let taken = ok && hostStream != 0
            if let (g, h, isNew) = newHeader {
                if taken {
                    ZStreamHeaders.attach(stream, header: g, inflate: role == .getHeader, host: h)
                    // inflateGetHeader sets done to 0.
                    if role == .getHeader { ZStreamHeaders.copyOut(from: h, to: g, memory: memory) }
                } else if isNew {
                    free(h)
                }
            } else if taken {
                ZStreamHeaders.detach(stream)
            }
        case .copy:
            // zlib's *Copy copies the state, the header pointer with it.
            if ok, let u = ZStreamHeaders.use(of: source) {
                ZStreamHeaders.attach(stream, header: u.header, inflate: u.inflate, host: u.host)
            } else if ok {
                ZStreamHeaders.detach(stream)
            }
        case .initialise, .reset:
            if ok { ZStreamHeaders.detach(stream) }
        case .end:
            ZStreamHeaders.detach(stream)
        case .plain, .none, .buffers:
            break
        }
    }

    /// A stream the host could not set up: the state is NULL, as the guest's own
    /// *Init leaves it.
    private static func guestStreamFailed(_ guest: UInt64, memory: GuestMemory) {
        memory.host(guest + UInt64(Field.state)).storeBytes(of: UInt64(0), as: UInt64.self)
    }

    /// A stream the guest set up again without ending it: the guest's own zlib would
    /// leave the old one's blocks allocated, so its zfree is not called for them.
    private static func end(_ s: UnsafeMutablePointer<HostCallSlot>, _ host: UnsafeMutableRawPointer) {
        ZStreamAllocator.silence(host)
        if let endFunction = s.pointee.endFunction {
            let f = unsafeBitCast(endFunction, to: (@convention(c) (UnsafeMutableRawPointer) -> Int32).self)
            _ = f(host)
        }
        free(host)
    }

    /// `checkBuffers`: the call reads next_in/writes next_out, so a range outside guest
    /// memory is the guest's SIGSEGV; otherwise zlib never looks at them and they only
    /// go through the host stream and back unchanged (translated with wrapping).
    private static func copyIn(from g: UInt64, to h: UnsafeMutableRawPointer, memory: GuestMemory, base: UInt64,
                               checkBuffers: Bool) {
        let gp = memory.host(g)
        let limit = GuestMemory.addressLimit
        for (ptr, len) in [(Field.nextIn, Field.availIn), (Field.nextOut, Field.availOut)] {
            let a = gp.load(fromByteOffset: ptr, as: UInt64.self)
            let n = UInt64(gp.load(fromByteOffset: len, as: UInt32.self))
            // zlib reads next_in / writes next_out up to avail bytes, in order.
            if checkBuffers && n != 0 && (a >= limit || n > limit - a) {
                xrun_guest_fault(a >= limit ? a : limit, SIGSEGV, 1)
            }
            h.storeBytes(of: a == 0 ? 0 : base &+ a, toByteOffset: ptr, as: UInt64.self)
            h.storeBytes(of: UInt32(n), toByteOffset: len, as: UInt32.self)
        }
        for field in [Field.totalIn, Field.totalOut, Field.adler] {
            h.storeBytes(of: gp.load(fromByteOffset: field, as: UInt64.self), toByteOffset: field, as: UInt64.self)
        }
        h.storeBytes(of: gp.load(fromByteOffset: Field.dataType, as: Int32.self), toByteOffset: Field.dataType, as: Int32.self)
    }

    private static func copyOutFields(from h: UnsafeMutableRawPointer, to g: UInt64, memory: GuestMemory, base: UInt64,
                                      buffers: Bool = true) {
        let gp = memory.host(g)
        for (ptr, len) in [(Field.nextIn, Field.availIn), (Field.nextOut, Field.availOut)] where buffers {
            let a = h.load(fromByteOffset: ptr, as: UInt64.self)
            gp.storeBytes(of: a == 0 ? 0 : a &- base, toByteOffset: ptr, as: UInt64.self)
            gp.storeBytes(of: h.load(fromByteOffset: len, as: UInt32.self), toByteOffset: len, as: UInt32.self)
        }
        for field in [Field.totalIn, Field.totalOut, Field.adler] {
            gp.storeBytes(of: h.load(fromByteOffset: field, as: UInt64.self), toByteOffset: field, as: UInt64.self)
        }
        gp.storeBytes(of: h.load(fromByteOffset: Field.dataType, as: Int32.self), toByteOffset: Field.dataType, as: Int32.self)
        let msg = h.load(fromByteOffset: Field.msg, as: UnsafePointer<CChar>?.self)
        gp.storeBytes(of: msg.map { ZStreamGuestPage.guestCopy(of: $0, memory: memory) } ?? 0,
                      toByteOffset: Field.msg, as: UInt64.self)
        gp.storeBytes(of: ZStreamGuestPage.placeholderState(memory), toByteOffset: Field.state, as: UInt64.self)
    }
}

/// One page of guest memory for the host streams, mapped on first use: at its start
/// the placeholder a guest stream's `state` points at (zeros: its first field, the
/// pointer back to the stream, matches no stream), then the guest's copies of the
/// host zlib's messages (`z_stream.msg` points at a static string of the library),
/// each stored once.
enum ZStreamGuestPage {
    private static let lock = HostLock()
    nonisolated(unsafe) private static var copies: [String: UInt64] = [:]
    nonisolated(unsafe) private static var page: UInt64 = 0
    /// Bytes kept zero at the page's start: more than zlib's internal_state reads
    /// before it checks the pointer back (strm, then status/mode).
    private static let placeholderSize: UInt64 = 256
    nonisolated(unsafe) private static var used: UInt64 = placeholderSize

    /// The page, mapped if needed (0 if the guest's address space has no room).
    private static func pageLocked(_ memory: GuestMemory) -> UInt64 {
        if page == 0, let a = memory.findFree(GuestMemory.pageSize),
           memory.map(a, GuestMemory.pageSize, prot: [.read, .write], shared: false, fd: -1, offset: 0,
                      name: "[xrun zlib streams]") == 0 {
            page = a
        }
        return page
    }

    static func placeholderState(_ memory: GuestMemory) -> UInt64 {
        lock.withLock { pageLocked(memory) }
    }

    static func guestCopy(of message: UnsafePointer<CChar>, memory: GuestMemory) -> UInt64 {
        let text = String(cString: message)
        return lock.withLock {
            if let a = copies[text] { return a }
            let bytes = Array(text.utf8) + [0]
            let base = pageLocked(memory)
            guard base != 0, used + UInt64(bytes.count) <= GuestMemory.pageSize else { return 0 }
            let a = base + used
            memory.writeBytes(a, bytes)
            used += UInt64(bytes.count)
            copies[text] = a
            return a
        }
    }
}
