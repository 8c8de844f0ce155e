import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// A extension: LR/SC reservations (success, failure by address, size, an
/// intervening store, a consumed reservation), every AMO in both widths, SIGBUS
/// for misaligned atomics, and real atomicity with two host threads.
final class ATests: XCTestCase {
    let addr = GuestRun.dataAddress + 0x40

    func testLRSCSucceedsAndConsumesTheReservation() throws {
        let r = try runRV(
            w(0x1005_262f) + // lr.w a2,(a0)
            w(0x18b5_26af) + // sc.w a3,a1,(a0)
            w(0x18b5_282f)   // sc.w a6,a1,(a0)   (no reservation left)
        ) { r in
            r.setX(10, self.addr); r.setX(11, 0x1_2345_6789)
            _ = r.memory.write(self.addr, UInt32(0x8000_0001))
        }
        XCTAssertEqual(r.x(12), 0xffff_ffff_8000_0001, "lr.w sign-extends")
        XCTAssertEqual(r.x(13), 0, "sc.w succeeded")
        XCTAssertEqual(r.memory.read(addr, as: UInt32.self), 0x2345_6789)
        XCTAssertEqual(r.x(16), 1, "the second sc.w has no reservation")
    }

    func testLRSCDoubleWithOrderingBits() throws {
        let r = try runRV(
            w(0x1405_372f) + // lr.d.aq a4,(a0)
            w(0x1ab5_37af)   // sc.d.rl a5,a1,(a0)
        ) { r in
            r.setX(10, self.addr); r.setX(11, 0xdead_beef_0000_0001)
            _ = r.memory.write(self.addr, UInt64(0x0123_4567_89ab_cdef))
        }
        XCTAssertEqual(r.x(14), 0x0123_4567_89ab_cdef)
        XCTAssertEqual(r.x(15), 0)
        XCTAssertEqual(r.memory.read(addr, as: UInt64.self), 0xdead_beef_0000_0001)
    }

    func testSCToAnotherAddressOrSizeFails() throws {
        let r = try runRV(
            w(0x1005_362f) + // lr.d a2,(a0)
            w(0x18b7_36af) + // sc.d a3,a1,(a4)    (a4 = a0 + 8: other address)
            w(0x1005_362f) + // lr.d a2,(a0)
            w(0x18b5_282f)   // sc.w a6,a1,(a0)    (same address, other size)
        ) { r in
            r.setX(10, self.addr); r.setX(14, self.addr + 8); r.setX(11, 7)
        }
        XCTAssertEqual(r.x(13), 1)
        XCTAssertEqual(r.x(16), 1)
        XCTAssertEqual(r.memory.read(addr, as: UInt64.self), 0)
        XCTAssertEqual(r.memory.read(addr + 8, as: UInt64.self), 0)
    }

