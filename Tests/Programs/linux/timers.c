/* Timers and interrupted system calls: setitimer SIGALRM interrupting a blocking read
 * (EINTR without SA_RESTART, restarted with it), alarm, nanosleep interrupted (never
 * restarted, remaining time), timer_create/settime/gettime/getoverrun/delete with
 * SIGEV_SIGNAL, SIGEV_THREAD_ID and SIGEV_THREAD, timerfd, signalfd, clock_nanosleep. */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <time.h>
#include <fcntl.h>

static volatile int alarms;
static int wake_fd = -1;
static int wake_after = 0;
static void on_alarm(int sig)
{
    (void)sig;
    alarms++;
    if (wake_after && alarms == wake_after) write(wake_fd, "x", 1);
}

static void set_handler(int sig, void (*h)(int), int flags)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = h;
    sa.sa_flags = flags;
    sigaction(sig, &sa, NULL);
}

static void itimer(long usec_first, long usec_interval)
{
    struct itimerval it = { { 0, usec_interval }, { 0, usec_first } };
    setitimer(ITIMER_REAL, &it, NULL);
}

static void test_read_interrupted(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    char c;

    /* No SA_RESTART: the first SIGALRM makes read fail with EINTR. */
    alarms = 0;
    wake_after = 0;
    set_handler(SIGALRM, on_alarm, 0);
    itimer(10000, 0);
    errno = 0;
    ssize_t r = read(p[0], &c, 1);
    int e = errno;
    CHECK(r == -1 && e == EINTR && alarms == 1);
    printf("read without SA_RESTART: %zd %s after %d alarm(s)\n", r, en(e), alarms);

    /* SA_RESTART: read is restarted after each alarm; the third alarm's handler writes
     * the byte that finally satisfies it. */
    alarms = 0;
    wake_fd = p[1];
    wake_after = 3;
    set_handler(SIGALRM, on_alarm, SA_RESTART);
    itimer(10000, 10000);
    errno = 0;
    r = read(p[0], &c, 1);
    e = errno;
    itimer(0, 0);
    CHECK(r == 1 && c == 'x' && alarms == 3);
    printf("read with SA_RESTART: %zd '%c' after %d alarm(s), errno %s\n", r, r == 1 ? c : '?', alarms, en(e));

    /* The same for a blocking write to a full pipe and for wait4. */
    alarms = 0;
    wake_after = 0;
    set_handler(SIGALRM, on_alarm, 0);
    pid_t pid = fork();
    if (pid == 0) {
        pause();
        _exit(0);
    }
    itimer(10000, 0);
    int st;
    errno = 0;
    int w = waitpid(pid, &st, 0);
    e = errno;
    CHECK(w == -1 && e == EINTR);
    printf("waitpid without SA_RESTART: %d %s\n", w, en(e));
    kill(pid, SIGKILL);
    waitpid(pid, &st, 0);

    /* nanosleep is never restarted, SA_RESTART or not; it reports the time left. */
    set_handler(SIGALRM, on_alarm, SA_RESTART);
    itimer(10000, 0);
    struct timespec req = { 2, 0 }, rem = { 0, 0 };
    errno = 0;
    int n = nanosleep(&req, &rem);
    e = errno;
    CHECK(n == -1 && e == EINTR && rem.tv_sec >= 1 && rem.tv_sec <= 2);
    printf("nanosleep with SA_RESTART: %d %s, remaining about %lds\n", n, en(e), (long)rem.tv_sec + (rem.tv_nsec > 500000000));

    /* poll with a timeout is not restarted either. */
    itimer(10000, 0);
    struct pollfd pfd = { .fd = p[0], .events = POLLIN };
    errno = 0;
    n = poll(&pfd, 1, 2000);
    e = errno;
    CHECK(n == -1 && e == EINTR);
    printf("poll with SA_RESTART: %d %s\n", n, en(e));

    close(p[0]);
    close(p[1]);
    itimer(0, 0);
    signal(SIGALRM, SIG_DFL);
}

