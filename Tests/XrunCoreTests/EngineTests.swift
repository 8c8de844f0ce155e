import XCTest
import XrunCore

final class EngineTests: XCTestCase {
    typealias T = ToyISA
    let code = IsolatedRun.codeAddress
    let data = IsolatedRun.dataAddress
    /// The engine's behaviour (chaining, precise faults, traps) is the same whether a
    /// block is interpreted or compiled: each isolated test runs in both tiers.
    let tiers: [(name: String, threshold: UInt64)] = [("interpreter", .max), ("native", 0)]

    func toyRun(_ words: [UInt32], _ tier: (name: String, threshold: UInt64)) throws -> IsolatedRun {
        try IsolatedRun(isa: ToyISA(), words: words, nativeThreshold: tier.threshold)
    }

    func testLoopChainsAndStopsAtBreakpoint() throws {
        for tier in tiers {
            // r1 = 1000; loop: r2 += r3; bnz r1, loop; brk
            let r = try toyRun([
                T.word(1, 1, imm: 1000), T.word(1, 3, imm: 2),
                T.word(2, 2, 3), T.word(5, 1, imm: -1), T.word(7),
            ], tier)
            XCTAssertEqual(r.run(), .breakpoint(pc: code + 16, info: 0), tier.name)
            XCTAssertEqual(r.cpu.toyRegs[2], 2002, tier.name)
            XCTAssertEqual(r.engine.cache.translatedBlocks, 3, tier.name)
        }
    }

    func testFaultIsReportedAtTheFaultingInstruction() throws {
        for tier in tiers {
            // r1 = 0x7000 (unmapped); r2 = 5; st r2, [r1]
            let r = try toyRun([T.word(1, 1, imm: 0x7000), T.word(1, 2, imm: 5), T.word(3, 2, 1)], tier)
            XCTAssertEqual(r.run(), .fault(pc: code + 8, addr: 0x7000, signal: 11, code: 1, write: true), tier.name)
            XCTAssertEqual(r.cpu.toyRegs[2], 5, "state before the fault is kept (\(tier.name))")
        }
    }

    func testWriteToReadOnlyPageIsAccessError() throws {
        for tier in tiers {
            // Store into the (read+exec) code page itself.
            let r = try toyRun([T.word(2, 4, 4), T.word(3, 2, 1)], tier)
            r.cpu.toyRegs[1] = code
            XCTAssertEqual(r.run(), .fault(pc: code + 4, addr: code, signal: 11, code: 2, write: true), tier.name)
        }
    }

    func testAddressBeyondTheGuestRegionFaultsWithoutTouchingTheHost() throws {
        for tier in tiers {
            let r = try toyRun([T.word(4, 2, 1)], tier)
            r.cpu.toyRegs[1] = 1 << 45
            guard case .fault(let pc, let addr, 11, _, _) = r.run() else { return XCTFail("expected SIGSEGV (\(tier.name))") }
            XCTAssertEqual(pc, code, tier.name)
            XCTAssertEqual(addr, 1 << 45, tier.name)
        }
    }

    func testJumpToNonExecutableMemoryFaultsAtTheTarget() throws {
        for tier in tiers {
            let r = try toyRun([T.word(6, 1)], tier)
            r.cpu.toyRegs[1] = data
            XCTAssertEqual(r.run(), .fault(pc: data, addr: data, signal: 11, code: 2, write: false), tier.name)
        }
    }

    func testUndefinedInstruction() throws {
        for tier in tiers {
            let r = try toyRun([T.word(1, 1, imm: 1), 0xee], tier)
            XCTAssertEqual(r.run(), .undefined(pc: code + 4, word: 0xee), tier.name)
        }
    }

