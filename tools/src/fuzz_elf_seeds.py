#!/usr/bin/env python3
"""Writes the ELF fuzz target's seed corpus (tools/fuzz-elf) into a directory.

Nothing here is a committed binary: the real programs are samples/hello.c built with
Debian's cross compilers for both guest ISAs (static, static-pie, dynamic); the rest are
small ELF files assembled below, each aimed at one rule of the loader (issue 16's list:
truncated, overlapping segments, huge p_memsz, absurd alignment, bad e_phoff, an
interpreter path without NUL, a 4 KiB '#!' line) and the System V gABI's ELF-64 layout
("ELF Header", "Program Header")."""
import os
import shutil
import struct
import subprocess
import sys

EM_AARCH64, EM_RISCV = 183, 243
PT_LOAD, PT_INTERP, PT_PHDR, PT_GNU_STACK = 1, 3, 6, 0x6474E551
ET_EXEC, ET_DYN = 2, 3
EF_RISCV_FLOAT_ABI_DOUBLE = 0x4

# The guest's first instructions: exit(42) through the Linux generic syscall ABI.
CODE = {
    EM_AARCH64: struct.pack("<4I", 0xD2800540, 0xD2800BA8, 0xD4000001, 0xD4200000),  # mov x0,#42; mov x8,#93; svc #0; brk #0
    EM_RISCV: struct.pack("<4I", 0x02A00513, 0x05D00893, 0x00000073, 0x00100073),    # li a0,42; li a7,93; ecall; ebreak
}


def ehdr(machine, etype=ET_EXEC, entry=0x400078, phoff=64, phnum=1, phentsize=56, flags=None):
    if flags is None:
        flags = EF_RISCV_FLOAT_ABI_DOUBLE if machine == EM_RISCV else 0
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    return ident + struct.pack("<HHIQQQIHHHHHH", etype, machine, 1, entry, phoff, 0, flags, 64, phentsize, phnum, 64, 0, 0)


def phdr(ptype, offset, vaddr, filesz, memsz, flags=5, align=0x1000):
    return struct.pack("<IIQQQQQQ", ptype, flags, offset, vaddr, vaddr, filesz, memsz, align)


def tiny(machine, etype=ET_EXEC, base=0x400000, extra=(), **kw):
    """ELF header, program headers (one PT_LOAD of the whole file plus `extra`), code."""
    n = 1 + len(extra)
    code_off = 64 + 56 * n
    entry = base + code_off
    size = code_off + len(CODE[machine])
    phs = phdr(PT_LOAD, 0, base, size, size, **kw) + b"".join(extra)
    return ehdr(machine, etype, entry=entry, phnum=n) + phs + CODE[machine]


