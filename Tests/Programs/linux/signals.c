/* Signals: handlers and masks, sa_mask, SA_NODEFER, SA_RESETHAND, SA_SIGINFO fields for
 * raise/kill/sigqueue and for SIGSEGV/SIGBUS/SIGILL/SIGFPE-free faults, siglongjmp out of
 * SIGSEGV, sigaltstack + SA_ONSTACK (also for a stack overflow), sigsuspend,
 * sigtimedwait/sigwaitinfo, queued real-time signals, kill/raise/tgkill, SIGCHLD,
 * SIG_IGN, sigpending, pause, signals across fork, ucontext edits in a handler. */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <fenv.h>
#include <ucontext.h>

static pid_t gettid_(void) { return (pid_t)syscall(SYS_gettid); }

static volatile sig_atomic_t hits[65];
static volatile int order[32], norder;
static void counting(int sig)
{
    hits[sig]++;
    if (norder < 32) order[norder++] = sig;
}

static void reset_counts(void)
{
    memset((void *)hits, 0, sizeof hits);
    norder = 0;
}

static void print_order(const char *what)
{
    printf("%s:", what);
    for (int i = 0; i < norder; i++) printf(" %s", sigabbrev_np(order[i]));
    printf("\n");
}

static void set_handler(int sig, void (*h)(int), int flags, const sigset_t *mask)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    if (mask) sa.sa_mask = *mask;
    CHECK(sigaction(sig, &sa, NULL) == 0);
}

static sigset_t one(int sig)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    return s;
}

/* ---- basic delivery, blocking, pending, unblocking delivers at once ---- */
static void test_mask_and_pending(void)
{
    reset_counts();
    set_handler(SIGUSR1, counting, 0, NULL);
    raise(SIGUSR1);
    CHECK(hits[SIGUSR1] == 1);
    sigset_t s = one(SIGUSR1), old, pend;
    sigprocmask(SIG_BLOCK, &s, &old);
    raise(SIGUSR1);
    raise(SIGUSR1); /* standard signals do not queue */
    sigpending(&pend);
    int was_pending = sigismember(&pend, SIGUSR1), hits_blocked = hits[SIGUSR1];
    sigprocmask(SIG_SETMASK, &old, NULL); /* delivered before sigprocmask returns */
    int after_unblock = hits[SIGUSR1];
    sigpending(&pend);
    CHECK(was_pending && hits_blocked == 1 && after_unblock == 2 && !sigismember(&pend, SIGUSR1));
    printf("mask: pending while blocked %d, handled while blocked %d, after unblock %d\n", was_pending,
           hits_blocked - 1, after_unblock - 1);

    /* The mask as sigprocmask reports it; SIGKILL/SIGSTOP cannot be blocked. */
    sigset_t all, cur;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, &old);
    sigprocmask(SIG_SETMASK, NULL, &cur);
    int kill_blocked = sigismember(&cur, SIGKILL), stop_blocked = sigismember(&cur, SIGSTOP);
    int usr2_blocked = sigismember(&cur, SIGUSR2), rt_blocked = sigismember(&cur, SIGRTMIN + 3);
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(!kill_blocked && !stop_blocked && usr2_blocked && rt_blocked);
    printf("mask: fill blocks USR2 %d RTMIN+3 %d, KILL %d STOP %d\n", usr2_blocked, rt_blocked, kill_blocked,
           stop_blocked);
    errno = 0;
    int r = sigprocmask(99, &all, NULL);
    printf("sigprocmask(99): %d %s\n", r, en(errno));
    errno = 0;
    r = sigaction(SIGKILL, &(struct sigaction){ .sa_handler = counting }, NULL);
    printf("sigaction(SIGKILL): %d %s\n", r, en(errno));
    errno = 0;
    r = sigaction(65, NULL, NULL);
    printf("sigaction(65): %d %s\n", r, en(errno));
}

/* ---- sa_mask defers a signal raised inside the handler; SA_NODEFER nests ---- */
static volatile int depth, max_depth;
static void nesting(int sig)
{
    depth++;
    if (depth > max_depth) max_depth = depth;
    if (norder < 32) order[norder++] = sig;
    if (sig == SIGUSR1 && hits[SIGUSR1]++ == 0) {
        raise(SIGUSR2);  /* in sa_mask: waits until we return */
        raise(SIGUSR1);  /* SA_NODEFER or not */
    }
    depth--;
}

