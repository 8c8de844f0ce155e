import CXrunHost
import Glibc
import XrunCore

/// The guest's zalloc/zfree hooks for a host z_stream (zlib.h: "zalloc, zfree, opaque
/// ... must be initialized before calling the init function"). When the guest set
/// either, the host stream's hooks are two libffi closures and its `opaque` points at a
/// record kept right after the host z_stream: the guest's zalloc, zfree and opaque.
/// Each time the host's zlib allocates, the guest's zalloc runs (on the calling thread,
/// `Engine.callGuest`) with the guest's opaque and the same items/size; each free runs
/// the guest's zfree with the pointer its zalloc returned. A NULL hook is what zlib puts
/// in its place (zutil.c zcalloc/zcfree): the guest libc's malloc(items * size)/free.
/// So the guest's allocator sees the calls its own zlib of the same version would make
/// (and a NULL from it gives Z_MEM_ERROR as there), but the host's zlib keeps its state
/// in host memory (a shadow block per guest block): zlib's state holds pointers
/// (window, pending_buf, the stream), and in guest memory a guest's stray write could
/// point the host's zlib outside the guest's space, a host crash where the guest's own
/// zlib gives the guest a SIGSEGV.
enum ZStreamAllocator {
    /// zlib.h's `z_stream` on LP64: the hooks and opaque.
    enum Field { static let zalloc = 64, zfree = 72, opaque = 80 }
    /// The record after the host z_stream: guest zalloc, zfree, opaque, and `silent`
    /// (set on a stream the guest set up again without ending it: its own zlib would
    /// never free the old one's blocks, so the guest's zfree is not called for them).
    enum Record { static let zalloc = 0, zfree = 8, opaque = 16, silent = 24, size = 32 }
    /// Each shadow block starts with the guest's block address and whether it is one.
    static let header = 16

    /// Bytes to allocate for a host stream: the z_stream and the record.
    static let hostStreamSize = ZStreamCalls.Field.size + Record.size

    nonisolated(unsafe) static var allocCode: UnsafeMutableRawPointer?
    nonisolated(unsafe) static var freeCode: UnsafeMutableRawPointer?

    /// Makes the two closures (once, before the guest runs).
    static func install() {
        allocCode = GuestCallbackClosure.make(args: [.pointer, .uint32, .uint32], result: .pointer, handler: allocHandler)
        freeCode = GuestCallbackClosure.make(args: [.pointer, .pointer], result: .void, handler: freeHandler)
    }

    private static func record(_ host: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        host + ZStreamCalls.Field.size
    }

    /// Before a stream's *Init: the guest's hooks (read from its z_stream) for the fresh host stream.
    static func attach(host: UnsafeMutableRawPointer, guest gp: UnsafeMutableRawPointer) {
        let zalloc = gp.load(fromByteOffset: Field.zalloc, as: UInt64.self)
        let zfree = gp.load(fromByteOffset: Field.zfree, as: UInt64.self)
        // zlib's *Init: with no zalloc of the guest's own, opaque becomes 0 (zcalloc's),
        // and a guest zfree is then called with opaque 0.
        if zalloc == 0 { gp.storeBytes(of: 0, toByteOffset: Field.opaque, as: UInt64.self) }
        guard zalloc != 0 || zfree != 0, let allocCode, let freeCode else { return }
        let r = record(host)
        r.storeBytes(of: zalloc, toByteOffset: Record.zalloc, as: UInt64.self)
        r.storeBytes(of: zfree, toByteOffset: Record.zfree, as: UInt64.self)
        r.storeBytes(of: gp.load(fromByteOffset: Field.opaque, as: UInt64.self), toByteOffset: Record.opaque, as: UInt64.self)
        r.storeBytes(of: 0, toByteOffset: Record.silent, as: UInt64.self)
        host.storeBytes(of: allocCode, toByteOffset: Field.zalloc, as: UnsafeMutableRawPointer.self)
        host.storeBytes(of: freeCode, toByteOffset: Field.zfree, as: UnsafeMutableRawPointer.self)
        host.storeBytes(of: r, toByteOffset: Field.opaque, as: UnsafeMutableRawPointer.self)
    }