    func testStoreBetweenLRAndSCMakesSCFail() throws {
        // lr.w; ebreak — another agent writes the word — sc.w; ebreak
        let r = try makeRun(
            w(0x1005_262f) + // lr.w a2,(a0)
            w(0x0010_0073) + // ebreak
            w(0x18b5_26af) + // sc.w a3,a1,(a0)
            w(0x0010_0073)   // ebreak
        )
        r.setX(10, addr); r.setX(11, 99)
        _ = r.memory.write(addr, UInt32(5))
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 4, info: 0))
        _ = r.memory.write(addr, UInt32(6))
        r.cpu.guestPC += 4
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 12, info: 0))
        XCTAssertEqual(r.x(12), 5)
        XCTAssertEqual(r.x(13), 1, "sc.w fails: the value changed since lr.w")
        XCTAssertEqual(r.memory.read(addr, as: UInt32.self), 6)
    }

    func testEcallDropsTheReservation() throws {
        let r = try makeRun(
            w(0x1005_262f) + // lr.w a2,(a0)
            w(0x0000_0073) + // ecall
            w(0x18b5_26af) + // sc.w a3,a1,(a0)
            w(0x0010_0073)   // ebreak
        )
        r.setX(10, addr); r.setX(11, 99)
        XCTAssertEqual(r.run(), .syscall)
        XCTAssertEqual(r.run(), .breakpoint(pc: GuestRun.codeAddress + 12, info: 0))
        XCTAssertEqual(r.x(13), 1)
        XCTAssertEqual(r.memory.read(addr, as: UInt32.self), 0)
    }

    /// (instruction, memory before, rs2, rd after, memory after): each AMO on its own.
    func testEveryAMO() throws {
        let m32: UInt64 = 0x8000_0010, v32: UInt64 = 0xffff_ffff_0000_0133 // only the low word counts
        let m64: UInt64 = 0x8000_0000_0000_0010, v64: UInt64 = 0x133
        let cases: [(String, UInt32, UInt64, UInt64, UInt64, UInt64)] = [
            ("amoswap.w a2,a1,(a0)", 0x08b5_262f, m32, v32, 0xffff_ffff_8000_0010, 0x133),
            ("amoadd.w a3,a1,(a0)", 0x00b5_26af, m32, v32, 0xffff_ffff_8000_0010, 0x8000_0143),
            ("amoxor.w a4,a1,(a0)", 0x20b5_272f, m32, v32, 0xffff_ffff_8000_0010, 0x8000_0123),
            ("amoand.w a5,a1,(a0)", 0x60b5_27af, m32, v32, 0xffff_ffff_8000_0010, 0x10),
            ("amoor.w a6,a1,(a0)", 0x40b5_282f, m32, v32, 0xffff_ffff_8000_0010, 0x8000_0133),
            ("amomin.w a7,a1,(a0)", 0x80b5_28af, m32, v32, 0xffff_ffff_8000_0010, 0x8000_0010),
            ("amomax.w s2,a1,(a0)", 0xa0b5_292f, m32, v32, 0xffff_ffff_8000_0010, 0x133),
            ("amominu.w s3,a1,(a0)", 0xc0b5_29af, m32, v32, 0xffff_ffff_8000_0010, 0x133),
            ("amomaxu.w s4,a1,(a0)", 0xe0b5_2a2f, m32, v32, 0xffff_ffff_8000_0010, 0x8000_0010),
            ("amoswap.d.aqrl a2,a1,(a0)", 0x0eb5_362f, m64, v64, m64, 0x133),
            ("amoadd.d a3,a1,(a0)", 0x00b5_36af, m64, v64, m64, 0x8000_0000_0000_0143),
            ("amoxor.d a4,a1,(a0)", 0x20b5_372f, m64, v64, m64, 0x8000_0000_0000_0123),
            ("amoand.d a5,a1,(a0)", 0x60b5_37af, m64, v64, m64, 0x10),
            ("amoor.d a6,a1,(a0)", 0x40b5_382f, m64, v64, m64, 0x8000_0000_0000_0133),
            ("amomin.d a7,a1,(a0)", 0x80b5_38af, m64, v64, m64, m64),
            ("amomax.d s2,a1,(a0)", 0xa0b5_392f, m64, v64, m64, 0x133),
            ("amominu.d s3,a1,(a0)", 0xc0b5_39af, m64, v64, m64, 0x133),
            ("amomaxu.d s4,a1,(a0)", 0xe0b5_3a2f, m64, v64, m64, m64),
        ]
        for (name, word, before, operand, rdAfter, memAfter) in cases {
            let wide = name.contains(".d")
            let r = try runRV(w(word)) { r in
                r.setX(10, self.addr); r.setX(11, operand)
                _ = r.memory.write(self.addr, before)
                _ = r.memory.write(self.addr + 8, UInt64(0x5555_5555_5555_5555))
            }
            let rd = Int((word >> 7) & 31)
            XCTAssertEqual(r.x(rd), rdAfter, name)
            let mem = wide ? r.memory.read(addr, as: UInt64.self) : r.memory.read(addr, as: UInt32.self).map(UInt64.init)
            XCTAssertEqual(mem, memAfter, name)
            XCTAssertEqual(r.memory.read(addr + 8, as: UInt64.self), 0x5555_5555_5555_5555, "\(name) stays in bounds")
        }
    }

    func testAMOWithX0DestinationStillUpdatesMemory() throws {
        let r = try runRV(w(0x00b5_202f)) { r in // amoadd.w zero,a1,(a0)
            r.setX(10, self.addr); r.setX(11, 3)
            _ = r.memory.write(self.addr, UInt32(4))
        }
        XCTAssertEqual(r.memory.read(addr, as: UInt32.self), 7)
        XCTAssertEqual(r.x(0), 0)
    }

    func testMisalignedAtomicsRaiseSIGBUS() throws {
        for word: UInt32 in [0x1005_262f,   // lr.w a2,(a0)
                             0x18b5_26af,   // sc.w a3,a1,(a0)
                             0x00b5_36af] { // amoadd.d a3,a1,(a0)
            let r = try makeRun(w(word))
            r.setX(10, addr + 2)
            XCTAssertEqual(r.run(), .fault(pc: GuestRun.codeAddress, addr: addr + 2, signal: 7, code: 1, write: false))
        }
    }

    func testUnimplementedAtomicEncodingsAreUndefined() throws {
        for word: UInt32 in [0x1015_262f,   // lr.w with rs2 = 1 (reserved)
                             0x28b5_262f,   // amocas.w (Zacas)
                             0x00b5_02af] { // amoadd.b (Zabha)
            let r = try makeRun(w(word))
            XCTAssertEqual(r.run(), .undefined(pc: GuestRun.codeAddress, word: UInt64(word)))
        }
    }

    /// Two guest threads on two host threads increment one word with LR/SC loops; no
    /// increment may be lost. In each tier on its own (the second thread is not
    /// something `GuestRun.run()` mirrors).
    func testLRSCLoopIsAtomicAcrossThreads() throws {
        let iterations: UInt64 = 200_000
        let r = try makeRun(
            w(0x1605_22af) + // lr.w.aqrl t0,(a0)     (loop)
            w(0x0012_8293) + // addi t0,t0,1
            w(0x1e55_232f) + // sc.w.aqrl t1,t0,(a0)
            w(0xfe03_1ae3) + // bne t1,zero,loop
            w(0xfff5_8593) + // addi a1,a1,-1
            w(0xfe05_96e3) + // bne a1,zero,loop
            w(0x0010_0073)   // ebreak
        )
        r.setX(10, addr); r.setX(11, iterations)
        r.prepareNative()
        for world in [r.interpreter, r.native] {
            let second = GuestThread(engine: world.engine, tid: 2)
            second.copyState(from: world.thread)
            let done = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var secondTrap: Trap?
            let engine = world.engine
            let t = Thread {
                engine.attach(second)
                secondTrap = engine.runUntilTrap(second)
                done.signal()
            }
            t.start()
            let firstTrap = world.run()
            done.wait()
            let end = GuestRun.codeAddress + 24
            XCTAssertEqual(firstTrap, .breakpoint(pc: end, info: 0), "\(world.tier)")
            XCTAssertEqual(secondTrap, .breakpoint(pc: end, info: 0), "\(world.tier)")
            XCTAssertEqual(world.memory.read(addr, as: UInt32.self), UInt32(2 * iterations), "\(world.tier)")
        }
    }
}