static void test_sa_mask_nodefer(void)
{
    reset_counts();
    sigset_t m = one(SIGUSR2);
    set_handler(SIGUSR1, nesting, 0, &m);
    set_handler(SIGUSR2, nesting, 0, NULL);
    max_depth = 0;
    raise(SIGUSR1);
    print_order("sa_mask, no SA_NODEFER");
    printf("  max nesting %d\n", max_depth);
    CHECK(max_depth == 1);

    reset_counts();
    set_handler(SIGUSR1, nesting, SA_NODEFER, &m);
    max_depth = 0;
    raise(SIGUSR1);
    print_order("sa_mask, SA_NODEFER");
    printf("  max nesting %d\n", max_depth);
    CHECK(max_depth == 2);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGUSR2, SIG_DFL);
}

/* ---- the mask inside a handler ---- */
static volatile int in_handler_usr1_blocked, in_handler_usr2_blocked, in_handler_term_blocked;
static void mask_probe(int sig)
{
    (void)sig;
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    in_handler_usr1_blocked = sigismember(&cur, SIGUSR1);
    in_handler_usr2_blocked = sigismember(&cur, SIGUSR2);
    in_handler_term_blocked = sigismember(&cur, SIGTERM);
}

static void test_handler_mask(void)
{
    sigset_t m = one(SIGTERM);
    set_handler(SIGUSR1, mask_probe, 0, &m);
    raise(SIGUSR1);
    sigset_t after;
    sigprocmask(SIG_SETMASK, NULL, &after);
    CHECK(in_handler_usr1_blocked && !in_handler_usr2_blocked && in_handler_term_blocked);
    CHECK(!sigismember(&after, SIGUSR1) && !sigismember(&after, SIGTERM));
    printf("mask in handler: USR1 %d USR2 %d TERM %d; after return USR1 %d TERM %d\n", in_handler_usr1_blocked,
           in_handler_usr2_blocked, in_handler_term_blocked, sigismember(&after, SIGUSR1),
           sigismember(&after, SIGTERM));
    signal(SIGUSR1, SIG_DFL);
}

/* ---- SA_RESETHAND ---- */
static void test_resethand(void)
{
    reset_counts();
    set_handler(SIGUSR2, counting, SA_RESETHAND, NULL);
    raise(SIGUSR2);
    struct sigaction now;
    sigaction(SIGUSR2, NULL, &now);
    int is_default = now.sa_handler == SIG_DFL;
    CHECK(hits[SIGUSR2] == 1 && is_default);
    printf("SA_RESETHAND: handled %d, then SIG_DFL %d\n", hits[SIGUSR2], is_default);
    /* The reset disposition really is the default: a child dies of the second one. */
    pid_t pid = fork();
    if (pid == 0) {
        set_handler(SIGUSR2, counting, SA_RESETHAND, NULL);
        raise(SIGUSR2);
        raise(SIGUSR2);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR2);
    printf("SA_RESETHAND child: killed by %s\n", WIFSIGNALED(st) ? sigabbrev_np(WTERMSIG(st)) : "-");
}

/* ---- SA_SIGINFO fields for raise, kill, sigqueue, tgkill ---- */
static siginfo_t last_info;
static volatile int info_hits;
static void info_handler(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    last_info = *si;
    info_hits++;
}

/* One SA_SIGINFO handler for both fault signals. */
static void on_segv_and_bus(void (*h)(int, siginfo_t *, void *))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = h;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

static const char *code_name(int code)
{
    switch (code) {
    case SI_USER: return "SI_USER";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_TKILL: return "SI_TKILL";
    case SI_TIMER: return "SI_TIMER";
    case SI_KERNEL: return "SI_KERNEL";
    default: return "other";
    }
}

