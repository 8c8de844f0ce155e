/* zlib's stream functions as xrun runs them on the host (-thunk inflate,deflate;
 * HostCalls/ZStreamCalls.swift): deflate at several levels, strategies and wrappers
 * (zlib, gzip, raw) fed and drained in chunks of many sizes, inflate of each with
 * the same chunking, a preset dictionary, inflateCopy/deflateCopy, reset and
 * deflateParams mid-stream, deflateBound/deflatePending, inflateMark, corrupt input
 * (its msg printed), uninitialised and ended streams, gzip headers written with
 * deflateSetHeader and read with inflateGetHeader (filled in over many calls), and
 * bad next_in and gz_header name pointers (SIGSEGV, caught), SIGALRM every millisecond
 * during one long deflate and inflate, and four threads with streams of their own. Built against Debian's arm64/riscv64 zlib1g-dev by HostCallTests.
 * Usage: zlib_thunks [roundtrip]  - with "roundtrip", deflate's own bytes are not
 * printed (they may differ between zlib versions), only what inflate gives back. */
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <zlib.h>

static int bytes_too = 1;

static uint64_t hash(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}

static size_t make_input(unsigned char *p, size_t n, unsigned seed) {
    static const char *words[] = {"zlib ", "stream ", "host ", "guest ", "inflate ", "deflate ", "\n", "xrun "};
    size_t i = 0;
    while (i < n) {
        seed = seed * 1103515245 + 12345;
        if ((seed >> 28) == 0) { p[i++] = (unsigned char)(seed >> 8); continue; }   /* some noise */
        const char *w = words[(seed >> 16) & 7];
        for (size_t k = 0; w[k] && i < n; k++) p[i++] = (unsigned char)w[k];
    }
    return n;
}

/* Compresses in[0..n) with chunks of `chunk` bytes in and out; returns the size. */
static size_t compress_chunked(const unsigned char *in, size_t n, unsigned char *out, size_t cap,
                               int level, int bits, int strategy, size_t chunk, const char *dict, gz_header *head) {
    z_stream s;
    memset(&s, 0, sizeof s);
    int r = deflateInit2(&s, level, Z_DEFLATED, bits, 8, strategy);
    if (r != Z_OK) { printf("deflateInit2: %d\n", r); return 0; }
    if (dict && (r = deflateSetDictionary(&s, (const Bytef *)dict, (uInt)strlen(dict))) != Z_OK)
        printf("deflateSetDictionary: %d\n", r);
    if (head) printf("deflateSetHeader: %d\n", deflateSetHeader(&s, head));
    size_t bound = deflateBound(&s, n);
    size_t pos = 0, done = 0;
    do {
        size_t take = n - pos < chunk ? n - pos : chunk;
        s.next_in = (Bytef *)in + pos;
        s.avail_in = (uInt)take;
        pos += take;
        int flush = pos == n ? Z_FINISH : Z_NO_FLUSH;
        do {
            size_t room = cap - done < chunk ? cap - done : chunk;
            s.next_out = out + done;
            s.avail_out = (uInt)room;
            r = deflate(&s, flush);
            done += room - s.avail_out;
            if (r == Z_STREAM_ERROR) { printf("deflate: stream error\n"); return 0; }
        } while (s.avail_out == 0);
    } while (pos < n);
    if (r != Z_STREAM_END) printf("deflate did not end: %d\n", r);
    if (s.total_in != n || s.total_out != done) printf("deflate totals %lu %lu\n", s.total_in, s.total_out);
    if (bytes_too) printf("  deflate level %d bits %d strategy %d chunk %zu: %zu bytes (bound ok %d) adler %08lx hash %016llx\n",
                          level, bits, strategy, chunk, done, done <= bound, s.adler,
                          (unsigned long long)hash(0xcbf29ce484222325ull, out, done));
    if ((r = deflateEnd(&s)) != Z_OK) printf("deflateEnd: %d\n", r);
    return done;
}

static size_t inflate_chunked(const unsigned char *in, size_t n, unsigned char *out, size_t cap, int bits,
                              size_t chunk, const char *dict, int *status) {
    z_stream s;
    memset(&s, 0, sizeof s);
    s.next_in = Z_NULL;
    s.avail_in = 0;
    int r = inflateInit2(&s, bits);
    if (r != Z_OK) { printf("inflateInit2: %d\n", r); return 0; }
    size_t pos = 0, done = 0;
    for (;;) {
        size_t take = n - pos < chunk ? n - pos : chunk;
        s.next_in = (Bytef *)in + pos;
        s.avail_in = (uInt)take;
        size_t room = cap - done < chunk ? cap - done : chunk;
        s.next_out = out + done;
        s.avail_out = (uInt)room;
        r = inflate(&s, Z_NO_FLUSH);
        if (r == Z_NEED_DICT && dict) {
            r = inflateSetDictionary(&s, (const Bytef *)dict, (uInt)strlen(dict));
            if (r != Z_OK) { printf("inflateSetDictionary: %d\n", r); break; }
            r = inflate(&s, Z_NO_FLUSH);
        }
        pos += take - s.avail_in;
        done += room - s.avail_out;
        if (r != Z_OK && r != Z_BUF_ERROR) break;
        if (r == Z_BUF_ERROR && pos == n) break;
    }
    *status = r;
    if (r != Z_STREAM_END)
        printf("  inflate stops: %d msg %s at in %zu out %zu mark %ld\n", r, s.msg ? s.msg : "(none)", pos, done,
               inflateMark(&s));
    if (inflateEnd(&s) != Z_OK) printf("inflateEnd failed\n");
    return done;
}

