import Foundation
import XCTest
import GuestTestSupport
import GuestRISCV64

/// RV64Disassembler against GNU objdump (binutils 2.40, `riscv64-linux-gnu-objdump -d`):
/// a hand-picked table, every 16-bit encoding, seeded random 32-bit words, and the whole
/// .text of statically linked programs built from the project's own C sources.
final class RV64DisassemblerTests: XCTestCase {
    // MARK: Hand-picked encodings (expected texts are objdump 2.40's, except where noted)

    /// (word, objdump text). The comment is the assembly source where objdump prints it
    /// differently (binutils 2.40 prints addi as `add`, slli as `sll`, csrrwi as `csrrw`...).
    static let table: [(UInt32, String)] = [
        (0x00000013, "nop"),
        (0xfd600513, "li\ta0,-42"),
        (0x7ff00513, "li\ta0,2047"),  // addi a0,zero,2047
        (0x00060593, "mv\ta1,a2"),
        (0xfe010113, "add\tsp,sp,-32"),  // addi sp,sp,-32
        (0xffb5a513, "slti\ta0,a1,-5"),
        (0x0015b513, "seqz\ta0,a1"),
        (0x0075b513, "sltiu\ta0,a1,7"),
        (0xfff5c513, "not\ta0,a1"),
        (0x00f5c513, "xor\ta0,a1,15"),  // xori a0,a1,15
        (0x10036293, "or\tt0,t1,256"),  // ori t0,t1,256
        (0x0ff5f513, "zext.b\ta0,a1"),  // andi a0,a1,255
        (0xff05f513, "and\ta0,a1,-16"),  // andi a0,a1,-16
        (0x03f59513, "sll\ta0,a1,0x3f"),  // slli a0,a1,63
        (0x0035d513, "srl\ta0,a1,0x3"),  // srli a0,a1,3
        (0x4285d513, "sra\ta0,a1,0x28"),  // srai a0,a1,40
        (0x0015851b, "addw\ta0,a1,1"),  // addiw a0,a1,1
        (0x0005851b, "sext.w\ta0,a1"),
        (0x01f5951b, "sllw\ta0,a1,0x1f"),  // slliw a0,a1,31
        (0x0015d51b, "srlw\ta0,a1,0x1"),  // srliw a0,a1,1
        (0x4055d51b, "sraw\ta0,a1,0x5"),  // sraiw a0,a1,5
        (0xfffff537, "lui\ta0,0xfffff"),
        (0x00012317, "auipc\tt1,0x12"),
        (0x00c58533, "add\ta0,a1,a2"),
        (0x40c58533, "sub\ta0,a1,a2"),
        (0x40b00533, "neg\ta0,a1"),
        (0x40b0053b, "negw\ta0,a1"),
        (0x00c59533, "sll\ta0,a1,a2"),
        (0x00c5a533, "slt\ta0,a1,a2"),
        (0x0005a533, "sltz\ta0,a1"),
        (0x00b02533, "sgtz\ta0,a1"),
        (0x00c5b533, "sltu\ta0,a1,a2"),
        (0x00b03533, "snez\ta0,a1"),
        (0x0124c433, "xor\ts0,s1,s2"),
        (0x00c5d533, "srl\ta0,a1,a2"),
        (0x40c5d533, "sra\ta0,a1,a2"),
        (0x00c5e533, "or\ta0,a1,a2"),
        (0x00c5f533, "and\ta0,a1,a2"),
        (0x00c5853b, "addw\ta0,a1,a2"),
        (0x40c5853b, "subw\ta0,a1,a2"),
        (0x00c5953b, "sllw\ta0,a1,a2"),
        (0x00c5d53b, "srlw\ta0,a1,a2"),
        (0x40c5d53b, "sraw\ta0,a1,a2"),
        (0xfff58503, "lb\ta0,-1(a1)"),
        (0x00259503, "lh\ta0,2(a1)"),
        (0x00412503, "lw\ta0,4(sp)"),
        (0x00813083, "ld\tra,8(sp)"),
        (0x0005c503, "lbu\ta0,0(a1)"),
        (0x7ff5d503, "lhu\ta0,2047(a1)"),
        (0x8005e503, "lwu\ta0,-2048(a1)"),
        (0x00a580a3, "sb\ta0,1(a1)"),
        (0x00a59123, "sh\ta0,2(a1)"),
        (0xfea42e23, "sw\ta0,-4(s0)"),
        (0x00113c23, "sd\tra,24(sp)"),
        (0x00008067, "ret"),
        (0x00078067, "jr\ta5"),
        (0x00878067, "jr\t8(a5)"),
        (0x000780e7, "jalr\ta5"),
        (0x010780e7, "jalr\t16(a5)"),
        (0x000782e7, "jalr\tt0,a5"),
        (0xff8782e7, "jalr\tt0,-8(a5)"),
        (0x0ff0000f, "fence"),
        (0x0330000f, "fence\trw,rw"),
        (0x0220000f, "fence\tr,r"),
        (0x0f50000f, "fence\tiorw,ow"),
        (0x8330000f, "fence.tso"),
        (0x0000100f, "fence.i"),
        (0x00000073, "ecall"),
        (0x00100073, "ebreak"),
        (0xc0001073, "unimp"),  // csrrw zero,cycle,zero
        (0x02c58533, "mul\ta0,a1,a2"),
        (0x02c59533, "mulh\ta0,a1,a2"),
        (0x02c5a533, "mulhsu\ta0,a1,a2"),
        (0x02c5b533, "mulhu\ta0,a1,a2"),
        (0x02c5c533, "div\ta0,a1,a2"),
        (0x02c5d533, "divu\ta0,a1,a2"),
        (0x02c5e533, "rem\ta0,a1,a2"),
        (0x02c5f533, "remu\ta0,a1,a2"),
        (0x02c5853b, "mulw\ta0,a1,a2"),
        (0x02c5c53b, "divw\ta0,a1,a2"),
        (0x02c5d53b, "divuw\ta0,a1,a2"),
        (0x02c5e53b, "remw\ta0,a1,a2"),
        (0x02c5f53b, "remuw\ta0,a1,a2"),
        (0x1005a52f, "lr.w\ta0,(a1)"),
        (0x1405b52f, "lr.d.aq\ta0,(a1)"),
        (0x1ac5a52f, "sc.w.rl\ta0,a2,(a1)"),
        (0x1ec5b52f, "sc.d.aqrl\ta0,a2,(a1)"),
        (0x0cc5a52f, "amoswap.w.aq\ta0,a2,(a1)"),
        (0x00c5b52f, "amoadd.d\ta0,a2,(a1)"),
        (0x20c5a52f, "amoxor.w\ta0,a2,(a1)"),
        (0x62c5b52f, "amoand.d.rl\ta0,a2,(a1)"),
        (0x46c5a52f, "amoor.w.aqrl\ta0,a2,(a1)"),
        (0x80c5b52f, "amomin.d\ta0,a2,(a1)"),
        (0xa0c5a52f, "amomax.w\ta0,a2,(a1)"),
        (0xc0c5b52f, "amominu.d\ta0,a2,(a1)"),
        (0xe0c5a52f, "amomaxu.w\ta0,a2,(a1)"),
        (0x00812507, "flw\tfa0,8(sp)"),
        (0xff053407, "fld\tfs0,-16(a0)"),  // fld fs0,-16(a0)
        (0x00a12427, "fsw\tfa0,8(sp)"),
        (0x01b53027, "fsd\tfs11,0(a0)"),
        (0x00c5f553, "fadd.s\tfa0,fa1,fa2"),
        (0x02c59553, "fadd.d\tfa0,fa1,fa2,rtz"),
        (0x0ac58553, "fsub.d\tfa0,fa1,fa2,rne"),
        (0x10c5a553, "fmul.s\tfa0,fa1,fa2,rdn"),
        (0x1ac5b553, "fdiv.d\tfa0,fa1,fa2,rup"),
        (0x5a05f553, "fsqrt.d\tfa0,fa1"),
        (0x5805c553, "fsqrt.s\tfa0,fa1,rmm"),
        (0x6ac5f543, "fmadd.d\tfa0,fa1,fa2,fa3"),
        (0x68c59547, "fmsub.s\tfa0,fa1,fa2,fa3,rtz"),
        (0x1a20f04b, "fnmsub.d\tft0,ft1,ft2,ft3"),
        (0xf9eefe4f, "fnmadd.s\tft8,ft9,ft10,ft11"),
        (0x22c58553, "fsgnj.d\tfa0,fa1,fa2"),
        (0x22b58553, "fmv.d\tfa0,fa1"),
        (0x20c59553, "fsgnjn.s\tfa0,fa1,fa2"),
        (0x22b59553, "fneg.d\tfa0,fa1"),
        (0x22c5a553, "fsgnjx.d\tfa0,fa1,fa2"),
        (0x20b5a553, "fabs.s\tfa0,fa1"),
        (0x28c58553, "fmin.s\tfa0,fa1,fa2"),
        (0x2ac59553, "fmax.d\tfa0,fa1,fa2"),
        (0x4015f553, "fcvt.s.d\tfa0,fa1"),
        (0x42058553, "fcvt.d.s\tfa0,fa1"),
        (0xa2c5a553, "feq.d\ta0,fa1,fa2"),
        (0xa0c59553, "flt.s\ta0,fa1,fa2"),
        (0xa2c58553, "fle.d\ta0,fa1,fa2"),
        (0xc2059553, "fcvt.w.d\ta0,fa1,rtz"),
        (0xc015f553, "fcvt.wu.s\ta0,fa1"),
        (0xc225f553, "fcvt.l.d\ta0,fa1"),
        (0xc2359553, "fcvt.lu.d\ta0,fa1,rtz"),
        (0xd2058553, "fcvt.d.w\tfa0,a1"),
        (0xd2158553, "fcvt.d.wu\tfa0,a1"),
        (0xd225f553, "fcvt.d.l\tfa0,a1"),
        (0xd035f553, "fcvt.s.lu\tfa0,a1"),
        (0xd0058553, "fcvt.s.w\tfa0,a1,rne"),
        (0xe0058553, "fmv.x.w\ta0,fa1"),
        (0xe2058553, "fmv.x.d\ta0,fa1"),
        (0xf0058553, "fmv.w.x\tfa0,a1"),
        (0xf2058553, "fmv.d.x\tfa0,a1"),
        (0xe2059553, "fclass.d\ta0,fa1"),
        (0x00102573, "frflags\ta0"),
        (0x00159073, "fsflags\ta1"),
        (0x00159573, "fsflags\ta0,a1"),
        (0x0011d073, "fsflagsi\tzero,3"),  // fsflagsi 3
        (0x00202573, "frrm\ta0"),
        (0x00259073, "fsrm\ta1"),
        (0x0020d573, "fsrmi\ta0,1"),
        (0x00302573, "frcsr\ta0"),
        (0x00359073, "fscsr\ta1"),
        (0x00359573, "fscsr\ta0,a1"),
        (0xc0002573, "rdcycle\ta0"),
        (0xc0102573, "rdtime\ta0"),
        (0xc0202573, "rdinstret\ta0"),
        (0xc8002573, "csrr\ta0,cycleh"),
        (0x30002573, "csrr\ta0,mstatus"),
        (0x14051073, "csrw\tsscratch,a0"),
        (0x0015a073, "csrs\tfflags,a1"),
        (0x0025b073, "csrc\tfrm,a1"),
        (0x00359573, "fscsr\ta0,a1"),  // csrrw a0,fcsr,a1
        (0xc015a573, "csrrs\ta0,time,a1"),
        (0x7ff5b573, "csrrc\ta0,0x7ff,a1"),
        (0x3402d073, "csrw\tmscratch,5"),  // csrwi mscratch,5
        (0x0010e073, "csrs\tfflags,1"),  // csrsi fflags,1
        (0x001ff073, "csrc\tfflags,31"),  // csrci fflags,31
        (0x1801d573, "csrrw\ta0,satp,3"),  // csrrwi a0,satp,3
        (0xc0016573, "csrrs\ta0,cycle,2"),  // csrrsi a0,cycle,2
        (0xc0207573, "csrrc\ta0,instret,0"),  // csrrci a0,instret,0
        (0x20c5a533, "sh1add\ta0,a1,a2"),
        (0x20c5c533, "sh2add\ta0,a1,a2"),
        (0x20c5e533, "sh3add\ta0,a1,a2"),
        (0x08c5853b, "add.uw\ta0,a1,a2"),
        (0x0805853b, "zext.w\ta0,a1"),
        (0x20c5a53b, "sh1add.uw\ta0,a1,a2"),
        (0x20c5c53b, "sh2add.uw\ta0,a1,a2"),
        (0x20c5e53b, "sh3add.uw\ta0,a1,a2"),
        (0x0a05951b, "slli.uw\ta0,a1,0x20"),  // slli.uw a0,a1,32
        (0x40c5f533, "andn\ta0,a1,a2"),
        (0x40c5e533, "orn\ta0,a1,a2"),
        (0x40c5c533, "xnor\ta0,a1,a2"),
        (0x60059513, "clz\ta0,a1"),
        (0x6005951b, "clzw\ta0,a1"),
        (0x60159513, "ctz\ta0,a1"),
        (0x6015951b, "ctzw\ta0,a1"),
        (0x60259513, "cpop\ta0,a1"),
        (0x6025951b, "cpopw\ta0,a1"),
        (0x0ac5e533, "max\ta0,a1,a2"),
        (0x0ac5f533, "maxu\ta0,a1,a2"),
        (0x0ac5c533, "min\ta0,a1,a2"),
        (0x0ac5d533, "minu\ta0,a1,a2"),
        (0x60459513, "sext.b\ta0,a1"),
        (0x60559513, "sext.h\ta0,a1"),
        (0x0805c53b, "zext.h\ta0,a1"),
        (0x60c59533, "rol\ta0,a1,a2"),
        (0x60c5953b, "rolw\ta0,a1,a2"),
        (0x60c5d533, "ror\ta0,a1,a2"),
        (0x60d5d513, "ror\ta0,a1,0xd"),  // rori a0,a1,13
        (0x61f5d51b, "rorw\ta0,a1,0x1f"),  // roriw a0,a1,31
        (0x60c5d53b, "rorw\ta0,a1,a2"),
        (0x2875d513, "orc.b\ta0,a1"),
        (0x6b85d513, "rev8\ta0,a1"),
        (0x48c59533, "bclr\ta0,a1,a2"),
        (0x4bf59513, "bclr\ta0,a1,0x3f"),  // bclri a0,a1,63
        (0x48c5d533, "bext\ta0,a1,a2"),
        (0x4875d513, "bext\ta0,a1,0x7"),  // bexti a0,a1,7
        (0x68c59533, "binv\ta0,a1,a2"),
        (0x68159513, "binv\ta0,a1,0x1"),  // binvi a0,a1,1
        (0x28c59533, "bset\ta0,a1,a2"),
        (0x28059513, "bset\ta0,a1,0x0"),  // bseti a0,a1,0
        (0x12000073, "sfence.vma"),
        (0x10500073, "wfi"),
        (0x0e0000b3, ".4byte\t0xe0000b3"),  // OP funct7 7 funct3 0: not Zicond
        (0x0ec5d533, "czero.eqz\ta0,a1,a2"),  // objdump 2.40: .4byte 0xec5d533 (no Zicond); 2.41 spelling
        (0x0ec5f533, "czero.nez\ta0,a1,a2"),  // objdump 2.40: .4byte 0xec5f533 (no Zicond); 2.41 spelling
        (0x0100000f, "pause"),  // objdump 2.40 without Zihintpause: fence w,unknown
        (0x0200000f, "fence\tr,unknown"),  // fence r,0
        (0xfe00707b, ".4byte\t0xfe00707b"),  // undefined OP-V-like word
        (0x00007033, "and\tzero,zero,zero"),  // and zero,zero,zero
        (0x0000, "unimp"),  // all-zero halfword (c.unimp)
        (0x0808, "add\ta0,sp,16"),  // c.addi4spn a0,sp,16
        (0x2588, "fld\tfa0,8(a1)"),  // c.fld fa0,8(a1)
        (0x41c8, "lw\ta0,4(a1)"),  // c.lw a0,4(a1)
        (0x6588, "ld\ta0,8(a1)"),  // c.ld a0,8(a1)
        (0xa588, "fsd\tfa0,8(a1)"),  // c.fsd fa0,8(a1)
        (0xc1c8, "sw\ta0,4(a1)"),  // c.sw a0,4(a1)
        (0xfde8, "sd\ta0,248(a1)"),  // c.sd a0,248(a1)
        (0x0001, "nop"),  // c.nop
        (0x157d, "add\ta0,a0,-1"),  // c.addi a0,-1
        (0x2505, "addw\ta0,a0,1"),  // c.addiw a0,1
        (0x2501, "sext.w\ta0,a0"),  // c.addiw a0,0
        (0x457d, "li\ta0,31"),  // c.li a0,31
        (0x7139, "add\tsp,sp,-64"),  // c.addi16sp sp,-64
        (0x7501, "lui\ta0,0xfffe0"),  // c.lui a0,0xfffe0
        (0x6405, "lui\ts0,0x1"),  // c.lui s0,1
        (0x8105, "srl\ta0,a0,0x1"),  // c.srli a0,1
        (0x957d, "sra\ta0,a0,0x3f"),  // c.srai a0,63
        (0x997d, "and\ta0,a0,-1"),  // c.andi a0,-1
        (0x8d0d, "sub\ta0,a0,a1"),  // c.sub a0,a1
        (0x8d2d, "xor\ta0,a0,a1"),  // c.xor a0,a1
        (0x8d4d, "or\ta0,a0,a1"),  // c.or a0,a1
        (0x8d6d, "and\ta0,a0,a1"),  // c.and a0,a1
        (0x9d0d, "subw\ta0,a0,a1"),  // c.subw a0,a1
        (0x9d2d, "addw\ta0,a0,a1"),  // c.addw a0,a1
        (0x0512, "sll\ta0,a0,0x4"),  // c.slli a0,4
        (0x2522, "fld\tfa0,8(sp)"),  // c.fldsp fa0,8(sp)
        (0x4512, "lw\ta0,4(sp)"),  // c.lwsp a0,4(sp)
        (0x70fe, "ld\tra,504(sp)"),  // c.ldsp ra,504(sp)
        (0x8082, "ret"),  // c.jr ra
        (0x8782, "jr\ta5"),  // c.jr a5
        (0x852e, "mv\ta0,a1"),  // c.mv a0,a1
        (0x9002, "ebreak"),  // c.ebreak
        (0x9782, "jalr\ta5"),  // c.jalr a5
        (0x952e, "add\ta0,a0,a1"),  // c.add a0,a1
        (0xa42a, "fsd\tfa0,8(sp)"),  // c.fsdsp fa0,8(sp)
        (0xc22a, "sw\ta0,4(sp)"),  // c.swsp a0,4(sp)
        (0xe406, "sd\tra,8(sp)"),  // c.sdsp ra,8(sp)
        (0x8002, ".2byte\t0x8002"),  // c.jr x0: reserved
        (0x0005, "c.nop\t1"),  // c.addi x0,1: HINT
        (0x4015, "c.li\tzero,5"),  // c.li x0,5: HINT
        (0x9016, "c.add\tzero,t0"),  // c.add x0,t0: HINT
        (0x0002, "c.slli64\tzero"),  // c.slli x0,0: HINT
        (0x6001, ".2byte\t0x6001"),  // c.lui x0,0: reserved
    ]

