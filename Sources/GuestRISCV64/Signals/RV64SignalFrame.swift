import XrunCore

/// The riscv64 rt_sigframe (arch/riscv/kernel/signal.c; uapi asm/sigcontext.h,
/// asm/ucontext.h, asm/ptrace.h): siginfo (128 bytes), then struct ucontext:
///   uc_flags 0, uc_link 8, uc_stack 16 (ss_sp, ss_flags, ss_size), uc_sigmask 40,
///   padding to 1024 bits of mask, uc_mcontext (struct sigcontext) 16-aligned at 176:
///     sc_regs (struct user_regs_struct): pc, ra, sp, gp, tp, t0–t2, s0, s1, a0–a7,
///       s2–s11, t3–t6 — i.e. slot 0 is pc and slot i is x_i;
///     sc_fpregs (union __riscv_fp_state, 528 bytes): the D state f[32] (u64) and
///       fcsr (u32); overlaid by struct __riscv_extra_ext_header, whose `reserved`
///       word (offset 516) must be zero and whose __riscv_ctx_hdr (offset 520) starts
///       the extension records — here only the END record (magic 0, size 0), as
///       there is no vector state.
/// sizeof(struct rt_sigframe) = 1088, already a multiple of 16 (get_rt_frame_size).
/// The handler gets a0 = signal, a1 = &info, a2 = &uc, ra = return address,
/// sp = frame; the kernel does no other register set-up.
enum RV64SignalFrame {
    static let infoOffset = 0
    static let ucOffset = 128
    static let ucStack = ucOffset + 16
    static let ucSigmask = ucOffset + 40
    static let mcontext = ucOffset + 176
    static let regs = mcontext                    // 32 × u64: pc, x1–x31
    static let fpState = mcontext + 256           // union __riscv_fp_state
    static let fpRegs = fpState                   // d.f[32]
    static let fcsr = fpState + 256               // d.fcsr (u32)
    static let extReserved = fpState + 516        // __riscv_extra_ext_header.reserved
    static let extHeader = fpState + 520          // first __riscv_ctx_hdr
    static let fpStateSize = 528
    static let frameSize = fpState + fpStateSize  // 1088

    static let endMagic: UInt32 = 0
    static let endHeaderSize: UInt32 = 0

    static func push(_ r: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool {
        let frame = (r.stackPointer &- UInt64(frameSize)) & ~15
        guard frame < r.stackPointer, memory.isAccessible(frame, UInt64(frameSize), [.read, .write]) else {
            return false
        }
        let f = memory.host(frame)
        f.initializeMemory(as: UInt8.self, repeating: 0, count: frameSize)
        r.info.withUnsafeBytes { src in
            if let base = src.baseAddress { f.copyMemory(from: base, byteCount: min(128, src.count)) }
        }
        // uc_flags, uc_link: 0.
        f.storeBytes(of: r.altStackBase, toByteOffset: ucStack, as: UInt64.self)
        f.storeBytes(of: r.altStackFlags, toByteOffset: ucStack + 8, as: Int32.self)
        f.storeBytes(of: r.altStackSize, toByteOffset: ucStack + 16, as: UInt64.self)
        f.storeBytes(of: r.savedMask, toByteOffset: ucSigmask, as: UInt64.self)

        let x = cpu.xreg
        f.storeBytes(of: cpu.guestPC, toByteOffset: regs, as: UInt64.self)
        for i in 1..<32 { f.storeBytes(of: x[i], toByteOffset: regs + 8 * i, as: UInt64.self) }
        let fr = cpu.freg
        for i in 0..<32 { f.storeBytes(of: fr[i], toByteOffset: fpRegs + 8 * i, as: UInt64.self) }
        f.storeBytes(of: cpu.frm << 5 | cpu.fflags, toByteOffset: fcsr, as: UInt32.self)
        // reserved = 0 and the END header {0, 0}: the frame is already zeroed.

        // The kernel returns to user mode through a path that drops the reservation.
        cpu.clearReservation()
        x[Int(RVReg.a0)] = UInt64(bitPattern: Int64(r.signal))
        x[Int(RVReg.a0) + 1] = frame + UInt64(infoOffset)
        x[Int(RVReg.a0) + 2] = frame + UInt64(ucOffset)
        x[Int(RVReg.ra)] = r.returnAddress
        x[Int(RVReg.sp)] = frame
        cpu.guestPC = r.handler
        return true
    }

    /// rt_sigreturn: registers, FP state and fcsr from the frame at sp; a non-zero
    /// reserved word or an extension record other than END is a bad frame (nil),
    /// as in restore_sigcontext().
    static func pop(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64? {
        let frame = cpu.xreg[Int(RVReg.sp)]
        guard memory.isAccessible(frame, UInt64(frameSize), .read) else { return nil }
        let f = memory.host(frame)
        guard f.load(fromByteOffset: extReserved, as: UInt32.self) == 0,
              f.load(fromByteOffset: extHeader, as: UInt32.self) == endMagic,
              f.load(fromByteOffset: extHeader + 4, as: UInt32.self) == endHeaderSize else { return nil }
        let x = cpu.xreg
        cpu.guestPC = f.load(fromByteOffset: regs, as: UInt64.self)
        for i in 1..<32 { x[i] = f.load(fromByteOffset: regs + 8 * i, as: UInt64.self) }
        let fr = cpu.freg
        for i in 0..<32 { fr[i] = f.load(fromByteOffset: fpRegs + 8 * i, as: UInt64.self) }
        let csr = f.load(fromByteOffset: fcsr, as: UInt32.self)
        cpu.fflags = csr & 0x1f
        cpu.frm = (csr >> 5) & 7
        cpu.clearReservation()
        return f.load(fromByteOffset: ucSigmask, as: UInt64.self)
    }
}

extension RV64ISA {
    /// li a7, 139 (__NR_rt_sigreturn); ecall — the riscv64 vDSO's
    /// __vdso_rt_sigreturn. (riscv64 has no SA_RESTORER: Linux always returns
    /// through the vDSO.)
    public var sigreturnTrampoline: [UInt8] {
        [UInt32(0x08b0_0893), 0x0000_0073].flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } }
    }

    public func pushSignalFrame(_ request: SignalFrameRequest, cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> Bool {
        RV64SignalFrame.push(request, cpu: cpu, memory: memory)
    }

    public func popSignalFrame(cpu: UnsafeMutableRawPointer, memory: GuestMemory) -> UInt64? {
        RV64SignalFrame.pop(cpu: cpu, memory: memory)
    }
}