static void roundtrips(void) {
    size_t n = 50000;
    unsigned char *in = malloc(n), *z = malloc(n * 2 + 1024), *back = malloc(n + 64);
    make_input(in, n, 7);
    static const struct { int level, bits, strategy; } cfg[] = {
        {6, 15, Z_DEFAULT_STRATEGY}, {1, 15, Z_DEFAULT_STRATEGY}, {9, 15 + 16, Z_DEFAULT_STRATEGY},
        {6, -15, Z_DEFAULT_STRATEGY}, {0, 15, Z_DEFAULT_STRATEGY}, {6, 9, Z_FILTERED}, {6, 15, Z_HUFFMAN_ONLY},
        {6, 15, Z_RLE}, {4, 12, Z_FIXED},
    };
    static const size_t chunks[] = {1, 7, 333, 4096, 65536, 1 << 20};
    for (size_t c = 0; c < sizeof cfg / sizeof cfg[0]; c++) {
        for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
            size_t chunk = chunks[k];
            size_t len = chunk == 1 ? 3000 : n;   /* byte by byte: a shorter input */
            size_t zn = compress_chunked(in, len, z, n * 2 + 1024, cfg[c].level, cfg[c].bits, cfg[c].strategy, chunk, NULL, NULL);
            int st;
            int ibits = cfg[c].bits > 15 ? 15 + 32 : cfg[c].bits < 0 ? -15 : 15;   /* auto-detect, raw, zlib */
            size_t got = inflate_chunked(z, zn, back, n + 64, ibits, chunk, NULL, &st);
            printf("level %d bits %d strategy %d chunk %zu: back %zu %s status %d\n", cfg[c].level, cfg[c].bits,
                   cfg[c].strategy, chunk, got, got == len && memcmp(in, back, len) == 0 ? "same" : "DIFFERENT", st);
        }
    }
    /* A preset dictionary. */
    const char *dict = "zlib stream host guest inflate deflate xrun";
    size_t zn = compress_chunked(in, 5000, z, n, 6, 15, Z_DEFAULT_STRATEGY, 512, dict, NULL);
    int st;
    size_t got = inflate_chunked(z, zn, back, n, 15, 512, dict, &st);
    printf("dictionary: back %zu %s status %d\n", got, got == 5000 && memcmp(in, back, 5000) == 0 ? "same" : "DIFFERENT", st);
    got = inflate_chunked(z, zn, back, n, 15, 512, NULL, &st);
    printf("dictionary missing: status %d\n", st);
    /* Corrupt input: each byte of a short stream flipped in turn. */
    uint64_t h = 0xcbf29ce484222325ull;
    zn = compress_chunked(in, 700, z, n, 6, 15, Z_DEFAULT_STRATEGY, 1 << 20, NULL, NULL);
    for (size_t i = 0; i < zn; i += 3) {
        z[i] ^= 0x55;
        z_stream s;
        memset(&s, 0, sizeof s);
        inflateInit(&s);
        s.next_in = z; s.avail_in = (uInt)zn; s.next_out = back; s.avail_out = (uInt)n;
        int r = inflate(&s, Z_FINISH);
        h = hash(h, &r, sizeof r);
        h = hash(h, &s.total_out, sizeof s.total_out);
        if (s.msg) h = hash(h, s.msg, strlen(s.msg));
        if (i == 0 || i == 3) printf("corrupt byte %zu: %d msg %s\n", i, r, s.msg ? s.msg : "(none)");
        inflateEnd(&s);
        z[i] ^= 0x55;
    }
    printf("corrupt streams: hash %016llx\n", (unsigned long long)h);
    free(in); free(z); free(back);
}

