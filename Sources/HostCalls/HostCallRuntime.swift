import CFFI
import CXrunHost
import Glibc
import XrunCore

/// The process-wide state the host-call ops reach without a reference: set up once
/// (`HostCalls.install`) before the guest runs, read-only afterwards.
enum HostCallRuntime {
    nonisolated(unsafe) static var slots: UnsafeMutablePointer<HostCallSlot>?
    nonisolated(unsafe) static var convention = GuestCallConvention(intArgument: 0, fpArgument: 0, fpStride: 8,
                                                                     returnAddress: 0, stackPointer: 0)
    /// -strace: where `thunk name(...) = result` lines go; -1 when off.
    nonisolated(unsafe) static var traceFD: Int32 = -1
    /// The guest's `__errno_location` (libc.so.6), once its loader has mapped libc.
    nonisolated(unsafe) static var errnoLocation: UInt64 = 0
    /// The guest libc's malloc and free (zlib's default hooks, for a stream that set
    /// only one of zalloc/zfree: ZStreamAllocator), once its loader has mapped libc.
    nonisolated(unsafe) static var guestMalloc: UInt64 = 0
    nonisolated(unsafe) static var guestFree: UInt64 = 0
    /// The comparator closure's host entry (one for all threads: the guest function it
    /// calls is the current thread's `comparatorTarget`).
    nonisolated(unsafe) static var comparatorCode: UnsafeMutableRawPointer?

    /// A block at a thunked entry: the whole function, then back to the caller's
    /// return address. `imm` is the slot. Faults inside are reported at the function's
    /// entry (`pc`), with the return-address register still naming the caller.
    static let callDefinition = OpDef("(host call)", native: NativeHostCall.template) { cpu, op in
        HostCallRuntime.call(cpu, slot: HostCallRuntime.slots.unsafelyUnwrapped + Int(op.pointee.imm), pc: op.pointee.pc)
    }

    /// A block at an IFUNC resolver of a thunked function (glibc selects memcpy & co.
    /// this way, ld.so calls the resolver while relocating): returns `imm`, the entry the
    /// thunk is registered at, instead of running the resolver.
    static let resolverDefinition = OpDef("(host call resolver)") { cpu, op in
        let cc = HostCallRuntime.convention
        cc.setIntArg(cpu, 0, op.pointee.imm)
        cpu.branchIndirect(to: cc.returnAddress(cpu))
    }

