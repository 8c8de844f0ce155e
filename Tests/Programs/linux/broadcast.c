/* A signal to every thread at once. glibc's setuid/setgid/setgroups in a threaded
 * program change the credentials of every thread: the kernel's calls act on the
 * calling thread only (kernel/sys.c), so glibc sends SIGSETXID (33) to each thread
 * with tgkill and each runs the call in its handler (nptl/nptl_setxid.c). Go's
 * syscall.AllThreadsSyscall does the same with its own signal. Here the threads are
 * busy in loops (translated code), blocked in read, nanosleep, poll and a condition
 * wait, while the main thread broadcasts credential changes and then storms every
 * thread with tgkill of a real-time signal (queued: each thread must count exactly
 * the number sent) and a standard one.
 *
 * As root each round switches the effective gid (setresgid) and the supplementary
 * groups (setgroups) and checks every thread's own credentials in
 * /proc/self/task/TID/status; otherwise it broadcasts the calls that an unprivileged
 * process may make (setresgid/setresuid to the ids it has) and prints the same lines.
 * Usage: broadcast [rounds] */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <grp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/syscall.h>
#include <time.h>

enum { KINDS = 5, PER_KIND = 2, WORKERS = KINDS * PER_KIND, STORM = 24 };
static const char *kind_names[KINDS] = { "busy", "read", "nanosleep", "poll", "condwait" };

static pthread_t threads[WORKERS];
static atomic_int tids[WORKERS];
static atomic_int rt_counts[WORKERS];
static atomic_int usr_counts[WORKERS];
static atomic_int stop;
static int pipe_fds[2];
static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static __thread int my_index = -1;

static void on_rt(int sig)
{
    (void)sig;
    if (my_index >= 0) atomic_fetch_add(&rt_counts[my_index], 1);
}

static void on_usr(int sig)
{
    (void)sig;
    if (my_index >= 0) atomic_fetch_add(&usr_counts[my_index], 1);
}

static void *worker(void *arg)
{
    int i = (int)(long)arg;
    my_index = i;
    atomic_store(&tids[i], (int)syscall(SYS_gettid));
    volatile unsigned long spin = 0;
    char c;
    while (!atomic_load(&stop)) {
        switch (i % KINDS) {
        case 0:
            for (int n = 0; n < 100000 && !atomic_load(&stop); n++) spin += (unsigned long)n;
            break;
        case 1:
            /* SA_RESTART handlers: the read restarts; the main thread's end byte ends it. */
            if (read(pipe_fds[0], &c, 1) == 1) return NULL;
            break;
        case 2: {
            struct timespec ts = { 0, 2 * 1000 * 1000 };
            nanosleep(&ts, NULL);
            break;
        }
        case 3: {
            struct pollfd p = { pipe_fds[0], POLLIN, 0 };
            poll(&p, 1, 5);
            break;
        }
        case 4: {
            pthread_mutex_lock(&mutex);
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_nsec += 3 * 1000 * 1000;
            if (until.tv_nsec >= 1000000000) { until.tv_sec++; until.tv_nsec -= 1000000000; }
            if (!atomic_load(&stop)) pthread_cond_timedwait(&cond, &mutex, &until);
            pthread_mutex_unlock(&mutex);
            break;
        }
        }
    }
    return NULL;
}

/* The effective id in a "Uid:"/"Gid:" line of /proc/self/task/TID/status (real,
 * effective, saved, fs), and the "Groups:" line: the thread's own credentials. */