static void test_siginfo(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = info_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGUSR1, &sa, NULL);

    raise(SIGUSR1);
    CHECK(last_info.si_signo == SIGUSR1 && last_info.si_code == SI_TKILL && last_info.si_pid == getpid()
          && last_info.si_uid == getuid());
    printf("raise: signo %s code %s pid/uid are ours %d\n", sigabbrev_np(last_info.si_signo),
           code_name(last_info.si_code), last_info.si_pid == getpid() && last_info.si_uid == getuid());

    kill(getpid(), SIGUSR1);
    CHECK(last_info.si_code == SI_USER && last_info.si_pid == getpid());
    printf("kill: code %s pid is ours %d\n", code_name(last_info.si_code), last_info.si_pid == getpid());

    syscall(SYS_tgkill, getpid(), gettid_(), SIGUSR1);
    CHECK(last_info.si_code == SI_TKILL);
    printf("tgkill: code %s\n", code_name(last_info.si_code));

    union sigval v = { .sival_int = 4242 };
    sigqueue(getpid(), SIGUSR1, v);
    CHECK(last_info.si_code == SI_QUEUE && last_info.si_value.sival_int == 4242 && last_info.si_pid == getpid());
    printf("sigqueue: code %s value %d\n", code_name(last_info.si_code), last_info.si_value.sival_int);
    v.sival_ptr = (void *)0x123456789abcull;
    sigqueue(getpid(), SIGUSR1, v);
    CHECK(last_info.si_value.sival_ptr == (void *)0x123456789abcull);
    printf("sigqueue pointer value: %#llx\n", (unsigned long long)(uintptr_t)last_info.si_value.sival_ptr);
    signal(SIGUSR1, SIG_DFL);
}

/* SIGSEGV and SIGBUS sent by kill/raise are ordinary signals (si_code SI_USER/SI_TKILL,
 * si_pid the sender), held pending while blocked, not faults: an emulator that takes
 * SIGSEGV for its own guest-memory faults must still hand them to the program. */
static void test_sent_fault_signals(void)
{
    on_segv_and_bus(info_handler);

    info_hits = 0;
    raise(SIGSEGV);
    CHECK(info_hits == 1 && last_info.si_signo == SIGSEGV && last_info.si_code == SI_TKILL
          && last_info.si_pid == getpid());
    printf("raise(SIGSEGV): hits %d code %s pid is ours %d\n", info_hits, code_name(last_info.si_code),
           last_info.si_pid == getpid());
    kill(getpid(), SIGBUS);
    CHECK(info_hits == 2 && last_info.si_signo == SIGBUS && last_info.si_code == SI_USER);
    printf("kill(SIGBUS): hits %d code %s\n", info_hits, code_name(last_info.si_code));

    sigset_t m = one(SIGSEGV), pending;
    sigprocmask(SIG_BLOCK, &m, NULL);
    raise(SIGSEGV);
    sigpending(&pending);
    CHECK(info_hits == 2 && sigismember(&pending, SIGSEGV));
    printf("blocked SIGSEGV: hits %d pending %d\n", info_hits, sigismember(&pending, SIGSEGV));
    sigprocmask(SIG_UNBLOCK, &m, NULL);
    CHECK(info_hits == 3 && last_info.si_signo == SIGSEGV);
    printf("unblocked SIGSEGV: hits %d\n", info_hits);
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
}

/* ---- real-time signals queue, in order, lowest number first ---- */
static int rt_values[16], n_rt;
static int rt_signals[16];
static void rt_handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    if (n_rt < 16) {
        rt_signals[n_rt] = sig - SIGRTMIN;
        rt_values[n_rt++] = si->si_value.sival_int;
    }
}

static void test_rt_queue(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = rt_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGRTMIN, &sa, NULL);
    sigaction(SIGRTMIN + 1, &sa, NULL);
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGRTMIN);
    sigaddset(&s, SIGRTMIN + 1);
    sigprocmask(SIG_BLOCK, &s, &old);
    for (int i = 1; i <= 3; i++) sigqueue(getpid(), SIGRTMIN + 1, (union sigval){ .sival_int = 10 + i });
    for (int i = 1; i <= 3; i++) sigqueue(getpid(), SIGRTMIN, (union sigval){ .sival_int = i });
    sigprocmask(SIG_SETMASK, &old, NULL);
    printf("queued real-time signals:");
    for (int i = 0; i < n_rt; i++) printf(" RTMIN+%d=%d", rt_signals[i], rt_values[i]);
    printf("\n");
    /* Each unblocked signal gets its frame on top of the last one's (the kernel handles
     * all pending signals before returning to user space): the last frame set up runs
     * first, so RTMIN+1's instances come before RTMIN's, each set in queue order. */
    CHECK(n_rt == 6 && rt_values[0] == 11 && rt_values[2] == 13 && rt_values[3] == 1 && rt_values[5] == 3);
    signal(SIGRTMIN, SIG_DFL);
    signal(SIGRTMIN + 1, SIG_DFL);
}

