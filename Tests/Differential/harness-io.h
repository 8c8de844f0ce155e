/* The I/O both guest harnesses share (harness-aarch64.c, harness-riscv64.c): fixed
 * mappings, reading whole input records, and buffered output. Included after each
 * harness defines die(). */
#ifndef HARNESS_IO_H
#define HARNESS_IO_H

static void map_fixed(uint64_t addr, size_t len, int prot) {
    void *p = mmap((void *)addr, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (p != (void *)addr) die("mmap at a fixed address failed");
}

/* 1 with a whole record in buf, 0 at a clean end of input. */
static int read_full(void *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(0, (char *)buf + got, n - got);
        if (r == 0 && got == 0) return 0;
        if (r <= 0) die("short read on stdin");
        got += (size_t)r;
    }
    return 1;
}

static char obuf[1 << 16];
static size_t olen;
static void flush_out(void) {
    size_t done = 0;
    while (done < olen) {
        ssize_t w = write(1, obuf + done, olen - done);
        if (w <= 0) die("write to stdout failed");
        done += (size_t)w;
    }
    olen = 0;
}
static void emit(const void *p, size_t n) {
    if (olen + n > sizeof obuf) flush_out();
    memcpy(obuf + olen, p, n);
    olen += n;
}

#endif
