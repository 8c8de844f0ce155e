import XCTest
import XrunCore
import GuestTestSupport
import GuestRISCV64

/// F and D against reference results: 2420 vectors of (instruction, rounding mode,
/// operands) with the result and fflags that qemu-riscv64 (QEMU 7.2, softfloat) produced
/// for the same instruction on the same register contents, run in a static riscv64
/// program (`fsrm rm; fsflags zero; <instruction with rm = dyn>; frflags`).
/// Operands mix special values (±0, ±1, subnormal/normal/max boundaries, ±∞, quiet
/// and signalling NaNs, integer-conversion limits) with random ones biased towards
/// subnormals, huge values and mantissas of all ones; a few single operands are
/// not NaN-boxed.
///
/// Line format: `mnemonic rm operand... result fflags` in hex. A single-precision
/// value is written as its 32 bits and stands for the NaN-boxed register; a value
/// written `!` + 16 digits is a raw 64-bit register (an improperly boxed single).
///
/// Each vector runs twice: with fflags clear (every result goes through the exact
/// slow path's flag computation) and with NX already set (the host fast path is
/// allowed; the expected flags then include NX).
final class FPVectorTests: XCTestCase {
    /// mnemonic → (encoding with fa0/a0 ← fa1/a1, fa2, fa3 and rm = dyn or the
    /// assembler's fixed rm; source kinds and result kind: s single, d double, x integer)
    static let ops: [String: (UInt32, String, String)] = [
        "fadd.s": (0x00c5_f553, "ss", "s"), // fadd.s fa0,fa1,fa2
        "fsub.s": (0x08c5_f553, "ss", "s"), // fsub.s fa0,fa1,fa2
        "fmul.s": (0x10c5_f553, "ss", "s"), // fmul.s fa0,fa1,fa2
        "fdiv.s": (0x18c5_f553, "ss", "s"), // fdiv.s fa0,fa1,fa2
        "fsqrt.s": (0x5805_f553, "s", "s"), // fsqrt.s fa0,fa1
        "fmadd.s": (0x68c5_f543, "sss", "s"), // fmadd.s fa0,fa1,fa2,fa3
        "fmsub.s": (0x68c5_f547, "sss", "s"), // fmsub.s fa0,fa1,fa2,fa3
        "fnmsub.s": (0x68c5_f54b, "sss", "s"), // fnmsub.s fa0,fa1,fa2,fa3
        "fnmadd.s": (0x68c5_f54f, "sss", "s"), // fnmadd.s fa0,fa1,fa2,fa3
        "fcvt.w.s": (0xc005_f553, "s", "x"), // fcvt.w.s a0,fa1
        "fcvt.wu.s": (0xc015_f553, "s", "x"), // fcvt.wu.s a0,fa1
        "fcvt.l.s": (0xc025_f553, "s", "x"), // fcvt.l.s a0,fa1
        "fcvt.lu.s": (0xc035_f553, "s", "x"), // fcvt.lu.s a0,fa1
        "fcvt.s.w": (0xd005_f553, "x", "s"), // fcvt.s.w fa0,a1
        "fcvt.s.wu": (0xd015_f553, "x", "s"), // fcvt.s.wu fa0,a1
        "fcvt.s.l": (0xd025_f553, "x", "s"), // fcvt.s.l fa0,a1
        "fcvt.s.lu": (0xd035_f553, "x", "s"), // fcvt.s.lu fa0,a1
        "fcvt.s.d": (0x4015_f553, "d", "s"), // fcvt.s.d fa0,fa1
        "fmin.s": (0x28c5_8553, "ss", "s"), // fmin.s fa0,fa1,fa2
        "fmax.s": (0x28c5_9553, "ss", "s"), // fmax.s fa0,fa1,fa2
        "feq.s": (0xa0c5_a553, "ss", "x"), // feq.s a0,fa1,fa2
        "flt.s": (0xa0c5_9553, "ss", "x"), // flt.s a0,fa1,fa2
        "fle.s": (0xa0c5_8553, "ss", "x"), // fle.s a0,fa1,fa2
        "fclass.s": (0xe005_9553, "s", "x"), // fclass.s a0,fa1
        "fsgnj.s": (0x20c5_8553, "ss", "s"), // fsgnj.s fa0,fa1,fa2
        "fsgnjn.s": (0x20c5_9553, "ss", "s"), // fsgnjn.s fa0,fa1,fa2
        "fsgnjx.s": (0x20c5_a553, "ss", "s"), // fsgnjx.s fa0,fa1,fa2
        "fadd.d": (0x02c5_f553, "dd", "d"), // fadd.d fa0,fa1,fa2
        "fsub.d": (0x0ac5_f553, "dd", "d"), // fsub.d fa0,fa1,fa2
        "fmul.d": (0x12c5_f553, "dd", "d"), // fmul.d fa0,fa1,fa2
        "fdiv.d": (0x1ac5_f553, "dd", "d"), // fdiv.d fa0,fa1,fa2
        "fsqrt.d": (0x5a05_f553, "d", "d"), // fsqrt.d fa0,fa1
        "fmadd.d": (0x6ac5_f543, "ddd", "d"), // fmadd.d fa0,fa1,fa2,fa3
        "fmsub.d": (0x6ac5_f547, "ddd", "d"), // fmsub.d fa0,fa1,fa2,fa3
        "fnmsub.d": (0x6ac5_f54b, "ddd", "d"), // fnmsub.d fa0,fa1,fa2,fa3
        "fnmadd.d": (0x6ac5_f54f, "ddd", "d"), // fnmadd.d fa0,fa1,fa2,fa3
        "fcvt.w.d": (0xc205_f553, "d", "x"), // fcvt.w.d a0,fa1
        "fcvt.wu.d": (0xc215_f553, "d", "x"), // fcvt.wu.d a0,fa1
        "fcvt.l.d": (0xc225_f553, "d", "x"), // fcvt.l.d a0,fa1
        "fcvt.lu.d": (0xc235_f553, "d", "x"), // fcvt.lu.d a0,fa1
        "fcvt.d.w": (0xd205_8553, "x", "d"), // fcvt.d.w fa0,a1
        "fcvt.d.wu": (0xd215_8553, "x", "d"), // fcvt.d.wu fa0,a1
        "fcvt.d.l": (0xd225_f553, "x", "d"), // fcvt.d.l fa0,a1
        "fcvt.d.lu": (0xd235_f553, "x", "d"), // fcvt.d.lu fa0,a1
        "fcvt.d.s": (0x4205_8553, "s", "d"), // fcvt.d.s fa0,fa1
        "fmin.d": (0x2ac5_8553, "dd", "d"), // fmin.d fa0,fa1,fa2
        "fmax.d": (0x2ac5_9553, "dd", "d"), // fmax.d fa0,fa1,fa2
        "feq.d": (0xa2c5_a553, "dd", "x"), // feq.d a0,fa1,fa2
        "flt.d": (0xa2c5_9553, "dd", "x"), // flt.d a0,fa1,fa2
        "fle.d": (0xa2c5_8553, "dd", "x"), // fle.d a0,fa1,fa2
        "fclass.d": (0xe205_9553, "d", "x"), // fclass.d a0,fa1
        "fsgnj.d": (0x22c5_8553, "dd", "d"), // fsgnj.d fa0,fa1,fa2
        "fsgnjn.d": (0x22c5_9553, "dd", "d"), // fsgnjn.d fa0,fa1,fa2
        "fsgnjx.d": (0x22c5_a553, "dd", "d"), // fsgnjx.d fa0,fa1,fa2
    ]

