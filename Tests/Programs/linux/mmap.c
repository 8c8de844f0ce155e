/* Memory mappings: MAP_SHARED file mappings written through (visible to read and to
 * other processes), MAP_PRIVATE copy-on-write, offsets, access past EOF (SIGBUS),
 * mprotect + SIGSEGV, mremap grow/shrink/move/MREMAP_FIXED, munmap holes, msync,
 * MAP_FIXED replacement, MAP_FIXED_NOREPLACE, MAP_SHARED|MAP_ANONYMOUS across fork,
 * madvise(MADV_DONTNEED), mincore, brk. */
#include "conf.h"
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>

#define PG 4096

static sigjmp_buf jb;
static volatile int fault_sig, fault_code;
static volatile uintptr_t fault_addr;
static void on_fault(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    fault_sig = sig;
    fault_code = si->si_code;
    fault_addr = (uintptr_t)si->si_addr;
    siglongjmp(jb, 1);
}

/* Touches p (read or write); returns the signal it raised, or 0. */
static int touch(volatile char *p, int write)
{
    fault_sig = 0;
    if (sigsetjmp(jb, 1) == 0) {
        if (write) *p = 'w';
        else (void)*p;
    }
    return fault_sig;
}

static const char *sig_desc(int sig)
{
    if (!sig) return "ok";
    static char buf[64];
    snprintf(buf, sizeof buf, "SIG%s/%s", sigabbrev_np(sig),
             sig == SIGSEGV ? (fault_code == SEGV_MAPERR ? "MAPERR" : fault_code == SEGV_ACCERR ? "ACCERR" : "?")
             : sig == SIGBUS ? (fault_code == BUS_ADRERR ? "ADRERR" : "?") : "?");
    return buf;
}

static int make_file(const char *name, size_t size)
{
    int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0644);
    char buf[PG];
    for (size_t off = 0; off < size; off += PG) {
        for (int i = 0; i < PG; i++) buf[i] = (char)('A' + (off / PG + i) % 26);
        write(fd, buf, PG);
    }
    return fd;
}

static void test_shared_file(void)
{
    int fd = make_file("shared.bin", 4 * PG);
    char *m = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    CHECK(m != MAP_FAILED);
    printf("MAP_SHARED: first bytes %.4s, page 2 starts %c\n", m, m[2 * PG]);
    memcpy(m + 10, "WRITTEN", 7);
    char buf[8] = { 0 };
    pread(fd, buf, 7, 10);
    printf("store visible to read(): %s\n", buf);
    pwrite(fd, "viaWRITE", 8, PG + 5);
    printf("write() visible in the mapping: %.8s\n", m + PG + 5);
    CHECK(msync(m, 4 * PG, MS_SYNC) == 0);

    /* Another process sees our stores, and we see its. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *c = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        int ok = memcmp(c + 10, "WRITTEN", 7) == 0;
        memcpy(c + 100, "CHILD", 5);
        _exit(ok ? 0 : 1);
    }
    int st;
    waitpid(pid, &st, 0);
    printf("child saw our store %d, we see the child's: %.5s\n", WIFEXITED(st) && WEXITSTATUS(st) == 0, m + 100);

    /* A mapping with an offset. */
    char *off = mmap(NULL, PG, PROT_READ, MAP_SHARED, fd, 2 * PG);
    printf("offset 2 pages: %.3s same as the big mapping %d\n", off, memcmp(off, m + 2 * PG, PG) == 0);
    munmap(off, PG);
    errno = 0;
    void *bad = mmap(NULL, PG, PROT_READ, MAP_SHARED, fd, 100);
    printf("unaligned offset: %s %s\n", bad == MAP_FAILED ? "MAP_FAILED" : "mapped", en(errno));
    errno = 0;
    bad = mmap(NULL, 0, PROT_READ, MAP_SHARED, fd, 0);
    printf("zero length: %s %s\n", bad == MAP_FAILED ? "MAP_FAILED" : "mapped", en(errno));
    int ro = open("shared.bin", O_RDONLY);
    errno = 0;
    bad = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0);
    printf("writable shared mapping of a read-only fd: %s %s\n", bad == MAP_FAILED ? "MAP_FAILED" : "mapped", en(errno));
    bad = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, ro, 0);
    printf("writable private mapping of a read-only fd: %s\n", bad == MAP_FAILED ? "MAP_FAILED" : "mapped");
    close(ro);

    /* Past the end of the file: the partial page is zero-filled, whole pages beyond
     * EOF give SIGBUS. */
    ftruncate(fd, PG + 100);
    printf("after truncating to one page + 100: byte 100 of page 1 is %d, ", m[PG + 100]);
    printf("page 2 access: %s\n", sig_desc(touch(m + 2 * PG, 0)));
    ftruncate(fd, 4 * PG);
    printf("after growing it back: page 2 reads %d\n", m[2 * PG]);
    munmap(m, 4 * PG);
    close(fd);
}