static void copies_and_resets(void) {
    unsigned char in[20000], z[30000], z2[30000], back[20000];
    make_input(in, sizeof in, 3);
    z_stream a, b;
    memset(&a, 0, sizeof a);
    deflateInit(&a, 6);
    a.next_in = in; a.avail_in = 10000; a.next_out = z; a.avail_out = sizeof z;
    deflate(&a, Z_NO_FLUSH);
    unsigned pending = 0; int bits = 0;
    int r = deflatePending(&a, &pending, &bits);
    printf("deflatePending: %d (%s)\n", r, pending < 100000 && bits >= 0 && bits < 8 ? "plausible" : "odd");
    r = deflateCopy(&b, &a);
    printf("deflateCopy: %d\n", r);
    /* Both finish the same input: the copy must give the same bytes. */
    a.next_in = in + 10000; a.avail_in = 10000;
    deflate(&a, Z_FINISH);
    size_t na = a.total_out;
    memcpy(z2, z, na);   /* what a wrote so far (the copy continues from the same point) */
    b.next_in = in + 10000; b.avail_in = 10000; b.next_out = z2 + (b.next_out - z); b.avail_out = (uInt)(sizeof z2 - (b.next_out - z2));
    deflate(&b, Z_FINISH);
    printf("copy finishes alike: %s\n", b.total_out == na && memcmp(z, z2, na) == 0 ? "yes" : "no");
    deflateEnd(&b);
    /* Reset and new parameters mid-stream. */
    r = deflateReset(&a);
    a.next_in = in; a.avail_in = 5000; a.next_out = z; a.avail_out = sizeof z;
    deflate(&a, Z_NO_FLUSH);
    r = deflateParams(&a, 1, Z_DEFAULT_STRATEGY);
    a.next_in = in + 5000; a.avail_in = 15000;
    r = deflate(&a, Z_FINISH);
    size_t zn = a.total_out;
    printf("reset+params: %d total_in %lu\n", r, a.total_in);
    deflateEnd(&a);
    printf("deflateEnd again: %d\n", deflateEnd(&a));
    memset(&a, 0, sizeof a);
    inflateInit(&a);
    a.next_in = z; a.avail_in = (uInt)(zn / 2); a.next_out = back; a.avail_out = sizeof back;
    r = inflate(&a, Z_NO_FLUSH);
    printf("half inflated: %d mark %ld\n", r, inflateMark(&a));
    r = inflateCopy(&b, &a);
    printf("inflateCopy: %d\n", r);
    unsigned char back2[20000];
    memcpy(back2, back, a.total_out);
    b.next_out = back2 + (b.next_out - back);
    a.avail_in = (uInt)(zn - zn / 2); b.avail_in = a.avail_in;
    r = inflate(&a, Z_FINISH);
    int r2 = inflate(&b, Z_FINISH);
    printf("both finish: %d %d %s\n", r, r2,
           a.total_out == 20000 && memcmp(back, in, 20000) == 0 && memcmp(back2, in, 20000) == 0 ? "same" : "DIFFERENT");
    r = inflateReset(&a);
    a.next_in = z; a.avail_in = (uInt)zn; a.next_out = back; a.avail_out = sizeof back;
    r = inflate(&a, Z_FINISH);
    printf("after reset: %d %lu\n", r, a.total_out);
    r = inflateReset2(&a, -15);
    printf("reset2 raw: %d\n", r);
    inflateEnd(&a);
    inflateEnd(&b);
    printf("inflateEnd again: %d\n", inflateEnd(&a));
    /* A stream that was never initialised. */
    z_stream u;
    memset(&u, 0, sizeof u);
    printf("uninitialised: inflate %d deflate %d\n", inflate(&u, Z_NO_FLUSH), deflate(&u, Z_NO_FLUSH));
    printf("bad version: %d\n", inflateInit_(&u, "2.0.0", (int)sizeof u));
    printf("bad size: %d\n", deflateInit_(&u, 6, ZLIB_VERSION, (int)sizeof u - 8));
}

/* gzip headers (RFC 1952 2.3): deflateSetHeader's fields written by deflate, read back
 * through inflateGetHeader while inflate fills them in over many calls (input fed in
 * small chunks; a hash of the header after every call shows each step). */
static uint64_t header_hash(uint64_t h, const gz_header *g) {
    long fields[] = {g->text, (long)g->time, g->xflags, g->os, (long)g->extra_len, g->hcrc, g->done};
    return hash(h, fields, sizeof fields);
}

static void print_header(const char *what, const gz_header *g, const unsigned char *extra, const char *name,
                         const char *comment) {
    printf("%s: text %d time %lu xflags %d os %d extra_len %u hcrc %d done %d\n", what, g->text, g->time, g->xflags,
           g->os, g->extra_len, g->hcrc, g->done);
    if (extra) {
        printf("  extra");
        for (unsigned i = 0; i < g->extra_len && i < g->extra_max; i++) printf(" %02x", extra[i]);
        printf("\n");
    }
    if (name) printf("  name \"%.*s\"\n", (int)g->name_max, name);
    if (comment) printf("  comment \"%.*s\"\n", (int)g->comm_max, comment);
}