    /// After a successful *Copy: zlib copied the whole source z_stream into the
    /// destination (deflateCopy/inflateCopy's zmemcpy), hooks and opaque included. The
    /// destination gets a record of its own (the source's may be ended first), and the
    /// guest's destination the source's hooks, as the guest's own zlib leaves it.
    static func copied(host: UnsafeMutableRawPointer, guest: UnsafeMutableRawPointer, guestSource: UnsafeMutableRawPointer) {
        for field in [Field.zalloc, Field.zfree, Field.opaque] {
            guest.storeBytes(of: guestSource.load(fromByteOffset: field, as: UInt64.self), toByteOffset: field, as: UInt64.self)
        }
        guard let from = host.load(fromByteOffset: Field.opaque, as: UnsafeMutableRawPointer?.self),
              host.load(fromByteOffset: Field.zalloc, as: UnsafeMutableRawPointer?.self) == allocCode else { return }
        let r = record(host)
        r.copyMemory(from: from, byteCount: Record.size)
        r.storeBytes(of: 0, toByteOffset: Record.silent, as: UInt64.self)
        host.storeBytes(of: r, toByteOffset: Field.opaque, as: UnsafeMutableRawPointer.self)
    }

    /// A stream the guest set up again without ending it: its blocks are freed on the
    /// host only.
    static func silence(_ host: UnsafeMutableRawPointer) {
        guard host.load(fromByteOffset: Field.zalloc, as: UnsafeMutableRawPointer?.self) == allocCode else { return }
        record(host).storeBytes(of: 1, toByteOffset: Record.silent, as: UInt64.self)
    }

    /// A uInt argument as the guest's convention passes it: sign-extended from bit 31
    /// (RISC-V psABI "Integer Calling Convention"; AAPCS64 leaves the upper bits
    /// unspecified, so the same value serves it).
    @inline(__always) private static func uInt(_ v: UInt32) -> UInt64 {
        UInt64(bitPattern: Int64(Int32(bitPattern: v)))
    }

    /// `voidpf zalloc(voidpf opaque, uInt items, uInt size)`.
    static let allocHandler: GuestCallbackClosure.Handler = { _, ret, args, _ in
        let r = UnsafeMutableRawPointer(bitPattern: UInt(GuestCallbackClosure.pointerArg(args, 0))).unsafelyUnwrapped
        let items = GuestCallbackClosure.uint32Arg(args, 1), size = GuestCallbackClosure.uint32Arg(args, 2)
        let thread = HostCallRuntime.currentThread().unsafelyUnwrapped
        let zalloc = r.load(fromByteOffset: Record.zalloc, as: UInt64.self)
        var guestBlock: UInt64 = 0, fromGuest = true
        if zalloc != 0 {
            guestBlock = thread.engine.callGuest(thread, function: zalloc,
                                                 args: (r.load(fromByteOffset: Record.opaque, as: UInt64.self),
                                                        uInt(items), uInt(size)), argCount: 3)
        } else if HostCallRuntime.guestMalloc != 0 {
            // zcalloc: malloc(items * size), a uInt product.
            guestBlock = thread.engine.callGuest(thread, function: HostCallRuntime.guestMalloc,
                                                 args: (UInt64(items &* size), 0, 0), argCount: 1)
        } else {
            fromGuest = false   // the guest's libc is not mapped (yet): the host's malloc alone
        }
        var block: UnsafeMutableRawPointer?
        if !fromGuest || guestBlock != 0, let p = malloc(header + Int(items) * Int(size)) {
            p.storeBytes(of: guestBlock, as: UInt64.self)
            p.storeBytes(of: fromGuest ? 1 : 0, toByteOffset: 8, as: UInt64.self)
            block = p + header
        }
        ret.unsafelyUnwrapped.storeBytes(of: block, as: UnsafeMutableRawPointer?.self)
    }

    /// `void zfree(voidpf opaque, voidpf address)`.
    static let freeHandler: GuestCallbackClosure.Handler = { _, _, args, _ in
        let r = UnsafeMutableRawPointer(bitPattern: UInt(GuestCallbackClosure.pointerArg(args, 0))).unsafelyUnwrapped
        guard let block = UnsafeMutableRawPointer(bitPattern: UInt(GuestCallbackClosure.pointerArg(args, 1))) else { return }
        let p = block - header
        let guestBlock = p.load(as: UInt64.self)
        let fromGuest = p.load(fromByteOffset: 8, as: UInt64.self) != 0
        free(p)
        guard fromGuest, r.load(fromByteOffset: Record.silent, as: UInt64.self) == 0 else { return }
        let thread = HostCallRuntime.currentThread().unsafelyUnwrapped
        let zfree = r.load(fromByteOffset: Record.zfree, as: UInt64.self)
        if zfree != 0 {
            _ = thread.engine.callGuest(thread, function: zfree,
                                        args: (r.load(fromByteOffset: Record.opaque, as: UInt64.self), guestBlock, 0),
                                        argCount: 2)
        } else if HostCallRuntime.guestFree != 0 {
            _ = thread.engine.callGuest(thread, function: HostCallRuntime.guestFree, args: (guestBlock, 0, 0), argCount: 1)
        }
    }
}