static int thread_creds(int tid, long *egid, char *groups, size_t size)
{
    char path[64], line[512];
    snprintf(path, sizeof path, "/proc/self/task/%d/status", tid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    *egid = -1;
    groups[0] = 0;
    while (fgets(line, sizeof line, f)) {
        long r, e;
        if (sscanf(line, "Gid: %ld %ld", &r, &e) == 2) *egid = e;
        if (strncmp(line, "Groups:", 7) == 0) {
            char *s = line + 7;
            while (*s == ' ' || *s == '\t') s++;
            s[strcspn(s, "\n")] = 0;
            /* The kernel ends the list with a space. */
            size_t n = strlen(s);
            while (n > 0 && s[n - 1] == ' ') s[--n] = 0;
            snprintf(groups, size, "%s", s);
        }
    }
    fclose(f);
    return 0;
}

static void broadcast_round(int round, int root, int *cred_failures)
{
    if (root) {
        gid_t egid = round & 1 ? 4321 : 0;
        gid_t list[2] = { 100 + (gid_t)round % 7, 200 };
        CHECK(setresgid((gid_t)-1, egid, (gid_t)-1) == 0, "round %d: setresgid: %s", round, en(errno));
        CHECK(setgroups(2, list) == 0, "round %d: setgroups: %s", round, en(errno));
        char want_groups[32];
        snprintf(want_groups, sizeof want_groups, "%u %u", list[0], list[1]);
        for (int i = 0; i < WORKERS; i++) {
            long got = -2;
            char groups[128];
            if (thread_creds(atomic_load(&tids[i]), &got, groups, sizeof groups) != 0
                || got != (long)egid || strcmp(groups, want_groups) != 0) {
                (*cred_failures)++;
                CHECK(0, "round %d: %s thread %d: egid %ld groups '%s', want %u '%s'", round, kind_names[i % KINDS], i,
                      got, groups, egid, want_groups);
            }
        }
    } else {
        CHECK(setresgid((gid_t)-1, getgid(), (gid_t)-1) == 0, "round %d: setresgid: %s", round, en(errno));
        CHECK(setresuid((uid_t)-1, getuid(), (uid_t)-1) == 0, "round %d: setresuid: %s", round, en(errno));
    }
}

/* Each thread must have counted every queued real-time signal: wait for them (a lost
 * one shows as a failure after 10 s, not as a hang). */
static void storm_round(int round, int expected)
{
    pid_t pid = getpid();
    for (int k = 0; k < STORM; k++)
        for (int i = 0; i < WORKERS; i++) {
            syscall(SYS_tgkill, pid, atomic_load(&tids[i]), SIGRTMIN + 3);
            if (k % 8 == 0) syscall(SYS_tgkill, pid, atomic_load(&tids[i]), SIGUSR1);
        }
    for (int i = 0; i < WORKERS; i++) {
        int waited = 0;
        while (atomic_load(&rt_counts[i]) < expected && waited < 10000) {
            struct timespec ts = { 0, 1000 * 1000 };
            nanosleep(&ts, NULL);
            waited++;
        }
        CHECK(atomic_load(&rt_counts[i]) == expected, "round %d: %s thread %d counted %d real-time signals, want %d",
              round, kind_names[i % KINDS], i, atomic_load(&rt_counts[i]), expected);
        CHECK(atomic_load(&usr_counts[i]) >= 1, "round %d: %s thread %d got no SIGUSR1", round, kind_names[i % KINDS], i);
    }
}

int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 20;
    int root = geteuid() == 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_flags = SA_RESTART;
    sa.sa_handler = on_rt;
    sigaction(SIGRTMIN + 3, &sa, NULL);
    sa.sa_handler = on_usr;
    sigaction(SIGUSR1, &sa, NULL);
    CHECK(pipe(pipe_fds) == 0, "pipe: %s", en(errno));

    for (int i = 0; i < WORKERS; i++) CHECK(pthread_create(&threads[i], NULL, worker, (void *)(long)i) == 0, "create");
    for (int i = 0; i < WORKERS; i++)
        while (atomic_load(&tids[i]) == 0) sched_yield();

    int cred_failures = 0;
    for (int round = 0; round < rounds; round++) {
        broadcast_round(round, root, &cred_failures);
        storm_round(round, STORM * (round + 1));
    }
    printf("rounds: %d, threads: %d, credential broadcasts checked per thread: %s\n", rounds, WORKERS,
           cred_failures == 0 ? "all" : "some failed");
    if (root) {
        /* Back to what the process started with, still across all threads. */
        CHECK(setresgid((gid_t)-1, 0, (gid_t)-1) == 0, "restore egid");
        CHECK(setgroups(0, NULL) == 0, "restore groups");
    }

    atomic_store(&stop, 1);
    pthread_mutex_lock(&mutex);
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&mutex);
    for (int i = 0; i < PER_KIND; i++) CHECK(write(pipe_fds[1], "e", 1) == 1, "end byte");
    for (int i = 0; i < WORKERS; i++) pthread_join(threads[i], NULL);
    long total = 0;
    for (int i = 0; i < WORKERS; i++) total += atomic_load(&rt_counts[i]);
    printf("real-time signals counted: %ld\n", total);
    return conf_exit();
}