def hand_made():
    out = {}
    for m, tag in ((EM_AARCH64, "a64"), (EM_RISCV, "rv64")):
        out[f"{tag}-tiny-exec"] = tiny(m)
        out[f"{tag}-tiny-dyn"] = tiny(m, ET_DYN, base=0)
        out[f"{tag}-huge-memsz"] = tiny(m) [:64] + phdr(PT_LOAD, 0, 0x400000, 124, 1 << 39, flags=6) + CODE[m]
        out[f"{tag}-memsz-to-limit"] = tiny(m)[:64] + phdr(PT_LOAD, 0, 0x400000, 124, (1 << 40) - 0x400000 - 1) + CODE[m]
        out[f"{tag}-align-absurd"] = tiny(m, ET_DYN, base=0, align=1 << 63)
        out[f"{tag}-align-odd"] = tiny(m, ET_DYN, base=0, align=0x3001)
        out[f"{tag}-dyn-high-vaddr"] = tiny(m, ET_DYN, base=0xF0_0000_0000)
        out[f"{tag}-exec-at-zero"] = tiny(m, base=0)
        out[f"{tag}-exec-on-stack"] = tiny(m, base=(1 << 40) - (1 << 24) - 0x1000)
        bad = bytearray(tiny(m))
        bad[0x20:0x28] = struct.pack("<Q", (1 << 64) - 8)
        out[f"{tag}-bad-phoff"] = bytes(bad)
        bad[0x20:0x28] = struct.pack("<Q", 60)
        out[f"{tag}-unaligned-phoff"] = bytes(bad)
        bad = bytearray(tiny(m))
        bad[0x38:0x3A] = struct.pack("<H", 0xFFFF)
        out[f"{tag}-phnum-xnum"] = bytes(bad)
        code_off = 64 + 56 * 2
        size = code_off + len(CODE[m])
        # Two PT_LOADs over the same pages, the second writable with a bss.
        out[f"{tag}-overlapping"] = (ehdr(m, entry=0x400000 + code_off, phnum=2)
                                     + phdr(PT_LOAD, 0, 0x400000, size, size)
                                     + phdr(PT_LOAD, 0, 0x400800, size, 0x3000, flags=6) + CODE[m])
        # File offset and address not congruent modulo the page size.
        out[f"{tag}-incongruent"] = (ehdr(m, entry=0x400000 + code_off, phnum=2)
                                     + phdr(PT_LOAD, 0, 0x400000, size, size)
                                     + phdr(PT_LOAD, 8, 0x500010, size - 8, 0x2000, flags=6) + CODE[m])
        # PT_INTERP: a path without its NUL, an empty one, a missing one, a directory.
        for name, path in (("interp-no-nul", b"/lib/ld-linux-aarch64.so.1"), ("interp-empty", b"\0"),
                           ("interp-missing", b"/nonexistent/ld.so\0"), ("interp-dir", b"/\0"),
                           ("interp-self", b"/proc/self/exe\0"), ("interp-devzero", b"/dev/zero\0"),
                           ("interp-cross", b"/lib/ld-linux-aarch64.so.1\0" if m == EM_AARCH64
                            else b"/lib/ld-linux-riscv64-lp64d.so.1\0")):
            interp_off = 64 + 56 * 2 + len(CODE[m])
            size = interp_off + len(path)
            out[f"{tag}-{name}"] = (ehdr(m, ET_DYN, entry=64 + 56 * 2, phnum=2)
                                    + phdr(PT_INTERP, interp_off, interp_off, len(path), len(path), flags=4, align=1)
                                    + phdr(PT_LOAD, 0, 0, size, size) + CODE[m] + path)
        out[f"{tag}-phdr-gnu-stack"] = tiny(m, extra=(phdr(PT_PHDR, 64, 0x400040, 112, 112, flags=4, align=8),
                                                      phdr(PT_GNU_STACK, 0, 0, 0, 0, flags=7, align=16)))
    out["shebang-4k"] = b"#!" + b"/bin/" + b"x" * 4089 + b"\n"
    out["shebang-short"] = b"#!/bin/sh\necho hi\n"
    out["empty"] = b""
    out["elf-magic-only"] = b"\x7fELF"
    out["elf32"] = b"\x7fELF" + bytes([1, 1, 1, 0]) + bytes(8) + struct.pack("<HHI", ET_EXEC, 40, 1) + bytes(32)
    out["big-endian"] = b"\x7fELF" + bytes([2, 2, 1, 0]) + bytes(56)
    return out


def compiled(outdir):
    """samples/hello.c for each guest ISA and link mode, stripped."""
    top = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    src = os.path.join(top, "samples", "hello.c")
    made = []
    for triple, tag in (("aarch64-linux-gnu", "a64"), ("riscv64-linux-gnu", "rv64")):
        cc = shutil.which(triple + "-gcc")
        if not cc:
            print(f"fuzz_elf_seeds: {triple}-gcc not found (tools/setup); its compiled seeds are left out", file=sys.stderr)
            continue
        for mode, flags in (("static", ["-static"]), ("static-pie", ["-static-pie"]), ("dynamic", [])):
            out = os.path.join(outdir, f"{tag}-hello-{mode}")
            # Debian's riscv64 cross glibc has no rcrt1.o: no static-pie there.
            r = subprocess.run([cc, "-Os", "-s", *flags, "-o", out, src], capture_output=True, text=True)
            if r.returncode != 0:
                print(f"fuzz_elf_seeds: {tag} {mode} not built ({r.stderr.strip().splitlines()[-1]})", file=sys.stderr)
                continue
            made.append(out)
    return made


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else ".build-fuzz/seeds"
    os.makedirs(outdir, exist_ok=True)
    made = compiled(outdir)
    for name, data in hand_made().items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    # Truncations of a real program: inside the header, inside the program headers,
    # inside the first segment.
    if made:
        whole = open(made[0], "rb").read()
        for n in (20, 63, 64, 100, 200, 1000, 5000):
            with open(os.path.join(outdir, f"a64-hello-static-truncated-{n}"), "wb") as f:
                f.write(whole[:n])
    print(f"fuzz_elf_seeds: {len(os.listdir(outdir))} seeds in {outdir}")


if __name__ == "__main__":
    main()