/* ---- synchronous faults: SIGSEGV fields, siglongjmp out, mask restored ---- */
static sigjmp_buf jb;
static siginfo_t fault_info;
static int fault_sig;
static void fault_handler(int sig, siginfo_t *si, void *uc)
{
    (void)uc;
    fault_sig = sig;
    fault_info = *si;
    siglongjmp(jb, 1);
}

static const char *segv_code(int c)
{
    return c == SEGV_MAPERR ? "SEGV_MAPERR" : c == SEGV_ACCERR ? "SEGV_ACCERR" : "other";
}

static void test_segv(void)
{
    on_segv_and_bus(fault_handler);

    volatile int *bad = (int *)0x1000;
    if (sigsetjmp(jb, 1) == 0) {
        *bad = 1;
        printf("no fault?\n");
    }
    CHECK(fault_sig == SIGSEGV && fault_info.si_code == SEGV_MAPERR && fault_info.si_addr == (void *)0x1000);
    printf("write to unmapped: %s %s addr %p\n", sigabbrev_np(fault_sig), segv_code(fault_info.si_code),
           fault_info.si_addr);

    char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    fault_sig = 0;
    if (sigsetjmp(jb, 1) == 0) {
        ro[100] = 1;
    }
    CHECK(fault_sig == SIGSEGV && fault_info.si_code == SEGV_ACCERR && fault_info.si_addr == ro + 100);
    printf("write to read-only: %s %s at offset %ld\n", sigabbrev_np(fault_sig), segv_code(fault_info.si_code),
           (long)((char *)fault_info.si_addr - ro));
    fault_sig = 0;
    volatile char sink;
    if (sigsetjmp(jb, 1) == 0) {
        mprotect(ro, 4096, PROT_NONE);
        sink = ro[8];
    }
    (void)sink;
    CHECK(fault_sig == SIGSEGV && fault_info.si_code == SEGV_ACCERR);
    printf("read of PROT_NONE: %s %s at offset %ld\n", sigabbrev_np(fault_sig), segv_code(fault_info.si_code),
           (long)((char *)fault_info.si_addr - ro));
    munmap(ro, 4096);

    /* Jumping to an unmapped address: the fault address is the PC. */
    fault_sig = 0;
    if (sigsetjmp(jb, 1) == 0) {
        void (*fn)(void) = (void (*)(void))0x2000;
        fn();
    }
    CHECK(fault_sig == SIGSEGV && fault_info.si_addr == (void *)0x2000);
    printf("call to unmapped: %s %s addr %p\n", sigabbrev_np(fault_sig), segv_code(fault_info.si_code),
           fault_info.si_addr);

    /* siglongjmp restored the mask saved by sigsetjmp: SIGSEGV is not blocked. */
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGSEGV));
    printf("after siglongjmp: SIGSEGV blocked %d\n", sigismember(&cur, SIGSEGV));

    /* A fault while SIGSEGV is blocked kills, handler or not. */
    pid_t pid = fork();
    if (pid == 0) {
        sigset_t s = one(SIGSEGV);
        sigprocmask(SIG_BLOCK, &s, NULL);
        *bad = 2;
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
    printf("fault with SIGSEGV blocked: killed by %s\n", WIFSIGNALED(st) ? sigabbrev_np(WTERMSIG(st)) : "-");
    /* ... and with SIGSEGV ignored. */
    pid = fork();
    if (pid == 0) {
        signal(SIGSEGV, SIG_IGN);
        *bad = 3;
        _exit(0);
    }
    waitpid(pid, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
    printf("fault with SIGSEGV ignored: killed by %s\n", WIFSIGNALED(st) ? sigabbrev_np(WTERMSIG(st)) : "-");
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
}

/* ---- a handler that fixes the fault by editing nothing but skipping: returns to a retry ---- */
static char *retry_page;
static volatile int retries;
static void unprotect(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    retries++;
    mprotect((void *)((uintptr_t)si->si_addr & ~4095ul), 4096, PROT_READ | PROT_WRITE);
}

static void test_fault_retry(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = unprotect;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    retry_page = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < 8192; i += 512) retry_page[i] = (char)i; /* faults twice, once per page */
    int ok = 1;
    for (int i = 0; i < 8192; i += 512) ok &= retry_page[i] == (char)i;
    CHECK(retries == 2 && ok);
    printf("handler unprotects and the store is retried: %d faults, data ok %d\n", retries, ok);
    munmap(retry_page, 8192);
    signal(SIGSEGV, SIG_DFL);
}