static void test_getitimer_alarm(void)
{
    struct itimerval it = { { 0, 0 }, { 5, 0 } }, cur;
    setitimer(ITIMER_REAL, &it, NULL);
    getitimer(ITIMER_REAL, &cur);
    int plausible = cur.it_value.tv_sec == 4 || cur.it_value.tv_sec == 5;
    unsigned left = alarm(0); /* alarm shares ITIMER_REAL */
    CHECK(plausible && (left == 4 || left == 5));
    printf("getitimer after 5s: plausible %d; alarm(0) returns the rest: %d\n", plausible, left == 4 || left == 5);

    alarms = 0;
    wake_after = 0;
    set_handler(SIGALRM, on_alarm, 0);
    alarm(1);
    sigset_t empty;
    sigemptyset(&empty);
    while (alarms == 0) sigsuspend(&empty);
    printf("alarm(1) delivered: %d\n", alarms);
    signal(SIGALRM, SIG_DFL);

    /* Default action of SIGALRM: the process dies of it. */
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        itimer(5000, 0);
        for (;;) pause();
    }
    int st;
    waitpid(pid, &st, 0);
    CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM);
    printf("unhandled itimer: killed by %s\n", WIFSIGNALED(st) ? sigabbrev_np(WTERMSIG(st)) : "-");

    /* ITIMER_VIRTUAL fires after CPU time spent in user mode. */
    alarms = 0;
    set_handler(SIGVTALRM, on_alarm, SA_RESTART);
    struct itimerval vt = { { 0, 0 }, { 0, 20000 } };
    setitimer(ITIMER_VIRTUAL, &vt, NULL);
    volatile unsigned long spin = 0;
    while (alarms == 0) spin++;
    printf("ITIMER_VIRTUAL fired: %d\n", alarms);
    signal(SIGVTALRM, SIG_DFL);
}

/* ---- POSIX timers ---- */
static volatile int timer_hits;
static volatile int timer_code, timer_value;
static volatile pid_t timer_tid;
static void on_timer(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    timer_hits++;
    timer_code = si->si_code;
    timer_value = si->si_value.sival_int;
    timer_tid = (pid_t)syscall(SYS_gettid);
}

static volatile int thread_notified;
static volatile int thread_value;
static void notify(union sigval v)
{
    thread_value = v.sival_int;
    __atomic_store_n(&thread_notified, 1, __ATOMIC_RELEASE);
}

static volatile pid_t target_tid;
static volatile int target_stop;
static void *target_thread(void *arg)
{
    (void)arg;
    target_tid = (pid_t)syscall(SYS_gettid);
    while (!target_stop) usleep(500);
    return NULL;
}

