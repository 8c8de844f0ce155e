/* string.h over many lengths and alignments. glibc picks SIMD routines for these (ASIMD
 * on AArch64), which read whole vectors, cross alignment boundaries and stop at page ends.
 * Results are folded to offsets and signs (memcmp/strcmp magnitudes are unspecified).
 * The page-end part puts strings right before a PROT_NONE page. Exits with status 0. */
#define _GNU_SOURCE 1 /* memrchr, rawmemchr */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "common.h"

#define BUF 4096
static unsigned char src_buf[BUF + 64], dst_buf[BUF + 64], ref_buf[BUF + 64];
static const size_t lens[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 48, 63, 64,
                              65, 95, 96, 127, 128, 129, 200, 255, 256, 257, 511, 1000, 1023, 2049};
#define NLENS (sizeof lens / sizeof lens[0])

static int sgn(int v) { return (v > 0) - (v < 0); }
static long off(const void *p, const void *base) { return p ? (long)((const char *)p - (const char *)base) : -1; }

static void fill(unsigned char *p, size_t n, int nonzero)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)rng();
        p[i] = nonzero && c == 0 ? 'x' : c;
    }
}

/* Reference copies to check against, written plainly so the compiler does not turn them
 * back into library calls (volatile stores). */
static void ref_copy(unsigned char *d, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) ((volatile unsigned char *)d)[i] = s[i];
}

static int check_copy(const char *what, size_t n, size_t da, size_t sa)
{
    if (memcmp(dst_buf, ref_buf, sizeof dst_buf) != 0) {
        printf("%s mismatch: len %zu dst align %zu src align %zu\n", what, n, da, sa);
        return 1;
    }
    return 0;
}