/* ---- sigaltstack and SA_ONSTACK, also for a stack overflow ---- */
static char *alt_base;
static size_t alt_size;
static volatile int on_alt, ss_flags_in_handler;
static void alt_handler(int sig)
{
    (void)sig;
    char here;
    on_alt = &here >= alt_base && &here < alt_base + alt_size;
    stack_t cur;
    sigaltstack(NULL, &cur);
    ss_flags_in_handler = cur.ss_flags;
}

static volatile int overflow_caught;
static void overflow_handler(int sig, siginfo_t *si, void *uc)
{
    (void)si;
    (void)uc;
    char here;
    overflow_caught = sig == SIGSEGV && &here >= alt_base && &here < alt_base + alt_size;
    siglongjmp(jb, 1);
}

static int recurse(volatile char *p, int n)
{
    volatile char buf[1024];
    buf[0] = (char)n;
    buf[1023] = p ? p[0] : 0;
    return recurse(buf, n + 1) + buf[1];
}

static void test_altstack(void)
{
    alt_size = 64 * 1024;
    alt_base = malloc(alt_size);
    stack_t ss = { .ss_sp = alt_base, .ss_size = alt_size, .ss_flags = 0 }, old;
    CHECK(sigaltstack(&ss, &old) == 0);
    CHECK(old.ss_flags == SS_DISABLE);
    set_handler(SIGUSR1, alt_handler, SA_ONSTACK, NULL);
    raise(SIGUSR1);
    int with_onstack = on_alt, flags1 = ss_flags_in_handler;
    set_handler(SIGUSR1, alt_handler, 0, NULL);
    raise(SIGUSR1);
    int without = on_alt, flags2 = ss_flags_in_handler;
    CHECK(with_onstack && flags1 == SS_ONSTACK && !without && flags2 == 0);
    printf("sigaltstack: SA_ONSTACK handler on it %d (ss_flags %d), plain handler on it %d (ss_flags %d)\n",
           with_onstack, flags1, without, flags2);

    errno = 0;
    stack_t tiny = { .ss_sp = alt_base, .ss_size = 512, .ss_flags = 0 };
    int r = sigaltstack(&tiny, NULL);
    printf("sigaltstack too small: %d %s\n", r, en(errno));
    /* The smallest size is the kernel's MINSIGSTKSZ of the architecture (glibc's macro
     * may be sysconf(_SC_MINSIGSTKSZ) instead). */
#if defined(__aarch64__)
    const size_t kernel_min = 5120;
#else
    const size_t kernel_min = 2048;
#endif
    stack_t below = { .ss_sp = alt_base, .ss_size = kernel_min - 1, .ss_flags = 0 };
    stack_t at_min = { .ss_sp = alt_base, .ss_size = kernel_min, .ss_flags = 0 };
    errno = 0;
    r = sigaltstack(&below, NULL);
    int e = errno;
    int r2 = sigaltstack(&at_min, NULL);
    CHECK(r == -1 && e == ENOMEM && r2 == 0);
    printf("sigaltstack of MINSIGSTKSZ-1: %d %s, of MINSIGSTKSZ: %d\n", r, en(e), r2);
    CHECK(sigaltstack(&ss, NULL) == 0);
    errno = 0;
    stack_t badflags = { .ss_sp = alt_base, .ss_size = alt_size, .ss_flags = 99 };
    r = sigaltstack(&badflags, NULL);
    printf("sigaltstack bad flags: %d %s\n", r, en(errno));

    /* Stack overflow in a child (the handler can only run on the alternate stack). */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        struct rlimit rl = { 1 << 20, 1 << 20 };
        setrlimit(RLIMIT_STACK, &rl);
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = overflow_handler;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigaction(SIGSEGV, &sa, NULL);
        if (sigsetjmp(jb, 1) == 0) recurse(NULL, 0);
        _exit(overflow_caught ? 0 : 1);
    }
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    printf("stack overflow caught on the alternate stack: %d\n", WIFEXITED(st) && WEXITSTATUS(st) == 0);

    ss.ss_flags = SS_DISABLE;
    CHECK(sigaltstack(&ss, NULL) == 0);
    sigaltstack(NULL, &old);
    CHECK(old.ss_flags == SS_DISABLE);
    signal(SIGUSR1, SIG_DFL);
}

