/* A signal that arrives just before a blocking call starts must still run its handler
 * without waiting for the call to end. The kernel checks for signals on its way into
 * an interruptible sleep; an emulator that looks for pending guest signals and then
 * makes the host call has a window in between (QEMU closes it with safe_syscall).
 *
 * Each round arms a one-shot timer a few microseconds ahead and blocks in read() on an
 * empty pipe; the SIGALRM handler writes the byte that read() waits for. Natively the
 * read always ends at once: the handler either ran before the read (the byte is there)
 * or interrupts it (SA_RESTART: the read restarts and finds the byte). A signal lost in
 * the window leaves the read blocked until a watchdog thread (which blocks SIGALRM)
 * writes a rescue byte (after 300 ms without progress and with the pipe empty); the program counts those rescues, which must be 0.
 * Usage: signal_race [rounds] */
// xrun-test-cflags: -pthread
#include "conf.h"
#include <pthread.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <time.h>

static int pipe_fds[2];
static volatile long round_no;
static volatile int done;
static long rescues;

static void on_alarm(int sig)
{
    (void)sig;
    int saved = errno;
    char c = 'h';
    (void)!write(pipe_fds[1], &c, 1);
    errno = saved;
}

static void *watchdog(void *arg)
{
    (void)arg;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    long seen = -1;
    int still = 0;
    while (!done) {
        struct timespec ts = { 0, 100 * 1000 * 1000 };
        nanosleep(&ts, NULL);
        long now = round_no;
        int queued = 0;
        ioctl(pipe_fds[0], FIONREAD, &queued);
        /* Stuck: no progress, nothing in the pipe, for 300 ms (the timer fired long ago). */
        still = now == seen && queued == 0 ? still + 1 : 0;
        if (still == 3 && !done) {
            rescues++;
            still = 0;
            char c = 'w';
            (void)!write(pipe_fds[1], &c, 1);
        }
        seen = now;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    long rounds = argc > 1 ? atol(argv[1]) : 2000;
    CHECK(pipe(pipe_fds) == 0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    CHECK(sigaction(SIGALRM, &sa, NULL) == 0);
    pthread_t w;
    CHECK(pthread_create(&w, NULL, watchdog, NULL) == 0);

    long reads_ok = 0;
    for (long i = 0; i < rounds; i++) {
        round_no = i;
        /* Delays of 1..32 µs: the signal lands before, during and after the read's start. */
        struct itimerval it = { { 0, 0 }, { 0, 1 + (i * 7) % 32 } };
        CHECK(setitimer(ITIMER_REAL, &it, NULL) == 0);
        char c;
        ssize_t r = read(pipe_fds[0], &c, 1);
        if (r == 1) reads_ok++;
        else CHECK(r == 1, "read: %zd %s", r, en(errno));
        /* A rescued round leaves the handler's byte behind: drain before the next. */
        if (r == 1 && c == 'w') {
            (void)!read(pipe_fds[0], &c, 1);
        }
    }
    done = 1;
    pthread_join(w, NULL);
    printf("rounds %ld, reads that ended %ld, rounds rescued by the watchdog %ld\n", rounds, reads_ok, rescues);
    CHECK(rescues == 0);
    return conf_exit();
}
