/* Memory: sequential sums, a cache-line strided walk, a transforming word copy and a
 * pointer chase through a random cycle, over arrays larger than the caches.
 * Usage: memory [passes]  (prints a checksum). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    long passes = argc > 1 ? atol(argv[1]) : 8;
    const size_t n = 4u << 20;                     /* 4 Mi words = 32 MiB per array */
    uint64_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    const size_t m = 1u << 20;                     /* pointer chase: 1 Mi nodes, 4 MiB */
    uint32_t *next = malloc(m * sizeof *next);
    if (!a || !b || !next) { perror("malloc"); return 1; }
    for (size_t i = 0; i < n; i++) a[i] = i * 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < m; i++) next[i] = (uint32_t)i;
    uint64_t s = 88172645463325252ull;             /* Sattolo's shuffle: one big cycle */
    for (size_t i = m - 1; i > 0; i--) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        size_t j = s % i;
        uint32_t t = next[i]; next[i] = next[j]; next[j] = t;
    }
    uint64_t sum = 0;
    for (long p = 0; p < passes; p++) {
        for (size_t i = 0; i < n; i++) sum += a[i];                    /* sequential read */
        for (size_t i = 0; i < n; i++) b[i] = a[i] ^ (uint64_t)p;      /* read + write */
        for (size_t off = 0; off < 8; off++)                           /* strided read */
            for (size_t i = off; i < n; i += 8) sum ^= b[i] + off;
        uint32_t k = (uint32_t)p;
        for (size_t i = 0; i < m; i++) k = next[k];                    /* dependent loads */
        sum += k;
        uint64_t *t = a; a = b; b = t;
    }
    printf("memory %ld passes: %016llx\n", passes, (unsigned long long)sum);
    return 0;
}