    /// (word, pc, text): targets are absolute, wrap modulo 2^64, and are printed without
    /// "0x" or a symbol.
    static let branches: [(UInt32, UInt64, String)] = [
        (0x00b50863, 0x10000, "beq\ta0,a1,10010"),
        (0xfeb518e3, 0x10004, "bne\ta0,a1,fff4"),
        (0x7e050fe3, 0x10008, "beqz\ta0,11006"),
        (0x80059063, 0x1000c, "bnez\ta1,f00c"),
        (0x00b54463, 0x10010, "blt\ta0,a1,10018"),
        (0x00054463, 0x10014, "bltz\ta0,1001c"),
        (0x00a04463, 0x10018, "bgtz\ta0,10020"),
        (0x00b55463, 0x1001c, "bge\ta0,a1,10024"),
        (0x00055463, 0x10020, "bgez\ta0,10028"),
        (0x00a05463, 0x10024, "blez\ta0,1002c"),
        (0x00005463, 0x10028, "blez\tzero,10030"),
        (0x00b56463, 0x1002c, "bltu\ta0,a1,10034"),
        (0x00b57463, 0x10030, "bgeu\ta0,a1,10038"),
        (0x001000ef, 0x10034, "jal\t10834"),
        (0x8000006f, 0x10038, "j\tfffffffffff10038"),
        (0x7ffff2ef, 0x1003c, "jal\tt0,11003a"),
        (0xb001, 0x10040, "j\tf840"),
        (0xcd7d, 0x10042, "beqz\ta0,10140"),
        (0xf081, 0x10044, "bnez\ts1,ff44"),
        (0xfe000ee3, 0x10046, "beqz\tzero,10042"),
        (0x0000006f, 0, "j\t0"),
        (0xffdff06f, 0, "j\tfffffffffffffffc"),
    ]

