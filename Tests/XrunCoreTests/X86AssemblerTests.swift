import Foundation
import XCTest
@testable import XrunCore

/// The native tier's encoder, checked against an independent decoder: each case is
/// assembled by `X86Assembler` and disassembled by binutils' objdump, whose text must
/// be the instruction meant (GNU syntax, as objdump prints it).
final class X86AssemblerTests: XCTestCase {
    typealias Case = (expected: String, emit: (inout X86Assembler) -> Void)

    let cases: [Case] = [
        ("mov    0x48(%rbx),%rax", { $0.load(.rax, X86Mem(.rbx, 0x48)) }),
        ("mov    0x130(%rbx),%r9d", { $0.load(.r9, X86Mem(.rbx, 0x130), w: false) }),
        ("mov    %rcx,0x60(%rbx)", { $0.store(X86Mem(.rbx, 0x60), .rcx) }),
        ("mov    %r12,%rax", { $0.mov(.rax, .r12) }),
        ("mov    %r11d,%eax", { $0.mov(.rax, .r11, w: false) }),
        ("mov    0x0(%r13),%rax", { $0.load(.rax, X86Mem(.r13)) }),
        ("mov    (%r12),%rax", { $0.load(.rax, X86Mem(.r12)) }),
        ("mov    (%r15,%rdx,1),%ecx", { $0.loadZeroExtended(.rcx, X86Mem(.r15, index: .rdx), size: 4) }),
        ("movzbl (%r15,%rdx,1),%ecx", { $0.loadZeroExtended(.rcx, X86Mem(.r15, index: .rdx), size: 1) }),
        ("movzwl 0x2(%r15,%rdx,1),%esi", { $0.loadZeroExtended(.rsi, X86Mem(.r15, 2, index: .rdx), size: 2) }),
        ("mov    (%r15,%rdx,1),%rcx", { $0.loadZeroExtended(.rcx, X86Mem(.r15, index: .rdx), size: 8) }),
        ("movsbq (%r15,%rdx,1),%rcx", { $0.loadSignExtended(.rcx, X86Mem(.r15, index: .rdx), size: 1, w: true) }),
        ("movswl (%r15,%rdx,1),%ecx", { $0.loadSignExtended(.rcx, X86Mem(.r15, index: .rdx), size: 2, w: false) }),
        ("movslq (%r15,%rdx,1),%rcx", { $0.loadSignExtended(.rcx, X86Mem(.r15, index: .rdx), size: 4, w: true) }),
        ("mov    %cl,(%r15,%rdx,1)", { $0.store(X86Mem(.r15, index: .rdx), .rcx, size: 1) }),
        ("mov    %sil,(%r15,%rdx,1)", { $0.store(X86Mem(.r15, index: .rdx), .rsi, size: 1) }),
        ("mov    %si,(%r15,%rdx,1)", { $0.store(X86Mem(.r15, index: .rdx), .rsi, size: 2) }),
        ("mov    %ecx,0x8(%r15,%rdx,1)", { $0.store(X86Mem(.r15, 8, index: .rdx), .rcx, size: 4) }),
        ("mov    %rsi,(%r15,%rdx,1)", { $0.store(X86Mem(.r15, index: .rdx), .rsi) }),
        ("mov    $0x554180,%eax", { $0.movImm(.rax, 0x554180) }),
        ("mov    $0x554180,%r10d", { $0.movImm(.r10, 0x554180) }),
        ("mov    $0xffffffffffffff80,%rcx", { $0.movImm(.rcx, 0xFFFF_FFFF_FFFF_FF80) }),
        ("movabs $0x123456789a,%r10", { $0.movImm(.r10, 0x12_3456_789A) }),
        ("movq   $0x55415c,(%rbx)", { $0.storeImm(X86Mem(.rbx), 0x55415C, scratch: .rax) }),
        ("movl   $0x2,0xc(%rbx)", { $0.storeImm32(X86Mem(.rbx, 12), 2) }),
        ("add    %rcx,%rax", { $0.alu(.add, .rax, .rcx) }),
        ("sub    %ecx,%eax", { $0.alu(.sub, .rax, .rcx, w: false) }),
        ("xor    %r9,%rax", { $0.alu(.xor, .rax, .r9) }),
        ("and    0x50(%rbx),%eax", { $0.alu(.and, .rax, .mem(X86Mem(.rbx, 0x50)), w: false) }),
        ("or     %r13d,%ecx", { $0.alu(.or, .rcx, .r13, w: false) }),
        ("cmp    (%rdx),%rax", { $0.alu(.cmp, .rax, .mem(X86Mem(.rdx))) }),
        ("add    $0x1,%rax", { $0.aluImm(.add, .reg(.rax), 1) }),
        ("sub    $0x1000,%eax", { $0.aluImm(.sub, .reg(.rax), 0x1000, w: false) }),
        ("cmpq   $0x0,0x18(%rax)", { $0.aluImm(.cmp, .mem(X86Mem(.rax, 0x18)), 0) }),
        ("and    $0xfff,%ecx", { $0.aluImm(.and, .reg(.rcx), 0xFFF, w: false) }),
        ("add    $0xfffffffffffff000,%rax", { $0.aluConstant(.add, .rax, 0xFFFF_FFFF_FFFF_F000, scratch: .rcx) }),
        ("or     $0x80000000,%eax", { $0.aluConstant(.or, .rax, 0x8000_0000, w: false, scratch: .rcx) }),
        ("movabs $0x100000000,%rcx", { $0.aluConstant(.and, .rax, 0x1_0000_0000, scratch: .rcx) }),
        ("and    %rcx,%rax", { _ in }),
        ("shl    $0x3,%rcx", { $0.shift(.shl, .rcx, 3) }),
        ("shr    $0x28,%rcx", { $0.shift(.shr, .rcx, 40) }),
        ("sar    $0x8,%rdx", { $0.shift(.sar, .rdx, 8) }),
        ("ror    $0xb,%eax", { $0.shift(.ror, .rax, 11, w: false) }),
        ("shl    %cl,%rax", { $0.shiftByCL(.shl, .rax) }),
        ("sar    %cl,%eax", { $0.shiftByCL(.sar, .rax, w: false) }),
        ("mul    %rcx", { $0.multiplyWide(.reg(.rcx), signed: false) }),
        ("imull  0x50(%rbx)", { $0.multiplyWide(.mem(X86Mem(.rbx, 0x50)), signed: true, w: false) }),
        ("div    %rsi", { $0.divide(.rsi, signed: false) }),
        ("idiv   %ecx", { $0.divide(.rcx, signed: true, w: false) }),
        ("cqto", { $0.signExtendRaxIntoRdx() }),
        ("cltd", { $0.signExtendRaxIntoRdx(w: false) }),
        ("not    %rcx", { $0.not(.rcx) }),
        ("neg    %eax", { $0.neg(.rax, w: false) }),
        ("test   %rdx,%rdx", { $0.test(.rdx, .rdx) }),
        ("bswap  %eax", { $0.bswap(.rax, w: false) }),
        ("bswap  %r8", { $0.bswap(.r8) }),
        ("imul   0x50(%rbx),%rax", { $0.imul(.rax, .mem(X86Mem(.rbx, 0x50))) }),
        ("imul   %r9d,%eax", { $0.imul(.rax, .reg(.r9), w: false) }),
        ("sets   %cl", { $0.setcc(.s, .rcx) }),
        ("setae  %sil", { $0.setcc(.ae, .rsi) }),
        ("seto   %dil", { $0.setcc(.o, .rdi) }),
        ("setb   %r10b", { $0.setcc(.b, .r10) }),
        ("movzbl %sil,%esi", { $0.movzx8(.rsi, .rsi) }),
        ("cmovb  %rsi,%rdx", { $0.cmov(.b, .rdx, .rsi) }),
        ("cmovb  0x58(%rbx),%edx", { $0.cmov(.b, .rdx, .mem(X86Mem(.rbx, 0x58)), w: false) }),
        ("lea    0x10(%rax,%rcx,1),%rdx", { $0.lea(.rdx, X86Mem(.rax, 16, index: .rcx)) }),
        ("bt     %eax,%ecx", { $0.bt(.rcx, .rax) }),
        ("bt     $0x3f,%rax", { $0.bt(.rax, bit: 63) }),
        ("movsbq %al,%rax", { $0.signExtend(.rax, .rax, fromBits: 8) }),
        ("movswl %ax,%eax", { $0.signExtend(.rax, .rax, fromBits: 16, w: false) }),
        ("movslq %eax,%rax", { $0.signExtend(.rax, .rax, fromBits: 32) }),
        ("push   %rbx", { $0.push(.rbx) }),
        ("push   %r15", { $0.push(.r15) }),
        ("pop    %r14", { $0.pop(.r14) }),
        ("ret", { $0.ret() }),
        ("cmc", { $0.cmc() }),
        ("jmp    *%rdx", { $0.jmp(register: .rdx) }),
    ]