static void test_private_file(void)
{
    int fd = make_file("private.bin", 2 * PG);
    char *m = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    m[0] = '#';
    char c;
    pread(fd, &c, 1, 0);
    printf("MAP_PRIVATE store: mapping %c, file still %c\n", m[0], c);
    /* A write() to the file is visible in pages not yet copied, not in copied ones. */
    pwrite(fd, "!", 1, PG);
    pwrite(fd, "?", 1, 1);
    printf("file changed later: copied page shows %c (ours), untouched page shows %c\n", m[1] == '?' ? '?' : m[1],
           m[PG]);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        m[0] = 'C';
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("child's store to the private mapping is not ours: %c\n", m[0]);
    munmap(m, 2 * PG);

    /* Executable private mapping of a file (like a loader does) */
    char *x = mmap(NULL, PG, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0);
    printf("PROT_READ|PROT_EXEC file mapping: %s, write: %s\n", x == MAP_FAILED ? "failed" : "ok", sig_desc(touch(x, 1)));
    munmap(x, PG);
    close(fd);
}

static void test_protect(void)
{
    char *m = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(m, 1, 3 * PG);
    CHECK(mprotect(m + PG, PG, PROT_READ) == 0);
    printf("after mprotect(READ) of page 1: write page 0 %s, write page 1 %s, read page 1 %s\n", sig_desc(touch(m, 1)),
           sig_desc(touch(m + PG, 1)), sig_desc(touch(m + PG, 0)));
    printf("  fault address is the store's: %d\n", fault_addr == (uintptr_t)(m + PG) || fault_sig == 0);
    CHECK(mprotect(m + PG, PG, PROT_NONE) == 0);
    printf("PROT_NONE: read %s\n", sig_desc(touch(m + PG + 123, 0)));
    printf("  fault address: page 1 + %ld\n", (long)(fault_addr - (uintptr_t)(m + PG)));
    CHECK(mprotect(m, 3 * PG, PROT_READ | PROT_WRITE) == 0);
    printf("back to READ|WRITE: %s, data kept %d\n", sig_desc(touch(m + PG, 1)), m[PG + 1] == 1);
    errno = 0;
    int r = mprotect(m + 1, PG, PROT_READ);
    printf("mprotect unaligned: %d %s\n", r, en(errno));
    errno = 0;
    r = mprotect(m, PG, 0x100);
    printf("mprotect bad prot: %d %s\n", r, en(errno));
    munmap(m, 3 * PG);
    errno = 0;
    r = mprotect(m, PG, PROT_READ);
    printf("mprotect of unmapped memory: %d %s\n", r, en(errno));

    /* Code written at run time becomes executable with mprotect. */
#if defined(__aarch64__)
    static const unsigned char code[] = { 0x40, 0x05, 0x80, 0x52, 0xc0, 0x03, 0x5f, 0xd6 }; /* mov w0,#42; ret */
#elif defined(__riscv)
    static const unsigned char code[] = { 0x13, 0x05, 0xa0, 0x02, 0x67, 0x80, 0x00, 0x00 }; /* li a0,42; ret */
#else
    static const unsigned char code[] = { 0xb8, 0x2a, 0x00, 0x00, 0x00, 0xc3 }; /* mov $42,%eax; ret */
#endif
    char *x = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memcpy(x, code, sizeof code);
    mprotect(x, PG, PROT_READ | PROT_EXEC);
    __builtin___clear_cache(x, x + sizeof code);
    int v = ((int (*)(void))x)();
    printf("generated code returns %d\n", v);
    munmap(x, PG);
}