/* A gzip stream (windowBits 31) with `head` as its header, `chunk` bytes in and out per call. */
static size_t gzip_with_header(const unsigned char *in, size_t n, unsigned char *out, size_t cap, size_t chunk,
                               gz_header *head) {
    return compress_chunked(in, n, out, cap, 6, 31, Z_DEFAULT_STRATEGY, chunk, NULL, head);
}

static void gzip_headers(void) {
    unsigned char in[3000], z[6000], back[3000];
    make_input(in, sizeof in, 5);
    static unsigned char extra[] = {'X', 'R', 4, 0, 'x', 'r', 'u', 'n'};
    gz_header head;
    memset(&head, 0, sizeof head);
    head.text = 1;
    head.time = 0x5f3759df;
    head.os = 3;
    head.extra = extra;
    head.extra_len = sizeof extra;
    head.name = (Bytef *)"file.txt";
    head.comment = (Bytef *)"made by zlib_thunks";
    head.hcrc = 1;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    deflateInit(&zs, 6);
    printf("deflateSetHeader on a zlib stream: %d\n", deflateSetHeader(&zs, &head));
    deflateEnd(&zs);
    size_t zn = gzip_with_header(in, sizeof in, z, sizeof z, 5, &head);
    static const size_t chunks[] = {1, 3, 17, 6000};
    for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
        size_t chunk = chunks[k];
        unsigned char gx[16];
        char gname[32], gcomment[8];   /* the comment does not fit: zlib keeps comm_max bytes */
        memset(gx, 0, sizeof gx); memset(gname, 0, sizeof gname); memset(gcomment, 0, sizeof gcomment);
        gz_header g;
        memset(&g, 0x5a, sizeof g);
        g.extra = gx; g.extra_max = sizeof gx;
        g.name = (Bytef *)gname; g.name_max = sizeof gname;
        g.comment = (Bytef *)gcomment; g.comm_max = sizeof gcomment;
        z_stream s;
        memset(&s, 0, sizeof s);
        inflateInit2(&s, 31);
        int r = inflateGetHeader(&s, &g);
        printf("inflateGetHeader chunk %zu: %d done %d\n", chunk, r, g.done);
        uint64_t h = 0xcbf29ce484222325ull;
        size_t pos = 0, out = 0, header_at = 0;
        int calls = 0;
        do {
            size_t take = zn - pos < chunk ? zn - pos : chunk;
            s.next_in = z + pos; s.avail_in = (uInt)take;
            s.next_out = back + out; s.avail_out = (uInt)(sizeof back - out);
            r = inflate(&s, Z_NO_FLUSH);
            pos += take - s.avail_in;
            out = sizeof back - s.avail_out;
            calls++;
            h = header_hash(h, &g);
            if (g.done && !header_at) header_at = pos;
        } while (r == Z_OK && pos < zn);
        printf("  inflate %d after %d calls, header complete at byte %zu, progress hash %016llx, back %s\n", r, calls,
               header_at, (unsigned long long)h, out == sizeof in && memcmp(in, back, out) == 0 ? "same" : "DIFFERENT");
        print_header("  header", &g, gx, gname, gcomment);
        if (chunk == 17) {
            /* Reset: zlib forgets the header, a new stream leaves it alone. */
            g.done = 7;
            inflateReset(&s);
            s.next_in = z; s.avail_in = (uInt)zn; s.next_out = back; s.avail_out = sizeof back;
            r = inflate(&s, Z_FINISH);
            printf("  after reset: %d done %d\n", r, g.done);
        }
        inflateEnd(&s);
    }
    /* The header half read, then the stream copied: both finish it into the one header. */
    {
        char gname[32];
        memset(gname, 0, sizeof gname);
        gz_header g;
        memset(&g, 0, sizeof g);
        g.name = (Bytef *)gname; g.name_max = sizeof gname;
        z_stream a, b;
        memset(&a, 0, sizeof a);
        inflateInit2(&a, 47);
        inflateGetHeader(&a, &g);
        a.next_in = z; a.avail_in = 14; a.next_out = back; a.avail_out = sizeof back;
        int r = inflate(&a, Z_NO_FLUSH);
        printf("half header: %d done %d\n", r, g.done);
        printf("inflateCopy with header: %d\n", inflateCopy(&b, &a));
        inflateEnd(&a);
        b.avail_in = (uInt)(zn - 14);
        r = inflate(&b, Z_FINISH);
        print_header("  copy finishes", &g, NULL, gname, NULL);
        printf("  copy: %d %s\n", r, b.total_out == sizeof in && memcmp(in, back, sizeof in) == 0 ? "same" : "DIFFERENT");
        inflateEnd(&b);
    }
    /* No header fields set; a zlib stream read with auto-detection (done -1); a zlib-only stream. */
    gz_header plain;
    memset(&plain, 0, sizeof plain);
    zn = gzip_with_header(in, 100, z, sizeof z, 1 << 20, &plain);
    gz_header g;
    memset(&g, 0x33, sizeof g);
    g.extra = NULL; g.name = NULL; g.comment = NULL;
    z_stream s;
    memset(&s, 0, sizeof s);
    inflateInit2(&s, 47);
    inflateGetHeader(&s, &g);
    s.next_in = z; s.avail_in = (uInt)zn; s.next_out = back; s.avail_out = sizeof back;
    printf("plain gzip: %d\n", inflate(&s, Z_FINISH));
    print_header("  header", &g, NULL, NULL, NULL);
    inflateEnd(&s);
    zn = compress_chunked(in, 100, z, sizeof z, 6, 15, Z_DEFAULT_STRATEGY, 1 << 20, NULL, NULL);
    memset(&s, 0, sizeof s);
    memset(&g, 0x33, sizeof g);
    g.extra = NULL; g.name = NULL; g.comment = NULL;
    inflateInit2(&s, 47);
    printf("zlib stream, auto-detect: inflateGetHeader %d", inflateGetHeader(&s, &g));
    s.next_in = z; s.avail_in = (uInt)zn; s.next_out = back; s.avail_out = sizeof back;
    int r = inflate(&s, Z_FINISH);
    printf(" inflate %d done %d\n", r, g.done);
    inflateEnd(&s);
    memset(&s, 0, sizeof s);
    inflateInit2(&s, 15);
    printf("zlib-only stream: inflateGetHeader %d\n", inflateGetHeader(&s, &g));
    inflateEnd(&s);
}

