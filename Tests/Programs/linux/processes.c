/* Processes: fork, vfork, execve/execv of itself, posix_spawn (with file actions and
 * attributes), wait4/waitpid/waitid statuses for exits, signals and stops, abort,
 * process groups and sessions, exit from a child with buffered output. */
#include "conf.h"
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/wait.h>

extern char **environ;
static const char *self;

static void describe(const char *what, int status)
{
    if (WIFEXITED(status)) printf("%s: exited %d\n", what, WEXITSTATUS(status));
    else if (WIFSIGNALED(status)) printf("%s: killed by SIG%s\n", what, sigabbrev_np(WTERMSIG(status)));
    else if (WIFSTOPPED(status)) printf("%s: stopped by SIG%s\n", what, sigabbrev_np(WSTOPSIG(status)));
    else if (WIFCONTINUED(status)) printf("%s: continued\n", what);
    else printf("%s: status %#x\n", what, status);
}

/* The child roles, chosen by argv[1] when the program runs itself. */
static int child_role(int argc, char **argv)
{
    const char *role = argv[1];
    if (!strcmp(role, "exit")) return atoi(argv[2]);
    if (!strcmp(role, "args")) {
        printf("  child argc %d:", argc);
        for (int i = 2; i < argc; i++) printf(" [%s]", argv[i]);
        printf(" env XRUN_CONF=%s\n", getenv("XRUN_CONF") ? getenv("XRUN_CONF") : "(unset)");
        return 0;
    }
    if (!strcmp(role, "fds")) {
        /* Which of fds 3..9 are open after exec (close-on-exec honoured?) */
        printf("  open after exec:");
        for (int fd = 3; fd < 10; fd++)
            if (fcntl(fd, F_GETFD) >= 0) printf(" %d", fd);
        printf("\n");
        return 0;
    }
    if (!strcmp(role, "stdin")) {
        char buf[64];
        ssize_t n = read(0, buf, sizeof buf - 1);
        buf[n > 0 ? n : 0] = 0;
        printf("  child read from stdin: %s\n", buf);
        return 0;
    }
    if (!strcmp(role, "sigmask")) {
        sigset_t cur;
        sigprocmask(SIG_BLOCK, NULL, &cur);
        struct sigaction sa;
        sigaction(SIGUSR2, NULL, &sa);
        printf("  child: SIGUSR1 blocked %d, SIGUSR2 %s\n", sigismember(&cur, SIGUSR1),
               sa.sa_handler == SIG_IGN ? "ignored" : sa.sa_handler == SIG_DFL ? "default" : "handled");
        return 0;
    }
    if (!strcmp(role, "pgrp")) {
        printf("  child in its own process group: %d\n", getpgrp() == getpid());
        return 0;
    }
    if (!strcmp(role, "abort")) abort();
    if (!strcmp(role, "segv")) *(volatile int *)16 = 1;
    if (!strcmp(role, "kill")) raise(atoi(argv[2]));
    return 99;
}

static int wait_status(pid_t pid)
{
    int status = -1;
    pid_t r;
    while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR) {}
    CHECK(r == pid, "waitpid %d: %s", (int)r, en(errno));
    return status;
}

static void test_fork_exit_statuses(void)
{
    int codes[] = { 0, 1, 42, 255 };
    for (int i = 0; i < 4; i++) {
        pid_t pid = fork();
        if (pid == 0) _exit(codes[i]);
        int st = wait_status(pid);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == codes[i]);
        describe("fork+_exit", st);
    }
    int sigs[] = { SIGTERM, SIGKILL, SIGUSR1, SIGSEGV, SIGABRT };
    for (int i = 0; i < 5; i++) {
        pid_t pid = fork();
        if (pid == 0) {
            if (sigs[i] == SIGSEGV) *(volatile int *)16 = 1;
            if (sigs[i] == SIGABRT) abort();
            kill(getpid(), sigs[i]);
            _exit(100);
        }
        int st = wait_status(pid);
        CHECK(WIFSIGNALED(st) && WTERMSIG(st) == sigs[i]);
        describe("fork+signal", st);
    }
    /* Buffered stdio output of a child goes out at exit(). */
    setvbuf(stdout, NULL, _IOFBF, 4096);
    pid_t pid = fork();
    if (pid == 0) {
        printf("child's buffered line\n");
        exit(3);
    }
    int st = wait_status(pid);
    setvbuf(stdout, NULL, _IOLBF, 0);
    describe("fork+exit with buffered output", st);
}

