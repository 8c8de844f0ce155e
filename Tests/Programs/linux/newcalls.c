/* System calls of current runtimes, raw through syscall(2): close_range (CLOEXEC,
 * UNSHARE), faccessat2, openat2 (open_how sizes, O_* flags that differ on arm64, RESOLVE_*
 * rules, RESOLVE_IN_ROOT with -L), statx, pidfd_open / pidfd_send_signal / pidfd_getfd,
 * waitid(P_PIDFD), clone(CLONE_PIDFD) in fork and vfork shapes, membarrier and futex_waitv
 * — each with its error cases (bad pointers: EFAULT, bad flags: EINVAL). */
#include "conf.h"
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#define BAD ((void *)8) /* a pointer into the unmapped first page */

#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1)
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif
#ifndef P_PIDFD
#define P_PIDFD 3
#endif

static long sc_errno; /* errno of the last failing sys() */
static long sys(long nr, long a, long b, long c, long d, long e)
{
    errno = 0;
    long r = syscall(nr, a, b, c, d, e);
    sc_errno = r < 0 ? errno : 0;
    return r;
}
#define SYS(nr, ...) sys(nr, __VA_ARGS__)
#define L(x) ((long)(x))
/* "ok" or the errno name of the last sys(). */
static const char *res(long r) { return r < 0 ? en((int)sc_errno) : "ok"; }

static void test_close_range(void)
{
    for (int fd = 100; fd <= 103; fd++) CHECK(dup2(0, fd) == fd);
    long r = SYS(SYS_close_range, 101, 102, 0, 0, 0);
    printf("close_range 101-102: %s; 100 %s 101 %s 102 %s 103 %s\n", res(r), fcntl(100, F_GETFD) < 0 ? "closed" : "open",
           fcntl(101, F_GETFD) < 0 ? "closed" : "open", fcntl(102, F_GETFD) < 0 ? "closed" : "open",
           fcntl(103, F_GETFD) < 0 ? "closed" : "open");
    CHECK(r == 0 && fcntl(101, F_GETFD) < 0 && fcntl(103, F_GETFD) == 0);
    r = SYS(SYS_close_range, 100, 100, CLOSE_RANGE_CLOEXEC, 0, 0);
    printf("close_range CLOEXEC: %s, fd 100 FD_CLOEXEC %d\n", res(r), fcntl(100, F_GETFD));
    CHECK(r == 0 && fcntl(100, F_GETFD) == FD_CLOEXEC);
    printf("close_range unknown flag: %s\n", res(SYS(SYS_close_range, 100, 103, 8, 0, 0)));
    printf("close_range first > last: %s\n", res(SYS(SYS_close_range, 103, 100, 0, 0, 0)));
    r = SYS(SYS_close_range, 100, ~0U, CLOSE_RANGE_UNSHARE, 0, 0);
    printf("close_range 100-~0 UNSHARE: %s; 100 %s 103 %s; stdout still works\n", res(r),
           fcntl(100, F_GETFD) < 0 ? "closed" : "open", fcntl(103, F_GETFD) < 0 ? "closed" : "open");
    CHECK(r == 0 && fcntl(100, F_GETFD) < 0 && fcntl(103, F_GETFD) < 0);
}

static void test_faccessat2(void)
{
    printf("faccessat2 / F_OK AT_EACCESS: %s\n", res(SYS(SYS_faccessat2, AT_FDCWD, L("/"), F_OK, AT_EACCESS, 0)));
    printf("faccessat2 /proc/self/exe X_OK AT_SYMLINK_NOFOLLOW: %s\n",
           res(SYS(SYS_faccessat2, AT_FDCWD, L("/proc/self/exe"), X_OK, AT_SYMLINK_NOFOLLOW, 0)));
    printf("faccessat2 missing: %s\n", res(SYS(SYS_faccessat2, AT_FDCWD, L("/no/such/file"), F_OK, 0, 0)));
    printf("faccessat2 bad flags: %s\n", res(SYS(SYS_faccessat2, AT_FDCWD, L("/"), F_OK, 1, 0)));
    printf("faccessat2 bad mode: %s\n", res(SYS(SYS_faccessat2, AT_FDCWD, L("/"), 8, 0, 0)));
    printf("faccessat2 bad path pointer: %s\n", res(SYS(SYS_faccessat2, AT_FDCWD, L(BAD), F_OK, 0, 0)));
}

