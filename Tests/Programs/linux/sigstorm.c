/* A signal storm as Go's preemption makes one: SIGURG to each thread about every 100 µs
 * (tgkill from a storm thread, plus a POSIX timer aimed at one thread with
 * SIGEV_THREAD_ID), while threads sit in blocking calls and in tight loops. What the
 * calls return follows the kernel's restart rules (man 7 signal; kernel/signal.c and
 * arch/.../signal.c, handle_signal): with SA_RESTART, read on a pipe and FUTEX_WAIT
 * without a timeout are restarted (never EINTR); FUTEX_WAIT with a timeout and nanosleep
 * end with EINTR whenever a handler ran (-ERESTART_RESTARTBLOCK); without SA_RESTART all
 * of them end with EINTR. The tight loops' results must not change. Exit status: failed
 * checks. */
#include "conf.h"
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

#define TARGETS 6
static _Atomic pid_t targets[TARGETS];
static _Atomic int storm_on = 1;
static _Atomic long handled[TARGETS];
static __thread int slot = -1;
static _Atomic long handled_elsewhere;

static void on_urg(int sig)
{
    (void)sig;
    if (slot >= 0) atomic_fetch_add(&handled[slot], 1); else atomic_fetch_add(&handled_elsewhere, 1);
}

static void enter(int i)
{
    slot = i;
    atomic_store(&targets[i], (pid_t)syscall(SYS_gettid));
}

/* For the waits with a timeout: they start once the storm reaches this thread (on a
 * loaded machine starting the others may take longer than the wait itself). */
static void await_storm(void)
{
    while (atomic_load(&handled[slot]) == 0) sched_yield();
}

static void *storm(void *arg)
{
    (void)arg;
    struct timespec tick = {0, 100000};
    while (atomic_load(&storm_on)) {
        for (int i = 0; i < TARGETS; i++) {
            pid_t t = atomic_load(&targets[i]);
            if (t) syscall(SYS_tgkill, getpid(), t, SIGURG);
        }
        nanosleep(&tick, NULL);
    }
    return NULL;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L}, rem;
    while (nanosleep(&ts, &rem) != 0 && errno == EINTR) ts = rem;
}

static int pipefd[2];
static _Atomic int word;
static int eintr_read, eintr_futex, eintr_futex_timed, eintr_sleep;
static long got_read, futex_result_timed;
static uint64_t loop_result[2];

static void *reader(void *arg)
{
    (void)arg;
    enter(0);
    char c;
    for (;;) {
        ssize_t n = read(pipefd[0], &c, 1);
        if (n < 0 && errno == EINTR) { eintr_read++; continue; }
        got_read = n;
        break;
    }
    return NULL;
}

static void *futex_waiter(void *arg)
{
    (void)arg;
    enter(1);
    while (atomic_load(&word) == 0) {
        long r = syscall(SYS_futex, &word, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 0, NULL, NULL, 0);
        if (r < 0 && errno == EINTR) eintr_futex++;
    }
    return NULL;
}

static void *timed_futex_waiter(void *arg)
{
    (void)arg;
    enter(2);
    await_storm();
    /* 150 ms in all, asked again with what is left after each EINTR (absolute deadline). */
    struct timespec end, now;
    clock_gettime(CLOCK_MONOTONIC, &end);
    end.tv_nsec += 150000000L;
    if (end.tv_nsec >= 1000000000L) { end.tv_sec++; end.tv_nsec -= 1000000000L; }
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        long left = (end.tv_sec - now.tv_sec) * 1000000000L + (end.tv_nsec - now.tv_nsec);
        if (left <= 0) { futex_result_timed = ETIMEDOUT; break; }
        struct timespec rel = {left / 1000000000L, left % 1000000000L};
        long r = syscall(SYS_futex, &word, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 0, &rel, NULL, 0);
        if (r < 0 && errno == EINTR) { eintr_futex_timed++; continue; }
        futex_result_timed = r < 0 ? errno : 0;
        if (r < 0 && errno == EAGAIN) futex_result_timed = ETIMEDOUT;   /* the word changed: over */
        break;
    }
    return NULL;
}

