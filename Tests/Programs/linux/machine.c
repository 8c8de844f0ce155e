/* What QEMU's machine options change for a guest, printed so a test can check each:
 * -seed (AT_RANDOM, getrandom, also at the edge of a mapping), -r (uname release), -s (the [stack] mapping's size),
 * -R (a fixed mapping above the reserved space fails), -0 (argv[0]). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/utsname.h>

static void hex(const char *label, const unsigned char *p, int n) {
    printf("%s ", label);
    for (int i = 0; i < n; i++) printf("%02x", p[i]);
    printf("\n");
}

int main(int argc, char **argv) {
    hex("at_random", (const unsigned char *)getauxval(AT_RANDOM), 16);
    unsigned char g[24];
    if (getrandom(g, sizeof g, 0) != (ssize_t)sizeof g) perror("getrandom");
    hex("getrandom", g, sizeof g);
    /* Into a buffer running into an unmapped page: the bytes that fit, then EFAULT
     * (with -seed xrun stores them itself, and once stored into the hole). */
    char *two = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(two + 4096, 4096);
    long edge = getrandom(two + 4096 - 8, 16, 0);
    errno = 0;
    long hole = getrandom(two + 4096, 16, 0);
    printf("getrandom-edge %ld %ld %s\n", edge, hole, hole < 0 ? strerror(errno) : "ok");

    struct utsname u;
    uname(&u);
    printf("release %s\nmachine %s\n", u.release, u.machine);

    FILE *f = fopen("/proc/self/maps", "r");
    char line[512];
    while (f && fgets(line, sizeof line, f)) {
        unsigned long start, end;
        if (strstr(line, "[stack]") && sscanf(line, "%lx-%lx", &start, &end) == 2)
            printf("stack %lu KiB\n", (end - start) >> 10);
    }
    if (f) fclose(f);

    /* 768 MiB: inside the default space, outside a -R 512M one. */
    void *p = mmap((void *)(768ul << 20), 4096, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("fixed mapping at 768 MiB: %s\n", p == MAP_FAILED ? strerror(errno) : "ok");
    p = mmap(0, 1 << 20, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap without hint %s 512 MiB\n", (uintptr_t)p < (512ul << 20) ? "below" : "above");
    printf("argv0 %s argc %d\n", argv[0], argc);
    return 0;
}
