/* Special descriptors and readiness: pipe2 flags, memfd_create (+ seals), eventfd
 * (counter and semaphore modes), inotify, poll/ppoll/select/pselect (timeouts, signal
 * masks), epoll with several descriptors (level and edge triggered, data.u64,
 * EPOLLONESHOT, epoll_pwait with a mask), FIONREAD, pipe capacity and EPIPE/SIGPIPE. */
#include "conf.h"
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>

static void test_pipes(void)
{
    int p[2];
    CHECK(pipe2(p, O_CLOEXEC | O_NONBLOCK) == 0);
    printf("pipe2: cloexec %d/%d nonblock %d/%d\n", fcntl(p[0], F_GETFD), fcntl(p[1], F_GETFD),
           !!(fcntl(p[0], F_GETFL) & O_NONBLOCK), !!(fcntl(p[1], F_GETFL) & O_NONBLOCK));
    char c;
    errno = 0;
    ssize_t n = read(p[0], &c, 1);
    printf("empty nonblocking read: %zd %s\n", n, en(errno));
    int cap = fcntl(p[1], F_GETPIPE_SZ);
    char buf[4096];
    memset(buf, 'p', sizeof buf);
    long total = 0;
    while ((n = write(p[1], buf, sizeof buf)) > 0) total += n;
    printf("pipe capacity %d, filled %ld, then %s\n", cap, total, en(errno));
    int avail = 0;
    ioctl(p[0], FIONREAD, &avail);
    printf("FIONREAD: %d\n", avail);
    close(p[0]);
    signal(SIGPIPE, SIG_IGN);
    errno = 0;
    n = write(p[1], "x", 1);
    printf("write with no reader, SIGPIPE ignored: %zd %s\n", n, en(errno));
    close(p[1]);
    signal(SIGPIPE, SIG_DFL);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        int q[2];
        pipe(q);
        close(q[0]);
        write(q[1], "x", 1);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    printf("write with no reader, default SIGPIPE: killed by %s\n", WIFSIGNALED(st) ? sigabbrev_np(WTERMSIG(st)) : "-");
    errno = 0;
    int r = pipe2(p, O_APPEND);
    printf("pipe2 with a bad flag: %d %s\n", r, en(errno));
    r = pipe2(p, O_DIRECT);
    printf("pipe2 O_DIRECT (packet mode): %s direct %d\n", RES(r), r == 0 && !!(fcntl(p[1], F_GETFL) & O_DIRECT));
    if (r == 0) {
        write(p[1], "ab", 2);
        write(p[1], "cde", 3);
        char rb[16];
        ssize_t a = read(p[0], rb, sizeof rb), b = read(p[0], rb, sizeof rb);
        printf("  packets keep their boundaries: %zd %zd\n", a, b);
        close(p[0]);
        close(p[1]);
    }
}

static void test_memfd(void)
{
    int fd = memfd_create("conformance", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    CHECK(fd >= 0);
    CHECK(write(fd, "memfd data", 10) == 10);
    struct stat st;
    fstat(fd, &st);
    printf("memfd: size %lld regular %d cloexec %d\n", (long long)st.st_size, S_ISREG(st.st_mode), fcntl(fd, F_GETFD));
    char *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
    printf("memfd mapped: \"%.10s\"\n", m);
    munmap(m, 4096);
    char link[256];
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(path, link, sizeof link - 1);
    link[n > 0 ? n : 0] = 0;
    printf("memfd name: %s\n", strncmp(link, "/memfd:conformance", 18) == 0 ? "/memfd:conformance" : link);
    CHECK(fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_SHRINK) == 0);
    int seals = fcntl(fd, F_GET_SEALS);
    errno = 0;
    n = write(fd, "x", 1);
    printf("sealed: seals write %d shrink %d, write %zd %s\n", !!(seals & F_SEAL_WRITE), !!(seals & F_SEAL_SHRINK), n,
           en(errno));
    errno = 0;
    int r = ftruncate(fd, 1);
    printf("sealed ftruncate: %d %s\n", r, en(errno));
    close(fd);
    errno = 0;
    r = memfd_create("bad", 0x1000);
    printf("memfd_create with a bad flag: %d %s\n", r, en(errno));
}

