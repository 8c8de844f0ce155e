/* The timing launcher of tools/bench: runs one command with stdin from /dev/null and
 * stdout/stderr into files, and prints "WALL_NS STATUS MAXRSS_KB TIMED_OUT".
 *
 *   spawn TIMEOUT_S OUT ERR PROGRAM [ARGS...]
 *
 * Why not from Python directly: Linux carries the pre-exec peak RSS of the process that
 * execs into ru_maxrss (the shared mm of a vfork child, a copy after fork), so a child of
 * the Python interpreter reports at least Python's ~20 MB.  This launcher is static and
 * small, so the floor it leaves is a few hundred KiB; it also times the child without
 * the interpreter's overhead. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile pid_t child;
static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
    (void)sig;
    timed_out = 1;
    if (child > 0) kill(child, SIGKILL);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: spawn TIMEOUT_S OUT ERR PROGRAM [ARGS...]\n");
        return 2;
    }
    unsigned timeout = (unsigned)atoi(argv[1]);
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int err = open(argv[3], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (in < 0 || out < 0 || err < 0) { perror("spawn: open"); return 2; }
    struct sigaction sa = {0};
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) { perror("spawn: fork"); return 2; }
    if (pid == 0) {
        dup2(in, 0); dup2(out, 1); dup2(err, 2);
        execv(argv[4], argv + 4);
        perror("spawn: execv");
        _exit(127);
    }
    child = pid;
    alarm(timeout);
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {}
    clock_gettime(CLOCK_MONOTONIC, &t1);
    alarm(0);
    long long ns = (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    printf("%lld %d %ld %d\n", ns, status, ru.ru_maxrss, (int)timed_out);
    return 0;
}