/* As Python's zlib module does: next_in set before inflateInit2, avail_in only after
 * it, the rest of the struct garbage, and the guest's own zalloc/zfree. */
static long allocs;
static voidpf my_alloc(voidpf opaque, uInt items, uInt size) { (void)opaque; allocs++; return calloc(items, size); }
static void my_free(voidpf opaque, voidpf p) { (void)opaque; free(p); }

static void python_style(void) {
    unsigned char in[30000], z[40000], back[30000];
    make_input(in, sizeof in, 11);
    z_stream s;
    memset(&s, 0xa5, sizeof s);
    s.zalloc = my_alloc; s.zfree = my_free; s.opaque = NULL;
    int r = deflateInit(&s, 9);
    s.next_in = in; s.avail_in = sizeof in; s.next_out = z; s.avail_out = sizeof z;
    r = deflate(&s, Z_FINISH);
    size_t zn = s.total_out;
    printf("python-style deflate: %d %s\n", r, s.next_in == in + sizeof in && s.next_out == z + zn ? "pointers advanced" : "pointers wrong");
    deflateEnd(&s);
    memset(&s, 0xa5, sizeof s);
    s.zalloc = my_alloc; s.zfree = my_free; s.opaque = NULL;
    s.next_in = z;
    r = inflateInit2(&s, 15);
    printf("python-style inflateInit2: %d next_in kept %d\n", r, s.next_in == z);
    s.avail_in = (uInt)zn;
    s.next_out = back; s.avail_out = sizeof back;
    r = inflate(&s, Z_FINISH);
    printf("python-style inflate: %d %s\n", r, s.total_out == sizeof in && memcmp(in, back, sizeof in) == 0 ? "same" : "DIFFERENT");
    inflateEnd(&s);
    /* A decompressobj(zdict=...) dropped before its first decompress: next_out and
     * avail_out still hold what the allocator left (garbage pointing nowhere), which
     * inflateSetDictionary and inflateEnd never read, so they must not fault. */
    memset(&s, 0xa5, sizeof s);
    s.zalloc = my_alloc; s.zfree = my_free; s.opaque = NULL;
    s.next_in = NULL; s.avail_in = 0;
    r = inflateInit2(&s, -15);
    int d = inflateSetDictionary(&s, in, 1000);
    int e = inflateEnd(&s);
    printf("python-style unused stream: init %d dictionary %d end %d, next_out %s\n", r, d, e,
           (uintptr_t)s.next_out == (uintptr_t)0xa5a5a5a5a5a5a5a5ull && s.avail_out == 0xa5a5a5a5u ? "untouched" : "CHANGED");
    printf("python-style allocations made: %s\n", allocs > 0 ? "yes" : "no");
}

/* The guest's zalloc/zfree as zlib calls them (on the host through xrun's closures):
 * a counting allocator that checks its opaque and that every free is of a block it
 * gave out, one that fails after some allocations (Z_MEM_ERROR), hooks set on only
 * one side (zlib's default, libc's malloc/free, on the other), copies, and a stream
 * set up twice without ending it. deflate's own calls are printed only in the exact
 * mode: where the guest's zlib is another version than the host's deflate may differ. */
struct counter { const char *tag; long allocs, frees, foreign, bytes, live, fail_after; int free_foreign; void *blocks[64]; };