static void test_posix_timers(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_timer;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGRTMIN + 4, &sa, NULL);

    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGRTMIN + 4;
    sev.sigev_value.sival_int = 31337;
    timer_t t;
    errno = 0;
    int r = timer_create(CLOCK_MONOTONIC, &sev, &t);
    printf("timer_create: %s\n", RES(r));
    if (r != 0) return;
    struct itimerspec its = { { 0, 0 }, { 0, 10 * 1000 * 1000 } }, cur;
    CHECK(timer_settime(t, 0, &its, NULL) == 0);
    CHECK(timer_gettime(t, &cur) == 0);
    CHECK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec <= 10000000);
    sigset_t empty;
    sigemptyset(&empty);
    while (timer_hits == 0) sigsuspend(&empty);
    CHECK(timer_code == SI_TIMER && timer_value == 31337);
    printf("SIGEV_SIGNAL: %d hit(s), code SI_TIMER %d, value %d\n", timer_hits, timer_code == SI_TIMER, timer_value);

    /* Overruns: a fast periodic timer while its signal is blocked. */
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGRTMIN + 4);
    sigprocmask(SIG_BLOCK, &s, &old);
    its.it_interval.tv_nsec = 1000 * 1000;
    its.it_value.tv_nsec = 1000 * 1000;
    timer_settime(t, 0, &its, NULL);
    usleep(30000);
    siginfo_t si;
    int sig = sigwaitinfo(&s, &si);
    int overrun = timer_getoverrun(t);
    its.it_value.tv_nsec = 0;
    its.it_interval.tv_nsec = 0;
    timer_settime(t, 0, &its, NULL); /* disarm */
    CHECK(sig == SIGRTMIN + 4 && si.si_code == SI_TIMER && si.si_overrun > 5 && overrun == si.si_overrun);
    printf("blocked periodic timer: one signal, overrun > 5 %d, getoverrun agrees %d\n", si.si_overrun > 5,
           overrun == si.si_overrun);
    sigprocmask(SIG_SETMASK, &old, NULL);
    CHECK(timer_delete(t) == 0);
    errno = 0;
    r = timer_settime(t, 0, &its, NULL);
    printf("timer_settime after delete: %d %s\n", r, en(errno));

    /* Absolute expiry on CLOCK_REALTIME. */
    timer_hits = 0;
    CHECK(timer_create(CLOCK_REALTIME, &sev, &t) == 0);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    its.it_value = now;
    its.it_value.tv_nsec += 5 * 1000 * 1000;
    if (its.it_value.tv_nsec >= 1000000000) { its.it_value.tv_sec++; its.it_value.tv_nsec -= 1000000000; }
    CHECK(timer_settime(t, TIMER_ABSTIME, &its, NULL) == 0);
    while (timer_hits == 0) sigsuspend(&empty);
    printf("TIMER_ABSTIME: %d hit(s)\n", timer_hits);
    timer_delete(t);

    /* SIGEV_THREAD_ID: the signal goes to that thread. */
    pthread_t th;
    pthread_create(&th, NULL, target_thread, NULL);
    while (!target_tid) usleep(100);
    timer_hits = 0;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGRTMIN + 4;
    sev._sigev_un._tid = target_tid;
    sev.sigev_value.sival_int = 5;
    sigprocmask(SIG_BLOCK, &s, &old); /* not the main thread */
    r = timer_create(CLOCK_MONOTONIC, &sev, &t);
    CHECK(r == 0);
    its.it_value.tv_sec = 0;
    its.it_value.tv_nsec = 5 * 1000 * 1000;
    timer_settime(t, 0, &its, NULL);
    for (int i = 0; i < 2000 && timer_hits == 0; i++) usleep(500);
    CHECK(timer_hits == 1 && timer_tid == target_tid && timer_value == 5);
    printf("SIGEV_THREAD_ID: delivered to the target thread %d\n", timer_hits == 1 && timer_tid == target_tid);
    timer_delete(t);
    target_stop = 1;
    pthread_join(th, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* SIGEV_THREAD: glibc runs the function in a new thread. */
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD;
    sev.sigev_notify_function = notify;
    sev.sigev_value.sival_int = 99;
    r = timer_create(CLOCK_MONOTONIC, &sev, &t);
    CHECK(r == 0);
    its.it_value.tv_nsec = 5 * 1000 * 1000;
    timer_settime(t, 0, &its, NULL);
    for (int i = 0; i < 2000 && !__atomic_load_n(&thread_notified, __ATOMIC_ACQUIRE); i++) usleep(500);
    CHECK(thread_notified && thread_value == 99);
    printf("SIGEV_THREAD: notified %d value %d\n", thread_notified, thread_value);
    timer_delete(t);

    /* SIGEV_NONE: armed, never signals, time runs down. */
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_NONE;
    CHECK(timer_create(CLOCK_MONOTONIC, &sev, &t) == 0);
    its.it_value.tv_sec = 10;
    its.it_value.tv_nsec = 0;
    timer_settime(t, 0, &its, NULL);
    timer_gettime(t, &cur);
    CHECK(cur.it_value.tv_sec == 9 || cur.it_value.tv_sec == 10);
    printf("SIGEV_NONE: counting down %d\n", cur.it_value.tv_sec == 9 || cur.it_value.tv_sec == 10);
    timer_delete(t);

    errno = 0;
    r = timer_create(12345, &sev, &t);
    printf("timer_create with a bad clock: %d %s\n", r, en(errno));
    signal(SIGRTMIN + 4, SIG_DFL);
}