    /// Self-modifying code: the guest rewrites an instruction in an RWX page it has
    /// already executed; the next run of that code must see the new instruction.
    func testSelfModifyingCodeIsRetranslated() throws {
        let memory = try GuestMemory()
        let engine = Engine(isa: ToyISA(), memory: memory)
        let thread = GuestThread(engine: engine, tid: 1)
        engine.attach(thread)
        let rwx: UInt64 = 0x40000
        XCTAssertEqual(memory.map(rwx, 4096, prot: .all, shared: false, fd: -1, offset: 0), 0)
        // f: li r5, 7; jr r6          main: li r6, ret; jr-to f ... we drive it by hand.
        memory.write(rwx, T.word(1, 5, imm: 7))
        memory.write(rwx + 4, T.word(7))
        // Patcher at rwx+0x100: st32 r7, [r8]; brk
        memory.write(rwx + 0x100, T.word(8, 7, 8))
        memory.write(rwx + 0x104, T.word(7))

        thread.pc = rwx
        XCTAssertEqual(engine.runUntilTrap(thread), .breakpoint(pc: rwx + 4, info: 0))
        XCTAssertEqual(thread.cpu.toyRegs[5], 7)

        thread.cpu.toyRegs[7] = UInt64(T.word(1, 5, imm: 9))
        thread.cpu.toyRegs[8] = rwx
        thread.pc = rwx + 0x100
        XCTAssertEqual(engine.runUntilTrap(thread), .breakpoint(pc: rwx + 0x104, info: 0))

        thread.pc = rwx
        XCTAssertEqual(engine.runUntilTrap(thread), .breakpoint(pc: rwx + 4, info: 0))
        XCTAssertEqual(thread.cpu.toyRegs[5], 9, "the rewritten instruction ran")
    }

    /// A block chained to a function (`j f`, a native exit through a link word) while
    /// the function is rewritten again and again: after each rewrite the chained exit
    /// must reach the new translation, never the old native code (the invalidation
    /// unlinks exits chained into a dead block, `BlockCache.unlinkIncoming`). Each
    /// version is called four times, so the exit is chained in between rewrites.
    func testChainedExitNeverEntersARewrittenBlock() throws {
        for tier in tiers {
            let memory = try GuestMemory()
            let engine = Engine(isa: ToyISA(), memory: memory, nativeThreshold: tier.threshold)
            let thread = GuestThread(engine: engine, tid: 1)
            engine.attach(thread)
            let f: UInt64 = 0x40000, main: UInt64 = 0x41000
            XCTAssertEqual(memory.map(f, 8192, prot: .all, shared: false, fd: -1, offset: 0), 0)
            // f: li r5, k; j back
            memory.write(f, T.word(1, 5, imm: 0))
            memory.write(f + 4, T.word(9, imm: Int16((main + 0x14 - (f + 4)) / 4)))
            let program: [UInt32] = [
                T.word(8, 7, 8),                // +0x00 st32 r7, [r8]   (rewrite f: li r5, k)
                T.word(2, 7, 9),                // +0x04 add r7, r9      (next version: k + 1)
                T.word(1, 3, imm: 3),           // +0x08 li r3, 3
                T.word(9, imm: 1),              // +0x0c j +0x10
                T.word(9, imm: Int16(truncatingIfNeeded: -Int((main + 0x10 - f) / 4))),  // +0x10 j f
                T.word(2, 2, 5),                // +0x14 add r2, r5
                T.word(5, 3, imm: -2),          // +0x18 bnz r3, +0x10
                T.word(5, 1, imm: -7),          // +0x1c bnz r1, +0x00
                T.word(7),                      // +0x20 brk
            ]
            for (i, w) in program.enumerated() { memory.write(main + UInt64(4 * i), w) }
            let versions: UInt64 = 40
            let r = thread.cpu.toyRegs
            r[1] = versions - 1
            r[7] = UInt64(T.word(1, 5, imm: 1))
            r[8] = f
            r[9] = 1 << 16
            thread.pc = main
            var trap = engine.runUntilTrap(thread)
            while trap == .interrupt { trap = engine.runUntilTrap(thread) }
            XCTAssertEqual(trap, .breakpoint(pc: main + 0x20, info: 0), tier.name)
            XCTAssertEqual(r[2], 4 * versions * (versions + 1) / 2, "every call ran the current version (\(tier.name))")
        }
    }

    /// munmap of code drops its blocks: new code mapped at the same address runs.
    func testUnmapInvalidatesBlocks() throws {
        let memory = try GuestMemory()
        let engine = Engine(isa: ToyISA(), memory: memory)
        let thread = GuestThread(engine: engine, tid: 1)
        engine.attach(thread)
        let at: UInt64 = 0x50000
        for value: Int16 in [3, 4] {
            XCTAssertEqual(memory.map(at, 4096, prot: [.read, .write], shared: false, fd: -1, offset: 0), 0)
            memory.write(at, T.word(1, 5, imm: value))
            memory.write(at + 4, T.word(7))
            XCTAssertEqual(memory.protect(at, 4096, [.read, .exec]), 0)
            thread.pc = at
            _ = engine.runUntilTrap(thread)
            XCTAssertEqual(thread.cpu.toyRegs[5], UInt64(value))
            memory.unmap(at, 4096)
        }
    }
}