static void test_remap(void)
{
    char *m = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < 2 * PG; i++) m[i] = (char)i;
    char *g = mremap(m, 2 * PG, 64 * PG, MREMAP_MAYMOVE);
    CHECK(g != MAP_FAILED);
    int kept = 1;
    for (int i = 0; i < 2 * PG; i++) kept &= g[i] == (char)i;
    g[64 * PG - 1] = 7;
    printf("mremap grow to 64 pages: data kept %d, new tail writable %d, new pages zero %d\n", kept,
           g[64 * PG - 1] == 7, g[10 * PG] == 0);
    char *s = mremap(g, 64 * PG, PG, 0);
    printf("mremap shrink in place: same address %d, page 1 now %s\n", s == g, sig_desc(touch(g + PG, 0)));

    /* MREMAP_FIXED moves to a chosen place, replacing what was there. */
    char *dst = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(dst, 9, 4 * PG);
    char *mv = mremap(s, PG, 2 * PG, MREMAP_MAYMOVE | MREMAP_FIXED, dst + PG);
    printf("MREMAP_FIXED: at the target %d, data %d, old place %s, neighbours kept %d %d\n", mv == dst + PG,
           mv[1] == 1, sig_desc(touch(s, 0)), dst[0] == 9, dst[3 * PG] == 9);
    errno = 0;
    void *r = mremap(dst, PG, 2 * PG, 0);
    printf("mremap grow without MAYMOVE into a used range: %s %s\n", r == MAP_FAILED ? "MAP_FAILED" : "ok", en(errno));
    munmap(dst, 4 * PG);

    /* A shared file mapping moved by mremap still writes through. */
    int fd = make_file("remap.bin", 4 * PG);
    char *f = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    char *f2 = mremap(f, PG, 4 * PG, MREMAP_MAYMOVE);
    memcpy(f2 + 3 * PG, "MOVED", 5);
    char buf[6] = { 0 };
    pread(fd, buf, 5, 3 * PG);
    printf("grown shared file mapping writes through: %s\n", buf);
    munmap(f2, 4 * PG);
    close(fd);
}

static void test_unmap_fixed(void)
{
    char *m = mmap(NULL, 5 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    memset(m, 3, 5 * PG);
    CHECK(munmap(m + 2 * PG, PG) == 0);
    printf("munmap a hole: page 1 %s, page 2 %s, page 3 %s\n", sig_desc(touch(m + PG, 0)), sig_desc(touch(m + 2 * PG, 0)),
           sig_desc(touch(m + 3 * PG, 0)));
    char *f = mmap(m + 2 * PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED into the hole: there %d, zero %d, read-only %s\n", f == m + 2 * PG, f[0] == 0,
           sig_desc(touch(f, 1)));
    char *over = mmap(m, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    printf("MAP_FIXED over data: zero now %d\n", over == m && m[0] == 0);
    errno = 0;
    void *nr = mmap(m + PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    printf("MAP_FIXED_NOREPLACE over a mapping: %s %s\n", nr == MAP_FAILED ? "MAP_FAILED" : "mapped", en(errno));
    errno = 0;
    int r = munmap(m + 1, PG);
    printf("munmap unaligned: %d %s\n", r, en(errno));
    r = munmap(m, 5 * PG);
    printf("munmap across the hole: %s; then page 4 %s\n", RES(r), sig_desc(touch(m + 4 * PG, 0)));
    r = munmap(m, 5 * PG);
    printf("munmap again: %s\n", RES(r));
    errno = 0;
    void *big = mmap(NULL, (size_t)1 << 62, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    printf("mmap of 2^62 bytes: %s %s\n", big == MAP_FAILED ? "MAP_FAILED" : "mapped", en(errno));
    errno = 0;
    void *inv = mmap(NULL, PG, PROT_READ, MAP_ANONYMOUS, -1, 0);
    printf("mmap without SHARED/PRIVATE: %s %s\n", inv == MAP_FAILED ? "MAP_FAILED" : "mapped", en(errno));
}

static void test_shared_anon_and_advice(void)
{
    int *shared = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    int *priv = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    shared[0] = 1;
    priv[0] = 1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        shared[0] = 42;
        priv[0] = 42;
        __atomic_fetch_add(&shared[1], 5, __ATOMIC_SEQ_CST);
        _exit(0);
    }
    waitpid(pid, NULL, 0);
    printf("after fork: shared anonymous %d (+%d), private %d\n", shared[0], shared[1], priv[0]);

    priv[100] = 5;
    CHECK(madvise(priv, PG, MADV_DONTNEED) == 0);
    printf("MADV_DONTNEED zeroes private anonymous memory: %d\n", priv[100] == 0);
    CHECK(madvise(priv, PG, MADV_WILLNEED) == 0);
    errno = 0;
    int r = madvise((char *)priv + 1, PG, MADV_NORMAL);
    printf("madvise unaligned: %d %s\n", r, en(errno));
    unsigned char vec[2];
    r = mincore(priv, PG, vec);
    printf("mincore: %s\n", RES(r));
    munmap(shared, PG);
    munmap(priv, PG);

    void *b0 = sbrk(0);
    void *b1 = sbrk(3 * PG);
    char *top = sbrk(0);
    memset(b1, 1, 3 * PG);
    printf("sbrk: grew by %ld, old break returned %d\n", (long)(top - (char *)b0), b1 == b0);
    sbrk(-3 * PG);
    printf("sbrk back: %d\n", sbrk(0) == b0);
}

int main(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    test_shared_file();
    test_private_file();
    test_protect();
    test_remap();
    test_unmap_fixed();
    test_shared_anon_and_advice();
    return conf_exit();
}