static void *sleeper(void *arg)
{
    (void)arg;
    enter(3);
    await_storm();
    struct timespec ts = {0, 150000000L}, rem;
    while (nanosleep(&ts, &rem) != 0) {
        if (errno != EINTR) break;
        eintr_sleep++;
        ts = rem;
    }
    return NULL;
}

static void *tight(void *arg)
{
    int i = (int)(intptr_t)arg;
    enter(4 + i);
    uint64_t x = 88172645463325252ull + (uint64_t)i;
    for (long n = 0; n < 3000000; n++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    loop_result[i] = x;
    /* Still a target until the storm has reached it a few times (it may start late). */
    while (atomic_load(&handled[4 + i]) < 10) {}
    return NULL;
}

static void phase(int restart)
{
    struct sigaction sa = {0};
    sa.sa_handler = on_urg;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGURG, &sa, NULL);
    CHECK(pipe(pipefd) == 0, "%s", en(errno));
    atomic_store(&word, 0);
    eintr_read = eintr_futex = eintr_futex_timed = eintr_sleep = 0;
    for (int i = 0; i < TARGETS; i++) { atomic_store(&targets[i], 0); atomic_store(&handled[i], 0); }
    atomic_store(&storm_on, 1);

    pthread_t s, t[6];
    pthread_create(&t[0], NULL, reader, NULL);
    pthread_create(&t[1], NULL, futex_waiter, NULL);
    pthread_create(&t[2], NULL, timed_futex_waiter, NULL);
    pthread_create(&t[3], NULL, sleeper, NULL);
    pthread_create(&t[4], NULL, tight, (void *)0);
    pthread_create(&t[5], NULL, tight, (void *)1);
    /* Everyone has a thread id before the storm and the timer start. */
    for (int i = 0; i < TARGETS; i++) while (atomic_load(&targets[i]) == 0) sched_yield();
    pthread_create(&s, NULL, storm, NULL);
    timer_t timer;
    struct sigevent sev = {0};
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGURG;
    sev.sigev_notify_thread_id = atomic_load(&targets[1]);
    CHECK(timer_create(CLOCK_MONOTONIC, &sev, &timer) == 0, "%s", en(errno));
    struct itimerspec its = {{0, 100000}, {0, 100000}};
    CHECK(timer_settime(timer, 0, &its, NULL) == 0, "%s", en(errno));

    sleep_ms(300);
    pthread_join(t[2], NULL);
    pthread_join(t[3], NULL);
    pthread_join(t[4], NULL);
    pthread_join(t[5], NULL);
    CHECK(write(pipefd[1], "x", 1) == 1, "%s", en(errno));
    atomic_store(&word, 1);
    syscall(SYS_futex, &word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, 1, NULL, NULL, 0);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    timer_delete(timer);
    atomic_store(&storm_on, 0);
    pthread_join(s, NULL);
    close(pipefd[0]);
    close(pipefd[1]);

    const char *how = restart ? "SA_RESTART" : "no SA_RESTART";
    printf("%s: read returned %ld, interrupted %s\n", how, got_read, eintr_read ? "yes" : "no");
    printf("%s: futex wait interrupted %s\n", how, eintr_futex ? "yes" : "no");
    printf("%s: timed futex wait interrupted %s, ended %s\n", how, eintr_futex_timed ? "yes" : "no", en((int)futex_result_timed));
    printf("%s: nanosleep interrupted %s\n", how, eintr_sleep ? "yes" : "no");
    printf("%s: tight loops %016llx %016llx\n", how, (unsigned long long)loop_result[0], (unsigned long long)loop_result[1]);
    int all = 1;
    for (int i = 0; i < TARGETS; i++) all &= atomic_load(&handled[i]) > 0;
    printf("%s: every thread handled SIGURG %s\n", how, all ? "yes" : "no");
    CHECK(got_read == 1, "%ld", got_read);
    CHECK(restart ? eintr_read == 0 && eintr_futex == 0 : eintr_read > 0 && eintr_futex > 0, "%d %d", eintr_read, eintr_futex);
    CHECK(eintr_futex_timed > 0 && eintr_sleep > 0, "%d %d", eintr_futex_timed, eintr_sleep);
    CHECK(all, "a thread never ran the handler");
}

int main(void)
{
    phase(1);
    phase(0);
    return conf_failures;
}