    @inline(__always)
    static func call(_ cpu: UnsafeMutableRawPointer, slot s: UnsafeMutablePointer<HostCallSlot>, pc: UInt64) {
        let cc = convention
        cpu.guestPC = pc
        let base = cpu.load(fromByteOffset: CPUHeader.memBaseOffset, as: UInt64.self)
        let limit = GuestMemory.addressLimit
        let n = s.pointee.argCount
        var raw: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var values: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var comparator: UInt64 = 0
        withUnsafeMutableBytes(of: &raw) { rawBuf in
            let r = rawBuf.baseAddress!.assumingMemoryBound(to: UInt64.self)
            var ints = 0, fps = 0
            for i in 0..<n {
                if byte(s.pointee.kinds, i) == ArgCode.double.rawValue {
                    r[i] = cc.fpArg(cpu, fps); fps += 1
                } else {
                    r[i] = cc.intArg(cpu, ints); ints += 1
                }
            }
        }
        withUnsafeMutableBytes(of: &values) { valBuf in
            let v = valBuf.baseAddress!.assumingMemoryBound(to: UInt64.self)
            withUnsafeBytes(of: raw) { rawBuf in
                let r = rawBuf.baseAddress!.assumingMemoryBound(to: UInt64.self)
                for i in 0..<n {
                    let a = r[i]
                    switch ArgCode(rawValue: byte(s.pointee.kinds, i)).unsafelyUnwrapped {
                    case .int, .int32, .double:
                        v[i] = a
                    case .pointer:
                        // Read or written forward until the function is done: past the
                        // guest's space the guard area faults first (the host fault
                        // handler turns that into the guest's SIGSEGV).
                        if a >= limit { xrun_guest_fault(a, SIGSEGV, 1 /* SEGV_MAPERR */) }
                        v[i] = base &+ a
                    case .buffer, .nullableBuffer, .array:
                        let kind = ArgCode(rawValue: byte(s.pointee.kinds, i)).unsafelyUnwrapped
                        if a == 0 && kind == .nullableBuffer { v[i] = 0; continue }
                        var len = r[Int(byte(s.pointee.operandA, i))]
                        if kind == .array {
                            let (p, o) = len.multipliedReportingOverflow(by: r[Int(byte(s.pointee.operandB, i))])
                            len = o ? UInt64.max : p
                        }
                        // Touched in any order: the whole range must be guest space.
                        if len != 0 && (a >= limit || len > limit - a) {
                            xrun_guest_fault(a >= limit ? a : limit, SIGSEGV, 1 /* SEGV_MAPERR */)
                        }
                        v[i] = base &+ a
                    case .nullablePointer, .zstream, .gzHeader:
                        if a >= limit { xrun_guest_fault(a, SIGSEGV, 1 /* SEGV_MAPERR */) }
                        v[i] = a == 0 ? 0 : base &+ a
                    case .comparator:
                        comparator = a
                        v[i] = UInt64(UInt(bitPattern: comparatorCode))
                    }
                }
            }
        }
        let thread = comparator != 0 || s.pointee.setsErrno || traceFD >= 0 ? currentThread() : nil
        var savedTarget: UInt64 = 0
        if comparator != 0, let thread {
            savedTarget = thread.hostCallbackTarget
            thread.hostCallbackTarget = comparator
        }
        if s.pointee.setsErrno { errno = 0 }
        var result: UInt64 = 0
        withUnsafeMutableBytes(of: &values) { valBuf in
            let v = valBuf.baseAddress!.assumingMemoryBound(to: UInt64.self)
            switch s.pointee.shape {
            case .integer:
                let f = unsafeBitCast(s.pointee.function, to: IntegerHostFunction.self)
                result = f(v[0], v[1], v[2], v[3], v[4], v[5])
            case .double:
                let f = unsafeBitCast(s.pointee.function, to: DoubleHostFunction.self)
                result = f(Double(bitPattern: v[0]), Double(bitPattern: v[1])).bitPattern
            case .ffi:
                withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: 8) { ptrs in
                    for i in 0..<n { ptrs[i] = UnsafeMutableRawPointer(v + i) }
                    ffi_call(s.pointee.cif, unsafeBitCast(s.pointee.function, to: (@convention(c) () -> Void).self),
                             &result, ptrs.baseAddress)
                }
            }
        }
        let hostErrno = s.pointee.setsErrno ? errno : 0
        if comparator != 0, let thread { thread.hostCallbackTarget = savedTarget }
        var guestResult = result
        switch ResultCode(rawValue: s.pointee.result).unsafelyUnwrapped {
        case .void: break
        case .int: cc.setIntArg(cpu, 0, result)
        case .int32:
            guestResult = UInt64(bitPattern: Int64(Int32(truncatingIfNeeded: result)))
            cc.setIntArg(cpu, 0, guestResult)
        case .uint32:
            guestResult = UInt64(UInt32(truncatingIfNeeded: result))
            cc.setIntArg(cpu, 0, guestResult)
        case .pointer:
            guestResult = result == 0 ? 0 : result &- base
            cc.setIntArg(cpu, 0, guestResult)
        case .double: cc.setFPResult(cpu, result)
        }
        if hostErrno != 0, let thread { setGuestErrno(thread, hostErrno) }
        if traceFD >= 0, let thread { trace(thread, s, raw, guestResult) }
        cpu.branchIndirect(to: cc.returnAddress(cpu))
    }

    @inline(__always) static func currentThread() -> GuestThread? {
        guard let p = xrun_current_guest_thread() else { return nil }
        return Unmanaged<GuestThread>.fromOpaque(p).takeUnretainedValue()
    }

    /// errno is the guest libc's thread-local variable: its address comes from the
    /// guest's own `__errno_location` (run in the engine), which knows the thread
    /// pointer and the TLS offset exactly; called only when the host function set errno.
    static func setGuestErrno(_ thread: GuestThread, _ value: Int32) {
        guard errnoLocation != 0 else { return }
        let addr = thread.engine.callGuest(thread, function: errnoLocation, argCount: 0)
        guard thread.engine.memory.isAccessible(addr, 4, .write) else { return }
        thread.engine.memory.hostWillWrite(addr, 4)
        thread.engine.memory.host(addr).storeBytes(of: value, as: Int32.self)
    }

    static func trace(_ thread: GuestThread, _ s: UnsafeMutablePointer<HostCallSlot>,
                      _ raw: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64), _ result: UInt64) {
        let f = ThunkCatalog.functions[s.pointee.catalogIndex]
        let args = withUnsafeBytes(of: raw) { buf in
            (0..<s.pointee.argCount).map { i -> String in
                let v = buf.load(fromByteOffset: i * 8, as: UInt64.self)
                switch f.args[i] {
                case .double: return "\(Double(bitPattern: v))"
                case .int32: return "\(Int32(truncatingIfNeeded: v))"
                case .int: return "\(v)"
                default: return "0x" + String(v, radix: 16)
                }
            }
        }
        let res: String
        switch f.result {
        case .void: res = "?"
        case .pointer: res = "0x" + String(result, radix: 16)
        case .int32: res = "\(Int64(bitPattern: result))"
        case .double: res = "\(Double(bitPattern: thread.cpu.load(fromByteOffset: convention.fpArgument, as: UInt64.self)))"
        default: res = "\(result)"
        }
        let line = "\(thread.tid) thunk \(f.name)(\(args.joined(separator: ", "))) = \(res)\n"
        line.withCString { _ = write(traceFD, $0, strlen($0)) }
    }
}