    func testHandPickedEncodings() {
        for (word, expected) in Self.table {
            let (length, text) = RV64Disassembler.disassemble(word, pc: 0x1000)
            XCTAssertEqual(text, expected, "word 0x\(String(word, radix: 16))")
            XCTAssertEqual(length, word & 3 == 3 ? 4 : 2, "length of 0x\(String(word, radix: 16))")
        }
    }

    func testBranchTargets() {
        for (word, pc, expected) in Self.branches {
            XCTAssertEqual(RV64Disassembler.disassemble(word, pc: pc).text, expected,
                           "word 0x\(String(word, radix: 16)) at \(String(pc, radix: 16))")
        }
    }

    /// A compressed instruction is decoded from the low half alone.
    func testCompressedIgnoresHighHalf() {
        let r = RV64Disassembler.disassemble(0xdead_8082, pc: 0)
        XCTAssertEqual(r.length, 2)
        XCTAssertEqual(r.text, "ret")
    }

    // MARK: Against objdump

    /// Every 16-bit encoding (low bits != 11), emitted with `.insn 2, value`.
    func testEveryCompressedEncodingMatchesObjdump() throws {
        let tools = try ObjdumpTools.require()
        let words = (0..<0x10000).filter { $0 & 3 != 3 }.map { (UInt32($0), 2) }
        try compareInsnWords(words, tools: tools, expectAtLeast: words.count)
    }

