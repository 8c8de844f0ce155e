/* The surface xrun runs as host code (-thunk, HostCalls): string.h and memory
 * functions over sizes 0..4096 and every alignment, overlapping memmove, NULs,
 * bad pointers (SIGSEGV, also caught by a handler), qsort with a comparator that
 * re-enters the emulator, threads calling them at once, a signal arriving during long
 * memcpys, and libm with errno. Output must not depend on whether thunks are on:
 * memcmp/strcmp results are printed by sign only (their contract). */
// xrun-test-cflags: -pthread -fno-builtin
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t hash(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
    return h;
}
static int sgn(int v) { return (v > 0) - (v < 0); }
static unsigned char src[8192 + 64], dst[8192 + 64];

static void fill(unsigned char *p, size_t n, unsigned seed) {
    for (size_t i = 0; i < n; i++) { seed = seed * 1103515245 + 12345; p[i] = (unsigned char)(seed >> 16); }
}

static void memory_family(void) {
    uint64_t h = 0xcbf29ce484222325ull;
    long signs = 0;
    for (size_t n = 0; n <= 4096; n = n < 80 ? n + 1 : n * 5 / 4 + 3) {
        for (int sa = 0; sa < 8; sa++) for (int da = 0; da < 8; da += 3) {
            fill(src, sizeof src, (unsigned)(n * 31 + sa));
            memset(dst, 0x5a, sizeof dst);
            unsigned char *r = memcpy(dst + da, src + sa, n);
            h = hash(h, dst, n + 16);
            h = hash(h, &(long){ r - dst }, sizeof(long));
            signs += sgn(memcmp(dst + da, src + sa, n));
            if (n) { dst[da + n / 2] ^= 1; signs += 3 * sgn(memcmp(dst + da, src + sa, n)); }
            memset(dst + da, (int)(n & 0xff), n);
            h = hash(h, dst, n + 16);
            void *c = memchr(src + sa, src[sa + n / 2], n);
            h = hash(h, &(long){ c ? (unsigned char *)c - src : -1 }, sizeof(long));
        }
    }
    /* memmove in both directions over overlapping ranges */
    for (size_t n = 0; n <= 4096; n = n < 40 ? n + 1 : n * 3 / 2) {
        for (int off = -9; off <= 9; off += 3) {
            fill(dst, sizeof dst, (unsigned)n);
            memmove(dst + 2048 + off, dst + 2048, n);
            h = hash(h, dst, sizeof dst);
        }
    }
    printf("memory: hash %016llx signs %ld\n", (unsigned long long)h, signs);
}

static void string_family(void) {
    static char a[5000], b[5000];
    uint64_t h = 0xcbf29ce484222325ull;
    long signs = 0;
    for (size_t n = 0; n < 4096; n = n < 70 ? n + 1 : n * 2 + 1) {
        for (int al = 0; al < 8; al++) {
            char *s = a + al;
            for (size_t i = 0; i < n; i++) s[i] = (char)('a' + (i * 7 + al) % 26);
            s[n] = 0;
            strcpy(b + (7 - al), s);
            h = hash(h, &(size_t){ strlen(s) }, sizeof(size_t));
            h = hash(h, &(size_t){ strnlen(s, n / 2) }, sizeof(size_t));
            signs += sgn(strcmp(s, b + (7 - al)));
            if (n) {
                b[7 - al + n - 1]++;
                signs += 3 * sgn(strcmp(s, b + (7 - al))) + 5 * sgn(strncmp(s, b + (7 - al), n - 1));
            }
            char *c = strchr(s, 'k'), *rc = strrchr(s, 'k'), *z = strchr(s, 0);
            h = hash(h, &(long){ c ? c - s : -1 }, sizeof(long));
            h = hash(h, &(long){ rc ? rc - s : -1 }, sizeof(long));
            h = hash(h, &(long){ z - s }, sizeof(long));
            char *e = stpcpy(b, "ab");
            strcat(b, s);
            h = hash(h, b, strlen(b) + 1);
            h = hash(h, &(long){ e - b }, sizeof(long));
        }
    }
    /* embedded NULs: the string functions stop there, the memory ones do not */
    char x[16] = "ab\0cd", y[16] = "ab\0ce";
    printf("nul: strlen %zu strcmp %d memcmp %d strncmp %d\n", strlen(x), sgn(strcmp(x, y)),
           sgn(memcmp(x, y, 5)), sgn(strncmp(x, y, 5)));
    printf("strings: hash %016llx signs %ld\n", (unsigned long long)h, signs);
}

static long compares;
static int by_value(const void *p, const void *q) {
    compares++;
    long a = *(const long *)p, b = *(const long *)q;
    return a < b ? -1 : a > b;
}
static int by_string(const void *p, const void *q) { return strcmp(*(char *const *)p, *(char *const *)q); }

