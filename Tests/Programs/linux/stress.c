/* 64 threads at once: futex ping-pong between pairs, signals to themselves and to each
 * other, fork + exec of this program, mmap/mprotect/munmap of data, code pages of their
 * own rewritten and called (translated-code invalidation), and one code page shared by
 * all, rewritten by any thread while the others call it. Everything counted prints the
 * same natively; the code the threads write is encoded for AArch64, RISC-V 64 and
 * x86-64. Argument: rounds per thread (default 40). Exit status: failed checks. */
#include "conf.h"
#include "guestcode.h"
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#define THREADS 64

typedef int (*fn_t)(void);

static long page;
static int rounds = 40;
static char self_path[4096];

/* ---- futex ping-pong between threads 2i and 2i+1 ---- */
static _Atomic int turn[THREADS / 2];

static long futex(_Atomic int *addr, int op, int val)
{
    return syscall(SYS_futex, addr, op | FUTEX_PRIVATE_FLAG, val, NULL, NULL, 0);
}

/* Waits until the pair's word says it is `me`'s turn, then hands it over. */
static void ping_pong(int id)
{
    _Atomic int *w = &turn[id / 2];
    int me = id & 1;
    while (atomic_load(w) != me) futex(w, FUTEX_WAIT, !me);
    atomic_store(w, !me);
    futex(w, FUTEX_WAKE, 1);
}

/* ---- signals ---- */
static _Atomic long received_self, received_other;
static __thread long mine;

static void on_usr1(int sig) { (void)sig; atomic_fetch_add(&received_self, 1); mine++; }
static void on_usr2(int sig) { (void)sig; atomic_fetch_add(&received_other, 1); }

static pid_t tids[THREADS];

/* ---- the shared code page: rewritten under the write lock, called under the read lock ---- */
static pthread_rwlock_t shared_lock = PTHREAD_RWLOCK_INITIALIZER;
static unsigned char *shared_code;
static int shared_value;
static _Atomic long shared_mismatches, shared_calls;

static void rewrite_shared(int value)
{
    pthread_rwlock_wrlock(&shared_lock);
    mprotect(shared_code, page, PROT_READ | PROT_WRITE);
    emit_return(shared_code, (uint32_t)value);
    __builtin___clear_cache((char *)shared_code, (char *)shared_code + 16);
    mprotect(shared_code, page, PROT_READ | PROT_EXEC);
    shared_value = value;
    pthread_rwlock_unlock(&shared_lock);
}

static void call_shared(void)
{
    pthread_rwlock_rdlock(&shared_lock);
    if (((fn_t)shared_code)() != shared_value) atomic_fetch_add(&shared_mismatches, 1);
    atomic_fetch_add(&shared_calls, 1);
    pthread_rwlock_unlock(&shared_lock);
}

/* ---- per thread ---- */
static _Atomic long code_ok, data_ok, forks_ok, failures;