    /// Seeded random 32-bit words, biased towards the major opcodes and function codes
    /// of RV64GC + Zba/Zbb/Zbs so most of them decode.
    func testRandomWordsMatchObjdump() throws {
        let tools = try ObjdumpTools.require()
        var rng = DisasmTestRandom(seed: 0x5eed_0f_0b1d)
        let opcodes: [UInt32] = [0x03, 0x07, 0x0f, 0x13, 0x17, 0x1b, 0x23, 0x27, 0x2f, 0x33, 0x37, 0x3b,
                                 0x43, 0x47, 0x4b, 0x4f, 0x53, 0x63, 0x67, 0x6f, 0x73]
        let funct7s: [UInt32] = [0x00, 0x01, 0x04, 0x05, 0x07, 0x10, 0x14, 0x20, 0x24, 0x30, 0x34,
                                 0x08, 0x0c, 0x2c, 0x11, 0x15, 0x21, 0x2d, 0x50, 0x51, 0x60, 0x61,
                                 0x68, 0x69, 0x70, 0x71, 0x78, 0x79]
        func reg() -> UInt32 {
            switch rng.next() % 8 { case 0: 0; case 1: 1; case 2: 2; default: UInt32(rng.next() % 32) }
        }
        var words: [(UInt32, Int)] = []
        for _ in 0..<60_000 {
            var w = opcodes[Int(rng.next() % UInt64(opcodes.count))] | reg() << 7 | UInt32(rng.next() % 8) << 12
                | reg() << 15 | reg() << 20
            switch rng.next() % 5 {
            case 0, 1, 2: w |= funct7s[Int(rng.next() % UInt64(funct7s.count))] << 25
            case 3: w |= UInt32(rng.next() % 128) << 25
            default: w = w & 0xfffff | UInt32(rng.next() % 4096) << 20
            }
            words.append((w, 4))
        }
        try compareInsnWords(words, tools: tools, expectAtLeast: words.count * 9 / 10)
    }