    func testVectors() throws {
        try check(fpVectorData)
    }

    /// A larger campaign in the same format, from a file (not part of the suite):
    /// XRUN_FP_VECTORS=/path/to/vectors.txt swift test --filter FPVectorTests
    func testVectorFileFromEnvironment() throws {
        guard let path = ProcessInfo.processInfo.environment["XRUN_FP_VECTORS"] else {
            throw XCTSkip("by hand only: XRUN_FP_VECTORS=/path/to/vectors.txt checks a larger campaign from that file")
        }
        try check(String(contentsOfFile: path, encoding: .utf8))
    }

    func check(_ data: String) throws {
        var checked = 0, failures = 0
        // One guest at a time: each holds a 1 TiB reservation, and a run per op kept for
        // the whole list (over a hundred ops) left the test process without address space.
        var current: (name: String, run: GuestRun)?
        for line in data.split(separator: "\n") where failures < 50 {
            let fields = line.split(separator: " ").map(String.init)
            let name = fields[0]
            guard let (word, sources, result) = Self.ops[name] else { XCTFail("unknown op \(name)"); continue }
            let rm = UInt32(fields[1])!
            let operands = zip(fields[2..<(2 + sources.count)], sources).map { Self.register($0, single: $1 == "s") }
            let expected = Self.register(fields[2 + sources.count], single: result == "s")
            let flags = UInt32(fields[3 + sources.count], radix: 16)!
            if current?.name != name {
                current = nil
                current = (name, try makeRun(w(word) + w(ebreak)))
            }
            let r = current!.run
            for initialNX in [false, true] {
                r.cpu.guestPC = GuestRun.codeAddress
                for (i, (kind, v)) in zip(sources, operands).enumerated() {
                    if kind == "x" { r.setX(11 + i, v) } else { r.setF(11 + i, v) }
                }
                r.frm = rm
                r.fflags = initialNX ? 1 : 0
                r.setF(10, 0); r.setX(10, 0)
                let trap = r.run()
                let context = "\(line)\(initialNX ? " (NX set before)" : "")"
                XCTAssertEqual(trap, .breakpoint(pc: GuestRun.codeAddress + 4, info: 0), context)
                let got = result == "x" ? r.x(10) : r.f(10)
                XCTAssertEqual(got, expected, "result of \(context): got 0x\(String(got, radix: 16))")
                XCTAssertEqual(r.fflags, flags | (initialNX ? 1 : 0), "fflags of \(context)")
                if got != expected || r.fflags != flags | (initialNX ? 1 : 0) { failures += 1 }
                checked += 1
            }
        }
        if data == fpVectorData { XCTAssertEqual(checked, 2 * 2420) }
    }