static voidpf count_alloc(voidpf opaque, uInt items, uInt size) {
    struct counter *c = opaque;
    if (strcmp(c->tag, "counter") != 0) { printf("zalloc: wrong opaque\n"); return Z_NULL; }
    if (c->fail_after >= 0 && c->allocs >= c->fail_after) return Z_NULL;
    c->allocs++;
    c->bytes += (long)items * size;
    void *p = malloc((size_t)items * size);
    for (int i = 0; i < 64; i++) if (!c->blocks[i]) { c->blocks[i] = p; break; }
    c->live++;
    return p;
}

/* zlib passes a NULL opaque to a zfree set without zalloc (it sets opaque to 0). */
static struct counter free_only;

static void count_free(voidpf opaque, voidpf p) {
    struct counter *c = opaque ? opaque : &free_only;
    c->frees++;
    int found = 0;
    for (int i = 0; i < 64; i++) if (p && c->blocks[i] == p) { c->blocks[i] = NULL; found = 1; break; }
    if (!found) { c->foreign++; if (c->free_foreign) free(p); return; }
    c->live--;
    free(p);
}

static void counter_init(struct counter *c, long fail_after) {
    memset(c, 0, sizeof *c);
    c->tag = "counter";
    c->fail_after = fail_after;
}

static void print_counter(const char *what, const struct counter *c, int show) {
    if (show) printf("%s: allocs %ld frees %ld bytes %ld live %ld foreign %ld\n", what, c->allocs, c->frees, c->bytes, c->live, c->foreign);
    else printf("%s: live %ld foreign %ld\n", what, c->live, c->foreign);
}

static void stream_hooks(z_stream *s, struct counter *c) {
    memset(s, 0, sizeof *s);
    s->zalloc = count_alloc; s->zfree = count_free; s->opaque = c;
}

static void guest_allocators(void) {
    enum { N = 50000 };
    static unsigned char in[N], z[N + 1000], back[N];
    make_input(in, N, 23);
    struct counter c;
    z_stream s, t;
    counter_init(&c, -1);
    stream_hooks(&s, &c);
    int r = deflateInit2(&s, 6, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY);
    s.next_in = in; s.avail_in = N; s.next_out = z; s.avail_out = sizeof z;
    int r2 = deflate(&s, Z_FINISH);
    size_t zn = s.total_out;
    int r3 = deflateEnd(&s);
    printf("counted deflate: %d %d %d\n", r, r2, r3);
    print_counter("counted deflate", &c, bytes_too);

    /* Stopped midway, inflate allocates its window (of the header's size for 0). */
    static const int wbits_tried[] = {15, 0, 47};
    for (int w = 0; w < 3; w++) {
        int wbits = wbits_tried[w];
        counter_init(&c, -1);
        stream_hooks(&t, &c);
        r = inflateInit2(&t, wbits);
        long after_init = c.allocs;
        t.next_in = z; t.avail_in = (uInt)zn / 2; t.next_out = back; t.avail_out = N;
        r2 = inflate(&t, Z_NO_FLUSH);
        long after_inflate = c.allocs;
        t.avail_in = (uInt)(zn - zn / 2);
        r2 = r2 * 10 + inflate(&t, Z_FINISH);
        r3 = inflateEnd(&t);
        printf("counted inflate %d: %d %d %d %s allocs at init %ld after inflate %ld\n", wbits, r, r2, r3,
               t.total_out == N && memcmp(in, back, N) == 0 ? "same" : "DIFFERENT", after_init, after_inflate);
        print_counter("counted inflate", &c, 1);
    }

    /* An allocator that fails after k blocks: Init or inflate answers Z_MEM_ERROR. */
    for (long k = 0; k <= 5; k++) {
        counter_init(&c, k);
        stream_hooks(&s, &c);
        r = deflateInit(&s, 9);
        if (r == Z_OK) deflateEnd(&s);
        printf("deflateInit with %ld blocks: %s\n", k, r == Z_OK ? "ok" : r == Z_MEM_ERROR ? "Z_MEM_ERROR" : "other");
        print_counter("  after", &c, bytes_too);
    }
    for (long k = 0; k <= 2; k++) {
        counter_init(&c, k);
        stream_hooks(&t, &c);
        r = inflateInit(&t);
        r2 = 99;
        if (r == Z_OK) {
            t.next_in = z; t.avail_in = (uInt)zn / 2; t.next_out = back; t.avail_out = N;
            r2 = inflate(&t, Z_NO_FLUSH);
            inflateEnd(&t);
        }
        printf("inflate with %ld blocks: init %d inflate %d\n", k, r, r2);
        print_counter("  after", &c, 1);
    }

    /* Copies: the copy allocates through the source's hooks and frees through them. */
    struct counter c2;
    counter_init(&c, -1);
    counter_init(&c2, -1);
    stream_hooks(&t, &c);
    inflateInit(&t);
    t.next_in = z; t.avail_in = (uInt)(zn / 2); t.next_out = back; t.avail_out = N;
    inflate(&t, Z_NO_FLUSH);
    z_stream u;
    stream_hooks(&u, &c2);
    r = inflateCopy(&u, &t);
    printf("inflateCopy: %d opaque is the source's %d\n", r, u.opaque == &c);
    inflateEnd(&t);
    u.next_in = z + zn / 2; u.avail_in = (uInt)(zn - zn / 2);
    r2 = inflate(&u, Z_FINISH);
    inflateEnd(&u);
    printf("inflate of the copy: %d %s\n", r2, u.total_out == N && memcmp(in, back, N) == 0 ? "same" : "DIFFERENT");
    print_counter("inflate copies", &c, 1);
    print_counter("unused hooks", &c2, 1);

    static unsigned char z2[N + 1000];
    counter_init(&c, -1);
    stream_hooks(&s, &c);
    deflateInit(&s, 1);
    s.next_in = in; s.avail_in = N / 2; s.next_out = z2; s.avail_out = sizeof z2;
    deflate(&s, Z_NO_FLUSH);
    r = deflateCopy(&u, &s);
    deflateEnd(&s);
    u.next_in = in + N / 2; u.avail_in = N - N / 2;
    r2 = deflate(&u, Z_FINISH);
    deflateEnd(&u);
    printf("deflateCopy: %d, deflate of the copy %d\n", r, r2);
    print_counter("deflate copies", &c, bytes_too);

    /* Set up twice without an End: the first stream's blocks are never freed. */
    counter_init(&c, -1);
    stream_hooks(&t, &c);
    inflateInit(&t);
    t.next_in = z; t.avail_in = (uInt)zn / 2; t.next_out = back; t.avail_out = N;
    inflate(&t, Z_NO_FLUSH);
    inflateInit(&t);
    inflateEnd(&t);
    print_counter("inflate set up twice", &c, 1);

    /* Only one hook set: zlib uses libc's malloc/free for the other. */
    counter_init(&c, -1);
    memset(&t, 0, sizeof t);
    t.zalloc = count_alloc; t.opaque = &c;
    inflateInit(&t);
    t.next_in = z; t.avail_in = (uInt)zn / 2; t.next_out = back; t.avail_out = N;
    r = inflate(&t, Z_NO_FLUSH);
    inflateEnd(&t);
    printf("zalloc only: %d allocs %ld frees %ld\n", r, c.allocs, c.frees);
    counter_init(&c, -1);
    counter_init(&free_only, -1);
    free_only.free_foreign = 1;   /* zlib's default zalloc is libc's malloc */
    memset(&t, 0, sizeof t);
    t.zfree = count_free; t.opaque = &c;
    r = inflateInit(&t);
    printf("zfree only: init %d opaque %s\n", r, t.opaque == NULL ? "NULL" : "kept");
    t.next_in = z; t.avail_in = (uInt)zn / 2; t.next_out = back; t.avail_out = N;
    r = inflate(&t, Z_NO_FLUSH);
    inflateEnd(&t);
    printf("zfree only: %d frees %ld (foreign %ld), frees with the stream's opaque %ld\n", r, free_only.frees,
           free_only.foreign, c.frees);
}