    /// The whole .text of static programs built from samples/ and Tests/Programs/, with
    /// plain rv64gc and with Zba/Zbb/Zbs.
    func testCompiledProgramsMatchObjdump() throws {
        let tools = try ObjdumpTools.require()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let sources = ["samples/primes.c", "Tests/Programs/arith.c", "Tests/Programs/floatfmt.c",
                       "Tests/Programs/mathlib.c", "Tests/Programs/sort.c", "Tests/Programs/strings.c"]
        let dir = try ObjdumpTools.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var checked = 0, undefined = 0, mismatches: [String] = []
        for source in sources {
            for (suffix, march) in [("gc", "rv64gc"), ("zb", "rv64gc_zba_zbb_zbs")] {
                let exe = dir.appendingPathComponent(URL(fileURLWithPath: source).deletingPathExtension()
                    .lastPathComponent + "." + suffix)
                let cc = try TestEnvironment.runTool(tools.gcc, ["-O2", "-static", "-march=\(march)", "-mabi=lp64d",
                                                          "-I", root.appendingPathComponent("Tests/Programs").path,
                                                          "-o", exe.path, root.appendingPathComponent(source).path, "-lm"])
                XCTAssertEqual(cc.status, 0, "\(source) with -march=\(march): \(cc.output)")
                if cc.status != 0 { continue }
                let text = try ElfText(path: exe.path)
                let dump = try TestEnvironment.runTool(tools.objdump, ["-d", "--no-show-raw-insn", "-j", ".text", exe.path])
                XCTAssertEqual(dump.status, 0)
                let lines = ObjdumpTools.instructionLines(dump.output)
                for (k, (address, expected)) in lines.enumerated() {
                    let word = text.word(at: address)
                    let (length, ours) = RV64Disassembler.disassemble(word, pc: address)
                    checked += 1
                    if ours.hasPrefix(".2byte") || ours.hasPrefix(".4byte") { undefined += 1 }
                    // objdump prints a run of zero bytes (alignment padding) as "...".
                    let next = k + 1 < lines.count ? lines[k + 1].0 : text.end
                    let gapIsPadding = UInt64(length) < next - address
                        && text.isZero(from: address + UInt64(length), to: next)
                    if ours != expected || (UInt64(length) != next - address && !gapIsPadding) {
                        mismatches.append("\(exe.lastPathComponent) \(String(address, radix: 16)): "
                            + "0x\(String(word, radix: 16)) objdump \"\(expected)\" (\(next - address) bytes), "
                            + "ours \"\(ours)\" (\(length))")
                    }
                }
            }
        }
        print("RV64DisassemblerTests: \(checked) instructions of compiled programs compared, "
            + "\(undefined) printed as undefined words, \(mismatches.count) differ")
        XCTAssertGreaterThan(checked, 100_000)
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(20).joined(separator: "\n"))
    }

    /// Assembles `words` with `.insn` (so objdump treats them as code), disassembles the
    /// object and compares every instruction; undefined words are counted, not failed,
    /// when both sides print them the same.
    private func compareInsnWords(_ words: [(UInt32, Int)], tools: ObjdumpTools, expectAtLeast: Int) throws {
        let dir = try ObjdumpTools.tempDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let asm = dir.appendingPathComponent("words.s"), obj = dir.appendingPathComponent("words.o")
        var source = ".text\n"
        for (w, length) in words { source += ".insn \(length), 0x\(String(w, radix: 16))\n" }
        try source.write(to: asm, atomically: true, encoding: .utf8)
        let assembled = try TestEnvironment.runTool(tools.assembler, ["-march=rv64gc_zba_zbb_zbs", "-o", obj.path, asm.path])
        XCTAssertEqual(assembled.status, 0, assembled.output)
        let dump = try TestEnvironment.runTool(tools.objdump, ["-d", "--no-show-raw-insn", obj.path])
        var expected: [UInt64: String] = [:]
        for (address, text) in ObjdumpTools.instructionLines(dump.output) { expected[address] = text }
        var pc: UInt64 = 0, undefined = 0, mismatches: [String] = []
        for (w, length) in words {
            let (ourLength, ours) = RV64Disassembler.disassemble(w, pc: pc)
            let theirs = ObjdumpTools.intendedSpelling(word: w, objdump: expected[pc] ?? "(none)")
            if ours.hasPrefix(".2byte") || ours.hasPrefix(".4byte") { undefined += 1 }
            if ours != theirs || ourLength != length {
                mismatches.append("0x\(String(w, radix: 16)): objdump \"\(theirs)\", ours \"\(ours)\" (\(ourLength))")
            }
            pc += UInt64(length)
        }
        print("RV64DisassemblerTests: \(words.count) words compared, \(undefined) undefined, \(mismatches.count) differ")
        XCTAssertGreaterThanOrEqual(expected.count, expectAtLeast)
        XCTAssertEqual(mismatches.count, 0, mismatches.prefix(20).joined(separator: "\n"))
    }
}

