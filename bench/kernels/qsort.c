/* libc qsort with a comparison callback: 32-bit keys, then records ordered by two
 * fields.  Usage: qsort [thousands]  (prints a checksum of the sorted data). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct rec { uint32_t group; uint32_t key; uint64_t payload; };

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->group != y->group) return x->group < y->group ? -1 : 1;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return (x->payload > y->payload) - (x->payload < y->payload);
}

int main(int argc, char **argv)
{
    long n = (argc > 1 ? atol(argv[1]) : 500) * 1000;
    uint32_t *v = malloc(n * sizeof *v);
    struct rec *r = malloc(n * sizeof *r);
    if (!v || !r) { perror("malloc"); return 1; }
    uint64_t s = 0x853C49E6748FEA9Bull;
    for (long i = 0; i < n; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        v[i] = (uint32_t)(s >> 32);
        r[i].group = (uint32_t)(s >> 59);
        r[i].key = (uint32_t)(s >> 20) & 0xFFFF;
        r[i].payload = s;
    }
    qsort(v, n, sizeof *v, cmp_u32);
    qsort(r, n, sizeof *r, cmp_rec);
    uint64_t h = 0;
    for (long i = 0; i < n; i++) h = (h ^ v[i]) * 0x100000001B3ull + (r[i].payload >> 17);
    printf("qsort %ld: %016llx\n", n, (unsigned long long)h);
    return 0;
}