static sigjmp_buf jb;
static void on_segv(int sig) { (void)sig; siglongjmp(jb, 1); }

static void bad_pointer(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_segv;
    sigaction(SIGSEGV, &sa, NULL);
    z_stream s;
    memset(&s, 0, sizeof s);
    inflateInit(&s);
    unsigned char out[64];
    s.next_in = (Bytef *)(uintptr_t)16;   /* unmapped */
    s.avail_in = 100;
    s.next_out = out;
    s.avail_out = sizeof out;
    if (sigsetjmp(jb, 1) == 0) {
        int r = inflate(&s, Z_NO_FLUSH);
        printf("bad next_in: returned %d\n", r);
    } else {
        printf("bad next_in: SIGSEGV\n");
    }
    /* A gz_header whose name buffer is unmapped: inflate faults when it reaches the name. */
    unsigned char in[200], z[400];
    make_input(in, sizeof in, 9);
    gz_header head;
    memset(&head, 0, sizeof head);
    head.name = (Bytef *)"name";
    size_t zn = gzip_with_header(in, sizeof in, z, sizeof z, 1 << 20, &head);
    gz_header g;
    memset(&g, 0, sizeof g);
    g.name = (Bytef *)(uintptr_t)16;   /* unmapped */
    g.name_max = 32;
    z_stream t;
    memset(&t, 0, sizeof t);
    inflateInit2(&t, 31);
    inflateGetHeader(&t, &g);
    t.next_in = z; t.avail_in = (uInt)zn; t.next_out = out; t.avail_out = sizeof out;
    if (sigsetjmp(jb, 1) == 0) {
        int r = inflate(&t, Z_NO_FLUSH);
        printf("bad gz_header name: returned %d\n", r);
    } else {
        printf("bad gz_header name: SIGSEGV\n");
    }
    signal(SIGSEGV, SIG_DFL);
}

