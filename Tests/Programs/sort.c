/* qsort and bsearch on ints, 64-bit keys, doubles, strings and records (ties broken by
 * index so the result is fully determined). Exits with status 4. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_u64_desc(const void *a, const void *b) { uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b; return (x < y) - (x > y); }
static int cmp_double(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

struct rec { int key; int index; char name[12]; };
static int cmp_rec(const void *a, const void *b)
{
    const struct rec *x = a, *y = b;
    if (x->key != y->key) return (x->key > y->key) - (x->key < y->key);
    return (x->index > y->index) - (x->index < y->index);
}

#define N 20000
static int ints[N];
static uint64_t keys[N];
static double dbl[N];
static struct rec recs[N];
static char words[N][16];
static char *wp[N];

int main(void)
{
    hash_t h;
    for (int i = 0; i < N; i++) {
        ints[i] = (int)(rng() % 100000) - 50000;
        keys[i] = rng();
        dbl[i] = (double)(int64_t)(rng() % 2000001 - 1000000) / 64.0;
        recs[i].key = (int)(rng() % 100);
        recs[i].index = i;
        snprintf(recs[i].name, sizeof recs[i].name, "r%d", i);
        int wl = (int)(rng() % 10) + 1;
        for (int k = 0; k < wl; k++) words[i][k] = (char)('a' + rng() % 26);
        words[i][wl] = 0;
        wp[i] = words[i];
    }
    qsort(ints, N, sizeof ints[0], cmp_int);
    qsort(keys, N, sizeof keys[0], cmp_u64_desc);
    qsort(dbl, N, sizeof dbl[0], cmp_double);
    qsort(recs, N, sizeof recs[0], cmp_rec);
    qsort(wp, N, sizeof wp[0], cmp_str);

    int sorted = 1;
    for (int i = 1; i < N; i++) {
        if (ints[i - 1] > ints[i] || keys[i - 1] < keys[i] || dbl[i - 1] > dbl[i] ||
            cmp_rec(&recs[i - 1], &recs[i]) > 0 || strcmp(wp[i - 1], wp[i]) > 0)
            sorted = 0;
    }
    printf("sorted: %s\n", sorted ? "yes" : "no");
    printf("ints: %d %d %d ... %d\n", ints[0], ints[1], ints[2], ints[N - 1]);
    printf("keys: %016" PRIx64 " ... %016" PRIx64 "\n", keys[0], keys[N - 1]);
    printf("doubles: %.6f %.6f ... %.6f\n", dbl[0], dbl[1], dbl[N - 1]);
    printf("records: %d/%s %d/%s ... %d/%s\n", recs[0].key, recs[0].name, recs[1].key, recs[1].name,
           recs[N - 1].key, recs[N - 1].name);
    printf("words: %s %s %s ... %s\n", wp[0], wp[1], wp[2], wp[N - 1]);

    hash_init(&h);
    for (int i = 0; i < N; i++) {
        hash_u64(&h, (uint64_t)ints[i]);
        hash_u64(&h, (uint64_t)recs[i].index);
        hash_bytes(&h, wp[i], strlen(wp[i]));
    }
    printf("hash: %016" PRIx64 "\n", h.h);

    /* bsearch for present and absent keys. */
    int found = 0, absent_ok = 0;
    for (int probe = -50010; probe <= 50010; probe += 7) {
        int *p = bsearch(&probe, ints, N, sizeof ints[0], cmp_int);
        int present = 0;
        for (int i = 0; i < N && !present; i++) present = ints[i] == probe;
        if (p && *p == probe && present) found++;
        else if (!p && !present) absent_ok++;
    }
    char *w = "zzzzzzzzzzzz", *w2 = wp[N / 2];
    printf("bsearch ints: %d found, %d absent\n", found, absent_ok);
    printf("bsearch words: %s %s\n", bsearch(&w, wp, N, sizeof wp[0], cmp_str) ? "found" : "absent",
           bsearch(&w2, wp, N, sizeof wp[0], cmp_str) ? "found" : "absent");
    return 4;
}
