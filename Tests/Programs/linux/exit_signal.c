/* A process-directed signal is never lost because the thread it was meant for exits.
 * Linux keeps a signal sent with kill/sigqueue in the process's shared queue until a
 * thread takes it; a thread that blocks it (glibc's thread exit blocks every signal
 * first: nptl/pthread_create.c start_thread) or exits hands it on to another thread
 * (kernel/signal.c retarget_shared_pending, called from __set_task_blocked and
 * exit_signals). An emulator that catches the signal on the host thread and keeps it
 * for that guest thread must hand it on the same way, or it dies with the thread.
 *
 * The main thread blocks SIG (a real-time signal: queued, so every instance counts)
 * and keeps a few short-lived workers coming and going, each of which unblocks SIG
 * and returns at once; a sender thread (SIG blocked too) queues SIG to the process,
 * at most WINDOW at a time. Each instance is either handled by a worker or, while no
 * worker has it unblocked, left pending for the main thread, which takes it with
 * sigtimedwait between batches. In the end handled + taken must be what was sent.
 * With "raw" the workers end with exit(2) itself instead of returning to glibc.
 * Usage: exit_signal [signals [raw]] */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <time.h>

enum { BATCH = 4, WINDOW = 16 };
#define SIG (SIGRTMIN + 2)

static atomic_int handled, taken, sent, sender_done;
static int total = 2000;
static int raw_exit;

static void on_sig(int sig)
{
    (void)sig;
    atomic_fetch_add(&handled, 1);
}

static void *worker(void *arg)
{
    (void)arg;
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIG);
    pthread_sigmask(SIG_UNBLOCK, &s, NULL);
    /* exit(2) itself, with SIG still unblocked: what a runtime's own threads do (Go's
     * exitThread). The kernel clears the thread's tid all the same (CLONE_CHILD_CLEARTID),
     * which is what pthread_join waits for. */
    if (raw_exit) syscall(SYS_exit, 0);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Queues `total` instances, never more than WINDOW outstanding. Lost instances stay
 * outstanding for ever: after 10 s without progress the sender stops, so that the
 * losses are counted instead of hanging the program. */
static void *sender(void *arg)
{
    (void)arg;
    union sigval v = { .sival_int = 0 };
    for (int i = 0; i < total; i++) {
        double since = now();
        int last = -1, stuck = 0;
        for (;;) {
            int done = atomic_load(&handled) + atomic_load(&taken);
            if (i - done < WINDOW) break;
            if (done != last) { last = done; since = now(); }
            if (now() - since > 10) { stuck = 1; break; }
            sched_yield();
        }
        if (stuck) break;
        v.sival_int = i;
        CHECK(sigqueue(getpid(), SIG, v) == 0, "%s", en(errno));
        atomic_fetch_add(&sent, 1);
    }
    atomic_store(&sender_done, 1);
    return NULL;
}

/* Takes every instance pending for the process (none of its threads has SIG
 * unblocked at this moment, or one just did and will handle it: both count). */
static void take_pending(void)
{
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIG);
    struct timespec zero = { 0, 0 };
    while (sigtimedwait(&s, NULL, &zero) == SIG) atomic_fetch_add(&taken, 1);
}

int main(int argc, char **argv)
{
    if (argc > 1) total = atoi(argv[1]);
    raw_exit = argc > 2 && strcmp(argv[2], "raw") == 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sig;
    sigemptyset(&sa.sa_mask);
    CHECK(sigaction(SIG, &sa, NULL) == 0, "%s", en(errno));
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIG);
    CHECK(pthread_sigmask(SIG_BLOCK, &s, NULL) == 0, "blocking");

    pthread_t snd;
    CHECK(pthread_create(&snd, NULL, sender, NULL) == 0, "sender");
    long batches = 0;
    while (!atomic_load(&sender_done)) {
        pthread_t w[BATCH];
        for (int i = 0; i < BATCH; i++) CHECK(pthread_create(&w[i], NULL, worker, NULL) == 0, "worker");
        for (int i = 0; i < BATCH; i++) pthread_join(w[i], NULL);
        take_pending();
        batches++;
    }
    pthread_join(snd, NULL);
    take_pending();
    int h = atomic_load(&handled), t = atomic_load(&taken), n = atomic_load(&sent);
    CHECK(n == total, "sent %d of %d", n, total);
    CHECK(h + t == n, "sent %d, handled by exiting threads %d, taken by sigtimedwait %d: %d lost",
          n, h, t, n - h - t);
    CHECK(batches > 0, "no workers ran");
    if (h + t == n && n == total) printf("sent %d signals while threads came and went: none lost\n", total);
    return conf_exit();
}
