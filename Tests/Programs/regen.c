/* A guest that regenerates code forever, as a JIT does: it writes a small function
 * f(x) = x * a + b into an executable page, runs it, and rewrites it with other
 * constants (after __builtin___clear_cache, as the architecture requires), N times,
 * cycling through a few slots of the page. Each rewrite is a new translation block
 * for an emulator, so its translated-code memory must be reclaimed to stay bounded.
 *
 *   regen [rewrites [calls-per-version [threads]]]     (defaults 100000, 3 and 1)
 *
 * With threads > 1, each thread rewrites a page of its own (rewrites/threads times), all
 * at once: an emulator frees code while other threads run theirs.
 *
 * stdout: the sum of every result at the middle and at the end (the same on every
 * machine). stderr: the process's peak RSS (VmHWM of /proc/self/status; under an
 * emulator that passes the file through, the emulator's own) at the middle and at
 * the end, for the test and for measuring by hand. Exits with status 0. */
#include <stdint.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef int32_t (*fn_t)(int32_t);

/* Emits f(x) = x * a + b (32-bit wrapping) at p; a and b below 2048. Returns the size. */
static size_t emit(unsigned char *p, uint32_t a, uint32_t b)
{
#if defined(__aarch64__)
    uint32_t insn[] = {
        0x52800001u | (a << 5),                 /* movz w1, #a */
        0x52800002u | (b << 5),                 /* movz w2, #b */
        0x1b010800u,                            /* madd w0, w0, w1, w2 */
        0xd65f03c0u,                            /* ret */
    };
#elif defined(__riscv) && __riscv_xlen == 64
    uint32_t insn[] = {
        (a << 20) | (11u << 7) | 0x13u,         /* addi a1, zero, a */
        (1u << 25) | (11u << 20) | (10u << 15) | (10u << 7) | 0x3bu,  /* mulw a0, a0, a1 */
        (b << 20) | (12u << 7) | 0x13u,         /* addi a2, zero, b */
        (12u << 20) | (10u << 15) | (10u << 7) | 0x3bu,               /* addw a0, a0, a2 */
        0x00008067u,                            /* ret */
    };
#elif defined(__x86_64__)
    unsigned char insn[11] = { 0x69, 0xc7 };    /* imul eax, edi, imm32 */
    memcpy(insn + 2, &a, 4);
    insn[6] = 0x05;                             /* add eax, imm32 */
    memcpy(insn + 7, &b, 4);
    unsigned char ret = 0xc3;                   /* ret */
    memcpy(p + sizeof insn, &ret, 1);
    memcpy(p, insn, sizeof insn);
    return sizeof insn + 1;
#else
#error "no encodings for this architecture"
#endif
#if !defined(__x86_64__)
    memcpy(p, insn, sizeof insn);
    return sizeof insn;
#endif
}

/* Peak resident set size in kB, or -1 when /proc/self/status has no VmHWM line. */
static long peak_rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kb = strtol(line + 6, NULL, 10);
    fclose(f);
    return kb;
}

struct worker {
    long first, count, calls;
    int report;             /* print the middle line */
    long total;             /* rewrites of the whole run, for the middle line */
    uint64_t sum;
    int failed;
};

static void *rewrite_loop(void *arg)
{
    struct worker *w = arg;
    enum { slots = 8, slotSize = 64 };
    unsigned char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
                               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) { printf("mmap RWX failed\n"); w->failed = 1; return NULL; }
    for (long i = w->first; i < w->first + w->count; i++) {
        unsigned char *code = page + (i % slots) * slotSize;
        uint32_t a = (uint32_t)(i % 2000) + 1, b = (uint32_t)(i * 7 % 2048);
        size_t len = emit(code, a, b);
        __builtin___clear_cache((char *)code, (char *)code + len);
        fn_t f = (fn_t)(uintptr_t)code;
        for (long c = 0; c < w->calls; c++) {
            int32_t x = (int32_t)((i + c) & 0xffff);
            int32_t got = f(x);
            if (got != (int32_t)((uint32_t)x * a + b)) {
                printf("rewrite %ld: f(%d) = %d, want %d\n", i, x, got, (int32_t)((uint32_t)x * a + b));
                w->failed = 1;
                return NULL;
            }
            w->sum += (uint32_t)got;
        }
        if (w->report && i + 1 == w->total / 2) {
            printf("middle %ld sum %llu\n", i + 1, (unsigned long long)w->sum);
            fflush(stdout);
            fprintf(stderr, "VmHWM middle %ld kB\n", peak_rss_kb());
        }
    }
    return NULL;
}

int main(int argc, char **argv)
{
    long rewrites = argc > 1 ? atol(argv[1]) : 100000;
    long calls = argc > 2 ? atol(argv[2]) : 3;
    long threads = argc > 3 ? atol(argv[3]) : 1;
    if (threads < 1 || threads > 64) { printf("1 to 64 threads\n"); return 2; }
    struct worker w[64];
    pthread_t tid[64];
    for (long t = 0; t < threads; t++) {
        long share = rewrites / threads;
        w[t] = (struct worker){ .first = t * share, .count = t == threads - 1 ? rewrites - t * share : share,
                                .calls = calls, .report = threads == 1, .total = rewrites };
    }
    if (threads == 1) {
        rewrite_loop(&w[0]);
    } else {
        for (long t = 0; t < threads; t++)
            if (pthread_create(&tid[t], NULL, rewrite_loop, &w[t]) != 0) { printf("pthread_create failed\n"); return 1; }
        for (long t = 0; t < threads; t++) pthread_join(tid[t], NULL);
    }
    uint64_t sum = 0;
    for (long t = 0; t < threads; t++) {
        if (w[t].failed) return 1;
        sum += w[t].sum;
    }
    printf("end %ld sum %llu\n", rewrites, (unsigned long long)sum);
    fprintf(stderr, "VmHWM end %ld kB\n", peak_rss_kb());
    return 0;
}