static void test_eventfd(void)
{
    int fd = eventfd(3, EFD_NONBLOCK);
    uint64_t v = 0;
    ssize_t n = read(fd, &v, 8);
    printf("eventfd: read %zd value %llu\n", n, (unsigned long long)v);
    errno = 0;
    n = read(fd, &v, 8);
    printf("eventfd empty: %zd %s\n", n, en(errno));
    v = 5;
    write(fd, &v, 8);
    v = 7;
    write(fd, &v, 8);
    read(fd, &v, 8);
    printf("eventfd adds: %llu\n", (unsigned long long)v);
    errno = 0;
    n = read(fd, &v, 4);
    printf("eventfd short read: %zd %s\n", n, en(errno));
    v = UINT64_MAX;
    errno = 0;
    n = write(fd, &v, 8);
    printf("eventfd write of UINT64_MAX: %zd %s\n", n, en(errno));
    close(fd);

    fd = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
    uint64_t a = 0, b = 0, c = 0;
    read(fd, &a, 8);
    read(fd, &b, 8);
    errno = 0;
    n = read(fd, &c, 8);
    printf("eventfd semaphore: %llu %llu then %zd %s; cloexec %d\n", (unsigned long long)a, (unsigned long long)b, n,
           en(errno), fcntl(fd, F_GETFD));
    close(fd);
}

static void test_inotify(void)
{
    mkdir("watched", 0755);
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    CHECK(fd >= 0);
    int wd = inotify_add_watch(fd, "watched", IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM |
                                                  IN_MOVED_TO);
    CHECK(wd >= 0);
    int f = open("watched/file", O_WRONLY | O_CREAT, 0644);
    write(f, "x", 1);
    close(f);
    rename("watched/file", "watched/moved");
    unlink("watched/moved");
    char buf[4096] __attribute__((aligned(8)));
    ssize_t n = read(fd, buf, sizeof buf);
    printf("inotify events:");
    uint32_t cookie_from = 0, cookie_to = 1;
    for (char *p = buf; n > 0 && p < buf + n;) {
        struct inotify_event *e = (struct inotify_event *)p;
        const char *what = e->mask & IN_CREATE ? "CREATE" : e->mask & IN_MODIFY ? "MODIFY"
                         : e->mask & IN_CLOSE_WRITE ? "CLOSE_WRITE" : e->mask & IN_MOVED_FROM ? "MOVED_FROM"
                         : e->mask & IN_MOVED_TO ? "MOVED_TO" : e->mask & IN_DELETE ? "DELETE" : "?";
        if (e->mask & IN_MOVED_FROM) cookie_from = e->cookie;
        if (e->mask & IN_MOVED_TO) cookie_to = e->cookie;
        printf(" %s(%s)%s", what, e->len ? e->name : "", e->wd == wd ? "" : "[wd?]");
        p += sizeof *e + e->len;
    }
    printf("\n  rename cookies match %d\n", cookie_from == cookie_to);
    CHECK(inotify_rm_watch(fd, wd) == 0);
    n = read(fd, buf, sizeof buf);
    struct inotify_event *e = (struct inotify_event *)buf;
    printf("after rm_watch: %s\n", n > 0 && (e->mask & IN_IGNORED) ? "IN_IGNORED" : "?");
    errno = 0;
    int r = inotify_add_watch(fd, "no-such-dir", IN_CREATE);
    printf("watch a missing path: %d %s\n", r, en(errno));
    close(fd);
}

static volatile int got_usr1;
static void on_usr1(int sig)
{
    (void)sig;
    got_usr1++;
}