static long oa2(int dirfd, const char *path, uint64_t flags, uint64_t mode, uint64_t resolve)
{
    struct open_how how = {.flags = flags, .mode = mode, .resolve = resolve};
    return SYS(SYS_openat2, dirfd, L(path), L(&how), sizeof how, 0);
}

static void show_fd(const char *what, long fd)
{
    printf("openat2 %s: %s\n", what, res(fd));
    if (fd >= 0) close((int)fd);
}

static void test_openat2(void)
{
    char dir[] = "/tmp/xrun-newcalls-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    CHECK(d >= 0);
    CHECK(mkdirat(d, "lib", 0755) == 0);
    int f = openat(d, "file", O_WRONLY | O_CREAT, 0644);
    CHECK(f >= 0 && write(f, "in-root", 7) == 7);
    close(f);
    CHECK(symlinkat("file", d, "link") == 0);

    long fd = oa2(d, "file", O_RDONLY, 0, 0);
    char buf[16] = {0};
    printf("openat2 file: %s, reads \"%.*s\"\n", res(fd), fd >= 0 ? (int)read((int)fd, buf, sizeof buf) : 0, buf);
    if (fd >= 0) close((int)fd);
    fd = oa2(d, "file", O_RDONLY | O_CLOEXEC, 0, 0);
    printf("openat2 O_CLOEXEC: FD_CLOEXEC %d\n", fd >= 0 ? fcntl((int)fd, F_GETFD) : -1);
    if (fd >= 0) close((int)fd);
    /* O_DIRECTORY and O_NOFOLLOW have other values on arm64. */
    show_fd("O_DIRECTORY on a file", oa2(d, "file", O_RDONLY | O_DIRECTORY, 0, 0));
    show_fd("O_DIRECTORY on a directory", oa2(d, "lib", O_RDONLY | O_DIRECTORY, 0, 0));
    show_fd("O_NOFOLLOW on a symlink", oa2(d, "link", O_RDONLY | O_NOFOLLOW, 0, 0));
    fd = oa2(d, "made", O_WRONLY | O_CREAT | O_EXCL, 0640, 0);
    struct stat st;
    printf("openat2 O_CREAT 0640: %s, mode %o\n", res(fd), fstatat(d, "made", &st, 0) == 0 ? st.st_mode & 0777 : 0);
    if (fd >= 0) close((int)fd);
    show_fd("mode without O_CREAT", oa2(d, "file", O_RDONLY, 0644, 0));
    show_fd("unknown flag bit 40", oa2(d, "file", O_RDONLY | (1ULL << 40), 0, 0));
    show_fd("unknown resolve bit", oa2(d, "file", O_RDONLY, 0, 0x400));
    show_fd("RESOLVE_NO_SYMLINKS through a link", oa2(d, "link", O_RDONLY, 0, RESOLVE_NO_SYMLINKS));
    show_fd("RESOLVE_BENEATH ..", oa2(d, "../", O_RDONLY, 0, RESOLVE_BENEATH));
    show_fd("RESOLVE_BENEATH absolute", oa2(d, "/tmp", O_RDONLY, 0, RESOLVE_BENEATH));
    /* "/" is the directory itself: with -L, "/lib" must not become the sysroot's /lib. */
    show_fd("RESOLVE_IN_ROOT /lib", oa2(d, "/lib", O_RDONLY | O_DIRECTORY, 0, RESOLVE_IN_ROOT));
    fd = oa2(d, "/../file", O_RDONLY, 0, RESOLVE_IN_ROOT);
    memset(buf, 0, sizeof buf);
    printf("openat2 RESOLVE_IN_ROOT /../file: %s, reads \"%.*s\"\n", res(fd), fd >= 0 ? (int)read((int)fd, buf, sizeof buf) : 0, buf);
    if (fd >= 0) close((int)fd);
    show_fd("/proc/self/status", oa2(AT_FDCWD, "/proc/self/status", O_RDONLY, 0, 0));

    struct {
        struct open_how how;
        uint64_t extra;
    } big = {{.flags = O_RDONLY}, 0};
    printf("openat2 larger zeroed how: %s\n", res(SYS(SYS_openat2, d, L("file"), L(&big), sizeof big, 0)));
    big.extra = 1;
    printf("openat2 larger how with extra bits: %s\n", res(SYS(SYS_openat2, d, L("file"), L(&big), sizeof big, 0)));
    printf("openat2 short how: %s\n", res(SYS(SYS_openat2, d, L("file"), L(&big), 16, 0)));
    printf("openat2 bad how pointer: %s\n", res(SYS(SYS_openat2, d, L("file"), L(BAD), 24, 0)));
    printf("openat2 bad path pointer: %s\n", res(oa2(d, BAD, O_RDONLY, 0, 0)));
    printf("openat2 bad path pointer and bad flags: %s\n", res(oa2(d, BAD, O_RDONLY | (1ULL << 40), 0, 0)));
    unlinkat(d, "made", 0);
    unlinkat(d, "link", 0);
    unlinkat(d, "file", 0);
    unlinkat(d, "lib", AT_REMOVEDIR);
    close(d);
    CHECK(rmdir(dir) == 0);
}

