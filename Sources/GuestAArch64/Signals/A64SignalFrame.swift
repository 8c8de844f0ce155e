import XrunCore

/// The arm64 rt_sigframe (arch/arm64/kernel/signal.c, arch/arm64/include/uapi/asm/
/// sigcontext.h, ucontext.h): siginfo (128), ucontext with sigcontext whose
/// __reserved area holds an fpsimd_context record and the terminator, then a frame
/// record {fp, lr} so unwinders can walk through the handler.
enum A64SignalFrame {
    static let infoOffset = 0
    static let ucOffset = 128
    // ucontext: uc_flags 0, uc_link 8, uc_stack 16 (ss_sp, ss_flags, ss_size),
    // uc_sigmask 40, padding to 1024 bits of mask, uc_mcontext 16-aligned at 176.
    static let ucStack = ucOffset + 16
    static let ucSigmask = ucOffset + 40
    static let mcontext = ucOffset + 176
    // sigcontext: fault_address, regs[31], sp, pc, pstate, __reserved[4096] (16-aligned)
    static let faultAddress = mcontext
    static let regs = mcontext + 8
    static let sp = mcontext + 256
    static let pc = mcontext + 264
    static let pstate = mcontext + 272
    static let reserved = mcontext + 288
    static let reservedSize = 4096
    static let frameSize = reserved + reservedSize   // sizeof(struct rt_sigframe) = 4688
    static let frameRecord = frameSize                // struct frame_record { fp, lr }
    static let totalSize = frameSize + 16

    static let fpsimdMagic: UInt32 = 0x4650_8001
    static let fpsimdSize: UInt32 = 528

    static func push(_ r: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool {
        let frame = (r.stackPointer &- UInt64(totalSize)) & ~15
        guard memory.isAccessible(frame, UInt64(totalSize), [.read, .write]) else { return false }
        let f = memory.host(frame)
        f.initializeMemory(as: UInt8.self, repeating: 0, count: totalSize)
        r.info.withUnsafeBytes { f.copyMemory(from: $0.baseAddress!, byteCount: min(128, $0.count)) }
        f.storeBytes(of: r.altStackBase, toByteOffset: ucStack, as: UInt64.self)
        f.storeBytes(of: r.altStackFlags, toByteOffset: ucStack + 8, as: Int32.self)
        f.storeBytes(of: r.altStackSize, toByteOffset: ucStack + 16, as: UInt64.self)
        f.storeBytes(of: r.savedMask, toByteOffset: ucSigmask, as: UInt64.self)
        f.storeBytes(of: r.faultAddress, toByteOffset: faultAddress, as: UInt64.self)
        let x = cpu.x
        for i in 0..<31 { f.storeBytes(of: x[i], toByteOffset: regs + 8 * i, as: UInt64.self) }
        f.storeBytes(of: x[Int(A64Reg.sp)], toByteOffset: sp, as: UInt64.self)
        f.storeBytes(of: cpu.guestPC, toByteOffset: pc, as: UInt64.self)
        f.storeBytes(of: cpu.nzcv & 0xf000_0000, toByteOffset: pstate, as: UInt64.self)
        // fpsimd_context: head {magic, size}, fpsr, fpcr, vregs[32]
        f.storeBytes(of: fpsimdMagic, toByteOffset: reserved, as: UInt32.self)
        f.storeBytes(of: fpsimdSize, toByteOffset: reserved + 4, as: UInt32.self)
        f.storeBytes(of: A64FPStatus.read(cpu), toByteOffset: reserved + 8, as: UInt32.self)
        f.storeBytes(of: cpu.fpcr, toByteOffset: reserved + 12, as: UInt32.self)
        (f + reserved + 16).copyMemory(from: cpu.v(0), byteCount: 32 * 16)
        // The terminator record (magic 0, size 0) follows; the area is already zero.
        f.storeBytes(of: x[29], toByteOffset: frameRecord, as: UInt64.self)
        f.storeBytes(of: x[30], toByteOffset: frameRecord + 8, as: UInt64.self)

        x[0] = UInt64(r.signal)
        x[1] = frame + UInt64(infoOffset)
        x[2] = frame + UInt64(ucOffset)
        x[29] = frame + UInt64(frameRecord)
        x[30] = r.returnAddress
        x[Int(A64Reg.sp)] = frame
        cpu.guestPC = r.handler
        return true
    }

    static func pop(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64? {
        let frame = cpu.x[Int(A64Reg.sp)]
        // restore_sigframe(): the frame must be 16-byte aligned and readable.
        guard frame & 15 == 0, memory.isAccessible(frame, UInt64(frameSize), .read) else { return nil }
        let f = memory.host(frame)
        let x = cpu.x
        for i in 0..<31 { x[i] = f.load(fromByteOffset: regs + 8 * i, as: UInt64.self) }
        x[Int(A64Reg.sp)] = f.load(fromByteOffset: sp, as: UInt64.self)
        cpu.guestPC = f.load(fromByteOffset: pc, as: UInt64.self)
        cpu.nzcv = f.load(fromByteOffset: pstate, as: UInt64.self) & 0xf000_0000
        // Walk the records for fpsimd_context (a handler may have edited any of them).
        var off = reserved
        while off + 8 <= reserved + reservedSize {
            let magic = f.load(fromByteOffset: off, as: UInt32.self)
            let size = Int(f.load(fromByteOffset: off + 4, as: UInt32.self))
            if magic == 0 { break }
            if magic == fpsimdMagic {
                guard size == Int(fpsimdSize) else { return nil }
                A64FPStatus.write(cpu, f.load(fromByteOffset: off + 8, as: UInt32.self))
                cpu.fpcr = f.load(fromByteOffset: off + 12, as: UInt32.self)
                cpu.v(0).copyMemory(from: f + off + 16, byteCount: 32 * 16)
            }
            guard size >= 16, size % 16 == 0 else { return nil }
            off += size
        }
        return f.load(fromByteOffset: ucSigmask, as: UInt64.self)
    }
}

extension A64ISA {
    public var syscallInstructionLength: UInt64 { 4 }
    public var sigactionHasRestorer: Bool { true }

    /// mov x8, #139 (__NR_rt_sigreturn); svc #0 — what the arm64 vDSO's sigtramp does.
    public var sigreturnTrampoline: [UInt8] {
        [UInt32(0xd280_1168), 0xd400_0001].flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } }
    }

    public func pushSignalFrame(_ request: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool {
        A64SignalFrame.push(request, cpu: cpu, memory: memory)
    }

    public func popSignalFrame(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64? {
        A64SignalFrame.pop(cpu: cpu, memory: memory)
    }
}