static void *worker(void *arg)
{
    int id = (int)(intptr_t)arg;
    tids[id] = (pid_t)syscall(SYS_gettid);
    unsigned seed = (unsigned)id * 2654435761u + 1;
    /* A code page of its own, rewritten each round. */
    unsigned char *code = mmap(NULL, page, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int r = 0; r < rounds; r++) {
        seed = seed * 1103515245u + 12345u;
        /* Data: map, fill, protect, check, unmap. */
        size_t n = (size_t)(1 + (seed >> 16) % 4) * (size_t)page;
        unsigned char *d = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (d == MAP_FAILED) { atomic_fetch_add(&failures, 1); continue; }
        for (size_t i = 0; i < n; i += 97) d[i] = (unsigned char)(i + r + id);
        mprotect(d, n, PROT_READ);
        int good = 1;
        for (size_t i = 0; i < n; i += 97) good &= d[i] == (unsigned char)(i + r + id);
        munmap(d, n);
        if (good) atomic_fetch_add(&data_ok, 1);

        /* Its code: W^X flips and a rewrite each round (the value must change). */
        int want = (id * 31 + r) % 2000;
        mprotect(code, page, PROT_READ | PROT_WRITE);
        emit_return(code + (r % 8) * 64, (uint32_t)want);
        __builtin___clear_cache((char *)code, (char *)code + page);
        mprotect(code, page, PROT_READ | PROT_EXEC);
        if (((fn_t)(code + (r % 8) * 64))() == want) atomic_fetch_add(&code_ok, 1);
        else atomic_fetch_add(&failures, 1);

        /* The shared page: every 8th round this thread rewrites it, else calls it. */
        if ((r + id) % 8 == 0) rewrite_shared((id + r) % 2000); else call_shared();

        /* Futex ping-pong with the partner. */
        ping_pong(id);

        /* A signal to itself (delivered before the call returns) and one to a neighbour. */
        syscall(SYS_tgkill, getpid(), tids[id], SIGUSR1);
        pid_t other = tids[(id + 1 + (seed >> 8) % (THREADS - 1)) % THREADS];
        if (other) syscall(SYS_tgkill, getpid(), other, SIGUSR2);

        /* Now and then: fork, and the child execs this program to exit with a code. */
        if (r % 16 == 5 && id % 4 == 0) {
            pid_t c = fork();
            if (c == 0) {
                char code_arg[16];
                snprintf(code_arg, sizeof code_arg, "%d", (id + r) % 100);
                execl(self_path, self_path, "exit", code_arg, (char *)NULL);
                _exit(127);
            }
            int st = 0;
            while (waitpid(c, &st, 0) < 0 && errno == EINTR) {}
            if (WIFEXITED(st) && WEXITSTATUS(st) == (id + r) % 100) atomic_fetch_add(&forks_ok, 1);
            else atomic_fetch_add(&failures, 1);
        }
    }
    munmap(code, page);
    if (mine != rounds) atomic_fetch_add(&failures, 1);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc > 2 && strcmp(argv[1], "exit") == 0) return atoi(argv[2]);
    if (argc > 1) rounds = atoi(argv[1]);
    /* The program's own path (an emulator answers for its guest here). */
    ssize_t len = readlink("/proc/self/exe", self_path, sizeof self_path - 1);
    CHECK(len > 0, "%s", en(errno));
    if (len <= 0) return 1;
    self_path[len] = 0;
    page = sysconf(_SC_PAGESIZE);
    struct sigaction sa = {0};
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR1, &sa, NULL);
    sa.sa_handler = on_usr2;
    sigaction(SIGUSR2, &sa, NULL);
    shared_code = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    rewrite_shared(1);

    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) turn[i / 2] = 0;
    for (int i = 0; i < THREADS; i++) CHECK(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) == 0, "create %d", i);
    for (int i = 0; i < THREADS; i++) pthread_join(t[i], NULL);

    long forks_expected = 0;
    for (int id = 0; id < THREADS; id += 4)
        for (int r = 0; r < rounds; r++) forks_expected += r % 16 == 5;
    printf("threads %d, rounds %d\n", THREADS, rounds);
    printf("data rounds right: %ld\n", (long)data_ok);
    printf("own code rounds right: %ld\n", (long)code_ok);
    printf("shared code calls wrong: %ld\n", (long)shared_mismatches);
    printf("signals to self: %ld\n", (long)received_self);
    printf("fork+exec right: %ld of %ld\n", (long)forks_ok, forks_expected);
    printf("failures: %ld\n", (long)failures);
    CHECK(data_ok == THREADS * rounds && code_ok == THREADS * rounds, "%ld %ld", (long)data_ok, (long)code_ok);
    CHECK(shared_mismatches == 0 && shared_calls > 0, "%ld", (long)shared_mismatches);
    CHECK(received_self == THREADS * rounds, "%ld", (long)received_self);
    CHECK(forks_ok == forks_expected && failures == 0, "%ld %ld", (long)forks_ok, (long)failures);
    return conf_failures;
}