static void test_poll_select(void)
{
    int a[2], b[2];
    pipe(a);
    pipe(b);
    write(b[1], "b", 1);
    struct pollfd fds[4] = {
        { a[0], POLLIN, 0 }, { b[0], POLLIN, 0 }, { a[1], POLLOUT, 0 }, { 12345, POLLIN, 0 },
    };
    int n = poll(fds, 4, 0);
    printf("poll: %d ready; revents %#x %#x %#x %#x\n", n, fds[0].revents, fds[1].revents, fds[2].revents,
           fds[3].revents);
    n = poll(fds, 1, 10);
    printf("poll timeout: %d\n", n);
    close(a[1]);
    n = poll(fds, 1, 0);
    printf("poll after the writer closed: %d revents %#x\n", n, fds[0].revents);

    fd_set r, w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(a[0], &r);
    FD_SET(b[0], &r);
    FD_SET(b[1], &w);
    struct timeval tv = { 0, 0 };
    int maxfd = (a[0] > b[1] ? a[0] : b[1]) + 1;
    n = select(maxfd, &r, &w, NULL, &tv);
    printf("select: %d, a readable %d b readable %d b writable %d\n", n, FD_ISSET(a[0], &r), FD_ISSET(b[0], &r),
           FD_ISSET(b[1], &w));
    FD_ZERO(&r);
    int c[2];
    pipe(c);
    FD_SET(c[0], &r);
    tv.tv_usec = 10000;
    n = select(c[0] + 1, &r, NULL, NULL, &tv);
    printf("select timeout: %d, tv updated to zero %d\n", n, tv.tv_sec == 0 && tv.tv_usec == 0);
    errno = 0;
    n = select(-1, NULL, NULL, NULL, &tv);
    printf("select(-1): %d %s\n", n, en(errno));
    FD_ZERO(&r);
    FD_SET(c[0], &r);
    struct timespec ts = { 0, 5000000 };
    n = pselect(c[0] + 1, &r, NULL, NULL, &ts, NULL);
    printf("pselect timeout: %d\n", n);

    /* ppoll/pselect with a mask that opens a blocked, pending signal: EINTR and the
     * handler runs; afterwards the signal is blocked again. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    sigset_t block, old, open_mask;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &old);
    sigemptyset(&open_mask);
    raise(SIGUSR1);
    struct pollfd pf = { c[0], POLLIN, 0 };
    struct timespec long_ts = { 5, 0 };
    errno = 0;
    n = ppoll(&pf, 1, &long_ts, &open_mask);
    int e = errno;
    sigset_t now;
    sigprocmask(SIG_SETMASK, NULL, &now);
    printf("ppoll opening a pending signal: %d %s handled %d, blocked again %d\n", n, en(e), got_usr1,
           sigismember(&now, SIGUSR1));
    raise(SIGUSR1);
    FD_ZERO(&r);
    FD_SET(c[0], &r);
    errno = 0;
    n = pselect(c[0] + 1, &r, NULL, NULL, &long_ts, &open_mask);
    e = errno;
    sigprocmask(SIG_SETMASK, NULL, &now);
    printf("pselect opening a pending signal: %d %s handled %d, blocked again %d\n", n, en(e), got_usr1,
           sigismember(&now, SIGUSR1));
    /* A mask that keeps it blocked: the wait times out, nothing handled. */
    raise(SIGUSR1);
    ts.tv_nsec = 5000000;
    n = ppoll(&pf, 1, &ts, &block);
    printf("ppoll keeping it blocked: %d handled %d\n", n, got_usr1);
    sigprocmask(SIG_SETMASK, &old, NULL); /* delivers the pending one */
    printf("after unblocking: handled %d\n", got_usr1);
    signal(SIGUSR1, SIG_DFL);
    close(a[0]); close(b[0]); close(b[1]); close(c[0]); close(c[1]);
}

