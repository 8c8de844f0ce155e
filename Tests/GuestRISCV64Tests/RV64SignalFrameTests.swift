import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// The riscv64 rt_sigframe round trip: push sets up the handler call as Linux does,
/// pop restores every register, the FP state and fcsr, and returns the saved mask.
final class RV64SignalFrameTests: XCTestCase {
    // Offsets in the frame (arch/riscv/kernel/signal.c, uapi asm/ucontext.h,
    // sigcontext.h; checked against riscv64 glibc's ucontext_t: uc_mcontext at 176,
    // sizeof(ucontext_t) 960, __fpregs at 256 in mcontext_t).
    let uc = 128, mcontext = 128 + 176, fpregs = 128 + 176 + 256
    let frameSize: UInt64 = 1088

    func testPushThenPopRestoresTheInterruptedState() throws {
        let isa = RV64ISA()
        let r = try makeRun(w(0x0000_0013))
        let cpu = r.cpu
        for i in 1..<32 { cpu.xreg[i] = 0x1000 + UInt64(i) }
        for i in 0..<32 { cpu.freg[i] = 0xf000 + UInt64(i) }
        let sp = GuestRun.dataAddress + 0xF008
        cpu.xreg[2] = sp
        cpu.guestPC = 0x12344
        cpu.frm = 3
        cpu.fflags = 0x11
        var info = [UInt8](repeating: 0, count: 128)
        info[0] = 10
        let req = SignalFrameRequest(signal: 10, info: info, handler: 0x5000, returnAddress: 0x6000,
                                     savedMask: 0x4242, stackPointer: sp, altStackBase: 0x7000,
                                     altStackFlags: 1, altStackSize: 0x2000)
        XCTAssertTrue(isa.pushSignalFrame(req, cpu: cpu, memory: r.memory))
        let frame = cpu.xreg[2]
        XCTAssertEqual(frame, (sp - frameSize) & ~15)
        XCTAssertEqual(cpu.xreg[10], 10, "a0 = signal")
        XCTAssertEqual(cpu.xreg[11], frame, "a1 = &info")
        XCTAssertEqual(cpu.xreg[12], frame + 128, "a2 = &uc")
        XCTAssertEqual(cpu.xreg[1], 0x6000, "ra = return address")
        XCTAssertEqual(cpu.guestPC, 0x5000)
        XCTAssertEqual(cpu.xreg[5], 0x1005, "other registers keep their values")

        let m = r.memory
        XCTAssertEqual(m.read(frame, as: UInt8.self), 10, "siginfo")
        XCTAssertEqual(m.read(frame + UInt64(uc + 16), as: UInt64.self), 0x7000, "uc_stack.ss_sp")
        XCTAssertEqual(m.read(frame + UInt64(uc + 24), as: Int32.self), 1, "uc_stack.ss_flags")
        XCTAssertEqual(m.read(frame + UInt64(uc + 32), as: UInt64.self), 0x2000, "uc_stack.ss_size")
        XCTAssertEqual(m.read(frame + UInt64(uc + 40), as: UInt64.self), 0x4242, "uc_sigmask")
        XCTAssertEqual(m.read(frame + UInt64(mcontext), as: UInt64.self), 0x12344, "sc_regs.pc")
        XCTAssertEqual(m.read(frame + UInt64(mcontext + 8), as: UInt64.self), 0x1001, "sc_regs.ra")
        XCTAssertEqual(m.read(frame + UInt64(mcontext + 16), as: UInt64.self), sp, "sc_regs.sp")
        XCTAssertEqual(m.read(frame + UInt64(mcontext + 8 * 31), as: UInt64.self), 0x101f, "sc_regs.t6")
        XCTAssertEqual(m.read(frame + UInt64(fpregs + 8 * 7), as: UInt64.self), 0xf007, "f7")
        XCTAssertEqual(m.read(frame + UInt64(fpregs + 256), as: UInt32.self), 3 << 5 | 0x11, "fcsr")
        XCTAssertEqual(m.read(frame + UInt64(fpregs + 516), as: UInt32.self), 0, "extension header reserved word")
        XCTAssertEqual(m.read(frame + UInt64(fpregs + 520), as: UInt64.self), 0, "END header: magic 0, size 0")

        // The handler clobbers things; sigreturn brings them back.
        for i in 1..<32 { cpu.xreg[i] = 0 }
        for i in 0..<32 { cpu.freg[i] = 0 }
        cpu.frm = 0
        cpu.fflags = 0
        cpu.xreg[2] = frame
        XCTAssertEqual(isa.popSignalFrame(cpu: cpu, memory: r.memory), 0x4242)
        XCTAssertEqual(cpu.xreg[0], 0)
        XCTAssertEqual(cpu.xreg[1], 0x1001)
        XCTAssertEqual(cpu.xreg[2], sp)
        XCTAssertEqual(cpu.xreg[10], 0x100a)
        XCTAssertEqual(cpu.xreg[31], 0x101f)
        XCTAssertEqual(cpu.freg[31], 0xf01f)
        XCTAssertEqual(cpu.guestPC, 0x12344)
        XCTAssertEqual(cpu.frm, 3)
        XCTAssertEqual(cpu.fflags, 0x11)
    }

    func testPopRefusesUnknownExtensionRecords() throws {
        let isa = RV64ISA()
        let r = try makeRun(w(0x0000_0013))
        let sp = GuestRun.dataAddress + 0x8000
        let req = SignalFrameRequest(signal: 10, info: [], handler: 0x5000, returnAddress: 0x6000,
                                     savedMask: 0, stackPointer: sp)
        XCTAssertTrue(isa.pushSignalFrame(req, cpu: r.cpu, memory: r.memory))
        let frame = r.cpu.xreg[2]
        // A vector-state record (RISCV_V_MAGIC) where xrun has no vector unit.
        _ = r.memory.write(frame + UInt64(fpregs + 520), UInt32(0x5346_5457))
        XCTAssertNil(isa.popSignalFrame(cpu: r.cpu, memory: r.memory))
        _ = r.memory.write(frame + UInt64(fpregs + 520), UInt32(0))
        _ = r.memory.write(frame + UInt64(fpregs + 516), UInt32(1))
        XCTAssertNil(isa.popSignalFrame(cpu: r.cpu, memory: r.memory), "non-zero reserved word")
    }

    func testFrameOnUnmappedStackFails() throws {
        let isa = RV64ISA()
        let r = try makeRun(w(0x0000_0013))
        let req = SignalFrameRequest(signal: 11, info: [], handler: 0x5000, returnAddress: 0x6000,
                                     savedMask: 0, stackPointer: 0x9000)
        XCTAssertFalse(isa.pushSignalFrame(req, cpu: r.cpu, memory: r.memory))
    }

    func testSigreturnTrampolineCallsRtSigreturn() throws {
        let isa = RV64ISA()
        XCTAssertEqual(isa.sigreturnTrampoline, w(0x08b0_0893) + // addi a7,zero,139
                                                w(0x0000_0073))  // ecall
        let r = try makeRun(isa.sigreturnTrampoline)
        XCTAssertEqual(r.run(), .syscall)
        XCTAssertEqual(isa.syscallNumber(r.cpu), 139)
        XCTAssertEqual(r.cpu.guestPC, GuestRun.codeAddress + isa.syscallInstructionLength + 4)
    }
}