/* Compressible data of `n` bytes, different per `seed`: text-like runs with noise. */
static unsigned char *make_data(size_t n, uint32_t seed) {
    unsigned char *d = malloc(n);
    uint32_t x = seed * 2654435761u + 1;
    for (size_t i = 0; i < n; i++) {
        x = x * 1103515245u + 12345u;
        d[i] = (x >> 24) % 7 == 0 ? (unsigned char)(x >> 16) : (unsigned char)("the quick brown fox "[i % 20]);
    }
    return d;
}

/* deflate then inflate `n` bytes in one call each; 0 when the round trip is exact.
 * *packed_crc gets crc32 of the deflated bytes. */
static int one_shot(const unsigned char *in, size_t n, int level, uLong *packed_crc, struct counter *c) {
    z_stream d; memset(&d, 0, sizeof d);
    if (c) stream_hooks(&d, c);
    if (deflateInit(&d, level) != Z_OK) return 1;
    uLong bound = deflateBound(&d, n);
    unsigned char *packed = malloc(bound), *back = malloc(n);
    d.next_in = (Bytef *)in; d.avail_in = (uInt)n; d.next_out = packed; d.avail_out = (uInt)bound;
    int bad = deflate(&d, Z_FINISH) != Z_STREAM_END;
    size_t plen = d.total_out;
    deflateEnd(&d);
    *packed_crc = crc32(0, packed, (uInt)plen);
    z_stream f; memset(&f, 0, sizeof f);
    if (c) stream_hooks(&f, c);
    if (!bad && inflateInit(&f) == Z_OK) {
        f.next_in = packed; f.avail_in = (uInt)plen; f.next_out = back; f.avail_out = (uInt)n;
        bad = inflate(&f, Z_FINISH) != Z_STREAM_END || f.total_out != n || memcmp(in, back, n) != 0;
        inflateEnd(&f);
    } else {
        bad = 1;
    }
    free(packed); free(back);
    return bad;
}

/* A signal arriving while one long deflate (and inflate) call runs: a host call
 * delivers it when the call returns, as after a system call; none is lost and the
 * stream is unharmed. */
static volatile sig_atomic_t alarms;
static void on_alarm(int sig) { (void)sig; alarms++; }

static void signal_during_long_calls(void) {
    size_t n = 4u << 20;
    unsigned char *data = make_data(n, 7);
    struct sigaction sa; memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm; sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval every = {{0, 1000}, {0, 1000}}, off = {{0, 0}, {0, 0}};
    alarms = 0;
    setitimer(ITIMER_REAL, &every, NULL);
    uLong crc;
    int bad = one_shot(data, n, 1, &crc, NULL);
    setitimer(ITIMER_REAL, &off, NULL);
    printf("signals during a long deflate/inflate: %s, round trip %s", alarms > 0 ? "delivered" : "NONE",
           bad ? "DIFFERENT" : "exact");
    if (bytes_too) printf(", deflated crc %08lx", crc);
    printf("\n");
    signal(SIGALRM, SIG_DFL);
    free(data);
}

/* Streams on several threads at once, each its own level and data. */
struct job { int id; int bad; uLong crc; struct counter counter; };
static void *stream_worker(void *p) {
    struct job *j = p;
    size_t n = (size_t)(1u << 18) + (size_t)j->id * 4099;
    unsigned char *data = make_data(n, (uint32_t)j->id + 100);
    j->bad = 0;
    /* Rounds 2 and 3 with a counting allocator of the thread's own. */
    counter_init(&j->counter, -1);
    for (int round = 0; round < 4 && !j->bad; round++)
        j->bad = one_shot(data, n, 1 + (j->id + round) % 9, &j->crc, round >= 2 ? &j->counter : NULL);
    free(data);
    return NULL;
}

static void threads(void) {
    enum { N = 4 };
    pthread_t t[N]; struct job jobs[N];
    for (int i = 0; i < N; i++) { jobs[i].id = i; pthread_create(&t[i], NULL, stream_worker, &jobs[i]); }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        printf("thread %d: round trips %s, allocator live %ld foreign %ld used %s", i, jobs[i].bad ? "DIFFERENT" : "exact",
               jobs[i].counter.live, jobs[i].counter.foreign, jobs[i].counter.allocs > 0 ? "yes" : "no");
        if (bytes_too) printf(", last deflated crc %08lx", jobs[i].crc);
        printf("\n");
    }
}

int main(int argc, char **argv) {
    bytes_too = !(argc > 1 && strcmp(argv[1], "roundtrip") == 0);
    printf("zlib %s\n", bytes_too ? zlibVersion() : "(version not printed)");
    roundtrips();
    copies_and_resets();
    gzip_headers();
    python_style();
    guest_allocators();
    bad_pointer();
    signal_during_long_calls();
    threads();
    return 0;
}