static void test_timerfd(void)
{
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    CHECK(fd >= 0);
    struct itimerspec its = { { 0, 2 * 1000 * 1000 }, { 0, 2 * 1000 * 1000 } };
    CHECK(timerfd_settime(fd, 0, &its, NULL) == 0);
    uint64_t exp = 0;
    ssize_t n = read(fd, &exp, sizeof exp);
    CHECK(n == 8 && exp >= 1);
    usleep(10000);
    n = read(fd, &exp, sizeof exp);
    CHECK(n == 8 && exp >= 3);
    printf("timerfd: reads of 8 bytes %d, expirations accumulate %d\n", n == 8, exp >= 3);
    struct itimerspec cur;
    timerfd_gettime(fd, &cur);
    CHECK(cur.it_interval.tv_nsec == 2000000);
    its.it_value.tv_nsec = 0;
    timerfd_settime(fd, 0, &its, NULL);
    int fl = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, fl | O_NONBLOCK);
    errno = 0;
    n = read(fd, &exp, sizeof exp);
    printf("timerfd disarmed, nonblocking read: %zd %s; cloexec %d\n", n, en(errno), fcntl(fd, F_GETFD) == FD_CLOEXEC);
    close(fd);
}

static void test_signalfd(void)
{
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR1);
    sigaddset(&s, SIGRTMIN + 5);
    sigprocmask(SIG_BLOCK, &s, &old);
    int fd = signalfd(-1, &s, SFD_CLOEXEC | SFD_NONBLOCK);
    printf("signalfd: %s\n", RES(fd));
    if (fd < 0) {
        sigprocmask(SIG_SETMASK, &old, NULL);
        return;
    }
    struct signalfd_siginfo si;
    errno = 0;
    ssize_t n = read(fd, &si, sizeof si);
    printf("signalfd empty: %zd %s\n", n, en(errno));
    kill(getpid(), SIGUSR1);
    sigqueue(getpid(), SIGRTMIN + 5, (union sigval){ .sival_int = 8 });
    struct pollfd p = { .fd = fd, .events = POLLIN };
    CHECK(poll(&p, 1, 1000) == 1);
    n = read(fd, &si, sizeof si);
    CHECK(n == sizeof si && si.ssi_signo == SIGUSR1 && si.ssi_code == SI_USER && si.ssi_pid == (uint32_t)getpid());
    printf("signalfd read: %zd bytes, %s code SI_USER %d\n", n, sigabbrev_np(si.ssi_signo), si.ssi_code == SI_USER);
    n = read(fd, &si, sizeof si);
    CHECK(n == sizeof si && si.ssi_signo == (uint32_t)SIGRTMIN + 5 && si.ssi_code == SI_QUEUE && si.ssi_int == 8);
    printf("signalfd read: RTMIN+%d code SI_QUEUE %d int %d\n", si.ssi_signo - SIGRTMIN, si.ssi_code == SI_QUEUE,
           si.ssi_int);
    close(fd);
    sigprocmask(SIG_SETMASK, &old, NULL);
}

static void test_clock_nanosleep(void)
{
    struct timespec now, t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    now = t0;
    now.tv_nsec += 20 * 1000 * 1000;
    if (now.tv_nsec >= 1000000000) { now.tv_sec++; now.tv_nsec -= 1000000000; }
    int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &now, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    CHECK(r == 0 && ms >= 19);
    printf("clock_nanosleep TIMER_ABSTIME: %d, slept long enough %d\n", r, ms >= 19);
    struct timespec res;
    CHECK(clock_getres(CLOCK_MONOTONIC, &res) == 0 && res.tv_sec == 0 && res.tv_nsec > 0);
    r = clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &now, NULL);
    printf("clock_nanosleep on a thread CPU clock: %s\n", en(r));
}

int main(void)
{
    test_read_interrupted();
    test_getitimer_alarm();
    test_posix_timers();
    test_timerfd();
    test_signalfd();
    test_clock_nanosleep();
    return conf_exit();
}
