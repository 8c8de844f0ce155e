/* malloc / calloc / realloc / free stress with a deterministic pattern per block, so any
 * lost or overlapping byte shows up. Sizes range from tiny to mmap-sized (> 128 KiB),
 * which exercises brk, mmap, munmap and mremap in the emulator. Exits with status 0. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"

#define SLOTS 512
static unsigned char *ptr[SLOTS];
static size_t len[SLOTS];
static unsigned char tag[SLOTS];

static size_t pick_size(void)
{
    uint64_t r = rng();
    switch (r % 64) {
    case 0: return (size_t)(r >> 8) % (1u << 18) + 131072;   /* mmap threshold and above */
    case 1: case 2: case 3: case 4: case 5: return (size_t)(r >> 8) % 16384;
    default: return (size_t)(r >> 8) % 300;
    }
}

static void stamp(int i)
{
    for (size_t k = 0; k < len[i]; k++) ptr[i][k] = (unsigned char)(tag[i] + k * 7);
}

static int verify(int i, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (ptr[i][k] != (unsigned char)(tag[i] + k * 7)) return 0;
    return 1;
}

int main(void)
{
    unsigned long mallocs = 0, frees = 0, reallocs = 0, callocs = 0, corrupt = 0, misaligned = 0;
    uint64_t bytes = 0;
    for (int step = 0; step < 40000; step++) {
        int i = (int)(rng() % SLOTS);
        uint64_t op = rng() % 10;
        if (!ptr[i]) {
            len[i] = pick_size();
            tag[i] = (unsigned char)rng();
            if (op < 2) {
                ptr[i] = calloc(len[i], 1);
                callocs++;
                for (size_t k = 0; ptr[i] && k < len[i]; k++) if (ptr[i][k]) { corrupt++; break; }
            } else {
                ptr[i] = malloc(len[i]);
                mallocs++;
            }
            if (!ptr[i] && len[i]) { printf("allocation of %zu failed\n", len[i]); return 1; }
            if ((uintptr_t)ptr[i] % 16) misaligned++;
            if (ptr[i]) stamp(i);
            bytes += len[i];
        } else if (op < 4) {
            size_t n = pick_size();
            unsigned char *p = realloc(ptr[i], n ? n : 1);
            if (!p) { printf("realloc to %zu failed\n", n); return 1; }
            ptr[i] = p;
            reallocs++;
            if (!verify(i, len[i] < n ? len[i] : n)) corrupt++;
            len[i] = n;
            stamp(i);
            bytes += n;
        } else {
            if (!verify(i, len[i])) corrupt++;
            free(ptr[i]);
            ptr[i] = NULL;
            frees++;
        }
    }
    for (int i = 0; i < SLOTS; i++) {
        if (ptr[i] && !verify(i, len[i])) corrupt++;
        free(ptr[i]);
    }

    /* Aligned allocations. */
    unsigned long aligned_ok = 0;
    for (size_t a = 16; a <= 65536; a *= 2) {
        void *p = NULL;
        if (posix_memalign(&p, a, 1000) == 0 && (uintptr_t)p % a == 0) aligned_ok++;
        free(p);
        p = aligned_alloc(a, a * 3);
        if (p && (uintptr_t)p % a == 0) aligned_ok++;
        free(p);
    }

    printf("malloc %lu calloc %lu realloc %lu free %lu\n", mallocs, callocs, reallocs, frees);
    printf("bytes requested %" PRIu64 "\n", bytes);
    printf("corrupt blocks %lu, misaligned %lu, aligned ok %lu of 26\n", corrupt, misaligned, aligned_ok);
    return corrupt || misaligned ? 1 : 0;
}
