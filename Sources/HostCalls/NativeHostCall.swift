import CXrunHost
import XrunCore

/// The native tier's code for a host-call block (`HostCallRuntime.callDefinition`) of
/// an `integer`-shaped slot: the guest's argument registers go straight into rdi, rsi,
/// rdx, rcx, r8, r9 (SysV ABI §3.2.3), guest pointers are checked and translated
/// inline, the host function is called, its result written to the guest's result
/// register, and the block ends at the guest's return address through the jump cache.
/// What a call costs is then a few loads and one `call` instead of the generic op's
/// marshalling: on short strings the guest's own routine was cheaper than the op.
///
/// A pointer that fails its check goes to the op's own function (a slow call), which
/// raises the guest's SIGSEGV exactly as the interpreter does. Double-shaped slots have
/// a template of their own (`emitDouble`); integer slots that set errno or take a
/// callback, and every slot under -strace, keep the op.
enum NativeHostCall {
    static let hostArgs: [X86Reg] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9]

    static let template: NativeTemplate = { op, ctx in
        let s = HostCallRuntime.slots.unsafelyUnwrapped + Int(op.pointee.imm)
        guard HostCallRuntime.traceFD < 0 else { return false }
        if s.pointee.shape == .double {
            emitDouble(slot: s, op: op, &ctx)
            return true
        }
        guard s.pointee.shape == .integer, !s.pointee.setsErrno else { return false }
        emit(slot: s, op: op, &ctx)
        return true
    }

    /// `xrun_call_fp2` as the address the template calls.
    private static let callFP2: @convention(c) (@convention(c) (Double, Double) -> Double, Double, Double)
        -> xrun_fp_call_result = xrun_call_fp2

    /// A `double`-shaped slot (libm): the guest's d0/d1 (fa0/fa1) go into xmm0/xmm1 and
    /// `xrun_call_fp2` calls the host function with errno cleared. If the function set
    /// errno (a domain or range error, rare) nothing is written and the op's own
    /// function runs instead (the slow call): it calls the function again - a libm
    /// function's result depends on its arguments alone - and stores errno through the
    /// guest's `__errno_location`. Otherwise the result goes to d0/fa0 (the upper half
    /// of an AArch64 V register cleared, as `setFPResult` does).
    static func emitDouble(slot s: UnsafeMutablePointer<HostCallSlot>, op: UnsafePointer<Op>, _ ctx: inout NativeContext) {
        let cc = HostCallRuntime.convention
        let cpu = NativeContext.cpu
        ctx.forgetGuestRegisters()
        let slow = ctx.beginSlowCall(op)
        ctx.asm.loadScalar(.xmm0, X86Mem(cpu, Int32(cc.fpArgument)), double: true)
        ctx.asm.loadScalar(.xmm1, X86Mem(cpu, Int32(cc.fpArgument + cc.fpStride)), double: true)
        ctx.asm.movImm(.rdi, UInt64(UInt(bitPattern: s.pointee.function)))
        ctx.callFunction(unsafeBitCast(callFP2, to: UnsafeRawPointer.self))
        if s.pointee.setsErrno {
            ctx.asm.test(.rax, .rax)
            ctx.asm.jcc(.ne, slow.entry)
        }
        ctx.asm.storeLow64(X86Mem(cpu, Int32(cc.fpArgument)), .xmm0)
        if cc.fpStride == 16 {
            ctx.asm.storeImm32(X86Mem(cpu, Int32(cc.fpArgument + 8)), 0)
            ctx.asm.storeImm32(X86Mem(cpu, Int32(cc.fpArgument + 12)), 0)
        }
        ctx.asm.load(.rsi, X86Mem(cpu, Int32(cc.returnAddress)))
        ctx.exitIndirect(pc: .rsi)
        ctx.finishSlowCall(slow)
    }

    static func emit(slot s: UnsafeMutablePointer<HostCallSlot>, op: UnsafePointer<Op>, _ ctx: inout NativeContext) {
        let cc = HostCallRuntime.convention
        let n = s.pointee.argCount
        let cpu = NativeContext.cpu
        // r8-r11 are argument or scratch registers here, and the host function
        // clobbers them: the block's cache of guest registers is stored and dropped.
        ctx.forgetGuestRegisters()
        let slow = ctx.beginSlowCall(op)
        // A fault inside the host function is reported at the function's entry.
        ctx.asm.storeImm(X86Mem(cpu, Int32(CPUHeader.pcOffset)), op.pointee.pc, scratch: .rax)
        for i in 0..<n {
            ctx.asm.load(hostArgs[i], X86Mem(cpu, Int32(cc.intArgument + i * cc.intStride)))
        }
        // Checks first (the lengths are other arguments, still untranslated), then the
        // translations: the same rules as `HostCallRuntime.call`.
        for i in 0..<n {
            let reg = hostArgs[i]
            switch ArgCode(rawValue: byte(s.pointee.kinds, i)).unsafelyUnwrapped {
            case .pointer, .nullablePointer:
                outOfRange(reg, &ctx, slow.entry)
            case .buffer, .nullableBuffer:
                let len = hostArgs[Int(byte(s.pointee.operandA, i))]
                let done = ctx.asm.newLabel()
                if ArgCode(rawValue: byte(s.pointee.kinds, i)) == .nullableBuffer {
                    ctx.asm.test(reg, reg)
                    ctx.asm.jcc(.e, done)
                }
                // len == 0 touches nothing; else a < limit and len <= limit - a.
                ctx.asm.test(len, len)
                ctx.asm.jcc(.e, done)
                outOfRange(reg, &ctx, slow.entry)
                ctx.asm.movImm(.rax, GuestMemory.addressLimit)
                ctx.asm.alu(.sub, .rax, reg)
                ctx.asm.alu(.cmp, len, .rax)
                ctx.asm.jcc(.a, slow.entry)
                ctx.asm.bind(done)
            default:
                break
            }
        }
        for i in 0..<n {
            let reg = hostArgs[i]
            switch ArgCode(rawValue: byte(s.pointee.kinds, i)).unsafelyUnwrapped {
            case .pointer, .buffer:
                ctx.asm.alu(.add, reg, NativeContext.memBase)
            case .nullableBuffer, .nullablePointer:
                // NULL stays NULL (zlib's checksums take it as "initial value").
                let skip = ctx.asm.newLabel()
                ctx.asm.test(reg, reg)
                ctx.asm.jcc(.e, skip)
                ctx.asm.alu(.add, reg, NativeContext.memBase)
                ctx.asm.bind(skip)
            default:
                break
            }
        }
        ctx.callFunction(UnsafeRawPointer(s.pointee.function))
        let result = Int32(cc.intArgument)
        switch ResultCode(rawValue: s.pointee.result).unsafelyUnwrapped {
        case .void, .double:
            break
        case .int:
            ctx.asm.store(X86Mem(cpu, result), .rax)
        case .int32:
            ctx.asm.signExtend(.rax, .rax, fromBits: 32)
            ctx.asm.store(X86Mem(cpu, result), .rax)
        case .uint32:
            ctx.asm.mov(.rax, .rax, w: false)
            ctx.asm.store(X86Mem(cpu, result), .rax)
        case .pointer:
            let null = ctx.asm.newLabel()
            ctx.asm.test(.rax, .rax)
            ctx.asm.jcc(.e, null)
            ctx.asm.alu(.sub, .rax, NativeContext.memBase)
            ctx.asm.bind(null)
            ctx.asm.store(X86Mem(cpu, result), .rax)
        }
        ctx.asm.load(.rsi, X86Mem(cpu, Int32(cc.returnAddress)))
        ctx.exitIndirect(pc: .rsi)
        // The slow call (a bad pointer) runs the whole op, which faults or ends the
        // block itself; it comes back here, on the way to the block's epilogue.
        ctx.finishSlowCall(slow)
    }

    /// Jumps to `label` unless the guest address in `reg` is below the guest limit.
    private static func outOfRange(_ reg: X86Reg, _ ctx: inout NativeContext, _ label: Int) {
        ctx.asm.mov(.rax, reg)
        ctx.asm.shift(.shr, .rax, 40)   // GuestMemory.addressLimit == 1 << 40
        ctx.asm.jcc(.ne, label)
    }
}