/// The cross tools the objdump comparisons need; missing tools skip the test, except
/// under CI (env CI set), where they fail it.
private struct ObjdumpTools {
    let gcc: String, assembler: String, objdump: String

    static func require() throws -> ObjdumpTools {
        let ci = ProcessInfo.processInfo.environment["CI"] != nil
        guard let gcc = TestEnvironment.which("riscv64-linux-gnu-gcc"), let assembler = TestEnvironment.which("riscv64-linux-gnu-as"),
              let objdump = TestEnvironment.which("riscv64-linux-gnu-objdump") else {
            let message = "riscv64-linux-gnu-gcc/as/objdump not found"
            if ci { XCTFail(message) }
            throw XCTSkip(message)
        }
        // The expected texts are binutils 2.40's: later versions print e.g. addi as addi.
        let version = try TestEnvironment.runTool(objdump, ["--version"]).output
        guard version.contains(" 2.40") else {
            throw XCTSkip("objdump is not binutils 2.40: \(version.prefix(60))")
        }
        return ObjdumpTools(gcc: gcc, assembler: assembler, objdump: objdump)
    }

    static func tempDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("rv64-disasm-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// objdump's instruction lines "  addr:<TAB>text" as (address, text), the text cut at
    /// its first space: what follows is objdump's " <symbol>" after a target or its
    /// "# address" comment, which the disassembler does not produce (RISC-V instruction
    /// text itself has no spaces).
    static func instructionLines(_ dump: String) -> [(UInt64, String)] {
        var result: [(UInt64, String)] = []
        for line in dump.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let head = line[..<colon].drop { $0 == " " }
            guard !head.isEmpty, let address = UInt64(head, radix: 16) else { continue }
            var text = line[line.index(after: colon)...]
            guard text.first == "\t" else { continue }
            text = text.dropFirst()
            if let space = text.firstIndex(of: " ") { text = text[..<space] }
            result.append((address, String(text)))
        }
        return result
    }

