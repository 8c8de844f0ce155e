/* Signals, time and process calls, for comparing `xrun -strace` with strace(1) of the
 * native build between the two marker opens (names, results, delivered signals). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int got;
static void handler(int sig) { got += sig; }

int main(void)
{
    openat(AT_FDCWD, "/xrun-strace-begin", O_RDONLY);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigaction(SIGUSR1, &sa, NULL);
    sigset_t s, old;
    sigemptyset(&s);
    sigaddset(&s, SIGUSR2);
    sigprocmask(SIG_BLOCK, &s, &old);
    kill(getpid(), SIGUSR1);
    kill(getpid(), SIGUSR2);
    struct timespec ts = { 0, 1000000 };
    siginfo_t si;
    sigtimedwait(&s, &si, &ts);
    sigtimedwait(&s, &si, &ts);
    nanosleep(&ts, NULL);
    int efd = eventfd(0, EFD_CLOEXEC);
    unsigned long long v = 3;
    write(efd, &v, 8);
    read(efd, &v, 8);
    close(efd);
    pid_t pid = fork();
    if (pid == 0) _exit(7);
    int st;
    wait4(pid, &st, 0, NULL);
    wait4(-1, &st, WNOHANG, NULL);
    kill(getpid(), 0);
    openat(AT_FDCWD, "/xrun-strace-end", O_RDONLY);
    return got == SIGUSR1 ? 0 : 1;
}