/* ---- sigsuspend: waits with a temporary mask, returns EINTR, mask restored ---- */
static volatile int usr2_blocked_in_handler = -1;
static void suspend_handler(int sig)
{
    hits[sig]++;
    sigset_t cur;
    sigprocmask(SIG_SETMASK, NULL, &cur);
    usr2_blocked_in_handler = sigismember(&cur, SIGUSR2);
}

static void test_sigsuspend(void)
{
    reset_counts();
    set_handler(SIGUSR1, suspend_handler, 0, NULL);
    sigset_t block = one(SIGUSR1), old;
    sigprocmask(SIG_BLOCK, &block, &old);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        usleep(10000);
        kill(parent, SIGUSR1);
        _exit(0);
    }
    sigset_t wait_mask = one(SIGUSR2); /* USR1 open, USR2 blocked while waiting */
    errno = 0;
    int r = sigsuspend(&wait_mask);
    int e = errno;
    sigset_t after;
    sigprocmask(SIG_SETMASK, NULL, &after);
    CHECK(r == -1 && e == EINTR && hits[SIGUSR1] == 1 && usr2_blocked_in_handler == 1);
    CHECK(sigismember(&after, SIGUSR1) && !sigismember(&after, SIGUSR2));
    printf("sigsuspend: %d %s, handled %d, USR2 blocked in handler %d, after: USR1 blocked %d USR2 %d\n", r, en(e),
           hits[SIGUSR1], usr2_blocked_in_handler, sigismember(&after, SIGUSR1), sigismember(&after, SIGUSR2));
    waitpid(pid, NULL, 0);

    /* A signal already pending is taken by sigsuspend at once. */
    raise(SIGUSR1);
    sigset_t empty;
    sigemptyset(&empty);
    r = sigsuspend(&empty);
    CHECK(hits[SIGUSR1] == 2);
    printf("sigsuspend with one pending: %d, handled %d\n", r, hits[SIGUSR1]);
    sigprocmask(SIG_SETMASK, &old, NULL);
    signal(SIGUSR1, SIG_DFL);
}

/* ---- sigwaitinfo, sigtimedwait, sigwait ---- */
static void test_sigwait(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    sigaddset(&s, SIGRTMIN + 2);
    sigset_t old;
    sigprocmask(SIG_BLOCK, &s, &old);
    set_handler(SIGUSR2, counting, 0, NULL); /* never runs: the signal is taken by the wait */
    reset_counts();

    raise(SIGUSR2);
    siginfo_t si;
    int r = sigwaitinfo(&s, &si);
    CHECK(r == SIGUSR2 && si.si_signo == SIGUSR2 && si.si_pid == getpid());
    printf("sigwaitinfo: %s code %s\n", sigabbrev_np(r), code_name(si.si_code));

    sigqueue(getpid(), SIGRTMIN + 2, (union sigval){ .sival_int = 77 });
    struct timespec ts = { 1, 0 };
    r = sigtimedwait(&s, &si, &ts);
    CHECK(r == SIGRTMIN + 2 && si.si_code == SI_QUEUE && si.si_value.sival_int == 77);
    printf("sigtimedwait: RTMIN+%d code %s value %d\n", r - SIGRTMIN, code_name(si.si_code), si.si_value.sival_int);

    ts.tv_sec = 0;
    ts.tv_nsec = 10 * 1000 * 1000;
    errno = 0;
    r = sigtimedwait(&s, &si, &ts);
    CHECK(r == -1 && errno == EAGAIN);
    printf("sigtimedwait timeout: %d %s\n", r, en(errno));

    /* From another process, while we wait. */
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        usleep(10000);
        kill(parent, SIGUSR2);
        _exit(0);
    }
    int sig = 0;
    r = sigwait(&s, &sig);
    CHECK(r == 0 && sig == SIGUSR2);
    printf("sigwait from a child's kill: %s\n", sigabbrev_np(sig));
    waitpid(pid, NULL, 0);
    CHECK(hits[SIGUSR2] == 0);
    printf("handler ran: %d\n", hits[SIGUSR2]);
    sigprocmask(SIG_SETMASK, &old, NULL);
    signal(SIGUSR2, SIG_DFL);
}

/* ---- SIGCHLD handler with siginfo ---- */
static volatile int chld_hits, chld_code, chld_status;
static volatile pid_t chld_pid;
static void chld_handler(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    chld_hits++;
    chld_code = si->si_code;
    chld_status = si->si_status;
    chld_pid = si->si_pid;
}