int main(void)
{
    int bad = 0;
    hash_t h;

    /* memcpy / memset / memmove: whole buffer compared with a reference, so writes
     * outside the target range are caught too. */
    for (size_t li = 0; li < NLENS; li++)
        for (size_t da = 0; da < 16; da++)
            for (size_t sa = 0; sa < 16; sa += (li & 1) ? 1 : 5) {
                size_t n = lens[li];
                fill(src_buf, sizeof src_buf, 0);
                fill(dst_buf, sizeof dst_buf, 0);
                ref_copy(ref_buf, dst_buf, sizeof dst_buf);
                memcpy(dst_buf + da, src_buf + sa, n);
                ref_copy(ref_buf + da, src_buf + sa, n);
                bad += check_copy("memcpy", n, da, sa);

                int c = (int)(rng() & 0xff);
                memset(dst_buf + da, c, n);
                for (size_t i = 0; i < n; i++) ((volatile unsigned char *)ref_buf)[da + i] = (unsigned char)c;
                bad += check_copy("memset", n, da, sa);

                /* Overlapping moves both ways. */
                size_t shift = sa + 1;
                if (da + shift + n <= BUF) {
                    unsigned char tmp[BUF];
                    ref_copy(tmp, dst_buf + da + shift, n);
                    memmove(dst_buf + da, dst_buf + da + shift, n);
                    ref_copy(ref_buf + da, tmp, n);
                    bad += check_copy("memmove down", n, da, sa);
                    ref_copy(tmp, dst_buf + da, n);
                    memmove(dst_buf + da + shift, dst_buf + da, n);
                    ref_copy(ref_buf + da + shift, tmp, n);
                    bad += check_copy("memmove up", n, da, sa);
                }
            }
    printf("memcpy/memset/memmove: %d mismatches\n", bad);

    /* memcmp / strcmp / strncmp: equal prefixes of each length, then one differing byte
     * (above and below, including bytes >= 0x80, which compare as unsigned). */
    hash_init(&h);
    for (size_t li = 0; li < NLENS; li++)
        for (size_t a1 = 0; a1 < 16; a1 += 3)
            for (size_t a2 = 0; a2 < 16; a2++) {
                size_t n = lens[li];
                unsigned char *s1 = src_buf + a1, *s2 = dst_buf + a2;
                fill(s1, n + 1, 1);
                memcpy(s2, s1, n + 1);
                s1[n] = s2[n] = 0;
                hash_u64(&h, (uint64_t)sgn(memcmp(s1, s2, n)));
                hash_u64(&h, (uint64_t)sgn(strcmp((char *)s1, (char *)s2)));
                if (n) {
                    size_t k = (size_t)(rng() % n);
                    s2[k] = (unsigned char)(s1[k] ^ (rng() & 1 ? 0x80 : 0x01));
                    if (s2[k] == 0) s2[k] = 0xff;
                    hash_u64(&h, (uint64_t)sgn(memcmp(s1, s2, n)));
                    hash_u64(&h, (uint64_t)sgn(memcmp(s1, s2, k)));
                    hash_u64(&h, (uint64_t)sgn(strcmp((char *)s1, (char *)s2)));
                    hash_u64(&h, (uint64_t)sgn(strncmp((char *)s1, (char *)s2, k)));
                    hash_u64(&h, (uint64_t)sgn(strncmp((char *)s1, (char *)s2, k + 1)));
                    hash_u64(&h, k);
                }
            }
    printf("memcmp/strcmp/strncmp: %016" PRIx64 "\n", h.h);

    /* strlen / strchr / strrchr / memchr / strnlen over lengths and alignments. */
    hash_init(&h);
    for (size_t li = 0; li < NLENS; li++)
        for (size_t a = 0; a < 32; a++) {
            size_t n = lens[li];
            char *s = (char *)src_buf + a;
            fill((unsigned char *)s, n, 1);
            s[n] = 0;
            unsigned char target = n ? (unsigned char)s[rng() % n] : 'q';
            hash_u64(&h, strlen(s));
            hash_u64(&h, strnlen(s, n / 2));
            hash_u64(&h, (uint64_t)off(strchr(s, target), s));
            hash_u64(&h, (uint64_t)off(strrchr(s, target), s));
            hash_u64(&h, (uint64_t)off(strchr(s, 0), s));
            hash_u64(&h, (uint64_t)off(memchr(s, target, n), s));
            hash_u64(&h, (uint64_t)off(memchr(s, 0, n + 1), s));
            hash_u64(&h, (uint64_t)off(memrchr(s, target, n), s));
            hash_u64(&h, (uint64_t)off(strchr(s, 0x1ff), s));   /* converted to (char)0xff */
        }
    printf("strlen/strchr/strrchr/memchr: %016" PRIx64 "\n", h.h);

    /* strstr / strcpy / strcat / strncpy / strspn with a small alphabet, so matches occur. */
    hash_init(&h);
    for (int iter = 0; iter < 3000; iter++) {
        char hay[600], needle[40], buf[1300];
        size_t hn = rng() % 560, nn = rng() % 12 + (iter % 7 == 0 ? 20 : 0);
        for (size_t i = 0; i < hn; i++) hay[i] = (char)('a' + rng() % 3);
        hay[hn] = 0;
        for (size_t i = 0; i < nn; i++) needle[i] = (char)('a' + rng() % 3);
        needle[nn] = 0;
        if (hn > nn && iter % 3 == 0)   /* plant the needle sometimes */
            memcpy(hay + rng() % (hn - nn), needle, nn);
        hash_u64(&h, (uint64_t)off(strstr(hay, needle), hay));
        hash_u64(&h, strspn(hay, "ab"));
        hash_u64(&h, strcspn(hay, "c"));
        size_t a = (size_t)iter % 16;
        strcpy(buf + a, hay);
        strcat(buf + a, needle);
        hash_u64(&h, strlen(buf + a));
        hash_bytes(&h, buf + a, strlen(buf + a));
        memset(buf, 0x55, sizeof buf);
#pragma GCC diagnostic ignored "-Wstringop-truncation" /* truncation is the point */
        strncpy(buf + a, needle, 30);
        hash_bytes(&h, buf, sizeof buf);
    }
    printf("strstr/strcpy/strcat/strncpy/strspn: %016" PRIx64 "\n", h.h);

    /* Strings that end right before an inaccessible page: vector loads must not fault. */
    long page = sysconf(_SC_PAGESIZE);
    unsigned char *map = mmap(NULL, 2 * (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED || mprotect(map + page, (size_t)page, PROT_NONE) != 0) {
        printf("page setup failed\n");
        return 1;
    }
    hash_init(&h);
    for (size_t n = 0; n < 80; n++) {
        char *s = (char *)map + page - n - 1;
        memset(s, 'k', n);
        s[n] = 0;
        char *t = (char *)map + page - n - 1 - 200;
        memcpy(t, s, n + 1);
        hash_u64(&h, strlen(s));
        hash_u64(&h, (uint64_t)off(strchr(s, 'z'), s));
        hash_u64(&h, (uint64_t)off(strrchr(s, 'k'), s));
        hash_u64(&h, (uint64_t)off(memchr(s, 'z', n + 1), s));
        hash_u64(&h, (uint64_t)off(rawmemchr(s, 0), s));
        hash_u64(&h, (uint64_t)sgn(strcmp(s, t)));
        hash_u64(&h, (uint64_t)sgn(memcmp(s, t, n + 1)));
        hash_u64(&h, (uint64_t)off(strstr(s, "kkz"), s));
    }
    printf("page end: %016" PRIx64 "\n", h.h);
    munmap(map, 2 * (size_t)page);
    return bad ? 1 : 0;
}
