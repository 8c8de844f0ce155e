import XCTest
import XrunCore
import GuestTestSupport
import GuestAArch64

/// The arm64 rt_sigframe round trip: push sets up the handler call as Linux does,
/// pop restores every register, flag, FP/SIMD register and the saved mask.
final class SignalFrameTests: XCTestCase {
    func testPushThenPopRestoresTheInterruptedState() throws {
        let isa = A64ISA()
        let r = try GuestRun(isa: isa, words: [0xd503201f]) // nop
        let cpu = r.cpu
        for i in 0..<31 { cpu.x[i] = 0x1000 + UInt64(i) }
        let sp = GuestRun.dataAddress + 0xF008
        cpu.x[31] = sp
        cpu.guestPC = 0x12344
        cpu.nzcv = 0x6000_0000
        cpu.fpcr = 0x0040_0000
        cpu.fpsr = 0x10
        cpu.v(7).storeBytes(of: 0xdead_beef_cafe_f00d, as: UInt64.self)
        var info = [UInt8](repeating: 0, count: 128)
        info[0] = 10
        let req = SignalFrameRequest(signal: 10, info: info, handler: 0x5000, returnAddress: 0x6000,
                                     savedMask: 0x4242, stackPointer: sp)
        XCTAssertTrue(isa.pushSignalFrame(req, cpu: cpu, memory: r.memory))
        let frame = cpu.x[31]
        XCTAssertEqual(frame & 15, 0)
        XCTAssertEqual(frame, (sp - 4704) & ~15, "rt_sigframe (4688) + frame record (16)")
        XCTAssertEqual(cpu.x[0], 10)
        XCTAssertEqual(cpu.x[1], frame)
        XCTAssertEqual(cpu.x[2], frame + 128)
        XCTAssertEqual(cpu.x[29], frame + 4688)
        XCTAssertEqual(cpu.x[30], 0x6000)
        XCTAssertEqual(cpu.guestPC, 0x5000)
        XCTAssertEqual(r.memory.read(frame + 128 + 176 + 264, as: UInt64.self), 0x12344, "sigcontext.pc")
        XCTAssertEqual(r.memory.read(frame + 128 + 176 + 288, as: UInt32.self), 0x4650_8001, "FPSIMD_MAGIC")

        // The handler clobbers things; sigreturn brings them back.
        for i in 0..<31 { cpu.x[i] = 0 }
        cpu.nzcv = 0
        cpu.v(7).storeBytes(of: 0, as: UInt64.self)
        XCTAssertEqual(isa.popSignalFrame(cpu: cpu, memory: r.memory), 0x4242)
        XCTAssertEqual(cpu.x[5], 0x1005)
        XCTAssertEqual(cpu.x[30], 0x1000 + 30)
        XCTAssertEqual(cpu.x[31], sp)
        XCTAssertEqual(cpu.guestPC, 0x12344)
        XCTAssertEqual(cpu.nzcv, 0x6000_0000)
        XCTAssertEqual(cpu.fpcr, 0x0040_0000)
        XCTAssertEqual(cpu.v(7).load(as: UInt64.self), 0xdead_beef_cafe_f00d)
    }

    func testFrameOnUnmappedStackFails() throws {
        let isa = A64ISA()
        let r = try GuestRun(isa: isa, words: [0xd503201f])
        let req = SignalFrameRequest(signal: 11, info: [], handler: 0x5000, returnAddress: 0x6000,
                                     savedMask: 0, stackPointer: 0x9000)
        XCTAssertFalse(isa.pushSignalFrame(req, cpu: r.cpu, memory: r.memory))
    }
}
