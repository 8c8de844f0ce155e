/* libc string and memory functions: strlen, strchr, memchr, memcmp, strcmp, memcpy,
 * memset and memmove over strings of many lengths and alignments.
 * Usage: libc_str [reps]  (prints a checksum). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POOL (1 << 20)
#define NSTR 4096

int main(int argc, char **argv)
{
    long reps = argc > 1 ? atol(argv[1]) : 200;
    char *pool = malloc(POOL + 64), *dst = malloc(POOL + 64);
    char *str[NSTR];
    if (!pool || !dst) { perror("malloc"); return 1; }
    uint32_t s = 7;
    size_t off = 0;
    for (int i = 0; i < NSTR; i++) {                /* lengths 0..255, odd alignments */
        s = s * 1664525u + 1013904223u;
        size_t len = (s >> 24) & 255;
        off += (s >> 8) & 7;
        str[i] = pool + off;
        for (size_t k = 0; k < len; k++) pool[off + k] = (char)('a' + (k * 7 + i) % 26);
        pool[off + len] = 0;
        off += len + 1;
    }
    uint64_t sum = 0;
    for (long r = 0; r < reps; r++) {
        char needle = (char)('a' + r % 26);
        for (int i = 0; i < NSTR; i++) {
            const char *a = str[i], *b = str[(i * 31 + r) % NSTR];
            size_t la = strlen(a);
            sum += la;
            const char *c = strchr(a, needle);
            sum += c ? (size_t)(c - a) : 1000;
            const void *m = memchr(a, 'z', la);
            sum += m ? (size_t)((const char *)m - a) : 7;
            sum += (uint64_t)(memcmp(a, b, la < 16 ? la : 16) > 0);
            sum += (uint64_t)(strcmp(a, b) < 0) * 3;
            char *d = dst + ((i * 13 + r) & 31);
            memcpy(d, a, la + 1);
            memmove(d + 1, d, la);
            sum += (unsigned char)d[la / 2];
            memset(d, (int)r & 0x7f, la / 3 + 1);
            sum += (unsigned char)d[0];
        }
        memcpy(dst, pool, POOL / 4 + (size_t)(r & 63));   /* one big copy per round */
        sum += (unsigned char)dst[POOL / 8];
    }
    printf("libc_str %ld reps: %016llx\n", reps, (unsigned long long)sum);
    return 0;
}