static void test_epoll(void)
{
    int ep = epoll_create1(EPOLL_CLOEXEC);
    CHECK(ep >= 0);
    int p1[2], p2[2], sv[2];
    pipe(p1);
    pipe(p2);
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    int efd = eventfd(0, EFD_NONBLOCK);
    struct epoll_event ev;
    ev.events = EPOLLIN;
    ev.data.u64 = 0x1111222233334444ull;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p1[0], &ev) == 0);
    ev.data.u64 = 0x5555666677778888ull;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, p2[0], &ev) == 0);
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.u64 = 3;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev) == 0);
    ev.events = EPOLLIN | EPOLLET;
    ev.data.u64 = 4;
    CHECK(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev) == 0);
    errno = 0;
    int r = epoll_ctl(ep, EPOLL_CTL_ADD, p1[0], &ev);
    printf("epoll_ctl ADD twice: %d %s\n", r, en(errno));

    struct epoll_event out[8];
    int n = epoll_wait(ep, out, 8, 0);
    printf("epoll_wait: %d ready (socket writable): data %llu events %#x\n", n,
           n > 0 ? (unsigned long long)out[0].data.u64 : 0ull, n > 0 ? out[0].events : 0);
    write(p1[1], "x", 1);
    write(p2[1], "y", 1);
    uint64_t one = 1;
    write(efd, &one, 8);
    n = epoll_wait(ep, out, 8, 100);
    unsigned long long seen = 0;
    int data_ok = 1;
    for (int i = 0; i < n; i++) {
        uint64_t d = out[i].data.u64;
        if (d == 0x1111222233334444ull) seen |= 1;
        else if (d == 0x5555666677778888ull) seen |= 2;
        else if (d == 3) seen |= 4;
        else if (d == 4) seen |= 8;
        else data_ok = 0;
    }
    printf("epoll_wait after writes: %d ready, all four seen %d, data intact %d\n", n, seen == 15, data_ok);
    /* Edge-triggered eventfd: no new edge, not reported again though still readable. */
    n = epoll_wait(ep, out, 8, 0);
    int eventfd_again = 0;
    for (int i = 0; i < n; i++) eventfd_again |= out[i].data.u64 == 4;
    printf("level-triggered pipes again: %d ready, edge-triggered eventfd again %d\n", n, eventfd_again);
    /* maxevents smaller than ready: the rest on the next call. */
    n = epoll_wait(ep, out, 1, 0);
    printf("maxevents 1: %d\n", n);

    ev.events = EPOLLIN | EPOLLONESHOT;
    ev.data.u64 = 77;
    CHECK(epoll_ctl(ep, EPOLL_CTL_MOD, p1[0], &ev) == 0);
    n = epoll_wait(ep, out, 8, 0);
    int oneshot = 0;
    for (int i = 0; i < n; i++) oneshot += out[i].data.u64 == 77;
    n = epoll_wait(ep, out, 8, 0);
    for (int i = 0; i < n; i++) oneshot += (out[i].data.u64 == 77) * 10;
    printf("EPOLLONESHOT: reported %d then %d\n", oneshot % 10, oneshot / 10);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p2[0], NULL) == 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, sv[0], NULL) == 0);
    CHECK(epoll_ctl(ep, EPOLL_CTL_DEL, p1[0], NULL) == 0);
    errno = 0;
    r = epoll_ctl(ep, EPOLL_CTL_DEL, p1[0], NULL);
    printf("epoll_ctl DEL twice: %d %s\n", r, en(errno));
    n = epoll_wait(ep, out, 8, 10);
    printf("epoll_wait with nothing ready: %d\n", n);
    errno = 0;
    n = epoll_wait(ep, out, 0, 0);
    printf("epoll_wait maxevents 0: %d %s\n", n, en(errno));

    /* A peer hang-up. */
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.u64 = 9;
    epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev);
    close(sv[1]);
    n = epoll_wait(ep, out, 8, 0);
    printf("peer closed: %d, EPOLLRDHUP %d EPOLLIN %d\n", n, n > 0 && (out[0].events & EPOLLRDHUP) != 0,
           n > 0 && (out[0].events & EPOLLIN) != 0);

    /* epoll_pwait opening a blocked pending signal. */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sigaction(SIGUSR1, &sa, NULL);
    epoll_ctl(ep, EPOLL_CTL_DEL, sv[0], NULL);
    sigset_t block, old, open_mask;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR1);
    sigprocmask(SIG_BLOCK, &block, &old);
    sigemptyset(&open_mask);
    got_usr1 = 0;
    raise(SIGUSR1);
    errno = 0;
    n = epoll_pwait(ep, out, 8, 5000, &open_mask);
    int e = errno;
    sigset_t now;
    sigprocmask(SIG_SETMASK, NULL, &now);
    printf("epoll_pwait opening a pending signal: %d %s handled %d, blocked again %d\n", n, en(e), got_usr1,
           sigismember(&now, SIGUSR1));
    sigprocmask(SIG_SETMASK, &old, NULL);
    signal(SIGUSR1, SIG_DFL);
    close(ep); close(p1[0]); close(p1[1]); close(p2[0]); close(p2[1]); close(sv[0]); close(efd);

    /* Many descriptors: 100 pipes, every third written. */
    ep = epoll_create1(0);
    int pipes[100][2];
    for (int i = 0; i < 100; i++) {
        pipe(pipes[i]);
        ev.events = EPOLLIN;
        ev.data.u64 = (uint64_t)i << 32 | 0xabcd;
        epoll_ctl(ep, EPOLL_CTL_ADD, pipes[i][0], &ev);
        if (i % 3 == 0) write(pipes[i][1], "z", 1);
    }
    struct epoll_event many[128];
    n = epoll_wait(ep, many, 128, 0);
    long sum = 0;
    for (int i = 0; i < n; i++) sum += (long)(many[i].data.u64 >> 32);
    printf("100 pipes: %d ready, index sum %ld\n", n, sum);
    for (int i = 0; i < 100; i++) { close(pipes[i][0]); close(pipes[i][1]); }
    close(ep);
}