static void test_stop_continue(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        for (;;) pause();
    }
    kill(pid, SIGSTOP);
    int st;
    CHECK(waitpid(pid, &st, WUNTRACED) == pid);
    describe("WUNTRACED after SIGSTOP", st);
    kill(pid, SIGCONT);
    CHECK(waitpid(pid, &st, WCONTINUED) == pid);
    describe("WCONTINUED after SIGCONT", st);
    kill(pid, SIGTERM);
    describe("then SIGTERM", wait_status(pid));

    /* WNOHANG on a running child, ECHILD with none left. */
    pid = fork();
    if (pid == 0) {
        usleep(20000);
        _exit(4);
    }
    int r = waitpid(pid, &st, WNOHANG);
    CHECK(r == 0);
    printf("WNOHANG on a running child: %d\n", r);
    describe("then", wait_status(pid));
    errno = 0;
    r = waitpid(-1, &st, 0);
    CHECK(r == -1 && errno == ECHILD);
    printf("waitpid with no children: %d %s\n", r, en(errno));
}

static void test_waitid_wait4(void)
{
    pid_t pid = fork();
    if (pid == 0) _exit(17);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    CHECK(waitid(P_PID, pid, &si, WEXITED) == 0);
    CHECK(si.si_pid == pid && si.si_signo == SIGCHLD && si.si_code == CLD_EXITED && si.si_status == 17);
    printf("waitid: signo %s code %s status %d pid matches %d\n", sigabbrev_np(si.si_signo),
           si.si_code == CLD_EXITED ? "CLD_EXITED" : "?", si.si_status, si.si_pid == pid);

    pid = fork();
    if (pid == 0) {
        raise(SIGUSR2);
        _exit(1);
    }
    memset(&si, 0, sizeof si);
    CHECK(waitid(P_ALL, 0, &si, WEXITED | WNOWAIT) == 0);
    int code_killed = si.si_code == CLD_KILLED;
    CHECK(code_killed && si.si_status == SIGUSR2);
    /* WNOWAIT left it waitable: wait4 reaps it, with resource usage. */
    struct rusage ru;
    int st;
    CHECK(wait4(pid, &st, 0, &ru) == pid);
    CHECK(ru.ru_utime.tv_sec >= 0 && ru.ru_maxrss >= 0);
    printf("waitid WNOWAIT: CLD_KILLED %d by %s; wait4 then: ", code_killed, sigabbrev_np(si.si_status));
    describe("wait4", st);
}

static void test_vfork(void)
{
    static volatile int touched; /* vfork shares memory until exec/_exit */
    touched = 0;
    pid_t pid = vfork();
    if (pid == 0) {
        touched = 1;
        _exit(7);
    }
    int st = wait_status(pid);
    describe("vfork+_exit", st);
    /* The child ran first, in our memory: its store is ours. */
    printf("vfork child's store seen by the parent: %d\n", touched);

    pid = vfork();
    if (pid == 0) {
        char *argv[] = { (char *)self, "exit", "12", NULL };
        execv(self, argv);
        _exit(127);
    }
    describe("vfork+execv", wait_status(pid));
}

static void test_exec(void)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = { (char *)self, "args", "one", "two words", "", NULL };
        char *envp[] = { "XRUN_CONF=from execve", "PATH=/usr/bin:/bin", NULL };
        execve(self, argv, envp);
        _exit(127);
    }
    describe("execve", wait_status(pid));

    /* Close-on-exec: fd A has FD_CLOEXEC, fd B does not. */
    int a = open("/dev/null", O_RDONLY | O_CLOEXEC), b = open("/dev/null", O_RDONLY);
    int c = fcntl(b, F_DUPFD_CLOEXEC, 8);
    pid = fork();
    if (pid == 0) {
        execl(self, self, "fds", NULL);
        _exit(127);
    }
    describe("exec with close-on-exec fds", wait_status(pid));
    printf("  (before exec: %d cloexec, %d inherited, %d cloexec)\n", a, b, c);
    close(a); close(b); close(c);

    /* Blocked signals and ignored dispositions survive exec; handlers become default. */
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, &old);
    signal(SIGUSR2, SIG_IGN);
    pid = fork();
    if (pid == 0) {
        execl(self, self, "sigmask", NULL);
        _exit(127);
    }
    describe("exec keeps mask and SIG_IGN", wait_status(pid));
    signal(SIGUSR2, SIG_DFL);
    sigprocmask(SIG_SETMASK, &old, NULL);

    /* Failing execs. */
    char *argv[] = { "nothing", NULL };
    errno = 0;
    int r = execve("/nonexistent/program", argv, environ);
    printf("execve of a missing file: %d %s\n", r, en(errno));
    errno = 0;
    r = execve("/dev/null", argv, environ);
    printf("execve of a non-executable file: %d %s\n", r, en(errno));
    errno = 0;
    r = execve(".", argv, environ);
    printf("execve of a directory: %d %s\n", r, en(errno));

    /* Scripts: "#!" with this program as the interpreter (an optional argument, then
     * the script's path and arguments), and a shell script. */
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    FILE *f = fopen("script-self", "w");
    fprintf(f, "#!%s args\n", exe);
    fclose(f);
    chmod("script-self", 0755);
    f = fopen("script-sh", "w");
    fprintf(f, "#!/bin/sh\necho \"  sh script got: $*\"\nexit 4\n");
    fclose(f);
    chmod("script-sh", 0755);
    fflush(stdout);
    pid = fork();
    if (pid == 0) {
        execl("./script-self", "./script-self", "extra", NULL);
        _exit(127);
    }
    describe("exec of a #! script run by this program", wait_status(pid));
    pid = fork();
    if (pid == 0) {
        execl("./script-sh", "./script-sh", "a", "b", NULL);
        _exit(127);
    }
    describe("exec of a #!/bin/sh script", wait_status(pid));

    /* A native program by PATH lookup, and a shell script. */
    pid = fork();
    if (pid == 0) {
        execlp("sh", "sh", "-c", "echo '  shell says' $0 $1; exit 6", "zero", "one", NULL);
        _exit(127);
    }
    describe("execlp sh -c", wait_status(pid));
}