static void test_sigchld(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = chld_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGCHLD, &sa, NULL);
    sigset_t block = one(SIGCHLD), old;
    sigprocmask(SIG_BLOCK, &block, &old);
    pid_t pid = fork();
    if (pid == 0) _exit(3);
    sigset_t empty;
    sigemptyset(&empty);
    while (chld_hits == 0) sigsuspend(&empty);
    CHECK(chld_code == CLD_EXITED && chld_status == 3 && chld_pid == pid);
    printf("SIGCHLD: code %s status %d pid matches %d\n", chld_code == CLD_EXITED ? "CLD_EXITED" : "?", chld_status,
           chld_pid == pid);
    waitpid(pid, NULL, 0);

    chld_hits = 0;
    pid = fork();
    if (pid == 0) {
        for (;;) pause();
    }
    kill(pid, SIGKILL);
    while (chld_hits == 0) sigsuspend(&empty);
    CHECK(chld_code == CLD_KILLED && chld_status == SIGKILL);
    printf("SIGCHLD: code %s status %s\n", chld_code == CLD_KILLED ? "CLD_KILLED" : "?", sigabbrev_np(chld_status));
    waitpid(pid, NULL, 0);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* SA_NOCLDWAIT / SIGCHLD ignored: children are reaped automatically. */
    signal(SIGCHLD, SIG_IGN);
    pid = fork();
    if (pid == 0) _exit(0);
    errno = 0;
    int r = waitpid(pid, NULL, 0);
    CHECK(r == -1 && errno == ECHILD);
    printf("SIGCHLD ignored: waitpid %d %s\n", r, en(errno));
    signal(SIGCHLD, SIG_DFL);
}

/* ---- SIG_IGN, default-ignored signals, pause, handlers across fork ---- */
static void test_ignore_and_fork(void)
{
    signal(SIGUSR1, SIG_IGN);
    raise(SIGUSR1);
    printf("ignored SIGUSR1 survived\n");
    signal(SIGUSR1, SIG_DFL);
    raise(SIGWINCH); /* default action: ignore */
    raise(SIGURG);
    printf("default-ignored SIGWINCH/SIGURG survived\n");

    reset_counts();
    set_handler(SIGUSR1, counting, 0, NULL);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        /* The child inherits the handler and the mask. */
        raise(SIGUSR1);
        _exit(hits[SIGUSR1] == 1 ? 0 : 1);
    }
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    printf("handler inherited by fork: %d\n", WIFEXITED(st) && WEXITSTATUS(st) == 0);

    /* pause() returns after a handled signal from another process. */
    pid_t parent = getpid();
    pid = fork();
    if (pid == 0) {
        usleep(10000);
        kill(parent, SIGUSR1);
        _exit(0);
    }
    errno = 0;
    int r = pause();
    CHECK(r == -1 && errno == EINTR && hits[SIGUSR1] == 1);
    printf("pause: %d %s handled %d\n", r, en(errno), hits[SIGUSR1]);
    waitpid(pid, NULL, 0);
    signal(SIGUSR1, SIG_DFL);
}

/* ---- a handler edits the saved context: the interrupted code sees it ---- */
static volatile int skip_ok, context_fault_address_ok;
static void ctx_handler(int sig, siginfo_t *si, void *ucv)
{
    (void)sig;
    ucontext_t *uc = ucv;
#if defined(__aarch64__)
    context_fault_address_ok = uc->uc_mcontext.fault_address == (uintptr_t)si->si_addr;
    uc->uc_mcontext.pc += 4; /* skip the faulting instruction */
#elif defined(__riscv)
    /* riscv's sigcontext has no fault address field: si_addr is where it is told. */
    context_fault_address_ok = (uintptr_t)si->si_addr == 16;
    uc->uc_mcontext.__gregs[0] += 4; /* __gregs[0] is the pc (REG_PC); the sw is 4 bytes */
#elif defined(__x86_64__)
    context_fault_address_ok = (uintptr_t)uc->uc_mcontext.gregs[REG_CR2] == (uintptr_t)si->si_addr;
    uc->uc_mcontext.gregs[REG_RIP] += 2; /* movl %eax,(%rdx) is two bytes below */
#endif
    skip_ok = 1;
    sigaddset(&uc->uc_sigmask, SIGUSR2); /* becomes the mask after return */
}