    func testEncodingsDecodeToTheIntendedInstructions() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/objdump") else {
            throw XCTSkip("binutils' objdump is not installed")
        }
        var asm = X86Assembler()
        var lengths: [Int] = []
        for c in cases {
            let before = asm.count
            c.emit(&asm)
            lengths.append(asm.count - before)
        }
        let lines = try disassemble(asm.bytes)
        XCTAssertEqual(lines.count, cases.count, "one instruction per case:\n\(lines.joined(separator: "\n"))")
        for (c, line) in zip(cases, lines) {
            XCTAssertEqual(line, c.expected)
        }
    }

    func testLabelsAndJumpsResolveRelativeToTheNextInstruction() throws {
        var asm = X86Assembler()
        let l = asm.newLabel()
        asm.jcc(.ne, l)        // 6 bytes
        asm.ret()              // 1 byte
        asm.bind(l)
        asm.ret()
        asm.finish()
        XCTAssertEqual(asm.bytes, [0x0F, 0x85, 0x01, 0x00, 0x00, 0x00, 0xC3, 0xC3])
    }

    /// `test r10, [rip + mask]` (REX.WR 85 /r, ModRM 00 010 101) reads the 8-byte
    /// constant placed after it: padding to 8 bytes, then the constant 1 byte past
    /// the instruction's end.
    func testRIPRelativeTestReadsTheConstantAtItsLabel() {
        var asm = X86Assembler()
        let mask = asm.newLabel()
        asm.testRIPRelative(.r10, mask)
        asm.constant64(mask, 0xFFFF_FF00_0000_0000)
        asm.finish()
        XCTAssertEqual(asm.bytes, [0x4C, 0x85, 0x15, 0x01, 0x00, 0x00, 0x00, 0xCC,
                                   0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF])
    }

    private func disassemble(_ bytes: [UInt8]) throws -> [String] {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("xrun-x86asm-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("code.bin")
        try Data(bytes).write(to: bin)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/objdump")
        p.arguments = ["-D", "-b", "binary", "-mi386:x86-64", bin.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        // Lines look like "   4:\t44 8b 8b 30 01 00 00 \tmov    0x130(%rbx),%r9d".
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 3, parts[0].hasSuffix(":") else { return nil }
            return parts[2].trimmingCharacters(in: .whitespaces)
        }
    }
}
