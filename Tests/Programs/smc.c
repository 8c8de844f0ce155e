/* Self-modifying code: write a function returning a constant into an executable page,
 * call it, rewrite the constant (after __builtin___clear_cache, as the architecture
 * requires), call again; in a loop; with a second function on the same page; and through
 * mprotect W^X flips. An emulator must notice the writes and retranslate. The machine
 * code is written for AArch64 and for x86-64 so the native build prints the same.
 * Exits with status 0. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef int (*fn_t)(void);

/* Emits "return value" at p; returns the code size. */
static size_t emit_return(unsigned char *p, uint16_t value)
{
#if defined(__aarch64__)
    uint32_t insn[2] = {
        0x52800000u | ((uint32_t)value << 5),   /* movz w0, #value */
        0xd65f03c0u,                            /* ret */
    };
    memcpy(p, insn, sizeof insn);
    return sizeof insn;
#elif defined(__x86_64__)
    p[0] = 0xb8;                                /* mov eax, imm32 */
    uint32_t v = value;
    memcpy(p + 1, &v, 4);
    p[5] = 0xc3;                                /* ret */
    return 6;
#else
#error "no encodings for this architecture"
#endif
}

/* Emits "return value + 1" computed by a loop of additions, so the block is longer. */
static size_t emit_sum(unsigned char *p, uint16_t n)
{
#if defined(__aarch64__)
    uint32_t insn[] = {
        0x52800000u,                            /* movz w0, #0 */
        0x52800001u | ((uint32_t)n << 5),       /* movz w1, #n */
        0x0b010000u,                            /* add w0, w0, w1 */
        0x71000421u,                            /* subs w1, w1, #1 */
        0x54ffffc1u,                            /* b.ne -8 (to the add) */
        0x11000400u,                            /* add w0, w0, #1 */
        0xd65f03c0u,                            /* ret */
    };
    memcpy(p, insn, sizeof insn);
    return sizeof insn;
#elif defined(__x86_64__)
    unsigned char code[] = {
        0x31, 0xc0,                             /* xor eax, eax */
        0xb9, 0, 0, 0, 0,                       /* mov ecx, n */
        0x01, 0xc8,                             /* add eax, ecx */
        0xff, 0xc9,                             /* dec ecx */
        0x75, 0xfa,                             /* jnz -6 (to the add) */
        0xff, 0xc0,                             /* inc eax */
        0xc3,                                   /* ret */
    };
    uint32_t v = n;
    memcpy(code + 3, &v, 4);
    memcpy(p, code, sizeof code);
    return sizeof code;
#endif
}

static int call(unsigned char *code, size_t len)
{
    __builtin___clear_cache((char *)code, (char *)code + len);
    return ((fn_t)(uintptr_t)code)();
}

int main(void)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    unsigned char *mem = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) { printf("mmap RWX failed\n"); return 1; }

    size_t n = emit_return(mem, 42);
    printf("first: %d\n", call(mem, n));
    n = emit_return(mem, 1234);
    printf("rewritten: %d\n", call(mem, n));

    long total = 0;
    for (int i = 0; i < 200; i++) {
        n = emit_return(mem, (uint16_t)i);
        total += call(mem, n);
    }
    printf("200 rewrites, sum of results: %ld\n", total);

    /* Two functions on one page: rewriting one must not break the other, and a stale
     * translation of the rewritten one must not survive. */
    unsigned char *g = mem + 256;
    size_t gn = emit_sum(g, 10);
    n = emit_return(mem, 7);
    printf("f=%d g=%d\n", call(mem, n), call(g, gn));
    n = emit_return(mem, 8);
    printf("f=%d g=%d\n", call(mem, n), call(g, gn));
    gn = emit_sum(g, 100);
    printf("f=%d g=%d\n", call(mem, n), call(g, gn));

    /* Code that straddles a page boundary. */
    unsigned char *s = mem + page - 8;
    gn = emit_sum(s, 20);
    printf("across pages: %d\n", call(s, gn));
    gn = emit_sum(s, 30);
    printf("across pages rewritten: %d\n", call(s, gn));

    /* W^X: write while RW, run while RX, flip again. */
    unsigned char *w = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (w == MAP_FAILED) { printf("mmap RW failed\n"); return 1; }
    n = emit_return(w, 500);
    mprotect(w, page, PROT_READ | PROT_EXEC);
    printf("W^X first: %d\n", call(w, n));
    mprotect(w, page, PROT_READ | PROT_WRITE);
    n = emit_return(w, 600);
    mprotect(w, page, PROT_READ | PROT_EXEC);
    printf("W^X second: %d\n", call(w, n));

    /* Unmap and map again at the same place with different code. */
    munmap(w, page);
    unsigned char *w2 = mmap(w, page, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    if (w2 != w) { printf("remap failed\n"); return 1; }
    n = emit_return(w2, 700);
    printf("after munmap/mmap: %d\n", call(w2, n));
    return 0;
}