static void sorting(void) {
    enum { N = 5000 };
    static long v[N];
    for (long i = 0; i < N; i++) v[i] = (i * 7919) % N;  /* a permutation: no equal keys */
    qsort(v, N, sizeof v[0], by_value);
    long ok = 1;
    for (long i = 0; i < N; i++) ok &= v[i] == i;
    char *words[] = {"pear", "apple", "fig", "kiwi", "banana", "cherry", "date"};
    qsort(words, 7, sizeof words[0], by_string);
    printf("qsort: sorted %ld, compares made %s;", ok, compares > 0 ? "yes" : "no");
    for (int i = 0; i < 7; i++) printf(" %s", words[i]);
    printf("\n");
    qsort(v, 0, sizeof v[0], by_value);
}

static void *worker(void *arg) {
    long id = (long)arg, bad = 0;
    static char bufs[4][2][3000];
    char *p = bufs[id][0], *q = bufs[id][1];
    for (int round = 0; round < 300; round++) {
        size_t n = (size_t)(round * 7 + id * 13) % 2900;
        memset(p, 'a' + (int)id, n);
        p[n] = 0;
        memcpy(q, p, n + 1);
        bad += strlen(q) != n || memcmp(p, q, n + 1) != 0 || strcmp(p, q) != 0;
    }
    return (void *)bad;
}

static void threads(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    long bad = 0;
    for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); bad += (long)r; }
    printf("threads: %ld mismatches\n", bad);
}

static volatile sig_atomic_t ticks;
static void on_alarm(int sig) { (void)sig; ticks++; }

static void signal_during_memcpy(void) {
    size_t n = 16 << 20;
    char *a = malloc(n), *b = malloc(n);
    memset(a, 7, n);
    signal(SIGALRM, on_alarm);
    struct itimerval it = {{0, 2000}, {0, 2000}};
    setitimer(ITIMER_REAL, &it, NULL);
    int rounds = 0;
    while (ticks < 3 && rounds < 100000) { memcpy(b, a, n); a[rounds % n]++; rounds++; }
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    memcpy(b, a, n);
    printf("signal during memcpy: handler ran %s, copy %s\n", ticks >= 3 ? "yes" : "no",
           memcmp(a, b, n) == 0 && b[n - 1] == a[n - 1] ? "intact" : "broken");
    free(a); free(b);
}

static sigjmp_buf back;
static void on_segv(int sig) { (void)sig; siglongjmp(back, 1); }

static void bad_pointers(void) {
    volatile size_t n = 64;
    void *volatile bad = (void *)16;
    const char *volatile badstr = (const char *)1;
    for (int which = 0; which < 4; which++) {
        pid_t pid = fork();
        if (pid == 0) {
            char local[128];
            if (which == 0) memcpy(local, bad, n);
            if (which == 1) printf("%zu\n", strlen(badstr));
            if (which == 2) memset(bad, 0, n);
            if (which == 3) printf("%d\n", strcmp("abc", badstr));
            _exit(0);
        }
        int st;
        waitpid(pid, &st, 0);
        printf("bad pointer %d: %s %d\n", which, WIFSIGNALED(st) ? "signal" : "exit",
               WIFSIGNALED(st) ? WTERMSIG(st) : WEXITSTATUS(st));
    }
    /* caught by a handler that jumps back: the program goes on */
    signal(SIGSEGV, on_segv);
    int caught = 0;
    for (int i = 0; i < 3; i++) {
        if (sigsetjmp(back, 1) == 0) memcpy(dst, bad, n); else caught++;
    }
    signal(SIGSEGV, SIG_DFL);
    /* zero lengths touch nothing, whatever the pointers */
    memcpy(bad, bad, 0); memmove(bad, bad, 0); memset(bad, 0, 0);
    printf("bad pointer caught %d times; zero lengths fine; strnlen(bad, 0) %zu\n", caught, strnlen(badstr, 0));
}

static void mathlib(void) {
    double xs[] = {0.5, 1.0, 2.0, 3.25, 10.0, 100.5};
    for (int i = 0; i < 6; i++) {
        double x = xs[i];
        printf("math %g: %.15g %.15g %.15g %.15g %.15g %.15g %.15g\n", x, sin(x), cos(x), tan(x),
               exp(x), log(x), pow(x, 1.5), atan2(x, 2.0));
    }
    errno = 0; double l = log(0.0); int e1 = errno;
    errno = 0; double m = log(-1.0); int e2 = errno;
    errno = 0; double p = exp(1000.0); int e3 = errno;
    errno = 0; double s = sin(1.0); int e4 = errno;
    printf("errno: log(0) %g %s, log(-1) %s %s, exp(1000) %g %s, sin(1) %.6f %d\n", l,
           e1 == ERANGE ? "ERANGE" : "?", isnan(m) ? "nan" : "?", e2 == EDOM ? "EDOM" : "?",
           p, e3 == ERANGE ? "ERANGE" : "?", s, e4);
}

int main(void) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    memory_family();
    string_family();
    sorting();
    threads();
    signal_during_memcpy();
    bad_pointers();
    mathlib();
    return 0;
}