static void test_statx(void)
{
    struct statx sx;
    memset(&sx, 0, sizeof sx);
    long r = SYS(SYS_statx, AT_FDCWD, L("/"), 0, STATX_BASIC_STATS, L(&sx));
    printf("statx /: %s, dir %d, mask has BASIC %d\n", res(r), S_ISDIR(sx.stx_mode),
           (sx.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS);
    struct stat st;
    CHECK(fstat(1, &st) == 0);
    r = SYS(SYS_statx, 1, L(""), AT_EMPTY_PATH, STATX_INO, L(&sx));
    printf("statx AT_EMPTY_PATH on stdout: %s, same inode %d\n", res(r), sx.stx_ino == st.st_ino);
    CHECK(r == 0 && sx.stx_ino == st.st_ino);
    printf("statx missing: %s\n", res(SYS(SYS_statx, AT_FDCWD, L("/no/such"), 0, STATX_BASIC_STATS, L(&sx))));
    printf("statx reserved mask bit: %s\n", res(SYS(SYS_statx, AT_FDCWD, L("/"), 0, 0x80000000u, L(&sx))));
    printf("statx bad flags: %s\n", res(SYS(SYS_statx, AT_FDCWD, L("/"), 0x40000000, STATX_BASIC_STATS, L(&sx))));
    printf("statx bad buffer: %s\n", res(SYS(SYS_statx, AT_FDCWD, L("/"), 0, STATX_BASIC_STATS, L(BAD))));
    printf("statx bad path: %s\n", res(SYS(SYS_statx, AT_FDCWD, L(BAD), 0, STATX_BASIC_STATS, L(&sx))));
}

static volatile sig_atomic_t got_usr1;
static void on_usr1(int s) { (void)s; got_usr1++; }

static void show_waitid(const char *what, long r, siginfo_t *si)
{
    printf("waitid(P_PIDFD) %s: %s, code %s status %d\n", what, res(r),
           si->si_code == CLD_EXITED ? "CLD_EXITED" : si->si_code == CLD_KILLED ? "CLD_KILLED" : "other", si->si_status);
}

static void test_pidfds(void)
{
    long self = SYS(SYS_pidfd_open, getpid(), 0, 0, 0, 0);
    printf("pidfd_open self: %s, FD_CLOEXEC %d\n", res(self), self >= 0 ? fcntl((int)self, F_GETFD) : -1);
    printf("pidfd_open bad flags: %s\n", res(SYS(SYS_pidfd_open, getpid(), 1, 0, 0, 0)));
    printf("pidfd_open pid -1: %s\n", res(SYS(SYS_pidfd_open, -1, 0, 0, 0, 0)));
    printf("pidfd_open no such pid: %s\n", res(SYS(SYS_pidfd_open, 0x3ffffff0, 0, 0, 0, 0)));
    signal(SIGUSR1, on_usr1);
    printf("pidfd_send_signal 0: %s\n", res(SYS(SYS_pidfd_send_signal, self, 0, 0, 0, 0)));
    long r = SYS(SYS_pidfd_send_signal, self, SIGUSR1, 0, 0, 0);
    printf("pidfd_send_signal SIGUSR1: %s, handler ran %d\n", res(r), got_usr1);
    CHECK(r == 0 && got_usr1 == 1);
    printf("pidfd_send_signal bad info: %s\n", res(SYS(SYS_pidfd_send_signal, self, SIGUSR1, L(BAD), 0, 0)));
    printf("pidfd_send_signal bad flags: %s\n", res(SYS(SYS_pidfd_send_signal, self, 0, 0, 0x100, 0)));
    printf("pidfd_send_signal bad signal: %s\n", res(SYS(SYS_pidfd_send_signal, self, 100, 0, 0, 0)));
    printf("pidfd_send_signal not a pidfd: %s\n", res(SYS(SYS_pidfd_send_signal, 1, 0, 0, 0, 0)));

    /* A child that holds a pipe's write end as fd 50 and waits. */
    int p[2], go[2];
    CHECK(pipe(p) == 0 && pipe(go) == 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(p[1], 50);
        char c;
        close(go[1]);
        if (read(go[0], &c, 1) < 0) _exit(1);
        _exit(7);
    }
    close(go[0]);
    long pfd = SYS(SYS_pidfd_open, pid, 0, 0, 0, 0);
    printf("pidfd_open child: %s\n", res(pfd));
    /* The child may not have run dup2 yet: retry briefly. */
    long got = -1;
    for (int i = 0; i < 200 && got < 0; i++) {
        got = SYS(SYS_pidfd_getfd, pfd, 50, 0, 0, 0);
        if (got < 0) usleep(5000);
    }
    printf("pidfd_getfd child's 50: %s", res(got));
    if (got >= 0) {
        char c = 0;
        CHECK(write((int)got, "g", 1) == 1 && read(p[0], &c, 1) == 1);
        printf(", pipe carries '%c', FD_CLOEXEC %d", c, fcntl((int)got, F_GETFD));
        close((int)got);
    }
    printf("\n");
    printf("pidfd_getfd bad flags: %s\n", res(SYS(SYS_pidfd_getfd, pfd, 50, 1, 0, 0)));
    printf("pidfd_getfd closed fd: %s\n", res(SYS(SYS_pidfd_getfd, pfd, 77, 0, 0, 0)));
    siginfo_t si;
    memset(&si, 0, sizeof si);
    printf("waitid(P_PIDFD) running child, WNOHANG: %s, pid set %d\n",
           res(SYS(SYS_waitid, P_PIDFD, pfd, L(&si), WEXITED | WNOHANG, 0)), si.si_pid != 0);
    printf("waitid(P_PIDFD) bad infop: %s\n", res(SYS(SYS_waitid, P_PIDFD, pfd, L(BAD), WEXITED | WNOHANG, 0)));
    printf("waitid(P_PIDFD) not a pidfd: %s\n", res(SYS(SYS_waitid, P_PIDFD, 1, L(&si), WEXITED, 0)));
    close(go[1]);
    memset(&si, 0, sizeof si);
    r = SYS(SYS_waitid, P_PIDFD, pfd, L(&si), WEXITED, 0);
    show_waitid("child", r, &si);
    CHECK(r == 0 && si.si_code == CLD_EXITED && si.si_status == 7 && si.si_pid == pid);
    close((int)pfd);
    close(p[0]);
    close(p[1]);
    close((int)self);
}

/* A clone that must fail; should it make a child anyway, that child leaves at once. */
static long failing_clone(unsigned long flags, void *ptid)
{
    long r = SYS(SYS_clone, flags | SIGCHLD, 0, L(ptid), 0, 0);
    if (r == 0) syscall(SYS_exit_group, 0);
    return r;
}

static void test_clone_pidfd(void)
{
    int pidfd = -1;
    long pid = SYS(SYS_clone, CLONE_PIDFD | SIGCHLD, 0, L(&pidfd), 0, 0);
    if (pid == 0) syscall(SYS_exit_group, 3);
    printf("clone(CLONE_PIDFD) fork: %s, pidfd %s, FD_CLOEXEC %d\n", res(pid), pidfd >= 0 ? "set" : "unset",
           pidfd >= 0 ? fcntl(pidfd, F_GETFD) : -1);
    siginfo_t si;
    memset(&si, 0, sizeof si);
    long r = SYS(SYS_waitid, P_PIDFD, pidfd, L(&si), WEXITED, 0);
    show_waitid("clone child", r, &si);
    CHECK(r == 0 && si.si_status == 3 && si.si_pid == pid);
    close(pidfd);

    /* vfork shape (Go's os/exec): the child shares memory and exits at once. */
    pidfd = -1;
    pid = SYS(SYS_clone, CLONE_VM | CLONE_VFORK | CLONE_PIDFD | SIGCHLD, 0, L(&pidfd), 0, 0);
    if (pid == 0) syscall(SYS_exit_group, 5);
    printf("clone(CLONE_VM|CLONE_VFORK|CLONE_PIDFD): %s, pidfd %s\n", res(pid), pidfd >= 0 ? "set" : "unset");
    memset(&si, 0, sizeof si);
    r = SYS(SYS_waitid, P_PIDFD, pidfd, L(&si), WEXITED, 0);
    show_waitid("vfork child", r, &si);
    /* (pid itself is not compared: the vfork child's return through syscall() shares the
     * stack and may have stored its own 0 there.) */
    CHECK(r == 0 && si.si_status == 5);
    close(pidfd);

    printf("clone CLONE_PIDFD|CLONE_PARENT_SETTID: %s\n", res(failing_clone(CLONE_PIDFD | CLONE_PARENT_SETTID, &pidfd)));
    printf("clone CLONE_PIDFD|CLONE_DETACHED: %s\n", res(failing_clone(CLONE_PIDFD | CLONE_DETACHED, &pidfd)));
    printf("clone CLONE_PIDFD bad pointer: %s\n", res(failing_clone(CLONE_PIDFD, BAD)));
    /* No child may be left over from the failed calls. */
    printf("children left: %s\n", waitpid(-1, NULL, WNOHANG) < 0 ? en(errno) : "some");
}

#define MEMBARRIER_CMD_QUERY 0
#define MEMBARRIER_CMD_GLOBAL 1
#define MEMBARRIER_CMD_PRIVATE_EXPEDITED 8
#define MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED 16

static void test_membarrier(void)
{
    long q = SYS(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0, 0, 0);
    printf("membarrier QUERY: %s, GLOBAL %d PRIVATE_EXPEDITED %d REGISTER %d\n", res(q), !!(q & 1), !!(q & 8), !!(q & 16));
    printf("membarrier QUERY with flags: %s\n", res(SYS(SYS_membarrier, MEMBARRIER_CMD_QUERY, 1, 0, 0, 0)));
    printf("membarrier PRIVATE_EXPEDITED unregistered: %s\n",
           res(SYS(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0, 0, 0)));
    printf("membarrier REGISTER_PRIVATE_EXPEDITED: %s\n",
           res(SYS(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0, 0, 0)));
    printf("membarrier PRIVATE_EXPEDITED: %s\n", res(SYS(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0, 0, 0)));
    printf("membarrier unknown command: %s\n", res(SYS(SYS_membarrier, 3, 0, 0, 0, 0)));
}

#ifndef FUTEX_32
#define FUTEX_32 2
#endif

static uint32_t words[4];
static volatile int waitv_returned;
static void *waker(void *arg)
{
    (void)arg;
    /* Wake the second word until the waiter is there to be woken (or has given up). */
    while (!waitv_returned && syscall(SYS_futex, &words[1], FUTEX_WAKE_PRIVATE, 1, 0, 0, 0) == 0) usleep(1000);
    return NULL;
}

static long waitv(struct futex_waitv *w, unsigned n, unsigned flags, struct timespec *ts, int clock)
{
    return SYS(SYS_futex_waitv, L(w), n, flags, L(ts), clock);
}

static void test_futex_waitv(void)
{
    words[0] = 1;
    words[1] = 2;
    struct futex_waitv w[2] = {
        {.val = 1, .uaddr = (uintptr_t)&words[0], .flags = FUTEX_32 | FUTEX_PRIVATE_FLAG},
        {.val = 2, .uaddr = (uintptr_t)&words[1], .flags = FUTEX_32 | FUTEX_PRIVATE_FLAG},
    };
    pthread_t t;
    CHECK(pthread_create(&t, NULL, waker, NULL) == 0);
    long r = waitv(w, 2, 0, NULL, 0);
    waitv_returned = 1;
    printf("futex_waitv woken: %ld (%s)\n", r, res(r));
    CHECK(r == 1);
    pthread_join(t, NULL);

    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_nsec += 20 * 1000 * 1000;
    if (ts.tv_nsec >= 1000000000) ts.tv_sec++, ts.tv_nsec -= 1000000000;
    printf("futex_waitv timeout: %s\n", res(waitv(w, 2, 0, &ts, CLOCK_MONOTONIC)));
    w[1].val = 9;
    printf("futex_waitv value differs: %s\n", res(waitv(w, 2, 0, NULL, 0)));
    w[1].val = 2;
    printf("futex_waitv flags: %s\n", res(waitv(w, 2, 1, NULL, 0)));
    printf("futex_waitv none: %s\n", res(waitv(w, 0, 0, NULL, 0)));
    printf("futex_waitv 129: %s\n", res(waitv(w, 129, 0, NULL, 0)));
    printf("futex_waitv NULL waiters: %s\n", res(waitv(NULL, 1, 0, NULL, 0)));
    printf("futex_waitv bad waiters: %s\n", res(waitv(BAD, 1, 0, NULL, 0)));
    printf("futex_waitv bad clock: %s\n", res(waitv(w, 2, 0, &ts, 5)));
    printf("futex_waitv bad timeout pointer: %s\n", res(waitv(w, 2, 0, BAD, CLOCK_MONOTONIC)));
    struct futex_waitv one = {.val = 0, .uaddr = (uintptr_t)&words[0], .flags = 0 /* FUTEX2_SIZE_U8 */};
    printf("futex_waitv 8-bit word: %s\n", res(waitv(&one, 1, 0, NULL, 0)));
    one = (struct futex_waitv){.val = 0, .uaddr = (uintptr_t)&words[0] + 1, .flags = FUTEX_32};
    printf("futex_waitv misaligned: %s\n", res(waitv(&one, 1, 0, NULL, 0)));
    one = (struct futex_waitv){.val = 0, .uaddr = 16, .flags = FUTEX_32};
    printf("futex_waitv unmapped word: %s\n", res(waitv(&one, 1, 0, NULL, 0)));
    one = (struct futex_waitv){.val = 0, .uaddr = (uintptr_t)&words[0], .flags = FUTEX_32, .__reserved = 1};
    printf("futex_waitv reserved set: %s\n", res(waitv(&one, 1, 0, NULL, 0)));
}

int main(void)
{
    test_close_range();
    test_faccessat2();
    test_openat2();
    test_statx();
    test_pidfds();
    test_clone_pidfd();
    test_membarrier();
    test_futex_waitv();
    return conf_exit();
}
