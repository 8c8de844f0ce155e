/* The brk heap and the mmap area must not collide, whatever the host's address-space
 * randomization did to the emulator (randomize_va_space 0 or 2, setarch -R). The
 * program break starts after the program's own data (the kernel's mm->start_brk,
 * fs/binfmt_elf.c), grows with brk(2) and never lands on a mapping: here it grows in
 * steps of 1 MiB between anonymous mmaps of 1 MiB, and after each step the whole heap
 * is written and /proc/self/maps must show [heap] overlapping nothing else. Prints only
 * what is the same natively (no addresses).
 * Usage: layout [steps] */
#include "conf.h"
#include <stdint.h>
#include <sys/mman.h>

extern char end[];

struct range {
    uintptr_t lo, hi;
    char name[64];
};

static int read_maps(struct range *r, int cap)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return -1;
    char line[512];
    int n = 0;
    while (n < cap && fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        int pos = 0;
        if (sscanf(line, "%lx-%lx %*s %*s %*s %*s%n", &lo, &hi, &pos) < 2) continue;
        char *name = line + pos;
        while (*name == ' ') name++;
        name[strcspn(name, "\n")] = 0;
        r[n].lo = lo;
        r[n].hi = hi;
        snprintf(r[n].name, sizeof r[n].name, "%s", name);
        n++;
    }
    fclose(f);
    return n;
}

/* [heap] against every other mapping: the number of overlaps (0), and whether the
 * heap is where the break says. */
static int heap_overlaps(uintptr_t brk_lo, uintptr_t brk_hi, int *heap_found)
{
    static struct range r[4096];
    int n = read_maps(r, 4096), overlaps = 0;
    *heap_found = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(r[i].name, "[heap]") == 0) {
            *heap_found = r[i].lo <= brk_lo && r[i].hi >= brk_hi;
            continue;
        }
        if (r[i].lo < brk_hi && r[i].hi > brk_lo) overlaps++;
    }
    return overlaps;
}

int main(int argc, char **argv)
{
    int steps = argc > 1 ? atoi(argv[1]) : 32;
    uintptr_t start = (uintptr_t)sbrk(0);
    CHECK(start >= (uintptr_t)end, "the break starts below the program's end");
    int grew = 0, overlaps = 0, heap_seen = 0, maps_ok = 1;
    static unsigned char *maps[256], *chunks[256];
    for (int i = 0; i < steps && i < 256; i++) {
        maps[i] = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (maps[i] == MAP_FAILED) { maps_ok = 0; break; }
        memset(maps[i], 0x5a, 1 << 20);
        /* malloc (stdio, fopen) may move the break too: the chunks are ours, the rest
         * of the heap is malloc's. */
        chunks[i] = sbrk(1 << 20);
        if (chunks[i] == (void *)-1) break;
        memset(chunks[i], 0xa5, 1 << 20);
        grew++;
        int found;
        overlaps += heap_overlaps(start, (uintptr_t)sbrk(0), &found);
        heap_seen += found;
        /* Every mapping and chunk made so far keeps its bytes: none landed on another. */
        for (int k = 0; k <= i; k++) {
            if (maps[k][0] != 0x5a || maps[k][(1 << 20) - 1] != 0x5a) overlaps++;
            if (chunks[k][0] != 0xa5 || chunks[k][(1 << 20) - 1] != 0xa5) overlaps++;
        }
    }
    printf("mmaps: %s\n", maps_ok ? "ok" : "failed");
    printf("brk steps: %d of %d\n", grew, steps);
    printf("heap overlaps: %d\n", overlaps);
    printf("[heap] in maps covers the break: %s\n", heap_seen == grew ? "every step" : "not always");
    CHECK(grew == steps, "brk stopped growing");
    CHECK(overlaps == 0, "heap overlaps");
    CHECK(heap_seen == grew, "[heap] missing");
    /* malloc on top of both. */
    size_t total = 0;
    for (int i = 0; i < 2000; i++) {
        size_t n = (size_t)(i * 7919 % 200000) + 16;
        char *p = malloc(n);
        CHECK(p != NULL, "malloc");
        if (!p) break;
        memset(p, i, n);
        total += n;
        if (i % 3) free(p);
    }
    printf("malloc'd %zu bytes\n", total);
    return conf_exit();
}