/* A pseudo-terminal: termios and window size ioctls (their layouts are converted by
 * table), line discipline echo/canonical mode, isatty, ttyname. */
static void test_pty(void)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0) {
        printf("posix_openpt: %s (no pty test)\n", en(errno));
        return;
    }
    CHECK(grantpt(m) == 0 && unlockpt(m) == 0);
    char *name = ptsname(m);
    int s = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    CHECK(s >= 0);
    char tn[64] = "";
    ttyname_r(s, tn, sizeof tn);
    printf("pty: slave under /dev/pts %d, ttyname agrees %d, isatty slave %d master %d\n",
           name && !strncmp(name, "/dev/pts/", 9), name && !strcmp(tn, name), isatty(s), isatty(m));
    int p[2];
    pipe(p);
    errno = 0;
    int tty = isatty(p[0]);
    printf("isatty of a pipe: %d %s\n", tty, en(errno));
    struct termios t;
    CHECK(tcgetattr(s, &t) == 0);
    printf("default termios: ICANON %d ECHO %d ISIG %d, VEOF ^%c, speed %s\n", !!(t.c_lflag & ICANON),
           !!(t.c_lflag & ECHO), !!(t.c_lflag & ISIG), t.c_cc[VEOF] + '@', cfgetospeed(&t) == B38400 ? "38400" : "other");
    /* Canonical mode with echo: the master sees the echo, the slave the whole line. */
    write(m, "hello\n", 6);
    char buf[64] = { 0 };
    usleep(20000);
    ssize_t n = read(s, buf, sizeof buf - 1);
    char echo[64] = { 0 };
    ssize_t e = read(m, echo, sizeof echo - 1);
    printf("canonical: slave read %zd \"%.*s\", master got the echo %zd bytes\n", n, (int)(n > 0 ? n - 1 : 0), buf, e);
    cfmakeraw(&t);
    CHECK(tcsetattr(s, TCSANOW, &t) == 0);
    struct termios back;
    tcgetattr(s, &back);
    printf("raw mode set: ICANON %d ECHO %d OPOST %d, VMIN %d\n", !!(back.c_lflag & ICANON), !!(back.c_lflag & ECHO),
           !!(back.c_oflag & OPOST), back.c_cc[VMIN]);
    write(m, "xy", 2);
    usleep(20000);
    n = read(s, buf, sizeof buf);
    printf("raw: slave read %zd bytes at once\n", n);
    struct winsize ws = { .ws_row = 33, .ws_col = 101 }, got;
    CHECK(ioctl(m, TIOCSWINSZ, &ws) == 0);
    CHECK(ioctl(s, TIOCGWINSZ, &got) == 0);
    printf("window size: %dx%d\n", got.ws_col, got.ws_row);
    int avail = 0;
    write(m, "abc", 3);
    usleep(20000);
    ioctl(s, FIONREAD, &avail);
    printf("FIONREAD on the slave: %d\n", avail);
    errno = 0;
    int r = ioctl(p[0], TCGETS, &t);
    printf("TCGETS on a pipe: %d %s\n", r, en(errno));
    errno = 0;
    r = ioctl(s, 0x12345678, 0);
    printf("unknown ioctl: %d %s\n", r, en(errno));
    close(p[0]);
    close(p[1]);
    close(s);
    close(m);
}

int main(void)
{
    test_pipes();
    test_memfd();
    test_eventfd();
    test_inotify();
    test_poll_select();
    test_epoll();
    test_pty();
    return conf_exit();
}