static void test_posix_spawn(void)
{
    pid_t pid;
    char *argv[] = { (char *)self, "args", "spawned", NULL };
    char *envp[] = { "XRUN_CONF=spawn", NULL };
    int r = posix_spawn(&pid, self, NULL, NULL, argv, envp);
    CHECK(r == 0);
    describe("posix_spawn", wait_status(pid));

    /* File actions: stdin from a pipe's read end, close the write end. */
    int p[2];
    CHECK(pipe(p) == 0);
    write(p[1], "through a pipe", 14);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[0], 0);
    posix_spawn_file_actions_addclose(&fa, p[1]);
    char *argv2[] = { (char *)self, "stdin", NULL };
    r = posix_spawn(&pid, self, &fa, NULL, argv2, environ);
    close(p[1]);
    close(p[0]);
    CHECK(r == 0);
    describe("posix_spawn with file actions", wait_status(pid));
    posix_spawn_file_actions_destroy(&fa);

    /* Attributes: own process group, default SIGUSR2, mask with SIGUSR1. */
    posix_spawnattr_t at;
    posix_spawnattr_init(&at);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&at, 0);
    sigset_t mask, def;
    sigemptyset(&mask);
    sigaddset(&mask, SIGUSR1);
    sigemptyset(&def);
    sigaddset(&def, SIGUSR2);
    posix_spawnattr_setsigmask(&at, &mask);
    posix_spawnattr_setsigdefault(&at, &def);
    signal(SIGUSR2, SIG_IGN);
    char *argv3[] = { (char *)self, "sigmask", NULL };
    r = posix_spawn(&pid, self, NULL, &at, argv3, environ);
    CHECK(r == 0);
    describe("posix_spawn with attributes", wait_status(pid));
    char *argv4[] = { (char *)self, "pgrp", NULL };
    r = posix_spawn(&pid, self, NULL, &at, argv4, environ);
    describe("posix_spawn SETPGROUP", wait_status(pid));
    signal(SIGUSR2, SIG_DFL);
    posix_spawnattr_destroy(&at);

    /* posix_spawnp through PATH, and a spawn that fails in the child. */
    char *argv5[] = { "sh", "-c", "exit 8", NULL };
    r = posix_spawnp(&pid, "sh", NULL, NULL, argv5, environ);
    CHECK(r == 0);
    describe("posix_spawnp sh", wait_status(pid));
    r = posix_spawn(&pid, "/nonexistent/program", NULL, NULL, argv5, environ);
    printf("posix_spawn of a missing file: %s\n", en(r));

    /* Children dying of abort and SIGSEGV, spawned. */
    char *argv6[] = { (char *)self, "abort", NULL };
    CHECK(posix_spawn(&pid, self, NULL, NULL, argv6, environ) == 0);
    describe("spawned abort", wait_status(pid));
    char *argv7[] = { (char *)self, "segv", NULL };
    CHECK(posix_spawn(&pid, self, NULL, NULL, argv7, environ) == 0);
    describe("spawned segv", wait_status(pid));
    char *argv8[] = { (char *)self, "kill", "15", NULL };
    CHECK(posix_spawn(&pid, self, NULL, NULL, argv8, environ) == 0);
    describe("spawned raise(SIGTERM)", wait_status(pid));
}

static void test_identity(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        int ok = getppid() != getpid() && getpgrp() != getpid();
        pid_t sid = setsid();
        ok = ok && sid == getpid() && getsid(0) == getpid() && getpgrp() == getpid();
        _exit(ok ? 0 : 1);
    }
    describe("setsid in a child", wait_status(pid));
    CHECK(getpid() == (pid_t)syscall(SYS_gettid));
    uid_t r, e, s;
    CHECK(getresuid(&r, &e, &s) == 0 && r == getuid() && e == geteuid());
    printf("pid is tid of main thread, getresuid consistent\n");
}

int main(int argc, char **argv)
{
    self = "/proc/self/exe";
    if (argc > 1) return child_role(argc, argv);
    test_fork_exit_statuses();
    test_stop_continue();
    test_waitid_wait4();
    test_vfork();
    test_exec();
    test_posix_spawn();
    test_identity();
    return conf_exit();
}
