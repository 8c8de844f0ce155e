# zlib and hashlib as Python programs use them: compress/decompress of a generated
# text in one piece and through compressobj/decompressobj in chunks, crc32/adler32 of
# it, and sha256/md5 (hashlib: OpenSSL's libcrypto, whose SHA/MD5 updates xrun runs on the
# host by default, -thunk libcrypto).
# Deterministic output. Usage: python3 zlib_loop.py N  (N rounds)
import hashlib
import sys
import zlib


def text(size):
    """1 MiB of words: a 16 KiB block made word by word (the only Python-level loop,
    kept short so that zlib's work dominates), then rotated copies of it."""
    words = [b"zlib", b"stream", b"host", b"guest", b"inflate", b"deflate", b"xrun", b"python"]
    out, s = [], 12345
    total = 0
    while total < 16384:
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        w = words[(s >> 16) & 7] + (b"\n" if s & 32 else b" ")
        out.append(w)
        total += len(w)
    block = b"".join(out)[:16384]
    return b"".join(block[i * 331 % 16384:] + block[:i * 331 % 16384] for i in range(size // 16384))


def main(n):
    data = text(1 << 20)
    z = zlib.compress(data, 6)
    crc = adler = 0
    inflated = 0
    for r in range(n):
        crc = zlib.crc32(data, crc)
        adler = zlib.adler32(data, adler)
        inflated += len(zlib.decompress(z))
        d = zlib.decompressobj()
        for i in range(0, len(z), 4096):
            inflated += len(d.decompress(z[i:i + 4096]))
        inflated += len(d.flush())
    c = zlib.compressobj(6)
    parts = [c.compress(data[i:i + 65536]) for i in range(0, len(data), 65536)]
    parts.append(c.flush())
    back = zlib.decompress(b"".join(parts))
    h = hashlib.sha256()
    m = hashlib.md5()
    for r in range(n):
        h.update(data)
        m.update(data)
    print(f"zlib_loop.py {n}: crc32 {crc:08x} adler32 {adler:08x} inflated {inflated} "
          f"compressobj round trip {back == data} sha256 {h.hexdigest()[:16]} md5 {m.hexdigest()[:16]}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