    /// objdump 2.40's text with the two deliberate differences applied: Zicond, which
    /// binutils 2.40 does not know (`.4byte`), prints as binutils 2.41 prints it, and
    /// fence w,0 prints as Zihintpause's `pause` (objdump prints that only for objects
    /// whose attributes name Zihintpause).
    static func intendedSpelling(word: UInt32, objdump: String) -> String {
        let rd = (word >> 7) & 31, rs1 = (word >> 15) & 31, rs2 = (word >> 20) & 31
        switch word & 0xfe00_707f {
        case 0x0e00_5033: return "czero.eqz\t\(xNames[Int(rd)]),\(xNames[Int(rs1)]),\(xNames[Int(rs2)])"
        case 0x0e00_7033: return "czero.nez\t\(xNames[Int(rd)]),\(xNames[Int(rs1)]),\(xNames[Int(rs2)])"
        default: break
        }
        return word == 0x0100_000f ? "pause" : objdump
    }

    static let xNames = ["zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3",
                         "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11",
                         "t3", "t4", "t5", "t6"]
}

/// The bytes of an ELF64 file's .text section, to fetch the word at an address
/// (ELF-64 Object File Format: section headers at e_shoff, names in e_shstrndx).
private struct ElfText {
    let bytes: [UInt8], address: UInt64