static void test_ucontext(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = ctx_handler;
    sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    sigset_t old;
    sigprocmask(SIG_SETMASK, NULL, &old);
#if defined(__aarch64__)
    __asm__ volatile("mov x1, #16\n\tstr wzr, [x1]" ::: "x1", "memory");
#elif defined(__riscv)
    __asm__ volatile(".option push\n\t.option norvc\n\tli t0, 16\n\tsw zero, 0(t0)\n\t.option pop" ::: "t0", "memory");
#elif defined(__x86_64__)
    __asm__ volatile("mov $16, %%rdx\n\txor %%eax, %%eax\n\tmovl %%eax, (%%rdx)" ::: "rax", "rdx", "memory");
#endif
    sigset_t now;
    sigprocmask(SIG_SETMASK, NULL, &now);
    CHECK(skip_ok && sigismember(&now, SIGUSR2));
    printf("handler skipped the faulting store %d; uc_sigmask edit took effect %d; context fault address %d\n",
           skip_ok, sigismember(&now, SIGUSR2), context_fault_address_ok);
    CHECK(context_fault_address_ok);
    sigprocmask(SIG_SETMASK, &old, NULL);
    signal(SIGSEGV, SIG_DFL);
}

/* ---- the interrupted code's floating-point state survives a handler that changes it ---- */
static volatile double fp_sink;
static void fp_handler(int sig)
{
    (void)sig;
    fesetround(FE_UPWARD);
    volatile double x = 1.0;
    for (int i = 0; i < 100; i++) x = x * 1.0000001 + 1e-9;
    fp_sink = x;
    feraiseexcept(FE_INEXACT | FE_OVERFLOW);
}

/* The exception flags too: those the handler raised are gone after its sigreturn (the
 * frame's FP status is restored), and the interrupted code's own are kept. */
static void test_fp_state(void)
{
    set_handler(SIGUSR1, fp_handler, 0, NULL);
    feclearexcept(FE_ALL_EXCEPT);
    fesetround(FE_TOWARDZERO);
    double a = 1.0 / 3.0, b = 2.0 / 7.0, c = 1e300;
    raise(SIGUSR1);
    int mode_kept = fegetround() == FE_TOWARDZERO;
    int values_kept = a == 1.0 / 3.0 && b == 2.0 / 7.0 && c == 1e300;
    int handler_flags_gone = !fetestexcept(FE_OVERFLOW);
    fesetround(FE_TONEAREST);
    CHECK(mode_kept && values_kept && handler_flags_gone);
    printf("after a handler that changed it: rounding mode kept %d, values kept %d, handler's flags gone %d\n",
           mode_kept, values_kept, handler_flags_gone);
    signal(SIGUSR1, SIG_DFL);
}

/* ---- signals to a process blocked in the main thread, taken by another thread ---- */
static volatile pid_t taker;
static void who_handler(int sig)
{
    (void)sig;
    taker = gettid_();
}
static volatile pid_t worker_tid;
static volatile int worker_stop;
static void *open_worker(void *arg)
{
    (void)arg;
    worker_tid = gettid_();
    while (!worker_stop) usleep(1000);
    return NULL;
}

static void test_process_signal_to_unblocked_thread(void)
{
    set_handler(SIGUSR1, who_handler, 0, NULL);
    sigset_t s = one(SIGUSR1), old;
    pthread_sigmask(SIG_UNBLOCK, &s, &old);
    pthread_t t;
    pthread_create(&t, NULL, open_worker, NULL); /* inherits the open mask */
    pthread_sigmask(SIG_BLOCK, &s, NULL);        /* now only the main thread blocks it */
    while (!worker_tid) usleep(100);
    kill(getpid(), SIGUSR1);
    for (int i = 0; i < 2000 && !taker; i++) usleep(100);
    CHECK(taker == worker_tid);
    printf("process-directed signal taken by the thread that does not block it: %d\n", taker == worker_tid);
    worker_stop = 1;
    pthread_join(t, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    signal(SIGUSR1, SIG_DFL);
}

int main(void)
{
    test_mask_and_pending();
    test_sa_mask_nodefer();
    test_handler_mask();
    test_resethand();
    test_siginfo();
    test_sent_fault_signals();
    test_rt_queue();
    test_segv();
    test_fault_retry();
    test_altstack();
    test_sigsuspend();
    test_sigwait();
    test_sigchld();
    test_ignore_and_fork();
    test_ucontext();
    test_fp_state();
    test_process_signal_to_unblocked_thread();
    return conf_exit();
}
