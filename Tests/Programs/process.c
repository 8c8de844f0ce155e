/* Processes and time: getpid/getppid/time/clock_gettime sanity (printed as facts, not
 * values), then fork + pipe + waitpid: children report through pipes and exit with
 * chosen statuses, one is killed by a signal, one aborts. Exits with status 9. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(clockid_t c)
{
    struct timespec ts;
    clock_gettime(c, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Flush first, or the child inherits (and later flushes) the parent's buffered output. */
static pid_t xfork(void)
{
    fflush(stdout);
    return fork();
}

int main(void)
{
    pid_t pid = getpid(), ppid = getppid();
    printf("getpid > 0: %d, getppid > 0: %d, different: %d, stable: %d\n", pid > 0, ppid > 0, pid != ppid,
           getpid() == pid);
    time_t t = time(NULL);
    struct timeval tv;
    gettimeofday(&tv, NULL);
    printf("time after 2020: %d, gettimeofday agrees: %d, usec in range: %d\n", t > 1577836800,
           tv.tv_sec - t >= 0 && tv.tv_sec - t <= 2, tv.tv_usec >= 0 && tv.tv_usec < 1000000);
    double r0 = now(CLOCK_REALTIME), m0 = now(CLOCK_MONOTONIC);
    printf("realtime vs time(): %d\n", r0 - (double)t > -1 && r0 - (double)t < 3);
    double prev = m0;
    int monotonic = 1;
    for (int i = 0; i < 1000; i++) {
        double m = now(CLOCK_MONOTONIC);
        if (m < prev) monotonic = 0;
        prev = m;
    }
    struct timespec req = {0, 20 * 1000 * 1000};
    nanosleep(&req, NULL);
    double slept = now(CLOCK_MONOTONIC) - m0;
    printf("monotonic: %d, nanosleep 20ms took >= 20ms: %d, < 5s: %d\n", monotonic, slept >= 0.02, slept < 5);
    printf("process cputime > 0: %d\n", now(CLOCK_PROCESS_CPUTIME_ID) > 0);
    fflush(stdout);

    /* Children: exit statuses 0, 1, 42, 255, and 256 (which wraps to 0). */
    static const int codes[] = {0, 1, 42, 255, 256};
    for (unsigned i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        int fds[2];
        if (pipe(fds) < 0) { perror("pipe"); return 1; }
        pid_t c = xfork();
        if (c < 0) { perror("fork"); return 1; }
        if (c == 0) {
            close(fds[0]);
            char msg[64];
            int n = snprintf(msg, sizeof msg, "child %u: my parent is the caller: %d", i, getppid() == pid);
            if (write(fds[1], msg, (size_t)n) != n) _exit(100);
            _exit(codes[i]);
        }
        close(fds[1]);
        char buf[128];
        ssize_t n, got = 0;
        while ((n = read(fds[0], buf + got, sizeof buf - 1 - (size_t)got)) > 0) got += n;
        buf[got] = 0;
        close(fds[0]);
        int st;
        pid_t w = waitpid(c, &st, 0);
        printf("%s; waitpid matched: %d exited: %d status %d\n", buf, w == c, WIFEXITED(st), WEXITSTATUS(st));
    }

    /* A child writing through stdout redirected into a pipe with dup2. */
    int fds[2];
    if (pipe(fds) < 0) return 1;
    pid_t c = xfork();
    if (c == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        for (int i = 0; i < 1000; i++) printf("%d\n", i);
        exit(3);
    }
    close(fds[1]);
    char buf[8192];
    ssize_t n;
    long total = 0, lines = 0;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) {
        total += n;
        for (ssize_t i = 0; i < n; i++) lines += buf[i] == '\n';
    }
    close(fds[0]);
    int st;
    waitpid(c, &st, 0);
    printf("redirected child: %ld bytes, %ld lines, exit %d\n", total, lines, WEXITSTATUS(st));

    /* Children dying of signals. */
    static const int sigs[] = {SIGTERM, SIGKILL, SIGUSR1};
    for (unsigned i = 0; i < 3; i++) {
        c = xfork();
        if (c == 0) { raise(sigs[i]); _exit(99); }
        waitpid(c, &st, 0);
        printf("child raising %s: signaled %d termsig matches %d\n", strsignal(sigs[i]), WIFSIGNALED(st),
               WTERMSIG(st) == sigs[i]);
    }
    c = xfork();
    if (c == 0) abort();
    waitpid(c, &st, 0);
    printf("child calling abort: signaled %d SIGABRT %d\n", WIFSIGNALED(st), WTERMSIG(st) == SIGABRT);
    c = xfork();
    if (c == 0) { pause(); _exit(1); }
    kill(c, SIGTERM);
    waitpid(c, &st, 0);
    printf("child killed by parent: signaled %d SIGTERM %d\n", WIFSIGNALED(st), WTERMSIG(st) == SIGTERM);

    /* waitpid with nothing left. */
    pid_t w = waitpid(-1, &st, WNOHANG);
    printf("waitpid with no children: %d %s\n", (int)w, strerror(errno));
    return 9;
}