    var end: UInt64 { address + UInt64(bytes.count) }

    init(path: String) throws {
        let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u(_ offset: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(0) { $0 | UInt64(file[offset + $1]) << (8 * UInt64($1)) }
        }
        let shoff = Int(u(0x28, 8)), shentsize = Int(u(0x3a, 2)), shnum = Int(u(0x3c, 2))
        let strtab = Int(u(shoff + Int(u(0x3e, 2)) * shentsize + 0x18, 8))
        for k in 0..<shnum {
            let header = shoff + k * shentsize
            var name = strtab + Int(u(header, 4)), chars: [UInt8] = []
            while file[name] != 0 { chars.append(file[name]); name += 1 }
            if String(decoding: chars, as: UTF8.self) == ".text" {
                let offset = Int(u(header + 0x18, 8)), size = Int(u(header + 0x20, 8))
                bytes = Array(file[offset..<offset + size])
                address = u(header + 0x10, 8)
                return
            }
        }
        throw XCTSkip("\(path) has no .text")
    }

    func isZero(from start: UInt64, to end: UInt64) -> Bool {
        bytes[Int(start - address)..<Int(end - address)].allSatisfy { $0 == 0 }
    }

    /// Up to four bytes at `address`, little-endian, zero past the end.
    func word(at address: UInt64) -> UInt32 {
        let offset = Int(address - self.address)
        return (0..<4).reduce(0) { offset + $1 < bytes.count ? $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) : $0 }
    }
}

/// A small deterministic generator (DisasmTestRandom) so the random-word test is reproducible.
private struct DisasmTestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
