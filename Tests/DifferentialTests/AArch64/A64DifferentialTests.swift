import XCTest

/// AArch64 differential tests: one per encoding group, each running its cases through
/// harness-aarch64.c under `qemu-aarch64 -cpu cortex-a76` and under xrun.
final class A64DifferentialTests: XCTestCase {
    private func run(_ name: String, ci: Int, minCompleted: Double, qemuArgs: [String]? = nil, function: String = #function,
                     _ body: @escaping (inout A64Gen) -> Void) throws {
        let group = DiffGroup(name: name, ciCases: ci, minCompleted: minCompleted, qemuArgs: qemuArgs) { rng in
            var g = A64Gen(rng)
            body(&g)
            return g.finished
        }
        let test = "DifferentialTests.A64DifferentialTests/" + function.replacingOccurrences(of: "()", with: "")
        try DiffRunner.run(.aarch64, group, test: test)
    }

    func testDataProcessingImmediate() throws {
        try run("dp-immediate", ci: 20000, minCompleted: 0.8) { g in
            for _ in 0..<g.r.int(1...6) { g.emit(g.dpImmediate()) }
        }
    }

    func testDataProcessingRegister() throws {
        try run("dp-register", ci: 20000, minCompleted: 0.8) { g in
            for _ in 0..<g.r.int(1...6) { g.emit(g.dpRegister()) }
        }
    }

    func testBranches() throws {
        try run("branches", ci: 12000, minCompleted: 0.8) { g in g.branchSequence() }
    }

    func testLoadsAndStores() throws {
        try run("load-store", ci: 20000, minCompleted: 0.5) { g in g.loadStoreSequence() }
    }

    func testExclusivesAndAtomics() throws {
        try run("atomics", ci: 12000, minCompleted: 0.6) { g in g.atomicSequence() }
    }

    func testScalarFloatingPoint() throws {
        try run("fp-scalar", ci: 20000, minCompleted: 0.8) { g in
            g.fpState()
            for _ in 0..<g.r.int(1...6) { g.emit(g.fpScalar()) }
        }
    }

    func testAdvancedSIMDInteger() throws {
        try run("simd-integer", ci: 20000, minCompleted: 0.3) { g in
            g.simdState(fp: false)
            for _ in 0..<g.r.int(1...4) { g.emit(g.simd(fp: false)) }
        }
    }

    func testAdvancedSIMDFloatingPoint() throws {
        try run("simd-fp", ci: 20000, minCompleted: 0.3) { g in
            g.simdState(fp: true)
            for _ in 0..<g.r.int(1...4) { g.emit(g.simd(fp: true)) }
        }
    }

    /// FEAT_AES, FEAT_PMULL, FEAT_SHA1, FEAT_SHA256 and FEAT_DotProd, which the reference
    /// CPU (Cortex-A76) has.
    func testCryptoAndDotProduct() throws {
        try run("crypto", ci: 8000, minCompleted: 0.8) { g in
            for _ in 0..<g.r.int(1...6) { g.emit(g.cryptoA76()) }
        }
    }

    /// FEAT_SHA512 and FEAT_SHA3, which the Cortex-A76 lacks: against `-cpu max`. Only
    /// these encodings (and UNALLOCATED neighbours that are not SM3/SM4) are generated,
    /// so the max CPU's other extensions do not come into play.
    func testSHA512AndSHA3() throws {
        try run("sha512-sha3", ci: 4000, minCompleted: 0.8, qemuArgs: ["-cpu", "max"]) { g in
            for _ in 0..<g.r.int(1...6) { g.emit(g.sha512SHA3()) }
        }
    }

    /// FEAT_FlagM/FlagM2 (RMIF, SETF8/16, CFINV, XAFLAG, AXFLAG), FEAT_JSCVT (FJCVTZS) and
    /// FEAT_FCMA (FCMLA, FCADD), Armv8.3/8.4 features the Cortex-A76 lacks: against
    /// `-cpu max`, generating nothing else. A case is either FlagM/JSCVT words with FPCR
    /// clear (KNOWN-DIFFERENCES Q6) or FCMA words with FP specials and a random FPCR.
    func testFlagMJSCVTAndFCMA() throws {
        try run("v8.3-v8.4", ci: 6000, minCompleted: 0.8, qemuArgs: ["-cpu", "max"]) { g in
            if g.r.bool() {
                g.simdState(fp: true)
                for _ in 0..<g.r.int(1...4) { g.emit(g.complexArithmetic()) }
            } else {
                g.flagMJSCVTState()
                for _ in 0..<g.r.int(1...6) { g.emit(g.flagMJSCVT()) }
            }
        }
    }

    func testRandomWords() throws {
        try run("random-words", ci: 24000, minCompleted: 0.0) { g in
            g.randomWordState()
            // Up to two words, so an FP instruction's flags meet a faulting access (F-X5).
            for _ in 0..<g.r.int(1...2) { g.emit(g.randomWord()) }
        }
    }
}