    /// A single's 32 bits → the NaN-boxed register; "!…" → raw 64 bits.
    static func register(_ s: String, single: Bool) -> UInt64 {
        if s.hasPrefix("!") { return UInt64(s.dropFirst(), radix: 16)! }
        let v = UInt64(s, radix: 16)!
        return single ? 0xffff_ffff_0000_0000 | v : v
    }
}

/* How FPVectorData.swift was made (Python 3, riscv64-linux-gnu-gcc, qemu-riscv64):
   ops.txt holds one instruction per line with fa0/a0 as destination and fa1/a1,
   fa2, fa3 as sources (the mnemonics of FPVectorTests.ops). gen.py draws operands,
   compiles a static riscv64 program with one inline-asm function per instruction,
   runs it under qemu-riscv64 and writes vectors.txt.

--- ops.txt
fadd.s fa0, fa1, fa2
fsub.s fa0, fa1, fa2
fmul.s fa0, fa1, fa2
fdiv.s fa0, fa1, fa2
fsqrt.s fa0, fa1
fmadd.s fa0, fa1, fa2, fa3
fmsub.s fa0, fa1, fa2, fa3
fnmsub.s fa0, fa1, fa2, fa3
fnmadd.s fa0, fa1, fa2, fa3
fcvt.w.s a0, fa1
fcvt.wu.s a0, fa1
fcvt.l.s a0, fa1
fcvt.lu.s a0, fa1
fcvt.s.w fa0, a1
fcvt.s.wu fa0, a1
fcvt.s.l fa0, a1
fcvt.s.lu fa0, a1
fcvt.s.d fa0, fa1
fmin.s fa0, fa1, fa2
fmax.s fa0, fa1, fa2
feq.s a0, fa1, fa2
flt.s a0, fa1, fa2
fle.s a0, fa1, fa2
fclass.s a0, fa1
fsgnj.s fa0, fa1, fa2
fsgnjn.s fa0, fa1, fa2
fsgnjx.s fa0, fa1, fa2
fadd.d fa0, fa1, fa2
fsub.d fa0, fa1, fa2
fmul.d fa0, fa1, fa2
fdiv.d fa0, fa1, fa2
fsqrt.d fa0, fa1
fmadd.d fa0, fa1, fa2, fa3
fmsub.d fa0, fa1, fa2, fa3
fnmsub.d fa0, fa1, fa2, fa3
fnmadd.d fa0, fa1, fa2, fa3
fcvt.w.d a0, fa1
fcvt.wu.d a0, fa1
fcvt.l.d a0, fa1
fcvt.lu.d a0, fa1
fcvt.d.w fa0, a1
fcvt.d.wu fa0, a1
fcvt.d.l fa0, a1
fcvt.d.lu fa0, a1
fcvt.d.s fa0, fa1
fmin.d fa0, fa1, fa2
fmax.d fa0, fa1, fa2
feq.d a0, fa1, fa2
flt.d a0, fa1, fa2
fle.d a0, fa1, fa2
fclass.d a0, fa1
fsgnj.d fa0, fa1, fa2
fsgnjn.d fa0, fa1, fa2
fsgnjx.d fa0, fa1, fa2

--- gen.py
import random, subprocess, re, sys
random.seed(20261122)
ops = [l.strip() for l in open('ops.txt') if l.strip()]
def kind(op):
    m = op.split()[0]
    dst = op.split()[1].rstrip(',')
    srcs = [s.strip() for s in op.split(None,1)[1].split(',')][1:]
    return m, dst, srcs
def fmt_of(m): return 'd' if m.endswith('.d') else 's'

S_SPECIAL=[0x00000000,0x80000000,0x3f800000,0xbf800000,0x00800000,0x00000001,0x807fffff,0x7f7fffff,0x7f800000,0xff800000,
 0x7fc00000,0x7f800001,0xffc00001,0x40200000,0x3effffff,0x4f000000,0xcf000000,0x4f800000,0x5f000000,0x5f800000,0xdf000000,0xbf000000,0x3fc00000,0x00800001,0x34000000]
D_SPECIAL=[0,1<<63,0x3ff0000000000000,0xbff0000000000000,0x0010000000000000,1,0x800fffffffffffff,0x7fefffffffffffff,0x7ff0000000000000,0xfff0000000000000,
 0x7ff8000000000000,0x7ff0000000000001,0xfff8000000000001,0x4004000000000000,0x3fdfffffffffffff,0x41e0000000000000,0xc1e0000000000000,0x41f0000000000000,0x43e0000000000000,0x43f0000000000000,0xc3e0000000000000,0xbfe0000000000000,0x3ff8000000000000,0x0010000000000001,0x3cb0000000000000,0x41dfffffffc00000,0x47efffffe0000000,0x36a0000000000000,0x3810000000000000]
def rand_fp(f):
    eb, mb = (8,23) if f=='s' else (11,52)
    emax=(1<<eb)-1
    r=random.random()
    if r<0.15: e=random.randint(0,3)          # subnormal / tiny
    elif r<0.3: e=random.randint(emax-4,emax-1) # huge
    elif r<0.35: e=emax                          # inf/nan
    else: bias=(1<<(eb-1))-1; e=random.randint(bias-30,bias+30)
    pat=random.random()
    if pat<0.2: m=(1<<mb)-1-random.randint(0,3)
    elif pat<0.4: m=random.randint(0,7)<<(mb-3)
    else: m=random.getrandbits(mb)
    s=random.getrandbits(1)
    v=(s<<(eb+mb))|(e<<mb)|m
    return v
def box(v): return 0xffffffff00000000|v
def operand(f):
    if f=='s':
        if random.random()<0.04: return random.getrandbits(64) & 0x7fffffffffffffff  # improperly boxed
        v = random.choice(S_SPECIAL) if random.random()<0.35 else rand_fp('s')
        return box(v)
    return random.choice(D_SPECIAL) if random.random()<0.35 else rand_fp('d')
INT_SPECIAL=[0,1,(1<<64)-1,(1<<24)+1,(1<<53)+1,1<<63,(1<<63)-1,0xffffffff80000000,0x7fffffff,0xffffffff,0x80000000,0x80000001,(1<<63)+1,0x00ffffff_ffffffff,0xfffffffffffff001,0x1000001,0x20000001]
def int_operand():
    if random.random()<0.4: return random.choice(INT_SPECIAL)
    bits=random.randint(1,64); v=random.getrandbits(bits)
    if random.random()<0.5: v=(-v)&((1<<64)-1)
    return v
def count(m):
    if m.startswith(('fmadd','fmsub','fnm')): return 70
    if m.startswith(('fadd','fsub','fmul','fdiv','fsqrt')): return 60
    if m.startswith('fcvt'): return 40
    return 30
vecs=[]
for i,op in enumerate(ops):
    m,dst,srcs=kind(op)
    f=fmt_of(m)
    srcf = 'd' if m=='fcvt.s.d' else ('s' if m=='fcvt.d.s' else f)
    for n in range(count(m)):
        vals=[]
        for s in srcs:
            vals.append(int_operand() if s.startswith('a') else operand(srcf))
        import struct
        def tof(v,fm):
            return struct.unpack('<f',struct.pack('<I',v&0xffffffff))[0] if fm=='s' else struct.unpack('<d',struct.pack('<Q',v))[0]
        def fromf(x,fm):
            try:
                return 0xffffffff00000000|struct.unpack('<I',struct.pack('<f',x))[0] if fm=='s' else struct.unpack('<Q',struct.pack('<d',x))[0]
            except OverflowError:
                return vals[-1]
        if m.startswith(('fmadd','fmsub','fnm')) and random.random()<0.4:
            p=tof(vals[0],f)*tof(vals[1],f)
            c=fromf(-p if m in ('fmadd.s','fmadd.d','fnmadd.s','fnmadd.d') else p, f)
            vals[2]=(c+random.randint(-3,3))&((1<<64)-1) if f=='d' else 0xffffffff00000000|((c+random.randint(-3,3))&0xffffffff)
        if m.startswith(('fadd','fsub')) and random.random()<0.3:
            x=tof(vals[0],f); c=fromf(-x if m.startswith('fadd') else x, f)
            vals[1]=(c+random.randint(-2,2))&((1<<64)-1) if f=='d' else 0xffffffff00000000|((c+random.randint(-2,2))&0xffffffff)
        while len(vals)<3: vals.append(0)
        rm=random.randint(0,4)
        vecs.append((i,rm,vals))
# C harness
c=['#include <stdio.h>','#include <stdint.h>','typedef uint64_t u64;']
for i,op in enumerate(ops):
    m,dst,srcs=kind(op)
    out = 'fmv.x.d %0, fa0' if dst.startswith('f') else 'mv %0, a0'
    c.append(f'static u64 op{i}(u64 a,u64 b,u64 c){{u64 r; asm volatile("fmv.d.x fa1,%1\\n fmv.d.x fa2,%2\\n fmv.d.x fa3,%3\\n mv a1,%1\\n {op}\\n {out}" : "=r"(r) : "r"(a),"r"(b),"r"(c) : "fa0","fa1","fa2","fa3","a0","a1"); return r;}}')
c.append('typedef u64 (*fn)(u64,u64,u64); static fn ops[]={'+','.join(f'op{i}' for i in range(len(ops)))+'};')
c.append('int main(){unsigned i,rm; u64 a,b,cc; while(scanf("%u %u %lx %lx %lx",&i,&rm,&a,&b,&cc)==5){unsigned fl; asm volatile("fsrm %0"::"r"(rm)); asm volatile("fsflags zero"); u64 r=ops[i](a,b,cc); asm volatile("frflags %0":"=r"(fl)); printf("%lx %x\\n",r,fl);} return 0;}')
open('h.c','w').write('\n'.join(c)+'\n')
subprocess.check_call(['riscv64-linux-gnu-gcc','-O1','-static','-march=rv64gc','h.c','-o','h'])
inp='\n'.join(f'{i} {rm} {a:x} {b:x} {cc:x}' for i,rm,(a,b,cc) in vecs)+'\n'
out=subprocess.run(['qemu-riscv64','./h'],input=inp.encode(),capture_output=True,check=True).stdout.decode().split('\n')
lines=[]
for (i,rm,(a,b,cc)),o in zip(vecs,out):
    r,fl=o.split()
    m,dst,srcs=kind(ops[i])
    def enc(v, s):
        if s.startswith('f') and (m.endswith('.s') or m=='fcvt.d.s') and m!='fcvt.s.d':
            return f'{v&0xffffffff:x}' if v>>32==0xffffffff else f'!{v:x}'
        return f'{v:x}'
    operands=' '.join(enc(v,s) for v,s in zip((a,b,cc),srcs))
    rv=int(r,16)
    if dst.startswith('f') and (m.startswith('fcvt.s.') or (m.endswith('.s') and not m.startswith('fcvt.d.'))):
        r = f'{rv&0xffffffff:x}' if rv>>32==0xffffffff else f'!{rv:x}'
    lines.append(f'{m} {rm} {operands} {r} {fl}')
open('vectors.txt','w').write('\n'.join(lines)+'\n')
print(len(lines), sum(len(l)+1 for l in lines))
*/
